"""Year plan actions: tasks, progress, overdue flags on the working-day calendar, refusals."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied

from fazhi.core.actions import ActionRefused
from fazhi.core.deadlines import DeadlineStatus
from fazhi.plans import actions
from fazhi.plans.models import KeyTask, PlanEvent, TaskStatus

pytestmark = pytest.mark.django_db


def test_lead_unit_progress_sets_the_task(task_a, filer_a, unit_a, reviewer):
    actions.report_progress(
        filer_a, task_a, unit_a, text="已完成制度修订", percent_done=50, reported_on=dt.date(2024, 6, 1)
    )
    task_a.refresh_from_db()
    assert (task_a.percent_done, task_a.status, task_a.done_on) == (50, TaskStatus.IN_PROGRESS, None)
    actions.report_progress(
        filer_a, task_a, unit_a, text="全部完成", percent_done=100, reported_on=dt.date(2024, 10, 8)
    )
    task_a.refresh_from_db()
    # 100 % waits for the office's confirmation, then is done on the day the unit said.
    assert (task_a.status, task_a.done_on) == (TaskStatus.IN_PROGRESS, None)
    actions.confirm_done(reviewer, task_a, note="核对了制度文本")
    task_a.refresh_from_db()
    assert (task_a.status, task_a.done_on) == (TaskStatus.DONE, dt.date(2024, 10, 8))
    assert task_a.deadline_status(dt.date(2025, 1, 1)) == DeadlineStatus.ON_TIME
    assert list(PlanEvent.objects.filter(task=task_a).values_list("verb", flat=True).order_by("id")) == [
        "add_task",
        "report_progress",
        "report_progress",
        "confirm_done",
    ]


def test_co_unit_reports_without_moving_the_percentage(reviewer, plan, unit_a, unit_b, filer_b):
    shared = actions.add_task(
        reviewer,
        plan,
        number=3,
        title="联合任务",
        lead_unit=unit_a,
        co_units=[unit_b],
        deadline=dt.date(2024, 12, 31),
    )
    actions.report_progress(
        filer_b, shared, unit_b, text="配合完成", percent_done=100, reported_on=dt.date(2024, 6, 1)
    )
    shared.refresh_from_db()
    assert (shared.percent_done, shared.status) == (0, TaskStatus.NOT_STARTED)


def test_progress_refusals(task_a, task_b, filer_a, filer_b, unit_a, unit_b, evaluator):
    with pytest.raises(PermissionDenied):
        actions.report_progress(filer_b, task_a, unit_a, text="冒充", percent_done=10)
    with pytest.raises(ActionRefused) as refused:
        actions.report_progress(filer_b, task_a, unit_b, text="不相干的单位", percent_done=10)
    assert refused.value.message == "只有牵头单位和配合单位可以报送本任务进展。"
    with pytest.raises(ActionRefused) as refused:
        actions.report_progress(filer_a, task_a, unit_a, text="x", percent_done=101)
    assert refused.value.field == "percent_done"
    with pytest.raises(ActionRefused):
        actions.report_progress(filer_a, task_a, unit_a, text="  ", percent_done=10)
    actions.report_progress(
        filer_a, task_a, unit_a, text="过半", percent_done=60, reported_on=dt.date(2024, 6, 1)
    )
    with pytest.raises(ActionRefused) as refused:
        actions.report_progress(filer_a, task_a, unit_a, text="倒退", percent_done=30)
    assert refused.value.message == "进度不能倒退：该任务已报进度 60%。"
    with pytest.raises(PermissionDenied):
        actions.report_progress(evaluator, task_a, unit_a, text="评估人员", percent_done=70)
    assert KeyTask.objects.get(pk=task_a.pk).percent_done == 60


def test_overdue_flag_uses_the_working_day_calendar(task_a):
    # due Wednesday 2024-10-16; the National Day week is not "three working days before"
    assert task_a.deadline_status(dt.date(2024, 9, 30)) == DeadlineStatus.OPEN
    assert (
        task_a.deadline_status(dt.date(2024, 10, 12)) == DeadlineStatus.DUE_SOON
    )  # adjusted Saturday workday
    assert not task_a.is_overdue(dt.date(2024, 10, 16))
    assert task_a.is_overdue(dt.date(2024, 10, 17))


def test_plan_and_task_refusals(reviewer, office, plan, unit_a, unit_b, elsewhere, filer_a):
    with pytest.raises(ActionRefused) as refused:
        actions.create_plan(reviewer, office, year=2024, title="重复")
    assert refused.value.message == "本地区已有 2024 年度计划。"
    with pytest.raises(PermissionDenied):
        actions.create_plan(filer_a, office, year=2025, title="单位不能制定")
    with pytest.raises(ActionRefused) as refused:
        actions.add_task(
            reviewer, plan, number=9, title="越界", lead_unit=elsewhere, deadline=dt.date(2024, 5, 1)
        )
    assert refused.value.message == "重点任务只能分配给本地区的单位。"
    with pytest.raises(ActionRefused):
        actions.add_task(
            reviewer,
            plan,
            number=9,
            title="自配合",
            lead_unit=unit_a,
            co_units=[unit_a],
            deadline=dt.date(2024, 5, 1),
        )
    with pytest.raises(ActionRefused) as refused:
        actions.add_task(
            reviewer,
            plan,
            number=9,
            title="代码",
            lead_unit=unit_a,
            deadline=dt.date(2024, 5, 1),
            indicator_codes=["leadership.nonsense"],
        )
    assert refused.value.field == "indicator_codes"
    with pytest.raises(ActionRefused) as refused:
        actions.add_task(
            reviewer, plan, number=9, title="时限", lead_unit=unit_a, deadline=dt.date(2027, 1, 1)
        )
    assert refused.value.field == "deadline"
    with pytest.raises(PermissionDenied):
        actions.add_task(
            filer_a, plan, number=9, title="单位", lead_unit=unit_a, deadline=dt.date(2024, 5, 1)
        )
    assert not plan.tasks.exists()
