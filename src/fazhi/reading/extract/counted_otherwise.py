"""Codes a figure's own words make another count (issue 16's wrong codes; split from ``narrowing``).

One count over several kinds of paper (合同、规范性文件等…98件) or of dispute, or over officers and other
trainees, is none of their counts; filings are not reviews; a training with no law word is no law training,
nor is a list item's training named in quotes for another subject; law education says 法 in its sentence or
paragraph, and is not a talk to the body's own staff; done wholly online is not can be done online; problems
rectified and measures are not problems listed; 事项 counted in 项 are a list's powers, not cases decided.
``narrowing.narrowed`` asks ``counted_otherwise`` for a figure with one of ``COUNTED_OTHERWISE_CODES``, and
``officers_named`` whether a figure's sentence or paragraph names enforcement officers.
"""

from __future__ import annotations

import re

from .counted import ENFORCEMENT_WORD
from .mixed import mixed_disputes, mixed_papers, mixed_trainees, names_its_paper
from .other_bodies import DISPUTE_CODES, ITEMS_BEFORE
from .other_kinds import PAPER_CODES
from .other_things import CASES_NOT_ITEMS
from .quantity import Quantity

_NORMDOCS_REVIEWED = "rules.normdocs_reviewed"
_NORMDOCS_FILED = "rules.normdocs_filed"
_FILINGS = frozenset({_NORMDOCS_FILED, "rules.normdocs_filing_reviewed"})
# The documents due for filing (应报备, 应报送备案的) are the filing rate's base: those filed are counted after them.
_FILING_DUE = re.compile(r"应(?:当|予)?(?:报送?备案|报备|备案)")
_DECISIONS_FILED = re.compile(r"决策[^，。；\d]{0,6}?备案|备案[^，。；\d]{0,6}?决策")
_OFFICERS_TRAINED = "enforcement.officers_trained"

