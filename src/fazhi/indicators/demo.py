"""Demo indicator values for 德清县 (330521): two years for every assessed unit.

The duty apps will compute many of these codes through providers; until a
code has a provider, the demo enters it the way an office would: the
earlier year by hand (``manual``), the later one through the Excel importer
(``import``), so both paths run in every demo. Values are invented but
deterministic, and each rate carries its numerator, denominator and
definition. Re-running adds only the values that are missing.
"""

from __future__ import annotations

import hashlib
import io
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.core.providers import Period, providers
from fazhi.indicators import actions, rules
from fazhi.indicators.importers import IndicatorValueImporter
from fazhi.indicators.models import IndicatorValue, Source
from fazhi.org.models import Organisation, User

REGION_CODE = "330521"
# The earlier year is entered by the office from the units' paper returns (代为录入).
PROXY_REASON = "该年度平台尚未上线，依法治区办根据各单位书面报送材料代为录入。"
YEARS = (2024, 2025)
ASSESSED_KINDS = ("department", "township", "street")

# code -> (definition, lowest share, highest share, denominator range) for rates
RATES = {
    "functions.online_service_rate": (
        "可网上办理的政务服务事项数 ÷ 本单位政务服务事项总数",
        0.70,
        1.0,
        (20, 120),
    ),
    "rules.normdocs_filing_rate": ("已报送备案的规范性文件数 ÷ 应报送备案的规范性文件数", 0.80, 1.0, (2, 12)),
    "rules.normdocs_filing_timely_rate": ("印发后30日内报送备案的件数 ÷ 报送备案件数", 0.75, 1.0, (2, 12)),
    "decisions.procedures_complete_rate": (
        "法定程序全部履行的重大行政决策数 ÷ 作出的重大行政决策数",
        0.75,
        1.0,
        (1, 6),
    ),
    "enforcement.random_plan_completion_rate": (
        "已完成的双随机抽查任务数 ÷ 年度计划抽查任务数",
        0.70,
        1.0,
        (4, 30),
    ),
    "enforcement.random_result_publicity_rate": (
        "已在20个工作日内公示结果的抽查数 ÷ 已完成的抽查数",
        0.80,
        1.0,
        (4, 30),
    ),
    "disputes.head_appearance_rate": (
        "行政机关负责人出庭的开庭次数 ÷ 开庭审理次数（每审级计一次）",
        0.40,
        1.0,
        (2, 15),
    ),
    "oversight.hotline_ontime_rate": ("按时办结的12345诉求件数 ÷ 交办诉求件数", 0.80, 1.0, (50, 900)),
    "leadership.rectification_rate": ("已完成整改并销号的问题数 ÷ 应整改问题数", 0.55, 1.0, (3, 25)),
    # One unit's own report: on time (1 ÷ 1) or not (0 ÷ 1).
    "leadership.annual_reports_on_time": (
        "按期签发报送且按期公开年度报告的单位数 ÷ 应报送单位数",
        0.0,
        1.0,
        (1, 1),
    ),
}
# Codes computed by a cycle app whose demo loads after the assessment demo (filings'
# seasons): the office enters the demo years by hand from its register, as it would
# for years before the platform, so that the demo's sheets score these items too.
ENTERED_BEFORE_COMPUTED = frozenset({"leadership.annual_reports_on_time"})
# code -> (lowest, highest) for counts
COUNTS = {
    "disputes.litigation_losses": (0, 3),
    "leadership.pre_meeting_study_sessions": (1, 8),
    "education.activities": (3, 20),
}
DEMO_CODES = (*RATES, *COUNTS)


def _share(*key) -> float:
    """A stable number in [0, 1) for the key (the demo must look the same every run)."""
    digest = hashlib.sha256("|".join(map(str, key)).encode()).digest()
    return int.from_bytes(digest[:4], "big") / 2**32


def demo_value(organisation_name: str, code: str, year: int) -> dict:
    # The later year is a little better on average, so trends show movement.
    lift = 0.08 if year == YEARS[-1] else 0.0
    if code in RATES:
        definition, low, high, (smallest, largest) = RATES[code]
        denominator = smallest + int(_share(organisation_name, code, "d") * (largest - smallest + 1))
        share = min(1.0, low + (high - low) * _share(organisation_name, code, year) ** 0.6 + lift)
        numerator = min(denominator, round(denominator * share))
        return {
            "value": rules.rate_of(Decimal(numerator), Decimal(denominator)),
            "numerator": numerator,
            "denominator": denominator,
            "definition": definition,
        }
    low, high = COUNTS[code]
    number = low + int(_share(organisation_name, code, year) * (high - low + 1))
    if code == "disputes.litigation_losses" and _share(organisation_name, "loses") < 0.6:
        number = 0  # most units lose no lawsuit in a year
    return {"value": Decimal(number)}


