"""The indicator codes every part of fazhi shares (see docs/indicators.md).

Codes are a contract: add freely, never rename or reuse one. The data lives in
``data/indicators.json`` so that the platform, the engine and outside tools
read the same file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Indicator:
    code: str
    name: str
    unit: str
    area: str
    definition: str
    typical: str = ""
    aliases: tuple[str, ...] = field(default_factory=tuple)

    @property
    def is_rate(self) -> bool:
        return self.unit == "%"


@cache
def _load() -> tuple[dict[str, str], dict[str, Indicator]]:
    raw = json.loads(resources.files("fazhi.catalog").joinpath("data", "indicators.json").read_text("utf-8"))
    indicators = {}
    for row in raw["indicators"]:
        fields = {**row, "aliases": tuple(row.get("aliases", ()))}
        indicators[row["code"]] = Indicator(**fields)
    return raw["areas"], indicators


def areas() -> dict[str, str]:
    """Area prefix -> Chinese name, in the outline's order."""
    return dict(_load()[0])


def all_indicators() -> list[Indicator]:
    return list(_load()[1].values())


def get(code: str) -> Indicator | None:
    return _load()[1].get(code)


def codes() -> list[str]:
    return list(_load()[1])
