"""A figure whose clause names nothing: it counts the act named in the clause before it.

Reports often name an act in one clause and give its count in the next, with only a period and a
verb between: 坚持会前学法制度，全年共开展12次; 审查政府合同，累计48件; 行政复议案件：受理86件. The figure's own clause
then holds no noun at all, so the ordinary placing (which wants the alias in the figure's clause
or right after it) finds nothing. Here such a figure takes the indicator of the alias that ends
nearest the end of the clause before, in the same sentence, if the alias is whole in that clause
and fits the figure's counter. A clause with any word of its own (a noun, a place, people) is not
elliptic, and its figure keeps no code rather than borrowing one.
"""

from __future__ import annotations

import re

from .aliases import ending_in, occurrences
from .placing import CLAUSE_END
from .quantity import Quantity

# What an elliptic clause may hold before its figure: a period, a verb of doing or holding,
# a summing word. Nothing that could be what the figure counts.
_SUMMING = (
    r"全年|今年|年内|本年度|年度|年底|年末|(?:19|20)\d{2}年|以来|先后|已|共计|合计|总计|累计|共|计|实际|达到|达|为|有|了|\s"
    r"|我[省市县区镇乡局委办厅]|全[省市县区镇乡]"  # the reporting body itself (我县全年达到97.2%)
    r"|依法|经审查后?|经审核后?"  # how it was done (收到复议申请1096件，经审查受理983件; 依法受理18件)
)
_HOLDING = r"开展|组织|举办|召开|举行|实施|进行|完成|办理|受理|学习|学法"
# A clause that says how many are already done, after a clause with a count of its own.
# (办理完成78件 after 受理…申请86件 says the same: how many of them were completed.)
_PROGRESS = re.compile(
    r"\s?(?:其中)?(?:已(?:经)?(?:全部)?(?:完成|办结|实施|落实|整改)|办理(?:完成|完毕)|完成办理)"
)
_ELLIPTIC = re.compile(
    rf"(?:{_SUMMING}|{_HOLDING}|(?:参加|参与|参训|参考|覆盖)(?:人员|人数|领导干部|干部)?)*"
)
# ...or the verb of the act the clause before named with that verb (全县累计调处矛盾纠纷2.1万件，今年调处7420件): the
# figure counts the same act, in another period.
_ACTS_VERB = re.compile(
    r"调处|化解|调解|排查|审查|审核|评查|发放|出具|创建|建成|主动公开|公开|备案|报备|清理|办结|新收|培训"
)
_WITH_THE_ACTS_VERB = re.compile(rf"(?:{_SUMMING}|{_HOLDING}|{_ACTS_VERB.pattern})*")
# After a clause that only names a topic (行政许可事项：公布37项; 在人民调解组织方面，建立37个), with no
# figure of its own before it, the verb of the figure's clause may be any verb of doing, too.
_TOPIC_VERBS = re.compile(
    rf"(?:{_SUMMING}|{_HOLDING}|"
    r"公布|梳理|出台|制定|确定|明确|出具|建立|新建|创建|发放|印发|发布|新增|办结|收到|新收|收案|接收|作出|处理|承办|编制|形成|"
    # the topic's own generic noun, or whose name a document bears (行政复议方面：全年受理案件45件; 依申请公开方面：
    # 共收到申请68件; 规范性文件方面：以县政府名义出台12件)
    r"(?:各类)?(?:案件|申请)|以[^，。；\d]{1,10}?名义)*"
)
# What may stand after the figure to the clause end: nothing, a qualifier, the verb of people
# counted (共有45人参加), with the act they took part in (263人参加考试).
_AFTER = re.compile(r"(?:左右|以上|余|多)?(?:(?:参加|参与|参训|出席)了?(?:考试|测试|考核|宣誓)?)?\s*")
# Breaks after which a figure may borrow: a comma or colon in its sentence, or the end of a
# sentence (or heading line) that names an act and counts nothing.
_BORROWS_ACROSS = frozenset("，,：:。；\n")
_DIGIT = re.compile(r"\d")
# A figure before a topic clause; a date (2025年, 12月) is none (2025年，…。行政复议案件：收案86件).
_FIGURE_DIGITS = re.compile(r"\d+(?![\d年月日号])")
_OFFICERS_TRAINED = "enforcement.officers_trained"
_EXAM_TAKERS = "leadership.pre_appointment_exam_takers"  # the one count people sit (参考43人)
_BACK = 120  # how far before the clause borrowed from its people may be named


