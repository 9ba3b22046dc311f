"""Placing alias words on a figure: which indicator, if any, a figure's words name.

``choices_for`` scores every alias whose words stand in the figure's sentence: the alias whose
words sit nearest the number wins, in the number's own clause on its left, or just on its
right in the same clause (``135人参加任前考试``), or around it (``印发…等11件规范性文件``);
longer aliases win ties. An alias never reaches across another quantity; a clause break
inside a gapped alias costs it. A list of rates sharing one number (报备率、及时率、规范率均为100%)
gives one choice per rate. ``facts`` decides what to make of the choices.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise

from .aliases import ALIAS_LENGTH_WEIGHT, Alias, code_words, ending_in, word_list
from .list_items import (
    ITEM_END,
    ITEM_VERB,
    LATER_ITEMS,
    NOUN_PHRASE,
    act_after_the_list,
    list_item_noun,
    modified_item_noun,
)
from .quantity import Quantity, after_counted_items

# How far (characters) right of a number an alias may start and still name it
# ("31场依法行政专题培训"); further right it names the next number.
RIGHT_WINDOW = 14

# A gapped alias whose first word is within RIGHT_WINDOW of the figure may end this far right of it
# (54名新提任领导干部参加春秋两季法治理论知识考试).
RIGHT_REACH = 2 * RIGHT_WINDOW
# A count of events with its measure word, right before a long noun phrase that ends in the alias
# (举办12场全市领导干部法治能力提升主题培训班): the phrase's head names the figure up to RIGHT_REACH away,
# where nothing but the phrase's own characters (no punctuation, figure or 的) lies between.
_EVENT_MEASURES = frozenset("场期次")
_PHRASE_GAP = RIGHT_WINDOW // 2

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

CLAUSE_END = re.compile(r"[，。！？；：\n]")
# Words that may stand between an alias and its number without changing what is counted (where an
# event was held, 宣讲进村入户82场, is one of them; so is how long a rate has held, 连续三年保持100%;
# 到达 is 达到 as reports also print it, 公示率均到达100%; a verb of handing out, receiving or handling after
# 共 is the noun's own, 宣传资料共发放5000余份, 法律意见书共出具11份, 问题清单共梳理92条, 各类矛盾纠纷共调处7430件;
# so are the acts on a certificate, 办理行政执法证件申领、换发、注销1800余个, though cancellations alone are not
# certificates processed). A share's base after 占 (按时办结的工单占应办结工单的96.5%) leaves the rate to the words
# before 占. A list cut or revised to its size (权责清单事项动态调整为6138项, 精简为2856项) counts its items.
_FILLER = re.compile(
    r"(?:[\u4e00-\u9fff]{0,3}(?:案件|事项|信息|项目)|(?:行政)?规范性文件|文件|[、和及与]?[\u4e00-\u9fff]{0,10}?率|均|分别|都|申请|工作|活动|内容|名单|总(?:次|件|人)?数|总额|数量|人数|件数|次数|场次|数|(?:国家工作|公职)?人员|学员|覆盖|比例|占比|共计|累计|合计|总计|共|计|达到|到达|达|实现|为|分别为|(?:始终)?(?:保持|稳定|维持)(?:在)?|(?:已)?连续(?:[一二三四五六七八九十两\d]{1,2}|多)年|"
    r"(?:进一步)?(?:提升|提高|上升|增长|增加|升|下降|降低|减少|降|精简|压减|压缩|缩减|调整)(?:至|到)|(?:动态)?(?:精简|压减|压缩|缩减|调整)(?:后)?为|(?:细化|分解|拆分){1,2}(?:为|成)|进(?:村|社区|校园|企业|机关|乡村|农村|家庭|单位|网络)(?:入户)?|下乡|各类|各项|各种|人民币|(?:受理|办理|办结|审结|新收|发放|开展|举办|出具|公布|梳理|建立|创建|制定|出台)(?:数量|量|总数)|的|了|等|已|全年|今年|年度|(?<=[全共计年])(?:开展|举办|组织|召开|完成)|(?<=[共计])(?:发放|印发|分发|编印|印制|出具|提供|受理|办理|办结|梳理|调处|化解|收到|新收|接收|处理|完成)|本年度|新增|(?:新?申领|新领|新办|换领|换发|换证|补领|补办|审验|年审)(?:[、和及与](?:新?申领|新领|新办|换领|换发|换证|补领|补办|注销|审验|年审))*|(?:国家|[省市区县镇乡])级|[省市区县]本级|\d{1,3}余?(?:大?类|种)|《[^《》\n]{1,40}》[、和及与]?|[、和及与](?:党内法规|法律法规)|(?:、[^（）()、，。；\d]{1,6})+[）)]|占[\u4e00-\u9fff]{1,10}?的|（[^（）]{1,10}）|\([^()]{1,10}\)|[（(](?=共|合计|累计|总计|全年|年内|今年)|[”」’]|\||\s)*"
)
_LISTED_AFTER = re.compile(r"(?:、[^、，。；：\d\n]{1,12}){1,6}(?=等)")
# ...unless the clause names an act, a state or papers of its own (完成…备案6件, 现行有效…86件,
# 文件合法性审查145件); the same words keep a gapped alias from reaching back into an earlier clause.
OWN_ACT_WORD = re.compile(r"完成|备案|报备|清理|废止|失效|保留|现行|有效|(?<!规范性)文件")
# A clause that only sums up what the clause before it named (共涉及六大方面21个问题).
_SUMMING_UP = re.compile(
    r"(?:共|共计|合计|累计|总计|涉及|包括|包含|含|其中|[一二三四五六七八九十两\d]{1,2}大?个?方面|\s)*"
)


@dataclass
class Context:
    """What placing needs of one text, made once: its figures and its alias words by word."""

    text: str
    found: list[Quantity]
    starts: list[int]
    words: list[tuple[int, int, str, bool]]  # every alias word (``aliases.occurrences``), in order
    word_starts: list[int] = field(default_factory=list)
    # Each word's spots (start, end) in order, and their ends, for a bisect: a figure's alias
    # parts are looked up, not collected afresh from its sentence for every figure.
    spots_of: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    ends_of: dict[str, list[int]] = field(default_factory=dict)
    # Where visible words start: the words found at one position are all visible or all hidden
    # (``aliases.occurrences``), so a spot's start says whether it is.
    visible: set[int] = field(default_factory=set)
    gaps: dict[tuple[int, int], float | None] = field(default_factory=dict)  # _gap_distance's answers

    def __post_init__(self) -> None:
        # One pass over the words (four comprehensions cost a third more). One word's spots all have
        # its length: in order of start, they are in order of end.
        word_starts, spots_of, ends_of, visible = self.word_starts, self.spots_of, self.ends_of, self.visible
        for start, end, word, seen in self.words:
            word_starts.append(start)
            if word in spots_of:
                spots_of[word].append((start, end))
                ends_of[word].append(end)
            else:
                spots_of[word] = [(start, end)]
                ends_of[word] = [end]
            if seen:
                visible.add(start)


@cache
def _longest_word() -> int:
    """The longest alias word: a word ending at or after a position starts at most this far before it."""
    return max(len(word) for word in word_list())


def choices_for(context: Context, window: tuple[int, int], quantity, bounds) -> list[tuple[str, int]]:
    """(code, anchor position) pairs for ``quantity``: one, or one per rate of a rate list.

    ``bounds`` are its sentence's start (``s0``), its clause's (``c0``, ``c1``) and ``top``, the
    furthest right an alias word may start; ``window`` is the range of ``context.words`` from
    ``s0`` to ``top``.
    """
    s0, c0, c1, top = bounds
    # What holds for every alias: where another figure follows in the clause (words on the
    # right up to it may name this one only as a list item's noun, 20项行政许可、5项行政确认),
    # and whether the number counts the noun after it.
    next_figure = _next_figure(context, quantity.end, c1)
    counts_noun = _counts_a_following_noun(context.text, quantity.end)
    # Words that can be the last part of an alias placed on this number: in the number's
    # clause on its left, or on its right when no other figure follows. Only aliases
    # ending in one of them are tried (``_place`` turns down the others).
    last_words: set[str] = set()
    list_item: bool | None = None  # before another figure: whether a word starts right after this one
    item_end = -1  # where that word ends, when it does
    q_start, q_end = quantity.start, quantity.end
    lo, hi = window
    # Words ending before the clause cannot be last words: start where one could end in it.
    lo = max(lo, bisect_left(context.word_starts, c0 - _longest_word(), lo, hi))
    for start, end, word, _visible in context.words[lo:hi]:
        if start < q_end and end > q_start:
            continue
        if end <= q_start:
            if end >= c0:
                last_words.add(word)
        elif next_figure is None:
            last_words.add(word)
        elif end <= next_figure:
            if list_item is None:  # the nearest word on the right (the window is in order)
                list_item = list_item_noun(context.text, q_end, start)
                item_end = end if list_item else -1
            if list_item:
                last_words.add(word)
        elif item_end > 0 and LATER_ITEMS.fullmatch(context.text, item_end, start):
            last_words.add(word)  # 完成18件规范性文件、68件上会文件合法性审查: the act after the list
    unit = quantity.unit
    # Where the figure's own list item starts: a gapped alias begun in a counted item before it names it not.
    own_start = after_counted_items(context.text, c0, quantity.start)
    figure = (quantity, s0, c0, c1, top, next_figure, counts_noun, own_start)
    if unit != "%":
        return _best_choice(last_words, unit, context, figure)
    scored: list[tuple[float, str, int, bool]] = []  # score, code, anchor, in own clause
    for word in last_words:
        for alias in ending_in(word, unit):
            placed = _place(alias, context, figure)
            if placed is not None:
                score, anchor, in_clause = placed
                if score <= MAX_ALIAS_SCORE:
                    scored.append((score, alias.code, anchor, in_clause))
    if not scored:
        return []
    scored.sort()
    best_per_anchor: dict[int, tuple[float, str]] = {}
    codes: set[str] = set()
    for score, code, anchor, in_clause in scored:
        if in_clause and anchor not in best_per_anchor and code not in codes:
            best_per_anchor[anchor] = (score, code)
            codes.add(code)
    if len(best_per_anchor) > 1 and _is_rate_list(context.text, sorted(best_per_anchor), quantity.start):
        return [(code, anchor) for anchor, (_, code) in sorted(best_per_anchor.items())]
    return [(scored[0][1], scored[0][2])]


def _best_choice(last_words: set[str], unit: str, context: Context, figure: tuple) -> list[tuple[str, int]]:
    """The one best (code, anchor) for a count, trying the heaviest aliases of all words first.

    No alias scores below minus its weight (distances and penalties are never negative, and
    a gapped alias's weight counts its far parts half), so once the best score so far is
    below that, that alias and every lighter one cannot win and are not placed. The words'
    aliases are merged by weight rather than tried word by word, so the aliases placed do not
    depend on the order a set of words iterates in (string hashes change it run to run), and
    a heavy alias of any word cuts the light aliases of all. Ties are ordered as
    ``choices_for`` orders its sorted scores: by score, code, anchor.
    """
    best: tuple[float, str, int] | None = None
    for alias in _heaviest_first(frozenset(last_words), unit):
        if best is not None and -alias.weight > best[0]:
            break
        placed = _place(alias, context, figure)
        if placed is not None and placed[0] <= MAX_ALIAS_SCORE:
            candidate = (placed[0], alias.code, placed[1])
            if best is None or candidate < best:
                best = candidate
    return [(best[1], best[2])] if best is not None else []


def _minus_weight(alias: Alias) -> float:
    return -alias.weight


@lru_cache(maxsize=8192)  # word sets recur from figure to figure; a national corpus has many
def _heaviest_first(words: frozenset[str], unit: str) -> tuple[Alias, ...]:
    """The aliases ending in any of ``words``, heaviest first (words in sorted order among ties)."""
    return tuple(
        sorted((alias for word in sorted(words) for alias in ending_in(word, unit)), key=_minus_weight)
    )


def _is_rate_list(text: str, anchors: list[int], end: int) -> bool:
    """Whether rates named at ``anchors`` are a list sharing one figure (报备率、及时率均达100%): one clause,
    each rate's word ended before the next begins (按时报备率 is one rate, though 报备率 is in it)."""
    between = text[anchors[0] : end]
    return (
        "，" not in between
        and "；" not in between
        and all("率" in text[a:b] or "度" in text[a:b] for a, b in pairwise(anchors))
    )


def _place(alias: Alias, context: Context, figure: tuple):
    """How well ``alias`` names a figure: (score, anchor, in own clause), or None.

    ``figure`` is (quantity, s0, c0, c1, top, next_figure, counts_noun, own_start), as ``choices_for``
    found them. Only spots in the figure's window count: from ``s0`` to ``top``, none overlapping it.
    Score = distance - alias weight (+ penalties); lower is better.
    """
    spots_of = context.spots_of
    parts = alias.parts
    for part in parts:
        if part not in spots_of:
            return None  # (about a third of the aliases tried: first, and cheaply)
    quantity, s0, c0, c1, top, next_figure, counts_noun, own_start = figure
    ends_of = context.ends_of
    best = None
    q_start, q_end = quantity.start, quantity.end
    # The nearest last part on each side of the figure.
    spots = spots_of[parts[-1]]
    index = bisect_right(ends_of[parts[-1]], q_start)
    left_last = spots[index - 1] if index and spots[index - 1][0] >= s0 else None
    while index < len(spots) and spots[index][0] < q_end:  # overlapping the figure
        index += 1
    right_last = spots[index] if index < len(spots) and spots[index][0] <= top else None
    earlier_parts = parts[-2::-1]
    for last in (left_last, right_last):
        if last is None:
            continue
        chain = [last]
        limit = last[0]
        for part in earlier_parts:
            # The nearest spot of the part ending before ``limit``, in the window.
            spots = spots_of[part]
            index = bisect_right(ends_of[part], limit) - 1
            while index >= 0 and spots[index][0] < q_end and spots[index][1] > q_start:
                index -= 1
            if index < 0 or spots[index][0] < s0:
                chain = []
                break
            chain.append(spots[index])
            limit = spots[index][0]
        if not chain:
            continue
        if (
            len(chain) > 1
            and c0 <= chain[-1][0] < own_start
            and (
                _own_item_verb(context.text, own_start, q_start, chain[0])
                or _quantity_between(context, c0, chain[-1][0])
            )
        ):
            # A gapped alias begun in a counted item before the figure's: in that item's noun (开展12次会前学法、
            # 4次专题讲座: 会前…专题讲座), or in its act when the figure's item names its own (培训执法人员12人次、
            # 新招录执法人员7名). A list that shares its first item's act keeps it (出台地方性法规2部、…、行政规范性
            # 文件15件).
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
            if near_right > c1 or (
                near_right - q_end > RIGHT_WINDOW and not _one_noun_phrase(context.text, quantity, near_right)
            ):
                continue
            # Before another figure of the clause, words on the right name this number only as the
            # noun right after it, ending before that figure (20项行政许可、5项行政确认), unless the act
            # after the list's last item governs it; 10类权责事项39项 counts the items' categories, and in
            # 3个检查组检查企业120家 the noun is 检查组, which no list's mark ends. An event's noun phrase
            # may lead up to the alias's word (2次法律知识专题讲座和3次警示教育).
            if (
                next_figure is not None
                and (
                    not (
                        list_item_noun(context.text, q_end, near_right)
                        or _one_noun_phrase(context.text, quantity, near_right)
                        or modified_item_noun(context.text, q_end, near_right)
                    )
                    or last[1] > next_figure
                    or quantity.unit == "类"
                    or not ITEM_END.match(context.text, last[1])
                )
                and not act_after_the_list(context.text, chain, q_end)
            ):
                continue
        if nearest is not None and nearest[1] < c0:
            # 督察反馈问题的整改工作，共涉及六大方面21个问题: the noun right after the figure is the
            # alias's last word, its first words sit in an earlier clause with no figure between, and
            # the figure's clause only sums up (共, 涉及…), with no act of its own.
            if _quantity_between(context, nearest[1], q_start) or not (
                (near_right == q_end and _SUMMING_UP.fullmatch(context.text, c0, q_start))
                or _events_of_the_clause_before(
                    context.text, quantity, (c0, near_right), (chain[-1][1], last)
                )
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
            gap = near_right - q_end
            if gap > _PHRASE_GAP and _one_noun_phrase(context.text, quantity, near_right):
                gap = _PHRASE_GAP  # one noun phrase's head: as near as a word midway in the window
            score = RIGHT_PENALTY + RIGHT_DISTANCE_WEIGHT * gap - alias.weight
            anchor = near_right
        if last[0] not in context.visible:
            score = score + HIDDEN_PENALTY
        # Between gapped aliases that otherwise tie, the one whose first word is nearer wins
        # (清理后保留规范性文件47件 is retained, not cleaned).
        first = chain[-1]
        score = score + TIE_SPAN_WEIGHT * abs(q_start - first[0])
        if first[0] < c0:  # its first part is in a clause before the figure's
            if quantity.unit == "%" and _count_in_a_later_clause(context, first[1], c0, q_start):
                # 受理诉求655件，掌上流转12089件，办结率100%: a whole clause counting another thing
                # between (a clause with another rate of the same thing, 回复率100%, is no such break).
                continue
            if (
                quantity.unit != "%"
                and nearest is not None
                and _count_between(context, first[1], c0)
                and (
                    _own_act(alias, context, quantity, c0, chain[0][0])
                    or OWN_ACT_WORD.search(context.text, c0, chain[0][0])
                )
            ):
                # …beyond another figure, while the figure's own clause names its own act before
                # the noun (印发规范性文件10件，废止规范性文件3件; 合法性审查的协议类合同318件，完成登记备案的合同276件).
                continue
            score = score + CROSS_CLAUSE_PENALTY
        if best is None or score < best[0]:
            best = (score, anchor, True)
    return best


# A clause that only holds events, counted before their noun: 强化会前学法，全年开展11次集中学法.
_HOLDING_ONLY = re.compile(
    r"(?:全年|今年|年内|本年度|先后|共计|累计|共|已|开展|组织|举办|召开|举行|进行|了|\s)*"
)


def _own_item_verb(text: str, own_start: int, start: int, last: tuple[int, int]) -> bool:
    """Whether the figure's own list item, before the figure at ``start``, names an act of its own other than
    the alias's last word ``last`` (备案审查…47件、备案18件、清理22件: 清理 is the alias's own word)."""
    return any(not (last[0] <= verb.start() < last[1]) for verb in ITEM_VERB.finditer(text, own_start, start))


def _events_of_the_clause_before(text: str, quantity, spans: tuple[int, int | None], alias_ends) -> bool:
    """Whether a figure's clause only holds events counted before a noun phrase ending in an alias's last
    word, and the clause before names the whole alias: its first words there, then its last word again
    (强化会前学法，开展11次集中学法). ``spans`` are the clause's start and where that last word starts on the
    right; ``alias_ends`` the first word's end and the last word's spot."""
    c0, near_right = spans
    first_end, (last_start, last_end) = alias_ends
    return (
        near_right is not None
        and _one_noun_phrase(text, quantity, near_right)
        and _HOLDING_ONLY.fullmatch(text, c0, quantity.start) is not None
        and text.find(text[last_start:last_end], first_end, c0) != -1
    )


def _one_noun_phrase(text: str, quantity, start: int) -> bool:
    """Whether a figure counted in events is followed up to ``start`` by one noun phrase's characters."""
    return (
        quantity.unit in _EVENT_MEASURES
        and start - quantity.end <= RIGHT_REACH
        and NOUN_PHRASE.fullmatch(text, quantity.end, start) is not None
        and "的" not in text[quantity.end : start]
    )


def _gap_distance(context: Context, end: int, position: int) -> float | None:
    """The distance from a left alias word ending at ``end`` to a figure at ``position``, or
    None if another figure stands between them; the same for every alias ending there."""
    key = (end, position)
    gaps = context.gaps
    if key in gaps:
        return gaps[key]
    if end == position:
        # 办理行政复议案件12件: the word ends where the figure starts (most of the words placed on the
        # bench texts), and there is nothing between them to read.
        distance = 0
    elif _quantity_between(context, end, position):
        distance = None
    else:
        gap = context.text[end:position]
        # 举办法治宣讲、发放资料、设置展板等30余场: the later items of a list closed by 等 are counted
        # with the first, and stand between it and the figure like filler. Most gaps hold no 等, and
        # are not matched against the list pattern at all.
        closed_list = "等" in gap
        listed = _LISTED_AFTER.match(gap) if closed_list else None
        filler = _FILLER.match(gap, listed.end() if listed else 0)
        if not listed and closed_list and filler.end() and "、" in gap:
            # 主动公开各类文件、政策解读等共计3800余条: the list may follow filler words
            listed = _LISTED_AFTER.match(gap, filler.end())
            if listed:
                filler = _FILLER.match(gap, listed.end())
        foreign = len(gap) - (filler.end() if filler else 0)
        # A gap of filler words only (其中…、及时率及规范率均达) is as good as adjacent.
        distance = len(gap) + GAP_CHAR_PENALTY * foreign if foreign else min(len(gap), FILLER_GAP_CAP)
    gaps[key] = distance
    return distance


def _next_figure(context: Context, start: int, end: int) -> int | None:
    """Where the first figure in ``[start, end)`` begins, or None."""
    index = bisect_left(context.starts, start)
    if index < len(context.found) and context.found[index].end <= end:
        return context.found[index].start
    return None


def _count_in_a_later_clause(context: Context, start: int, end: int, rate: int) -> bool:
    """Whether a count (not a rate) in ``[start, end)`` stands after a clause break that follows ``start``;
    a count of the rate's own numerator (调解纠纷45870宗，成功43952宗，成功率96%: the clause names the
    word the rate at ``rate`` is made of) is none."""
    index = bisect_left(context.starts, start)
    found = context.found
    text = context.text
    numerator = _RATE_WORD.search(text, end, rate)
    while index < len(found) and found[index].end <= end:
        count = found[index]
        if count.unit != "%" and CLAUSE_END.search(text, start, count.start):
            clause = text[max(start, text.rfind("，", start, count.start)) : count.start]
            if (numerator is None or numerator.group(1) not in clause) and not _AVERAGE_OF_IT.search(clause):
                return True
        index += 1
    return False


# A mean of the same count (受理诉求11.2万件，日均300余件，按时办结率99.6%) counts no other thing.
_AVERAGE_OF_IT = re.compile(r"^[，\s]*(?:日均|月均|平均每[天日月])")
# A rate's word and what it is the share of (成功率: 成功).
_RATE_WORD = re.compile(r"([\u4e00-\u9fff]{2})率")


def _own_act(alias: Alias, context: Context, quantity: Quantity, start: int, end: int) -> bool:
    """Whether an alias word not of ``alias``'s indicator lies in ``[start, end)``: the clause's own act.

    A word of the same indicator (协议 beside 合同) names the same thing, not another act.
    Words overlapping the figure do not count.
    """
    own = code_words(alias.code)
    words = context.words
    index = bisect_left(context.word_starts, start)
    while index < len(words) and words[index][0] < end:
        s, e, word, _visible = words[index]
        if e <= end and word not in own and not (s < quantity.end and e > quantity.start):
            return True
        index += 1
    return False


def _counts_a_following_noun(text: str, end: int) -> bool:
    """``9个乡镇…``: the number counts the noun after it, not a word on its left."""
    following = text[end : end + 1]
    # Most figures are followed by a mark: the character is read first, the verbs and the next point
    # only after a Han character.
    if not following or not "\u4e00" <= following <= "\u9fff" or following in _CONTINUATION:
        return False
    if text.startswith(_VERBS_AFTER_COUNT, end):
        return False  # 讲座分6期举办: a verb, not a noun
    # 组织法治培训4次二是…: the next point of a list whose stop a page lost
    return not _NEXT_POINT.match(text, end)


# ...nor the verb of a next clause whose comma a page lost (培训12场次参训干部800人次, 宣传活动43次发放资料).
_VERBS_AFTER_COUNT = (
    "进行", "开展", "举办", "召开", "参训", "参加", "参与", "发放", "覆盖", "惠及", "涉及", "累计",
    "接待", "审结", "结案", "整改", "办结",
)  # fmt: skip
_NEXT_POINT = re.compile(r"[二三四五六七八九十]是(?![否非])")

# Characters after a count that keep it the object of the words before it; 件 and 份 as a
# doubled counter a page left (出具法律意见书41份件).
_CONTINUATION = frozenset("的以左上余多均和及与或次全共其分已并同较比占件份")


def _count_between(context: Context, start: int, end: int) -> bool:
    """Whether a figure other than a rate stands in ``[start, end)``."""
    index = bisect_left(context.starts, start)
    found = context.found
    while index < len(found) and found[index].end <= end:
        if found[index].unit != "%":
            return True
        index += 1
    return False


def _quantity_between(context: Context, start: int, end: int) -> bool:
    index = bisect_left(context.starts, start)
    return index < len(context.found) and context.found[index].end <= end
