"""What an indicator value must satisfy before it is stored.

Pure checks raising ``ActionRefused`` with a Chinese message for the user.
Percentages are 0–100 (docs/indicators.md); counts are whole and not
negative; money (元) may have fen. A rate entered by a person carries its
numerator, denominator and definition, and the value must agree with them:
a league table built on numbers nobody can check misleads.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext as _

from fazhi.catalog import indicators as catalog
from fazhi.core.actions import ActionRefused
from fazhi.core.formatting import plain_number
from fazhi.core.providers import Period

# A stated rate may differ from numerator ÷ denominator by rounding only.
RATE_TOLERANCE = Decimal("0.01")
# Units whose values may be fractional; every other unit counts things.
FRACTIONAL_UNITS = frozenset({"%", "元"})
# Larger than any count a county records; guards against a pasted ID number.
MAX_VALUE = Decimal("1e15")
EARLIEST_YEAR = 2000


def known_indicator(code: str):
    indicator = catalog.get(code or "")
    if indicator is None:
        raise ActionRefused(_("Unknown indicator code %(code)s.") % {"code": code}, field="code")
    return indicator


def check_period(period: Period, today_year: int) -> None:
    if period.end < period.start:
        raise ActionRefused(_("The period ends before it starts."), field="period")
    if period.start.year < EARLIEST_YEAR or period.end.year > today_year + 1:
        raise ActionRefused(
            _("The year %(year)s is out of range.") % {"year": period.start.year}, field="period"
        )


def rate_of(numerator: Decimal, denominator: Decimal) -> Decimal:
    return (numerator * 100 / denominator).quantize(RATE_TOLERANCE, rounding=ROUND_HALF_UP)


def check_value(
    code: str,
    value,
    *,
    unit: str | None = None,
    numerator=None,
    denominator=None,
    definition: str = "",
    parts_required: bool = True,
) -> Decimal:
    """The value as a Decimal, or ActionRefused saying what is wrong.

    ``parts_required`` is false for figures read from a report, which often
    print a rate without its parts; people entering a rate must give them.
    """
    indicator = known_indicator(code)
    if unit and unit != indicator.unit:
        raise ActionRefused(
            _("%(name)s is measured in %(expected)s, not %(unit)s.")
            % {"name": indicator.name, "expected": indicator.unit, "unit": unit},
            field="unit",
        )
    try:
        value = Decimal(value)
    except Exception:
        raise ActionRefused(_("Not a number: %(value)s") % {"value": value}, field="value") from None
    if not value.is_finite() or abs(value) >= MAX_VALUE:
        raise ActionRefused(_("Not a number: %(value)s") % {"value": value}, field="value")
    if value < 0:
        raise ActionRefused(_("%(name)s cannot be negative.") % {"name": indicator.name}, field="value")
    if indicator.is_rate and value > 100:
        raise ActionRefused(
            _("A percentage lies between 0 and 100 (write 91.11, not 0.9111 or 9111)."), field="value"
        )
    if indicator.unit not in FRACTIONAL_UNITS and value != value.to_integral_value():
        raise ActionRefused(
            _("%(name)s counts %(unit)s and must be a whole number.")
            % {"name": indicator.name, "unit": indicator.unit},
            field="value",
        )
    if (numerator is None) != (denominator is None):
        raise ActionRefused(
            _("Give both the numerator and the denominator, or neither."), field="denominator"
        )
    if numerator is not None:
        if not indicator.is_rate:
            raise ActionRefused(_("Only a rate has a numerator and a denominator."), field="numerator")
        numerator, denominator = Decimal(numerator), Decimal(denominator)
        if numerator < 0 or denominator <= 0:
            raise ActionRefused(
                _("The denominator must be above zero and the numerator not negative."), field="denominator"
            )
        if numerator > denominator:
            raise ActionRefused(_("The numerator cannot exceed the denominator."), field="numerator")
        expected = rate_of(numerator, denominator)
        if abs(expected - value) > RATE_TOLERANCE:
            raise ActionRefused(
                _("%(numerator)s ÷ %(denominator)s is %(expected)s%%, not %(value)s%%.")
                % {
                    "numerator": plain_number(numerator),
                    "denominator": plain_number(denominator),
                    "expected": plain_number(expected),
                    "value": plain_number(value),
                },
                field="value",
            )
    elif indicator.is_rate and parts_required:
        raise ActionRefused(
            _("A rate needs its numerator and denominator, so that anyone can check it."), field="numerator"
        )
    if indicator.is_rate and parts_required and not definition.strip():
        raise ActionRefused(
            _("A rate needs its definition: what the numerator and the denominator count."),
            field="definition",
        )
    return value
