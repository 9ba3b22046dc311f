"""The office drafts the report in a real browser: edits a sentence, sees the read-back, downloads Word.

Drives Debian's chromium through Playwright (never a downloaded browser).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser
PASSWORD = "Browser-Test-Password-7"


@pytest.fixture
def scene(transactional_db):
    """Built with the ORM before Playwright starts (see tests/platform/test_org_browser.py)."""
    from fazhi.core.providers import Period
    from fazhi.indicators.actions import record_value
    from fazhi.org.models import Membership, Organisation, User

    government = Organisation.objects.create(name="德清县人民政府", kind="government", region_code="330521")
    office = Organisation.objects.create(
        name="德清县司法局",
        kind="department",
        region_code="330521",
        parent=government,
        is_rule_of_law_office=True,
    )
    reviewer = User.objects.create(username="reviewer", full_name="陈思远")
    reviewer.set_password(PASSWORD)
    reviewer.save()
    Membership.objects.create(user=reviewer, organisation=office, role="office_reviewer")
    record_value(
        reviewer, government, "oversight.npc_suggestions", Period.year(2025), 66, "manual", unit="件"
    )
    record_value(
        reviewer, government, "oversight.npc_suggestions", Period.year(2024), 95, "manual", unit="件"
    )


def test_the_office_drafts_edits_reads_back_and_downloads(scene, page, live_server, log_in):
    from fazhi.reading import read

    log_in(page, "reviewer", PASSWORD)
    page.goto(live_server.url + "/reports/")
    page.fill("input[name=year]", "2025")
    page.click("#new-draft")
    page.wait_for_selector("#read-back")
    assert "从95件减至66件" in page.locator("#text-results").input_value()
    assert "结构合规" in page.locator("#read-back-verdict").inner_text()
    # Figures with no value are named for the office, not written as 0.
    assert "oversight.cppcc_proposals" in page.locator("#omitted").inner_text()
    assert "办理政协提案" not in page.locator("#text-results").input_value()

    page.fill("#text-other", "本年度无其他需要报告的事项。")
    page.click("#save-other")
    page.wait_for_selector("#edits ins")
    assert "本年度" in page.locator("#edits ins").first.inner_text()
    assert "结构合规" in page.locator("#read-back-verdict").inner_text()
    assert "oversight.npc_suggestions" in page.locator("#figures").inner_text()

    with page.expect_download() as download_info:
        page.click("#download")
    download = download_info.value
    assert download.suggested_filename == "德清县人民政府关于2025年度法治政府建设情况的报告（第1稿）.docx"
    reading = read(open(download.path(), "rb").read(), name="report.docx").as_dict()
    assert reading["compliance"]["compliant"] and reading["defects"] == []
    assert "本年度无其他需要报告的事项" in reading["text"]
    assert [(f["indicator"], f["value"], f["previous"]) for f in reading["facts"]] == [
        ("oversight.npc_suggestions", 66, 95)
    ]
