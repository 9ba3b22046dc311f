"""A township filer in a real browser: reads its own score sheet and letter, is refused another unit's.

Drives Debian's chromium through Playwright (never a downloaded browser).
"""

from __future__ import annotations

import io
import os
import shutil

import pytest

from fazhi.org.demo import DEMO_PASSWORD

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM),
                       reason="chromium is not installed (apt-get install chromium); browser test skipped"),
]
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync"]


@pytest.fixture
def browser_page():
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 390, "height": 844})
        yield page
        browser.close()


@pytest.fixture
def sheets(transactional_db):
    """The org, indicators and assessment demos; ORM used before Playwright starts (see tests/platform)."""
    from fazhi.assessment import demo as assessment_demo
    from fazhi.assessment.models import Assessment
    from fazhi.indicators import demo as indicators_demo
    from fazhi.org import demo as org_demo

    with open(os.devnull, "w") as sink:
        for module in (org_demo, indicators_demo, assessment_demo):
            module.load(sink)
    latest = Assessment.objects.filter(scheme__year=2025)
    return {"own": latest.get(organisation__name="德清县武康街道办事处").pk,
            "other": latest.get(organisation__name="德清县市场监督管理局").pk}


def test_filer_reads_own_sheet_and_letter_and_is_refused_another(live_server, sheets, browser_page):
    from pypdf import PdfReader

    page = browser_page
    page.goto(live_server.url + "/accounts/login/")
    page.fill("input[name=username]", "wk_filer")
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(live_server.url + "/")

    page.goto(live_server.url + "/assessment/")
    main = page.inner_text("main")
    assert "德清县武康街道办事处" in main and "德清县市场监督管理局" not in main
    page.click(f"a[href='/assessment/sheets/{sheets['own']}/']")
    main = page.inner_text("main")
    assert "计算过程" in main and "排名" in main and "统计口径" in main

    letter = page.request.get(f"{live_server.url}/assessment/sheets/{sheets['own']}/letter.pdf")
    assert letter.status == 200 and letter.headers["content-type"] == "application/pdf"
    assert "德清县武康街道办事处" in PdfReader(io.BytesIO(letter.body())).pages[0].extract_text()

    response = page.goto(f"{live_server.url}/assessment/sheets/{sheets['other']}/")
    assert response.status == 404
    assert "页面不存在，或您无权查看。" in page.inner_text("main")
    assert "市场监督管理局" not in page.inner_text("main")
    response = page.goto(f"{live_server.url}/assessment/dashboard/")
    assert "/assessment/dashboard/units/" in page.url and "德清县市场监督管理局" not in page.inner_text("main")
