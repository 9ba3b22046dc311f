"""Codes a figure loses because it is another body's count, or a plan's (issue 16, fifth pass on).

A congress's or a CPPCC's inspections, an audit's problems, petitions, the tasks of a list that is not
the year's (``key_tasks``), exams of another kind, trainings another body held, lectures that name no
law, officers newly taken on or named by what they took part in, items of a random-check list, replies
to disclosure requests, another correction rate. ``narrowing.narrowed`` asks this module alongside its
own rules.
"""

from __future__ import annotations

import re

from .key_tasks import not_the_years_key_tasks
from .quantity import Quantity, own_item

_TRAININGS = "education.trainings"
_PROBLEMS_LISTED = "leadership.problems_listed"

DISPUTE_CODES = frozenset(
    {
        "disputes.reconsideration_cases",
        "disputes.litigation_cases",
        "enforcement.penalty_cases",
        "disputes.legal_aid_cases",
        "disputes.mediation_cases",
    }
)

_KEY_TASKS = "leadership.key_tasks"

# A people's congress or a CPPCC inspects how a law is carried out (人大执法检查): no administrative inspection.
_INSPECTIONS = "enforcement.inspections"

_OTHER_BODY = re.compile(r"人大|常委会|政协")

_AUDIT = re.compile(r"审计")

_RANDOM_OBJECTS = "enforcement.random_inspection_objects"

_AT_RANDOM = re.compile(r"随机|抽查|抽取|抽检")

# A pre-appointment exam is of the law; people who sat another exam (32名处级干部参加廉政考试) are not its takers.
_EXAM_TAKERS = "leadership.pre_appointment_exam_takers"

_OTHER_EXAM_AFTER = re.compile(
    r"[^，。；、\d]{0,12}?(?:廉政|党纪|纪律|业务|安全|保密|党规)[^，。；、\d]{0,4}?(?:考试|测试)"
)

# ...nor is the yearly study exam all staff sit online (全县国家工作人员参加在线学法考法4722人), named in the
# figure's own clause after a pre-appointment exam's count in the clause before.
_STAFF_STUDY_EXAM = re.compile(r"学法考法|学法考试|在线考法|网上考法|在线学法|网上学法|学法用法考试")
_APPOINTEES = re.compile(r"任前|任职前|拟任|拟提|新提|新任")


def _staff_study_exam(text: str, c0: int, start: int) -> bool:
    return bool(_STAFF_STUDY_EXAM.search(text, c0, start)) and not _APPOINTEES.search(text, c0, start)


# Trainings another body held that the reporter's people attended (参加省应急管理厅举办的4期培训班) are
# not the reporter's trainings.
_HELD_BY_ANOTHER = re.compile(r"参加[^，。；\d]{0,24}?(?:举办|组织|主办)的")
# ...also counted before their noun (参加7次上级举办的培训).
_TAKING_PART = re.compile(r"参加[^，。；、\d]{0,6}$")
_HELD_BY_AFTER = re.compile(r"[^，。；、\d]{0,12}?(?:举办|组织|主办)的")

# A lecture series by its own name that names no law (开设“火洲大讲堂”12期, 举办“大师讲堂”2期) is not a law
# training; “法治讲堂”, “执法大讲堂” are.
_LECTURES_NOT_ON_LAW = re.compile(r"“[^”法]{0,8}讲堂”[^，。；\d]{0,2}$")

# Officers newly taken on (12名新进执法人员) are a part of those in post, not their number.
_OFFICERS_IN_POST = "enforcement.officers"

# Officers named by what they took part in (参训执法人员860人, 抽调执法人员20人) are some of those in post;
# officers trained named after the figure (16名执法人员参加培训) are recounted as trained.
_OFFICERS_TAKING_PART = re.compile(r"(?:参训|参学|参考|抽调|出动|选派)的?(?:行政)?执法人员")

_NEW_OFFICERS = re.compile(r"[^，。；\d]{0,4}?新(?:进|招录|入职|录用|增|任)[^，。；\d]{0,4}?执法人员")
# ...or newly taken on before their count (新招录7名执法人员, 新招录执法人员7名).
_NEW_BEFORE = re.compile(r"新(?:进|招录|招聘|入职|录用)(?:的)?(?:执法人员)?$")

_CORRECTION_RATE = "disputes.reconsideration_correction_rate"

_OTHER_CORRECTED = re.compile(r"规范性文件|备案|处罚|执法|案卷|审判|诉讼")

