"""A unit filer in a real browser: logs in, sees the own unit, is refused another's, logs out.

Drives Debian's chromium through Playwright (never a downloaded browser).
"""

from __future__ import annotations

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
# Playwright's sync API runs an event loop in this thread; Django then refuses
# ORM calls from it unless told this is deliberate.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync"]


@pytest.fixture
def browser_page():
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 390, "height": 844})  # a phone
        yield page
        browser.close()


@pytest.fixture
def demo(transactional_db):
    """The demo region; the ORM is used here, before Playwright starts, because
    a query made while Playwright's greenlets run opens a connection that
    outlives the test (PostgreSQL then refuses to drop the test database)."""
    from fazhi.org import demo as org_demo
    from fazhi.org.models import Organisation

    with open(os.devnull, "w") as sink:
        org_demo.load(sink)
    return {name: Organisation.objects.get(name=name).pk for name in ("德清县市场监督管理局", "德清县武康街道办事处")}


def test_filer_logs_in_sees_own_unit_is_refused_another_and_logs_out(live_server, demo, browser_page):
    own, other = demo["德清县市场监督管理局"], demo["德清县武康街道办事处"]
    page = browser_page

    page.goto(live_server.url + "/")
    assert page.locator("h1").inner_text() == "登录"
    page.fill("input[name=username]", "scj_filer")
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(live_server.url + "/")
    assert "德清县市场监督管理局" in page.inner_text("main")
    assert "单位填报人员" in page.inner_text("main")

    page.click(f"a[href='/org/{own}/']")
    assert page.locator("h1").inner_text().startswith("德清县市场监督管理局")
    assert "变更历史" in page.inner_text("main")

    response = page.goto(f"{live_server.url}/org/{other}/")
    assert response.status == 404
    assert "页面不存在，或您无权查看。" in page.inner_text("main")
    assert "武康街道" not in page.inner_text("main")

    page.click("text=退出")
    page.wait_for_url(f"{live_server.url}/accounts/login/")
    response = page.goto(f"{live_server.url}/org/{own}/")
    assert "/accounts/login/" in page.url
