"""Shared questions about the problem list: counts and filters (on scoped querysets)."""

from __future__ import annotations

import datetime as dt

from django.db.models import Count, Q, QuerySet

from fazhi.core.deadlines import local_today
from fazhi.oversight.models import ProblemStatus


def overdue_q(today: dt.date) -> Q:
    return ~Q(status=ProblemStatus.CLOSED) & Q(rectification_deadline__lt=today)


def problem_counts(problems: QuerySet, today: dt.date | None = None) -> dict:
    """Listed, closed, still open and overdue, in one aggregate query."""
    today = today or local_today()
    return problems.aggregate(
        listed=Count("pk"),
        closed=Count("pk", filter=Q(status=ProblemStatus.CLOSED)),
        open=Count("pk", filter=~Q(status=ProblemStatus.CLOSED)),
        overdue=Count("pk", filter=overdue_q(today)),
    )


def filter_problems(
    problems: QuerySet,
    *,
    q: str = "",
    status: str = "",
    source: str = "",
    severity: str = "",
    today: dt.date | None = None,
) -> QuerySet:
    today = today or local_today()
    if q:
        problems = problems.filter(Q(description__contains=q) | Q(organisation__name__contains=q))
    if status == "open_any":
        problems = problems.exclude(status=ProblemStatus.CLOSED)
    elif status == "overdue":
        problems = problems.filter(overdue_q(today))
    elif status:
        problems = problems.filter(status=status)
    if source:
        problems = problems.filter(source=source)
    if severity:
        problems = problems.filter(severity=severity)
    return problems
