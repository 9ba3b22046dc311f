"""Figures that are not the level of what their words name: parts of a total, changes, list items.

- A part of a whole by outcome or selection (撤回…申请的1件, 56名执法人员通过考试,
  协调化解12件行政诉讼案件, 调解成功86件, 纠错8件, 优秀案卷11份) is not the total the
  words name: such a figure gets no indicator, unless the outcome word is the indicator's own
  (化解…纠纷 counts disputes mediated; 纠错率, 败诉 have codes of their own).
- A breakdown opened by 其中 takes the total's code only for a scope (其中县本级公开4186条)
  or when its words open with the word that narrows the total to what the indicator counts
  (在编行政执法人员860人，其中持证执法人员792人: the indicator counts certified officers);
  其中 with its own indicator (其中保留25件) keeps that one; any other 其中 figure is a part.
- A change (同比增长12.5%, 较上年减少15件) is not the level of what it names.
- A training of another topic (党员教育培训650期, 职业技能培训) is not a law training; officers' skills (执法技能培训) are theirs.
- A later item of a list that shares one verb (报送备案规范性文件20件、政府规章3件) is governed by
  that verb: named by its noun alone, it is not an indicator whose words are not in the lead.
- An item count of a list (汇总形成176项县级清单, 形成…许可事项清单，共梳理183项) counts the
  list named before it in the sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from ahocorasick_rs import AhoCorasick, MatchKind

from fazhi.catalog import indicators as catalog

from .quantity import after_counted_items, item_end

# Outcome and selection words: the figure they bind counts only some of the cases or people.
SUBSET_WORDS = (
    "撤回",
    "撤诉",
    "调撤",
    "驳回",
    "不予受理",
    "终止审理",
    "纠错",
    "纠正",
    "撤销原",
    "被撤销",
    "决定撤销",
    "予以撤销",
    "确认违法",
    "维持原",
    "调解成功",
    "和解",
    "化解",
    "通过考试",
    "通过测试",
    "通过考核",
    "考试合格",
    "考核合格",
    "测试合格",
    "胜诉",
    "败诉",
    "优秀",
    "简易程序",
    "修订",
    "修改",
    "修正",
)
# Amending is an act on the documents a figure counts (修订规范性文件7件: neither made nor cleaned up);
# it binds only a figure after it: 保留100件、修改8件 keeps 100 as retained.
_AMEND_WORDS = frozenset({"修订", "修改", "修正"})
# 新修订《行政复议法》, 修订后的《…》: the words describe the law (修订《…条例》2部 amends).
_NAMES_A_LAW = re.compile(r"后的\s*《|\s*《")
# ...and so does 新修订 before a law named without its title marks (围绕新修订法律法规开展培训10场);
# 新修订规范性文件3件 names no law and stays an act on the documents.
_NEW_LAW_AFTER = re.compile(r"的?[^，。；、\d]{0,10}?(?:法|条例)")


def _names_a_law(text: str, start: int, end: int) -> bool:
    """Whether an amending word at ``start``-``end`` describes a law's title rather than acting on it."""
    new = text[start - 1 : start] == "新"
    if new and _NEW_LAW_AFTER.match(text, end):
        return True
    after = _NAMES_A_LAW.match(text, end)
    return after is not None and (after.group(0).startswith("后的") or new)


