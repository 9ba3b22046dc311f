"""Year-plan fixtures on top of the shared personas (tests/conftest.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from fazhi.plans import actions


@pytest.fixture
def plan(reviewer, office):
    return actions.create_plan(reviewer, office, year=2024, title="德清县2024年法治政府建设工作要点")


@pytest.fixture
def task_a(reviewer, plan, unit_a):
    return actions.add_task(
        reviewer,
        plan,
        number=1,
        title="落实重大执法决定法制审核制度",
        lead_unit=unit_a,
        deadline=dt.date(2024, 10, 16),
        area="enforcement",
        indicator_codes=["enforcement.case_files_reviewed"],
    )


@pytest.fixture
def task_b(reviewer, plan, unit_b):
    return actions.add_task(
        reviewer,
        plan,
        number=2,
        title="推进街道合法性审查全覆盖",
        lead_unit=unit_b,
        deadline=dt.date(2024, 12, 31),
    )
