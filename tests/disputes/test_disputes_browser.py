"""One application in a real browser: received, accepted, decided, published, and read on the portal
without the applicant's name (Debian's chromium through Playwright)."""

from __future__ import annotations

import datetime as dt
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


def test_application_from_receipt_to_published_decision(live_server, region, page, log_in):
    base = live_server.url
    today = local_today()
    received = today - dt.timedelta(days=20)
    log_in(page, "reviewer")
    page.goto(base + "/disputes/")
    page.click("a[href='/disputes/new/']")
    page.fill("input[name=case_number]", "德复〔2026〕7号")
    page.select_option("select[name=respondent]", str(region["unit"]))
    page.fill("input[name=applicant_name]", "王小明")
    page.select_option("select[name=application_form]", "written")
    page.select_option("select[name=channel]", "internet")
    page.select_option("select[name=act_kind]", "penalty")
    page.fill("input[name=act_description]", "德市监罚〔2026〕12号行政处罚决定")
    page.fill("input[name=known_on]", (received - dt.timedelta(days=5)).isoformat())
    page.fill("input[name=received_on]", received.isoformat())
    page.click("main button[type=submit]")
    page.wait_for_url(re.compile(r".*/disputes/\d+/$"))
    case_url = page.url
    assert "德复〔2026〕7号" in page.inner_text("h1")

    page.click("a[href$='/step/accept/']")
    page.fill("input[name=decided_on]", (received + dt.timedelta(days=1)).isoformat())
    page.click("main button[type=submit]")
    page.wait_for_url(case_url)

    page.click("a[href$='/step/close/']")
    page.select_option("select[name=outcome]", "revoke")
    page.fill("input[name=closed_on]", today.isoformat())
    page.fill("textarea[name=reasons]", "认定事实不清，证据不足。")
    page.click("main button[type=submit]")
    page.wait_for_url(case_url)

    page.click("a[href$='/step/publish/']")
    page.fill("input[name=published_on]", today.isoformat())
    page.fill("textarea[name=text]", "申请人王小明不服……")
    page.click("main button[type=submit]")
    assert "自然人" in page.inner_text("main")  # refused: the text names the applicant
    page.fill(
        "textarea[name=text]", "申请人不服德清县市场监督管理局行政处罚决定一案，本机关决定撤销该处罚决定。"
    )
    page.click("main button[type=submit]")
    page.wait_for_url(case_url)

    with page.expect_download() as download:
        page.click("a[href$='/document/decision/']")
    assert download.value.suggested_filename.startswith("行政复议决定书")

    page.goto(base + "/portal/disputes/")
    page.click("text=德复〔2026〕7号")
    text = page.inner_text("main")
    assert "本机关决定撤销该处罚决定" in text
    assert "王小明" not in text
