"""Facts: every quantitative statement -> a fact, mapped to an indicator where one fits.

A quantity is a number (Arabic, Chinese or mixed, with 万/亿) followed by a
counter (件, 人次, 批次…), ``%`` or a sum of money. Its indicator is chosen
from the aliases of ``fazhi.catalog`` indicators (``data/indicators.json``;
``A…B`` means A then B in the same sentence): the alias whose words sit
nearest the number wins, in the number's own clause on its left, or just on
its right in the same clause (``135人参加任前考试``), or around it
(``印发…等11件规范性文件``); longer aliases win ties. An alias never reaches
across another quantity; a clause break inside a gapped alias costs it. A list
of rates sharing one number (报备率、及时率、规范率均为100%) gives one fact per
rate. A change 从29.4%升至91.11% or 提高5个百分点至95% is one fact with its
previous value. Numbers no alias fits are still facts, with ``indicator: None``;
so are parts of a total, changes, and later list items governed by another act
(``subsets``). Figures are found by ``quantity``, alias words by ``aliases``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from decimal import Decimal

from fazhi.catalog import indicators as catalog

from ..model import Fact, Span
from . import numbers
from .aliases import ALIAS_LENGTH_WEIGHT, Alias, code_words, ending_in, named_list, occurrences
from .elliptic import borrowed_code
from .narrowing import narrowed
from .quantity import Quantity, quantities
from .respectively import respective_codes
from .subsets import (
    DOCUMENT_ACTS,
    LIST_UNITS,
    OTHER_TOPIC_CODES,
    Marks,
    counts_categories,
    governed_by_other_act,
    level_list_item,
)
from .zeros import zero_facts

# How far (characters) right of a number an alias may start and still name it
# ("31场依法行政专题培训"); further right it names the next number.
RIGHT_WINDOW = 14

# Before another figure of its clause, a right-hand alias names a figure only this close to it.
LIST_ITEM_GAP = 1

# What ends a list item's noun (20项行政许可、5项行政确认).
_ITEM_END = re.compile(r"[、，,；;]|和|及|与|以及|等")

# A gapped alias whose first word is within RIGHT_WINDOW of the figure may end this far right of it
# (54名新提任领导干部参加春秋两季法治理论知识考试).
RIGHT_REACH = 2 * RIGHT_WINDOW

# A right-hand alias is weaker than a left-hand one at the same distance.
RIGHT_PENALTY = 4

# Each character between a left alias and its number that is not a filler word
# (案件, 共计, 各类…) costs this much: in 行政复议文书75份 the number counts 文书.
GAP_CHAR_PENALTY = 4

# An alias word hidden inside a longer one (会议 in 常务会议) may still be the
# word next to the number, at this cost.
HIDDEN_PENALTY = 3
# A hair per character from a figure to its alias's first word: it only breaks ties.
TIE_SPAN_WEIGHT = 1e-4

# A clause break between the parts of a gapped alias costs this much: in
# 对…文件进行合法性审核，清理规范性文件54件 the 清理 of the figure's own clause names it.
CROSS_CLAUSE_PENALTY = 3

# Distance a gap made only of filler words counts for at most.
FILLER_GAP_CAP = 2

# A placement scoring above this is too far or too weak to name the number.
MAX_ALIAS_SCORE = 3

# Right of the number, distance counts this fraction: the words after a count are
# its noun phrase, and the alias is the phrase's head (31场依法行政专题培训).
RIGHT_DISTANCE_WEIGHT = 0.25

# Aliases and periods are looked for at most this far back in a sentence: real
# sentences are shorter, and a page without full stops must not cost n².
SENTENCE_LOOKBACK = 240

# Evidence is the number's clause (and the alias's), cut to this length.
EVIDENCE_MAX_CHARS = 160

_CLAUSE_END = re.compile(r"[，。！？；：\n]")
_CLAUSE_ONLY = "，："  # clause ends that do not end a sentence
_LIST_JOINS = frozenset({"、", "和", "及", "与", "以及"})  # between the items of a list
# _SCOPE and _PERIOD start with a lookahead of the characters they can start with, so the
# regex engine skips to those instead of trying each alternative at every position.
_SCOPE = re.compile(
    r"(?=[全省市区县州各])(全[省市区县州镇乡旗]|[省市区县州]本级|[省市区县州]政府(?:本级)?|[省市区县]级(?:部门|机关)?|[市区县]直(?:部门|单位)?|"
    r"各(?:区县|县区|县市区|区|县|乡镇|街道|街镇|部门|单位)|[省市区县]属)"
)
_PERIOD = re.compile(
    r"(?=[今12一二两三四五六七八九十近上截])(今年\d{1,3}(?:[—–\-~至]\d{1,2})?月|(?:19|20)\d{2}年(?:\d{1,2}(?:[—–\-~至]\d{1,2})?月(?:份)?|以来|上半年|下半年)?|"
    r"[一二两三四五六七八九十]年来|[两三四五六七八九十]年(?=累计|间|内|共计)|近[一二两三四五]年|今年以来|今年上半年|上半年|截至(?:(?:19|20)\d{2}年)?\d{1,2}月(?:底|末)?)"
)
# A month range that lost its dash (今年18月 for 1—8月), as a period.
_LOST_RANGE = re.compile(r"(今年|(?:19|20)\d{2}年)(\d)(\d{1,2})月")
_POINTS_GAP = re.compile(r"[至到]|，?(?:达到|达|为|升至|提升至|提高到|提高至)")
_POINTS_VERB = re.compile(r"(?:较上年|同比|比上年|较去年)?(提高|提升|上升|增长|增加|下降|降低|减少)了?$")
_RISE = frozenset({"提高", "提升", "上升", "增长", "增加"})
_COMPARED_GAP = re.compile(r"[，,]?(?:较|比)(?:上年|去年|上一年|(?:19|20)\d{2}年)(?:同期)?的?")
# 从120件, 由2022年的120件, 由上年的85%: where a change's old value starts.
_CHANGE_FROM = re.compile(r"[从由](?:(?:19|20)\d{2}年|上年|去年|上一年)?的?$")
_CHANGE_VERBS = ("增加", "减少", "上升", "下降", "增长", "提高", "降低", "多", "少")
_CHANGE_GAP = re.compile(r"[^，。；\n]{0,6}?(?:升|提高|提升|增长|增加|上升|下降|降低|减少|降|增)?(?:至|到)")
# Words that may stand between an alias and its number without changing what is counted (where an
# event was held, 宣讲进村入户82场, is one of them).
_FILLER = re.compile(
    r"(?:[\u4e00-\u9fff]{0,3}(?:案件|事项|信息|项目)|(?:行政)?规范性文件|文件|[、和及与]?[\u4e00-\u9fff]{0,10}?率|均|分别|都|申请|工作|活动|内容|总数|数量|人数|件数|次数|数|人员|覆盖|比例|占比|共计|累计|合计|总计|共|计|达到|达|为|分别为|"
    r"(?:提升|提高|上升|增长|增加|升|下降|降低|减少|降)(?:至|到)|进(?:村|社区|校园|企业|机关|乡村|农村|家庭|单位|网络)(?:入户)?|下乡|各类|各项|各种|的|了|等|已|全年|今年|年度|本年度|新增|[省市区县镇乡]级|[省市区县]本级|\d{1,3}大?类|（[^（）]{1,10}）|\([^()]{1,10}\)|[（(](?=共|合计|累计|总计)|[”」’]|\||\s)*"
)
_LISTED_AFTER = re.compile(r"(?:、[^、，。；：\d\n]{1,12}){1,6}(?=等)")
# A clause that opens with one of these and names nothing itself counts the same
# thing as the figure before it, for a part of the whole (其中县本级公开4186条).
_INHERIT_OPENING = re.compile(r"^(?:其中|含|包括)")
# ...unless the clause names an act, a state or papers of its own (完成…备案6件, 现行有效…86件,
# 文件合法性审查145件); the same words keep a gapped alias from reaching back into an earlier clause.
_OWN_ACT_WORD = re.compile(r"完成|备案|报备|清理|废止|失效|保留|现行|有效|(?<!规范性)文件")
# A clause that only sums up what the clause before it named (共涉及六大方面21个问题).
_SUMMING_UP = re.compile(
    r"(?:共|共计|合计|累计|总计|涉及|包括|包含|含|其中|[一二三四五六七八九十两\d]{1,2}大?个?方面|\s)*"
)


def extract(text: str, year: int | None = None) -> list[Fact]:
    clause_ends = [m.start() for m in _CLAUSE_END.finditer(text)]
    sentence_ends = [i for i in clause_ends if text[i] not in _CLAUSE_ONLY]  # one scan for both
    found = quantities(text)
    words = occurrences(text, _windows(found, sentence_ends, len(text)))
    occ_starts = [o[0] for o in words]
    # Each word with its (start, end) pair made once, not once per figure it is tried on.
    spotted = [(start, end, word, visible, (start, end)) for start, end, word, visible in words]
    consumed: set[int] = set()
    previous_of: dict[int, Decimal] = {}
    change_starts: dict[int, int] = {}  # where the words of a change begin (its 从 or 由)
    for i in range(1, len(found)):
        prev, cur = found[i - 1], found[i]
        changed_from = prev.unit == cur.unit and _CHANGE_FROM.search(
            text, max(0, prev.start - 10), prev.start
        )
        if changed_from and _CHANGE_GAP.fullmatch(text[prev.end : cur.start]):
            consumed.add(i - 1)
            previous_of[i] = prev.value
            change_starts[i] = changed_from.start()
    # 收到复议申请1113件，较2022年558件增加了555件: last year's figure after 较 is the previous value.
    compared: dict[int, Decimal] = {}
    for i in range(len(found) - 1):
        cur, old = found[i], found[i + 1]
        if (
            old.unit == cur.unit
            and i not in consumed
            and text.startswith(_CHANGE_VERBS, old.end)
            and _COMPARED_GAP.fullmatch(text, cur.end, old.start)
        ):
            consumed.add(i + 1)
            compared[i] = old.value
    # 出庭率提高5个百分点至95%, 较上年提高3.2个百分点，达到98.5%: the rate is named before the
    # change in points, and the change gives its previous value.
    points_of: dict[int, tuple[int, Decimal | None]] = {}
    for i in range(1, len(found)):
        prev, cur = found[i - 1], found[i]
        if prev.unit == "个百分点" and cur.unit == "%" and _POINTS_GAP.fullmatch(text, prev.end, cur.start):
            verb = _POINTS_VERB.search(text, max(0, prev.start - 10), prev.start)
            before_change = None
            if verb:
                before_change = cur.value - prev.value if verb.group(1) in _RISE else cur.value + prev.value
            points_of[i] = (verb.start() if verb else prev.start, before_change)
    # A count of categories (问题7类52件, 8个方面25项问题) does not stand between a word and the figure it names.
    blockers = [q for i, q in enumerate(found) if i not in consumed and not counts_categories(text, q)]
    context = _Context(text, blockers, [q.start for q in blockers])
    marks = Marks(text)
    careful = bool(marks.subsets or marks.breakdowns)  # outcome words or 其中 occur at all
    respective = respective_codes(text, found, _code_read_alone)  # 甲、乙分别为3件、5件
    facts: list[Fact] = []
    length, clause_count = len(text), len(clause_ends)
    last_in_sentence: tuple[int, str, str] | None = None  # sentence start, code, unit
    last_named: tuple[int, str, int, int] | None = None  # figure end, code, its clause start, figure start
    for index, quantity in enumerate(found):
        if index in consumed:
            continue
        # _before and _after, inlined: this runs for every figure.
        q_start, q_end = quantity.start, quantity.end
        at = bisect_left(sentence_ends, q_start)
        s0 = max(sentence_ends[at - 1] + 1 if at else 0, q_start - SENTENCE_LOOKBACK)
        at = bisect_left(clause_ends, q_start)
        c0 = max(clause_ends[at - 1] + 1 if at else 0, q_start - SENTENCE_LOOKBACK)
        at = bisect_left(clause_ends, q_end)
        c1 = min(clause_ends[at] if at < clause_count else length, q_end + SENTENCE_LOOKBACK)
        if _inside_book_title(text, s0, quantity.start):
            continue
        lo = bisect_left(occ_starts, s0)
        hi = bisect_right(occ_starts, min(c1, quantity.end + RIGHT_REACH))
        placed = quantity
        if index in previous_of:
            # 出庭率从29.4%升至91.11%: the words before the old value name the new one.
            placed = replace(quantity, start=change_starts[index])
        elif index in points_of:
            placed = replace(quantity, start=points_of[index][0])
            c0 = max(_before(clause_ends, placed.start), s0)
            previous_of[index] = points_of[index][1]
        choices = _choices(context, spotted[lo:hi], placed, c0, c1)
        named_away = False  # named by an alias, but its words make it another kind of thing
        if choices:
            choices = narrowed(choices, text, marks, (s0, c0, c1), quantity)
            named_away = not choices
        if not choices and not named_away:
            # 坚持会前学法制度，全年共开展12次: a clause that names nothing counts the act before it.
            borrowed = borrowed_code(text, words[lo:hi], (c0, quantity.start, quantity.end), quantity.unit)
            if borrowed:
                choices = narrowed([borrowed], text, marks, (s0, c0, c1), quantity)
                named_away = not choices
        if index in respective:
            code = respective[index]
            choices = [(code, c0)] if code else []
            named_away = not code
        period = _period(text, s0, change_starts.get(index, quantity.start), year)  # not the old value's year
        scope = _scope(text, c0, quantity.start)
        prev_value = previous_of.get(index, compared.get(index))
        if not choices:
            if quantity.unit in LIST_UNITS and not named_away:
                named = marks.list_position(s0, (c0, c1), (quantity.start, quantity.end))
                if named is not None:
                    choices = named_list(words[lo:hi], named, quantity.unit)
                    if choices:
                        choices = narrowed(choices, text, marks, (s0, c0, c1), quantity)
            # 省级示范村3个、市级8个: a later item named by its level alone counts the same thing.
            by_level = bool(last_named and level_list_item(text, last_named[0], quantity.start))
            if (
                not choices
                and not named_away
                and (scope or by_level)
                and last_in_sentence
                and last_in_sentence[0] == s0
                and last_in_sentence[2] == quantity.unit
            ):
                opening = text[c0 : quantity.start]
                # 其中县本级公开4186条: a part by scope counts the same thing as the total.
                if (
                    by_level
                    or _INHERIT_OPENING.match(opening)
                    or (len(opening) <= 12 and not _OWN_ACT_WORD.search(opening))
                ):
                    choices = [(last_in_sentence[1], c0)]
        elif marks.changes and marks.is_change(c0, quantity.start):
            choices = []  # 同比增长12.5%, 较上年减少15件: a change, not a level
        elif quantity.unit != "%":
            if careful or any(code in OTHER_TOPIC_CODES for code, _ in choices):
                # The stretch of text that belongs to this figure: from the figure before it (in
                # its sentence) to the figure after it (or its clause end).
                before = found[index - 1].end if index and found[index - 1].end > s0 else s0
                after = (
                    found[index + 1].start if index + 1 < len(found) and found[index + 1].start < c1 else c1
                )
                total = (
                    last_in_sentence[1]
                    if last_in_sentence and last_in_sentence[0] == s0 and not scope
                    else None
                )
                choices = marks.whole(
                    choices,
                    (before if before > c0 else c0, after),
                    quantity.start,
                    total=total,
                    breakdown_from=before,
                    sentence_start=s0,
                )
            if choices and last_named and last_named[0] >= c0 and len(choices) == 1:
                # 报送备案规范性文件20件、政府规章3件: the list's verb governs its later items.
                end, first, lead_start, lead_end = last_named
                code = choices[0][0]
                # An item that names its own act (宣布失效9件、废止10件) is not governed by the first's.
                if (
                    code != first
                    and text[end : choices[0][1]] in _LIST_JOINS
                    and not text.startswith(DOCUMENT_ACTS, choices[0][1])
                    and governed_by_other_act(text[lead_start:lead_end], code)
                ):
                    choices = []
        if not choices:
            if last_in_sentence and last_in_sentence[2] == quantity.unit:
                # 现行有效…86件，其中县政府60件: a later part is this figure's, not the coded one's.
                last_in_sentence = None
            facts.append(
                _fact(
                    None,
                    quantity,
                    previous=prev_value,
                    scope=scope,
                    period=period,
                    text=text,
                    start=c0,
                    end=c1,
                )
            )
            continue
        for code, anchor in choices:
            facts.append(
                _fact(
                    code,
                    quantity,
                    previous=prev_value,
                    scope=scope,
                    period=period,
                    text=text,
                    start=min(c0, _before(clause_ends, anchor)),
                    end=c1,
                )
            )
        last_in_sentence = (s0, choices[-1][0], quantity.unit)
        last_named = (quantity.end, choices[-1][0], c0, quantity.start)
    facts.extend(zero_facts(text, sentence_ends))
    return _dedupe(facts)


def _code_read_alone(words: str, quantity: Quantity) -> str | None:
    """The indicator ``words`` (ending in the figure ``quantity``'s text) give that figure."""
    value = numbers.plain(quantity.value)
    coded = [fact for fact in extract(words) if fact.value == value and fact.evidence.end == len(words)]
    return coded[-1].indicator if coded else None


@dataclass
class _Context:
    text: str
    found: list[Quantity]
    starts: list[int]
    gaps: dict[tuple[int, int], float | None] = field(default_factory=dict)  # _gap_distance's answers


def _windows(found: list[Quantity], sentence_ends: list[int], length: int) -> list[tuple[int, int]]:
    """Spans worth scanning for alias words: the sentences that hold a quantity."""
    spans: list[tuple[int, int]] = []
    for quantity in found:
        start = max(_before(sentence_ends, quantity.start), quantity.start - SENTENCE_LOOKBACK)
        end = min(_after(sentence_ends, quantity.end, length), quantity.end + SENTENCE_LOOKBACK)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def _choices(context: _Context, window, quantity, c0, c1) -> list[tuple[str, int]]:
    """(code, anchor position) pairs for ``quantity``: one, or one per rate of a rate list."""
    # What holds for every alias: where another figure follows in the clause (words on the
    # right up to it may name this one only as a list item's noun, 20项行政许可、5项行政确认),
    # and whether the number counts the noun after it.
    next_figure = _next_figure(context, quantity.end, c1)
    counts_noun = _counts_a_following_noun(context.text, quantity.end)
    fragments_at: dict[str, list[tuple[int, int]]] = {}
    # A spot's (start, end) names its word, so the visible spots need no per-word lists.
    visible: set[tuple[int, int]] = set()
    # Words that can be the last part of an alias placed on this number: in the number's
    # clause on its left, or on its right when no other figure follows. Only aliases
    # ending in one of them are tried (``_place`` turns down the others).
    last_words: set[str] = set()
    list_item: bool | None = None  # before another figure: whether a word starts right after this one
    q_start, q_end = quantity.start, quantity.end
    for start, end, word, is_visible, span in window:
        if start < q_end and end > q_start:
            continue
        spots = fragments_at.get(word)
        if spots is None:
            fragments_at[word] = [span]
        else:
            spots.append(span)
        if is_visible:
            visible.add(span)
        if end <= q_start:
            if end >= c0:
                last_words.add(word)
        elif next_figure is None:
            last_words.add(word)
        elif end <= next_figure:
            if list_item is None:  # the nearest word on the right (the window is in order)
                list_item = start - q_end <= LIST_ITEM_GAP
            if list_item:
                last_words.add(word)
    scored: list[tuple[float, str, int, bool]] = []  # score, code, anchor, in own clause
    unit = quantity.unit
    for word in last_words:
        for alias in ending_in(word, unit):
            placed = _place(
                alias,
                fragments_at,
                visible,
                quantity=quantity,
                context=context,
                c0=c0,
                c1=c1,
                next_figure=next_figure,
                counts_noun=counts_noun,
            )
            if placed is not None:
                score, anchor, in_clause = placed
                if score <= MAX_ALIAS_SCORE:
                    scored.append((score, alias.code, anchor, in_clause))
    if not scored:
        return []
    scored.sort()
    if quantity.unit != "%":
        return [(scored[0][1], scored[0][2])]
    best_per_anchor: dict[int, tuple[float, str]] = {}
    codes: set[str] = set()
    for score, code, anchor, in_clause in scored:
        if in_clause and anchor not in best_per_anchor and code not in codes:
            best_per_anchor[anchor] = (score, code)
            codes.add(code)
    if len(best_per_anchor) > 1 and _is_rate_list(context.text, sorted(best_per_anchor), quantity.start):
        return [(code, anchor) for anchor, (_, code) in sorted(best_per_anchor.items())]
    return [(scored[0][1], scored[0][2])]


def _is_rate_list(text: str, anchors: list[int], end: int) -> bool:
    between = text[anchors[0] : end]
    return "，" not in between and "；" not in between


def _place(
    alias: Alias,
    fragments_at,
    visible,
    *,
    quantity: Quantity,
    context: _Context,
    c0: int,
    c1: int,
    next_figure: int | None,
    counts_noun: bool,
):
    """How well ``alias`` names ``quantity``: (score, anchor, in own clause), or None.

    Score = distance - alias weight (+ penalties); lower is better.
    """
    parts = alias.parts
    for part in parts:
        if part not in fragments_at:
            return None
    best = None
    q_start, q_end = quantity.start, quantity.end
    # The nearest last part on each side: every spot is wholly left or wholly right of the
    # figure (``_choices`` leaves out those overlapping it).
    left_last = right_last = None
    for spot in fragments_at[parts[-1]]:
        if spot[1] <= q_start:
            if left_last is None or spot > left_last:
                left_last = spot
        elif spot[0] >= q_end and (right_last is None or spot < right_last):
            right_last = spot
    nearest_lasts = [spot for spot in (left_last, right_last) if spot is not None]
    earlier_parts = parts[-2::-1]
    for last in nearest_lasts:
        chain = [last]
        limit = last[0]
        for part in earlier_parts:
            pick = None
            for spot in fragments_at[part]:
                if spot[1] <= limit and (pick is None or spot > pick):
                    pick = spot
            if pick is None:
                chain = []
                break
            chain.append(pick)
            limit = pick[0]
        if not chain:
            continue
        # The left word nearest the figure (the first of the nearest ends) and the right one.
        nearest = near_right = None
        for spot in chain:
            if spot[1] <= q_start:
                if nearest is None or spot[1] > nearest[1]:
                    nearest = spot
            elif near_right is None or spot[0] < near_right:
                near_right = spot[0]
        if near_right is not None:
            if near_right > c1 or near_right - q_end > RIGHT_WINDOW:
                continue
            # Before another figure of the clause, words on the right name this number only as the
            # noun right after it, ending before that figure (20项行政许可、5项行政确认).
            if next_figure is not None and (
                near_right - q_end > LIST_ITEM_GAP
                or last[1] > next_figure
                or quantity.unit == "类"  # 10类权责事项39项: the categories of the items, not items
                or not _ITEM_END.match(context.text, last[1])  # 3个检查组检查企业120家: 检查组 is the noun
            ):
                continue
        if nearest is not None and nearest[1] < c0:
            # 督察反馈问题的整改工作，共涉及六大方面21个问题: the noun right after the figure is the
            # alias's last word, its first words sit in an earlier clause with no figure between, and
            # the figure's clause only sums up (共, 涉及…), with no act of its own.
            if (
                near_right != q_end
                or _quantity_between(context, nearest[1], q_start)
                or not _SUMMING_UP.fullmatch(context.text, c0, q_start)
            ):
                continue
            nearest = None
        if nearest is not None:
            distance = _gap_distance(context, nearest[1], q_start)
            if distance is None:
                continue
            if near_right is None and counts_noun:
                continue
            if near_right is not None:
                distance = min(distance, RIGHT_DISTANCE_WEIGHT * (near_right - q_end))
            nearest_length = nearest[1] - nearest[0]
            weight = ALIAS_LENGTH_WEIGHT * (nearest_length + 0.5 * (alias.letters - nearest_length))
            score = distance - weight
            anchor = nearest[0]
        else:
            score = RIGHT_PENALTY + RIGHT_DISTANCE_WEIGHT * (near_right - q_end) - alias.weight
            anchor = near_right
        if last not in visible:
            score = score + HIDDEN_PENALTY
        # Between gapped aliases that otherwise tie, the one whose first word is nearer wins
        # (清理后保留规范性文件47件 is retained, not cleaned).
        first = chain[-1]
        score = score + TIE_SPAN_WEIGHT * abs(q_start - first[0])
        if first[0] < c0:  # its first part is in a clause before the figure's
            if quantity.unit == "%" and _count_in_a_later_clause(context, first[1], c0):
                # 受理诉求655件，掌上流转12089件，办结率100%: a whole clause counting another thing
                # between (a clause with another rate of the same thing, 回复率100%, is no such break).
                continue
            if (
                quantity.unit != "%"
                and nearest is not None
                and _quantity_between(context, first[1], c0)
                and (
                    _own_act(alias, fragments_at, c0, chain[0][0])
                    or _OWN_ACT_WORD.search(context.text, c0, chain[0][0])
                )
            ):
                # …beyond another figure, while the figure's own clause names its own act before
                # the noun (印发规范性文件10件，废止规范性文件3件; 合法性审查的协议类合同318件，完成登记备案的合同276件).
                continue
            score = score + CROSS_CLAUSE_PENALTY
        if best is None or score < best[0]:
            best = (score, anchor, True)
    return best


def _gap_distance(context: _Context, end: int, position: int) -> float | None:
    """The distance from a left alias word ending at ``end`` to a figure at ``position``, or
    None if another figure stands between them; the same for every alias ending there."""
    key = (end, position)
    gaps = context.gaps
    if key in gaps:
        return gaps[key]
    if _quantity_between(context, end, position):
        distance = None
    else:
        gap = context.text[end:position]
        # 举办法治宣讲、发放资料、设置展板等30余场: the later items of a list closed by 等 are counted
        # with the first, and stand between it and the figure like filler.
        listed = _LISTED_AFTER.match(gap)
        filler = _FILLER.match(gap, listed.end() if listed else 0)
        foreign = len(gap) - (filler.end() if filler else 0)
        # A gap of filler words only (其中…、及时率及规范率均达) is as good as adjacent.
        distance = len(gap) + GAP_CHAR_PENALTY * foreign if foreign else min(len(gap), FILLER_GAP_CAP)
    gaps[key] = distance
    return distance


def _next_figure(context: _Context, start: int, end: int) -> int | None:
    """Where the first figure in ``[start, end)`` begins, or None."""
    index = bisect_left(context.starts, start)
    if index < len(context.found) and context.found[index].end <= end:
        return context.found[index].start
    return None


def _count_in_a_later_clause(context: _Context, start: int, end: int) -> bool:
    """Whether a count (not a rate) in ``[start, end)`` stands after a clause break that follows ``start``."""
    index = bisect_left(context.starts, start)
    found = context.found
    while index < len(found) and found[index].end <= end:
        if found[index].unit != "%" and _CLAUSE_END.search(context.text, start, found[index].start):
            return True
        index += 1
    return False


def _own_act(alias: Alias, fragments_at, start: int, end: int) -> bool:
    """Whether an alias word not of ``alias``'s indicator lies in ``[start, end)``: the clause's own act.

    A word of the same indicator (协议 beside 合同) names the same thing, not another act.
    """
    own = code_words(alias.code)
    return any(
        word not in own and any(start <= s and e <= end for s, e in spots)
        for word, spots in fragments_at.items()
    )


def _counts_a_following_noun(text: str, end: int) -> bool:
    """``9个乡镇…``: the number counts the noun after it, not a word on its left."""
    following = text[end : end + 1]
    if text.startswith(_VERBS_AFTER_COUNT, end):
        return False  # 讲座分6期举办: a verb, not a noun
    return bool(following) and "\u4e00" <= following <= "\u9fff" and following not in _CONTINUATION


_VERBS_AFTER_COUNT = ("进行", "开展", "举办", "召开")

# Characters after a count that keep it the object of the words before it.
_CONTINUATION = frozenset("的以左上余多均和及与或次全共其分已并同较比占")


def _quantity_between(context: _Context, start: int, end: int) -> bool:
    index = bisect_left(context.starts, start)
    return index < len(context.found) and context.found[index].end <= end


def _before(ends: list[int], position: int) -> int:
    index = bisect_left(ends, position)
    return ends[index - 1] + 1 if index else 0


def _after(ends: list[int], position: int, length: int) -> int:
    index = bisect_left(ends, position)
    return ends[index] if index < len(ends) else length


def _inside_book_title(text: str, start: int, position: int) -> bool:
    segment = text[max(start, position - 80) : position]
    return segment.rfind("《") > segment.rfind("》")


def _period(text: str, s0: int, position: int, year: int | None) -> str | None:
    # A year inside a title (《…纲要（2015—2020年）》) names the document, not the figure's period.
    last = None
    for match in _PERIOD.finditer(text, s0, position):
        if not _inside_book_title(text, s0, match.start()):
            last = match
    if last is None:
        return None
    period = last.group(1)
    lost = _LOST_RANGE.fullmatch(period)
    if lost and int(lost.group(2) + lost.group(3)) > 12 and int(lost.group(2)) < int(lost.group(3)) <= 12:
        period = f"{lost.group(1)}{lost.group(2)}—{lost.group(3)}月"
    if year is not None and period in (f"{year}年", "今年", "全年"):
        return None
    return period


def _scope(text: str, c0: int, position: int) -> str | None:
    matches = list(_SCOPE.finditer(text, c0, position))
    return matches[-1].group(1) if matches else None


def _fact(code, quantity: Quantity, *, previous, scope, period, text, start, end) -> Fact:
    start = max(start, quantity.start - EVIDENCE_MAX_CHARS)
    end = min(end, start + EVIDENCE_MAX_CHARS) if end - start > EVIDENCE_MAX_CHARS else end
    end = max(end, quantity.end)
    indicator = catalog.get(code) if code else None
    unit = quantity.unit if quantity.unit in ("%", "元") or indicator is None else indicator.unit
    return Fact(
        code,
        indicator.name if indicator else None,
        numbers.plain(quantity.value),
        unit,
        quantity.qualifier,
        numbers.plain(previous) if previous is not None else None,
        scope,
        period,
        Span(start, end, text[start:end]),
    )


def _dedupe(facts: list[Fact]) -> list[Fact]:
    seen: set[tuple] = set()
    out = []
    for fact in sorted(facts, key=lambda f: f.evidence.start):
        if fact.indicator is not None:
            key = (fact.indicator, fact.value, fact.qualifier, fact.scope, fact.period)
            if key in seen:
                continue
            seen.add(key)
        out.append(fact)
    return out
