"""The read side shared by the work list and the reminders: results waiting for publication."""

from __future__ import annotations

import datetime as dt

from django.db.models import Count, QuerySet

from fazhi.inspections import rules
from fazhi.inspections.models import DrawStatus


def unpublished_results(tasks: QuerySet) -> QuerySet:
    return tasks.filter(draw__status=DrawStatus.DRAWN, published_on=None).exclude(outcome="")


def unrecorded_tasks(tasks: QuerySet) -> QuerySet:
    return tasks.filter(draw__status=DrawStatus.DRAWN, outcome="")


def publication_groups(tasks: QuerySet) -> list[tuple[int, dt.date, int]]:
    """(draw id, publication due date, results) of the unpublished results, one row per draw and
    inspection date: the working-day deadline is computed once per date, never per task."""
    rows = (
        unpublished_results(tasks)
        .values("draw_id", "inspected_on")
        .annotate(count=Count("pk"))
        .order_by("draw_id", "inspected_on")
    )
    due: dict[dt.date, dt.date] = {}
    out = []
    for row in rows:
        day = row["inspected_on"]
        if day not in due:
            due[day] = rules.publication_due(day)
        out.append((row["draw_id"], due[day], row["count"]))
    return out