def borrowed_code(text: str, window, figure: tuple[int, int, int], unit: str) -> tuple[str, int] | None:
    """(code, anchor) for a figure at ``figure`` (clause start, start, end; clause end is the
    figure's end or a qualifier after it) whose clause is elliptic; ``window`` holds the
    sentence's alias words as (start, end, word, visible)."""
    c0, start, end = figure
    if c0 < 2 or text[c0 - 1] not in _BORROWS_ACROSS:
        return None  # the first clause of its text: nothing before it to borrow from
    clause_end = _clause_end(text, end)
    item_end = text.find("、", end, clause_end)  # 行政复议：收案126件、结案118件: the first item of a list
    if not _AFTER.fullmatch(text, end, item_end if item_end != -1 else clause_end):
        return None
    own_verbs: list[str] = []
    if not _ELLIPTIC.fullmatch(text, c0, start) and not (
        _TOPIC_VERBS.fullmatch(text, c0, start) and not _FIGURE_DIGITS.search(text, max(0, c0 - _BACK), c0)
    ):
        if not _WITH_THE_ACTS_VERB.fullmatch(text, c0, start):
            return None
        own_verbs = _ACTS_VERB.findall(text, c0, start)
    p0 = _previous_clause_start(text, c0)
    if _PROGRESS.match(text, c0) and _FIGURE_DIGITS.search(text, p0, c0):
        return None  # 目录共列入事项14项，已完成9项: how many of the count before are done, a part of it
    words = _words_before(text, window, p0, c0)
    borrowed = nearest_alias(text, words, p0, unit) if words else None
    if borrowed and any(verb not in text[min(p0, borrowed[1]) : c0] for verb in own_verbs):
        return None  # 累计调处矛盾纠纷2.1万件，今年调处7420件: only the act the clause before named
    if borrowed and borrowed[0] == _OFFICERS_TRAINED and "执法" not in text[max(0, p0 - _BACK) : c0]:
        return None  # 举办法治培训班3期，参加人员260人: people trained, not said to be enforcement officers
    if (
        borrowed
        and borrowed[0] == _OFFICERS_TRAINED
        and "覆盖" in text[c0:start]
        and "执法" not in text[p0:c0]
    ):
        return None  # …执法类干部…培训班4期，覆盖660人次: everyone the courses reached, officers among them
    if borrowed and borrowed[0] != _EXAM_TAKERS and "参考" in text[c0:start]:
        return None  # 组织执法人员资格考试，参考人员120人: who sat an exam, not officers in post
    return borrowed


# A second measure of one event right after the first (任前考试4批次、136人; 培训12期、1200人次), the 、
# left out too (任前考法7批次161人, eighth session): the same act counted in another unit, with nothing
# of its own between.
_SECOND_MEASURE = re.compile(r"、?\s?(?:共|计|共计|累计|涉及|覆盖)?\s?")
# ...counted in people after a count of events (培训、讲座3期、5次 are two acts, not two measures).
_PEOPLE_UNITS = frozenset({"人", "人次", "名", "位"})


def second_measure_code(
    text: str, window, figure_before: Quantity, figure: tuple[int, int, int], unit: str
) -> tuple[str, int] | None:
    """(code, anchor) for a figure at ``figure`` (clause start, start, end) that only follows
    ``figure_before``, after a 、 and counts the same act in another unit; or None."""
    c0, start, _end = figure
    if (
        unit not in _PEOPLE_UNITS
        or figure_before.unit in _PEOPLE_UNITS
        or figure_before.start < c0
        or not _SECOND_MEASURE.fullmatch(text, figure_before.end, start)
    ):
        return None
    words = [(s, e, w) for s, e, w, visible in window if visible and c0 <= s and e <= figure_before.start]
    return nearest_alias(text, words, c0, unit) if words else None


