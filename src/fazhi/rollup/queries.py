"""The regional roll-up (汇总): a province's or a city's office sees its sub-regions side by side.

For a region it gives one line per child region (a province's cities, a city's
counties, each with the region's own-level organs as a line of their own) and,
in a county, one line per unit: how many units, the annual-report filing
coverage of the year, the open and overdue problems, the normative-document
filing (报备) figures and the assessment results. Each figure is one grouped
query over the whole region (``visible(...)``, the office's REVIEW reach, which
covers every region below its own), so a page makes the same few queries for
two units or two thousand. The roll-up reads cycle apps' tables and, for the
duty apps' numbers, indicator values only (the import-linter contract).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Avg, Count, F, Max, Q, Sum
from django.db.models.functions import Substr

from fazhi.assessment.models import Assessment, AssessmentStatus
from fazhi.catalog import regions
from fazhi.core.scoping import Purpose, scope_of, visible, visible_by_region
from fazhi.filings.models import AnnualReportFiling, FilingSeason
from fazhi.indicators.models import IndicatorValue
from fazhi.oversight.models import Problem
from fazhi.oversight.queries import overdue_q

NORMDOCS_FILING = "rules.normdocs_filing_rate"  # numerator: documents filed; denominator: documents due


def level_of(region_code: str) -> str:
    """province, city or county, by the code's shape (the catalog's six digits)."""
    if region_code.endswith("0000"):
        return "province"
    if region_code.endswith("00"):
        return "city"
    return "county"


def prefix_of(region_code: str) -> str:
    """What every region code under ``region_code`` starts with."""
    return {"province": region_code[:2], "city": region_code[:4], "county": region_code}[
        level_of(region_code)
    ]


def _key(path: str, region_code: str):
    """The expression grouping rows by the line they fall on (``path`` leads to a region code)."""
    level = level_of(region_code)
    if level == "province":
        return Substr(path, 1, 4)
    if level == "city":
        return F(path)
    return F(path.replace("region_code", "id"))


def _line_key(region: regions.Region, parent: str) -> str:
    return region.code[:4] if level_of(parent) == "province" else region.code


@dataclass
class Line:
    """One child region (or unit) of the roll-up, with its figures."""

    key: str
    name: str
    region_code: str = ""  # a child region to drill into; empty for a unit or the own level
    organisation_id: int | None = None
    units: int = 0
    required: int = 0
    filed: int = 0
    open_problems: int = 0
    overdue_problems: int = 0
    normdocs_filed: Decimal | None = None
    normdocs_due: Decimal | None = None
    assessed: int = 0
    average_score: Decimal | None = None

    @property
    def coverage(self) -> Decimal | None:
        return (
            None if not self.required else Decimal(100 * self.filed / self.required).quantize(Decimal("0.1"))
        )

    @property
    def normdocs_rate(self) -> Decimal | None:
        if not self.normdocs_due:
            return None
        return (100 * self.normdocs_filed / self.normdocs_due).quantize(Decimal("0.1"))


def child_lines(region_code: str, own_level: str) -> list[Line]:
    """The lines of a province's or city's roll-up: each child region, then the region's own level."""
    lines = [
        Line(_line_key(child, region_code), child.name, region_code=child.code)
        for child in sorted(regions.children(region_code), key=lambda r: r.code)
    ]
    own = region_code[:4] if level_of(region_code) == "province" else region_code
    return [*lines, Line(own, own_level)]


def unit_lines(user, region_code: str):
    """The units of a county, as the office may see them, ordered as the organisation list is."""
    return (
        scope_of(user)
        .organisations(Purpose.REVIEW)
        .filter(region_code=region_code, is_active=True)
        .order_by("sort_order", "pk")
    )


def latest_year(user, region_code: str) -> int | None:
    """The latest year of a filing season within the region, the roll-up's default year."""
    seasons = visible_by_region(FilingSeason.objects.all(), user, Purpose.REVIEW)
    return seasons.filter(region_code__startswith=prefix_of(region_code)).aggregate(year=Max("year"))["year"]


def fill(lines: list[Line], user, region_code: str, year: int, today: dt.date) -> list[Line]:
    """Set every figure of ``lines`` from one grouped query per figure."""
    by_key = {line.key: line for line in lines}
    within = Q(organisation__region_code__startswith=prefix_of(region_code))
    if level_of(region_code) == "county":
        within &= Q(organisation_id__in=[line.organisation_id for line in lines])

    def grouped(queryset, path: str, **aggregates):
        key = _key(path, region_code)
        for row in queryset.order_by().annotate(line=key).values("line").annotate(**aggregates):
            line = by_key.get(str(row.pop("line")))
            if line is not None:
                for name, value in row.items():
                    setattr(line, name, value)

    organisations = scope_of(user).organisations(Purpose.REVIEW).filter(is_active=True)
    grouped(
        organisations.filter(
            Q(pk__in=[line.organisation_id for line in lines])
            if level_of(region_code) == "county"
            else Q(region_code__startswith=prefix_of(region_code))
        ),
        "region_code",
        units=Count("pk"),
    )
    grouped(
        visible(
            FilingSeason.required_organisations.through.objects.filter(filingseason__year=year),
            user,
            Purpose.REVIEW,
        ).filter(within),
        "organisation__region_code",
        required=Count("pk"),
    )
    grouped(
        visible(
            AnnualReportFiling.objects.filter(season__year=year, current_version__isnull=False),
            user,
            Purpose.REVIEW,
        ).filter(within),
        "organisation__region_code",
        filed=Count("pk"),
    )
    grouped(
        visible(Problem.objects.all(), user, Purpose.REVIEW).filter(within),
        "organisation__region_code",
        open_problems=Count("pk", filter=~Q(status="closed")),
        overdue_problems=Count("pk", filter=overdue_q(today)),
    )
    grouped(
        visible(
            IndicatorValue.objects.filter(code=NORMDOCS_FILING, period_start__year=year, source="computed"),
            user,
            Purpose.REVIEW,
        ).filter(within),
        "organisation__region_code",
        normdocs_filed=Sum("numerator"),
        normdocs_due=Sum("denominator"),
    )
    grouped(
        visible(
            Assessment.objects.filter(scheme__year=year, status=AssessmentStatus.FINAL),
            user,
            Purpose.REVIEW,
        ).filter(within),
        "organisation__region_code",
        assessed=Count("pk"),
        average_score=Avg("total"),
    )
    return lines
