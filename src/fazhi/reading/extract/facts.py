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
from dataclasses import replace
from decimal import Decimal

from fazhi.catalog import indicators as catalog

from ..model import Fact, Span
from . import numbers
from .aliases import code_words, named_list, occurrences
from .clean_up import CLEANED, RETAINED, REVIEWED, clean_up_total, kept_valid
from .elliptic import borrowed_code, issued_after_drafting, second_measure_code
from .hotline_rates import hotline_rate
from .narrowing import narrowed
from .objects import inspected_places, oath_takers, object_of_the_act_after, sampled_objects
from .placing import OWN_ACT_WORD, RIGHT_REACH, Context, choices_for
from .quantity import Quantity, inside_book_title, quantities
from .respectively import respective_codes
from .scope_period import period_of, scope_of
from .subsets import (
    ITEM_ACTS,
    LIST_UNITS,
    OTHER_TOPIC_CODES,
    Marks,
    bracket_total,
    counts_categories,
    governed_by_other_act,
    holds_parts_brackets,
    level_list_item,
)
from .tables import table_rows
from .totals import summed_parts, total_of_parts
from .zeros import zero_facts

# Aliases and periods are looked for at most this far back in a sentence: real
# sentences are shorter, and a page without full stops must not cost n².
SENTENCE_LOOKBACK = 240

# Evidence is the number's clause (and the alias's), cut to this length.
EVIDENCE_MAX_CHARS = 160

_CLAUSE_ONLY = "，："  # clause ends that do not end a sentence
_LIST_JOINS = frozenset({"、", "和", "及", "与", "以及"})  # between the items of a list
_POINTS_GAP = re.compile(r"[至到]|，?(?:达到|达|为|升至|提升至|提高到|提高至)")
_POINTS_VERB = re.compile(r"(?:较上年|同比|比上年|较去年)?(提高|提升|上升|增长|增加|下降|降低|减少)了?$")
_RISE = frozenset({"提高", "提升", "上升", "增长", "增加"})
_COMPARED_GAP = re.compile(r"[，,]?(?:较|比)(?:上年|去年|上一年|(?:19|20)\d{2}年)(?:同期)?的?")
# 从120件, 由2022年的120件, 由上年的85%, 从2021版的10项 (a list's edition): where a change's old value starts.
# (从2019年全年的15%提高到2020年全年的29.65%: each value may name its year, and the year its span; 由机构改革前的
# 8430项精简至7215项: or the event it was counted before)
_CHANGE_FROM = re.compile(
    r"[从由](?:(?:19|20)\d{2}年?版?(?:全年|年底|底|末)?|上年|去年|上一年|[^，。；\d从由]{1,6}?前)?的?\s?$"
)
_CHANGE_VERBS = ("增加", "减少", "上升", "下降", "增长", "提高", "降低", "多", "少")
_CHANGE_GAP = re.compile(
    r"[^，。；\n]{0,6}?(?:升|提高|提升|增长|增加|上升|下降|降低|减少|降|增)?(?:至|到|(?<=调整|变更|增加|减少|精简|压减)为)"
    r"(?:(?:19|20)\d{2}年(?:全年|年底|底|末)?的?)?\s?"
)
# A clause that opens with one of these and names nothing itself counts the same
# thing as the figure before it, for a part of the whole (其中县本级公开4186条).
_INHERIT_OPENING = re.compile(r"^(?:其中|含|包括)")
# ...but a scope followed by a thing of its own (省级法治文化示范企业198个 after 省级民主法治示范村89个) counts that thing.
_NAMES_ITS_OWN_THING = re.compile(r"[省市区县]级[^，。；\d]{5,}$")
# A total of suggestions and proposals together (建议、提案共20件) takes the suggestions' code by the seeds'
# convention, yet its parts (其中人大代表建议8件) are no part of the suggestions' own count.
_SUGGESTIONS = "oversight.npc_suggestions"
_WITH_PROPOSALS = re.compile(r"(?:建议[^，。；\d]{0,10}提案|提案[^，。；\d]{0,3}建议)[^，。；\d]{0,8}$")
# Counts of people heading a list whose last item the act after it names (12名市管干部以及96名区管干部参加…,
# 市管干部14名、区管干部128名参加…): the noun before the join, or after it.
_PEOPLE_UNITS = frozenset({"人", "名", "位", "人次"})
_PEOPLE_LIST_GAP = re.compile(
    r"[^，。；：\d\s]{1,12}?(?:以及|[和及与、])|(?:以及|[和及与、])[^，。；：\d\s]{1,12}"
)
# A bracket right after a figure opens its breakdown or an aside, not more of its own words.
_BRACKET_OPEN = ("（", "(")
# CLAUSE_END's marks, each a pattern of its own: the regex engine skips along a text to one plain character,
# where it tests CLAUSE_END's class at every character (the text's clause ends: about 50 -> 40 us a bench text).
# Those that end a sentence apart: the sentence ends are found, not picked out of the clause ends one by one.
_SENTENCE_END_MARKS = tuple(re.compile(re.escape(mark)) for mark in "。！？；\n")
_CLAUSE_ONLY_MARKS = tuple(re.compile(mark) for mark in _CLAUSE_ONLY)


