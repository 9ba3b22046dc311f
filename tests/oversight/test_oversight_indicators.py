"""Providers against a hand-counted problem list."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from fazhi.core.providers import Period, providers
from fazhi.oversight import actions
from fazhi.oversight.indicators import problems_listed, problems_rectified, rectification_rate
from fazhi.oversight.models import ProblemSource

pytestmark = pytest.mark.django_db


def _problem(actor, unit, found_on, due, source=ProblemSource.SELF_INSPECTION):
    return actions.record_problem(
        actor,
        unit,
        source=source,
        description="问题",
        severity="general",
        found_on=found_on,
        rectification_deadline=due,
    )


def _close(problem, filer, reviewer, on):
    actions.submit_plan(filer, problem, plan="方案")
    actions.submit_evidence(filer, problem, evidence="材料")
    actions.accept_rectification(reviewer, problem, note="已现场核验整改材料。", today=on)


def test_hand_counted_list(filer_a, filer_b, reviewer, government, unit_a, unit_b, elsewhere, admin_user):
    # unit A: three problems found in 2024, deadlines 2024, 2024, 2025; the first two closed in 2024
    a1 = _problem(filer_a, unit_a, dt.date(2024, 3, 1), dt.date(2024, 4, 30))
    a2 = _problem(filer_a, unit_a, dt.date(2024, 6, 1), dt.date(2024, 7, 31))
    _problem(filer_a, unit_a, dt.date(2024, 11, 1), dt.date(2025, 1, 31))
    _close(a1, filer_a, reviewer, dt.date(2024, 4, 20))
    _close(a2, filer_a, reviewer, dt.date(2024, 8, 5))
    # unit B: one found in 2023 (deadline 2024, still open), one found in 2024 (open)
    _problem(filer_b, unit_b, dt.date(2023, 12, 1), dt.date(2024, 1, 31))
    _problem(filer_b, unit_b, dt.date(2024, 5, 1), dt.date(2024, 6, 30))
    # another county: never counted under this government
    _problem(admin_user, elsewhere, dt.date(2024, 5, 1), dt.date(2024, 6, 30), source=ProblemSource.OTHER)

    year = Period.year(2024)
    assert problems_listed(unit_a, year).value == 3
    assert problems_listed(unit_b, year).value == 1
    assert problems_listed(government, year).value == 4
    assert problems_rectified(government, year).value == 2
    # deadlines in 2024: a1, a2, b(2023), b(2024) = 4; closed among them: a1, a2
    measured = rectification_rate(government, year)
    assert (measured.numerator, measured.denominator, measured.value) == (2, 4, Decimal("50.00"))
    assert rectification_rate(unit_a, year).value == Decimal("100.00")
    assert rectification_rate(unit_a, Period.year(2026)) is None  # nothing due: undefined, not zero
    assert problems_listed(government, Period.quarter(2024, 2)).value == 2


def test_codes_are_claimed_once_through_the_door():
    found = providers()
    for code in (
        "leadership.problems_listed",
        "leadership.problems_rectified",
        "leadership.rectification_rate",
    ):
        assert found[code][0] == "oversight"
