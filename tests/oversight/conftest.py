"""Oversight fixtures on top of the shared personas (tests/conftest.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from fazhi.oversight import actions
from fazhi.oversight.models import ProblemSource

FOUND = dt.date(2024, 9, 27)  # a Friday before the National Day holiday


@pytest.fixture
def inspection(reviewer, office, unit_a, unit_b):
    return actions.plan_inspection(
        reviewer,
        office,
        title="2024年度专项督察",
        form="on_site",
        topics="行政执法三项制度",
        units=[unit_a, unit_b],
        starts_on=dt.date(2024, 9, 23),
        ends_on=dt.date(2024, 10, 18),
    )


@pytest.fixture
def problem_a(reviewer, inspection, unit_a):
    return actions.record_problem(
        reviewer,
        unit_a,
        source=ProblemSource.INSPECTION,
        inspection=inspection,
        description="处罚案卷未附法制审核意见",
        severity="major",
        found_on=FOUND,
    )


@pytest.fixture
def problem_b(reviewer, inspection, unit_b):
    return actions.record_problem(
        reviewer,
        unit_b,
        source=ProblemSource.INSPECTION,
        inspection=inspection,
        description="合同未经合法性审查",
        severity="general",
        found_on=FOUND,
    )
