"""The role table in docs/architecture.md says what ``ROLE_REACH`` does, row by row."""

from __future__ import annotations

import re
from pathlib import Path

from fazhi.core.scoping import ROLE_REACH, Purpose, Reach, Role

ARCHITECTURE = Path(__file__).resolve().parents[2] / "docs" / "architecture.md"
ROW = re.compile(r"^\| `(?P<role>[a-z_]+)` \| (?P<reach>[a-z]+) \| (?P<purposes>[a-z_, ]+) \|$")


def documented_roles() -> dict[Role, tuple[Reach, frozenset[Purpose]]]:
    section = ARCHITECTURE.read_text(encoding="utf-8").split("### Scoping", 1)[1].split("\n### ", 1)[0]
    table = {}
    for line in section.splitlines():
        match = ROW.match(line.strip())
        if match:
            purposes = frozenset(Purpose(name.strip()) for name in match["purposes"].split(","))
            table[Role(match["role"])] = (Reach(match["reach"]), purposes)
    return table


def test_the_documented_role_table_is_role_reach():
    assert documented_roles() == ROLE_REACH


def test_every_role_has_a_reach():
    assert set(ROLE_REACH) == set(Role)