# An outcome word in brackets that say what the total includes (处罚案件（含简易程序）3260件) keeps it whole.
_INCLUDED = re.compile(r"[（(](?:含|包括|包含)[^（）()]*$")
# Not 撤销 or 评选 alone (被撤销, 决定撤销 are outcomes): 撤销证明事项 abolishes, 评选示范村 names demonstration villages (their own counts).
# Words that open a change (同比增长12.5%); _CHANGE then reads the whole phrase.
# A count's noun followed by a rise or a fall (行政复议案件数增加26件, 与2023年相比，…人数减少12人: second
# probing pass) is a change too; 增加到, 减少至 name the level reached.
CHANGE_WORDS = ("同比", "环比", "较上年", "比上年", "较去年", "比去年", "增加", "减少", "增长", "下降")
_CHANGE = re.compile(
    r"(?:同比|环比|较上年|比上年|较去年|比去年)[^，。；\n]{0,4}?"
    r"(?:增长|下降|提高|上升|减少|增加|降低|提升|增|降)(?:了)?$"
    r"|(?:数|数量|总数|总量|件数|人数|次数|案件|金额)(?:增加|减少|增长|下降)了?$"
)
# 其中 opens a breakdown of the figure before it; 清单 names a list.
_KIND_OF_WORD = {
    **dict.fromkeys(SUBSET_WORDS, "subset"),
    **dict.fromkeys(CHANGE_WORDS, "change"),
    "清单": "list",
    "其中": "breakdown",
}
# All of them in one pass of an Aho-Corasick automaton: the longest word at the leftmost place, none
# overlapping, as the regex trie of the words it replaced found them (that scan stopped at every
# first character of a word: 其, 同, 增, 减 and the subset words' stand everywhere in a report).
_MARK_WORDS = list(_KIND_OF_WORD)
_MARKS = AhoCorasick(_MARK_WORDS, matchkind=MatchKind.LeftmostLongest)
# Trainings that are not about law, whatever their figure: party education, vocational skills.
_OTHER_TOPICS = {
    code: ("党员教育", "党员培训", "党性", "职业技能", "实用技能", "就业", "创业")
    for code in ("education.trainings", "enforcement.officers_trained")
}
# Acts on normative documents named by the verb alone (废止2件): in a sentence about regulations or
# government rules and not about normative documents, the figure counts those, which have no code.
_DOCUMENT_ACT_CODES = frozenset({"rules.normdocs_abolished", "rules.normdocs_expired"})
_OTHER_INSTRUMENT = re.compile(r"规章|法规")
_NORMATIVE_DOCUMENT = re.compile(r"文件")
# Counts of enacted regulations and rules: 废止政府规章2件 abolishes rules, it enacts none.
_ENACTED_CODES = frozenset({"rules.gov_rules", "rules.local_regulations"})
OTHER_TOPIC_CODES = frozenset(_OTHER_TOPICS) | _DOCUMENT_ACT_CODES | _ENACTED_CODES
# Reconsideration words: a resolution rate (综合化解率) among them is not mediation's success rate; nor is
# a petition backlog's (信访积案412件…化解率91.3%).
_RECONSIDERATION = re.compile(r"复议|纠错|信访")
# Acts on instruments already made, and acts that make them; the later one in a clause governs it.
_ACTS_ON_MADE = ("修订", "修改", "修正", "废止", "清理", "备案", "报备", "评估", "审查", "审核")
_MAKING = ("制定", "出台", "颁布", "印发", "发布", "通过", "新增")
_CLAUSE_BREAK = re.compile(r"[，,；;。：:\n]")
# The item counts of a list (项, 条, 个, 件) and how far before a 清单 its name may start.
LIST_UNITS = frozenset({"项", "条", "个", "件"})
LIST_NAME_CHARS = 16
_LIST_TAIL = re.compile(r"[》）)\s]*$")
_NOT_OWN_LIST = re.compile(r"[\d、，,；;和及与]")
_BARE_LIST = re.compile(r"(?:[省市区县州乡镇]级|[省市区县州]本级|本级|年度|新版|统一|完整|的|\s)*")


# What a count of categories counts: kinds, areas, fields (8个方面25项问题, 6大类32项).
_CATEGORY_NOUN = re.compile(r"大?(?:方面|领域|板块)")


def counts_categories(text: str, quantity) -> bool:
    """Whether ``quantity`` counts categories of what a later figure counts (问题7类52件, 8个方面)."""
    if quantity.unit == "类":
        return True
    return quantity.unit == "个" and _CATEGORY_NOUN.match(text, quantity.end) is not None


# A list item named by a level of government alone (、市级8个), after a figure of the same list.
_LEVEL_ITEM = re.compile(r"[、，,]?(?:和|及)?(?:国家|全国|部|省|自治区|市|州|盟|县|区|旗|乡|镇)级的?")


# Brackets right after a count that open on its parts (调解委员会19个（其中村级调委会16个、…3个）, 调解组织316个
# （含个人调解工作室24个）): the figures inside are parts of that count.
_PARTS_OPEN = re.compile(r"[（(]\s?(?:其中|含|包括)")
_PARTS_BREAKS = frozenset("）)。；\n")
_PARTS_REACH = 60  # how far into its brackets a part may stand


