"""A total given after its parts: 其中规定动作26项、自选动作7项，合计33项.

Where the parts each name the thing (经济责任审计14个、专项审计9个，合计23个), the total counts it and the parts
are its breakdown: ``facts`` then gives the total their code and takes it from them (``summed_parts``).

A breakdown is often given first and its sum last. The parts name kinds (规定动作, 科级干部) and no
code, and the total's clause names nothing: the thing counted is named before the parts, in the same
sentence (区政府将本年度确定的重点任务分为…两类，其中…). The total is read as that thing's count only
where the sentence shows it is one: two or more parts joined by 、, in the total's unit, that add up to
it (or to less, where 等 says the list is not whole: 包括行政处罚312项、行政许可28项等共417项).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .elliptic import nearest_alias
from .quantity import Quantity

# Between the last part and the total: 等, a comma, and the word of a sum.
_SUM_GAP = re.compile(r"(?P<more>等)?[，,]?\s?(?:合计|共计|总计|共)(?:为|有|达到?)?\s?")
# Between two parts: 、 and the next part's name, no clause break.
_PART_JOIN = re.compile(r"、[^、，,。；;：:\d\n]{0,10}")
# Where the list of parts opens: after a clause break, a colon, 其中 or 包括.
_ITEM_OPENS = re.compile(r"[，,：:（(]|其中|包括|包含|分为")
# People are counted in 名 as in 人 (科级干部64名、其他公务员23名，合计87人).
_PEOPLE = frozenset({"人", "名", "位"})


def _unit(unit: str) -> str:
    return "人" if unit in _PEOPLE else unit


def summed_parts(text: str, found: Sequence[Quantity], index: int, sentence_start: int) -> list[int]:
    """The indexes of the parts (last first) that the figure ``found[index]`` sums, right before it in its
    sentence: two or more joined by 、, in its unit, adding up to it (or to less, after 等); else none."""
    if index < 2:
        return []
    total, last = found[index], found[index - 1]
    gap = _SUM_GAP.fullmatch(text, last.end, total.start)
    if gap is None or last.start < sentence_start:
        return []
    parts = [index - 1]
    while len(parts) < index:
        before = found[index - len(parts) - 1]
        if before.start < sentence_start or not _PART_JOIN.fullmatch(
            text, before.end, found[parts[-1]].start
        ):
            break
        parts.append(index - len(parts) - 1)
    if len(parts) < 2 or any(_unit(found[part].unit) != _unit(total.unit) for part in parts):
        return []
    added = sum(found[part].value for part in parts)
    if added != total.value and not (gap.group("more") and added < total.value):
        return []
    return parts


def total_of_parts(
    text: str, found: Sequence[Quantity], index: int, window, sentence_start: int
) -> tuple[str, int] | None:
    """(code, anchor) for the figure ``found[index]`` when it sums the parts right before it, from the
    alias words of ``window`` (start, end, word, visible) before the first part; or None."""
    parts = summed_parts(text, found, index, sentence_start)
    if not parts:
        return None
    # The first part's own name (行政处罚 of 包括行政处罚312项) is a kind, not the thing counted.
    openers = [match.end() for match in _ITEM_OPENS.finditer(text, sentence_start, found[parts[-1]].start)]
    first = openers[-1] if openers else sentence_start
    words = [(s, e, w) for s, e, w, visible in window if visible and e <= first]
    return nearest_alias(text, words, sentence_start, found[index].unit) if words else None
