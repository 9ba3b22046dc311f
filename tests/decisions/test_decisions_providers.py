"""decisions.catalog_items and decisions.procedures_complete_rate equal hand counts.

Fixture: the government's 2025 catalogue: five items of unit A and two of unit
B, published; then one added (A), one of A merged, one of B removed → 6 in the
catalogue (A: 5, B: 1). Procedures complete: A1 (all five), A2 (only legality
review and collective discussion required, both held), B1 (all five) → 3 of 6.
A 2024 catalogue with 2 items is outside the period.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from fazhi.core.providers import Period
from fazhi.decisions import actions
from fazhi.decisions.indicators import PROVIDERS

from .conftest import hold

ALL = (
    "public_participation",
    "expert_argumentation",
    "risk_assessment",
    "legality_review",
    "collective_discussion",
)


@pytest.fixture
def fixture(catalogue, reviewer, filer_a, filer_b, government, unit_a, unit_b):
    a = [actions.add_item(reviewer, catalogue, unit_a, title=f"A{n}") for n in range(1, 6)]
    b = [actions.add_item(reviewer, catalogue, unit_b, title=f"B{n}") for n in range(1, 3)]
    actions.publish_catalogue(reviewer, catalogue, published_on=dt.date(2025, 3, 31))
    actions.add_item(reviewer, catalogue, unit_a, title="A6", reason="新增")
    actions.merge_item(reviewer, a[4], into=a[3], reason="合并")
    actions.remove_item(reviewer, b[1], reason="调出")
    hold(filer_a, a[0], *ALL)
    a[1].requires_public_participation = a[1].requires_expert_argumentation = a[
        1
    ].requires_risk_assessment = False
    a[1].save()
    hold(filer_a, a[1], "legality_review", "collective_discussion")
    hold(filer_a, a[2], "public_participation", "legality_review")
    hold(filer_b, b[0], *ALL)
    old = actions.create_catalogue(reviewer, government, year=2024)
    for n in range(2):
        actions.add_item(reviewer, old, unit_a, title=f"old{n}")
    return {"government": government, "unit_a": unit_a, "unit_b": unit_b}


def test_catalog_items_is_the_final_count(fixture):
    # The catalogue belongs to the government: its subtree holds all six.
    assert PROVIDERS["decisions.catalog_items"](fixture["government"], Period.year(2025)).value == 6
    assert PROVIDERS["decisions.catalog_items"](fixture["government"], Period.year(2024)).value == 2
    assert PROVIDERS["decisions.catalog_items"](fixture["unit_a"], Period.year(2025)).value == 0


def test_procedures_complete_rate(fixture):
    measurement = PROVIDERS["decisions.procedures_complete_rate"](fixture["government"], Period.year(2025))
    assert (measurement.value, measurement.numerator, measurement.denominator) == (Decimal("50.00"), 3, 6)
    assert PROVIDERS["decisions.procedures_complete_rate"](fixture["government"], Period.year(2023)) is None
