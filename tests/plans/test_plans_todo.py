"""The year plan's part of the work list (plans/todo.py)."""

from __future__ import annotations

import datetime as dt

from fazhi.core.deadlines import local_today
from fazhi.core.worklist import work_for
from fazhi.plans import actions

LABELS = {"本地区逾期的重点任务", "即将到期或逾期的重点任务"}


def items(user) -> dict:
    return {item.label: item for item in work_for(user) if item.label in LABELS}


def test_overdue_tasks_wait_for_their_units_and_show_to_the_office(
    task_a, task_b, plan, filer_a, filer_b, reviewer, evaluator
):
    # The 2024 plan's deadlines have passed.
    mine = items(filer_a)["即将到期或逾期的重点任务"]
    assert (mine.count, mine.overdue, mine.due_on) == (1, 1, task_a.deadline)
    assert mine.url == f"/plans/{plan.pk}/?status=due"
    assert (
        items(filer_b)["即将到期或逾期的重点任务"].count,
        items(filer_b)["即将到期或逾期的重点任务"].due_on,
    ) == (1, task_b.deadline)
    region = items(reviewer)["本地区逾期的重点任务"]
    assert (region.count, region.overdue, region.url) == (2, 2, f"/plans/{plan.pk}/?status=overdue")
    assert set(items(reviewer)) == {"本地区逾期的重点任务"}
    assert items(evaluator) == {}


def test_a_co_responsible_unit_is_told_and_done_tasks_leave(
    plan, task_a, reviewer, filer_a, filer_b, unit_a, unit_b
):
    shared = actions.add_task(
        reviewer,
        plan,
        number=3,
        title="联合开展执法检查",
        lead_unit=unit_b,
        co_units=[unit_a],
        deadline=dt.date(2024, 11, 29),
    )
    assert items(filer_a)["即将到期或逾期的重点任务"].count == 2
    actions.report_progress(
        filer_a, task_a, unit_a, text="已完成", percent_done=100, reported_on=dt.date(2024, 10, 10)
    )
    assert items(filer_a)["即将到期或逾期的重点任务"].count == 1
    # The lead unit finishing it takes it off both lists.
    actions.report_progress(
        filer_b, shared, unit_b, text="已完成", percent_done=100, reported_on=dt.date(2024, 11, 1)
    )
    assert items(filer_a) == {} and items(filer_b) == {}


def test_a_task_due_within_three_working_days_is_due_soon_not_overdue(
    task_a, reviewer, office, unit_a, filer_a
):
    today = local_today()
    this_year = actions.create_plan(reviewer, office, year=today.year, title="本年度工作要点")
    actions.add_task(reviewer, this_year, number=1, title="年底前完成", lead_unit=unit_a, deadline=today)
    actions.add_task(
        reviewer,
        this_year,
        number=2,
        title="明年完成",
        lead_unit=unit_a,
        deadline=dt.date(today.year + 1, 12, 31),
    )
    mine = items(filer_a)["即将到期或逾期的重点任务"]
    # The 2024 task (overdue) and today's (due soon); next year's is far off.
    assert (mine.count, mine.overdue) == (2, 1)
    assert mine.url == "/plans/"  # two plans: the list of plans
