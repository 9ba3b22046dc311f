"""The year's minimum of collective study sessions (EDUCATION_MIN_STUDY_SESSIONS)."""

from __future__ import annotations

import datetime as dt

from fazhi.education import queries, rules
from fazhi.org.models import Organisation

from .conftest import session


def test_the_default_minimum_is_four_a_year(settings):
    del settings.EDUCATION_MIN_STUDY_SESSIONS
    assert rules.study_minimum() == 4
    assert rules.meets_study_minimum(4)
    assert not rules.meets_study_minimum(3)


def test_a_year_that_meets_the_minimum_and_one_that_does_not(filer_a, unit_a, settings):
    settings.EDUCATION_MIN_STUDY_SESSIONS = 4
    # 2024: four sessions (three before executive meetings, one of the party group) meet it.
    for month in (2, 5, 8):
        session(filer_a, unit_a, held_on=dt.date(2024, month, 10))
    session(filer_a, unit_a, held_on=dt.date(2024, 11, 10), kind="party_group")
    # 2025: three sessions and two lectures; lectures do not count towards the minimum.
    for month in (3, 6, 9):
        session(filer_a, unit_a, held_on=dt.date(2025, month, 10))
    for month in (4, 7):
        session(filer_a, unit_a, held_on=dt.date(2025, month, 10), kind="lecture")
    units = Organisation.objects.filter(pk=unit_a.pk)
    assert queries.with_study_count(units, 2024).get().collective_sessions == 4
    assert not queries.below_study_minimum(units, 2024).exists()
    assert queries.with_study_count(units, 2025).get().collective_sessions == 3
    assert list(queries.below_study_minimum(units, 2025)) == [unit_a]


def test_the_minimum_is_a_setting(filer_a, unit_a, settings):
    for month in (3, 6, 9):
        session(filer_a, unit_a, held_on=dt.date(2025, month, 10))
    units = Organisation.objects.filter(pk=unit_a.pk)
    settings.EDUCATION_MIN_STUDY_SESSIONS = 3
    assert not queries.below_study_minimum(units, 2025).exists()
    settings.EDUCATION_MIN_STUDY_SESSIONS = 5
    assert queries.below_study_minimum(units, 2025).exists()


def test_the_check_starts_on_the_first_of_october():
    assert not rules.is_study_check_due(dt.date(2025, 9, 30))
    assert rules.is_study_check_due(dt.date(2025, 10, 1))
    assert rules.is_study_check_due(dt.date(2025, 12, 31))
