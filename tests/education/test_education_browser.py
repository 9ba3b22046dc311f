"""A study session and a responsibility-list review in a real browser, counted among the
indicator values (Debian's chromium through Playwright, never a downloaded browser)."""

from __future__ import annotations

import io
import threading

import pytest

from fazhi.core.deadlines import local_today

pytestmark = pytest.mark.browser
UNIT = "德清县市场监督管理局"


@pytest.fixture
def region(transactional_db):
    """The demo region (org only), set up with the ORM before Playwright starts."""
    from fazhi.org import demo
    from fazhi.org.models import Organisation

    demo.load(io.StringIO())
    return Organisation.objects.get(name=UNIT).pk


def refresh_indicators(unit_id: int, year: int) -> None:
    """The indicator refresh the daily job runs, for the one unit, in a thread of its own:
    an ORM call from the test's thread while Playwright runs leaves a connection open."""

    def run():
        from django.db import connections

        from fazhi.indicators.actions import refresh
        from fazhi.org.models import Organisation

        try:
            refresh(year, organisations=Organisation.objects.filter(pk=unit_id))
        finally:
            connections.close_all()

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()


def indicator_value(page, base, code: str, year: int) -> str:
    page.goto(f"{base}/indicators/?code={code}&year={year}")
    return page.locator("tbody tr", has_text=UNIT).locator("td").nth(3).inner_text()


def test_a_study_session_and_a_list_review_are_counted(live_server, region, page, log_in, log_out):
    base = live_server.url
    today = local_today()

    # The unit records a study session before an executive meeting.
    log_in(page, "scj_filer")
    page.goto(base + "/education/study/")
    page.click("text=登记学法活动")
    page.select_option("select[name=organisation]", label=UNIT)
    page.select_option("select[name=kind]", "executive_meeting")
    page.fill("input[name=held_on]", today.isoformat())
    page.fill("input[name=topic]", "学习《中华人民共和国行政复议法》")
    page.fill("input[name=speaker]", "县司法局副局长")
    page.fill("textarea[name=attendees]", "周立新\n刘晓燕")
    page.click("main button[type=submit]")
    assert page.locator("h1").inner_text() == "学习《中华人民共和国行政复议法》"

    # It draws up its responsibility list and publishes it.
    page.goto(base + "/education/lists/")
    page.click("text=新建普法责任清单")
    page.select_option("select[name=organisation]", label=UNIT)
    page.fill("input[name=year]", str(today.year))
    page.fill("textarea[name=items]", "向经营者讲解《反不正当竞争法》\n向消费者讲解《消费者权益保护法》")
    page.click("main button[type=submit]")
    page.click("form[data-step=publish] button")
    page.click("#confirm")
    assert "已公布。" in page.inner_text("main")
    url = page.url
    log_out(page)

    # The office reviews and rates it.
    log_in(page, "reviewer")
    page.goto(url)
    form = page.locator("form[data-step=review]")
    form.locator("select[name=rating]").select_option("good")
    form.locator("textarea[name=note]").fill("清单内容完整，对象明确。")
    form.locator("button[type=submit]").click()
    page.click("#confirm")
    assert "已评议" in page.locator("h1").inner_text()

    # The education dashboard counts both at once.
    page.goto(f"{base}/education/?year={today.year}")
    figures = page.locator("#figures")
    assert figures.locator("tr", has_text="常务会议会前学法").locator("td").inner_text() == "1"
    assert figures.locator("tr", has_text="已评查普法责任清单").locator("td").inner_text() == "1"

    # The daily refresh counts both among the indicator values.
    refresh_indicators(region, today.year)
    assert indicator_value(page, base, "leadership.pre_meeting_study_sessions", today.year) == "1次"
    assert indicator_value(page, base, "education.responsibility_lists_reviewed", today.year) == "1份"
