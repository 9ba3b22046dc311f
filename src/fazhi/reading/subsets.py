"""Figures that are not the level of what their words name: parts of a total, changes, list items.

- A part of a whole by outcome or selection (撤回…申请的1件, 56名执法人员通过考试,
  协调化解47件行政诉讼案件, 调解成功86件, 纠错8件, 评选优秀案卷15份) is not the total the
  words name: such a figure gets no indicator, unless the outcome word is the indicator's own
  (化解…纠纷 counts disputes mediated; 纠错率, 败诉 have codes of their own).
- A breakdown opened by 其中 takes the total's code only for a scope (其中市本级公开9707条);
  其中 with its own indicator (其中保留25件) keeps that one; any other 其中 figure is a part.
- A change (同比增长12.5%, 较上年减少15件) is not the level of what it names.
- An item count of a list (汇总形成202项区级清单, 形成…许可事项清单，共梳理183项) counts the
  list named before it in the sentence.
"""

from __future__ import annotations

import re
from functools import cache

from fazhi.catalog import indicators as catalog

# Outcome and selection words: the figure they bind counts only some of the cases or people.
_SUBSET = re.compile(
    r"撤回|撤诉|驳回|不予受理|终止审理|纠错|纠正|撤销|确认违法|维持|调解成功|和解|化解|"
    r"通过(?:考试|测试|考核)|(?:考试|考核|测试)合格|胜诉|败诉|评选|优秀|简易程序"
)
# 其中 (or 其中：) opens a breakdown of the figure before it.
_BREAKDOWN = re.compile(r"其中")
_CHANGE = re.compile(
    r"(?:同比|环比|较上年|比上年|较去年|比去年|较上年度|较2\d{3}年)[^，。；\n]{0,4}?"
    r"(?:增长|下降|提高|上升|减少|增加|降低|提升|增|降)(?:了)?$"
)
# The item counts of a list (项, 条, 个, 件) and how far before a 清单 its name may start.
LIST_UNITS = frozenset({"项", "条", "个", "件"})
LIST_NAME_CHARS = 16
_LIST_TAIL = re.compile(r"[》）)\s]*$")


@cache
def _own_words(code: str) -> str:
    """All the alias words of ``code`` in one string, to test whether an outcome word is its own."""
    indicator = catalog.get(code)
    return "|".join(indicator.aliases) if indicator else ""


def is_part(text: str, start: int, end: int, code: str) -> bool:
    """Whether an outcome or selection word in ``text[start:end]`` makes the figure a part of ``code``'s total."""
    word = _SUBSET.search(text, start, end)
    if word is None:
        return False
    own = _own_words(code)
    return any(word.group(0) not in own for word in _SUBSET.finditer(text, word.start(), end))


def breakdown(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (from the figure before to this one) opens a breakdown with 其中."""
    return _BREAKDOWN.search(text, start, end) is not None


def is_change(text: str, c0: int, position: int) -> bool:
    """``同比增长12.5%``: the figure at ``position`` is a change, not a level."""
    start = max(c0, position - 16)
    if text.find("比", start, position) < 0 and text.find("较", start, position) < 0:
        return False
    return _CHANGE.search(text[start:position]) is not None


def list_position(text: str, s0: int, clause: tuple[int, int], figure: tuple[int, int]) -> int | None:
    """Where the 清单 named before an item count (``figure``: start, end; ``clause``: its clause) ends, or None.

    The count is of a list when 清单 follows it in its clause (形成202项区级清单) or when the
    clause before it ends with one (形成…事项清单，共梳理183项).
    """
    (c0, c1), (start, end) = clause, figure
    right = text.find("清单", end, min(c1, end + 10))
    named = text.rfind("清单", s0, start)
    if named < 0:
        return None
    if right < 0 and not (named < c0 and _LIST_TAIL.fullmatch(text, named + 2, max(named + 2, c0 - 1))):
        return None
    return named + 2
