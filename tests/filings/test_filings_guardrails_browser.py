"""Each role through the guardrails in a real browser (issue 11 §3): the filer sees 内容不全 /
信息不符 on upload, the leader's sign-off page lists the failed checks before confirming, the
office accepts and reminds from the coverage board in bulk, each unit's outcome shown.

Drives Debian's chromium through Playwright (never a downloaded browser).
"""

from __future__ import annotations

import pytest

from .conftest import docx_bytes, report

pytestmark = pytest.mark.browser
PASSWORD = "Browser-Test-Password-7"


@pytest.fixture
def viewport():
    return {"width": 1200, "height": 900}


@pytest.fixture
def scene(transactional_db, tmp_path):
    """Built with the ORM before Playwright starts (see tests/platform/test_browser.py)."""
    from fazhi.filings import actions
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
    late = Organisation.objects.create(
        name="德清县武康街道办事处", kind="street", region_code="330521", parent=government
    )
    for username, organisation, role in (
        ("filer", unit, "unit_filer"),
        ("leader", unit, "unit_leader"),
        ("reviewer", office, "office_reviewer"),
        ("late_filer", late, "unit_filer"),
    ):
        user = User.objects.create(username=username, full_name=username)
        user.set_password(PASSWORD)
        user.save()
        Membership.objects.create(user=user, organisation=organisation, role=role)
    season = actions.open_season(User.objects.get(username="reviewer"), region_code="330521", year=2025)
    wrong = tmp_path / "年度报告.docx"
    # Another county's report for another year, without two statutory parts.
    text = report("泸州市江阳区司法局", 2023, leave_out=("first_responsible", "next_plan"))
    wrong.write_bytes(docx_bytes(text))
    return {"season": season.pk, "unit": unit.pk, "late": late.pk, "wrong": str(wrong)}


def test_each_role_meets_the_guardrails(live_server, scene, page, log_in, log_out):
    base = live_server.url

    # The filer uploads a flawed report: a warning, and the verdict heads the review.
    log_in(page, "filer", PASSWORD)
    page.goto(f"{base}/filings/seasons/{scene['season']}/")
    page.click("text=上传报告：")
    page.set_input_files("input[name=file]", scene["wrong"])
    page.click("button:has-text('上传并识别')")
    page.wait_for_selector("#review")
    detail = page.url
    message = page.locator("ul.messages li").first
    assert "warning" in message.get_attribute("class")
    assert "内容不全" in message.inner_text() and "信息不符" in message.inner_text()
    verdict = page.inner_text("#verdict")
    assert "内容不全" in verdict and "信息不符" in verdict and "第一责任人" in verdict
    log_out(page)

    # The leader's sign-off page lists each failed check; cancelling changes nothing.
    log_in(page, "leader", PASSWORD)
    page.goto(detail)
    page.click("a:has-text('签发报送')")
    problems = page.inner_text("ul.problems")
    assert "年度是否正确" in problems and "单位是否正确" in problems and "主要安排" in problems
    assert "签发后不能撤回" in page.inner_text("ul.consequences")
    page.click("#confirmation a:has-text('取消')")
    assert page.locator("#status").inner_text() == "起草中"
    page.click("a:has-text('签发报送')")
    page.click("#confirm")
    assert page.locator("#status").inner_text() == "已报送"
    log_out(page)

    # The office accepts from the board in bulk after a confirmation, and reminds the late unit.
    log_in(page, "reviewer", PASSWORD)
    page.goto(f"{base}/filings/seasons/{scene['season']}/")
    page.check("#select-all")
    assert page.locator("input[name=chosen]:checked").count() == page.locator("input[name=chosen]").count()
    page.uncheck("#select-all")
    page.check(f"input[name=chosen][value='{scene['unit']}']")
    page.select_option("#bulk-step", "accept")
    page.click("#bulk button[type=submit]")
    assert "德清县市场监督管理局（已报送）：内容不全、信息不符" in page.inner_text("ul.problems")
    page.click("#confirm")
    results = page.inner_text("#bulk-results")
    assert "1 项完成，0 项未完成" in results
    page.goto(f"{base}/filings/seasons/{scene['season']}/")
    page.check(f"input[name=chosen][value='{scene['late']}']")
    page.check(f"input[name=chosen][value='{scene['unit']}']")
    page.select_option("#bulk-step", "remind")
    page.click("#bulk button[type=submit]")
    rows = page.inner_text("#bulk-results")
    assert "1 项完成，1 项未完成" in rows and "已签发报告" in rows
    log_out(page)

    log_in(page, "late_filer", PASSWORD)
    page.goto(f"{base}/notices/")
    assert "催报" in page.inner_text("main")
