"""Each provider against counts made by hand from the records below."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from fazhi.core.providers import Period, providers
from fazhi.education import actions
from fazhi.education.indicators import PROVIDERS

from .conftest import published_list, report, session

YEAR = Period.year(2025)


def value(code, organisation, period=YEAR):
    measurement = PROVIDERS[code](organisation, period)
    return None if measurement is None else measurement.value


@pytest.fixture
def records(filer_a, filer_b, unit_a, unit_b, reviewer, media_root):
    # unit_a: 3 executive-meeting sessions in 2025 (one in 2024 left out), 1 party-group, 1 lecture.
    for day in (dt.date(2025, 1, 8), dt.date(2025, 5, 6), dt.date(2025, 12, 31), dt.date(2024, 12, 31)):
        session(filer_a, unit_a, held_on=day)
    session(filer_a, unit_a, kind="party_group")
    session(filer_a, unit_a, kind="lecture")
    # unit_b: 1 executive-meeting session.
    session(filer_b, unit_b)
    # Exams: 12 + 7 pre-appointment takers in 2025 (annual 30 and the 2024 sitting left out).
    for kind, day, takers in (
        ("pre_appointment", dt.date(2025, 4, 1), 12),
        ("pre_appointment", dt.date(2025, 9, 1), 7),
        ("annual", dt.date(2025, 12, 1), 30),
        ("pre_appointment", dt.date(2024, 9, 1), 5),
    ):
        actions.record_exam(
            filer_a, unit_a, kind=kind, held_on=day, title="考试", takers=takers, passed=takers
        )
    actions.record_exam(
        filer_b, unit_b, kind="pre_appointment", held_on=dt.date(2025, 3, 3), title="考试", takers=4, passed=3
    )
    # Oath: 3 + 2 swore in 2025.
    actions.record_oath(
        filer_a, unit_a, held_on=dt.date(2025, 2, 1), presided_by="县长", swearers="甲\n乙\n\n丙"
    )
    actions.record_oath(filer_b, unit_b, held_on=dt.date(2025, 2, 1), presided_by="主任", swearers="丁\n戊")
    report(filer_a, unit_a, reported_on=dt.date(2025, 1, 20), year=2024)
    # Events: 2 campaigns and 1 training at unit_a, 1 legal-literate training at unit_b.
    for kind, who, unit in (
        ("campaign", filer_a, unit_a),
        ("campaign", filer_a, unit_a),
        ("training", filer_a, unit_a),
        ("legal_literate", filer_b, unit_b),
    ):
        actions.record_activity(
            who,
            unit,
            kind=kind,
            held_on=dt.date(2025, 6, 1),
            title="宪法进社区",
            place="广场",
            audience="居民",
            reached=100,
        )
    actions.record_material(
        filer_a, unit_a, form="leaflet", title="宣传册", issued_on=dt.date(2025, 6, 1), copies=500
    )
    actions.record_material(
        filer_b, unit_b, form="booklet", title="手册", issued_on=dt.date(2025, 7, 1), copies=120
    )
    actions.record_material(
        filer_b, unit_b, form="booklet", title="旧手册", issued_on=dt.date(2024, 7, 1), copies=9
    )
    actions.name_site(filer_b, unit_b, name="城西社区", kind="community", level="provincial", year=2025)
    actions.name_site(filer_b, unit_b, name="城东村", kind="village", level="county", year=2024)
    # Responsibility lists: unit_a's reviewed, unit_b's only published.
    actions.review_list(
        reviewer,
        published_list(filer_a, unit_a),
        rating="good",
        review_result="清单完整",
        reviewed_on=dt.date(2025, 12, 20),
    )
    published_list(filer_b, unit_b)
    # Schools of unit_b: 3, two with a vice-principal in office on 31 December 2025.
    for name, term in (
        ("武康一小", (dt.date(2024, 9, 1), dt.date(2027, 8, 31))),
        ("武康二小", (dt.date(2025, 9, 1), dt.date(2026, 8, 31))),
        ("武康三小", (dt.date(2023, 9, 1), dt.date(2025, 8, 31))),
    ):
        school = actions.add_school(filer_b, unit_b, name=name)
        actions.appoint_vice_principal(
            filer_b, school, name="王警官", employer="武康派出所", starts_on=term[0], ends_on=term[1]
        )


def test_every_provider_is_registered_under_a_catalogue_code(db):
    registered = providers()
    for code in PROVIDERS:
        assert registered[code][1] is PROVIDERS[code]


def test_counts_of_one_unit_match_the_hand_count(records, unit_a, unit_b):
    assert value("leadership.pre_meeting_study_sessions", unit_a) == 3
    assert value("leadership.group_study_sessions", unit_a) == 1
    assert value("leadership.pre_appointment_exam_takers", unit_a) == 19
    assert value("leadership.oath_takers", unit_a) == 3
    assert value("leadership.accountability_reports", unit_a) == 1
    assert value("education.activities", unit_a) == 2
    assert value("education.trainings", unit_a) == 1
    assert value("education.legal_literate_trainings", unit_a) == 0
    assert value("education.materials", unit_a) == 500
    assert value("education.demo_communities", unit_b) == 1
    assert value("education.responsibility_lists_reviewed", unit_a) == 1
    assert value("education.responsibility_lists_reviewed", unit_b) == 0


def test_the_government_answers_for_the_whole_region(records, government):
    assert value("leadership.pre_meeting_study_sessions", government) == 4
    assert value("leadership.pre_appointment_exam_takers", government) == 23
    assert value("leadership.oath_takers", government) == 5
    assert value("education.activities", government) == 2
    assert value("education.legal_literate_trainings", government) == 1
    assert value("education.materials", government) == 620
    assert value("education.demo_communities", government) == 1
    assert value("education.demo_communities", government, Period(dt.date(2024, 1, 1), YEAR.end)) == 2


def test_the_vice_principal_rate_counts_terms_in_force_on_the_last_day(records, unit_a, unit_b):
    measurement = PROVIDERS["education.school_legal_vp_rate"](unit_b, YEAR)
    assert (measurement.numerator, measurement.denominator) == (2, 3)
    assert measurement.value == Decimal("66.67")
    # No schools: the rate is undefined, never a zero.
    assert PROVIDERS["education.school_legal_vp_rate"](unit_a, YEAR) is None


def test_nothing_recorded_counts_zero(unit_a):
    assert value("leadership.pre_meeting_study_sessions", unit_a) == 0
    assert value("education.materials", unit_a) == 0
