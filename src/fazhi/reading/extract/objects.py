"""A figure of the objects an act reaches, said before the act: 全年共对670家企业开展双随机抽查.

Placing reads an alias on the right of a figure as the noun the figure counts, and a generic word of
inspection (抽查, 检查) three to ten characters right of a count of firms is too weak for it. With 对 before
the figure and a random inspection carried out on what it counts, the figure counts the inspection's objects.
"""

from __future__ import annotations

import re

from .quantity import Quantity

RANDOM_INSPECTION_OBJECTS = "enforcement.random_inspection_objects"
_OBJECT_UNITS = frozenset({"家", "户", "户次", "家次", "所"})
# 对 right before the figure, after a period or summing word at most (全年共对670家).
_TO = re.compile(r"对(?:全市|全县|全区|辖区)?(?:共计|累计|共)?$")
# What the figure counts, then the act: carried out on it, a random one (双随机, 随机).
_RANDOM_ACT = re.compile(
    r"[\u4e00-\u9fff、]{0,10}?(?:开展|进行|实施|组织)了?[^，。；\d]{0,8}?随机[^，。；\d]{0,8}?(?:抽查|检查|监督|监管)"
)


def random_inspection_object(text: str, clause_start: int, quantity: Quantity) -> tuple[str, int] | None:
    """(code, anchor) for a count of firms a random inspection the clause names after it reached, or None."""
    if quantity.unit not in _OBJECT_UNITS or not _TO.search(
        text, max(clause_start, quantity.start - 12), quantity.start
    ):
        return None
    act = _RANDOM_ACT.match(text, quantity.end)
    return (RANDOM_INSPECTION_OBJECTS, act.end()) if act else None
