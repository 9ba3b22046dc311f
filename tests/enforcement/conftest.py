"""Enforcement fixtures: a body in unit_a and one in unit_b, each with certified officers."""

from __future__ import annotations

import datetime as dt

import pytest

FILED = dt.date(2026, 3, 2)


def make_body(actor, organisation, name):
    from fazhi.enforcement import actions

    return actions.create_body(actor, organisation, name=name, legal_basis="《中华人民共和国行政处罚法》")


def make_officer(filer, reviewer, body, name, staff_number, *, certified=True, qualified=False):
    from fazhi.enforcement import actions

    officer = actions.add_officer(
        filer, body, name=name, staff_number=staff_number, has_legal_qualification=qualified
    )
    if certified:
        actions.issue_certificate(
            reviewer,
            officer,
            number=f"33052{staff_number}",
            field="市场监管",
            issued_on=dt.date(2025, 1, 1),
            expires_on=dt.date(2029, 12, 31),
            public_law_exam_passed_on=dt.date(2024, 11, 1),
        )
    return officer


@pytest.fixture
def body_a(reviewer, unit_a):
    return make_body(reviewer, unit_a, "德清县市场监督管理局")


@pytest.fixture
def body_b(reviewer, unit_b):
    return make_body(reviewer, unit_b, "德清县武康街道综合行政执法队")


@pytest.fixture
def officers_a(filer_a, reviewer, body_a):
    return [
        make_officer(filer_a, reviewer, body_a, "张明", "0001", qualified=True),
        make_officer(filer_a, reviewer, body_a, "李华", "0002"),
        make_officer(filer_a, reviewer, body_a, "王强", "0003", certified=False),
    ]


@pytest.fixture
def officers_b(filer_b, reviewer, body_b):
    return [
        make_officer(filer_b, reviewer, body_b, "赵敏", "1001"),
        make_officer(filer_b, reviewer, body_b, "钱进", "1002"),
    ]


def open_case(filer, body, officers, number="德市监罚〔2026〕1号", **extra):
    from fazhi.enforcement import actions_cases

    fields = {
        "case_type": "penalty",
        "title": "销售过期食品",
        "party_name": "德清某超市有限公司",
        "filed_on": FILED,
    }
    fields.update(extra)
    return actions_cases.open_case(filer, body, number=number, officers=officers, **fields)


@pytest.fixture
def case_a(filer_a, body_a, officers_a):
    return open_case(filer_a, body_a, officers_a[:2])


@pytest.fixture
def case_b(filer_b, body_b, officers_b):
    return open_case(filer_b, body_b, officers_b, number="武执罚〔2026〕1号")


STAGES_AFTER_FILING = ("investigated", "reviewed", "decided", "served", "executed", "closed")


def close_case(filer, case, on=FILED):
    from fazhi.enforcement import actions_cases

    for stage in STAGES_AFTER_FILING:
        actions_cases.advance(filer, case, stage=stage, on=on)
    return case
