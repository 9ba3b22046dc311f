"""Drafting a region's own report for a year from what the platform holds.

Numbers come only through ``indicators`` (``regional.region_figures``: the government's
own value, else the total over the region's units); the shortcomings from the
oversight problem list and the units' accepted reports (``filings.shortcomings``), the
next year's plan from ``plans``. Nothing here writes: ``actions.create_draft`` stores
what ``compose`` returns.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.apps import apps

from fazhi.catalog import indicators as catalog
from fazhi.catalog import regions
from fazhi.filings import shortcomings
from fazhi.filings.models import AnnualReportFiling, FilingStatus
from fazhi.indicators.regional import government_of, region_figures
from fazhi.org.naming import office_short_name
from fazhi.oversight.models import Problem
from fazhi.plans.models import YearPlan
from fazhi.reports import wording
from fazhi.reports.models import Part, ReportTemplate

CHINESE_ORDINALS = "一二三四五六七八九十"
POINT_WORDS = [f"{c}是" for c in CHINESE_ORDINALS]


@dataclass
class ComposedPart:
    part: str
    heading: str
    text: str
    figures: list = field(default_factory=list)
    # Codes whose sentence was left out for want of a value: the office's note, never a 0.
    omitted: list = field(default_factory=list)


@dataclass
class Composed:
    region_code: str
    year: int
    title: str
    issuer: str
    opening: str
    parts: list[ComposedPart]

    @property
    def figures(self):
        return [(part.part, figure) for part in self.parts for figure in part.figures]

    @property
    def omitted(self) -> list[dict]:
        return [{"part": part.part, "code": code} for part in self.parts for code in part.omitted]


def templates(region_code: str) -> dict[str, str]:
    """The region's wording: its stored templates over the defaults."""
    texts = dict(wording.DEFAULTS)
    texts.update(ReportTemplate.objects.filter(region_code=region_code).values_list("key", "text"))
    return texts


def _installed(label: str) -> bool:
    return apps.is_installed(f"fazhi.{label}")


def _points(items: list[str]) -> str:
    items = [item.strip().rstrip("。；;，,") for item in items if item.strip()]
    if not items:
        return ""
    words = [POINT_WORDS[i] if i < len(POINT_WORDS) else f"第{i + 1}" for i in range(len(items))]
    return "；".join(f"{word}{item}" for word, item in zip(words, items, strict=True)) + "。"


def _problem_lines(region_code: str, year: int) -> list[str]:
    problems = Problem.objects.filter(organisation__region_code=region_code, found_on__year=year).order_by(
        "found_on", "pk"
    )
    return [problem.description for problem in problems]


def _report_points(region_code: str, year: int, already: set[str]) -> list[str]:
    filings = (
        AnnualReportFiling.objects.filter(
            season__region_code=region_code,
            season__year=year,
            status__in=[FilingStatus.ACCEPTED, FilingStatus.PUBLISHED],
            current_version__isnull=False,
        )
        .exclude(organisation__kind="government")
        .select_related("organisation", "current_version")
        .order_by("organisation__sort_order", "organisation__pk")
    )
    lines = []
    for filing in filings:
        for point in shortcomings.points(filing.current_version.reading):
            text = shortcomings.description(point)
            if text and text not in already:
                already.add(text)
                lines.append(text)
    return lines


def _plan_tasks(region_code: str, year: int) -> list[str] | None:
    plan = YearPlan.objects.filter(region_code=region_code, year=year).first()
    if plan is None:
        return None
    return [task.title for task in plan.tasks.order_by("number")]


def _figures(region_code: str, year: int) -> dict:
    areas = {}
    for indicator in catalog.all_indicators():
        areas.setdefault(indicator.area, []).append(indicator.code)
    codes = {area: tuple(codes) for area, codes in areas.items()}
    now = {figure.code: figure for figure in region_figures(region_code, year, codes)}
    last = {figure.code: figure for figure in region_figures(region_code, year - 1, codes)}
    return {code: (now[code], last.get(code)) for code in now}


def variables(region_code: str, year: int) -> dict[str, str]:
    region = regions.get(region_code)
    government = government_of(region_code)
    name = region.name if region else region_code
    return {
        "year": str(year),
        "next_year": str(year + 1),
        "region": name,
        "level": name[-1:],
        "government": government.name if government else f"{name}人民政府",
        "office": office_short_name(region_code),
    }


def compose(region_code: str, year: int) -> Composed:
    texts = templates(region_code)
    names = variables(region_code, year)
    figures = _figures(region_code, year)

    omitted: list[str] = []

    def filled(key: str) -> tuple[str, list]:
        return wording.fill(texts.get(key, ""), names, figures, omitted)

    def gaps() -> list[str]:
        taken = list(dict.fromkeys(omitted))
        omitted.clear()
        return taken

    parts = []
    # Results: one numbered paragraph per area of the framework, in the outline's order.
    lines, results_figures = [], []
    areas_with_codes = {indicator.area for indicator in catalog.all_indicators()}
    for number, (area, area_name) in enumerate(catalog.areas().items()):
        text, pieces = filled(f"results.{area}")
        if not pieces:
            labels = wording.AREA_APPS.get(area, ())
            kept = area in areas_with_codes and (not labels or any(_installed(label) for label in labels))
            words = wording.NO_FIGURES if kept else wording.NO_RECORDS
            text = words.format(area=area_name, **names)
        lines.append(f"（{CHINESE_ORDINALS[number]}）{area_name}")
        lines.append(text)
        results_figures.extend(pieces)
    parts.append(ComposedPart(Part.RESULTS, "", "\n".join(lines), results_figures, gaps()))

    text, pieces = filled("shortcomings")
    lines = [text]
    problems = _problem_lines(region_code, year)
    seen = set(problems)
    if problems:
        lines.append(wording.PROBLEMS_LEAD + _points(problems))
    report_points = _report_points(region_code, year, seen)
    if report_points:
        lines.append(wording.REPORT_POINTS_LEAD + _points(report_points))
    causes, cause_figures = filled("shortcomings.causes")
    lines.append(causes or wording.NO_CAUSES)
    parts.append(
        ComposedPart(
            Part.SHORTCOMINGS, "", "\n".join(line for line in lines if line), pieces + cause_figures, gaps()
        )
    )

    text, pieces = filled("first_responsible")
    parts.append(ComposedPart(Part.FIRST_RESPONSIBLE, "", text, pieces, gaps()))

    tasks = _plan_tasks(region_code, year + 1)
    text, pieces = filled("next_plan")
    if tasks:
        text = f"{text}\n{_points(tasks)}"
    else:
        text = f"{text}\n" + wording.NO_PLAN.format(**names)
    parts.append(ComposedPart(Part.NEXT_PLAN, "", text, pieces, gaps()))

    text, pieces = filled("other")
    parts.append(ComposedPart(Part.OTHER, "", text, pieces, gaps()))

    for part in parts:
        part.heading = wording.HEADINGS[part.part].format(**names)
    return Composed(
        region_code=region_code,
        year=year,
        title=wording.TITLE.format(**names),
        issuer=names["government"],
        opening=filled("opening")[0],
        parts=parts,
    )
