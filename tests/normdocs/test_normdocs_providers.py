"""Each rules.normdocs_* provider equals a hand count on a small fixture.

The fixture, in 2025 unless said:
- unit A issues three documents (1 Apr, 2 Jun, 5 Sep) and one in 2024;
  unit B issues one (10 May); a draft of A stays a draft.
- Filings: A1 on time (20 Apr, due 1 May), A2 late (20 Jul, due 2 Jul), A3 on
  time (9 Oct, due 9 Oct) but without drafting notes; B1 on time; A3 not reviewed yet.
- Filing review by the office: A1 accepted, A2 refused, B1 accepted.
- Legality reviews: every issued document had one passed round; A2 was
  returned once first (two rounds) → 5 rounds in 2025 (the 2024 one excluded).
- Clean-up in 2025: the 2024 document abolished, A1 retained, B1 declared expired.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from fazhi.core.providers import Period
from fazhi.normdocs import actions, actions_cleanup
from fazhi.normdocs.indicators import PROVIDERS

from .conftest import all_yes, draft_of, official_text

YEAR = Period.year(2025)


def _issue(filer, reviewer, organisation, title, number, issued_on, *, returned_first=False):
    document = draft_of(filer, organisation, title=title)
    if returned_first:
        actions.submit_for_review(filer, document, today=issued_on - dt.timedelta(days=30))
        actions.install_default_checklist(reviewer, "330521")
        actions.record_review(
            reviewer,
            document,
            outcome="returned",
            answers=all_yes(),
            opinions="修改",
            today=issued_on - dt.timedelta(days=25),
        )
    actions.submit_for_review(filer, document, today=issued_on - dt.timedelta(days=20))
    actions.install_default_checklist(reviewer, "330521")
    actions.record_review(
        reviewer, document, outcome="passed", answers=all_yes(), today=issued_on - dt.timedelta(days=10)
    )
    return actions.issue_document(
        filer,
        document,
        document_number=number,
        issued_on=issued_on,
        today=issued_on,
        official_text=official_text(),
    )


@pytest.fixture
def fixture(listed, filer_a, filer_b, reviewer, government, office, unit_a, unit_b):
    old = _issue(filer_a, reviewer, unit_a, "A0", "A〔2024〕1号", dt.date(2024, 6, 3))
    a1 = _issue(filer_a, reviewer, unit_a, "A1", "A〔2025〕1号", dt.date(2025, 4, 1))
    a2 = _issue(filer_a, reviewer, unit_a, "A2", "A〔2025〕2号", dt.date(2025, 6, 2), returned_first=True)
    a3 = _issue(filer_a, reviewer, unit_a, "A3", "A〔2025〕3号", dt.date(2025, 9, 5))
    b1 = _issue(filer_b, reviewer, unit_b, "B1", "B〔2025〕1号", dt.date(2025, 5, 10))
    draft_of(filer_a, unit_a, title="still a draft")
    f1 = actions.file_document(filer_a, a1, filed_on=dt.date(2025, 4, 20), today=dt.date(2025, 12, 31))
    f2 = actions.file_document(
        filer_a, a2, filed_on=dt.date(2025, 7, 20), today=dt.date(2025, 12, 31)
    )  # due 2 Jul
    actions.file_document(
        filer_a, a3, filed_on=dt.date(2025, 10, 9), has_drafting_notes=False, today=dt.date(2025, 12, 31)
    )  # due 9 Oct (5 Oct moved past the holiday)
    fb = actions.file_document(filer_b, b1, filed_on=dt.date(2025, 5, 30), today=dt.date(2025, 12, 31))
    actions.decide_filing(reviewer, f1, accept=True, today=dt.date(2025, 5, 10))
    actions.decide_filing(reviewer, f2, accept=False, reasons="增设行政许可", today=dt.date(2025, 8, 1))
    actions.decide_filing(reviewer, fb, accept=True, today=dt.date(2025, 6, 20))
    campaign = actions_cleanup.create_campaign(
        reviewer, office, title="2025年清理", started_on=dt.date(2025, 10, 1)
    )
    actions_cleanup.decide_cleanup(
        reviewer, campaign, old, outcome="abolish", decided_on=dt.date(2025, 11, 1)
    )
    actions_cleanup.decide_cleanup(reviewer, campaign, a1, outcome="retain", decided_on=dt.date(2025, 11, 1))
    actions_cleanup.decide_cleanup(reviewer, campaign, b1, outcome="expire", decided_on=dt.date(2025, 11, 1))
    return {"government": government, "office": office, "unit_a": unit_a, "unit_b": unit_b}


def value(code, organisation, period=YEAR):
    measurement = PROVIDERS[code](organisation, period)
    return None if measurement is None else measurement.value


@pytest.mark.parametrize(
    ("code", "in_region", "in_a", "in_b"),
    [
        ("rules.normdocs_issued", 4, 3, 1),
        ("rules.normdocs_reviewed", 5, 4, 1),
        ("rules.normdocs_filed", 4, 3, 1),
        ("rules.normdocs_cleaned", 3, 2, 1),
        ("rules.normdocs_retained", 1, 1, 0),
        ("rules.normdocs_abolished", 1, 1, 0),
        ("rules.normdocs_expired", 1, 0, 1),
    ],
)
def test_counts_equal_the_hand_count(fixture, code, in_region, in_a, in_b):
    assert value(code, fixture["government"]) == in_region
    assert value(code, fixture["unit_a"]) == in_a
    assert value(code, fixture["unit_b"]) == in_b


def test_filing_review_counts_for_the_office(fixture):
    assert value("rules.normdocs_filing_reviewed", fixture["office"]) == 3
    assert value("rules.normdocs_filing_rejected", fixture["office"]) == 1
    assert value("rules.normdocs_filing_reviewed", fixture["unit_a"]) == 0
    # The government's subtree holds the office: the region's examinations.
    assert value("rules.normdocs_filing_reviewed", fixture["government"]) == 3


def test_rates_equal_the_hand_count(fixture):
    government, unit_a = fixture["government"], fixture["unit_a"]
    # Issued in 2025: A1, A2, A3, B1, all filed → 100 %.
    assert value("rules.normdocs_filing_rate", government) == Decimal("100.00")
    # Filed in 2025: 4, of which A2 late → 75 %; for A: 2 of 3 → 66.67 %.
    assert value("rules.normdocs_filing_timely_rate", government) == Decimal("75.00")
    assert value("rules.normdocs_filing_timely_rate", unit_a) == Decimal("66.67")
    # A3 lacked drafting notes: 3 of 4 in due form.
    measurement = PROVIDERS["rules.normdocs_filing_conformity_rate"](government, YEAR)
    assert (measurement.value, measurement.numerator, measurement.denominator) == (Decimal("75.00"), 3, 4)


def test_rates_without_a_denominator_are_none(fixture):
    assert value("rules.normdocs_filing_rate", fixture["unit_a"], Period.year(2023)) is None
    assert value("rules.normdocs_filing_timely_rate", fixture["unit_b"], Period.year(2023)) is None


def test_the_providers_are_discovered(db):
    from fazhi.core.providers import providers

    found = providers()
    assert {code for code, (label, _f) in found.items() if label == "normdocs"} == set(PROVIDERS)
