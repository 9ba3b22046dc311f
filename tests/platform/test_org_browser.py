"""A unit filer in a real browser: logs in, sees the own unit, is refused another's, logs out.

Drives Debian's chromium through Playwright (never a downloaded browser).
"""

from __future__ import annotations

import os

import pytest

from fazhi.org.demo import DEMO_PASSWORD

pytestmark = pytest.mark.browser


@pytest.fixture
def viewport():
    return {"width": 390, "height": 844}  # a phone


@pytest.fixture
def demo(transactional_db):
    """The demo region; the ORM is used here, before Playwright starts, because
    a query made while Playwright's greenlets run opens a connection that
    outlives the test (PostgreSQL then refuses to drop the test database)."""
    from fazhi.org import demo as org_demo
    from fazhi.org.models import Organisation

    with open(os.devnull, "w") as sink:
        org_demo.load(sink)
    return {
        name: Organisation.objects.get(name=name).pk
        for name in ("德清县市场监督管理局", "德清县武康街道办事处")
    }


def test_filer_logs_in_sees_own_unit_is_refused_another_and_logs_out(live_server, demo, page, log_out):
    own, other = demo["德清县市场监督管理局"], demo["德清县武康街道办事处"]

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

    log_out(page)
    response = page.goto(f"{live_server.url}/org/{own}/")
    assert "/accounts/login/" in page.url
