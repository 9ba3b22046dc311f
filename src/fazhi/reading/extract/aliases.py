"""The indicator vocabulary and where its words occur in a text.

Aliases come from ``fazhi.catalog`` (``data/indicators.json``); ``A…B`` means A then B in
the same sentence. ``occurrences`` finds every alias word (overlapping ones included) in
the sentences that hold a figure; ``ending_in`` gives the aliases that can be placed on a
figure of a unit; ``named_list`` gives the indicator of a list named before an item count.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from operator import itemgetter

from ahocorasick_rs import AhoCorasick, MatchKind

from fazhi.catalog import indicators as catalog

from .subsets import LIST_NAME_CHARS

# Each character of an alias is worth this much distance: 行政复议案件 beats 复议.
# Parts of a gapped alias other than the one nearest the number count half.
ALIAS_LENGTH_WEIGHT = 1.5

_UNIT_FAMILIES: dict[str, frozenset[str]] = {
    "次": frozenset({"次", "场次", "场", "期", "轮", "余次", "家次", "户次"}),
    "项": frozenset({"项", "件", "个", "条", "类", "项次"}),
    "条": frozenset({"条", "件", "个", "项"}),
    "人": frozenset({"人", "名", "位"}),
    "人次": frozenset({"人次", "人", "名"}),
    "件": frozenset({"件", "件次", "份", "起", "宗", "例", "项", "条", "卷", "张"}),
    "部": frozenset({"部", "件", "个", "项"}),
    "份": frozenset({"份", "件", "条", "个", "张", "册", "本"}),
    "个": frozenset({"个", "家", "所", "处", "支", "项", "张"}),
    "户": frozenset({"户", "家", "户次", "家次", "个"}),
    "批次": frozenset({"批次", "个批次", "批", "次"}),
    "场": frozenset({"场", "场次", "次", "期", "轮", "堂", "批次", "个批次", "批"}),
    "%": frozenset({"%"}),
    "元": frozenset({"元"}),
}

# Counters an indicator is also written in beyond its unit's family: reviews of major enforcement
# decisions held (法制审核5次), hotline work orders (受理工单51个), exemptions granted (免予处罚152次),
# the businesses exempted (对1200余家市场主体不予处罚) or the violations spared (对135个轻微违法行为不予
# 行政处罚), contracts (156个政府合同) or the reviews
# of them done (重大合同合法性审查3次), problems found (查找问题32处).
_MORE_UNITS: dict[str, frozenset[str]] = {
    "enforcement.major_decisions_reviewed": frozenset({"次"}),
    "oversight.hotline_requests": frozenset({"个"}),
    # 负责办理政协提案27个，人大建议13个 (b23)
    "oversight.npc_suggestions": frozenset({"个"}),
    "oversight.cppcc_proposals": frozenset({"个"}),
    "enforcement.minor_exemptions": frozenset({"次", "个", "家", "户", "家次", "户次"}),
    "decisions.contracts_reviewed": frozenset({"个", "次"}),
    "leadership.problems_listed": frozenset({"处"}),
    "enforcement.certificates_processed": frozenset({"件", "件次", "本"}),  # 办理执法证件业务532件次
    "enforcement.case_files_reviewed": frozenset({"本"}),  # 评查行政执法案卷60本
    "enforcement.penalty_cases": frozenset({"次", "个"}),  # 实施行政处罚212次, 行政处罚案件数268个
    "enforcement.inspections": frozenset({"件", "起"}),  # enforcement statistics' 行政检查类1491件
    # items published counted in copies as documents are (主动公开各类政务信息3000余份)
    "oversight.proactive_disclosures": frozenset({"份"}),
    # documents are counted in 部 as laws are (完成《…》等3部规范性文件的合法性审核)
    **{
        f"rules.normdocs_{count}": frozenset({"部"})
        for count in "issued reviewed filed filing_reviewed filing_rejected cleaned retained abolished expired".split()
    },
}
# Counters an indicator is never written in, though its unit's family holds them: cases of disputes are not
# counted in sheets or copies (发放法律援助卡200余份, 复议告知单300张): what is counted so is a card, a leaflet
# or a form handed out, whatever case its name is of. (A penalty's decisions are, 下达行政处罚决定书2.69万份:
# one for each case.)
_FEWER_UNITS: dict[str, frozenset[str]] = dict.fromkeys(
    (
        "disputes.legal_aid_cases",
        "disputes.reconsideration_cases",
        "disputes.litigation_cases",
        "disputes.mediation_cases",
    ),
    frozenset({"份", "张"}),
)
# Counters one alias word is also written in: study items on the meeting's agenda (学法议题12个),
# opinions issued, counted as times (出具法律意见书28次), inspection tasks counted as items (开展双随机
# 抽查任务86项, 抽查检查任务203项, 部门联合抽查任务21个).
_WORD_UNITS: dict[str, frozenset[str]] = {
    "学法议题": frozenset({"个", "项"}),
    "法制审核案件": frozenset({"个"}),  # 重大案件法制审核案件2个
    "意见书": frozenset({"次"}),
    "法律意见": frozenset({"次"}),
    "法律意见书": frozenset({"次"}),
    # certificates renewed, counted by their holders (完成71人行政执法证件换发)
    "换发": frozenset({"人", "名"}),
    "抽查任务": frozenset({"项", "个"}),
    "抽查检查任务": frozenset({"项", "个"}),
    "联合抽查任务": frozenset({"项", "个"}),
}


@dataclass(frozen=True, eq=False)
class Alias:
    code: str
    parts: tuple[str, ...]
    weight: float
    letters: int = 0


@cache
def _vocabulary():
    aliases: list[Alias] = []
    by_fragment: dict[str, list[tuple[Alias, int]]] = {}
    for indicator in catalog.all_indicators():
        for text in indicator.aliases:
            parts = tuple(part for part in text.split("…") if part)
            if not parts:
                continue
            letters = sum(len(p) for p in parts)
            alias = Alias(indicator.code, parts, ALIAS_LENGTH_WEIGHT * letters, letters)
            aliases.append(alias)
            for index, part in enumerate(parts):
                by_fragment.setdefault(part, []).append((alias, index))
    return by_fragment


@cache
def code_words(code: str) -> frozenset[str]:
    """Every word of every alias of ``code`` (gapped aliases split)."""
    indicator = catalog.get(code)
    aliases = indicator.aliases if indicator else ()
    return frozenset(part for text in aliases for part in text.split("…") if part)


@cache
def _unit_fits(code: str, unit: str) -> bool:
    indicator = catalog.get(code)
    if indicator is None or unit in _FEWER_UNITS.get(code, ()):
        return False
    family = _UNIT_FAMILIES.get(indicator.unit, frozenset({indicator.unit}))
    return unit in family or unit in _MORE_UNITS.get(code, ())


@cache
def ending_in(word: str, unit: str) -> tuple[Alias, ...]:
    """The aliases whose last part is ``word`` and whose indicator can be counted in ``unit``."""
    by_fragment = _vocabulary()
    out: list[Alias] = []
    for alias, _index in by_fragment[word]:
        fits = _unit_fits(alias.code, unit) or unit in _WORD_UNITS.get(word, ())
        if alias.parts[-1] == word and alias not in out and fits:
            out.append(alias)
    return tuple(out)


def occurrences(text: str, spans: list[tuple[int, int]] | None = None) -> list[tuple[int, int, str, bool]]:
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
def _automaton() -> tuple[AhoCorasick, list[str]]:
    """Every alias word in one Aho-Corasick automaton, and the words by their index in it.

    One pass over a span finds every word at every position, overlapping ones included
    (负责人出庭 / 出庭率). A regex alternation of the words tried at each position cost
    about 0.1 µs a character per word that starts with that character.
    """
    words = list(_vocabulary())
    return AhoCorasick(words, matchkind=MatchKind.Standard), words


_START, _END = itemgetter(1), itemgetter(2)  # of a word found: (index, start, end)


def _scan(text: str, span: tuple[int, int], out: list, reach: int) -> int:
    automaton, words = _automaton()
    span_start, span_end = span
    # By start, and at each start the longest word first: the words found at one position are
    # all prefixes of the longest, which alone says whether they are hidden in an earlier word.
    # (Two stable sorts of the found triples in place, by end and then by start, in place of a sorted
    # list of (start, -end, index) made afresh for each word found: the same order, as no two words
    # found share a start and an end.)
    found = automaton.find_matches_as_indexes(text[span_start:span_end], overlapping=True)
    found.sort(key=_END, reverse=True)
    found.sort(key=_START)
    longest_at = -1
    visible = False
    for index, relative_start, relative_end in found:
        start, end = span_start + relative_start, span_start + relative_end
        if start != longest_at:
            longest_at = start
            visible = end > reach
            if visible:
                reach = end
        out.append((start, end, words[index], visible))
    return reach


def named_list(window, named: int, unit: str) -> list[tuple[str, int]]:
    """The indicator of the list whose name ends at ``named`` (…许可事项清单): the longest alias there."""
    words = [
        (start, end, word)
        for start, end, word, _visible in window
        if named - LIST_NAME_CHARS <= start and end <= named
    ]
    best: tuple[int, str, int] | None = None
    for start, _end, word in words:
        for alias in ending_in(word, unit):
            limit = start
            for part in reversed(alias.parts[:-1]):
                earlier = [s for s, e, w in words if w == part and e <= limit]
                if not earlier:
                    break
                limit = max(earlier)
            else:
                if best is None or alias.letters > best[0]:
                    best = (alias.letters, alias.code, limit)
    return [(best[1], best[2])] if best else []


def word_list() -> list[str]:
    """Every alias word (each part of a gapped alias on its own)."""
    by_fragment = _vocabulary()
    return list(by_fragment)