def _ends(text: str) -> tuple[list[int], list[int]]:
    """Where the clauses of ``text`` end (at CLAUSE_END's marks), and where its sentences end, in order."""
    sentence_ends = sorted([m.start() for mark in _SENTENCE_END_MARKS for m in mark.finditer(text)])
    clause_only_ends = [m.start() for mark in _CLAUSE_ONLY_MARKS for m in mark.finditer(text)]
    return sorted(clause_only_ends + sentence_ends), sentence_ends


def extract(text: str, year: int | None = None) -> list[Fact]:
    clause_ends, sentence_ends = _ends(text)
    found = quantities(text)
    # Where a bracket of parts (调解委员会19个（其中…）) finds its count: None in a text without one (most texts).
    ends = [q.end for q in found] if holds_parts_brackets(text) else None
    sentences = _sentences(found, sentence_ends, len(text))
    words = occurrences(text, _windows(sentences))
    consumed: set[int] = set()
    previous_of: dict[int, Decimal | None] = {}
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
    context = Context(text, blockers, [q.start for q in blockers], words)
    occ_starts = context.word_starts
    marks = Marks(text)
    careful = bool(marks.subsets or marks.breakdowns)  # outcome words or 其中 occur at all
    respective = respective_codes(text, found, _code_read_alone, year)  # 甲、乙分别为3件、5件
    facts: list[Fact] = []
    uncoded_people: dict[int, tuple] = {}  # figure index: (fact position, clause, scope, period)
    coded_at: dict[int, tuple[str, int]] = {}  # figure index: its one (code, anchor)
    made_at: dict[int, tuple[int, dict]] = {}  # figure index: its one coded fact's position, how it was made
    length, clause_count = len(text), len(clause_ends)
    last_in_sentence: tuple[int, str, str] | None = None  # sentence start, code, unit
    # The codes the figures of the current sentence took (sentence start, codes): a 其中 part after a list of
    # totals (建议86件、提案124件，其中主办建议56件) is a part of whichever of them it names.
    sentence_codes: tuple[int, set[str]] = (-1, set())
    last_named: tuple[int, str, int, int] | None = None  # figure end, code, its clause start, figure start
    in_tables = _table_facts(text, year)  # a table's values, each read as its row's sentence reads it
    for index, quantity in enumerate(found):
        if index in consumed:
            continue
        # _before and _after, inlined: this runs for every figure.
        q_start, q_end = quantity.start, quantity.end
        if in_tables:
            at = next((at for at in range(q_start, q_end) if at in in_tables), None)
            if at is not None:
                facts.extend(in_tables.pop(at))
                continue
        s0 = sentences[index][0]
        at = bisect_left(clause_ends, q_start)
        c0 = max(clause_ends[at - 1] + 1 if at else 0, q_start - SENTENCE_LOOKBACK)
        at = bisect_left(clause_ends, q_end)
        c1 = min(clause_ends[at] if at < clause_count else length, q_end + SENTENCE_LOOKBACK)
        if inside_book_title(text, s0, quantity.start):
            continue
        lo = bisect_left(occ_starts, s0)
        top = min(c1, quantity.end + RIGHT_REACH)
        hi = bisect_right(occ_starts, top)
        placed = quantity
        if index in previous_of:
            # 出庭率从29.4%升至91.11%: the words before the old value name the new one.
            placed = replace(quantity, start=change_starts[index])
        elif index in points_of:
            placed = replace(quantity, start=points_of[index][0])
            c0 = max(_before(clause_ends, placed.start), s0)
            previous_of[index] = points_of[index][1]
        choices = choices_for(context, (lo, hi), placed, (s0, c0, c1, top))
        named_away = False  # named by an alias, but its words make it another kind of thing
        if choices:
            choices = narrowed(choices, text, marks, (s0, c0, c1), quantity)
            named_away = not choices
        if (
            not named_away
            and len(choices) <= 1
            and (not choices or choices[0][0] == REVIEWED)  # none, or the one a review
            and clean_up_total(text, (s0, c0, c1), quantity)
        ):
            choices = [(CLEANED, c0)]  # 共梳理规范性文件76件，其中保留25件、废止51件: the clean-up's count
        if not choices and not named_away:
            # 坚持会前学法制度，全年共开展12次: a clause that names nothing counts the act before it.
            figure = (c0, q_start, q_end)
            borrowed = borrowed_code(text, words[lo:hi], figure, quantity.unit)
            if not borrowed and index:
                # 任前考试4批次、136人: a second measure of the act the figure before counts.
                borrowed = second_measure_code(text, words[lo:hi], found[index - 1], figure, quantity.unit)
            if not borrowed:
                borrowed = total_of_parts(text, found, index, words[lo:hi], s0)  # 其中…26项、…7项，合计33项
            if not borrowed:
                # 对670家企业开展双随机抽查; 对22件…依法不予处罚
                borrowed = object_of_the_act_after(text, c0, quantity)
            if not borrowed:
                borrowed = sampled_objects(text, c0, quantity)  # 双随机…抽查纳税人215户
            if not borrowed:
                # 4名新任命国家工作人员面对国徽，进行宪法宣誓
                borrowed = oath_takers(text, (c0, c1), quantity)
            if not borrowed:
                borrowed = inspected_places(text, (s0, c0), quantity)  # 共检查学校、幼儿园277家次
            if not borrowed:
                borrowed = hotline_rate(text, c0, quantity)  # 12345热线…5.6万件；按时办结率96.5%
            if not borrowed:
                borrowed = issued_after_drafting(text, c0, quantity)  # 起草…文件15件，经审核后印发12件
            if not borrowed and kept_valid(text, (s0, c0, c1), quantity):
                borrowed = (RETAINED, c0)  # 经清理…，其中有效537件、废止150件
            if borrowed:
                choices = narrowed([borrowed], text, marks, (s0, c0, c1), quantity)
                named_away = not choices
        if index in respective:
            code = respective[index]
            choices = [(code, c0)] if code else []
            named_away = not code
        period = period_of(
            text, s0, change_starts.get(index, quantity.start), year
        )  # not the old value's year
        scope = scope_of(text, c0, quantity.start)
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
                    or (
                        len(opening) <= 12
                        and not OWN_ACT_WORD.search(opening)
                        and not _NAMES_ITS_OWN_THING.search(opening)
                    )
                ):
                    # (what it inherits must still fit its own words: 承接县级赋权事项38项 are powers delegated;
                    # 其中被区政府确认违法2件 is the cases' outcome, a part)
                    if not marks.is_part(c0, quantity.start, last_in_sentence[1], quantity.start):
                        choices = narrowed([(last_in_sentence[1], c0)], text, marks, (s0, c0, c1), quantity)
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
                if text.startswith(_BRACKET_OPEN, quantity.end):
                    after = quantity.end  # 受理…126件（其中驳回8件）: the brackets hold its parts
                # The codes of the sentence's figures before it (the last one's among them).
                total = set(sentence_codes[1]) if sentence_codes[0] == s0 and not scope else set()
                choices = marks.whole(
                    choices,
                    (before if before > c0 else c0, after),
                    quantity.start,
                    total=total,
                    # (其中土地纠纷47件、邻里纠纷95件: a later item of a list its clause's 其中 opens is a part too)
                    breakdown_from=c0 if before > c0 and "、" in text[before : quantity.start] else before,
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
                    and not text.startswith(ITEM_ACTS, choices[0][1])
                    and governed_by_other_act(text[lead_start:lead_end], code)
                ):
                    choices = []
        if (
            ends is not None
            and len(choices) == 1
            and coded_at.get(bracket_total(text, ends, q_start), ("",))[0] == choices[0][0]
        ):
            choices = []  # 调解委员会19个（其中村级调委会16个、…3个）: parts of the count, which holds them
        if len(choices) <= 1 and index >= 2:
            parts = summed_parts(text, found, index, s0)
            code = _one_code(parts, coded_at)
            if code and (not choices or choices[0][0] == code):
                # 经济责任审计14个、专项审计9个，合计23个: the total counts the thing, the parts break it down
                choices = [(code, c0)]
                for part in parts:
                    position, made = made_at.pop(part)
                    facts[position] = _fact(None, found[part], text=text, **made)
                    del coded_at[part]
        if not choices:
            if last_in_sentence and last_in_sentence[2] == quantity.unit:
                # 现行有效…86件，其中县政府60件: a later part is this figure's, not the coded one's.
                last_in_sentence = None
            if quantity.unit in _PEOPLE_UNITS:
                uncoded_people[index] = (len(facts), (s0, c0, c1), scope, period)
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
        if len(choices) == 1:
            coded_at[index] = choices[0]
            made_at[index] = (
                len(facts) - 1,
                {"previous": prev_value, "scope": scope, "period": period, "start": c0, "end": c1},
            )
        last_in_sentence = (s0, choices[-1][0], quantity.unit)
        if sentence_codes[0] != s0:
            sentence_codes = (s0, set())
        if choices[-1][0] != _SUGGESTIONS or not _WITH_PROPOSALS.search(text, c0, quantity.start):
            sentence_codes[1].add(choices[-1][0])
        last_named = (quantity.end, choices[-1][0], c0, quantity.start)
    for index, (position, clause, scope, period) in uncoded_people.items():
        shared = _shared_act(text, found, index, coded_at.get(index + 1), (marks, clause, words))
        if shared:
            facts[position] = _fact(
                shared,
                found[index],
                previous=None,
                scope=scope,
                period=period,
                text=text,
                start=clause[1],
                end=clause[2],
            )
    facts.extend(zero_facts(text, sentence_ends))
    for cell in in_tables.values():
        # A value with no measure word (人民调解委员会 215 4087) is no figure of the text's own.
        facts.extend(cell)
    return _dedupe(facts)