# _PARTS_OPEN for each bracket: a scan for a plain character skips along the text many times faster than one
# for a class of two, which tests each character against the class.
_PARTS_OPEN_BY_BRACKET = tuple(re.compile(bracket + r"\s?(?:其中|含|包括)") for bracket in ("（", r"\("))


def holds_parts_brackets(text: str) -> bool:
    """Whether ``text`` holds a bracket that opens on parts (（其中, （含, （包括): in a text without one (most
    texts), ``bracket_total`` finds no count for any figure, and is not asked."""
    return any(pattern.search(text) for pattern in _PARTS_OPEN_BY_BRACKET)


def bracket_total(text: str, ends: list[int], start: int) -> int | None:
    """The index in ``ends`` (the figures' ends, in order) of the count whose parts' brackets hold the
    figure starting at ``start``, or None."""
    open_at = max(
        text.rfind("（", max(0, start - _PARTS_REACH), start),
        text.rfind("(", max(0, start - _PARTS_REACH), start),
    )
    if (
        open_at < 1
        or not _PARTS_OPEN.match(text, open_at)
        or not _PARTS_BREAKS.isdisjoint(text[open_at:start])
    ):
        return None
    at = bisect_left(ends, open_at)
    return at if at < len(ends) and ends[at] == open_at else None


def level_list_item(text: str, previous_end: int, start: int) -> bool:
    """Whether the words between a figure ending at ``previous_end`` and one at ``start`` are only a level."""
    return _LEVEL_ITEM.fullmatch(text, previous_end, start) is not None


@cache
def _own_words(code: str) -> str:
    """All the alias words of ``code`` in one string, to test whether an outcome word is its own."""
    indicator = catalog.get(code)
    return "|".join(indicator.aliases) if indicator else ""


@cache
def _own_parts(code: str) -> tuple[str, ...]:
    """The words of ``code``'s aliases, gapped aliases split (报送…备案 -> 报送, 备案)."""
    return tuple(part for part in re.split(r"[|…]", _own_words(code)) if part)


# Acts on documents other than making them: a list they lead (报送备案规范性文件20件、政府规章3件)
# counts filed, reviewed or cleaned items, not made ones.
_ACTS = ("报送备案", "备案", "报备", "审核", "审查", "清理", "废止", "宣布失效", "修改", "修订", "评估")
# Acts an item of such a list may name itself, so that the lead's act does not govern it (审查合同12份、培训执法
# 人员7人次).
ITEM_ACTS = (
    *_ACTS,
    "培训",
    "开展",
    "组织",
    "举办",
    "办理",
    "受理",
    "出具",
    "发放",
    "调处",
    "化解",
    "评查",
    "取消",
    "公布",
    "梳理",
    "明确",
    "创建",
    "制定",
    "出台",
    "印发",
    "主动公开",
    "召开",
)


def governed_by_other_act(lead: str, code: str) -> bool:
    """In a list that shares one verb, whether a later item named ``code`` is governed by an act
    (``lead``: the first item's words) that is not ``code``'s: filed government rules are not
    enacted ones, and ``rules.gov_rules`` names no filing."""
    own = _own_parts(code)
    # An act that holds one of the code's own words is the code's act too: 报送备案 holds 备案, so filed
    # coercive measures follow filed penalties (报送备案重大行政处罚决定1083件、重大行政强制决定216件).
    return any(
        act in lead and not any(act in part or (len(part) > 1 and part in act) for part in own)
        for act in _ACTS
    )