# The answers a disclosure report sorts requests by (不掌握, 不属于, 过程性信息…), not items published.
_DISCLOSURE_CODES = frozenset({"oversight.proactive_disclosures", "oversight.disclosure_requests"})

_DISCLOSURE_REPLY = re.compile(
    r"不掌握|不属于|过程性|不予公开|不存在|无法提供|重复申请|内部事务|商业秘密|个人隐私|危及|信息不存在|告知"
)

# Items of one topic or class (发布疫情防控相关信息204条, 政务动态类信息103条; not 各类信息, every class).
_ONE_TOPICS_ITEMS = re.compile(r"(?:(?<![各多两几])类|相关|有关)(?:政府|政务)?信息[^，。；\d]{0,2}$")
# ...but not the kind a count leaves out (主动公开政府信息（不含过程性信息）47件).
_LEFT_OUT = re.compile(r"(?:不含|不包括|不计)[^（）()，。；]{0,6}$")


def _disclosure_reply(text: str, start: int, end: int) -> bool:
    return any(
        not _LEFT_OUT.search(text, max(start, reply.start() - 10), reply.start())
        for reply in _DISCLOSURE_REPLY.finditer(text, start, end)
    )


_PETITION = re.compile(r"信访")

# Deputies and CPPCC members submit suggestions and proposals; a government counts those it handles.
# Those submitted (委员们共提出提案356件) are the deputies' or the members' count, unless the sentence
# says they are handled (共办理政协委员提交的提案58件; 代表共提出建议245件，已全部办结). Those the CPPCC
# received (县政协全年共收到委员提案186件) keep their code, as an earlier pass decided.
_SUGGESTION_CODES = frozenset({"oversight.npc_suggestions", "oversight.cppcc_proposals"})
_SUBMITTED = re.compile(r"(?:提交|提出|提报)(?!的)")
_HANDLED = re.compile(r"办理|承办|办复|答复|交办|主办|协办|办结|督办|转办|政府|部门")
_SENTENCE_END = re.compile(r"[。；\n]")


def _members_count(text: str, s0: int, c0: int, start: int) -> bool:
    if not _SUBMITTED.search(text, c0, start):
        return False
    end = _SENTENCE_END.search(text, start, start + 120)
    return not _HANDLED.search(text, s0, end.start() if end else start + 120)


ITEMS_BEFORE = re.compile(r"事项[^，。；\d]{0,6}$")


# Documents a department issued in the government's name beside those in its own (以本局名义印发5件，以市政府办公室
# 名义印发2件): the government's documents, not the body's. A government's report names no own name so
# (以县政府名义印发5件，以县政府办公室名义印发3件 are both its own).
_NORMDOCS_ISSUED = "rules.normdocs_issued"
_IN_A_NAME = re.compile(r"以([^，。；、\d]{1,12}?)名义")
# A department that drafted the government's documents says so before their name (承办, 起草, 配合起草).
_DRAFTED_FOR = re.compile(r"承办|起草|代拟|配合|承担")
_IN_OWN_NAME = re.compile(r"以[本我][^，。；、\d]{0,6}?名义")
_NAMES_AFTER = 80  # how far after the figure the body's own name may be said, in its sentence

# The codes ``another_bodys`` tests, and a figure must have one of to be read by it (every rule starts
# with a test of its codes; ``tests/reading/test_narrowing_families.py`` keeps the two in step).
ANOTHER_BODYS_CODES = frozenset(
    {
        _NORMDOCS_ISSUED,
        _EXAM_TAKERS,
        _TRAININGS,
        _OFFICERS_IN_POST,
        _RANDOM_OBJECTS,
        _INSPECTIONS,
        _PROBLEMS_LISTED,
        *_DISCLOSURE_CODES,
        _CORRECTION_RATE,
        *DISPUTE_CODES,
        _KEY_TASKS,
        *_SUGGESTION_CODES,
    }
)


