"""The whole path in a real browser: upload and review, sign-off, return, correction, resubmission,
acceptance, the public portal, and the coverage board before and after.

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
    """Built with the ORM before Playwright starts (see tests/platform/test_org_browser.py)."""
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
    for username, organisation, role in (
        ("filer", unit, "unit_filer"),
        ("leader", unit, "unit_leader"),
        ("reviewer", office, "office_reviewer"),
    ):
        user = User.objects.create(username=username, full_name=username)
        user.set_password(PASSWORD)
        user.save()
        Membership.objects.create(user=user, organisation=organisation, role=role)
    season = actions.open_season(User.objects.get(username="reviewer"), region_code="330521", year=2025)
    first = tmp_path / "年度报告.docx"
    first.write_bytes(docx_bytes(report(placeholder=True)))
    corrected = tmp_path / "年度报告-修改稿.docx"
    corrected.write_bytes(docx_bytes(report()))
    return {"season": season.pk, "unit": unit.pk, "first": str(first), "corrected": str(corrected)}


def _board_status(page, base, season):
    page.goto(f"{base}/filings/seasons/{season}/")
    return page.locator("tr[data-unit='德清县市场监督管理局'] td.status").inner_text()


def test_report_from_upload_to_portal(live_server, scene, page, chromium, log_in, log_out):
    base = live_server.url

    log_in(page, "reviewer", PASSWORD)
    assert _board_status(page, base, scene["season"]) == "未报送"
    log_out(page)

    # The filer uploads and sees the review at once.
    log_in(page, "filer", PASSWORD)
    page.goto(f"{base}/filings/seasons/{scene['season']}/")
    page.click("text=上传报告：")
    page.set_input_files("input[name=file]", scene["first"])
    page.click("button:has-text('上传并识别')")
    page.wait_for_selector("#review")
    detail = page.url
    assert page.locator("#status").inner_text() == "起草中"
    assert "主要举措和成效" in page.inner_text("#parts")
    assert "残留占位符" in page.inner_text("#defects")
    assert page.locator("#facts tbody tr").count() >= 3
    assert "签发报送" not in page.inner_text("main")  # the filer does not sign off
    log_out(page)

    log_in(page, "leader", PASSWORD)
    page.goto(detail)
    page.click("a:has-text('签发报送')")
    page.click("#confirm")  # the sign-off page lists what the review found first
    assert page.locator("#status").inner_text() == "已报送"
    log_out(page)

    # The reviewer returns it; the reasons come pre-filled from the automatic review.
    log_in(page, "reviewer", PASSWORD)
    page.goto(detail)
    page.click("a:has-text('退回修改')")
    reasons = page.input_value("textarea[name=reasons]")
    assert "残留占位符" in reasons
    page.fill("textarea[name=reasons]", reasons + "\n请同时核对数据。")
    page.click("button:has-text('退回单位')")
    assert page.locator("#status").inner_text() == "已退回"
    assert _board_status(page, base, scene["season"]) == "已退回"
    log_out(page)

    # The filer corrects, the leader resubmits.
    log_in(page, "filer", PASSWORD)
    page.goto(detail)
    assert "请同时核对数据。" in page.inner_text("#return-reasons")
    page.click("a:has-text('替换文件')")
    page.set_input_files("input[name=file]", scene["corrected"])
    page.click("button:has-text('上传并识别')")
    page.wait_for_selector("#review")
    assert "未发现文字瑕疵。" in page.inner_text("#defects")
    log_out(page)
    log_in(page, "leader", PASSWORD)
    page.goto(detail)
    page.click("a:has-text('签发报送')")
    page.click("#confirm")  # the sign-off page lists what the review found first
    assert page.locator("#status").inner_text() == "已报送"
    log_out(page)

    # The reviewer accepts and publishes; the board shows it.
    log_in(page, "reviewer", PASSWORD)
    page.goto(detail)
    page.click("button:has-text('审核通过')")
    assert page.locator("#status").inner_text() == "已公开"
    events = page.inner_text("#events")
    for verb in ("上传报告", "签发报送", "退回修改", "审核通过", "公开"):
        assert verb in events
    assert _board_status(page, base, scene["season"]) == "已公开"
    log_out(page)

    # The public, without a login.
    public = chromium.new_context().new_page()
    public.goto(base + "/portal/filings/")
    public.click("a:has-text('德清县市场监督管理局')")
    assert public.locator("h1").inner_text() == "德清县市场监督管理局2025年法治政府建设年度报告"
    assert "主要举措和成效" in public.inner_text("article")
    with public.expect_download() as download:
        public.click("a:has-text('原始文件')")
    assert download.value.suggested_filename.endswith(".docx")
