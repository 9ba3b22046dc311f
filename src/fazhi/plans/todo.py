"""What waits in the year plan: key tasks due soon or overdue for their units, overdue ones for the office."""

from __future__ import annotations

from django.db.models import Count, Max, Min, Q
from django.urls import reverse
from django.utils.translation import gettext as _

from fazhi.core.deadlines import DeadlineStatus, local_today
from fazhi.core.scoping import Person, Purpose, visible
from fazhi.core.worklist import WorkItem, batched, own_units, tally
from fazhi.plans import rules
from fazhi.plans.models import KeyTask, TaskStatus

# A task is visible to its lead unit and to each co-responsible unit (as in views.py).


def _tasks_url(first_plan: int | None, last_plan: int | None, status: str = "") -> str:
    """The plan's task list when all the tasks are of one plan, else the list of plans."""
    if first_plan is None or first_plan != last_plan:
        return reverse("plans:index")
    url = reverse("plans:plan_detail", args=[first_plan])
    return f"{url}?status={status}" if status else url


@batched
def work_for(user: Person):
    today = local_today()
    items = []

    # The office: every overdue task of its region (the plan page's own "overdue" filter).
    overdue = tally(
        visible(KeyTask.objects.all(), user, Purpose.REVIEW)
        .filter(deadline__lt=today)
        .exclude(status=TaskStatus.DONE),
        n=Count("pk"),
        since=Min("deadline"),
        first_plan=Min("plan_id"),
        last_plan=Max("plan_id"),
    )
    # The office: tasks whose lead unit reported 100 %, waiting for its confirmation.
    to_confirm = tally(
        visible(KeyTask.objects.all(), user, Purpose.REVIEW)
        .filter(percent_done=100)
        .exclude(status=TaskStatus.DONE),
        n=Count("pk"),
        first_plan=Min("plan_id"),
        last_plan=Max("plan_id"),
    )
    # One round of the work list's batched read (core.worklist): the home page's budget is shared.
    overdue, to_confirm = yield [overdue, to_confirm]
    items.append(
        WorkItem(
            _("Key tasks overdue in the region"),
            overdue["n"],
            _tasks_url(overdue["first_plan"], overdue["last_plan"], "overdue"),
            overdue=overdue["n"],
            due_on=overdue["since"],
        )
    )

    items.append(
        WorkItem(
            _("Key tasks reported done, awaiting your confirmation"),
            to_confirm["n"],
            _tasks_url(to_confirm["first_plan"], to_confirm["last_plan"], "to_confirm"),
        )
    )

    units = own_units(user, Purpose.EDIT)
    if units:
        # Only tasks whose deadline could be near: nothing on or after this day is due soon.
        horizon = rules.due_horizon(today)
        ours = Q(lead_unit_id__in=units) | Q(co_units__in=units)
        tasks = (
            visible(KeyTask.objects.all(), user, Purpose.EDIT)
            .filter(pk__in=KeyTask.objects.filter(ours).values("pk"))
            .filter(deadline__lt=horizon)
            .exclude(status=TaskStatus.DONE)
            # Reported 100 %: the unit's part is done; the office's confirmation is awaited.
            .exclude(percent_done=100)
            .select_related("plan")
            .only("deadline", "done_on", "plan__year")
        )
        pressing = [(task, task.deadline_status(today)) for task in tasks]
        pressing = [
            (task, status)
            for task, status in pressing
            if status in (DeadlineStatus.OVERDUE, DeadlineStatus.DUE_SOON)
        ]
        plans = [task.plan_id for task, _status in pressing]
        items.append(
            WorkItem(
                _("Key tasks due soon or overdue"),
                len(pressing),
                _tasks_url(min(plans, default=None), max(plans, default=None), "due"),
                overdue=sum(status == DeadlineStatus.OVERDUE for _task, status in pressing),
                due_on=min((task.deadline for task, _status in pressing), default=None),
            )
        )
    return items