# A clause that counts filings (规范性文件备案2件) and names no review of its own.
_FILED = re.compile(r"备案[^，。；]{0,3}$")
_OWN_REVIEW = re.compile(r"审核|审查")
# Papers of another kind named right after a count (68件上会文件, 36份政府文件, 12件合同): not normative documents.
_OTHER_DOCUMENTS_AFTER = re.compile(r"[^，。；、\d规]{0,6}?(?<!规范性)(?:文件|合同|协议|文稿)")
_PROBLEMS_LISTED = "leadership.problems_listed"
_MEASURES_AFTER = re.compile(r"[项条个]?[^，。；、\d]{0,6}?措施")
_RECTIFIED = re.compile(r"整改")
# Problems said to be rectified before their noun (已整改完成问题20个, 完成整改的问题) are not the list.
_RECTIFIED_BEFORE = re.compile(r"(?:已|完成|全部)整改|整改(?:完成|到位|落实|销号)")
_PROBLEM = re.compile(r"问题")
_ONLINE_RATE = "functions.online_service_rate"
# Done wholly online (全程网办率) is a narrower share than can be done online (网上可办率).
# ...and so is the share of applications actually made online (网上办件率, 实际网办率), or of those
# finished online (网上办结率): cases handled, not items that can be.
_WHOLLY_ONLINE = re.compile(r"全程网办|全程网上|办件|实际|实办|办结")
_TRAININGS = "education.trainings"
# A count in 项 inside the brackets after a list's name (事项清单（行政强制、行政处罚共188项）) counts a list's powers.
_ITEMS_BRACKET = re.compile(r"(?:事项|清单)[^，。；\d（]{0,4}（[^（）\d]{0,30}$")
_ITEMS_AFTER = re.compile(r"[^，。；\d]{0,6}?事项")
_LAW_WORD = re.compile(r"法")
_SENTENCE_STOP = re.compile(r"[。；！？\n]")
# A later clause of the sentence that is itself about training in law (…，开展“习近平法治思想”相关培训),
# not a part of it (干部培训75场，其中法治培训31场).
_LAW_TRAINING_CLAUSE = re.compile(
    r"[，,](?!其中)[^，,。；]*?(?:法[^，,。；]*?(?:培训|讲座|授课)|(?:培训|讲座|授课)[^，,。；]*?法)"
)
_SENTENCE_REACH = 40
# Trainings of the villages' legal helpers (“法律明白人”骨干培训3期) are not officials' trainings. (Talks to the
# public, 面向社区居民举办…法治讲座, are law education: the audience rules make them activities.)
_LEGAL_HELPERS = re.compile(r"法律明白人")
# How far back in its paragraph a figure's trainees may be named as enforcement officers.
_PARAGRAPH_CHARS = 400
# Activities of law education (普法) say 法 in their sentence or its paragraph before (materials handed
# out are counted as they are: a sentence of them alone seldom names the law).
_EDUCATION_CODES = frozenset({"education.activities"})
# Talks given to the body's own staff (组织全体干部职工开展法治专题宣讲2次) are their study, not events of law
# education for the public, unless the public is named too.
# (nor are talks given for the leading cadres: 为县处级以上领导干部作习近平法治思想专题宣讲3次)
_OWN_STAFF_AUDIENCE = re.compile(
    r"组织[^，。；\d]{0,6}?(?:干部职工|机关干部|党员干部|全体干部)|为[^，。；\d]{0,10}?领导干部"
)
# An activity named in quotes just before the figure by what the leaders do (参加“一把手跟执法”活动2次、
# “一把手坐窗口”活动1次) and not by law education is not an event of it.
_QUOTED_ACTIVITY = re.compile(r"“([^“”]{2,14})”活动$")
_EDUCATION_NAME = re.compile(r"普法|宣传|宪法|民法典|法治|法律|法制|释法|送法|学法|懂法|守法")
_PUBLIC_AUDIENCE = re.compile(
    r"群众|居民|村|市民|学生|师生|青少年|企业|社区|校园|入户|下乡|走进|基层|街头|广场|集市"
)
# What a campaign's publicity taught, said in a later clause of its sentence (…，引导群众懂法、守法、用法):
# the law's, though the clause of its count names none.
_LAW_EDUCATION_PURPOSE = re.compile(r"[懂守用学知]法|法治(?:意识|观念|素养)|法律(?:意识|知识)")
# How far after the figure's clause the public may still be named (…20场，覆盖群众3000余人).
_AUDIENCE_REACH = 24

# The codes this family tests, and a figure must have one of to be read by it (every rule of a
# family starts with a test of its codes; ``tests/reading/test_narrowing_families.py`` keeps each list
# and its family's tests in step).
COUNTED_OTHERWISE_CODES = frozenset(
    {
        *PAPER_CODES,
        *DISPUTE_CODES,
        _NORMDOCS_REVIEWED,
        _TRAININGS,
        *_EDUCATION_CODES,
        _ONLINE_RATE,
        _PROBLEMS_LISTED,
        *CASES_NOT_ITEMS,
        _OFFICERS_TRAINED,
    }
)


def _sentence_end(text: str, position: int) -> int:
    """Where the sentence that goes on at ``position`` ends, at most ``_SENTENCE_REACH`` further."""
    end = _SENTENCE_STOP.search(text, position, position + _SENTENCE_REACH)
    return end.start() if end else min(len(text), position + _SENTENCE_REACH)


