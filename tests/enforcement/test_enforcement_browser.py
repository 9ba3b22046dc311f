"""A case in a real browser: the body walks it from 立案 to 结案 and publishes its decision, the portal
shows it, then the office draws the file for review and scores it (Debian's chromium through Playwright)."""

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
    from fazhi.enforcement import actions
    from fazhi.org import demo
    from fazhi.org.models import Organisation, User

    demo.load(io.StringIO())
    reviewer = User.objects.get(username="reviewer")
    filer = User.objects.get(username="scj_filer")
    body = actions.create_body(
        reviewer, Organisation.objects.get(name=UNIT), name=UNIT, legal_basis="《行政处罚法》"
    )
    officers = []
    for number, name in enumerate(["沈建华", "钱晓燕"], start=1):
        officer = actions.add_officer(filer, body, name=name, staff_number=f"B{number}")
        actions.issue_certificate(
            reviewer,
            officer,
            number=f"3305219{number}",
            field="市场监管",
            issued_on=dt.date(2024, 1, 1),
            expires_on=dt.date(2030, 12, 31),
            public_law_exam_passed_on=dt.date(2023, 11, 1),
        )
        officers.append(officer.pk)
    return {"body": body.pk, "officers": officers}


def test_a_case_from_filing_to_closing_then_its_file_is_reviewed(live_server, region, page, log_in):
    base = live_server.url
    day = (local_today() - dt.timedelta(days=10)).isoformat()
    log_in(page, "scj_filer")
    page.goto(f"{base}/enforcement/bodies/{region['body']}/")
    page.click("text=新增案件")
    page.fill("input[name=number]", "德市监罚〔2026〕88号")
    page.select_option("select[name=case_type]", "penalty")
    page.fill("input[name=title]", "销售过期食品")
    page.fill("input[name=party_name]", "德清某超市有限公司")
    page.fill("input[name=filed_on]", day)
    for officer in region["officers"]:
        page.check(f"input[name=officers][value='{officer}']")
    page.click("main button[type=submit]")
    page.wait_for_url(re.compile(r".*/enforcement/cases/\d+/$"))
    case_url = page.url
    for stage in ("调查取证", "审核", "决定", "送达", "执行", "结案"):
        page.click(f"text=登记：{stage}")
        page.fill("input[name=on]", day)
        if stage == "决定":
            page.fill("input[name=fine_amount]", "5000")
        page.click("main button[type=submit]")
        page.wait_for_url(case_url)
        if stage == "决定":
            page.click("text=公示执法决定")
            page.fill("input[name=published_on]", day)
            page.fill("textarea[name=summary]", "罚款5000元，没收过期食品")
            page.click("main button[type=submit]")
            page.wait_for_url(case_url)
    assert "结案" in page.inner_text("h1")
    page.click("text=退出")

    page.goto(f"{base}/portal/enforcement/decisions/")
    assert "德清某超市有限公司" in page.inner_text("main")

    log_in(page, "reviewer")
    page.goto(f"{base}/enforcement/reviews/")
    page.click("text=新建案卷评查")
    page.fill("input[name=title]", "案卷评查")
    page.fill("input[name=year]", day[:4])
    page.fill("input[name=sample_size]", "1")
    page.click("main button[type=submit]")
    page.wait_for_url(f"{base}/enforcement/reviews/")
    page.click("text=案卷评查 >> nth=-1")
    page.wait_for_url(re.compile(r".*/enforcement/reviews/\d+/$"))
    assert "结果一致" in page.inner_text("main")
    page.click("text=评查打分 >> nth=-1")
    page.fill("textarea[name=comments]", "卷宗完整，程序合法")
    page.click("main button[type=submit]")
    page.wait_for_url(re.compile(r".*/enforcement/reviews/\d+/$"))
    assert "100" in page.inner_text("main table") and "优秀" in page.inner_text("main table")