def _one_code(parts: list[int], coded_at: dict[int, tuple[str, int]]) -> str | None:
    """The code every one of ``parts`` was given alone, or None (no parts, a part uncoded, or codes that differ)."""
    codes = {coded_at[part][0] if part in coded_at else None for part in parts}
    return codes.pop() if len(codes) == 1 else None


def _shared_act(
    text: str, found: list[Quantity], index: int, next_choice: tuple[str, int] | None, where: tuple
) -> str | None:
    """The code of a count of people that only heads a list whose last item is named by the act after it
    (组织12名市管干部以及96名区管干部参加…考试: both sat the exam), or None. ``where`` is the text's
    ``Marks``, the figure's (sentence start, clause start, clause end) and the text's alias words."""
    if next_choice is None:
        return None
    quantity, following = found[index], found[index + 1]
    code, anchor = next_choice
    if following.unit not in _PEOPLE_UNITS or not _PEOPLE_LIST_GAP.fullmatch(
        text, quantity.end, following.start
    ):
        return None
    marks, clause, words = where
    own = code_words(code)
    at = bisect_left(words, (following.end,))
    stop = bisect_left(words, (clause[2],), at)
    if not any(word in own for _start, _end, word, _visible in words[at:stop]):
        return None  # the act is not named after the list's last item
    kept = narrowed([(code, anchor)], text, marks, clause, quantity)
    return kept[0][0] if kept else None