def counted_otherwise(
    codes: set[str], text: str, clause: tuple[int, int, int], quantity: Quantity
) -> set[str]:
    """The codes of ``codes`` a figure's own words make another count (issue 16's wrong codes)."""
    s0, c0, c1 = clause
    dropped: set[str] = set()
    if (
        codes & PAPER_CODES
        and mixed_papers(text, s0, quantity.start)
        and not names_its_paper(text, quantity.end)
    ):
        dropped |= PAPER_CODES  # 对重大合同、规范性文件等合法性审核98件
    if codes & DISPUTE_CODES and mixed_disputes(text, s0, quantity.start):
        dropped |= DISPUTE_CODES  # 办理行政复议、行政诉讼等案件50件: cases of two kinds in one count
    if _NORMDOCS_REVIEWED in codes:
        own = text[c0 : quantity.start]
        if (
            (_FILED.search(own) and not _OWN_REVIEW.search(own))
            or quantity.unit == "项"
            or _OTHER_DOCUMENTS_AFTER.match(text, quantity.end)
            or "参与审" in own
        ):
            # 县政府部门规范性文件备案2件; 11项程序: items, not documents; 68件上会文件合法性审查: papers
            # of another kind, named right after their count; 参与审查市政府拟出台的…草案5件: another body's
            # review the reporter took part in
            dropped.add(_NORMDOCS_REVIEWED)
    if codes & _FILINGS:
        dropped |= _not_filed(codes, text, c0, quantity)
    if _TRAININGS in codes and (
        not (_LAW_WORD.search(text, s0, c1) or _LAW_TRAINING_CLAUSE.search(text, c1, _sentence_end(text, c1)))
        or _named_otherwise(text, c0, quantity.start)
        or _LEGAL_HELPERS.search(text, c0, quantity.start)
    ):
        # 举办电商培训班3期: a training, but not in law (the sentence's next clause may say what it
        # taught: 举办培训班5期，开展“习近平法治思想”相关培训20学时); …、“民政部大讲堂”线上培训4期: a
        # list's item named for another subject
        dropped.add(_TRAININGS)
    if codes & _EDUCATION_CODES and (
        not _law_named(text, s0, c1)
        or "宣誓" in text[c0 : quantity.start]
        or _named_for_another_activity(text, c0, quantity.start)
        or (
            _OWN_STAFF_AUDIENCE.search(text, c0, quantity.start)
            and not _PUBLIC_AUDIENCE.search(text, c0, c1 + _AUDIENCE_REACH)
        )
    ):
        dropped |= _EDUCATION_CODES  # 开展安全生产宣传活动32场: not of the law; 宪法宣誓活动6场: oaths
    if _ONLINE_RATE in codes and _WHOLLY_ONLINE.search(text, max(c0, quantity.start - 12), quantity.start):
        dropped.add(_ONLINE_RATE)  # 全程网办率达89.66%
    if _PROBLEMS_LISTED in codes and _not_problems_listed(text, (c0, c1), quantity):
        dropped.add(_PROBLEMS_LISTED)
    if (
        codes & CASES_NOT_ITEMS
        and quantity.unit == "项"
        and (
            ITEMS_BEFORE.search(text, c0, quantity.start)
            or _ITEMS_AFTER.match(text, quantity.end)
            or _ITEMS_BRACKET.search(text, max(s0, quantity.start - 40), quantity.start)
        )
    ):
        dropped |= CASES_NOT_ITEMS  # 明确行政处罚事项156项: powers on a list, not cases decided
    if _OFFICERS_TRAINED in codes and mixed_trainees(text, s0, c0, quantity):
        dropped.add(_OFFICERS_TRAINED)  # 执法人员和党员干部参加培训1600人次: not officers alone
    return dropped


def _not_problems_listed(text: str, clause: tuple[int, int], quantity: Quantity) -> bool:
    """Whether a figure coded as problems listed counts measures (27个问题、106项整改措施) or problems rectified
    (发现问题18个，已整改16个; 已整改完成问题20个, with 问题 named); ``clause`` is (start, end)."""
    c0, c1 = clause
    return bool(
        _MEASURES_AFTER.match(text, quantity.end - 1)
        or (
            _RECTIFIED.search(text, c0, quantity.start)
            and not _PROBLEM.search(text, c0, min(c1, quantity.end + 4))
        )
        or _RECTIFIED_BEFORE.search(text, c0, quantity.start)
    )


