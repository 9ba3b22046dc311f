"""A citizen on a phone walks the portal: the year page, the normative documents of the
year, one document's official text, and back, without ever meeting the login page.

Drives Debian's chromium through Playwright (never a downloaded browser) at a phone's
viewport, 390 × 844.
"""

from __future__ import annotations

import io
import re

import pytest
from docx import Document

pytestmark = pytest.mark.browser
DOCUMENT = "德清县市场监督管理局关于优化小微企业登记服务的若干规定"
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def viewport():
    return PHONE


def fits_the_screen(page) -> bool:
    """No sideways scrolling of the page itself (a wide table scrolls in its own box)."""
    return page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_from_the_year_page_to_a_documents_text_and_back(live_server, demo_county_committed, page):
    year_url = f"{live_server.url}/portal/{demo_county_committed}/2025/"
    page.goto(f"{live_server.url}/portal/")
    page.click("text=2025")
    page.wait_for_url(year_url)

    # The header names the region and the office; the figures carry their definitions.
    assert "德清县" in page.inner_text("header") and "德清县司法局" in page.inner_text("header")
    assert page.inner_text("#year-title") == "德清县2025年法治政府建设情况"
    online = page.locator('[data-code="functions.online_service_rate"]')
    assert re.fullmatch(r"\d+(\.\d+)?%", online.locator("[data-value]").inner_text())
    assert "统计口径" in online.inner_text() and "来源" in online.inner_text()
    assert fits_the_screen(page)

    # The keyboard reaches the content first: the skip link is the first stop.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "跳到正文"

    page.click("text=本年度印发的规范性文件")
    page.wait_for_url(re.compile(r".*/portal/normdocs/\?region=330521$"))
    # The list is the year page's region, says so, and the choice can widen it to the city.
    assert "德清县及其下级地区" in page.inner_text("#region-shown")
    page.select_option("select[name=region]", "330500")
    page.click("text=筛选")
    page.wait_for_url(re.compile(r".*/portal/normdocs/\?region=330500.*"))
    assert "湖州市及其下级地区" in page.inner_text("#region-shown")
    assert fits_the_screen(page)
    page.go_back()
    page.wait_for_url(re.compile(r".*/portal/normdocs/\?region=330521$"))
    page.click(f"text={DOCUMENT}")
    page.wait_for_url(re.compile(r".*/portal/normdocs/\d+/$"))
    assert page.inner_text("h1") == DOCUMENT
    assert fits_the_screen(page)
    with page.expect_download() as download:
        page.click("[data-official-text]")
    text = "\n".join(
        p.text for p in Document(io.BytesIO(open(download.value.path(), "rb").read())).paragraphs
    )
    assert "第一条 为优化小微企业登记服务，制定本规定。" in text

    page.go_back()
    page.wait_for_url(re.compile(r".*/portal/normdocs/\?region=330521$"))
    page.go_back()
    page.wait_for_url(year_url)
    assert page.inner_text("#year-title") == "德清县2025年法治政府建设情况"

    # A mistyped address answers a citizen's 404, with a way back and no login.
    page.goto(f"{live_server.url}/portal/normdocs/999999/")
    assert "返回政务公开首页" in page.inner_text("main")
    assert page.locator('a[href*="login"]').count() == 0
    page.click("text=返回政务公开首页")
    page.wait_for_url(f"{live_server.url}/portal/")
