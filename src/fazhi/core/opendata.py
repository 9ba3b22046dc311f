"""Open data: the shape every published dataset shares, and where the datasets come from.

Each app that publishes a list declares it once in its own ``opendata.py``::

    DATASETS = (Dataset("normative-documents", _("..."), _("..."), fields, rows),)

where ``rows(region_code, year)`` yields one dict per published record, keyed by the
fields' names. The portal's downloads (CSV, JSON, JSON Schema, the DCAT catalogue) and
the API's public endpoints read these same declarations, so a download cannot disagree
with its schema or with the API. Rows must be chosen explicitly from published records:
the public has no scope.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from django.apps import apps
from django.db.models import TextChoices
from django.http import Http404

from fazhi.catalog import regions

# Field types and their JSON Schema types; a date is a string in ISO form (2025-03-31).
TEXT, DATE, INTEGER, NUMBER, BOOLEAN = "string", "date", "integer", "number", "boolean"
JSON_TYPES = {TEXT: "string", INTEGER: "integer", NUMBER: "number", BOOLEAN: "boolean", DATE: "string"}


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # TEXT, DATE, INTEGER, NUMBER, BOOLEAN
    title: object  # Chinese through gettext
    nullable: bool = False
    codes: tuple[tuple[str, object], ...] = ()  # (code, label): the code list

    def json_schema(self) -> dict:
        schema: dict = {"title": str(self.title)}
        if self.codes:
            schema["oneOf"] = [{"const": code, "title": str(label)} for code, label in self.codes]
        else:
            schema["type"] = JSON_TYPES[self.type]
            if self.type == DATE:
                schema["format"] = "date"
                schema["pattern"] = r"^\d{4}-\d{2}-\d{2}$"
        if self.nullable:
            schema = {"title": schema.pop("title"), "anyOf": [schema, {"type": "null"}]}
        return schema


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


def codes_of(choices: type[TextChoices], only=None) -> tuple[tuple[str, object], ...]:
    return tuple((value, label) for value, label in choices.choices if only is None or value in only)


def date_text(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def plain_number(value: Decimal | None) -> int | float | None:
    """A stored decimal as JSON writes it: 12, not 12.0000; 97.5, not 97.5000."""
    if value is None:
        return None
    value = value.normalize()
    return int(value) if value == value.to_integral_value() else float(value)


def csv_cell(value) -> str:
    """A CSV cell: empty for null, true/false for booleans, everything else as text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


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
            "$schema": {"type": "string"},
            "dataset": {"const": dataset.slug},
            "region": {"type": "string", "pattern": r"^\d{6}$"},
            "year": {"type": "integer"},
            "rows": {"type": "array", "items": {"$ref": "#/$defs/row"}},
        },
        "required": ["dataset", "region", "year", "rows"],
        "$defs": {"row": row},
    }


@cache
def datasets() -> tuple[Dataset, ...]:
    """Every app's ``opendata.DATASETS``, in the order of INSTALLED_APPS."""
    from fazhi.core.modules import app_modules

    found: list[Dataset] = [
        dataset for _config, module in app_modules("opendata") for dataset in module.DATASETS
    ]
    slugs = [dataset.slug for dataset in found]
    if len(set(slugs)) != len(slugs):
        raise ValueError(f"two apps publish a dataset of the same name: {sorted(slugs)}")
    return tuple(found)


def dataset_named(slug: str) -> Dataset | None:
    return next((dataset for dataset in datasets() if dataset.slug == slug), None)


@dataclass(frozen=True)
class PublicRegion:
    code: str
    name: str  # the full name, province first: 浙江省湖州市德清县
    short_name: str  # 德清县
    office: str  # the body hosting the rule-of-law office


def public_regions() -> list[PublicRegion]:
    """Every region with a rule-of-law office, by code: the regions the portal publishes for."""
    # core reaches org's tables through the app registry (org sits above core).
    offices = (
        apps.get_model("org", "Organisation")
        .objects.filter(is_rule_of_law_office=True, is_active=True)
        .order_by("region_code", "sort_order", "pk")
        .values_list("region_code", "name")
    )
    found: dict[str, PublicRegion] = {}
    for code, office in offices:
        region = regions.get(code)
        if region is not None and code not in found:
            found[code] = PublicRegion(code, region.full_name, region.name, office)
    return list(found.values())


def public_region_or_404(code: str) -> PublicRegion:
    for region in public_regions():
        if region.code == code:
            return region
    raise Http404
