"""The year plan in a real browser: the office creates the plan and a task, the unit reports it done,
the counts change and the office downloads the Word notice (Debian's chromium through Playwright)."""

from __future__ import annotations

import io
import re

import pytest
from docx import Document

from fazhi.core.deadlines import local_today

pytestmark = pytest.mark.browser
UNIT = "德清县市场监督管理局"


@pytest.fixture
def region(transactional_db):
    from fazhi.org import demo
    from fazhi.org.models import Organisation

    demo.load(io.StringIO())
    return {"unit": Organisation.objects.get(name=UNIT).pk}


def test_plan_task_progress_and_notice(live_server, region, page, log_in):
    base = live_server.url
    year = local_today().year
    log_in(page, "reviewer")
    page.goto(base + "/plans/")
    page.click("text=制定年度计划")
    page.fill("input[name=year]", str(year))
    page.fill("input[name=title]", f"德清县{year}年法治政府建设工作要点")
    page.click("main button[type=submit]")
    page.wait_for_url(re.compile(r".*/plans/\d+/$"))
    plan_url = page.url
    page.click("text=新增重点任务")
    page.fill("input[name=number]", "1")
    page.fill("input[name=title]", "落实重大执法决定法制审核制度")
    page.select_option("select[name=lead_unit]", str(region["unit"]))
    page.fill("input[name=deadline]", f"{year}-12-31")
    page.click("main button[type=submit]")
    page.wait_for_url(re.compile(r".*/plans/tasks/\d+/$"))
    task_url = page.url
    page.goto(plan_url)
    assert page.inner_text("#task-counts [data-count=total]") == "1"
    assert page.inner_text("#task-counts [data-count=done]") == "0"
    page.click("text=退出")

    log_in(page, "scj_filer")
    page.goto(task_url)
    page.select_option("select[name=organisation]", str(region["unit"]))
    page.fill("textarea[name=text]", "制度已印发，案卷已全部补齐审核意见")
    page.fill("input[name=percent_done]", "100")
    page.click("main form[enctype] button[type=submit]")
    page.wait_for_url(task_url)
    assert page.inner_text("#to-confirm") == "已报完成待确认"
    page.click("text=退出")

    log_in(page, "reviewer")
    page.goto(task_url)
    page.fill("#confirm-done textarea[name=note]", "核对了制度文本和案卷")
    page.click("#confirm-done button[type=submit]")
    page.wait_for_url(task_url)
    assert page.inner_text("#task-status") == "已完成"
    page.goto(plan_url)
    assert page.inner_text("#task-counts [data-count=done]") == "1"
    with page.expect_download() as download:
        page.click("text=推进情况通报（Word）")
    document = Document(download.value.path())
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "共列重点任务1项" in text and "已完成1项" in text
