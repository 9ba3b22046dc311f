"""The rectification loop in a real browser (Debian's chromium through Playwright).

The office plans an inspection and records a finding; the unit submits a plan
and evidence; the office returns it once, then accepts it; the problem closes
and the problem list's counts change.
"""

from __future__ import annotations

import io
import re

import pytest

from fazhi.core.deadlines import local_today

pytestmark = pytest.mark.browser
UNIT = "德清县市场监督管理局"


@pytest.fixture
def region(transactional_db):
    """The demo region (org only), set up before Playwright starts (see tests/platform/test_org_browser.py)."""
    from fazhi.org import demo
    from fazhi.org.models import Organisation

    demo.load(io.StringIO())
    return {"unit": Organisation.objects.get(name=UNIT).pk}


def counts(page, base) -> dict:
    page.goto(base + "/oversight/problems/")
    return {
        key: int(page.inner_text(f"#problem-counts [data-count={key}]"))
        for key in ("listed", "closed", "open")
    }


def step(page, name, field=None, text=""):
    form = page.locator(f"form[data-step={name}]")
    if field:
        form.locator(f"textarea[name='{name}-{field}']").fill(text)
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()


def test_office_and_unit_close_a_problem_in_the_browser(live_server, region, page, log_in, log_out):
    base = live_server.url
    today = local_today().isoformat()

    # The office plans an inspection and records a finding.
    log_in(page, "reviewer")
    assert counts(page, base) == {"listed": 0, "closed": 0, "open": 0}
    page.goto(base + "/oversight/")
    page.click("text=安排督察")
    page.fill("input[name=title]", "重大执法决定法制审核专项督察")
    page.select_option("select[name=form]", "on_site")
    page.fill("textarea[name=topics]", "重大执法决定法制审核、行政执法公示")
    page.check(f"input[name=units][value='{region['unit']}']")
    page.fill("input[name=starts_on]", today)
    page.fill("input[name=ends_on]", today)
    page.click("main button[type=submit]")
    page.wait_for_url(re.compile(r".*/oversight/inspections/\d+/$"))
    assert "重大执法决定法制审核专项督察" in page.inner_text("h1")
    page.click("text=记录发现的问题")
    page.select_option("select[name=organisation]", str(region["unit"]))
    page.fill("textarea[name=description]", "部分处罚案卷未附法制审核意见")
    page.select_option("select[name=severity]", "serious")
    page.fill("input[name=found_on]", today)
    page.click("main button[type=submit]")
    page.wait_for_url(re.compile(r".*/oversight/problems/\d+/$"))
    problem_url = page.url
    assert page.inner_text("#problem-status") == "待报整改方案"
    assert counts(page, base) == {"listed": 1, "closed": 0, "open": 1}
    log_out(page)

    # The unit submits a plan, then evidence.
    log_in(page, "scj_filer")
    page.goto(base + "/oversight/problems/")
    page.click("text=部分处罚案卷未附法制审核意见")
    assert page.url == problem_url
    step(page, "submit_plan", "plan", "明确法制科牵头，逐卷补充审核意见")
    assert page.inner_text("#problem-status") == "整改中"
    step(page, "submit_evidence", "evidence", "已补充 12 份法制审核意见")
    assert page.inner_text("#problem-status") == "待核验"
    assert page.locator("form[data-step=accept]").count() == 0  # a unit does not verify itself
    log_out(page)

    # The office returns it once, with reasons.
    log_in(page, "reviewer")
    page.goto(problem_url)
    step(page, "return", "reasons", "审核意见缺少审核人签字")
    assert page.inner_text("#problem-status") == "已退回"
    log_out(page)

    # The unit reads the reasons and submits again.
    log_in(page, "scj_filer")
    page.goto(problem_url)
    assert "审核意见缺少审核人签字" in page.inner_text("main")
    step(page, "submit_evidence", "evidence", "已补签字并附扫描件")
    log_out(page)

    # The office accepts: the problem closes and the counts change.
    log_in(page, "reviewer")
    page.goto(problem_url)
    step(page, "accept", "note", "经核验整改到位")
    assert page.inner_text("#problem-status") == "整改到位销号"
    assert "核验通过整改" in page.inner_text("main")  # the event row
    assert counts(page, base) == {"listed": 1, "closed": 1, "open": 0}
