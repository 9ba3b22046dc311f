"""Legal counsel in a real browser (Debian's chromium through Playwright): a unit records its
counsel engagement with the date pickers, records work done under it and ends it; the office
reads the coverage; an evaluator is refused the entry form, in Chinese."""

from __future__ import annotations

import io
import re

import pytest

from fazhi.core.deadlines import local_today

pytestmark = pytest.mark.browser
UNIT = "德清县市场监督管理局"


@pytest.fixture
def region(transactional_db):
    from fazhi.org import demo
    from fazhi.org.models import Organisation

    demo.load(io.StringIO())
    return {"unit": Organisation.objects.get(name=UNIT).pk}


def test_a_unit_engages_counsel_the_office_sees_it_and_an_evaluator_is_refused(
    live_server, region, page, log_in
):
    from fazhi.counsel.models import Engagement

    base, today = live_server.url, local_today()
    log_in(page, "scj_filer")
    page.goto(base + "/counsel/new/")
    page.select_option("select[name=organisation]", str(region["unit"]))
    page.select_option("select[name=provider_type]", "firm")
    page.fill("input[name=provider_name]", "浙江德律律师事务所")
    page.fill("input[name=lawyer_names]", "钱明、郑敏")
    # The browser's date input takes ISO dates only; the form must hand it that form back.
    page.fill("input[name=starts_on]", f"{today.year}-01-01")
    page.fill("input[name=ends_on]", f"{today.year}-12-31")
    page.click("main form button[type=submit]")
    page.wait_for_url(re.compile(r".*/counsel/\d+/$"))
    detail = page.url
    text = page.inner_text("main")
    assert "浙江德律律师事务所" in text and "钱明" in text
    engagement = Engagement.objects.get(provider_name="浙江德律律师事务所")
    assert (engagement.organisation_id, engagement.starts_on.year) == (region["unit"], today.year)

    # An absurd date is refused in words, and nothing is recorded.
    page.goto(base + "/counsel/new/")
    page.select_option("select[name=organisation]", str(region["unit"]))
    page.select_option("select[name=provider_type]", "person")
    page.fill("input[name=provider_name]", "王律师")
    page.fill("input[name=starts_on]", "0001-01-01")
    page.fill("input[name=ends_on]", f"{today.year}-12-31")
    page.click("main form button[type=submit]")
    assert "/counsel/new/" in page.url
    assert re.search(r"[\u4e00-\u9fff]", page.inner_text(".errorlist"))
    assert not Engagement.objects.filter(provider_name="王律师").exists()
    page.click("text=退出")

    log_in(page, "reviewer")
    page.goto(base + "/counsel/coverage/")
    assert UNIT in page.inner_text("main")
    page.goto(detail)
    assert "浙江德律律师事务所" in page.inner_text("main")
    page.click("text=退出")

    log_in(page, "evaluator")
    response = page.goto(base + "/counsel/new/")
    assert response.status == 403
    assert re.search(r"[\u4e00-\u9fff]", page.inner_text("body"))
    assert page.locator("select[name=organisation]").count() == 0
