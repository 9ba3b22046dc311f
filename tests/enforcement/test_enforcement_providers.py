"""Each enforcement provider equals a hand count on one fixture (year 2026).

Bodies: A (unit_a) and B (unit_b), both in force → 2 for the government, 1 for unit A.
Officers: A has 张明 and 李华 certified and 王强 certified on 2026-03-01; B has 赵敏 and 钱进,
钱进's certificate cancelled on 2026-02-01 → 4 certified officers at the end of 2026 (A 3, B 1).
Certificates processed in 2026: 王强's issued + 钱进's cancelled = 2 (those of 2025 are outside).
Training in 2026: three attendances (one more in 2025 is outside).
Cases decided in 2026: A1 penalty 5,000 + 1,000 confiscated; A2 penalty exempted (first violation);
A3 major penalty 10,000 after a passed review, filed for the record; A4 major coercion after a
passed review, filed; B1 penalty 200. One inspection (A5) filed, not decided.
→ penalty cases 3 (A1, A3, B1), amount 16,200, minor exemptions 1, major decisions reviewed 2,
major penalties filed 1, major coercions filed 1, inspections 1.
Case-file review: A1 and B1 (the closed ones) drawn and scored → 2.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from fazhi.core.providers import Period
from fazhi.enforcement import actions, actions_cases
from fazhi.enforcement import actions_supervision as supervision
from fazhi.enforcement.indicators import PROVIDERS

from .conftest import FILED, open_case

YEAR = Period.year(2026)


def walk(filer, case, *stages, **decided):
    for stage in stages:
        actions_cases.advance(filer, case, stage=stage, on=FILED, **(decided if stage == "decided" else {}))


def major(filer, case, reviewer_officer):
    walk(filer, case, "investigated")
    actions_cases.review_decision(
        filer,
        case,
        situation="public_interest",
        reviewer=reviewer_officer,
        reviewed_on=FILED,
        passed=True,
        opinion="同意",
    )


@pytest.fixture
def fixture(reviewer, office, filer_a, filer_b, body_a, body_b, officers_a, officers_b):
    actions.issue_certificate(
        reviewer,
        officers_a[2],
        number="330520003",
        field="市场监管",
        issued_on=dt.date(2026, 3, 1),
        expires_on=dt.date(2031, 2, 28),
        public_law_exam_passed_on=dt.date(2026, 1, 10),
    )
    for officer, held_on in [
        (officers_a[0], "2026-04-01"),
        (officers_a[1], "2026-04-01"),
        (officers_b[0], "2026-05-01"),
        (officers_a[0], "2025-12-01"),
    ]:
        actions.record_training(
            filer_a if officer.body == body_a else filer_b,
            officer,
            held_on=dt.date.fromisoformat(held_on),
            subject="培训",
            hours=Decimal(8),
        )
    a1 = open_case(filer_a, body_a, officers_a[:2], number="A1")
    walk(
        filer_a,
        a1,
        "investigated",
        "reviewed",
        "decided",
        "served",
        "executed",
        "closed",
        fine_amount=Decimal(5000),
        confiscation_amount=Decimal(1000),
    )
    a2 = open_case(filer_a, body_a, officers_a[:2], number="A2")
    walk(filer_a, a2, "investigated", "reviewed", "decided", exemption="first_violation")
    a3 = open_case(filer_a, body_a, officers_a[:2], number="A3", is_major=True)
    major(filer_a, a3, officers_a[0])
    walk(filer_a, a3, "reviewed", "decided", fine_amount=Decimal(10000), is_filed_for_record=True)
    a4 = open_case(filer_a, body_a, officers_a[:2], number="A4", case_type="coercion", is_major=True)
    major(filer_a, a4, officers_a[0])
    walk(filer_a, a4, "reviewed", "decided", is_filed_for_record=True)
    open_case(filer_a, body_a, officers_a[:2], number="A5", case_type="inspection")
    b1 = open_case(
        filer_b, body_b, [officers_b[0], officers_b[1]], number="B1", filed_on=dt.date(2026, 1, 15)
    )
    walk(
        filer_b,
        b1,
        "investigated",
        "reviewed",
        "decided",
        "served",
        "executed",
        "closed",
        fine_amount=Decimal(200),
    )
    actions.change_certificate(
        reviewer, officers_b[1].certificates.get(), status="cancelled", reason="调离", on=dt.date(2026, 2, 1)
    )
    standard = supervision.create_standard(reviewer, office, name="标准")
    campaign = supervision.start_campaign(
        reviewer, office, title="评查", year=2026, standard=standard, sample_size=5, seed=3
    )
    for file_review in campaign.file_reviews.all():
        supervision.score_file(reviewer, file_review, vetoed_items=[], deductions={}, comments="规范")


EXPECTED_GOVERNMENT = {
    "enforcement.bodies": 2,
    "enforcement.officers": 4,
    "enforcement.certificates_processed": 2,
    "enforcement.officers_trained": 3,
    "enforcement.penalty_cases": 3,
    "enforcement.penalty_amount": 16200,
    "enforcement.inspections": 1,
    "enforcement.case_files_reviewed": 2,
    "enforcement.major_decisions_reviewed": 2,
    "enforcement.major_penalties_filed": 1,
    "enforcement.major_coercions_filed": 1,
    "enforcement.minor_exemptions": 1,
}
EXPECTED_UNIT_A = {
    "enforcement.bodies": 1,
    "enforcement.officers": 3,
    "enforcement.certificates_processed": 1,
    "enforcement.officers_trained": 2,
    "enforcement.penalty_cases": 2,
    "enforcement.penalty_amount": 16000,
    "enforcement.case_files_reviewed": 1,
}


@pytest.mark.parametrize("code", sorted(EXPECTED_GOVERNMENT))
def test_each_provider_equals_the_hand_count(fixture, government, code):
    assert PROVIDERS[code](government, YEAR).value == Decimal(EXPECTED_GOVERNMENT[code])


@pytest.mark.parametrize("code", sorted(EXPECTED_UNIT_A))
def test_a_unit_counts_only_its_own_bodies(fixture, unit_a, code):
    assert PROVIDERS[code](unit_a, YEAR).value == Decimal(EXPECTED_UNIT_A[code])


def test_another_year_counts_nothing_of_2026(fixture, government):
    assert PROVIDERS["enforcement.penalty_cases"](government, Period.year(2025)).value == 0
    assert PROVIDERS["enforcement.officers_trained"](government, Period.year(2025)).value == 1


def test_every_code_is_in_the_catalogue_and_no_random_code_is_claimed():
    from fazhi.catalog import indicators as catalogue

    known = {indicator.code for indicator in catalogue.all_indicators()}
    assert set(PROVIDERS) <= known
    assert not [code for code in PROVIDERS if code.startswith("enforcement.random_")]