def _words_before(text: str, window, p0: int, c0: int) -> list[tuple[int, int, str]] | None:
    """The alias words a figure whose clause starts at ``c0`` may borrow from (the clause before
    starts at ``p0``), or None."""
    if text[c0 - 1] in "，,：:":
        # The alias ends in the clause before; its earlier words may stand further back in the
        # sentence (坚持常务会议会前学法，由部门负责人领学法律法规，全年共12次).
        return [(s, e, w) for s, e, w, visible in window if e <= c0 - 1 and visible]
    if _DIGIT.search(text, p0, c0 - 1):
        return None  # the sentence before counted its own act
    # 坚持常务会议会前学法制度。全年共学法12次: the sentence before names the act and no figure;
    # it holds no figure, so the sentences scanned for alias words left it out.
    return [(s, e, w) for s, e, w, visible in occurrences(text, [(p0, c0 - 1)]) if visible]


def nearest_alias(text: str, words, p0: int, unit: str) -> tuple[str, int] | None:
    """The alias ending nearest the end of the clause before (from ``p0``), longest on a tie."""
    best: tuple[int, int, str, int] | None = None  # last end, letters, code, anchor
    for s, e, word in words:
        if s < p0:
            continue  # only an alias ending in the clause before is borrowed
        for alias in ending_in(word, unit):
            limit, anchor = s, s
            for part in reversed(alias.parts[:-1]):
                earlier = [ps for ps, pe, pw in words if pw == part and pe <= limit]
                if not earlier:
                    break
                limit = anchor = max(earlier)
            else:
                if anchor < p0 and _DIGIT.search(text, anchor, p0):
                    continue  # its earlier words are a counted clause's
                key = (e, alias.letters, alias.code, anchor)
                if best is None or key[:2] > best[:2]:
                    best = key
    return (best[2], best[3]) if best else None


def _previous_clause_start(text: str, c0: int) -> int:
    """Where the clause before the one starting at ``c0`` (after its break at ``c0 - 1``) starts."""
    p0 = c0 - 1
    while p0 > 0 and not CLAUSE_END.match(text, p0 - 1):
        p0 -= 1
    return p0


def _clause_end(text: str, position: int) -> int:
    match = CLAUSE_END.search(text, position)
    return match.start() if match else len(text)


# Documents drafted or reviewed and then issued in a clause (or a list item) of their own, which names no noun
# (全年起草规范性文件15件，经合法性审核后印发实施12件; 审核后制发5件; 经局务会议审议通过后印发实施7件; 最终印发实施4件;
# 其中以本局名义印发5件; 经审核后以公告形式发布4件): the documents issued. The clause says the review came
# first or that they bear the body's own name: a bare 出台8件 after 审查规范性文件12件 may be anyone's documents (a
# genre form of an earlier pass leaves it uncoded), and a department's 以市政府办公室名义印发3件 are the government's.
# The documents are named earlier in the sentence (起草…规范性文件7件，经局法规处合法性审核后，以本局名义印发5件).
_ISSUED_CLAUSE = re.compile(
    r"(?:其中)?(?=经|审|以[本我]|最终)"
    r"(?:经(?:过)?[^，。；、\d]{0,12}?(?:审核|审查|审议|审定)(?:通过|把关)?后?|(?:审核|审查)后)?(?:均|全部)?"
    r"(?:以[本我][^，。；\d]{0,6}?名义|以公告(?:形式)?|最终)?(?:正式)?(?:印发|制发|出台|发布)(?:实施|执行)?了?(?:共|计)?\s?"
)
_NORMDOCS_ISSUED = "rules.normdocs_issued"
_NORMDOCS = ("规范性文件", "规范文件")
_DOCUMENTS_BACK = 120  # how far before the clause the documents may be named, in its sentence


def issued_after_drafting(text: str, c0: int, quantity: Quantity) -> tuple[str, int] | None:
    """(code, anchor) for documents issued, counted in a clause or list item of its own after the words that
    drafted or reviewed them, or None."""
    if quantity.unit != "件":
        return None
    item = max(c0, text.rfind("、", c0, quantity.start) + 1)
    if item < 2 or text[item - 1] not in "，,、" or not _ISSUED_CLAUSE.fullmatch(text, item, quantity.start):
        return None
    sentence = max(text.rfind(end, 0, item) for end in "。；\n") + 1
    before = text[max(sentence, item - _DOCUMENTS_BACK) : item - 1]
    return (_NORMDOCS_ISSUED, item) if any(noun in before for noun in _NORMDOCS) else None
