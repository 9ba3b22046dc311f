"""Open data of indicators: the region's headline figures of the year (see indicators.regional)."""

from __future__ import annotations

from collections.abc import Iterator

from django.utils.translation import gettext_lazy as _

from fazhi.catalog import indicators as catalog
from fazhi.core.opendata import (
    NUMBER,
    TEXT,
    Dataset,
    Field,
    plain_number,
)
from fazhi.indicators import regional


def headline_rows(region: str, year: int) -> Iterator[dict]:
    previous = {figure.code: figure for figure in regional.headline_figures(region, year - 1)}
    areas = headline_area_codes()
    for figure in regional.headline_figures(region, year):
        last = previous.get(figure.code)
        yield {
            "area": figure.area,
            "area_name": dict(areas)[figure.area],
            "code": figure.code,
            "name": figure.name,
            "unit": figure.unit,
            "value": plain_number(figure.value),
            "numerator": plain_number(figure.numerator),
            "denominator": plain_number(figure.denominator),
            "definition": figure.definition,
            "source": figure.source,
            "previous_year_value": plain_number(last.value) if last else None,
        }


def headline_area_codes() -> tuple[tuple[str, str], ...]:
    names = catalog.areas()
    return tuple((area, names[area]) for area in regional.HEADLINE_CODES)


def headline_codes() -> tuple[tuple[str, str], ...]:
    return tuple(
        (code, catalog.get(code).name) for codes in regional.HEADLINE_CODES.values() for code in codes
    )


DATASETS = (
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
)
