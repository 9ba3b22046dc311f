"""The arithmetic calendar gives exactly what walking day by day gave (the pre-2026-12 code)."""

import datetime as dt
import time

import chinese_calendar
from hypothesis import given, settings
from hypothesis import strategies as st

from fazhi.catalog import calendar


def walked_is_working_day(day: dt.date) -> bool:
    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        return day.weekday() < 5


def walked_add_working_days(start: dt.date, days: int) -> dt.date:
    step = 1 if days >= 0 else -1
    remaining = abs(days)
    day = start
    while remaining:
        day += dt.timedelta(days=step)
        if walked_is_working_day(day):
            remaining -= 1
    return day


def walked_working_days_between(start: dt.date, end: dt.date) -> int:
    if end < start:
        return -walked_working_days_between(end, start)
    count = 0
    day = start
    while day < end:
        day += dt.timedelta(days=1)
        if walked_is_working_day(day):
            count += 1
    return count


def days_of(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(n) for n in range((last - first).days + 1)]


def test_every_day_of_the_known_range_and_beyond_is_classified_alike():
    for day in days_of(
        dt.date(calendar.FIRST_OFFICIAL_YEAR - 2, 1, 1), dt.date(calendar.LAST_OFFICIAL_YEAR + 2, 12, 31)
    ):
        assert calendar.is_working_day(day) == walked_is_working_day(day), day


def test_every_pair_across_a_year_boundary_with_holidays_counts_alike():
    # 2024-09 .. 2025-03: National Day, New Year and Spring Festival with their adjusted workdays.
    days = days_of(dt.date(2024, 9, 20), dt.date(2025, 3, 10))
    running = {day: walked_working_days_between(days[0], day) for day in days}
    for start in days:
        for end in days:
            assert calendar.working_days_between(start, end) == running[end] - running[start], (start, end)


def test_every_start_and_count_adds_alike_around_the_last_known_year():
    # Crosses from the published schedule into the year the package does not know.
    for start in days_of(
        dt.date(calendar.LAST_OFFICIAL_YEAR, 9, 1), dt.date(calendar.LAST_OFFICIAL_YEAR + 1, 2, 1)
    ):
        for count in range(-45, 46, 4):
            assert calendar.add_working_days(start, count) == walked_add_working_days(start, count), (
                start,
                count,
            )


known_dates = st.dates(
    dt.date(calendar.FIRST_OFFICIAL_YEAR - 3, 1, 1), dt.date(calendar.LAST_OFFICIAL_YEAR + 3, 12, 31)
)


@settings(max_examples=300, deadline=None)
@given(known_dates, st.integers(-800, 800))
def test_random_pairs_count_alike(start, span):
    # The walk costs about 17 µs a day: spans of a few years keep the reference affordable.
    end = start + dt.timedelta(days=span)
    assert calendar.working_days_between(start, end) == walked_working_days_between(start, end)


@settings(max_examples=300, deadline=None)
@given(known_dates, st.integers(-400, 400))
def test_random_additions_agree(start, count):
    assert calendar.add_working_days(start, count) == walked_add_working_days(start, count)


def test_a_span_of_thousands_of_years_is_counted_at_once():
    started = time.perf_counter()
    count = calendar.working_days_between(dt.date(1, 1, 1), dt.date(9999, 12, 31))
    later = calendar.add_working_days(dt.date(2000, 1, 1), 2_000_000)
    assert time.perf_counter() - started < 0.05
    assert count > 2_000_000
    assert later.year > 7000


def test_a_span_is_official_only_when_both_ends_are_known():
    inside = dt.date(calendar.LAST_OFFICIAL_YEAR, 6, 1)
    outside = dt.date(calendar.LAST_OFFICIAL_YEAR + 1, 1, 1)
    assert calendar.is_official_span(inside, inside)
    assert not calendar.is_official_span(inside, outside)
    assert not calendar.is_official_span(outside, inside)
