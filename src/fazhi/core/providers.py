"""The door between duty apps and the cycle apps: indicator providers.

Each duty app may have ``fazhi/<app>/indicators.py`` defining::

    PROVIDERS = {
        "rules.normdocs_issued": normdocs_issued,   # a code from fazhi.catalog.indicators
    }

    def normdocs_issued(organisation, period: Period) -> Measurement | None:
        n = NormativeDocument.objects.filter(
            organisation_id__in=subtree_ids(organisation),
            issued_on__range=(period.start, period.end),
        ).count()                                   # one aggregate query
        return Measurement(n, definition="本期印发的行政规范性文件件数")

A provider answers for ``organisation`` *and every organisation below it* in the
organisation tree, so a government's value is the whole region's ("全区"). It
returns ``None`` when the value is undefined (a rate with no denominator), never
a made-up zero. Rates carry their numerator and denominator so that every
number fazhi shows can be checked (see ``rate``).

The ``indicators`` app materialises these values; assessment, dashboards and
filings read them from there, never from a duty app's tables.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from fazhi.catalog import indicators as catalog_indicators
from fazhi.core.modules import app_modules


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first_month = 3 * (quarter - 1) + 1
        start = dt.date(year, first_month, 1)
        next_start = dt.date(year + (quarter == 4), 1 if quarter == 4 else first_month + 3, 1)
        return cls(start, next_start - dt.timedelta(days=1))

    @property
    def label(self) -> str:
        if (self.start.month, self.start.day, self.end.month, self.end.day) == (
            1,
            1,
            12,
            31,
        ) and self.start.year == self.end.year:
            return f"{self.start.year}年"
        return f"{self.start:%Y-%m-%d}至{self.end:%Y-%m-%d}"

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class Measurement:
    value: Decimal
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    definition: str = ""  # how it was computed, in Chinese, shown beside the number

    def __post_init__(self):
        object.__setattr__(self, "value", Decimal(self.value))


ProviderFunction = Callable[..., Measurement | None]

_PERCENT_PLACES = Decimal("0.01")


def rate(numerator, denominator, definition: str) -> Measurement | None:
    """A percentage 0–100 with its parts; ``None`` when nothing was due."""
    numerator, denominator = Decimal(numerator), Decimal(denominator)
    if denominator == 0:
        return None
    value = (numerator * 100 / denominator).quantize(_PERCENT_PLACES, rounding=ROUND_HALF_UP)
    return Measurement(value, numerator=numerator, denominator=denominator, definition=definition)


def subtree_ids(organisation) -> list[int]:
    """``organisation`` and every organisation below it (one query per level)."""
    ids = [organisation.pk]
    frontier = [organisation.pk]
    while frontier:
        frontier = list(
            type(organisation).objects.filter(parent_id__in=frontier).values_list("pk", flat=True)
        )
        ids.extend(frontier)
    return ids


class ProviderConflict(Exception):
    pass


def providers() -> dict[str, tuple[str, ProviderFunction]]:
    """Every installed app's providers: code -> (app label, function).

    Unknown codes and a code claimed by two apps are configuration errors,
    raised at once rather than producing a silently wrong value.
    """
    found: dict[str, tuple[str, ProviderFunction]] = {}
    known = set(catalog_indicators.codes())
    for config, module in app_modules("indicators"):
        for code, function in getattr(module, "PROVIDERS", {}).items():
            if code not in known:
                raise ProviderConflict(f"{config.name}.indicators: unknown indicator code {code!r}")
            if code in found:
                raise ProviderConflict(f"{code!r} is provided by both {found[code][0]} and {config.label}")
            found[code] = (config.label, function)
    return found
