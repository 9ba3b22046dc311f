"""The read side of reconsideration: who sees which case, and the correction rates.

Cases carry applicants' personal data: a page listing them needs EDIT on the
respondent (its own filers and leaders, the office of its region). Evaluators,
who READ the region, get the counts of ``case_counts`` and nothing per person.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet

from fazhi.core.scoping import Purpose, get_visible_or_404, visible
from fazhi.disputes.models import (
    DIRECT_CORRECTIONS,
    MERITS_DECISIONS,
    SELF_CORRECTIONS,
    CaseStatus,
    ReconsiderationCase,
)

CASE_PURPOSE = Purpose.EDIT


def cases_for(user, queryset: QuerySet | None = None) -> QuerySet:
    """The cases ``user`` may open: the respondent's own people and the region's office."""
    queryset = ReconsiderationCase.objects.all() if queryset is None else queryset
    return visible(queryset, user, CASE_PURPOSE)


def case_or_404(user, pk: int) -> ReconsiderationCase:
    return get_visible_or_404(
        ReconsiderationCase.objects.select_related("respondent", "office"), user, CASE_PURPOSE, pk=pk
    )


def counted_cases_for(user) -> QuerySet:
    """Cases whose counts ``user`` may see (READ: evaluators too); never rows to show."""
    return visible(ReconsiderationCase.objects.all(), user, Purpose.READ)


@dataclass(frozen=True)
class Rate:
    numerator: int
    denominator: int

    @property
    def percent(self) -> float | None:
        if not self.denominator:
            return None
        return round(100 * self.numerator / self.denominator, 2)


@dataclass(frozen=True)
class CorrectionRates:
    direct: Rate
    broad: Rate


def correction_rates(cases: QuerySet) -> CorrectionRates:
    """Both correction rates over the closed ``cases`` (docs/disputes.md gives the formulas).

    direct = 变更 + 撤销 + 确认违法 + 确认无效 + 责令履行 ÷ cases closed by a merits decision;
    broad  = (those + 撤回 after self-correction + 调解 + 和解) ÷ (merits decisions + those three).
    """
    counts = cases.filter(status=CaseStatus.CLOSED).aggregate(
        direct=Count("pk", filter=Q(outcome__in=sorted(DIRECT_CORRECTIONS))),
        merits=Count("pk", filter=Q(outcome__in=sorted(MERITS_DECISIONS))),
        self_corrected=Count("pk", filter=Q(outcome__in=sorted(SELF_CORRECTIONS))),
    )
    return CorrectionRates(
        direct=Rate(counts["direct"], counts["merits"]),
        broad=Rate(counts["direct"] + counts["self_corrected"], counts["merits"] + counts["self_corrected"]),
    )


def case_counts(cases: QuerySet) -> dict:
    """Counts by status and outcome, no row: what an evaluator may see."""
    by_status = dict(cases.values_list("status").annotate(n=Count("pk")).order_by())
    by_outcome = dict(
        cases.filter(status=CaseStatus.CLOSED).values_list("outcome").annotate(n=Count("pk")).order_by()
    )
    return {"by_status": by_status, "by_outcome": by_outcome, "total": sum(by_status.values())}
