"""Indicator providers: decisions.catalog_items, decisions.procedures_complete_rate.

A catalogue belongs to a year; a period covers the catalogues of the years it
touches. Counts are for the decision organ and every body below it.
"""

from __future__ import annotations

from django.db.models import Count, Exists, OuterRef, Q

from fazhi.core.providers import Measurement, Period, rate, subtree_ids
from fazhi.decisions.models import IN_CATALOGUE, Decision, Procedure, ProcedureKind


def _items(organisation, period: Period):
    return Decision.objects.filter(
        catalogue__organisation_id__in=subtree_ids(organisation),
        catalogue__year__range=(period.start.year, period.end.year),
        status__in=IN_CATALOGUE,
    )


def catalog_items(organisation, period: Period) -> Measurement:
    n = _items(organisation, period).count()
    return Measurement(n, definition="重大行政决策事项目录最终事项数（调整后，不含合并、调出事项）")


def _has(kind: str):
    # A call for comment still waiting for its outcome is not a procedure performed yet.
    return Exists(Procedure.objects.filter(decision=OuterRef("pk"), kind=kind).exclude(outcome=""))


def procedures_complete_rate(organisation, period: Period) -> Measurement | None:
    complete = (
        (Q(requires_public_participation=False) | Q(has_public_participation=True))
        & (Q(requires_expert_argumentation=False) | Q(has_expert_argumentation=True))
        & (Q(requires_risk_assessment=False) | Q(has_risk_assessment=True))
        & Q(has_legality_review=True)
        & Q(has_collective_discussion=True)
    )
    counts = (
        _items(organisation, period)
        .annotate(
            has_public_participation=_has(ProcedureKind.PUBLIC_PARTICIPATION),
            has_expert_argumentation=_has(ProcedureKind.EXPERT_ARGUMENTATION),
            has_risk_assessment=_has(ProcedureKind.RISK_ASSESSMENT),
            has_legality_review=_has(ProcedureKind.LEGALITY_REVIEW),
            has_collective_discussion=_has(ProcedureKind.COLLECTIVE_DISCUSSION),
        )
        .aggregate(total=Count("pk"), complete=Count("pk", filter=complete))
    )
    return rate(counts["complete"], counts["total"], "法定程序全部履行的目录事项数 ÷ 目录事项数")


PROVIDERS = {
    "decisions.catalog_items": catalog_items,
    "decisions.procedures_complete_rate": procedures_complete_rate,
}
