"""The second probing pass's rules, read in the sentence around a figure (split from ``other_uses``).

Whole reports mix the government's figures with other bodies': a party committee's or a party group's study
before its own meetings, study over several bodies' meetings, filings accepted after review, certification
requirements examined and then broken down, a list of powers broken down by kind, and the sentences of
another body than the government (a court's docket, a procuratorate's cases, a congress's inspections),
clause after clause until a clause names the government again. ``other_uses.another_use`` asks
``in_context`` where the sentence may name such a body or the figure has one of ``IN_CONTEXT_CODES``.
"""

from __future__ import annotations

import re

from .quantity import Quantity, since_last_figure

_PRE_MEETING_STUDY = "leadership.pre_meeting_study_sessions"
_NORMDOCS_FILED = "rules.normdocs_filed"
_CASE_CODES = frozenset({"disputes.litigation_cases", "disputes.reconsideration_cases"})
_HEAD_APPEARANCE_RATE = "disputes.head_appearance_rate"

# Second probing pass. A sentence whose subject is another body than the government (a court, a
# procuratorate, a people's congress, a CPPCC, a discipline commission: 县法院全年受理行政诉讼案件326件,
# 县人大常委会…，开展执法检查5次) counts that body's work, clause after clause, until a clause names the
# government or its agencies again (行政机关负责人出庭应诉率, 以县政府为被告的). The body is read at the
# sentence start, after a date, and only as a body (人大常委会, not 人大任命 or 人大代表); 政协委员 name the
# members whose proposals the government handles.
_OTHER_ACTOR = re.compile(
    r"(?:(?:19|20)\d{2}年(?:度|以来)?|全年|今年以来|一年来)?[，,]?\s*[^，。；、\s\d向报提经由对配与受在非推协]{0,8}?"
    r"(?:人民法院|法院|人民检察院|检察院|人大常委会|(?<!行)政协|纪委监委|纪委|监委)(?!委员|提案|建议|任命)"
)
# A higher level's department at work in the reporter's township (县综合行政执法局在我镇开展行政检查312次, 县市场
# 监管局、县应急管理局在我镇开展双随机抽查9批次, 县级部门在我镇开展联合检查17次) counts its own work there, as a
# court's sentence counts the court's.
_HIGHER_BODY_HERE = re.compile(
    r"(?:(?:19|20)\d{2}年(?:度)?[，,]?\s*)?[省市县区州][^，。；\s\d]{0,30}?(?:局|部门|分局|大队|支队|中心)"
    r"在我(?:镇|乡|街道|街|社区|村)"
)
# The government named as the subject of the figure's clause or as a party in court (以县政府为被告的);
# a government that only sent the papers (审查区政府报送的规范性文件15件) leaves the body's work its own.
# A body listed with others or acting with them (县法院、县司法局联合开展…, 县法院联合县司法局…) acts jointly.
_JOINTLY = re.compile(r"[、和与及]|联合|会同|协同")
_GOVERNMENT_NAMED = re.compile(
    r"政府(?![^，。；\d]{0,2}(?:报送|提交|报备|提请|报请))|行政机关|被告|被诉|应诉|败诉|胜诉|出庭"
)
# What such a body's sentence may still count of the government: regulations a congress passes, the
# suggestions and proposals it hands over, how the government fared in court.
_ACTOR_KEPT = frozenset(
    {
        "rules.local_regulations",
        "oversight.npc_suggestions",
        "oversight.cppcc_proposals",
        "oversight.suggestion_satisfaction_rate",
        _HEAD_APPEARANCE_RATE,
        "disputes.litigation_losses",
        "disputes.litigation_win_rate",
        # the congress's standing committee holds the oath of those it appoints (人大常委会组织宪法宣誓4场，宣誓38人次)
        "leadership.oath_takers",
    }
)
# A party committee's standing committee (区委常委会会前学法6次) studies before its own meetings, not the
# government's executive meeting, unless the clause names the government's meeting too (县委常委会、县政府常务
# 会议…, 镇党委会、镇长办公会…).
# So does a township's party committee (乡镇党委会前学法156次); and one count over the meetings of several
# bodies (各乡镇政府常务会议会前学法累计186次) is no one government's.
# A bureau's or a department's party group (局党组会议学法, 召开党组会议开展专题学法) is a party body too: its
# meeting is no executive meeting, unless the clause names the government or the body's own executive
# meeting beside it (县政府党组会议、常务会议…, 党组会、局务会…) (fresh batches, 4 December).
_PARTY_COMMITTEE = re.compile(r"(?<!社)[省市县区州旗]委常委会?|[镇乡]党委")
# A party body's meeting: a party committee's, or a party group's (党组会, 党组扩大会).
_PARTY_MEETING = re.compile(_PARTY_COMMITTEE.pattern + r"|党组(?:扩大)?会")
_GOVERNMENT_MEETING = re.compile(r"政府|常务会|[镇乡区县市]长办公会|[局厅委办]务会|办公会")
# Eighth session: a department's party group meeting is its decision meeting, and study said to be held
# before it (党组会前学法11次, 局党组会议会前学法) is the department's pre-meeting study; its other study
# (党组会议专题学法, 党组集体学法) stays the party group's. A region's party committee (区委常委会会前学法)
# stays another body whatever it is called.
_BEFORE_THE_MEETING = re.compile(r"会议?前")
# The figure's own clause may name the group that studied: a Party branch (支部党员大会学法6次), the staff
# (干部职工学法20次), a weekly meeting, a theory group; then an earlier clause's executive meeting (党组会专题
# 学法4次，支部党员大会学法6次) does not reach it, unless the clause names a meeting of the government or
# study before a meeting itself.
# (or the leaders' team named after the figure: 先后组织了4次班子集体学法)
_STUDY_GROUP = re.compile(r"支部|党小组|党员|例会|中心组|机关|职工|干部|公职人员|工作人员|班子")
_MEETING_AFTER_CHARS = 8
# (各镇（街道）, 各乡: a township's kind alone, eighth session.)
SEVERAL_BODIES = re.compile(
    r"各(?:乡镇|镇街|街镇|街道|部门|单位|县区|区县|县市区|县（市、区）|区（县）|镇|乡)"
)
# A sentence that opens with its verb (全年受理…, 共审结…) has no subject of its own: the body the sentence
# before opened with (in the same paragraph, not too long ago) is its subject.
_NO_SUBJECT = re.compile(
    r"(?:全年|今年|年内|(?:19|20)\d{2}年度?)?[，,]?(?:共|累计|依法)?"
    r"(?:受理|审结|审理|办理|办结|收到|收案|立案|开展|提出|发出|审查|审议|听取)"
)
_SENTENCE_MARKS = ("。", "！", "？", "；", "\n")
SENTENCE_BEFORE_CHARS = 80
# Certification requirements cleaned up, then broken down into those abolished and kept (清理证明事项126项，
# 取消86项，保留40项): the clean-up's count is of the items examined, not abolished.
_CERTIFICATES_ABOLISHED = "functions.certificates_abolished"
_ABOLISHING = re.compile(r"取消|砍掉|精简|减少")
# A breakdown counts what it keeps or abolishes; 35项证明事项全部予以取消 says what the figure is.
_BROKEN_DOWN_AFTER = re.compile(r"[^。；]{0,40}?(?:取消|保留)[^，。；\d]{0,8}\d")
IN_CONTEXT_CODES = frozenset({_PRE_MEETING_STUDY, _NORMDOCS_FILED, _CERTIFICATES_ABOLISHED})
# Filings accepted after review (经审查，予以备案38件) are the reviewer's outcome, not documents filed.
_ACCEPTED_FOR_FILING = re.compile(r"(?:予以|准予|同意)备案[^，。；\d]{0,4}$")
# A list of powers broken down by kind (权责清单3126项，其中行政许可156项、行政处罚2108项) counts items in 项,
# not cases decided.
_CASES_DECIDED = frozenset({"enforcement.penalty_cases", "enforcement.minor_exemptions", *_CASE_CODES})
_LIST_OF_POWERS = re.compile(r"清单|事项|权力|职权|权责")


