"""Reading indicator values the way the cycle apps need them.

Assessment, dashboards and filings read numbers from here, never from a
duty app's tables. "The" value of a code for an organisation and period is
the preferred source (``models.SOURCE_PREFERENCE``); the newer row wins a tie.
"""

from __future__ import annotations

from collections.abc import Iterable

from fazhi.core.providers import Period
from fazhi.indicators.models import SOURCE_PREFERENCE, IndicatorValue, Source


def _rank(row: IndicatorValue) -> tuple:
    return (SOURCE_PREFERENCE[Source(row.source)], -row.updated_at.timestamp(), -row.pk)


def preferred_values(
    organisation_ids: Iterable[int], codes: Iterable[str], period: Period
) -> dict[tuple[int, str], IndicatorValue]:
    """(organisation id, code) -> the preferred value for ``period``; absent keys have no value."""
    rows = IndicatorValue.objects.filter(
        organisation_id__in=list(organisation_ids),
        code__in=list(codes),
        period_start=period.start,
        period_end=period.end,
    )
    best: dict[tuple[int, str], IndicatorValue] = {}
    for row in rows:
        key = (row.organisation_id, row.code)
        if key not in best or _rank(row) < _rank(best[key]):
            best[key] = row
    return best


def preferred_value(organisation, code: str, period: Period) -> IndicatorValue | None:
    return preferred_values([organisation.pk], [code], period).get((organisation.pk, code))
