import datetime as dt
from decimal import Decimal

import pytest

from fazhi.core.providers import Measurement, Period, rate, subtree_ids


def test_year_and_quarter_periods():
    assert Period.year(2024) == Period(dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert Period.year(2024).label == "2024年"
    assert Period.quarter(2024, 1).end == dt.date(2024, 3, 31)
    assert Period.quarter(2024, 4) == Period(dt.date(2024, 10, 1), dt.date(2024, 12, 31))
    assert Period.quarter(2024, 2).contains(dt.date(2024, 6, 30))
    assert not Period.quarter(2024, 2).contains(dt.date(2024, 7, 1))


def test_rate_keeps_parts_and_rounds_half_up():
    measured = rate(41, 45, "出庭次数÷开庭次数")
    assert measured.value == Decimal("91.11")
    assert (measured.numerator, measured.denominator) == (41, 45)
    assert rate(1, 8, "x").value == Decimal("12.50")
    assert rate(0, 0, "x") is None


def test_measurement_value_is_decimal():
    assert Measurement(3).value == Decimal(3)


@pytest.mark.django_db
def test_subtree_includes_children_and_grandchildren(government, unit_a, unit_b):
    ids = subtree_ids(government)
    assert government.pk in ids and unit_a.pk in ids and unit_b.pk in ids
    assert subtree_ids(unit_a)[0] == unit_a.pk
