"""Year-plan pages and API: B tries A's tasks everywhere and gets nothing and changes nothing."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from docx import Document
from openpyxl import load_workbook

from fazhi.plans import actions
from fazhi.plans.models import KeyTask, PlanEvent, ProgressReport, YearPlan

pytestmark = pytest.mark.django_db


def test_plan_page_shows_a_unit_only_its_own_tasks(login, filer_a, filer_b, reviewer, plan, task_a, task_b):
    page = login(filer_b).get(f"/plans/{plan.pk}/").content.decode()
    assert task_b.title in page and task_a.title not in page
    assert 'data-count="total">1<' in page
    assert "导入重点任务" not in page
    page = login(reviewer).get(f"/plans/{plan.pk}/").content.decode()
    assert task_a.title in page and task_b.title in page
    assert plan.title in login(filer_b).get("/plans/").content.decode()


def test_plan_of_another_region_is_404(login, reviewer, admin_user, elsewhere, filer_a):
    from fazhi.org.models import Organisation

    office = Organisation.objects.create(
        name="江阳区司法局（依法治区办）", kind="department", region_code="510502", is_rule_of_law_office=True
    )
    other = actions.create_plan(admin_user, office, year=2024, title="江阳区2024年工作要点")
    assert login(reviewer).get(f"/plans/{other.pk}/").status_code == 404
    assert login(filer_a).get(f"/plans/{other.pk}/export/").status_code == 404


def test_export_holds_only_visible_rows(login, filer_b, plan, task_a, task_b):
    response = login(filer_b).get(f"/plans/{plan.pk}/export/")
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert rows[0][1] == "重点任务" and [row[1] for row in rows[1:]] == [task_b.title]


def test_b_cannot_open_a_task(login, filer_b, task_a):
    response = login(filer_b).get(f"/plans/tasks/{task_a.pk}/")
    assert response.status_code == 404 and task_a.title not in response.content.decode()


def test_b_cannot_report_on_a_task(login, filer_b, task_a, unit_a, unit_b, snapshot):
    before, events = snapshot(task_a), PlanEvent.objects.count()
    client = login(filer_b)
    for unit in (unit_a, unit_b):
        response = client.post(
            f"/plans/tasks/{task_a.pk}/progress/",
            {"organisation": unit.pk, "text": "冒充", "percent_done": 100},
        )
        assert response.status_code == 404
    assert snapshot(task_a) == before and PlanEvent.objects.count() == events
    assert not ProgressReport.objects.exists()


def test_unit_reports_progress_with_an_attachment_and_b_cannot_fetch_it(
    login, filer_a, filer_b, task_a, unit_a, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    client = login(filer_a)
    upload = SimpleUploadedFile("制度文件.pdf", b"%PDF-1.4 demo", content_type="application/pdf")
    response = client.post(
        f"/plans/tasks/{task_a.pk}/progress/",
        {"organisation": unit_a.pk, "text": "已印发制度", "percent_done": 80, "attachment": upload},
    )
    assert response.status_code == 302
    report = ProgressReport.objects.get()
    url = f"/plans/tasks/{task_a.pk}/progress/{report.pk}/file/"
    assert b"".join(client.get(url).streaming_content) == b"%PDF-1.4 demo"
    assert login(filer_b).get(url).status_code == 404
    assert KeyTask.objects.get(pk=task_a.pk).percent_done == 80


def test_bad_progress_reads_chinese_messages(login, filer_a, task_a, unit_a, snapshot):
    before = snapshot(task_a)
    client = login(filer_a)
    response = client.post(
        f"/plans/tasks/{task_a.pk}/progress/", {"organisation": unit_a.pk, "text": "", "percent_done": 150}
    )
    page = response.content.decode()
    assert response.status_code == 400 and "这个字段是必填项。" in page and "确保该值小于或等于100。" in page
    upload = SimpleUploadedFile("x.exe", b"MZ")
    page = client.post(
        f"/plans/tasks/{task_a.pk}/progress/",
        {"organisation": unit_a.pk, "text": "x", "percent_done": 10, "attachment": upload},
    ).content.decode()
    assert "不接受此类文件，请选择：doc、docx、jpg、pdf、png、txt、xls、xlsx、zip。" in page
    assert snapshot(task_a) == before


def test_units_cannot_create_plans_tasks_imports_or_notices(login, filer_a, plan, unit_a):
    client = login(filer_a)
    assert client.get("/plans/new/").status_code == 403
    assert (
        client.post(
            f"/plans/{plan.pk}/tasks/new/",
            {"number": 5, "title": "x", "lead_unit": unit_a.pk, "deadline": "2024-05-01"},
        ).status_code
        == 403
    )
    assert client.get(f"/plans/{plan.pk}/tasks/import/").status_code == 403
    assert client.get(f"/plans/{plan.pk}/tasks/import/template/").status_code == 403
    assert client.get(f"/plans/{plan.pk}/notice/").status_code == 403
    assert not plan.tasks.exists()


def test_office_creates_plan_and_task_through_the_pages(login, reviewer, unit_a, unit_b, elsewhere):
    client = login(reviewer)
    assert client.post("/plans/new/", {"year": 2025, "title": "2025年工作要点"}).status_code == 302
    plan = YearPlan.objects.get(year=2025)
    response = client.post(
        f"/plans/{plan.pk}/tasks/new/",
        {"number": 1, "title": "越界任务", "lead_unit": elsewhere.pk, "deadline": "2025-06-30"},
    )
    assert response.status_code == 200 and not plan.tasks.exists()
    response = client.post(
        f"/plans/{plan.pk}/tasks/new/",
        {
            "number": 1,
            "title": "开展案卷评查",
            "lead_unit": unit_a.pk,
            "co_units": [unit_b.pk],
            "deadline": "2025-06-30",
            "area": "enforcement",
            "indicator_codes": ["enforcement.case_files_reviewed"],
        },
    )
    assert response.status_code == 302
    task = plan.tasks.get()
    assert list(task.co_units.all()) == [unit_b] and task.indicator_codes == [
        "enforcement.case_files_reviewed"
    ]


def test_notice_is_a_word_document_listing_the_overdue(
    login, reviewer, plan, task_a, task_b, filer_b, unit_b
):
    actions.report_progress(
        filer_b, task_b, unit_b, text="完成", percent_done=100, reported_on=dt.date(2024, 11, 1)
    )
    actions.confirm_done(reviewer, task_b, note="核对")
    response = login(reviewer).get(f"/plans/{plan.pk}/notice/")
    document = Document(io.BytesIO(response.content))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "关于2024年度法治政府建设重点任务推进情况的通报" in text
    assert "共列重点任务2项" in text and "已完成1项" in text and "逾期未完成1项" in text
    assert f"1. {task_a.title}（牵头单位：{task_a.lead_unit.name}" in text
    cells = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    assert cells[1][:3] == ["1", task_a.title, task_a.lead_unit.name] and cells[1][5] == "逾期未完成"
    assert cells[2][5] == "已完成"


def test_api_tasks_are_scoped(login, filer_a, filer_b, reviewer, task_a, task_b):
    assert [t["id"] for t in login(filer_a).get("/api/plans/tasks").json()["items"]] == [task_a.pk]
    assert {t["id"] for t in login(reviewer).get("/api/plans/tasks").json()["items"]} == {
        task_a.pk,
        task_b.pk,
    }
    response = login(filer_b).get(f"/api/plans/tasks/{task_a.pk}")
    assert response.status_code == 404 and task_a.title not in response.content.decode()


def test_api_b_cannot_report_on_a(login, filer_b, filer_a, task_a, unit_a, unit_b, snapshot):
    before = snapshot(task_a)
    client = login(filer_b)
    response = client.post(
        f"/api/plans/tasks/{task_a.pk}/progress",
        content_type="application/json",
        data=json.dumps({"organisation_id": unit_a.pk, "text": "冒充", "percent_done": 100}),
    )
    assert response.status_code == 404 and snapshot(task_a) == before
    response = login(filer_a).post(
        f"/api/plans/tasks/{task_a.pk}/progress",
        content_type="application/json",
        data=json.dumps({"organisation_id": unit_b.pk, "text": "冒充", "percent_done": 9}),
    )
    assert response.status_code == 400 and snapshot(task_a) == before
    response = login(filer_a).post(
        f"/api/plans/tasks/{task_a.pk}/progress",
        content_type="application/json",
        data=json.dumps({"organisation_id": unit_a.pk, "text": "推进", "percent_done": 30}),
    )
    assert response.status_code == 200 and KeyTask.objects.get(pk=task_a.pk).percent_done == 30


def test_office_adjusts_a_task_with_a_reason(login, reviewer, task_a, unit_a, unit_b, filer_b):
    client = login(reviewer)
    data = {"deadline": "2024-11-29", "lead_unit": unit_a.pk, "co_units": [unit_b.pk], "reason": ""}
    response = client.post(f"/plans/tasks/{task_a.pk}/adjust/", data)
    assert response.status_code == 200 and "这个字段是必填项。" in response.content.decode()
    assert KeyTask.objects.get(pk=task_a.pk).deadline == dt.date(2024, 10, 16)
    response = client.post(f"/plans/tasks/{task_a.pk}/adjust/", data | {"reason": "配合街道推进，延长一个月"})
    assert response.status_code == 302
    task = KeyTask.objects.get(pk=task_a.pk)
    assert task.deadline == dt.date(2024, 11, 29) and list(task.co_units.all()) == [unit_b]
    event = PlanEvent.objects.get(task=task, verb="adjust_task")
    assert event.note == "配合街道推进，延长一个月" and event.data["before"]["deadline"] == "2024-10-16"
    # now a co-responsible unit, B sees the task
    assert login(filer_b).get(f"/plans/tasks/{task_a.pk}/").status_code == 200
    response = login(reviewer).post(f"/plans/tasks/{task_a.pk}/adjust/", data | {"reason": "再来一次"})
    assert "没有任何变化。" in response.content.decode()


def test_units_cannot_adjust_and_b_cannot_see(login, filer_a, filer_b, task_a, unit_a, snapshot):
    before, count = snapshot(task_a), PlanEvent.objects.count()
    data = {"deadline": "2024-12-31", "lead_unit": unit_a.pk, "reason": "单位自己延期"}
    assert login(filer_b).post(f"/plans/tasks/{task_a.pk}/adjust/", data).status_code == 404
    assert login(filer_a).post(f"/plans/tasks/{task_a.pk}/adjust/", data).status_code == 403
    assert snapshot(task_a) == before and PlanEvent.objects.count() == count


def test_api_takes_proxy_entry_with_a_reason_like_the_form(login, reviewer, task_b, unit_b):
    from fazhi.plans.models import PlanEvent

    client = login(reviewer)
    url = f"/api/plans/tasks/{task_b.pk}/progress"
    body = {"organisation_id": unit_b.pk, "text": "街道书面报告已收", "percent_done": 40}
    refused = client.post(url, content_type="application/json", data=json.dumps(body))
    assert refused.status_code == 400 and "代为录入" in refused.json()["detail"]
    body["proxy_reason"] = "街道尚未开通账号，凭书面报告代为录入"
    response = client.post(url, content_type="application/json", data=json.dumps(body))
    assert response.status_code == 200, response.content
    event = PlanEvent.objects.filter(task=task_b, verb="report_progress").get()
    assert event.data["proxy_reason"] == body["proxy_reason"]
    assert "代为录入" in json.dumps(client.get("/api/openapi.json").json(), ensure_ascii=False)
