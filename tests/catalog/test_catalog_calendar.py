import datetime as dt

from fazhi.catalog import calendar


def test_working_days_skip_national_day_and_count_adjusted_sunday():
    # 2024-09-29 (Sunday) was an adjusted workday; 10-01..10-07 the holiday;
    # 10-12 (Saturday) another adjusted workday.
    assert calendar.is_working_day(dt.date(2024, 9, 29))
    assert not calendar.is_working_day(dt.date(2024, 10, 3))
    assert calendar.add_working_days(dt.date(2024, 9, 27), 7) == dt.date(2024, 10, 12)


def test_working_days_over_spring_festival_2025():
    # Holiday 2025-01-28..02-04; 01-26 (Sunday) and 02-08 (Saturday) were workdays.
    assert calendar.add_working_days(dt.date(2025, 1, 24), 1) == dt.date(2025, 1, 26)
    assert calendar.add_working_days(dt.date(2025, 1, 27), 1) == dt.date(2025, 2, 5)


def test_backwards_and_zero():
    assert calendar.add_working_days(dt.date(2024, 10, 8), -1) == dt.date(2024, 9, 30)
    assert calendar.add_working_days(dt.date(2024, 10, 8), 0) == dt.date(2024, 10, 8)


def test_between_is_inverse_of_add():
    start = dt.date(2024, 9, 27)
    for n in (1, 5, 7, 20, 60):
        assert calendar.working_days_between(start, calendar.add_working_days(start, n)) == n


def test_calendar_days():
    assert calendar.add_calendar_days(dt.date(2024, 2, 28), 2) == dt.date(2024, 3, 1)


def test_unknown_year_falls_back_to_weekends_and_says_so():
    far = dt.date(2099, 6, 1)  # a Monday
    assert not calendar.is_official(far)
    assert calendar.is_working_day(far)
    assert not calendar.is_working_day(dt.date(2099, 6, 6))
    assert calendar.is_official(dt.date(2024, 10, 1))
    assert calendar.holiday_name(dt.date(2024, 10, 1)) == "National Day"
