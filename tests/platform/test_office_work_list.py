"""The office's work list counts what it acts on through indexes (issue 18 §3), and counts it right.

A provincial reviewer's home took 1.2 s: its work list read every problem, task and counsel
engagement of the province. The counts now start from the rows the office acts on (the submitted
and the overdue problems, the overdue tasks through their lead or co-responsible units, the
engagements ending soon with no later one). Here every rule is also applied in Python to every
row, and both must agree, for a mix of rows that each rule keeps and drops, at two sizes, with
the same number of queries.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.translation import gettext as _

from fazhi.core.deadlines import local_today
from fazhi.core.worklist import work_for
from fazhi.counsel.models import Engagement
from fazhi.org.models import Organisation
from fazhi.oversight.models import Problem, ProblemStatus
from fazhi.plans.models import KeyTask, TaskStatus, YearPlan

pytestmark = pytest.mark.django_db

REGION = "330521"
ELSEWHERE = "330522"  # 长兴县: not the reviewer's region


def _unit(name: str, region: str, government) -> Organisation:
    return Organisation.objects.create(
        name=name, kind="department", region_code=region, parent=government if region == REGION else None
    )


def _build(size: int, government, office) -> None:
    today = local_today()
    days = dt.timedelta
    plan = YearPlan.objects.create(organisation=office, region_code=REGION, year=1800 + size, title="要点")
    for n in range(size):
        for region in (REGION, ELSEWHERE):
            unit = _unit(f"单位{size}-{n}-{region}", region, government)
            partner = _unit(f"协办{size}-{n}-{region}", region, government)
            for i, status in enumerate(ProblemStatus.values):
                for offset in (-3, 4):  # past its deadline, and not yet
                    Problem.objects.create(
                        organisation=unit,
                        source="other",
                        description=f"问题{n}-{i}",
                        severity="general",
                        found_on=today - days(30),
                        rectification_deadline=today + days(offset - n % 3),
                        status=status,
                    )
            for i, (status, offset, percent) in enumerate(
                [
                    (TaskStatus.IN_PROGRESS, -2, 50),
                    (TaskStatus.NOT_STARTED, -40, 0),
                    (TaskStatus.DONE, -5, 100),
                    (TaskStatus.IN_PROGRESS, 9, 100),
                    (TaskStatus.IN_PROGRESS, 20, 10),
                ]
            ):
                task = KeyTask.objects.create(
                    plan=plan,
                    number=100_000 * size + 10 * n + i + (0 if region == REGION else 5),
                    title=f"任务{n}-{i}",
                    lead_unit=unit if i % 2 else partner,
                    deadline=today + days(offset),
                    status=status,
                    percent_done=percent,
                )
                task.co_units.add(partner if i % 2 else unit)  # a task seen by two units counts once
            # Ending soon with no later one, twice on the same last day (both warned); one ended
            # early later on (no successor); another kind replaced by a later one; another unit's
            # engagement further off (not a successor of the first unit's).
            for owner, kind, ends, status in [
                (unit, "counsel", 10, "active"),
                (unit, "counsel", 10, "active"),
                (unit, "counsel", 200, "ended"),
                (partner, "public_lawyer", 5, "active"),
                (partner, "public_lawyer", 300, "active"),
                (partner, "counsel", 90, "active"),
            ]:
                Engagement.objects.create(
                    organisation=owner,
                    kind=kind,
                    provider_type="firm",
                    provider_name=f"律所{n}-{kind}-{ends}-{owner.pk}",
                    starts_on=today - days(700),
                    ends_on=today + days(ends + n % 2 * 15),
                    status=status,
                )


def _expected(today: dt.date) -> dict:
    """Every rule applied in Python to every row of the reviewer's region."""
    ours = set(Organisation.objects.filter(region_code=REGION).values_list("pk", flat=True))
    problems = [p for p in Problem.objects.all() if p.organisation_id in ours]
    overdue = [p for p in problems if p.status != ProblemStatus.CLOSED and p.rectification_deadline < today]
    tasks = [
        t
        for t in KeyTask.objects.prefetch_related("co_units")
        if t.lead_unit_id in ours or any(u.pk in ours for u in t.co_units.all())
    ]
    late_tasks = [t for t in tasks if t.deadline < today and t.status != TaskStatus.DONE]
    engagements = list(Engagement.objects.all())
    ending = [
        e
        for e in engagements
        if e.organisation_id in ours
        and e.status == "active"
        and today <= e.ends_on <= today + dt.timedelta(days=30)
        and not any(
            o.organisation_id == e.organisation_id
            and o.kind == e.kind
            and o.status == "active"
            and o.ends_on > e.ends_on
            for o in engagements
        )
    ]
    return {
        _("Rectifications awaiting verification"): (
            sum(p.status == ProblemStatus.SUBMITTED for p in problems),
            0,
            None,
        ),
        _("Problems overdue for rectification in the region"): (
            len(overdue),
            len(overdue),
            min(p.rectification_deadline for p in overdue),
        ),
        _("Key tasks overdue in the region"): (
            len(late_tasks),
            len(late_tasks),
            min(t.deadline for t in late_tasks),
        ),
        _("Key tasks reported done, awaiting your confirmation"): (
            sum(t.percent_done == 100 and t.status != TaskStatus.DONE for t in tasks),
            0,
            None,
        ),
        _("Counsel engagements in the region ending soon"): (
            len(ending),
            0,
            min(e.ends_on for e in ending),
        ),
    }


def _office_list(client) -> tuple[dict, int]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/")
    assert response.status_code == 200
    items = {item.label: (item.count, item.overdue, item.due_on) for item in response.context["work"]}
    return items, len(queries)


def test_the_office_s_work_list_counts_what_every_row_says_at_two_sizes(client, reviewer, government, office):
    client.force_login(reviewer)
    sizes = []
    for size in (2, 6):
        _build(size, government, office)
        client.get("/")
        items, queries = _office_list(client)
        expected = _expected(local_today())
        assert all(count for count, _overdue, _due in expected.values())  # every rule finds rows
        assert {label: items.get(label) for label in expected} == expected
        sizes.append(queries)
    assert sizes[0] == sizes[1] <= 15, sizes


def test_a_task_seen_through_a_co_responsible_unit_counts_once_and_only_in_reach(
    reviewer, government, office
):
    _build(2, government, office)
    today = local_today()
    elsewhere = Organisation.objects.filter(region_code=ELSEWHERE).first()
    # A task led elsewhere with one of our units co-responsible is ours too; one with none is not.
    plan = YearPlan.objects.get()
    ours = KeyTask.objects.create(
        plan=plan, number=1, title="跨区任务", lead_unit=elsewhere, deadline=today - dt.timedelta(days=1)
    )
    ours.co_units.add(Organisation.objects.filter(region_code=REGION).exclude(pk=office.pk).last())
    KeyTask.objects.create(
        plan=plan, number=2, title="外区任务", lead_unit=elsewhere, deadline=today - dt.timedelta(days=1)
    )
    items = {item.label: item.count for item in work_for(reviewer)}
    assert (
        items[_("Key tasks overdue in the region")]
        == _expected(today)[_("Key tasks overdue in the region")][0]
    )