def _missing(organisations, year: int, computed: set[str]):
    have = set(
        IndicatorValue.objects.filter(
            organisation__in=organisations, period_start__year=year, source__in=[Source.MANUAL, Source.IMPORT]
        ).values_list("organisation_id", "code")
    )
    for organisation in organisations:
        for code in DEMO_CODES:
            entered = code not in computed or code in ENTERED_BEFORE_COMPUTED
            if entered and (organisation.pk, code) not in have:
                yield organisation, code


def _import(actor, rows: list[tuple[Organisation, str]], year: int) -> int:
    from openpyxl import Workbook

    importer = IndicatorValueImporter(actor, PROXY_REASON)  # the office imports the units' figures by proxy
    workbook = Workbook()
    sheet = workbook.active
    fields = [column.field for column in importer.columns]
    sheet.append([str(column.header) for column in importer.columns])
    for organisation, code in rows:
        value = demo_value(organisation.name, code, year)
        cells = {"organisation_name": organisation.name, "code": code, "year": year, **value}
        sheet.append(
            [
                None
                if cells.get(name) is None
                else (float(cells[name]) if isinstance(cells[name], Decimal) else cells[name])
                for name in fields
            ]
        )
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    result = importer.run(actor, buffer)
    if not result.ok:
        raise RuntimeError(f"demo import refused: {result.errors[:3]}")
    return result.saved


# The region's own statistics from other systems (statistics import), for the government:
# code -> (system, lowest, highest).
STATISTICS = {
    "oversight.npc_suggestions": ("suggestions", 60, 120),
    "oversight.cppcc_proposals": ("suggestions", 80, 160),
    "oversight.audit_projects": ("audit", 8, 20),
    "oversight.proactive_disclosures": ("disclosure", 3000, 6000),
    "oversight.hotline_requests": ("hotline", 40000, 90000),
}


def _import_statistics(actor, year: int) -> int:
    """The government's statistics of other systems for ``year``, through the statistics import."""
    from openpyxl import Workbook

    from fazhi.indicators.statistics import StatisticsImporter

    government = Organisation.objects.filter(region_code=REGION_CODE, kind="government").first()
    if (
        government is None
        or IndicatorValue.objects.filter(
            organisation=government, period_start__year=year, source=Source.IMPORT
        )
        .exclude(source_system="")
        .exists()
    ):
        return 0
    importer = StatisticsImporter(actor)
    workbook = Workbook()
    sheet = workbook.active
    sheet.append([str(column.header) for column in importer.columns[:5]])
    for code, (system, low, high) in STATISTICS.items():
        number = low + int(_share(government.name, code, year) * (high - low + 1))
        sheet.append([system, government.name, code, year, number])
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    result = importer.run(actor, buffer)
    if not result.ok:
        raise RuntimeError(f"demo statistics import refused: {result.errors[:3]}")
    return result.saved


@transaction.atomic
def load(stdout) -> None:
    actor = User.objects.filter(username="reviewer").first()
    if actor is None:
        return
    organisations = list(
        Organisation.objects.filter(
            region_code=REGION_CODE, kind__in=ASSESSED_KINDS, is_active=True
        ).order_by("sort_order", "id")
    )
    computed = set(providers())
    added = 0
    first, *later = YEARS
    for organisation, code in list(_missing(organisations, first, computed)):
        fields = demo_value(organisation.name, code, first)
        value = fields.pop("value")
        actions.enter_value(
            actor, organisation, code, Period.year(first), value, proxy_reason=PROXY_REASON, **fields
        )
        added += 1
    for year in later:
        rows = list(_missing(organisations, year, computed))
        if rows:
            added += _import(actor, rows, year)
    for year in YEARS:
        added += _import_statistics(actor, year)
    refreshed = 0
    if computed:
        for year in YEARS:
            refreshed += actions.refresh(year)["stored"]
    stdout.write(
        _("Demo indicator values: %(added)d entered or imported, %(computed)d computed by providers.")
        % {"added": added, "computed": refreshed}
    )
