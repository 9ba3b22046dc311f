"""What the dashboards show, assembled from scoped queries (views stay thin).

Region-wide: the ranking within each group, the distribution of final
scores, the mean score over the years, and the indicators that moved most
since the year before. Per unit: its score and rank over the years, where it
lost points, and its own indicators that moved. Every number comes from the
user's scope: a unit's dashboard never shows another unit's score.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from fazhi.assessment.models import Assessment, AssessmentScheme, AssessmentStatus, ItemScore, UnitGroup
from fazhi.catalog import indicators as catalog
from fazhi.core.providers import Period
from fazhi.core.scoping import visible, visible_by_region
from fazhi.indicators.models import IndicatorValue
from fazhi.indicators.queries import preferred_values


@dataclass(frozen=True)
class Move:
    code: str
    name: str
    unit: str
    before: Decimal
    after: Decimal

    @property
    def change(self) -> Decimal:
        return self.after - self.before


def final_assessments(user, scheme=None):
    queryset = visible(
        Assessment.objects.filter(status=AssessmentStatus.FINAL).select_related("organisation", "scheme"),
        user,
    )
    return queryset.filter(scheme=scheme) if scheme is not None else queryset


def schemes_with_results(user):
    return visible_by_region(
        AssessmentScheme.objects.filter(assessments__status=AssessmentStatus.FINAL)
        .distinct()
        .order_by("-year", "name"),
        user,
    )


def _mean(values) -> Decimal:
    values = list(values)
    return (sum(values, Decimal(0)) / len(values)).quantize(Decimal("0.01")) if values else Decimal(0)


def indicator_moves(organisation_ids: list[int], codes: list[str], year: int, limit: int = 10) -> list[Move]:
    """Per code, the mean of the preferred values over ``organisation_ids`` this year and the year before."""
    now = preferred_values(organisation_ids, codes, Period.year(year))
    before = preferred_values(organisation_ids, codes, Period.year(year - 1))
    moves = []
    for code in codes:
        current = [row.value for (org, c), row in now.items() if c == code and (org, c) in before]
        previous = [row.value for (org, c), row in before.items() if c == code and (org, c) in now]
        if current:
            indicator = catalog.get(code)
            moves.append(
                Move(
                    code,
                    indicator.name if indicator else code,
                    indicator.unit if indicator else "",
                    _mean(previous),
                    _mean(current),
                )
            )
    moves.sort(key=lambda move: abs(move.change), reverse=True)
    return moves[:limit]


def scheme_codes(scheme) -> list[str]:
    return sorted({code for code in scheme.areas.values_list("items__indicator_code", flat=True) if code})


def region_summary(user, scheme) -> dict:
    assessments = list(final_assessments(user, scheme).order_by("group", "rank", "-total"))
    groups = {
        label: [a for a in assessments if a.group == code]
        for code, label in UnitGroup.choices
        if any(a.group == code for a in assessments)
    }
    trend = []
    for other in visible_by_region(
        AssessmentScheme.objects.filter(region_code=scheme.region_code, name=scheme.name).order_by("year"),
        user,
    ):
        totals = [a.total for a in final_assessments(user, other) if a.total is not None]
        if totals:
            trend.append((other.year, _mean(totals)))
    return {
        "groups": groups,
        "totals": [a.total for a in assessments if a.total is not None],
        "trend": trend,
        "moves": indicator_moves([a.organisation_id for a in assessments], scheme_codes(scheme), scheme.year),
    }


def unit_summary(user, organisation) -> dict:
    assessments = list(
        visible(
            Assessment.objects.filter(organisation=organisation, status=AssessmentStatus.FINAL)
            .select_related("scheme")
            .order_by("scheme__year", "id"),
            user,
        )
    )
    latest = assessments[-1] if assessments else None
    lost_by_area: dict[str, Decimal] = {}
    if latest is not None:
        for score in ItemScore.objects.filter(assessment=latest).select_related("item__area"):
            lost = score.item.max_points - (score.final_points or 0)
            lost_by_area[score.item.area.name] = lost_by_area.get(score.item.area.name, Decimal(0)) + lost
    codes = sorted(
        set(IndicatorValue.objects.filter(organisation=organisation).values_list("code", flat=True))
    )
    year = latest.scheme.year if latest else None
    return {
        "assessments": assessments,
        "latest": latest,
        "trend": [(a.scheme.year, a.total) for a in assessments],
        "lost_by_area": lost_by_area,
        "moves": indicator_moves([organisation.pk], codes, year) if year else [],
    }
