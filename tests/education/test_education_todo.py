"""The work-list line and the reminder of a body below the year's study minimum, on fixed dates."""

from __future__ import annotations

import datetime as dt

import pytest

from fazhi.core.models import Notice
from fazhi.education import reminders, todo
from fazhi.education.models import EducationEvent

from .conftest import session

SEPTEMBER_30 = dt.date(2025, 9, 30)
OCTOBER_1 = dt.date(2025, 10, 1)


@pytest.fixture
def three_sessions(filer_a, unit_a, settings):
    settings.EDUCATION_MIN_STUDY_SESSIONS = 4
    for month in (2, 5, 8):
        session(filer_a, unit_a, held_on=dt.date(2025, month, 10))


def line(user, today):
    [item] = todo.work_for(user, today=today)
    return item


def test_a_body_below_the_minimum_shows_from_the_first_of_october(three_sessions, filer_a):
    assert line(filer_a, SEPTEMBER_30).count == 0
    item = line(filer_a, OCTOBER_1)
    assert (item.count, item.due_on, item.overdue) == (1, dt.date(2025, 12, 31), 0)
    assert item.url == "/education/study/?year=2025"


def test_a_body_that_meets_the_minimum_shows_nothing(three_sessions, filer_a, unit_a):
    session(filer_a, unit_a, held_on=dt.date(2025, 9, 1), kind="party_group")
    assert line(filer_a, OCTOBER_1).count == 0


def test_a_lecture_does_not_make_up_the_minimum(three_sessions, filer_a, unit_a):
    session(filer_a, unit_a, held_on=dt.date(2025, 9, 1), kind="lecture")
    assert line(filer_a, OCTOBER_1).count == 1


def test_the_office_is_not_given_the_units_chore(three_sessions, reviewer, filer_b):
    # The office reaches every unit of the region, but their study is their own chore.
    assert line(reviewer, OCTOBER_1).count == 0
    # unit_b has held none: its filer sees it; unit_a's shortfall is not his.
    assert line(filer_b, OCTOBER_1).count == 1


def test_the_reminder_goes_once_a_year_from_october(
    three_sessions, filer_a, unit_a, unit_b, government, office, django_capture_on_commit_callbacks
):
    assert reminders.send_reminders(SEPTEMBER_30) == 0
    with django_capture_on_commit_callbacks(execute=True):
        sent = reminders.send_reminders(OCTOBER_1)
    # Every studying body below four: the government, the office, unit_a and unit_b.
    assert sent == 4
    assert reminders.send_reminders(dt.date(2025, 10, 2)) == 0
    assert EducationEvent.objects.filter(verb="remind_study", organisation=unit_a).count() == 1
    assert Notice.objects.filter(recipient=filer_a).count() == 1


def test_a_body_that_catches_up_is_not_reminded(three_sessions, filer_a, unit_a):
    session(filer_a, unit_a, held_on=dt.date(2025, 9, 1))
    reminders.send_reminders(OCTOBER_1)
    assert not EducationEvent.objects.filter(verb="remind_study", organisation=unit_a).exists()