def _code_read_alone(words: str, quantity: Quantity) -> str | None:
    """The indicator ``words`` (ending in the figure ``quantity``'s text) give that figure."""
    value = numbers.plain(quantity.value)
    coded = [fact for fact in extract(words) if fact.value == value and fact.evidence.end == len(words)]
    return coded[-1].indicator if coded else None


def _sentences(found: list[Quantity], sentence_ends: list[int], length: int) -> list[tuple[int, int]]:
    """Each quantity's sentence (start, end), at most SENTENCE_LOOKBACK characters either side of it: found once
    for the windows and the figures' own reading (a bisect and a ``max`` each, about 2,700 instructions)."""
    sentences: list[tuple[int, int]] = []
    count = len(sentence_ends)
    for quantity in found:
        # _before and _after, inlined (for every figure), the second bisect from where the first ended
        at = bisect_left(sentence_ends, quantity.start)
        start = max(sentence_ends[at - 1] + 1 if at else 0, quantity.start - SENTENCE_LOOKBACK)
        at = bisect_left(sentence_ends, quantity.end, at)
        end = min(sentence_ends[at] if at < count else length, quantity.end + SENTENCE_LOOKBACK)
        sentences.append((start, end))
    return sentences


def _windows(sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans worth scanning for alias words: the sentences that hold a quantity, those that meet joined."""
    spans: list[tuple[int, int]] = []
    for start, end in sentences:
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def _before(ends: list[int], position: int) -> int:
    index = bisect_left(ends, position)
    return ends[index - 1] + 1 if index else 0


def _after(ends: list[int], position: int, length: int) -> int:
    index = bisect_left(ends, position)
    return ends[index] if index < len(ends) else length


def _table_facts(text: str, year: int | None) -> dict[int, list[Fact]]:
    """For each value of a table's data rows (by where its number starts in ``text``), the facts its row read as
    a sentence gives it, shown with the row as their evidence."""
    out: dict[int, list[Fact]] = {}
    for row in table_rows(text):
        read_as_sentence = extract(row.sentence, year)
        # The row with its header when both are short enough to show (行政复议案件\t行政应诉案件 / 57件\t26件); a row
        # whose label names what it counts (审查合同（件） 37) alone, not the rows between it and the header.
        near = row.end - row.header_start <= EVIDENCE_MAX_CHARS and not row.named_by_label
        start = row.header_start if near else row.start
        evidence = Span(start, row.end, text[start : row.end])
        for at, in_sentence in row.cells:
            # The sentence puts one value in each clause: a value's facts are those whose evidence ends first after it.
            covering = [f for f in read_as_sentence if f.evidence.start <= in_sentence < f.evidence.end]
            first_end = min((f.evidence.end for f in covering), default=None)
            out[at] = [replace(f, evidence=evidence) for f in covering if f.evidence.end == first_end]
    return out


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
