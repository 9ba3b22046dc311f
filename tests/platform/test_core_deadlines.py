"""Deadlines on the official calendar."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from fazhi.catalog import calendar
from fazhi.core.deadlines import Basis, DeadlineStatus, deadline

D = dt.date


def test_seven_working_days_across_national_day_2024():
    # 2024-09-29 (Sunday) was an adjusted workday; 10-01..10-07 holiday; 10-12 (Saturday) adjusted workday.
    due = deadline(D(2024, 9, 27), 7, Basis.WORKING_DAYS)
    assert due.due == D(2024, 10, 12)
    assert due.official


def test_calendar_days_ending_on_a_holiday_move_to_next_working_day():
    assert deadline(D(2024, 9, 20), 11).due == D(2024, 10, 8)  # 10-01 is a holiday
    assert deadline(D(2024, 9, 20), 11, extend_past_holiday=False).due == D(2024, 10, 1)
    assert deadline(D(2024, 3, 1), 15).due == D(2024, 3, 18)  # Saturday 16th -> Monday 18th


def test_status_from_done_and_today():
    due = deadline(D(2024, 9, 27), 7, Basis.WORKING_DAYS)
    assert due.status(done_on=D(2024, 10, 12)) is DeadlineStatus.ON_TIME
    assert due.status(done_on=D(2024, 10, 14)) is DeadlineStatus.LATE
    assert due.status(today=D(2024, 10, 13)) is DeadlineStatus.OVERDUE
    assert due.status(today=D(2024, 10, 9)) is DeadlineStatus.DUE_SOON  # 10, 11, 12: three working days
    assert due.status(today=D(2024, 9, 27)) is DeadlineStatus.OPEN
    assert due.working_days_left(D(2024, 10, 8)) == 4


def test_a_year_without_an_official_schedule_is_flagged():
    assert not deadline(D(2099, 1, 1), 5, Basis.WORKING_DAYS).official


@given(start=st.dates(min_value=D(2015, 1, 1), max_value=D(2025, 12, 1)), days=st.integers(0, 60))
def test_working_day_deadlines_land_on_working_days_and_count_back(start, days):
    due = deadline(start, days, Basis.WORKING_DAYS).due
    assert calendar.working_days_between(start, due) == days
    if days:
        assert calendar.is_working_day(due)


@given(start=st.dates(min_value=D(2015, 1, 1), max_value=D(2025, 12, 1)), days=st.integers(1, 90))
def test_calendar_day_deadlines_never_end_on_a_rest_day(start, days):
    due = deadline(start, days).due
    assert calendar.is_working_day(due)
    assert (due - start).days >= days