def names_another_body(words: str) -> bool:
    """Whether ``words`` may name a court, a procuratorate, a congress, a CPPCC or a discipline body, or a
    higher level's department at work in the reporter's place."""
    # One character's test first: a word's of two or more characters reads every character of the words,
    # one character's skips along to it, and most sentences hold neither 委 nor 协.
    return (
        "院" in words
        or ("委" in words and ("人大常委" in words or "纪委" in words or "监委" in words))
        or ("协" in words and "政协" in words)
        or "在我" in words
    )


def in_context(
    codes: set[str], text: str, clause: tuple[int, int, int], quantity: Quantity, *, another_body: bool
) -> set[str]:
    """The second probing pass's codes of another body or thing, read in the sentence around the figure:
    a party committee's study or several bodies', filings accepted after review, certification
    requirements examined, a list of powers broken
    down by kind, another body's sentence (``another_body``: the sentence or the one before may name one)."""
    s0, c0, c1 = clause
    start = quantity.start
    dropped: set[str] = set()
    # The meeting may be named right after its count too (召开4次党组会议开展专题学法).
    around = min(c1, quantity.end + _MEETING_AFTER_CHARS)
    # (a clause may list two meetings' counts: 区政府常务会议学法24次、党组会议学法8次; each is its own)
    own = since_last_figure(text, c0, start)
    if (
        _PRE_MEETING_STUDY in codes
        and _PARTY_MEETING.search(text, own, around)
        and not _GOVERNMENT_MEETING.search(text, own, around)
        and (_PARTY_COMMITTEE.search(text, c0, around) or not _BEFORE_THE_MEETING.search(text, c0, around))
    ):
        dropped.add(_PRE_MEETING_STUDY)  # 区委常委会会前学法6次: the party committee's study
    if (
        _PRE_MEETING_STUDY in codes
        and _STUDY_GROUP.search(text, c0, around)
        and not _GOVERNMENT_MEETING.search(text, c0, around)
        and not _BEFORE_THE_MEETING.search(text, c0, around)
        and not _PARTY_MEETING.search(text, c0, around)
    ):
        dropped.add(_PRE_MEETING_STUDY)  # …，支部党员大会学法6次: the branch's study, not the meeting's
    if _PRE_MEETING_STUDY in codes and SEVERAL_BODIES.search(text, c0, start):
        dropped.add(_PRE_MEETING_STUDY)  # 各乡镇政府常务会议会前学法累计186次: several governments' meetings
    if (
        _CERTIFICATES_ABOLISHED in codes
        and not _ABOLISHING.search(text, c0, start)
        and _BROKEN_DOWN_AFTER.match(text, quantity.end)
    ):
        dropped.add(_CERTIFICATES_ABOLISHED)  # 清理证明事项126项，取消86项: examined, then abolished
    if _NORMDOCS_FILED in codes and _ACCEPTED_FOR_FILING.search(text[c0:start]):
        dropped.add(_NORMDOCS_FILED)  # 经审查，予以备案38件: filings accepted, not filed
    if quantity.unit == "项" and codes & _CASES_DECIDED and _LIST_OF_POWERS.search(text, s0, start):
        dropped |= _CASES_DECIDED  # 权责清单…，其中…行政处罚2108项: items of a list, not cases
    if another_body and codes - _ACTOR_KEPT:
        dropped |= _another_actors(codes, text, s0, c0, start)
    return dropped


