"""The problem list's numbers for the indicators door (one aggregate query each).

A provider answers for ``organisation`` and every unit below it: the
government's value is the whole region's problem list.
"""

from __future__ import annotations

from django.db.models import Count, Q

from fazhi.core.providers import Measurement, Period, rate, subtree_ids
from fazhi.oversight.models import Problem, ProblemStatus


def problems_listed(organisation, period: Period) -> Measurement:
    n = Problem.objects.filter(
        organisation_id__in=subtree_ids(organisation), found_on__range=(period.start, period.end)
    ).count()
    return Measurement(n, definition="本期列入问题清单的问题条数（督察发现、自查及年度报告所列）")


def problems_rectified(organisation, period: Period) -> Measurement:
    n = Problem.objects.filter(
        organisation_id__in=subtree_ids(organisation),
        status=ProblemStatus.CLOSED,
        closed_on__range=(period.start, period.end),
    ).count()
    return Measurement(n, definition="本期经核验整改到位并销号的问题条数")


def rectification_rate(organisation, period: Period) -> Measurement | None:
    counts = Problem.objects.filter(
        organisation_id__in=subtree_ids(organisation),
        rectification_deadline__range=(period.start, period.end),
    ).aggregate(due=Count("pk"), done=Count("pk", filter=Q(status=ProblemStatus.CLOSED)))
    return rate(
        counts["done"], counts["due"], "整改期限在本期内的问题中已核验销号的条数÷整改期限在本期内的问题条数"
    )


PROVIDERS = {
    "leadership.problems_listed": problems_listed,
    "leadership.problems_rectified": problems_rectified,
    "leadership.rectification_rate": rectification_rate,
}
