"""Each role through the assessment guardrails in a real browser (issue 11 §3): the office is
refused publishing a 98-point scheme and confirms a 100-point one; the unit leader's submission
names the blank items; the office finalises the sheets in bulk and the ranking leaves out the
units that never self-assessed, saying why.

Drives Debian's chromium through Playwright (never a downloaded browser).
"""

from __future__ import annotations

import copy

import pytest

pytestmark = pytest.mark.browser
PASSWORD = "Browser-Test-Password-7"


@pytest.fixture
def viewport():
    return {"width": 1200, "height": 900}


@pytest.fixture
def scene(transactional_db):
    """Built with the ORM before Playwright starts (see tests/platform/test_browser.py)."""
    from fazhi.assessment import actions_schemes
    from fazhi.assessment.defaults import default_scheme
    from fazhi.org.models import Membership, Organisation, User

    government = Organisation.objects.create(name="德清县人民政府", kind="government", region_code="330521")
    office = Organisation.objects.create(
        name="德清县司法局",
        kind="department",
        region_code="330521",
        parent=government,
        is_rule_of_law_office=True,
    )
    unit = Organisation.objects.create(
        name="德清县市场监督管理局", kind="department", region_code="330521", parent=government
    )
    for username, organisation, role in (
        ("filer", unit, "unit_filer"),
        ("leader", unit, "unit_leader"),
        ("reviewer", office, "office_reviewer"),
    ):
        user = User.objects.create(username=username, full_name=username)
        user.set_password(PASSWORD)
        user.save()
        Membership.objects.create(user=user, organisation=organisation, role=role)
    reviewer = User.objects.get(username="reviewer")
    short = copy.deepcopy(default_scheme(2025)) | {"name": "少两分的方案"}  # items are shared module data
    short["areas"][0]["items"][0]["max_points"] -= 2
    return {
        "short": actions_schemes.create_scheme(reviewer, "330521", short).pk,
        "full": actions_schemes.create_scheme(reviewer, "330521", default_scheme(2025)).pk,
    }


def test_each_role_meets_the_assessment_guardrails(live_server, scene, page, log_in, log_out):
    base = live_server.url

    # The office: a 98-point scheme is refused, the 100-point one published after a confirmation.
    log_in(page, "reviewer", PASSWORD)
    page.goto(f"{base}/assessment/schemes/{scene['short']}/")
    assert "合计 98 分，不是 100 分" in page.inner_text("#total-problem")
    page.click("#publish-scheme")
    assert "不是 100 分" in page.inner_text("#blocked") and page.locator("#confirm").count() == 0
    page.goto(f"{base}/assessment/schemes/{scene['full']}/")
    page.click("#publish-scheme")
    assert "总分：100 分" in page.inner_text("ul.problems") and "冻结" in page.inner_text("ul.consequences")
    page.click("#confirm")
    page.click("button:has-text('为各单位开启考核')")
    sheet = page.locator("tr[data-sheet='德清县市场监督管理局'] a").get_attribute("href")
    log_out(page)

    # The filer self-assesses one item in the one form; the leader's submission names the blank ones.
    log_in(page, "filer", PASSWORD)
    page.goto(base + sheet)
    page.click("#self-assessment-link")
    page.get_by_label("5.1 自评分（0–5）").fill("5")  # each label is bound to its own field
    page.locator("fieldset#item-5\\.1 textarea[name$=_evidence_text]").fill("应急预案已修订并演练")
    page.click("#save")
    assert "自评已保存：1 项有改动" in page.inner_text("ul.messages")
    log_out(page)
    log_in(page, "leader", PASSWORD)
    page.goto(base + sheet)
    page.click("#step-submit")
    assert "项未填写自评分" in page.inner_text("ul.problems")
    assert "未填写：9.4 法治宣传活动不少于10场" in page.inner_text("ul.problems")
    page.click("#confirm")
    assert "自评已提交" in page.inner_text("ul.messages") and "操作完成" not in page.inner_text("main")
    log_out(page)

    # The office finalises every sheet at once, then ranks: the bureau never self-assessed.
    log_in(page, "reviewer", PASSWORD)
    page.goto(f"{base}/assessment/schemes/{scene['full']}/")
    page.check("#select-all")
    page.click("button:has-text('确定勾选考核表的得分')")
    assert "德清县司法局：不参加排名" in page.inner_text("ul.problems")
    page.click("#confirm")
    assert "2 项完成，0 项未完成" in page.inner_text("#bulk-results")
    page.goto(f"{base}/assessment/schemes/{scene['full']}/")
    page.click("#publish-ranking")
    assert "德清县司法局：不参加排名：该单位未进行自评" in page.inner_text("ul.problems")
    page.click("#confirm")
    assert "1/1" in page.inner_text("tr[data-sheet='德清县市场监督管理局']")
    assert "不参加排名" in page.inner_text("tr[data-sheet='德清县司法局']")
