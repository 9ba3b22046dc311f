"""A synthetic province for the scale study (issue 18 §3): ``fazhi manage make_province``.

A province government, its cities and counties (from ``fazhi.catalog.regions``),
each county with its government, justice bureau (the rule-of-law office),
departments and townships, a reviewer for each office and a filer and a
leader for each unit; then years of records in every app: filing seasons
and filings with a version, problems, normative documents, decision
catalogues and items, year plans with tasks and progress reports, counsel
engagements, indicator values and assessment schemes, each record with one
event row. Everything goes in with ``bulk_create`` in batches; history rows
are not written (they would double the rows for no reading the pages do).

The rows are plain and alike: they exercise sizes, not rules. Records are
made straight in the tables, not through the actions, on a database that
holds nothing else; never run it on a database with real data.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth.hashers import make_password
from django.db import transaction

from fazhi.catalog import regions
from fazhi.counsel.models import Engagement, EngagementEvent
from fazhi.decisions.models import Catalogue, Decision, DecisionEvent
from fazhi.filings.models import AnnualReportFiling, FilingEvent, FilingSeason, ReportVersion
from fazhi.indicators.models import IndicatorValue
from fazhi.normdocs.models import NormativeDocument, NormativeDocumentEvent
from fazhi.org.models import Membership, Organisation, User
from fazhi.oversight.models import OversightEvent, Problem
from fazhi.plans.models import KeyTask, PlanEvent, ProgressReport, YearPlan

BATCH = 2000
PASSWORD = "province-study"  # noqa: S105 - every generated person's password: a study database, never a real one
YEARS = (2021, 2022, 2023, 2024, 2025)
# How the records are shared among the apps (the rest of a unit's rows are its people and events).
SHARES = {
    "indicators": 0.40,
    "problems": 0.15,
    "normdocs": 0.12,
    "decisions": 0.08,
    "tasks": 0.10,
    "filings": 0.10,
    "counsel": 0.05,
}
DEPARTMENTS = (
    "市场监督管理局",
    "生态环境局",
    "交通运输局",
    "自然资源和规划局",
    "卫生健康局",
    "应急管理局",
    "农业农村局",
    "住房和城乡建设局",
    "教育局",
    "民政局",
    "人力资源和社会保障局",
    "文化和旅游局",
)


@dataclass
class Made:
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, n: int) -> None:
        self.counts[name] = self.counts.get(name, 0) + n


def _bulk(model, rows: list, made: Made, label: str | None = None) -> list:
    saved = model.objects.bulk_create(rows, batch_size=BATCH)
    made.add(label or model._meta.label, len(rows))
    return saved


def _counties(province: str) -> list[tuple[regions.Region, regions.Region]]:
    """(city, county) pairs under ``province``, in code order."""
    pairs = []
    for city in sorted(regions.children(province), key=lambda r: r.code):
        for county in sorted(regions.children(city.code), key=lambda r: r.code):
            pairs.append((city, county))
    return pairs


def make_province(
    *, units: int, records: int, province: str = "330000", seed: int = 18, say: Callable[[str], None] = print
) -> dict[str, int]:
    """Make about ``units`` organisations and ``records`` duty records under ``province``; the counts made."""
    if Organisation.objects.filter(region_code=province).exists():
        raise ValueError(f"region {province} already has organisations: make a province on an empty database")
    top = regions.get(province)
    if top is None:
        raise ValueError(f"unknown region {province}")
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not secrets
    made = Made()
    counties = _counties(province)
    per_county = max(4, units // max(1, len(counties)))
    counties = counties[: max(1, units // per_county)]
    with transaction.atomic():
        organisations = _organisations(top, counties, per_county, made)
    say(f"{made.counts['org.Organisation']} organisations in {len(counties)} counties")
    with transaction.atomic():
        _people(organisations, made)
    say(f"{made.counts['org.User']} people")
    units_by_county = organisations["units"]
    all_units = [unit for county_units in units_by_county.values() for unit in county_units]
    for name, share in SHARES.items():
        with transaction.atomic():
            MAKERS[name](organisations, all_units, int(records * share), rng, made)
        say(f"{name}: done ({sum(made.counts.values())} rows so far)")
    return made.counts


def _organisations(top, counties, per_county: int, made: Made) -> dict:
    order = iter(range(1, 10**9))
    province = Organisation.objects.create(
        name=f"{top.name}人民政府", kind="government", region_code=top.code, sort_order=next(order)
    )
    # The provincial office (省司法厅), whose reviewer reads the regional roll-up of every county.
    province_office = Organisation.objects.create(
        name=f"{top.name}司法厅",
        kind="department",
        region_code=top.code,
        parent=province,
        is_rule_of_law_office=True,
        sort_order=next(order),
    )
    made.add("org.Organisation", 2)
    cities = {}
    for city, _county in counties:
        if city.code not in cities:
            cities[city.code] = Organisation(
                name=f"{city.name}人民政府",
                kind="government",
                region_code=city.code,
                parent=province,
                sort_order=next(order),
            )
    _bulk(Organisation, list(cities.values()), made)
    governments = {}
    for city, county in counties:
        governments[county.code] = Organisation(
            name=f"{county.name}人民政府",
            kind="government",
            region_code=county.code,
            parent=cities[city.code],
            sort_order=next(order),
        )
    _bulk(Organisation, list(governments.values()), made)
    offices, units = {}, {}
    rows = []
    for _city, county in counties:
        government = governments[county.code]
        office = Organisation(
            name=f"{county.name}司法局",
            kind="department",
            region_code=county.code,
            parent=government,
            is_rule_of_law_office=True,
            sort_order=next(order),
        )
        offices[county.code] = office
        members = [government]
        for n in range(per_county - 2):
            if n < len(DEPARTMENTS) or n % 3:
                name = DEPARTMENTS[n % len(DEPARTMENTS)] + ("" if n < len(DEPARTMENTS) else f"{n}")
                unit = Organisation(name=f"{county.name}{name}", kind="department")
            else:
                unit = Organisation(name=f"{county.name}第{n}街道办事处", kind="street")
            unit.region_code, unit.parent, unit.sort_order = county.code, government, next(order)
            members.append(unit)
        units[county.code] = members
        rows += [office, *members[1:]]
    _bulk(Organisation, rows, made)
    return {"province": province, "province_office": province_office, "offices": offices, "units": units}


def _people(organisations: dict, made: Made) -> None:
    password = make_password(PASSWORD)
    users, memberships = [], []
    for code, office in organisations["offices"].items():
        users.append(User(username=f"r{code}", full_name=f"审核员{code}", password=password))
        memberships.append((len(users) - 1, office, "office_reviewer"))
        for unit in organisations["units"][code]:
            users.append(User(username=f"f{unit.pk}", full_name=f"填报员{unit.pk}", password=password))
            memberships.append((len(users) - 1, unit, "unit_filer"))
            users.append(User(username=f"l{unit.pk}", full_name=f"负责人{unit.pk}", password=password))
            memberships.append((len(users) - 1, unit, "unit_leader"))
    # Last, so that bench_pages' first office reviewer stays a county's (a county office in the province).
    province_office = organisations["province_office"]
    users.append(User(username=f"r{province_office.region_code}", full_name="省级审核员", password=password))
    memberships.append((len(users) - 1, province_office, "office_reviewer"))
    saved = _bulk(User, users, made)
    _bulk(
        Membership,
        [Membership(user=saved[i], organisation=unit, role=role) for i, unit, role in memberships],
        made,
    )


def _filings(organisations, units, n: int, rng, made: Made) -> None:
    seasons = []
    for code in organisations["offices"]:
        for year in YEARS:
            seasons.append(
                FilingSeason(
                    region_code=code,
                    year=year,
                    filing_due=dt.date(year + 1, 3, 1),
                    publication_due=dt.date(year + 1, 3, 31),
                )
            )
    seasons = _bulk(FilingSeason, seasons, made)
    by_county = {}
    for season in seasons:
        by_county.setdefault(season.region_code, []).append(season)
    Through = FilingSeason.required_organisations.through
    _bulk(
        Through,
        [
            Through(filingseason_id=s.pk, organisation_id=u.pk)
            for u in units
            for s in by_county[u.region_code]
        ],
        made,
    )
    pairs = [(s, u) for u in units for s in by_county[u.region_code]][: max(1, n)]
    filings = _bulk(
        AnnualReportFiling,
        [
            AnnualReportFiling(
                season=s, organisation=u, status="accepted", submitted_on=s.filing_due - dt.timedelta(days=5)
            )
            for s, u in pairs
        ],
        made,
    )
    reading = {"compliance": {"compliant": True}, "text_length": 0}
    versions = _bulk(
        ReportVersion,
        [
            ReportVersion(
                filing=f,
                number=1,
                original_name="报告.txt",
                kind="pasted",
                size=1,
                sha256="0" * 64,
                reading=reading,
            )
            for f in filings
        ],
        made,
    )
    for filing, version in zip(filings, versions, strict=True):
        filing.current_version = version
    AnnualReportFiling.objects.bulk_update(filings, ["current_version"], batch_size=BATCH)
    _bulk(FilingEvent, [FilingEvent(verb="accept", season=f.season, filing=f) for f in filings], made)


def _problems(organisations, units, n: int, rng, made: Made) -> None:
    rows = []
    for i in range(n):
        unit = units[i % len(units)]
        found = dt.date(YEARS[0], 1, 4) + dt.timedelta(days=rng.randrange(365 * len(YEARS)))
        rows.append(
            Problem(
                organisation=unit,
                source="self_inspection",
                description=f"自查发现的问题{i}",
                severity=rng.choice(["general", "serious", "major"]),
                found_on=found,
                rectification_deadline=found + dt.timedelta(days=42),
                status="closed" if found.year < YEARS[-1] else "open",
                closed_on=found + dt.timedelta(days=30) if found.year < YEARS[-1] else None,
            )
        )
    problems = _bulk(Problem, rows, made)
    _bulk(
        OversightEvent,
        [OversightEvent(verb="record", problem=p, organisation_id=p.organisation_id) for p in problems],
        made,
    )


def _normdocs(organisations, units, n: int, rng, made: Made) -> None:
    rows = []
    for i in range(n):
        unit = units[i % len(units)]
        issued = dt.date(YEARS[0], 1, 4) + dt.timedelta(days=rng.randrange(365 * len(YEARS)))
        rows.append(
            NormativeDocument(
                organisation=unit,
                title=f"关于规范管理的通知（{i}）",
                status="in_force",
                issued_on=issued,
                document_number=f"试〔{issued.year}〕{i}号",
            )
        )
    documents = _bulk(NormativeDocument, rows, made)
    _bulk(NormativeDocumentEvent, [NormativeDocumentEvent(verb="issue", document=d) for d in documents], made)


def _decisions(organisations, units, n: int, rng, made: Made) -> None:
    governments = [u for u in units if u.kind == "government"]
    catalogues = _bulk(
        Catalogue,
        [
            Catalogue(organisation=g, year=y, published_on=dt.date(y, 3, 1))
            for g in governments
            for y in YEARS
        ],
        made,
    )
    by_region = {}
    for unit in units:
        by_region.setdefault(unit.region_code, []).append(unit)
    rows = []
    for i in range(n):
        catalogue = catalogues[i % len(catalogues)]
        owner = by_region[catalogue.organisation.region_code]
        rows.append(
            Decision(
                catalogue=catalogue,
                organisation=owner[i % len(owner)],
                title=f"重大行政决策事项{i}",
                sort_order=i,
            )
        )
    decisions = _bulk(Decision, rows, made)
    _bulk(DecisionEvent, [DecisionEvent(verb="add", decision=d) for d in decisions], made)


def _tasks(organisations, units, n: int, rng, made: Made) -> None:
    plans = _bulk(
        YearPlan,
        [
            YearPlan(organisation=office, region_code=code, year=y, title=f"{y}年法治政府建设工作要点")
            for code, office in organisations["offices"].items()
            for y in YEARS
        ],
        made,
    )
    by_region = {}
    for unit in units:
        by_region.setdefault(unit.region_code, []).append(unit)
    tasks = []
    for i in range(n // 2 or 1):
        plan = plans[i % len(plans)]
        lead = by_region[plan.region_code][i % len(by_region[plan.region_code])]
        tasks.append(
            KeyTask(
                plan=plan,
                number=i + 1,
                title=f"重点任务{i}",
                lead_unit=lead,
                deadline=dt.date(plan.year, 11, 30),
                status="done" if plan.year < YEARS[-1] else "in_progress",
            )
        )
    tasks = _bulk(KeyTask, tasks, made)
    _bulk(
        ProgressReport,
        [
            ProgressReport(
                task=t,
                organisation_id=t.lead_unit_id,
                reported_on=t.deadline,
                text="已按计划推进",
                percent_done=50,
            )
            for t in tasks
        ],
        made,
    )
    _bulk(PlanEvent, [PlanEvent(verb="add_task", plan_id=t.plan_id, task=t) for t in tasks], made)


def _counsel(organisations, units, n: int, rng, made: Made) -> None:
    rows = [
        Engagement(
            organisation=units[i % len(units)],
            provider_type="firm",
            provider_name=f"律师事务所{i % 97}",
            starts_on=dt.date(YEARS[0] + i % len(YEARS), 1, 1),
            ends_on=dt.date(YEARS[0] + i % len(YEARS) + 2, 12, 31),
        )
        for i in range(n)
    ]
    engagements = _bulk(Engagement, rows, made)
    _bulk(EngagementEvent, [EngagementEvent(verb="create", engagement=e) for e in engagements], made)


INDICATOR_CODES = (
    "enforcement.case_files_reviewed",
    "normdocs.filed_on_time_rate",
    "counsel.coverage_rate",
    "oversight.rectified_rate",
)


def _indicators(organisations, units, n: int, rng, made: Made) -> None:
    rows = []
    slots = [(code, y) for code in INDICATOR_CODES for y in YEARS]
    for i in range(n):
        unit = units[i % len(units)]
        code, year = slots[(i // len(units)) % len(slots)]
        if i >= len(units) * len(slots):
            break  # one value per unit, code and year
        rows.append(
            IndicatorValue(
                code=code,
                organisation=unit,
                period_start=dt.date(year, 1, 1),
                period_end=dt.date(year, 12, 31),
                value=Decimal(rng.randrange(0, 1000)) / 10,
                unit="%",
                source="manual",
            )
        )
    _bulk(IndicatorValue, rows, made)


MAKERS = {
    "indicators": _indicators,
    "problems": _problems,
    "normdocs": _normdocs,
    "decisions": _decisions,
    "tasks": _tasks,
    "filings": _filings,
    "counsel": _counsel,
}
