"""The year's headline figures of a region: the numbers the portal's year page and the
``headline-figures`` dataset publish, the same values in both.

A region's figure for an indicator is, in this order:

1. the value the people's government of the region holds itself (its annual report's
   figure, or one the office entered or imported for the whole region), if any;
2. otherwise the total over the region's units: a count is the sum of the units'
   values; a rate is the sum of their numerators over the sum of their denominators,
   and only when every unit's value gives both (a mean of rates would weigh a unit
   with 3 cases like one with 300).

Each unit's value is the one the cycle reads (``indicators.queries.preferred_values``),
so the portal never publishes a number the assessment would not use.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from fazhi.catalog import indicators as catalog
from fazhi.core.providers import Period
from fazhi.indicators.models import IndicatorValue
from fazhi.indicators.queries import preferred_values
from fazhi.org.models import Organisation, OrganisationKind

# The documented headline set: per area of the framework (the outline's working parts,
# catalog area codes), the figures the assessment's default scheme reads and the
# statistics other systems report (docs/portal.md lists why each is here). An area with
# no code in the catalog (emergency, digital) has no headline figure yet.
HEADLINE_CODES: dict[str, tuple[str, ...]] = {
    "leadership": ("leadership.pre_meeting_study_sessions", "leadership.rectification_rate"),
    "functions": ("functions.online_service_rate",),
    "rules": ("rules.normdocs_filing_rate", "rules.normdocs_filing_timely_rate"),
    "decisions": ("decisions.procedures_complete_rate",),
    "enforcement": (
        "enforcement.random_plan_completion_rate",
        "enforcement.random_result_publicity_rate",
    ),
    "disputes": ("disputes.head_appearance_rate", "disputes.litigation_losses"),
    "oversight": (
        "oversight.npc_suggestions",
        "oversight.cppcc_proposals",
        "oversight.audit_projects",
        "oversight.proactive_disclosures",
        "oversight.hotline_requests",
        "oversight.hotline_ontime_rate",
    ),
    "education": ("education.activities",),
}

# The definition (统计口径) the portal prints when the values themselves carry none; the
# catalog's definitions are in English, for developers.
DEFINITIONS = {
    "leadership.pre_meeting_study_sessions": "政府常务会议（部门办公会议）会前学法的次数",
    "leadership.rectification_rate": "已完成整改并经核验的问题数 ÷ 本期应完成整改的问题数",
    "functions.online_service_rate": "可网上办理的政务服务事项数 ÷ 政务服务事项总数",
    "rules.normdocs_filing_rate": "已报送备案的规范性文件数 ÷ 应报送备案的规范性文件数",
    "rules.normdocs_filing_timely_rate": "印发后30日内报送备案的件数 ÷ 报送备案件数",
    "decisions.procedures_complete_rate": "法定程序全部履行的重大行政决策数 ÷ 作出的重大行政决策数",
    "enforcement.random_plan_completion_rate": "已完成的双随机抽查任务数 ÷ 年度计划抽查任务数",
    "enforcement.random_result_publicity_rate": "已公示结果的抽查数 ÷ 已完成的抽查数",
    "disputes.head_appearance_rate": "行政机关负责人出庭的开庭次数 ÷ 开庭审理次数",
    "disputes.litigation_losses": "行政诉讼中被判决撤销、变更、确认违法等败诉的案件数",
    "oversight.npc_suggestions": "本年度办理的人大代表建议件数",
    "oversight.cppcc_proposals": "本年度办理的政协提案件数",
    "oversight.audit_projects": "本年度完成的审计项目个数",
    "oversight.proactive_disclosures": "本年度主动公开的政府信息条数",
    "oversight.hotline_requests": "本年度12345热线交办并办理的诉求件数",
    "oversight.hotline_ontime_rate": "按时办结的12345诉求件数 ÷ 交办诉求件数",
    "education.activities": "本年度组织开展的法治宣传教育活动场次",
}

AGGREGATE_SOURCE = gettext_lazy("total over %(n)d units")
HUNDRED = Decimal(100)
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Figure:
    """One headline figure of a region for one year (``value`` None: nothing recorded)."""

    area: str
    code: str
    name: str
    unit: str
    value: Decimal | None
    numerator: Decimal | None
    denominator: Decimal | None
    definition: str  # how this number was counted (统计口径)
    source: str  # where it comes from, in words
    units_counted: int  # 0 for the government's own figure
    value_ids: tuple[int, ...] = ()  # the IndicatorValue rows the figure is made of

    @property
    def display(self) -> str:
        if self.value is None:
            return "—"
        return f"{self.value.normalize():f}{self.unit}"


def government_of(region_code: str) -> Organisation | None:
    return (
        Organisation.objects.filter(region_code=region_code, kind=OrganisationKind.GOVERNMENT, is_active=True)
        .order_by("sort_order", "pk")
        .first()
    )


def _source_words(row: IndicatorValue) -> str:
    words = str(row.get_source_display())
    system = getattr(row, "source_system", "")
    if system:
        words = f"{words}（{row.get_source_system_display()}）"
    return words


def _own(area: str, row: IndicatorValue) -> Figure:
    indicator = catalog.get(row.code)
    return Figure(
        area=area,
        code=row.code,
        name=indicator.name,
        unit=indicator.unit,
        value=row.value.normalize(),
        numerator=row.numerator,
        denominator=row.denominator,
        definition=row.definition or DEFINITIONS.get(row.code, ""),
        source=f"{row.organisation.name}：{_source_words(row)}",
        units_counted=0,
        value_ids=(row.pk,),
    )


def _total(area: str, code: str, rows: list[IndicatorValue]) -> Figure:
    indicator = catalog.get(code)
    value = numerator = denominator = None
    if rows and indicator.is_rate:
        if all(row.numerator is not None and row.denominator for row in rows):
            numerator = sum((row.numerator for row in rows), Decimal(0))
            denominator = sum((row.denominator for row in rows), Decimal(0))
            value = (numerator / denominator * HUNDRED).quantize(CENT, rounding=ROUND_HALF_UP)
    elif rows:
        value = sum((row.value for row in rows), Decimal(0))
    sources = sorted({_source_words(row) for row in rows})
    source = str(AGGREGATE_SOURCE % {"n": len(rows)})
    if sources:
        source = f"{source}（{'、'.join(sources)}）"
    definitions = {row.definition for row in rows if row.definition}
    definition = definitions.pop() if len(definitions) == 1 else DEFINITIONS.get(code, "")
    return Figure(
        area=area,
        code=code,
        name=indicator.name,
        unit=indicator.unit,
        value=value.normalize() if value is not None else None,
        numerator=numerator.normalize() if numerator is not None else None,
        denominator=denominator.normalize() if denominator is not None else None,
        definition=definition,
        source=source if rows else "",
        units_counted=len(rows),
        value_ids=tuple(row.pk for row in rows) if value is not None else (),
    )


def headline_figures(region_code: str, year: int) -> list[Figure]:
    """Every headline figure of the region for the year, in the framework's order."""
    return region_figures(region_code, year, HEADLINE_CODES)


