"""Rectification deadlines and ageing on the working-day calendar (2024 National Day holiday).

Hand count from Friday 2024-09-27: Sunday 9-29 is an adjusted workday (1),
Monday 9-30 (2), 10-1..10-7 are holidays, 10-8 (3) 10-9 (4) 10-10 (5) 10-11 (6),
Saturday 10-12 is an adjusted workday (7), 10-14 (8) 10-15 (9) 10-16 (10).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fazhi.catalog import calendar
from fazhi.core.deadlines import DeadlineStatus
from fazhi.oversight import actions, rules
from fazhi.oversight.models import Problem

FOUND = dt.date(2024, 9, 27)

pytestmark = pytest.mark.django_db


def test_default_deadlines_count_working_days_past_the_holiday():
    assert rules.default_rectification_deadline(FOUND, "major") == dt.date(2024, 10, 16)
    assert rules.default_rectification_deadline(FOUND, "serious") == dt.date(2024, 10, 30)
    assert rules.default_rectification_deadline(FOUND, "general") == dt.date(2024, 11, 13)


def test_setting_overrides_the_default_period(settings):
    settings.FAZHI_RECTIFICATION_WORKING_DAYS = {"major": 2}
    # 9-29 (adjusted workday) and 9-30
    assert rules.default_rectification_deadline(FOUND, "major") == dt.date(2024, 9, 30)
    assert rules.default_rectification_deadline(FOUND, "general") == dt.date(2024, 11, 13)


def test_recorded_problem_gets_the_default_deadline(problem_a):
    assert problem_a.rectification_deadline == dt.date(2024, 10, 16)


def test_ageing_counts_working_days_and_stops_when_closed(problem_a, filer_a, reviewer):
    # 9-29, 9-30, 10-8, 10-9: the holiday week does not age a problem
    assert problem_a.age_working_days(dt.date(2024, 10, 9)) == 4
    assert problem_a.age_working_days(dt.date(2024, 9, 28)) == 0
    actions.submit_plan(filer_a, problem_a, plan="整改方案")
    actions.submit_evidence(filer_a, problem_a, evidence="整改材料")
    actions.accept_rectification(reviewer, problem_a, note="已现场核验整改材料。", today=dt.date(2024, 10, 9))
    assert problem_a.age_working_days(dt.date(2025, 3, 1)) == 4


def test_deadline_status_warns_three_working_days_ahead_then_overdue(problem_a):
    # due 10-16; 10-11 leaves 10-12, 10-14, 10-15, 10-16 = 4 working days
    assert problem_a.deadline_status(dt.date(2024, 10, 11)) == DeadlineStatus.OPEN
    assert problem_a.deadline_status(dt.date(2024, 10, 12)) == DeadlineStatus.DUE_SOON
    assert problem_a.deadline.working_days_left(dt.date(2024, 10, 12)) == 3
    assert problem_a.deadline_status(dt.date(2024, 10, 16)) == DeadlineStatus.DUE_SOON
    assert problem_a.deadline_status(dt.date(2024, 10, 17)) == DeadlineStatus.OVERDUE
    assert problem_a.deadline.working_days_left(dt.date(2024, 10, 18)) == -2


def test_closing_late_or_on_time(problem_a, filer_a, reviewer):
    actions.submit_plan(filer_a, problem_a, plan="整改方案")
    actions.submit_evidence(filer_a, problem_a, evidence="整改材料")
    actions.accept_rectification(
        reviewer, problem_a, note="已现场核验整改材料。", today=dt.date(2024, 10, 17)
    )
    assert problem_a.deadline_status(dt.date(2024, 12, 1)) == DeadlineStatus.LATE


# Property checks against a brute-force count over 2023–2025 (official schedules published).

DAYS = st.dates(min_value=dt.date(2023, 1, 1), max_value=dt.date(2025, 11, 30))


def brute_working_days(start, end):
    return sum(
        calendar.is_working_day(start + dt.timedelta(days=n)) for n in range(1, (end - start).days + 1)
    )


@settings(max_examples=60, deadline=None)
@given(found=DAYS, severity=st.sampled_from(["general", "serious", "major"]))
def test_default_deadline_is_exactly_n_working_days_later(found, severity):
    due = rules.default_rectification_deadline(found, severity)
    assert calendar.is_working_day(due)
    assert brute_working_days(found, due) == rules.rectification_working_days(severity)


@settings(max_examples=60, deadline=None)
@given(found=DAYS, span=st.integers(min_value=0, max_value=90))
def test_age_counts_working_days_since_found(found, span):
    problem = Problem(found_on=found, rectification_deadline=found + dt.timedelta(days=30))
    assert problem.age_working_days(found + dt.timedelta(days=span)) == brute_working_days(
        found, found + dt.timedelta(days=span)
    )
