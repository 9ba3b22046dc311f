"""The work list's batched pass (core.worklist): the reads of every app in one query a round."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.db.models import Count, Max, Min, Q
from django.test.utils import CaptureQueriesContext

from fazhi.core import worklist
from fazhi.core.worklist import WorkItem, batched, counted, tally
from fazhi.oversight.models import Problem

pytestmark = pytest.mark.django_db


def _problem(unit, n: int, deadline: dt.date, status: str = "open") -> Problem:
    return Problem.objects.create(
        organisation=unit,
        source="other",
        description=f"问题{n}",
        severity="general",
        found_on=dt.date(2024, 5, 2),
        rectification_deadline=deadline,
        status=status,
    )


def test_tallies_answer_what_aggregate_and_count_answer(unit_a, unit_b):
    for n, day in enumerate((3, 9, 20)):
        _problem(unit_a, n, dt.date(2024, 6, day))
    _problem(unit_b, 9, dt.date(2024, 7, 1), status="closed")
    problems = Problem.objects.all()
    aggregates = {
        "n": Count("pk"),
        "late": Count("pk", filter=Q(rectification_deadline__lt=dt.date(2024, 6, 10))),
        "first": Min("rectification_deadline"),
        "last": Max("rectification_deadline", filter=Q(status="open")),
    }
    reads = [
        tally(problems, **aggregates),
        counted(problems.filter(organisation=unit_b)),
        counted(problems.none()),
        tally(problems.filter(description="无"), n=Count("pk"), first=Min("rectification_deadline")),
        counted(problems.values("organisation").annotate(n=Count("pk")).filter(n__gt=1)),
    ]
    with CaptureQueriesContext(connection) as queries:
        worklist.answer(reads)
    assert len(queries) == 1
    assert reads[0].result() == problems.aggregate(**aggregates)
    assert reads[0].result()["first"] == dt.date(2024, 6, 3)  # a date, as aggregate() gives it
    assert [r.result() for r in reads[1:3]] == [1, 0]
    assert reads[3].result() == {"n": 0, "first": None}
    assert reads[4].result() == 1


def test_every_provider_s_reads_go_in_one_query(monkeypatch, filer_a, unit_a):
    _problem(unit_a, 1, dt.date(2024, 6, 3))

    @batched
    def late(user):
        found = yield tally(Problem.objects.all(), n=Count("pk"), due=Min("rectification_deadline"))
        return [WorkItem("late", found["n"], "/a/", overdue=found["n"], due_on=found["due"])]

    @batched
    def two_rounds(user):
        first, second = yield [counted(Problem.objects.all()), counted(Problem.objects.none())]
        third = yield counted(Problem.objects.filter(pk__lt=0))
        return [WorkItem("rounds", first + second + third, "/b/")]

    def plain(user):
        return [WorkItem("plain", 1, "/c/")]

    modules = [type("M", (), {"work_for": staticmethod(f)}) for f in (late, two_rounds, plain)]
    monkeypatch.setattr(worklist, "todo_modules", lambda: modules)
    with CaptureQueriesContext(connection) as queries:
        items = worklist.work_for(filer_a)
    assert len(queries) == 2  # two rounds, whatever the number of providers
    assert [(i.label, i.count) for i in items] == [("late", 1), ("rounds", 1), ("plain", 1)]
    # Called directly (not by the pass), a batched provider answers its list.
    assert late(filer_a) == [WorkItem("late", 1, "/a/", overdue=1, due_on=dt.date(2024, 6, 3))]
