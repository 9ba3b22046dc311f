"""One normative document in a real browser: draft → legality review → issue → filing → portal.

Drives Debian's chromium through Playwright (never a downloaded browser).
"""

from __future__ import annotations

import datetime as dt
import os

import pytest

pytestmark = pytest.mark.browser

TITLE = "德清县市场监督管理局关于规范直播带货经营行为的通知"


@pytest.fixture
def demo(transactional_db):
    """The org and normdocs demos only: this test needs nothing of the other apps."""
    from fazhi.normdocs import demo as normdocs_demo
    from fazhi.org import demo as org_demo

    with open(os.devnull, "w") as sink:
        org_demo.load(sink)
        normdocs_demo.load(sink)


def test_a_document_walks_from_draft_to_the_portal(live_server, demo, page, log_in, log_out):
    base = live_server.url
    today = dt.date.today().isoformat()

    # The unit drafts and submits.
    log_in(page, "scj_filer")
    page.goto(base + "/normdocs/")
    page.click("text=新建草案")
    page.select_option("select[name=organisation]", label="德清县市场监督管理局")
    page.fill("input[name=title]", TITLE)
    page.fill("textarea[name=drafting_notes]", "依据电子商务法制定。")
    page.fill("input[name=comment_from]", "2025-03-03")
    page.fill("input[name=comment_until]", "2025-03-14")
    page.click("main button[type=submit]")
    assert page.locator("h1").inner_text().startswith(TITLE)
    page.click("main button:has-text('报送合法性审核')")
    assert "已报送合法性审核。" in page.inner_text("main")
    assert "合法性审核中" in page.locator("h1").inner_text()
    url = page.url
    log_out(page)

    # The office reviews with the checklist and passes it.
    log_in(page, "reviewer")
    page.goto(url)
    page.click("a.button:has-text('合法性审核')")
    page.select_option("select[name=outcome]", "passed")
    for radio in page.locator("input[type=radio][value='1']").all():
        if radio.get_attribute("name").startswith("item_"):
            radio.check()
    page.click("main button[type=submit]")
    assert "合法性审核通过" in page.locator("h1").inner_text()
    log_out(page)

    # The unit issues it and files it.
    log_in(page, "scj_filer")
    page.goto(url)
    page.click("a.button:has-text('印发')")
    page.fill("input[name=document_number]", "德市监〔2026〕7号")
    page.fill("input[name=issued_on]", today)
    # A document is issued with its text (normdocs.rules.check_issuable_text).
    text = {
        "name": "正文.txt",
        "mimeType": "text/plain",
        "buffer": "第一条 为规范直播带货经营行为，制定本通知。".encode(),
    }
    page.set_input_files("input[name=official_text]", files=[text])
    page.click("main button[type=submit]")
    assert "现行有效" in page.locator("h1").inner_text()
    assert "报备期限" in page.inner_text("main")
    page.click("a.button:has-text('报送备案')")
    page.fill("input[name=filed_on]", today)
    page.click("main button[type=submit]")
    assert "已报备，待审查" in page.inner_text("main")
    log_out(page)

    # The office accepts the filing.
    log_in(page, "reviewer")
    page.goto(base + "/normdocs/filings/")
    page.click(f"text={TITLE}")
    page.click("a.button:has-text('备案审查')")
    page.check("input[name=accept][value='1']")
    page.click("main button[type=submit]")
    assert "准予备案" in page.inner_text("main")
    log_out(page)

    # The public sees it on the portal, without logging in.
    page.goto(base + "/portal/")
    page.click("text=规范性文件")
    row = page.locator("tr", has_text=TITLE)
    assert "德市监〔2026〕7号" in row.inner_text()
    assert "现行有效" in row.inner_text()
