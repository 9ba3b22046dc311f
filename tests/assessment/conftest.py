from __future__ import annotations

import pytest

from fazhi.core.providers import Period

REGION = "330521"


@pytest.fixture
def scheme(reviewer):
    """The shipped default scheme for 2025, published."""
    from fazhi.assessment import actions_schemes
    from fazhi.assessment.defaults import default_scheme

    created = actions_schemes.create_scheme(reviewer, REGION, default_scheme(2025))
    return actions_schemes.publish_scheme(reviewer, created)


@pytest.fixture
def opened(scheme, reviewer, unit_a, unit_b):
    """Score sheets for every unit of the region; returns {organisation: assessment}."""
    from fazhi.assessment import actions_schemes

    return {a.organisation: a for a in actions_schemes.open_assessments(reviewer, scheme)}


@pytest.fixture
def record(reviewer):
    from fazhi.indicators.actions import record_value

    def make(organisation, code, value, year=2025, **parts):
        return record_value(reviewer, organisation, code, Period.year(year), value, "manual", **parts)

    return make


@pytest.fixture
def final_sheet(opened, unit_a, reviewer, record):
    """Unit A's sheet, finalised, with a lost point and its reason and a recorded rate."""
    from fazhi.assessment import actions

    record(
        unit_a,
        "disputes.head_appearance_rate",
        "45",
        numerator=9,
        denominator=20,
        definition="负责人出庭的开庭次数 ÷ 开庭审理次数",
    )
    score = opened[unit_a].scores.get(item__number="6.2")
    actions.deduct(reviewer, score, points=2, reason="败诉案件未按期整改")
    return actions.finalise(reviewer, opened[unit_a], confirmed=True)  # never self-assessed