def _another_actors(codes: set[str], text: str, s0: int, c0: int, start: int) -> set[str]:
    """The codes a figure loses because its sentence (from ``s0``) is about another body's work: a court's
    docket, a procuratorate's cases, a congress's inspections (second probing pass)."""
    actor = _OTHER_ACTOR.match(text, s0, start) or _HIGHER_BODY_HERE.match(text, s0, start)
    if actor is None and s0 > 0 and text[s0 - 1] in "。！？" and _NO_SUBJECT.match(text, s0, start):
        # 县人民法院充分发挥审判职能。全年受理行政诉讼案件286件: the body of the sentence before goes on
        before = max(text.rfind(mark, 0, s0 - 1) for mark in _SENTENCE_MARKS) + 1
        if s0 - before <= SENTENCE_BEFORE_CHARS:
            actor = _OTHER_ACTOR.match(text, before, s0)
    if actor is None or "政府" in actor.group() or _JOINTLY.match(text, actor.end()):
        return set()  # 县法院、县检察院、县司法局联合开展…: a joint act, the government's too
    if _GOVERNMENT_NAMED.search(text, max(c0, actor.end()), start):
        return set()  # 县法院…，行政机关负责人出庭应诉率96%: the government's again
    return codes - _ACTOR_KEPT  # 区法院共审结行政诉讼案件215件: the court's docket