def _not_filed(codes: set[str], text: str, c0: int, quantity: Quantity) -> set[str]:
    """The filing codes of ``codes`` a figure (its clause from ``c0``) does not count: documents due for filing
    (全年应报备规范性文件42件，已报备41件), and major decisions filed (报送重大行政决策事项备案5件)."""
    if _FILING_DUE.search(text, c0, quantity.start):
        return set(_FILINGS)
    if _DECISIONS_FILED.search(text, c0, quantity.start) and "文件" not in text[c0 : quantity.start]:
        return {_NORMDOCS_FILED} & codes
    return set()


# A list item's own training named in quotes (、“民政部大讲堂”线上培训4期): its subject is its name's.
_QUOTED_ITEM = re.compile(r"“[^“”]{2,20}”[^、，。；“”\d]{0,10}$")


def _named_otherwise(text: str, c0: int, start: int) -> bool:
    """Whether the figure's list item (from the 、 before it) names its training in quotes, not in law."""
    item = max(c0, text.rfind("、", c0, start) + 1)
    quoted = _QUOTED_ITEM.search(text, item, start)
    return quoted is not None and not _LAW_WORD.search(quoted.group(0))  # (“线上+线下”执法岗位培训班: in law)


def _named_nearby(word: re.Pattern[str], text: str, s0: int, c1: int) -> bool:
    """Whether the figure's sentence (``s0``–``c1``), or its paragraph before it (at most
    ``_PARAGRAPH_CHARS`` back), holds ``word``."""
    if word.search(text, s0, c1):
        return True
    return word.search(text, _paragraph_start(text, s0), s0) is not None


def _paragraph_start(text: str, s0: int) -> int:
    """Where the paragraph of the sentence at ``s0`` starts, at most ``_PARAGRAPH_CHARS`` back."""
    p0 = max(0, s0 - _PARAGRAPH_CHARS)
    paragraph = text.rfind("\n", p0, s0)
    return paragraph + 1 if paragraph != -1 else p0


def officers_named(text: str, s0: int, c1: int) -> bool:
    """People trained are enforcement officers only where the report says so nearby (举办法治培训班3期，
    培训300余人次 names no officers; 一是行政执法改革不断深化。…培训21场次，受训874人 does). Officers the
    paragraph already counted in a sentence of their own (…培训执法人员480人次。开展法治专题培训，培训150人)
    do not name those of a later training."""
    if ENFORCEMENT_WORD.search(text, s0, c1):
        return True
    p0 = _paragraph_start(text, s0)
    return ENFORCEMENT_WORD.search(text, p0, s0) is not None and not _OFFICERS_COUNTED.search(text, p0, s0)


_OFFICERS_COUNTED = re.compile(r"执法[^。；\n\d]{0,12}?\d+(?:\.\d+)?\s*(?:余|多)?\s*(?:人次|人|名)")


def _named_for_another_activity(text: str, c0: int, start: int) -> bool:
    """Whether the figure's activity is named in quotes right before it by what it is, not law education."""
    named = _QUOTED_ACTIVITY.search(text, max(c0, start - 20), start)
    # (the clause's words before the quotes may name it: 法律法规宣传“进企业”活动, “法治讲堂”“合规大讲堂”活动)
    return named is not None and not _EDUCATION_NAME.search(text, c0, named.end())


def _law_named(text: str, s0: int, c1: int) -> bool:
    """Activities are law education only where the law (法) is named nearby: a campaign's publicity
    (安全生产宣传活动32场, 党的二十大精神宣讲120场) is no law education, unless a later clause of its
    sentence says it taught the law (…宣传活动2次，…，引导群众懂法守法)."""
    return _named_nearby(_LAW_WORD, text, s0, c1) or (
        _LAW_EDUCATION_PURPOSE.search(text, c1, _sentence_end(text, c1)) is not None
    )