def another_bodys(codes: set[str], text: str, clause: tuple[int, int, int], quantity: Quantity) -> set[str]:
    """The codes of ``codes`` a figure loses because it is another body's count, or a plan's (fifth pass):
    a people's congress's inspections, an audit's problems, petitions, tasks not the year's list."""
    s0, c0, c1 = clause
    dropped: set[str] = set()
    if _EXAM_TAKERS in codes and (
        _OTHER_EXAM_AFTER.match(text, quantity.end) or _staff_study_exam(text, c0, quantity.start)
    ):
        dropped.add(_EXAM_TAKERS)
    item = own_item(text, (c0, c1), quantity)
    if _TRAININGS in codes and (
        _HELD_BY_ANOTHER.search(text, item[0], quantity.start)
        or _LECTURES_NOT_ON_LAW.search(text, c0, quantity.start)
        or (_TAKING_PART.search(text, item[0], quantity.start) and _HELD_BY_AFTER.match(text, quantity.end))
    ):
        dropped.add(_TRAININGS)
    if _OFFICERS_IN_POST in codes and (
        _NEW_OFFICERS.match(text, quantity.end)
        or _OFFICERS_TAKING_PART.search(text, c0, quantity.start)
        or _NEW_BEFORE.search(text, item[0], quantity.start)
    ):
        dropped.add(_OFFICERS_IN_POST)  # 参训执法人员860人: those trained, not all in post
    if _RANDOM_OBJECTS in codes and (
        not _AT_RANDOM.search(text, s0, c1)
        or ITEMS_BEFORE.search(text, c0, quantity.start)
        or "发现" in text[c0 : quantity.start]
    ):
        # 开展安全生产大检查，检查企业1200家: inspected, but not at random; 抽查事项824个: the items of the
        # random-check list, not the businesses checked; 对抽查中发现的6家企业…: those found at fault
        dropped.add(_RANDOM_OBJECTS)
    if _INSPECTIONS in codes and _OTHER_BODY.search(text, *item):
        # 市人大常委会开展执法检查5次; 配合7次人大执法检查: a congress's inspection of a law
        dropped.add(_INSPECTIONS)
    if _PROBLEMS_LISTED in codes and (
        _AUDIT.search(text, s0, quantity.start) or _AUDIT.search(text, quantity.end, item[1])
    ):
        # 审计发现问题86个; 发现7个审计问题: audit findings, an oversight count of their own
        dropped.add(_PROBLEMS_LISTED)
    if codes & _DISCLOSURE_CODES and (
        _disclosure_reply(text, c0, quantity.start) or _ONE_TOPICS_ITEMS.search(text, c0, quantity.start)
    ):
        # 本机关不掌握相关政府信息2件: how requests were answered; 疫情防控相关信息204条, 政务动态类信息103条: the
        # items of one topic or class, a part of those published
        dropped |= _DISCLOSURE_CODES
    if (
        _CORRECTION_RATE in codes
        and _OTHER_CORRECTED.search(text, c0, quantity.start)
        and "复议" not in text[s0 : quantity.start]
    ):
        dropped.add(_CORRECTION_RATE)  # 规范性文件备案审查纠错率5%: not reconsideration's
    if codes & DISPUTE_CODES and _PETITION.search(text, item[0], quantity.start):
        # 涉及行政复议的信访事项23件: petitions, not cases (办理信访件12件、受理行政复议案件7件: the cases are)
        dropped |= DISPUTE_CODES
    if _KEY_TASKS in codes and not_the_years_key_tasks(text, clause, quantity):
        dropped.add(_KEY_TASKS)  # 完成…等工作任务22项; 细化9个方面重点任务; 推动十项重点任务落地落实
    if _NORMDOCS_ISSUED in codes and _issued_in_anothers_name(text, s0, item[0], quantity):
        # 以本局名义印发5件，以市政府办公室名义印发2件: the 2 are the government's
        dropped.add(_NORMDOCS_ISSUED)
    if codes & _SUGGESTION_CODES and _members_count(text, s0, c0, quantity.start):
        dropped |= _SUGGESTION_CODES  # 委员们共提出提案356件: the CPPCC's count, not the government's
    return dropped


def _issued_in_anothers_name(text: str, sentence_start: int, item_start: int, quantity: Quantity) -> bool:
    """Whether documents counted are issued in another body's name, which the body drafted for it (承办以省政府名义
    出台的) or beside those the sentence says it issued in its own (以本局名义…)."""
    names = list(_IN_A_NAME.finditer(text, item_start, quantity.start))
    if not names or names[-1].group(1).startswith(("本", "我")):
        return False
    if _DRAFTED_FOR.search(text, item_start, names[-1].start()):
        return True  # 承办以省政府名义出台的规范性文件4件: drafted for the government, issued by it
    end = text.find("。", quantity.end, quantity.end + _NAMES_AFTER)
    return bool(_IN_OWN_NAME.search(text, sentence_start, end if end >= 0 else quantity.end + _NAMES_AFTER))
