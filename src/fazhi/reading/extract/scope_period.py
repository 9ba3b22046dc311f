"""A figure's scope and period (split from ``facts``): 全县, 县本级, 各乡镇; 2023年, 截至6月底, “十四五”期间.

``facts.extract`` gives each fact the scope its clause names before it and the period its sentence names
before it; the report's own year is no period.
"""

from __future__ import annotations

import re

from .quantity import inside_book_title

# _SCOPE and _PERIOD start with a lookahead of the characters they can start with; the regex engine
# still tries it at every position of each figure's clause (sentence), so a stretch holding none of
# them is not scanned at all: most clauses hold no scope's first character, a third of the sentences
# no period's. A search for the characters decides (the engine skips along to them), and the scan starts
# where it found the first; a Python set test of the slice cost more than the scans it spared (every
# character of the slice a new string).
_SCOPE_STARTS = frozenset("全省市区县州各")
_SCOPE_START = re.compile("[" + "".join(sorted(_SCOPE_STARTS)) + "]")
_SCOPE = re.compile(
    "(?=[" + "".join(sorted(_SCOPE_STARTS)) + "])"
    r"(全[省市区县州镇乡旗]|[省市区县州]本级|[省市区县州]政府(?:本级)?|[省市区县]级(?:部门|机关)?|[市区县]直(?:部门|单位)?|"
    r"各(?:区县|县区|县市区|区|县|乡镇|街道|街镇|部门|单位)|[省市区县]属)"
)
# A five-year plan's span (“十三五”期间, 十四五以来) is a period too, kept without its quotes, and so is the
# year before (上年度出台…18件, 去年同期…), unless it opens a comparison (较上年, 与去年相比); 本年度 turns back to the report's year (second probing
# pass).
_PERIOD_STARTS = frozenset("今12一二两三四五六七八九十近上截去本")
_PERIOD_START = re.compile("[" + "".join(sorted(_PERIOD_STARTS)) + "]")
_PERIOD = re.compile(
    "(?=[" + "".join(sorted(_PERIOD_STARTS)) + "])"
    r"(今年\d{1,3}(?:[—–\-~至]\d{1,2})?月|(?:19|20)\d{2}年(?:\d{1,2}(?:[—–\-~至]\d{1,2})?月(?:份)?|以来|上半年|下半年)?|"
    r"[一二两三四五六七八九十]年来|[两三四五六七八九十]年(?=累计|间|内|共计)|近[一二两三四五]年|今年以来|今年上半年|上半年|截至(?:(?:19|20)\d{2}年)?\d{1,2}月(?:底|末)?|"
    r"十[一二三四五]五[”\"’]?(?:期间|以来|时期)|(?<![较比与])(?:上一?年度|上年同期|去年同期|去年)(?!相比)|本年度?|今年度?)"
)
# Every period holds 年, or opens with 截至, or is a plan's span (十四五): a stretch from the first
# character a period can start with that holds none of the three has no period, and is not scanned
# (on the bench two stretches in three: the earlier figures' digits and numerals pass _PERIOD_START).
_PERIOD_MARK = re.compile("[年截五]")
# A month range that lost its dash (今年18月 for 1—8月), as a period.
_LOST_RANGE = re.compile(r"(今年|(?:19|20)\d{2}年)(\d)(\d{1,2})月")


def period_of(text: str, s0: int, position: int, year: int | None) -> str | None:
    """The period a figure at ``position`` is said of, read in its sentence from ``s0`` (None: the report's year)."""
    first = _PERIOD_START.search(text, s0, position)
    if first is None or _PERIOD_MARK.search(text, first.start(), position) is None:
        return None
    # A year inside a title (《…纲要（2015—2020年）》) names the document, not the figure's period.
    last = None
    for match in _PERIOD.finditer(text, first.start(), position):
        if not inside_book_title(text, s0, match.start()):
            last = match
    if last is None:
        return None
    period = last.group(1).replace("”", "").replace('"', "").replace("’", "")
    lost = _LOST_RANGE.fullmatch(period)
    if lost and int(lost.group(2) + lost.group(3)) > 12 and int(lost.group(2)) < int(lost.group(3)) <= 12:
        period = f"{lost.group(1)}{lost.group(2)}—{lost.group(3)}月"
    if period in ("今年", "今年度", "本年", "本年度"):
        return None  # 上年度…18件，本年度出台12件: the report's year again
    if year is not None and period in (f"{year}年", "今年", "全年"):
        return None
    return period


def scope_of(text: str, c0: int, position: int) -> str | None:
    """The scope a figure at ``position`` is said of (全县, 县本级, 各乡镇), read in its clause from ``c0``."""
    first = _SCOPE_START.search(text, c0, position)
    if first is None:
        return None
    matches = list(_SCOPE.finditer(text, first.start(), position))
    return matches[-1].group(1) if matches else None
