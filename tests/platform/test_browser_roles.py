"""Every demo role in a real browser (Debian's chromium through Playwright): the main page of each app
answers in Chinese with no raw codes, and the main flows with their confirmations work, a self-approval
being refused (issue 11: "a browser test per role walks the main flow of each app").

The data is made through the actions before the browser starts (see ``chromium`` in tests/conftest.py).
"""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from django.urls import NoReverseMatch, reverse

from fazhi.core.exports import plain_docx

pytestmark = pytest.mark.browser

APPS = [
    "org",
    "plans",
    "oversight",
    "normdocs",
    "decisions",
    "counsel",
    "enforcement",
    "inspections",
    "disputes",
    "education",
    "indicators",
    "assessment",
    "filings",
    "reports",
]
PORTAL_APPS = ["decisions", "normdocs", "filings", "enforcement", "inspections", "disputes", "education"]
# unit filer, unit leader, office reviewer, a street's leader, evaluator
ROLES = ["scj_filer", "scj_leader", "reviewer", "wk_leader", "evaluator"]
# A code where a user reads a name: an app label and a dotted code (enforcement.random_inspection_batches).
RAW_CODE = re.compile(
    r"\b(?:" + "|".join([*APPS, "rules"]) + r")\.[a-z_]{3,}",
)
HAN = re.compile(r"[\u4e00-\u9fff]")
# Pages reserved to the office and the government's leaders answer others with a Chinese refusal.
RESERVED = {"reports"}
UNIT, STREET = "德清县市场监督管理局", "德清县武康街道办事处"
PROXY = "街道尚未开通账号，凭书面报告代为录入"


@pytest.fixture
def region(transactional_db, settings, tmp_path):
    from fazhi.decisions import actions as decisions
    from fazhi.org import demo
    from fazhi.org.models import Organisation, User
    from fazhi.plans import actions as plans

    settings.MEDIA_ROOT = tmp_path
    demo.load(io.StringIO())
    reviewer = User.objects.get(username="reviewer")
    unit, street = Organisation.objects.get(name=UNIT), Organisation.objects.get(name=STREET)
    government = Organisation.objects.get(name="德清县人民政府")
    office = Organisation.objects.get(is_rule_of_law_office=True)
    year = dt.date.today().year
    plan = plans.create_plan(reviewer, office, year=year, title=f"德清县{year}年法治政府建设工作要点")
    own = plans.add_task(
        reviewer, plan, number=1, title="落实法制审核制度", lead_unit=unit, deadline=dt.date(year, 12, 31)
    )
    proxied = plans.add_task(
        reviewer,
        plan,
        number=2,
        title="推进街道合法性审查全覆盖",
        lead_unit=street,
        deadline=dt.date(year, 12, 31),
    )
    plans.report_progress(reviewer, proxied, street, text="已全部完成", percent_done=100, proxy_reason=PROXY)
    catalogue = decisions.create_catalogue(reviewer, government, year=year)
    item = decisions.add_item(
        reviewer, catalogue, unit, title="德清县农贸市场布局规划", requires_hearing=True
    )
    return {"own": own.pk, "proxied": proxied.pk, "catalogue": catalogue.pk, "item": item.pk, "unit": unit.pk}


def main_pages():
    pages = []
    for app in APPS:
        try:
            pages.append((app, reverse(f"{app}:index")))
        except NoReverseMatch:
            continue
    return pages


def read(page, url):
    response = page.goto(url, wait_until="domcontentloaded")
    return response.status, page.inner_text("body")


def test_each_role_opens_each_app_in_chinese_without_raw_codes(live_server, region, page, log_in):
    base, problems = live_server.url, []
    for username in ROLES:
        log_in(page, username)
        for app, url in main_pages():
            status, text = read(page, base + url)
            refused = status == 403 and app in RESERVED and username != "reviewer"
            if (status != 200 and not refused) or not HAN.search(text) or RAW_CODE.search(text):
                problems.append((username, app, status, RAW_CODE.findall(text)[:3]))
        page.click("text=退出")
    assert problems == [], problems


def test_the_public_reads_the_portal_in_chinese(live_server, region, page):
    base, problems = live_server.url, []
    urls = ["/portal/", f"/portal/330521/{dt.date.today().year - 1}/"]
    urls += [reverse(f"{app}_portal:index") for app in PORTAL_APPS]
    for url in urls:
        status, text = read(page, base + url)
        if status != 200 or not HAN.search(text) or RAW_CODE.search(text) or "退出" in text:
            problems.append((url, status))
    assert problems == []


def test_a_units_step_then_the_offices_approval_and_no_self_approval(live_server, region, page, log_in):
    base = live_server.url
    own, proxied = f"{base}/plans/tasks/{region['own']}/", f"{base}/plans/tasks/{region['proxied']}/"

    log_in(page, "scj_filer")  # the unit's step
    page.goto(own)
    assert page.locator("#confirm-done").count() == 0  # the unit is never offered the office's step
    page.select_option("select[name=organisation]", str(region["unit"]))
    page.fill("textarea[name=text]", "制度已印发，案卷已补齐审核意见")
    page.fill("input[name=percent_done]", "100")
    page.click("main form[enctype] button[type=submit]")
    page.wait_for_url(own)
    assert page.inner_text("#to-confirm") == "已报完成待确认"
    page.click("text=退出")

    log_in(page, "reviewer")  # the office approves the unit's step
    page.goto(own)
    page.fill("#confirm-done textarea[name=note]", "核对了制度文本和案卷")
    page.click("#confirm-done button[type=submit]")
    page.wait_for_url(own)
    assert page.inner_text("#task-status") == "已完成"
    # ... but not the step it entered itself for the street (代为录入)
    page.goto(proxied)
    assert "由依法治县办代为录入" in page.inner_text("main")
    page.fill("#confirm-done textarea[name=note]", "自己录入自己确认")
    page.click("#confirm-done button[type=submit]")
    page.wait_for_url(proxied)
    assert "另一人" in page.inner_text("main")
    assert page.inner_text("#task-status") != "已完成"


def test_publishing_the_catalogue_asks_first_and_the_unit_records_its_hearing(
    live_server, region, page, log_in, tmp_path
):
    base = live_server.url
    catalogue, item = (
        f"{base}/decisions/catalogues/{region['catalogue']}/",
        f"{base}/decisions/{region['item']}/",
    )

    log_in(page, "reviewer")
    page.goto(catalogue)
    page.click("main button:has-text('公布目录')")
    confirmation = page.locator("#confirmation")
    assert "发布后" in confirmation.inner_text()
    page.click("#confirm")
    page.wait_for_url(catalogue)
    assert "目录已发布。" in page.inner_text("main")
    page.click("text=退出")

    log_in(page, "scj_filer")
    page.goto(item)
    assert "请在合法性审查前记录听证会" in page.inner_text("main")
    page.click("main a:has-text('记录听证会')")
    page.fill("input[name=held_on]", "2026-01-20")
    page.fill("input[name=place]", "县行政中心听证室")
    page.fill("input[name=presiding_officer]", "沈建国")
    page.fill("input[name=participants]", "15")
    record = tmp_path / "听证笔录.docx"
    record.write_bytes(plain_docx("听证笔录", "听证会笔录"))
    page.set_input_files("input[name=record]", str(record))
    page.fill("textarea[name=opinions_adopted]", "采纳9条")
    page.click("main button[type=submit]")
    page.wait_for_url(item)
    hearing = page.inner_text("#hearing")
    assert "县行政中心听证室" in hearing and "下载听证笔录" in hearing
