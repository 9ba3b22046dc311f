"""Fixtures of the random-inspection tests: valid credit codes, pools and a plan of unit A."""

from __future__ import annotations

import datetime as dt

import pytest
from stdnum.cn import uscc

from fazhi.inspections import actions

PERIOD = {"starts_on": dt.date(2026, 1, 1), "ends_on": dt.date(2026, 12, 31)}
MATTER = {
    "name": "食品经营许可事项监督检查",
    "legal_basis": "《中华人民共和国食品安全法》第一百一十条",
    "object_type": "食品经营者",
    "kind": "general",
    "method": "现场检查",
}


def credit_code(number: int, region: str = "330521") -> str:
    """A valid unified social credit code (GB 32100 check digit) for ``number``."""
    body = f"91{region}MA{number:07d}"
    return body + uscc.calc_check_digit(body)


def entity_rows(count: int, start: int = 0, **extra) -> list[dict]:
    return [
        {"name": f"德清县某某商贸有限公司{n}", "credit_code": credit_code(n), "category": "食品经营", **extra}
        for n in range(start, start + count)
    ]


def fill_pools(actor, unit, *, entities: int = 40, inspectors: int = 6, start: int = 0, prefix: str = "A"):
    actions.add_entities(actor, unit, entity_rows(entities, start))
    return [
        actions.add_inspector(
            actor, unit, name=f"检查员{prefix}{n}", certificate_number=f"33052100{prefix}{n:03d}"
        )
        for n in range(inspectors)
    ]


def make_plan(actor, unit, *, matters=None, **extra):
    matters = matters or [actions.add_matter(actor, unit, **MATTER)]
    return actions.create_plan(
        actor, unit, matters=matters, **{"title": "2026年食品经营双随机抽查", **PERIOD, **extra}
    )


@pytest.fixture
def plan_a(filer_a, unit_a):
    fill_pools(filer_a, unit_a)
    return make_plan(filer_a, unit_a, sampling_percent=10)
