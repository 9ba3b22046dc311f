"""Reading indicator values the way the cycle apps need them.

Assessment, dashboards and filings read numbers from here, never from a
duty app's tables. "The" value of a code for an organisation and period is
the preferred source (``models.SOURCE_PREFERENCE``); the newer row wins a tie.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.translation import gettext as _

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


def export_header() -> list[str]:
    """The columns of an Excel export of indicator values (the list page's and the export job's)."""
    return [
        _("Organisation"),
        _("Indicator code"),
        _("Indicator"),
        _("Year"),
        _("Value"),
        _("Unit of measure"),
        _("Qualifier"),
        _("Numerator"),
        _("Denominator"),
        _("Definition"),
        _("Source"),
        _("Evidence link"),
        _("Entered by"),
    ]


def export_row(value: IndicatorValue) -> list:
    """One value as a row under ``export_header()``; select_related organisation and entered_by."""
    return [
        value.organisation.name,
        value.code,
        value.indicator_name,
        value.period.label,
        value.value,
        value.unit,
        value.get_qualifier_display(),
        value.numerator,
        value.denominator,
        value.definition,
        value.get_source_display(),
        value.evidence_url,
        value.entered_by.display_name if value.entered_by else _("system"),
    ]