def region_figures(region_code: str, year: int, codes_by_area: dict[str, tuple[str, ...]]) -> list[Figure]:
    """The region's figure of each code for the year (see the module's docstring), area by area.

    The headline set is one such list; the drafted annual report (``fazhi.reports``) asks
    for every code of the framework, so both print the same numbers.
    """
    organisations = list(
        Organisation.objects.filter(region_code=region_code, is_active=True).values_list("pk", "kind")
    )
    government = government_of(region_code)
    codes = [code for area_codes in codes_by_area.values() for code in area_codes]
    values = preferred_values([pk for pk, _kind in organisations], codes, Period.year(year))
    figures = []
    for area, area_codes in codes_by_area.items():
        for code in area_codes:
            own = values.get((government.pk, code)) if government else None
            if own is not None:
                figures.append(_own(area, own))
                continue
            rows = [values[(pk, code)] for pk, _kind in organisations if (pk, code) in values]
            figures.append(_total(area, code, rows))
    return figures


def change(current: Figure, previous: Figure | None) -> str:
    """This year against last: "+3" for a count, "+2.5个百分点" for a rate, "" when unknown."""
    if previous is None or current.value is None or previous.value is None:
        return ""
    difference = (current.value - previous.value).normalize()
    sign = "+" if difference > 0 else ""
    unit = _("percentage points") if current.unit == "%" else current.unit
    return f"{sign}{difference:f}{unit}"


def years_with_figures(region_code: str) -> list[int]:
    return years_with_figures_by_region([region_code]).get(region_code, [])


def years_with_figures_by_region(region_codes) -> dict[str, list[int]]:
    """{region code: its years with headline figures, latest first} in one query, whatever the number
    of regions (the portal home lists every public region)."""
    codes = [code for area_codes in HEADLINE_CODES.values() for code in area_codes]
    pairs = (
        IndicatorValue.objects.filter(
            organisation__region_code__in=list(region_codes),
            code__in=codes,
            period_start__month=1,
            period_start__day=1,
        )
        .order_by()
        .values_list("organisation__region_code", "period_start__year")
        .distinct()
    )
    years: dict[str, set[int]] = {}
    for region, year in pairs:
        years.setdefault(region, set()).add(year)
    return {region: sorted(found, reverse=True) for region, found in years.items()}
