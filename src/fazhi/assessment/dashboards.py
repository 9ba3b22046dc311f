"""What the dashboards show, assembled from scoped queries (views stay thin).

Region-wide: the ranking within each group, the distribution of final
scores, the mean score over the years (as a share of each year's full marks,
the schemes linked by copying), and the indicators that moved most
since the year before. Per unit: its score and rank over the years, where it
lost points, and its own indicators that moved. Every number comes from the
user's scope: a unit's dashboard never shows another unit's score.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Avg

from fazhi.assessment.models import (
    Assessment,
    AssessmentScheme,
    AssessmentStatus,
    ItemScore,
    ScoredItem,
    UnitGroup,
)
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


def scheme_max_totals(scheme_ids) -> dict[int, Decimal]:
    """Each scheme's full marks (items' maximum points, each area capped), in one query."""
    areas: dict[tuple[int, int], list] = {}
    rows = ScoredItem.objects.filter(area__scheme_id__in=list(scheme_ids)).values_list(
        "area__scheme_id", "area_id", "area__cap", "max_points"
    )
    for scheme_id, area_id, cap, points in rows:
        entry = areas.setdefault((scheme_id, area_id), [cap, Decimal(0)])
        entry[1] += points
    totals: dict[int, Decimal] = dict.fromkeys(scheme_ids, Decimal(0))
    for (scheme_id, _area), (cap, points) in areas.items():
        totals[scheme_id] += points if cap is None else min(points, cap)
    return totals


def share(points, full_marks) -> Decimal | None:
    """``points`` as a percentage of ``full_marks``: schemes of 98 and 100 points compared on one axis."""
    if points is None or not full_marks:
        return None
    return (Decimal(points) * 100 / Decimal(full_marks)).quantize(Decimal("0.01"))


def lineage(scheme, schemes) -> list:
    """The schemes of ``schemes`` linked to ``scheme`` by copying (``based_on``), oldest year first.

    A scheme copied from last year's and renamed is still the same series: the
    trend follows the copy's link (the scheme's id), not its name.
    """
    by_id = {s.pk: s for s in schemes}
    neighbours: dict[int, set[int]] = {pk: set() for pk in by_id}
    for s in schemes:
        if s.based_on_id in by_id:
            neighbours[s.pk].add(s.based_on_id)
            neighbours[s.based_on_id].add(s.pk)
    seen, todo = {scheme.pk}, [scheme.pk]
    while todo:
        for other in neighbours.get(todo.pop(), ()):
            if other not in seen:
                seen.add(other)
                todo.append(other)
    return sorted((by_id[pk] for pk in seen if pk in by_id), key=lambda s: (s.year, s.pk))


@dataclass(frozen=True)
class TrendPoint:
    year: int
    scheme: str
    mean: Decimal
    full_marks: Decimal

    @property
    def share(self) -> Decimal | None:
        return share(self.mean, self.full_marks)


def region_summary(user, scheme) -> dict:
    assessments = list(final_assessments(user, scheme).order_by("group", "rank", "-total"))
    groups = {
        label: [a for a in assessments if a.group == code]
        for code, label in UnitGroup.choices
        if any(a.group == code for a in assessments)
    }
    series = lineage(
        scheme,
        list(
            visible_by_region(
                AssessmentScheme.objects.filter(region_code=scheme.region_code).only(
                    "pk", "year", "name", "based_on_id", "region_code"
                ),
                user,
            )
        ),
    )
    means = {
        row["scheme_id"]: row["mean"]
        for row in final_assessments(user)
        .filter(scheme__in=[s.pk for s in series], total__isnull=False)
        .order_by()
        .values("scheme_id")
        .annotate(mean=Avg("total"))
    }
    full_marks = scheme_max_totals([s.pk for s in series] + [scheme.pk])
    trend = [
        TrendPoint(s.year, s.name, Decimal(means[s.pk]).quantize(Decimal("0.01")), full_marks[s.pk])
        for s in series
        if s.pk in means
    ]
    return {
        "groups": groups,
        "totals": [a.total for a in assessments if a.total is not None],
        "trend": trend,
        "full_marks": full_marks[scheme.pk],
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
    full_marks = scheme_max_totals([a.scheme_id for a in assessments])
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
    for assessment in assessments:
        assessment.full_marks = full_marks[assessment.scheme_id]
        assessment.share = share(assessment.total, assessment.full_marks)
    return {
        "assessments": assessments,
        "latest": latest,
        "trend": [(a.scheme.year, a.share) for a in assessments if a.share is not None],
        "lost_by_area": lost_by_area,
        "moves": indicator_moves([organisation.pk], codes, year) if year else [],
    }
