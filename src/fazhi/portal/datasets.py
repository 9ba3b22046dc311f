"""Open data: every portal list as a dataset per region and year, with its schema.

A dataset names its fields (name, type, Chinese title, code list) once; the CSV, the
JSON, the JSON Schema, the DCAT catalogue and the public API all read that one
definition, so a download cannot disagree with its published schema. Rows are the same
published records the portal's pages show, chosen explicitly (the public has no scope).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import TextChoices
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from fazhi.core.deadlines import DeadlineStatus, local_today
from fazhi.decisions.models import IN_CATALOGUE, DecisionStatus, Procedure, ProcedureKind
from fazhi.filings.models import AnnualReportFiling, FilingStatus
from fazhi.normdocs.models import PUBLISHED_STATUSES, DocumentStatus, NormativeDocument
from fazhi.org.models import OrganisationKind
from fazhi.portal import headline

# JSON Schema types of our field types; a date is a string in ISO form (2025-03-31).
JSON_TYPES = {
    "string": "string",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
    "date": "string",
}


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # string, integer, number, boolean, date
    title: object  # Chinese through gettext
    nullable: bool = False
    codes: tuple[tuple[str, object], ...] = ()  # (code, label): the code list

    def json_schema(self) -> dict:
        schema: dict = {"title": str(self.title)}
        if self.codes:
            schema["oneOf"] = [{"const": code, "title": str(label)} for code, label in self.codes]
        else:
            schema["type"] = JSON_TYPES[self.type]
            if self.type == "date":
                schema["format"] = "date"
                schema["pattern"] = r"^\d{4}-\d{2}-\d{2}$"
        if self.nullable:
            schema = {"title": schema.pop("title"), "anyOf": [schema, {"type": "null"}]}
        return schema


def codes_of(choices: type[TextChoices], only=None) -> tuple[tuple[str, object], ...]:
    return tuple((value, label) for value, label in choices.choices if only is None or value in only)


@dataclass(frozen=True)
class Dataset:
    slug: str
    title: object
    description: object
    fields: tuple[Field, ...]
    rows: Callable[[str, int], Iterator[dict]] = field(repr=False)

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]


def _date(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _number(value: Decimal | None):
    if value is None:
        return None
    value = value.normalize()
    return int(value) if value == value.to_integral_value() else float(value)


ORGANISATION_KINDS = codes_of(OrganisationKind)


def annual_report_rows(region: str, year: int) -> Iterator[dict]:
    filings = (
        AnnualReportFiling.objects.filter(
            status=FilingStatus.PUBLISHED,
            current_version__isnull=False,
            organisation__region_code=region,
            season__year=year,
        )
        .select_related("season", "organisation")
        .order_by("organisation__sort_order", "organisation__pk")
    )
    for filing in filings.iterator(chunk_size=500):
        deadline = filing.season.publication_deadline
        yield {
            "organisation": filing.organisation.name,
            "organisation_kind": filing.organisation.kind,
            "report_year": filing.season.year,
            "published_on": _date(filing.published_on),
            "published_on_time": deadline.status(done_on=filing.published_on) == DeadlineStatus.ON_TIME,
            "page": reverse("filings_portal:report", args=[filing.pk]),
        }


def normative_document_rows(region: str, year: int) -> Iterator[dict]:
    documents = (
        NormativeDocument.objects.filter(
            status__in=PUBLISHED_STATUSES, organisation__region_code=region, issued_on__year=year
        )
        .select_related("organisation")
        .order_by("issued_on", "pk")
    )
    for document in documents.iterator(chunk_size=500):
        yield {
            "document_number": document.document_number,
            "title": document.title,
            "issuing_body": document.organisation.name,
            "issued_on": _date(document.issued_on),
            "effective_on": _date(document.effective_on),
            "valid_until": _date(document.valid_until),
            "status": document.status,
            "ended_on": _date(document.ended_on),
            "page": reverse("normdocs_portal:detail", args=[document.pk]),
            "official_text": (
                reverse("normdocs_portal:official_text", args=[document.pk])
                if document.official_text
                else None
            ),
        }


def _catalogue_items(region: str, year: int):
    from fazhi.decisions.models import Decision

    return Decision.objects.filter(
        catalogue__published_on__isnull=False,
        catalogue__year=year,
        catalogue__organisation__region_code=region,
    )


def decision_rows(region: str, year: int) -> Iterator[dict]:
    items = (
        _catalogue_items(region, year)
        .select_related("organisation", "catalogue")
        .order_by("catalogue__pk", "sort_order", "pk")
    )
    for item in items.iterator(chunk_size=500):
        yield {
            "catalogue_of": item.catalogue.organisation.name,
            "number": item.sort_order,
            "title": item.title,
            "organisation": item.organisation.name,
            "basis": item.basis,
            "planned_for": item.planned_for,
            "status": item.status,
            "added_by_adjustment": item.is_added_later,
            "taken_on": _date(item.taken_on),
            "page": reverse("decisions_portal:catalogue", args=[item.catalogue_id]),
        }


def comment_call_rows(region: str, year: int) -> Iterator[dict]:
    today = local_today()
    calls = (
        Procedure.objects.filter(
            kind=ProcedureKind.PUBLIC_PARTICIPATION,
            decision__in=_catalogue_items(region, year).filter(status__in=IN_CATALOGUE),
            started_on__lte=today,
        )
        .exclude(how_to_comment="")
        .select_related("decision", "decision__organisation")
        .order_by("started_on", "pk")
    )
    for call in calls.iterator(chunk_size=500):
        yield {
            "decision": call.decision.title,
            "organisation": call.decision.organisation.name,
            "started_on": _date(call.started_on),
            "ended_on": _date(call.ended_on),
            "is_open": call.is_open_on(today),
            "page": reverse("decisions_portal:call", args=[call.pk]),
        }


def headline_rows(region: str, year: int) -> Iterator[dict]:
    previous = {figure.code: figure for figure in headline.headline_figures(region, year - 1)}
    areas = headline_area_codes()
    for figure in headline.headline_figures(region, year):
        last = previous.get(figure.code)
        yield {
            "area": figure.area,
            "area_name": dict(areas)[figure.area],
            "code": figure.code,
            "name": figure.name,
            "unit": figure.unit,
            "value": _number(figure.value),
            "numerator": _number(figure.numerator),
            "denominator": _number(figure.denominator),
            "definition": figure.definition,
            "source": figure.source,
            "previous_year_value": _number(last.value) if last else None,
        }


def headline_area_codes() -> tuple[tuple[str, str], ...]:
    from fazhi.catalog import indicators as catalog

    names = catalog.areas()
    return tuple((area, names[area]) for area in headline.HEADLINE_CODES)


def headline_codes() -> tuple[tuple[str, str], ...]:
    from fazhi.catalog import indicators as catalog

    return tuple(
        (code, catalog.get(code).name) for codes in headline.HEADLINE_CODES.values() for code in codes
    )


TEXT, DATE, INTEGER, NUMBER, BOOLEAN = "string", "date", "integer", "number", "boolean"
PAGE = Field("page", TEXT, _("page on the portal"))

DATASETS: tuple[Dataset, ...] = (
    Dataset(
        "headline-figures",
        _("Headline figures of the year"),
        _(
            "The region's headline figures of rule-of-law government for the year, with definitions and sources."
        ),
        (
            Field("area", TEXT, _("area of the framework"), codes=headline_area_codes()),
            Field("area_name", TEXT, _("area name")),
            Field("code", TEXT, _("indicator code"), codes=headline_codes()),
            Field("name", TEXT, _("indicator")),
            Field("unit", TEXT, _("unit of measure")),
            Field("value", NUMBER, _("value"), nullable=True),
            Field("numerator", NUMBER, _("numerator"), nullable=True),
            Field("denominator", NUMBER, _("denominator"), nullable=True),
            Field("definition", TEXT, _("definition")),
            Field("source", TEXT, _("source")),
            Field("previous_year_value", NUMBER, _("value of the previous year"), nullable=True),
        ),
        headline_rows,
    ),
    Dataset(
        "annual-reports",
        _("Published annual reports"),
        _("Annual reports on building a rule-of-law government published by the government and its units."),
        (
            Field("organisation", TEXT, _("organisation")),
            Field("organisation_kind", TEXT, _("kind"), codes=ORGANISATION_KINDS),
            Field("report_year", INTEGER, _("report year")),
            Field("published_on", DATE, _("published on")),
            Field("published_on_time", BOOLEAN, _("published on time")),
            PAGE,
        ),
        annual_report_rows,
    ),
    Dataset(
        "normative-documents",
        _("Normative documents"),
        _("Normative documents issued in the year, with their status and official text."),
        (
            Field("document_number", TEXT, _("document number")),
            Field("title", TEXT, _("document title")),
            Field("issuing_body", TEXT, _("issuing body")),
            Field("issued_on", DATE, _("issued on")),
            Field("effective_on", DATE, _("in force from"), nullable=True),
            Field("valid_until", DATE, _("valid until"), nullable=True),
            Field("status", TEXT, _("status"), codes=codes_of(DocumentStatus, PUBLISHED_STATUSES)),
            Field("ended_on", DATE, _("force ended on"), nullable=True),
            PAGE,
            Field("official_text", TEXT, _("official text"), nullable=True),
        ),
        normative_document_rows,
    ),
    Dataset(
        "decision-catalogue",
        _("Catalogue of major administrative decisions"),
        _("Items of the published major-decision catalogues of the year, with adjustments."),
        (
            Field("catalogue_of", TEXT, _("catalogue of")),
            Field("number", INTEGER, _("number")),
            Field("title", TEXT, _("decision item")),
            Field("organisation", TEXT, _("organisation")),
            Field("basis", TEXT, _("legal and policy basis")),
            Field("planned_for", TEXT, _("planned completion")),
            Field("status", TEXT, _("status"), codes=codes_of(DecisionStatus)),
            Field("added_by_adjustment", BOOLEAN, _("added by adjustment")),
            Field("taken_on", DATE, _("date of decision"), nullable=True),
            PAGE,
        ),
        decision_rows,
    ),
    Dataset(
        "comment-calls",
        _("Calls for public comment"),
        _("Calls for public comment on the decisions of the year's published catalogues."),
        (
            Field("decision", TEXT, _("decision item")),
            Field("organisation", TEXT, _("organisation")),
            Field("started_on", DATE, _("started on")),
            Field("ended_on", DATE, _("ended on")),
            Field("is_open", BOOLEAN, _("open for comment")),
            PAGE,
        ),
        comment_call_rows,
    ),
)

BY_SLUG = {dataset.slug: dataset for dataset in DATASETS}


def json_schema(dataset: Dataset, schema_url: str) -> dict:
    """The JSON Schema of the dataset's JSON download; a CSV row is one item of ``rows``."""
    row = {
        "type": "object",
        "properties": {f.name: f.json_schema() for f in dataset.fields},
        "required": dataset.field_names,
        "additionalProperties": False,
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": schema_url,
        "title": str(dataset.title),
        "description": str(dataset.description),
        "type": "object",
        "properties": {
            "dataset": {"const": dataset.slug},
            "region": {"type": "string", "pattern": r"^\d{6}$"},
            "year": {"type": "integer"},
            "rows": {"type": "array", "items": {"$ref": "#/$defs/row"}},
        },
        "required": ["dataset", "region", "year", "rows"],
        "$defs": {"row": row},
    }


def csv_cell(value) -> str:
    """A CSV cell: empty for null, true/false for booleans, everything else as text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