class Marks:
    """Where the words this module looks for occur in one text, found in one scan."""

    def __init__(self, text: str):
        self.text = text
        self.subsets: list[tuple[int, str]] = []
        self.changes: list[int] = []
        self.lists: list[int] = []
        self.breakdowns: list[int] = []
        for index, start, end in _MARKS.find_matches_as_indexes(text):
            word = _MARK_WORDS[index]
            kind = _KIND_OF_WORD[word]
            if kind == "subset":
                if word in _AMEND_WORDS and _names_a_law(text, start, end):
                    continue  # 新修订《行政复议法》专题培训班: the law's name, not an act on the figure
                self.subsets.append((start, word))
            elif kind == "change":
                self.changes.append(start)
            elif kind == "list":
                self.lists.append(start)
            else:
                self.breakdowns.append(start)
        if "（" in text:
            self.breakdowns = sorted(
                self.breakdowns + [found.start() for found in _PARTS_BRACKET.finditer(text)]
            )
        self._subset_starts = [start for start, _ in self.subsets]

    def whole(
        self,
        choices: list[tuple[str, int]],
        stretch: tuple[int, int],
        figure: int,
        *,
        total: set[str],
        breakdown_from: int,
        sentence_start: int,
    ) -> list[tuple[str, int]]:
        """The (code, anchor) ``choices`` of the figure at ``figure`` that its words do not make a part of.

        ``stretch`` is the figure's own stretch of text (from the figure before it, or its clause
        start, to the figure after it or its clause end); ``total`` the codes of the figures before it
        in the sentence when this one has no scope of its own, ``sentence_start`` where the
        sentence begins.
        """
        start, end = stretch
        subset = _any_in(self._subset_starts, start, end)
        out = []
        for code, anchor in choices:
            if subset and self.is_part(start, end, code, figure):
                continue
            if code in _OTHER_TOPICS and self.other_topic((sentence_start, start, end), figure, code):
                continue
            if code in _DOCUMENT_ACT_CODES and self.other_instrument(
                after_counted_items(self.text, sentence_start, figure), figure
            ):
                continue
            if code in _ENACTED_CODES and ("废止" in self.text[start:figure] or self.acted_on(figure)):
                continue
            if (
                code in total
                and self.breakdown(breakdown_from, figure)
                and not self.breakdown_names(code, sentence_start, figure)
            ):
                continue
            out.append((code, anchor))
        return out

    def about_reconsideration(self, sentence_start: int, figure: int) -> bool:
        """Whether the sentence up to the figure is about reconsideration cases and names no dispute:
        a 化解率 there is the cases' resolution rate, not mediation's."""
        words = self.text[sentence_start:figure]
        return bool(_RECONSIDERATION.search(words)) and "纠纷" not in words

    def acted_on(self, figure: int) -> bool:
        """Whether the figure's clause names an act on existing instruments (修订, 废止, 备案…) after
        any act that makes them (制定, 出台…): ``修订…6部地方性法规和1部政府规章`` enacts none."""
        clause = _CLAUSE_BREAK.split(self.text[max(0, figure - 80) : figure])[-1]
        acts = [clause.rfind(word) for word in _ACTS_ON_MADE]
        makes = [clause.rfind(word) for word in _MAKING]
        return max(acts) > max(makes)

    def is_part(self, start: int, end: int, code: str, figure: int) -> bool:
        """Whether an outcome or selection word in ``text[start:end]`` makes the figure (at ``figure``) a part of ``code``'s total."""
        index = bisect_left(self._subset_starts, start)
        own = None
        while index < len(self.subsets) and self.subsets[index][0] < end:
            position, word = self.subsets[index]
            if (
                position + len(word) <= end
                and (position < figure or word not in _AMEND_WORDS)
                and not _INCLUDED.search(self.text, max(start, position - 8), position)
            ):
                own = _own_words(code) if own is None else own
                if word not in own:
                    return True
            index += 1
        return False

    def other_topic(self, stretch: tuple[int, int, int], figure: int, code: str) -> bool:
        """Whether the figure's own words say it is about another topic than ``code``'s (党员教育培训): those
        of its stretch (``text[start:end]``, in a sentence from ``sentence_start``) in its list item
        (开展12期党员教育培训、开展7场法治培训: 12 only)."""
        sentence_start, start, end = stretch
        words = _OTHER_TOPICS.get(code)
        if not words:
            return False
        own_start = max(start, after_counted_items(self.text, sentence_start, figure))
        stretch = self.text[own_start : item_end(self.text, figure, end)]
        return any(word in stretch for word in words)

    def other_instrument(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` (the sentence up to the figure) is about regulations or rules, not documents
        (the figure's own item after it counted too: 全年共制定12部政府规章，废止7件规范性文件)."""
        words = self.text[start : item_end(self.text, end, end + 24)]
        return bool(_OTHER_INSTRUMENT.search(self.text, start, end)) and not _NORMATIVE_DOCUMENT.search(words)

    def breakdown(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` (from the figure before to this one) opens a breakdown with 其中, or
        its clause opens right after 其中， (其中，村民调委会972个、乡镇调委会49个: the later items too)."""
        return _any_in(self.breakdowns, start, end - 1) or _any_in(self.breakdowns, start - 3, start - 2)

    def breakdown_names(self, code: str, sentence_start: int, figure: int) -> bool:
        """Whether the words between the last 其中 before ``figure`` and it are themselves ``code``'s.

        They are when they open with the word that narrows a total to exactly what the indicator
        counts (持证 or 在册 after 执法人员: the indicator counts certified officers). Another
        qualifier (女性执法人员), another alias of the same indicator (执法人员专题培训 after 法治培训:
        second probing pass) or another word (专题讲座 after 法治培训) makes a part.
        """
        narrowing = _NARROWED_TO_THE_INDICATOR.get(code)
        if narrowing is None:
            return False
        index = bisect_right(self.breakdowns, figure - 1) - 1
        if index < 0 or self.breakdowns[index] < sentence_start:
            return False
        return narrowing.match(self.text, self.breakdowns[index] + 2, figure) is not None

    def is_change(self, c0: int, position: int) -> bool:
        """``同比增长12.5%``: the figure at ``position`` is a change, not a level."""
        start = max(c0, position - 16)
        if not _any_in(self.changes, start, position):
            return False
        return _CHANGE.search(self.text[start:position]) is not None

    def list_position(self, s0: int, clause: tuple[int, int], figure: tuple[int, int]) -> int | None:
        """Where the 清单 named before an item count (``figure``: start, end; ``clause``: its clause) ends, or None.

        The count is of a list when 清单 follows it in its clause (形成176项县级清单) or when the
        clause before it ends with one (形成…事项清单，共梳理183项).
        """
        (c0, c1), (start, end) = clause, figure
        index = bisect_left(self.lists, start) - 1
        right = _any_in(self.lists, end, min(c1, end + 10) - 1)
        # 印发21项…重点任务清单和14项…措施清单: with no list of the sentence before it, or with a
        # list of its own right after it that is more than a bare one, a count names that list.
        own = self._own_list(end, min(c1, end + LIST_NAME_CHARS))
        if index < 0 or self.lists[index] < s0:
            return own
        named = self.lists[index]
        if own is not None and not _BARE_LIST.fullmatch(self.text, end, own - 2):
            return own  # 编制权责清单，形成176项县级清单: a bare list is the one named before
        if not right and not (
            named < c0 and _LIST_TAIL.fullmatch(self.text, named + 2, max(named + 2, c0 - 1))
        ):
            return None
        return named + 2

    def _own_list(self, end: int, limit: int) -> int | None:
        """Where the first 清单 in ``[end, limit)`` ends, if it is the noun of the figure ending at ``end``
        (no figure or list mark before it: 101项、权责清单2268项 names the next figure's list)."""
        index = bisect_left(self.lists, end)
        at = self.lists[index] if index < len(self.lists) else limit
        return None if at >= limit or _NOT_OWN_LIST.search(self.text, end, at) else at + 2


# The word that narrows a total to exactly what an indicator counts, said alone after 其中 (执法人员1560名，
# 其中持证1420名: the indicator counts certified officers; second probing pass), where the words after 其中
# open with it; another qualifier (其中女性执法人员) still makes a part.
_NARROWED_TO_THE_INDICATOR = {
    "enforcement.officers": re.compile(
        r"[，,：:]?(?:持证|在册|登记在册|持有[^，。；\d]{0,6}执法证|取得[^，。；\d]{0,6}执法(?:证|资格))"
    ),
}


# A bracket opened right after a figure and its unit opens a breakdown as 其中 does (有效诉求46653件（电话诉求41424件、
# 非电话诉求5229件）), unless it notes a change, a share or what the figure includes (同比, 较, 占, 含). Spelt from the
# bracket, which the engine skips along to, and then looking back over it (a lookbehind first is tried at every
# position of the text).
_PARTS_BRACKET = re.compile(r"（(?<=[\d万亿][件条个项次人起宗家户名]（)(?!同比|较|比|占|含|包括|不含)")


def _any_in(positions: list[int], start: int, end: int) -> bool:
    """Whether a position in sorted ``positions`` lies in ``[start, end)``."""
    index = bisect_left(positions, start)
    return index < len(positions) and positions[index] < end
