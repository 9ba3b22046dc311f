"""Excel import of key tasks (row-level errors, nothing half-imported), providers, reminders, demo."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from fazhi.core.models import Notice
from fazhi.core.providers import Period, providers
from fazhi.plans import actions, reminders
from fazhi.plans.indicators import key_tasks, key_tasks_completed
from fazhi.plans.models import KeyTask, YearPlan

pytestmark = pytest.mark.django_db
HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限", "领域代码", "指标代码"]


def workbook(*rows) -> SimpleUploadedFile:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return SimpleUploadedFile("tasks.xlsx", buffer.getvalue())


def test_import_all_rows(login, reviewer, plan, unit_a, unit_b):
    upload = workbook(
        (
            1,
            "落实重大执法决定法制审核制度",
            unit_a.name,
            unit_b.name,
            dt.datetime(2024, 6, 30),
            "enforcement",
            "enforcement.case_files_reviewed",
        ),
        (2, "推进街道合法性审查全覆盖", unit_b.name, "", "2024年12月31日", "", ""),
    )
    response = login(reviewer).post(f"/plans/{plan.pk}/tasks/import/", {"file": upload})
    assert response.status_code == 302
    first, second = plan.tasks.order_by("number")
    assert list(first.co_units.all()) == [unit_b] and first.deadline == dt.date(2024, 6, 30)
    assert second.deadline == dt.date(2024, 12, 31) and second.indicator_codes == []


def test_row_errors_import_nothing(login, reviewer, plan, unit_a, elsewhere):
    upload = workbook(
        (1, "好的一行", unit_a.name, "", "2024-06-30", "", ""),
        (1, "序号重复", unit_a.name, "", "2024-06-30", "", ""),
        (3, "单位不存在", "德清县不存在局", elsewhere.name, "2024-06-30", "", ""),
        (4, "日期错误", unit_a.name, "", "六月底", "nowhere", "leadership.nonsense"),
        (5, "", unit_a.name, "", "2024-06-30", "", ""),
    )
    page = login(reviewer).post(f"/plans/{plan.pk}/tasks/import/", {"file": upload}).content.decode()
    assert "未导入任何数据" in page
    for message in (
        "该序号已被占用。",
        "本地区没有名为德清县不存在局的单位。",
        f"本地区没有名为{elsewhere.name}的单位。",
        "此单元格必填。",
    ):
        assert message in page
    assert "六月底" in page
    assert not KeyTask.objects.exists()
    upload = workbook((6, "领域错误", unit_a.name, "", "2024-06-30", "nowhere", "leadership.nonsense"))
    page = login(reviewer).post(f"/plans/{plan.pk}/tasks/import/", {"file": upload}).content.decode()
    assert "未知的领域代码：nowhere。" in page and "未知的指标代码：leadership.nonsense。" in page
    assert not KeyTask.objects.exists()


def test_import_refuses_a_non_workbook_and_the_template_has_the_header(login, reviewer, plan):
    client = login(reviewer)
    page = client.post(
        f"/plans/{plan.pk}/tasks/import/", {"file": SimpleUploadedFile("tasks.xlsx", b"not a workbook")}
    ).content.decode()
    assert "文件不是 Excel 工作簿" in page or "不是 Excel" in page
    from openpyxl import load_workbook

    template = client.get(f"/plans/{plan.pk}/tasks/import/template/")
    assert list(load_workbook(io.BytesIO(template.content)).active.iter_rows(values_only=True))[0] == tuple(
        HEADER
    )


def test_providers_hand_counted(reviewer, office, plan, government, unit_a, unit_b, filer_a):
    t1 = actions.add_task(
        reviewer,
        plan,
        number=1,
        title="一",
        lead_unit=unit_a,
        co_units=[unit_b],
        deadline=dt.date(2024, 6, 30),
    )
    actions.add_task(reviewer, plan, number=2, title="二", lead_unit=unit_a, deadline=dt.date(2024, 9, 30))
    actions.add_task(reviewer, plan, number=3, title="三", lead_unit=unit_b, deadline=dt.date(2024, 12, 31))
    plan_2025 = actions.create_plan(reviewer, office, year=2025, title="2025")
    actions.add_task(
        reviewer, plan_2025, number=1, title="四", lead_unit=unit_a, deadline=dt.date(2025, 3, 1)
    )
    actions.report_progress(
        filer_a, t1, unit_a, text="完成", percent_done=100, reported_on=dt.date(2024, 6, 1)
    )
    actions.confirm_done(reviewer, t1, note="核对")
    year = Period.year(2024)
    assert key_tasks(government, year).value == 3
    assert key_tasks(unit_a, year).value == 2
    assert key_tasks(unit_b, year).value == 1  # a co-responsible unit does not count the task again
    assert key_tasks_completed(government, year).value == 1
    assert key_tasks_completed(unit_b, year).value == 0
    assert key_tasks(government, Period.year(2025)).value == 1
    found = providers()
    assert found["leadership.key_tasks"][0] == found["leadership.key_tasks_completed"][0] == "plans"


def test_reminders_once_each_and_mail(settings, django_capture_on_commit_callbacks, task_a, filer_a, filer_b):
    settings.FAZHI_EMAIL_ENABLED = True
    filer_a.email = "a@example.gov.cn"
    filer_a.save()
    with django_capture_on_commit_callbacks(execute=True):
        assert reminders.send_reminders(dt.date(2024, 10, 11)) == 0
        assert reminders.send_reminders(dt.date(2024, 10, 12)) == 1
        assert reminders.send_reminders(dt.date(2024, 10, 14)) == 0
        assert reminders.send_reminders(dt.date(2024, 10, 17)) == 1
    texts = list(Notice.objects.filter(recipient=filer_a).order_by("id").values_list("text", flat=True))
    assert texts[-2:] == [f"重点任务将于2024-10-16到期：{task_a}", f"重点任务已于2024-10-16逾期：{task_a}"]
    assert not Notice.objects.filter(recipient=filer_b, text__contains=task_a.title).exists()
    assert len(mail.outbox) == 2


def test_demo_loads_once(demo_county):
    from fazhi.plans import demo

    plan = YearPlan.objects.get()
    statuses = set(plan.tasks.values_list("status", flat=True))
    assert statuses == {"done", "in_progress", "not_started"}
    count = KeyTask.objects.count()
    demo.load(io.StringIO())
    assert KeyTask.objects.count() == count == 7
