"""Stage 5, extract: every quantitative statement -> a fact, mapped to an indicator where one fits.

A quantity is a number (Arabic, Chinese or mixed, with 万/亿) followed by a
counter (件, 人次, 批次…), ``%`` or a sum of money. Its indicator is chosen
from the aliases of ``fazhi.catalog`` indicators (``data/indicators.json``;
``A…B`` means A then B in the same sentence): the alias whose words sit
nearest the number wins, in the number's own clause on its left, or just on
its right in the same clause (``290人参加任前考试``), or around it
(``出台…等14件规范性文件``); longer aliases win ties. An alias never reaches
across another quantity. A list of rates sharing one number (报备率、及时率
及规范率均达100%) gives one fact per rate. Numbers no alias fits are still
facts, with ``indicator: None``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from fazhi.catalog import indicators as catalog

from . import numbers
from .model import Fact, Span

# How far (characters) right of a number an alias may start and still name it
# ("56场专题法律知识培训"); further right it names the next number.
RIGHT_WINDOW = 14

# A right-hand alias is weaker than a left-hand one at the same distance.
RIGHT_PENALTY = 4

# Each character of an alias is worth this much distance: 行政复议案件 beats 复议.
# Parts of a gapped alias other than the one nearest the number count half.
ALIAS_LENGTH_WEIGHT = 1.5

# Each character between a left alias and its number that is not a filler word
# (案件, 共计, 各类…) costs this much: in 行政复议文书190份 the number counts 文书.
GAP_CHAR_PENALTY = 4

# An alias word hidden inside a longer one (会议 in 常务会议) may still be the
# word next to the number, at this cost.
HIDDEN_PENALTY = 3

# Distance a gap made only of filler words counts for at most.
FILLER_GAP_CAP = 2

# A placement scoring above this is too far or too weak to name the number.
MAX_ALIAS_SCORE = 3

# Right of the number, distance counts this fraction: the words after a count are
# its noun phrase, and the alias is the phrase's head (56场专题法律知识培训).
RIGHT_DISTANCE_WEIGHT = 0.25

# Aliases and periods are looked for at most this far back in a sentence: real
# sentences are shorter, and a page without full stops must not cost n².
SENTENCE_LOOKBACK = 240

# Evidence is the number's clause (and the alias's), cut to this length.
EVIDENCE_MAX_CHARS = 160

# Chinese-numeral counts below this are usually set phrases (三项制度, 一件事),
# not statistics, unless marked as estimates (十余场, 两次以上).
CHINESE_NUMERAL_MIN = 10

def _trie_pattern(words: list[str]) -> str:
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = []
        ends = "" in node
        for ch in sorted(k for k in node if k):
            branches.append(re.escape(ch) + build(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            body = "(?:" + body + ")?"
        return body

    return build(trie)


_UNITS = (
    "个百分点", "万元", "亿元", "千元", "元", "%", "‰",
    "件次", "人次", "户次", "场次", "批次", "家次", "项次", "余次",
    "次", "件", "项", "条", "人", "名", "场", "期", "个", "家", "户", "份", "部", "批", "起", "例", "宗",
    "张", "篇", "卷", "册", "本", "所", "支", "处", "台", "套", "座", "类", "轮", "堂", "位", "组",
)
# The leading lookahead names the characters a quantity starts with, so the regex
# engine skips ahead to them instead of trying the lookbehind at every position.
_QUANTITY = re.compile(
    r"(?=[\d零〇一二两三四五六七八九十百千万亿])(?<![\d.])(?P<num>\d{1,15}(?:\.\d{1,6})?(?:[十百千万亿]{1,2})?|[零〇一二两三四五六七八九十百千万亿]{1,8})"
    r"(?P<more>余|多)?(?P<big>[万亿](?=余|多)?)?(?P<more2>余|多)?\s?"
    r"(?P<unit>" + _trie_pattern(list(_UNITS)) + r")"
    r"(?P<tail>左右|上下|以上|以内|以下)?"
)
_PERCENT_WORDS = re.compile(r"百分之(?P<num>[零〇一二两三四五六七八九十百点\d.]{1,8})")
_PRE_QUALIFIER = re.compile(r"(不少于|不低于|至少|不超过|不足|超过|低于|高于|将近|大约|约|近|逾|超|上)$")
_VAGUE_BEFORE = frozenset("第数几每各某周逐")
_SINGLE_DIGITS = frozenset("零〇一二两三四五六七八九")

_SENTENCE_END = re.compile(r"[。！？；\n]")
_CLAUSE_END = re.compile(r"[，。！？；：\n]")
# _SCOPE and _PERIOD start with a lookahead of the characters they can start with, so the
# regex engine skips to those instead of trying each alternative at every position.
_SCOPE = re.compile(
    r"(?=[全省市区县州各])(全[省市区县州镇乡旗]|[省市区县州]本级|[省市区县州]政府(?:本级)?|[省市区县]级(?:部门|机关)?|[市区县]直(?:部门|单位)?|"
    r"各(?:区县|县区|县市区|区|县|乡镇|街道|街镇|部门|单位)|[省市区县]属)"
)
_PERIOD = re.compile(
    r"(?=[今12一二两三四五六七八九十近上截])(今年\d{1,3}(?:[—–\-~至]\d{1,2})?月|(?:19|20)\d{2}年(?:\d{1,2}(?:[—–\-~至]\d{1,2})?月(?:份)?|以来|上半年|下半年)?|"
    r"[一二两三四五六七八九十]年来|近[一二两三四五]年|今年以来|今年上半年|上半年|截至(?:(?:19|20)\d{2}年)?\d{1,2}月(?:底|末)?)"
)
_CHANGE_GAP = re.compile(r"[^，。；\n]{0,6}?(?:升|提高|提升|增长|增加|上升|下降|降低|减少|降|增)?(?:至|到)")
# Words that may stand between an alias and its number without changing what is counted.
_FILLER = re.compile(
    r"(?:[\u4e00-\u9fff]{0,3}(?:案件|事项|信息|项目)|(?:行政)?规范性文件|文件|[、和及与]?[\u4e00-\u9fff]{1,6}?率|均|分别|都|申请|工作|活动|总数|数量|人数|件数|次数|数|共计|累计|合计|总计|共|计|达到|达|为|分别为|"
    r"各类|各项|各种|的|了|等|已|全年|今年|年度|本年度|新增|[省市区县镇乡]级|[省市区县]本级|\s)*"
)
# A clause that opens with one of these and names nothing itself counts the same
# thing as the figure before it, for a part of the whole (其中市本级公开9707条).
_INHERIT_OPENING = re.compile(r"^(?:其中|含|包括)")
_ZERO_FACTS = (
    ("disputes.litigation_losses", re.compile(r"(?:无|零|没有|未发生|未出现)(?:一起)?(?:行政诉讼)?败诉(?:案件|案例)?")),
)

_UNIT_FAMILIES: dict[str, frozenset[str]] = {
    "次": frozenset({"次", "场次", "场", "期", "轮", "余次"}),
    "项": frozenset({"项", "件", "个", "条", "类", "项次"}),
    "条": frozenset({"条", "件", "个", "项"}),
    "人": frozenset({"人", "名", "位"}),
    "人次": frozenset({"人次", "人", "名"}),
    "件": frozenset({"件", "件次", "份", "起", "宗", "例", "项", "条", "卷", "张"}),
    "部": frozenset({"部", "件", "个", "项"}),
    "份": frozenset({"份", "件", "条", "个", "张", "册", "本"}),
    "个": frozenset({"个", "家", "所", "处", "支", "项", "张"}),
    "户": frozenset({"户", "家", "户次", "家次", "个"}),
    "批次": frozenset({"批次", "批", "次"}),
    "场": frozenset({"场", "场次", "次", "期", "轮", "堂"}),
    "%": frozenset({"%"}),
    "元": frozenset({"元"}),
}
_MONEY = {"元": Decimal(1), "千元": Decimal(1000), "万元": Decimal(10000), "亿元": Decimal(100000000)}


@dataclass
class _Quantity:
    start: int  # qualifier included
    num_start: int
    end: int
    value: Decimal
    unit: str
    qualifier: str
    chinese: bool


@dataclass(frozen=True, eq=False)
class _Alias:
    code: str
    parts: tuple[str, ...]
    weight: float
    letters: int = 0


@cache
def _vocabulary():
    aliases: list[_Alias] = []
    by_fragment: dict[str, list[tuple[_Alias, int]]] = {}
    for indicator in catalog.all_indicators():
        for text in indicator.aliases:
            parts = tuple(part for part in text.split("…") if part)
            if not parts:
                continue
            letters = sum(len(p) for p in parts)
            alias = _Alias(indicator.code, parts, ALIAS_LENGTH_WEIGHT * letters, letters)
            aliases.append(alias)
            for index, part in enumerate(parts):
                by_fragment.setdefault(part, []).append((alias, index))
    fragments = sorted(by_fragment, key=len, reverse=True)
    prefixes = {f: [g for g in fragments if f.startswith(g)] for f in fragments}
    pattern = re.compile(_trie_pattern(fragments))
    _FIRST_CHARS.update(f[0] for f in fragments)
    return pattern, by_fragment, prefixes


_FIRST_CHARS: set[str] = set()


@cache
def _unit_fits(code: str, unit: str) -> bool:
    indicator = catalog.get(code)
    if indicator is None:
        return False
    family = _UNIT_FAMILIES.get(indicator.unit, frozenset({indicator.unit}))
    return unit in family


def quantities(text: str) -> list[_Quantity]:
    found: list[_Quantity] = []
    for match in _QUANTITY.finditer(text):
        raw, more, big, more2, unit, tail = match.group("num", "more", "big", "more2", "unit", "tail")
        chinese = not raw[0].isdigit()
        begin = match.start()
        before = text[begin - 1] if begin else ""
        if before in _VAGUE_BEFORE or (before.isascii() and (before.isalnum() or before == ".")):
            continue
        more = more or more2
        if chinese and len(raw) == 1 and raw in _SINGLE_DIGITS and not big and not more and tail != "以上":
            continue  # 一次, 两项: set phrases, cheaper to drop before parsing
        value = numbers.parse(raw)
        if value is None:
            continue
        if big:
            value *= 10000 if big == "万" else 100000000  # 十余万份
        if unit == "余次":
            unit = "次"
            more = "余"
        if chinese and value < CHINESE_NUMERAL_MIN and not more and tail != "以上":
            continue
        if unit in _MONEY:
            value = value * _MONEY[unit]
            unit = "元"
        pre = _PRE_QUALIFIER.search(text, max(0, begin - 3), begin)
        qualifier = _qualifier(pre.group(1) if pre else None, more, tail, unit)
        start = begin - (len(pre.group(1)) if pre else 0)
        found.append(_Quantity(start, begin, match.end(), value, unit, qualifier, chinese))
    for match in _PERCENT_WORDS.finditer(text):
        value = numbers.parse(match.group("num").replace("点", "."))
        if value is not None:
            found.append(_Quantity(match.start(), match.start(), match.end(), value, "%", "exact", True))
    found.sort(key=lambda q: q.start)
    return found


def _qualifier(pre: str | None, more: str | None, tail: str | None, unit: str) -> str:
    if pre in ("约", "近", "大约", "将近", "上") or tail in ("左右", "上下"):
        return "approx"
    if pre in ("不少于", "至少", "不低于"):
        return "at_least"
    if pre in ("不超过", "不足") or tail in ("以内", "以下"):
        return "at_most"
    if tail == "以上":
        return "at_least" if unit == "%" else "more_than"
    if pre in ("超过", "逾", "超", "高于") or more:
        return "more_than"
    return "exact"


def extract(text: str, year: int | None = None) -> list[Fact]:
    sentence_ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    clause_ends = [m.start() for m in _CLAUSE_END.finditer(text)]
    found = quantities(text)
    occurrences = _occurrences(text, _windows(found, sentence_ends, len(text)))
    occ_starts = [o[0] for o in occurrences]
    consumed: set[int] = set()
    previous_of: dict[int, Decimal] = {}
    for i in range(1, len(found)):
        prev, cur = found[i - 1], found[i]
        if prev.unit == cur.unit and text[max(0, prev.start - 1):prev.start] in ("从", "由"):
            if _CHANGE_GAP.fullmatch(text[prev.end:cur.start]):
                consumed.add(i - 1)
                previous_of[i] = prev.value
    # A count of categories (问题8类69件) does not stand between a word and the figure it names.
    blockers = [q for i, q in enumerate(found) if i not in consumed and q.unit != "类"]
    context = _Context(text, blockers, [q.start for q in blockers])
    facts: list[Fact] = []
    last_in_sentence: tuple[int, str, str] | None = None  # sentence start, code, unit
    for index, quantity in enumerate(found):
        if index in consumed:
            continue
        s0 = max(_before(sentence_ends, quantity.start), quantity.start - SENTENCE_LOOKBACK)
        c0 = max(_before(clause_ends, quantity.start), quantity.start - SENTENCE_LOOKBACK)
        c1 = min(_after(clause_ends, quantity.end, len(text)), quantity.end + SENTENCE_LOOKBACK)
        if _inside_book_title(text, s0, quantity.start):
            continue
        lo = bisect_left(occ_starts, s0)
        hi = bisect_right(occ_starts, min(c1, quantity.end + RIGHT_WINDOW))
        placed = quantity
        if index in previous_of:
            # 出庭率从29.4%升至91.11%: the words before the old value name the new one.
            placed = replace(quantity, start=found[index - 1].start - 1)
        choices = _choices(context, occurrences[lo:hi], placed, c0, c1)
        period = _period(text, s0, quantity.start, year)
        scope = _scope(text, c0, quantity.start)
        prev_value = previous_of.get(index)
        if not choices and last_in_sentence and last_in_sentence[0] == s0:
            _, code, unit = last_in_sentence
            opening = text[c0:quantity.start]
            if unit == quantity.unit and (_INHERIT_OPENING.match(opening) or scope and len(opening) <= 12):
                choices = [(code, c0)]
        if not choices:
            facts.append(_fact(None, quantity, previous=prev_value, scope=scope, period=period, text=text, start=c0, end=c1))
            continue
        for code, anchor in choices:
            facts.append(_fact(code, quantity, previous=prev_value, scope=scope, period=period, text=text,
                               start=min(c0, _before(clause_ends, anchor)), end=c1))
        last_in_sentence = (s0, choices[-1][0], quantity.unit)
    facts.extend(_zero_facts(text, sentence_ends))
    return _dedupe(facts)


@dataclass
class _Context:
    text: str
    found: list[_Quantity]
    starts: list[int]


def _windows(found: list[_Quantity], sentence_ends: list[int], length: int) -> list[tuple[int, int]]:
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


def _occurrences(text: str, spans: list[tuple[int, int]] | None = None) -> list[tuple[int, int, str, bool]]:
    """Alias words in ``text`` as (start, end, word, visible).

    A word inside a longer alias word that does not start with it is hidden
    (不予备案 hides its 备案, 政协委员提案 its 提案): a hidden word cannot be the
    part of an alias next to a number, but can be an earlier part of a gapped
    alias (人大代表建议…满意率).
    """
    _vocabulary()
    out: list[tuple[int, int, str, bool]] = []
    reach = -1
    for span_start, span_end in spans if spans is not None else [(0, len(text))]:
        reach = _scan(text, (span_start, span_end), out, reach)
    return out


@cache
def _word_starts() -> re.Pattern[str]:
    """Every position where an alias word starts, overlapping words included (负责人出庭 / 出庭率).

    One scan in the regex engine: a lookahead finds the word at each position, and the
    leading character class lets the engine skip to positions where a word can start.
    """
    pattern, _by_fragment, _prefixes = _vocabulary()
    first = "".join(re.escape(ch) for ch in sorted(_FIRST_CHARS))
    return re.compile(f"(?=[{first}])(?=({pattern.pattern}))")


def _scan(text: str, span: tuple[int, int], out: list, reach: int) -> int:
    _pattern, _by_fragment, prefixes = _vocabulary()
    span_start, span_end = span
    for found in _word_starts().finditer(text, span_start, span_end):
        start = found.start()
        word = found.group(1)
        end = start + len(word)
        visible = end > reach
        if visible:
            reach = end
        for prefix in prefixes[word]:
            out.append((start, start + len(prefix), prefix, visible))
    return reach


def _choices(context: _Context, window, quantity, c0, c1) -> list[tuple[str, int]]:
    """(code, anchor position) pairs for ``quantity``: one, or one per rate of a rate list."""
    # What holds for every alias: whether another figure follows in the clause (words on
    # the right then name that one), and whether the number counts the noun after it.
    right_blocked = _quantity_between(context, quantity.end, c1)
    counts_noun = _counts_a_following_noun(context.text, quantity.end)
    fragments_at: dict[str, list[tuple[int, int]]] = {}
    visible_at: dict[str, list[tuple[int, int]]] = {}
    # Words that can be the last part of an alias placed on this number: in the number's
    # clause on its left, or on its right when no other figure follows. Only aliases
    # ending in one of them are tried (``_place`` turns down the others).
    last_words: set[str] = set()
    q_start, q_end = quantity.start, quantity.end
    for start, end, word, visible in window:
        if start < q_end and end > q_start:
            continue
        fragments_at.setdefault(word, []).append((start, end))
        if visible:
            visible_at.setdefault(word, []).append((start, end))
        if end <= q_start:
            if end >= c0:
                last_words.add(word)
        elif not right_blocked:
            last_words.add(word)
    scored: list[tuple[float, str, int, bool]] = []  # score, code, anchor, in own clause
    unit = quantity.unit
    for word in last_words:
        for alias in _ending_in(word, unit):
            placed = _place(alias, fragments_at, visible_at, quantity=quantity, context=context, c0=c0, c1=c1,
                            right_blocked=right_blocked, counts_noun=counts_noun)
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


@cache
def _ending_in(word: str, unit: str) -> tuple[_Alias, ...]:
    """The aliases whose last part is ``word`` and whose indicator can be counted in ``unit``."""
    _pattern, by_fragment, _prefixes = _vocabulary()
    out: list[_Alias] = []
    for alias, _index in by_fragment[word]:
        if alias.parts[-1] == word and alias not in out and _unit_fits(alias.code, unit):
            out.append(alias)
    return tuple(out)


def _is_rate_list(text: str, anchors: list[int], end: int) -> bool:
    between = text[anchors[0]:end]
    return "，" not in between and "；" not in between


def _place(alias: _Alias, fragments_at, visible_at, *, quantity: _Quantity, context: _Context, c0: int, c1: int,
           right_blocked: bool, counts_noun: bool):
    """How well ``alias`` names ``quantity``: (score, anchor, in own clause), or None.

    Score = distance - alias weight (+ penalties); lower is better.
    """
    options = []
    for part in alias.parts:
        if part not in fragments_at:
            return None
        options.append(fragments_at[part])
    visible_last = visible_at.get(alias.parts[-1], ())
    best = None
    left_lasts = [o for o in options[-1] if o[1] <= quantity.start]
    right_lasts = [o for o in options[-1] if o[0] >= quantity.end]
    nearest_lasts = ([max(left_lasts)] if left_lasts else []) + ([min(right_lasts)] if right_lasts else [])
    for last in nearest_lasts:
        chain = [last]
        limit = last[0]
        for earlier_options in reversed(options[:-1]):
            earlier = [o for o in earlier_options if o[1] <= limit]
            if not earlier:
                chain = []
                break
            pick = max(earlier)
            chain.append(pick)
            limit = pick[0]
        if not chain:
            continue
        lefts = [o for o in chain if o[1] <= quantity.start]
        rights = [o for o in chain if o[0] >= quantity.end]
        if len(lefts) + len(rights) != len(chain):
            continue
        near_right = min((o[0] for o in rights), default=None)
        if near_right is not None:
            if near_right > c1 or near_right - quantity.end > RIGHT_WINDOW:
                continue
            # Words on the right name this number only if no other number follows them in the clause.
            if right_blocked:
                continue
        if lefts:
            nearest = max(lefts, key=lambda o: o[1])
            if nearest[1] < c0 or _quantity_between(context, nearest[1], quantity.start):
                continue
            if near_right is None and counts_noun:
                continue
            gap = context.text[nearest[1]:quantity.start]
            filler = _FILLER.match(gap)
            foreign = len(gap) - (filler.end() if filler else 0)
            # A gap of filler words only (其中…、及时率及规范率均达) is as good as adjacent.
            distance = len(gap) + GAP_CHAR_PENALTY * foreign if foreign else min(len(gap), FILLER_GAP_CAP)
            if near_right is not None:
                distance = min(distance, RIGHT_DISTANCE_WEIGHT * (near_right - quantity.end))
            weight = ALIAS_LENGTH_WEIGHT * (len(nearest_word := context.text[nearest[0]:nearest[1]])
                                            + 0.5 * (alias.letters - len(nearest_word)))
            candidate = (distance - weight, nearest[0], True)
        else:
            weight = alias.weight
            distance = RIGHT_PENALTY + RIGHT_DISTANCE_WEIGHT * (near_right - quantity.end)
            candidate = (distance - weight, near_right, True)
        if last not in visible_last:
            candidate = (candidate[0] + HIDDEN_PENALTY, *candidate[1:])
        if best is None or candidate[0] < best[0]:
            best = candidate
    return best


def _counts_a_following_noun(text: str, end: int) -> bool:
    """``12个街道…``: the number counts the noun after it, not a word on its left."""
    following = text[end:end + 1]
    return bool(following) and "\u4e00" <= following <= "\u9fff" and following not in _CONTINUATION


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
    segment = text[max(start, position - 80):position]
    return segment.rfind("《") > segment.rfind("》")


def _period(text: str, s0: int, position: int, year: int | None) -> str | None:
    matches = list(_PERIOD.finditer(text, s0, position))
    if not matches:
        return None
    period = matches[-1].group(1)
    lost = re.fullmatch(r"(今年|(?:19|20)\d{2}年)(\d)(\d{1,2})月", period)
    if lost and int(lost.group(2) + lost.group(3)) > 12 and int(lost.group(2)) < int(lost.group(3)) <= 12:
        period = f"{lost.group(1)}{lost.group(2)}—{lost.group(3)}月"
    if year is not None and period in (f"{year}年", "今年", "全年"):
        return None
    return period


def _scope(text: str, c0: int, position: int) -> str | None:
    matches = list(_SCOPE.finditer(text, c0, position))
    return matches[-1].group(1) if matches else None


def _fact(code, quantity: _Quantity, *, previous, scope, period, text, start, end) -> Fact:
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


def _zero_facts(text: str, sentence_ends: list[int]) -> list[Fact]:
    out = []
    for code, pattern in _ZERO_FACTS:
        indicator = catalog.get(code)
        for match in pattern.finditer(text):
            start = _before(sentence_ends, match.start())
            end = match.end()
            out.append(Fact(code, indicator.name if indicator else None, 0, indicator.unit if indicator else "",
                            "exact", None, None, None, Span(start, end, text[start:end])))
    return out


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
