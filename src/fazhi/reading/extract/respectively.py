"""Figures given "respectively" (分别) after a list of the things they count.

A report often names several things first and gives their figures after 分别, in the same order:
两类建议提案分别为 N 件、M 件, 报备率和及时率分别达到 X%、Y%. The alias nearest each figure is
then the last item of the list, which names only the last figure. Here each figure is placed on its
own item instead: the item's words and the figure are read as if they stood together.

The rule holds only where it can be checked: as many items as figures, and at least two items
naming different indicators. An item that names none leaves its figure without a code (a count of
a place or a year has none). Lists of places or years (甲、乙、丙分别为…) name at most one
indicator, so they are left to the ordinary placing, except that a list of bodies, places or years
(甲局、乙局分别…) gives none of its figures a code: each is a part, or another year's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .quantity import Quantity

# 分别 and the verb that may stand between it and the first figure.
# A verb of doing may stand there too (建议和提案分别办理67件和92件).
_RESPECTIVELY = re.compile(
    r"分别(?P<verb>办理|办结|承办|受理|收到|审结|审查|审核|出台|印发|开展|举办|发放|调处|化解)?"
    r"(?:了)?(?:为|是|达到|达|实现|有|占|计|共)?[:：]?\s*"
)
# What may stand between two figures of the answer list.
_FIGURE_JOIN = re.compile(r"\s*(?:、|，|,|和|及|与|以及)\s*")
# Joining words, not the same characters inside a word (及时率, 涉及, 和解, 参与).
_ITEM_SPLIT = re.compile(r"、|以及|(?<!涉)及(?!时)|和(?![解谐])|(?<!参)与(?!会)")
# Between the figures of a list with no 分别: only 、.
_LIST_JOIN = re.compile(r"、")
_CLAUSE_END = "，。；：！？\n,;"
_SENTENCE_END = "。；！？\n;"
# How much of the sentence before the list is read with each item (热线…: 按时办结率、满意率).
_CONTEXT_CHARS = 80
# The noun between 分别 (and its verb) and the first figure (分别办理行政处罚案件562件).
_NOUN_MAX_CHARS = 16
# An item is at most this long: a list of nouns, not a paragraph.
_ITEM_MAX_CHARS = 30

# Items that are bodies, places or years (县市场监管局、县交通运输局分别办理行政处罚案件562件、318件;
# 2023年、2024年分别…): each figure is one body's part or another year's, and the first one, nearest
# the noun, is no more the indicator than the others (second probing pass).
_BODY_OR_YEAR = re.compile(
    r"(?:局|委|办|院|所|中心|镇|乡|街道|社区|村|县|区|市|州|旗|部门|单位|本级|(?:19|20)\d{2}年度?)$"
)
# (an item's words followed by its figure's text, the figure) -> the indicator they name, or None.
Reader = Callable[[str, Quantity], "str | None"]


def respective_codes(
    text: str, found: Sequence[Quantity], read: Reader, year: int | None = None
) -> dict[int, str | None]:
    """For the figures of ``found`` (by index) that answer a 分别 list, or follow a list of as many
    items with no word between (建议、提案156件、203件): the code of their own item."""
    starts = {quantity.start: index for index, quantity in enumerate(found)}
    out: dict[int, str | None] = {}
    lists = []
    for match in _RESPECTIVELY.finditer(text):
        first = starts.get(match.end())
        if first is None:
            _parts_of_bodies(text, found, match, out, read)  # 甲局、乙局分别办理行政处罚案件562件、318件
            continue
        if _years_series(text, found, (match.start(), first), out, (read, year)):
            continue  # 2021年至2023年，全县行政处罚案件分别为1412件、1287件、1135件
        lists.append((match.start(), first, _FIGURE_JOIN, match.group("verb") or ""))
    lists += [(found[first].start, first, _LIST_JOIN, "") for first in _runs_after_a_list(text, found)]
    for list_end, first, joins, verb_after in lists:
        if first is None:
            continue
        figures = _joined_run(text, found, first, joins)
        if len(figures) < 2:
            continue
        listed = _items(text, list_end, len(figures))
        if listed is None:
            continue
        list_start, items = listed
        shared = _sharing_the_last_noun(items)
        acts_share_a_noun = shared != items
        items, verb = (shared, verb_after) if verb_after else _act_after_the_list(shared)
        context = text[_sentence_start(text, list_start) : list_start]
        # A later item is read after the first, in a clause of its own, for the words it shares
        # with the first (规范性文件报备率、及时率): in a list with it, a rate would take both codes.
        # A verb after 分别 is read before each item, as its act (分别办理67件、92件: 办理政协提案92件).
        snippets = [context + verb + items[0]] + [f"{context}{items[0]}，{verb}{item}" for item in items[1:]]
        codes = [
            read(snippet + text[found[index].start : found[index].end], found[index])
            for snippet, index in zip(snippets, figures, strict=True)
        ]
        named = [code for code in codes if code is not None]
        if len(set(named)) < 2:
            if codes[-1] is not None and found[figures[0]].unit == "%" and _levels(items[:-1]):
                # 省本级、市级、县级政务服务事项网上可办率分别达到99.1%、98.3%、96.8%: each level's rate of the one
                # thing the last item names (a level's count is a part of the whole's, and takes none)
                out.update(dict.fromkeys(figures, codes[-1]))
            elif all(_BODY_OR_YEAR.search(item.strip()) for item in items):
                out.update(dict.fromkeys(figures))  # 甲局、乙局分别为562件、318件: each body's part
            elif len(named) == 1 and (
                acts_share_a_noun or all(item.strip().endswith("率") for item in items)
            ):
                # 调处率、成功率分别为97.2%和98.8%: a list of rates names each one's own, though only one
                # of them is an indicator's (the others' figures take none, not the nearest alias's); so
                # does a list of acts sharing one noun (修改、废止规范性文件分别为6件、11件).
                out.update(zip(figures, codes, strict=True))
            continue
        out.update(zip(figures, codes, strict=True))
    return out


# Acts listed before the one noun they share (制定、报备行政规范性文件分别为14件和13件; 清理、废止、宣布失效规范性
# 文件86件、19件、7件): each act is done to the last item's noun, which only the last item names.
_ACT = r"(?:制定|出台|印发|发布|起草|审核|审查|报备|报送备案|备案|清理|废止|宣布失效|修改|修订|保留|办理|办结|受理|收到)"
_ENDS_IN_AN_ACT = re.compile(_ACT + "$")
_OPENS_WITH_AN_ACT = re.compile(_ACT + "(?=.)")


def _sharing_the_last_noun(items: list[str]) -> list[str]:
    """The items, each earlier one that is only an act given the noun the last one names after its act."""
    last = _OPENS_WITH_AN_ACT.match(items[-1])
    if last is None or not all(_ENDS_IN_AN_ACT.search(item) for item in items[:-1]):
        return items
    noun = items[-1][last.end() :]
    return [item + noun for item in items[:-1]] + [items[-1]]


# The act done to every item, named once after the last (人大代表建议和政协提案办理分别为244件和196件).
_ACT_AFTER = re.compile(r"(?:办理|办结|承办|受理|审结)$")


def _act_after_the_list(items: list[str]) -> tuple[list[str], str]:
    """The items without the act named after the last one, and that act (read before each item, as a verb
    after 分别 is), or the items as they are and no act."""
    act = _ACT_AFTER.search(items[-1])
    if act is None or act.start() == 0:
        return items, ""
    return [*items[:-1], items[-1][: act.start()]], act.group(0)


# A series of years at the head of the sentence (2021年至2023年，…分别为1412件、1287件、1135件; 2022年、2023年，…出庭
# 应诉率分别为86.5%和97.2%): each figure is its year's, and only the report's year's is the indicator; the
# others are earlier years' levels (none of them where the report's year is not in the series).
_YEARS_HEAD = re.compile(
    r"\s*((?:19|20)\d{2})年度?\s*(?P<join>[、和及与]|至|到|[—–\-~])\s*(?:((?:19|20)\d{2})年度?\s*[、和及与]\s*)*"
    r"((?:19|20)\d{2})年度?"
)
_YEARS_LISTED = "、和及与"  # the joins of a list of years; the others (至, 到, a dash) join a range


def _years_series(
    text: str, found: Sequence[Quantity], at: tuple[int, int], out: dict, reader: tuple[Reader, int | None]
) -> bool:
    """Whether the figures after 分别 at ``at`` (where 分别 starts, the first figure's index) answer a series of
    years that opens their sentence; if so, ``out`` gives the report's year's figure its code, the others none."""
    respectively, first = at
    read, year = reader
    start = _sentence_start(text, respectively)
    head = _YEARS_HEAD.match(text, start, respectively)
    if head is None:
        return False
    named = [int(value) for value in re.findall(r"(?:19|20)\d{2}", head.group(0))]
    if head.group("join") not in _YEARS_LISTED:
        named = list(range(named[0], named[-1] + 1))  # 2021年至2023年: a range
    figures = _joined_run(text, found, first, _FIGURE_JOIN)
    if len(figures) != len(named):
        return False
    out.update(dict.fromkeys(figures))
    if year in named:
        index = figures[named.index(year)]
        figure = found[index]
        out[index] = read(text[start:respectively] + text[figure.start : figure.end], figure)
    return True


# Levels of government or a government and its lower ones (省本级、市级、县级; 市政府、各区县政府): each figure is
# the same thing's, at its level.
# (省、市、县三级: the last item names how many levels; a year may open the first item.)
_LEVEL = re.compile(
    r"^(?:(?:19|20)\d{2}年度?[，,]\s*)?(?:全)?(?:[省市区县乡镇](?:本级|级|政府|人民政府)?|各(?:市|区|县|区县|县区|县市区|乡镇)(?:级|政府)?)"
    r"(?:[两三四]级)?$"
)


def _levels(items: list[str]) -> bool:
    return bool(items) and all(_LEVEL.match(item.strip()) for item in items)


def _parts_of_bodies(
    text: str, found: Sequence[Quantity], match: re.Match[str], out: dict, read: Reader
) -> None:
    """Figures after 分别 and a noun (分别办理行政处罚案件562件、318件) whose list before 分别 is of bodies,
    places or years: none of them takes a code (``out``); but the rates of levels of government (省、市、县三级
    网上可办率分别为99.2%、98.7%、97.5%) are each a level's rate of the same thing, and all take the first's code."""
    index = next((i for i, q in enumerate(found) if q.start >= match.end()), None)
    if index is None or found[index].start - match.end() > _NOUN_MAX_CHARS:
        return
    if any(mark in _CLAUSE_END for mark in text[match.end() : found[index].start]):
        return
    figures = _joined_run(text, found, index, _FIGURE_JOIN)
    listed = _items(text, match.start(), len(figures)) if len(figures) >= 2 else None
    if listed is not None and found[figures[0]].unit == "%" and _levels(listed[1]):
        first = found[figures[0]]
        code = read(text[_sentence_start(text, listed[0]) : first.end], first)
        if code is not None:
            out.update(dict.fromkeys(figures, code))
            return
    if listed is not None and all(_BODY_OR_YEAR.search(item.strip()) for item in listed[1]):
        out.update(dict.fromkeys(figures))


def _runs_after_a_list(text: str, found: Sequence[Quantity]) -> list[int]:
    """Figures that open a run joined by 、 right after a noun list joined by 、 (no 分别)."""
    out = []
    for index in range(len(found) - 1):
        quantity, following = found[index], found[index + 1]
        if (
            text[quantity.end : following.start] == "、"
            and (index == 0 or text[found[index - 1].end : quantity.start] != "、")
            and "、" in text[max(0, quantity.start - _ITEM_MAX_CHARS) : quantity.start]
        ):
            out.append(index)
    return out


def _items(text: str, end: int, count: int) -> tuple[int, list[str]] | None:
    """Where the list that ends at ``end`` (where 分别 starts) begins, and its ``count`` items."""
    if end and text[end - 1] in "，,":
        end -= 1  # 代表建议和委员提案，分别为1126件和874件: the list is the clause before 分别's comma
    start = end
    while start > 0 and text[start - 1] not in _CLAUSE_END and end - start < count * _ITEM_MAX_CHARS:
        start -= 1
    head = text[start:end]
    for splitter in ("、", _ITEM_SPLIT):
        items = head.split(splitter) if isinstance(splitter, str) else splitter.split(head)
        if len(items) == count and all(0 < len(item) <= _ITEM_MAX_CHARS for item in items):
            return start, items
    return None


def _sentence_start(text: str, position: int) -> int:
    """The start of the sentence holding ``position``, at most ``_CONTEXT_CHARS`` before it."""
    start = position
    while start > 0 and text[start - 1] not in _SENTENCE_END and position - start < _CONTEXT_CHARS:
        start -= 1
    return start


def _joined_run(text: str, found: Sequence[Quantity], first: int, joins: re.Pattern[str]) -> list[int]:
    """The indexes of the figures from ``first`` on that ``joins`` links one to the next (562件、318件)."""
    figures = [first]
    while figures[-1] + 1 < len(found):
        current, following = found[figures[-1]], found[figures[-1] + 1]
        if not joins.fullmatch(text, current.end, following.start):
            break
        figures.append(figures[-1] + 1)
    return figures
