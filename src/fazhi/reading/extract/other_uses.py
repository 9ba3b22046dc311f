"""Codes a figure loses because its things serve another use or belong to another body (issue 16, ninth pass).

Papers kept as records are not materials handed out; services of another kind after a legal-service body
are not legal services; the documents of the bodies below filed with the reporter are filings received;
items published are not requests; problems worked on or of another kind are not problems listed; trainings
and talks counted together are neither; a count of bodies before a list's name counts the bodies; a staff's
collective study and one count of study over several bodies are not the executive meeting's study.
The probing pass (forms written for the genre) adds heads in court who spoke, trainings and publicity in one
count, a procuratorate's supervision, a party committee's documents and fines waived. The second probing
pass's rules, read in the sentence around the figure (a party committee's study, a list of powers broken down
by kind, the sentences of another body), live in ``in_context``, which ``another_use`` asks. The fresh
batches' tuning pages add leaders' talks on the law to their colleagues and a clean-up's documents no longer
managed as normative documents.
``narrowing.narrowed`` asks this module alongside its own rules.
"""

from __future__ import annotations

import re

from .in_context import (
    IN_CONTEXT_CODES,
    SENTENCE_BEFORE_CHARS,
    SEVERAL_BODIES,
    in_context,
    names_another_body,
)
from .quantity import Quantity, since_last_figure

_TRAININGS = "education.trainings"
_PROBLEMS_LISTED = "leadership.problems_listed"
# Papers kept or sent on as records (档案资料, 信息资料, 佐证材料), or asked of applicants (减少申请材料120份,
# 精简办事资料), are not materials handed out, unless the clause hands them out or names publicity
# (发放学习资料2000份).
_MATERIALS = "education.materials"
_RECORD_PAPERS = re.compile(
    r"(?:档案|台账|佐证|信息|会议|文字|图片|影像|视频|申报|申请|办事|证明|汇报|工作|案卷)(?:资料|材料)"
)
_HANDED_OUT = re.compile(r"发放|派发|分发|赠送|发送|印发|印制|编印|宣传|普法|法治|法律")
# Services of another kind counted after the legal-service body is named (…公共法律服务工作站和便民服务点，
# 办理便民服务事项1500件): the residents' or the government's services, not legal ones.
_PUBLIC_LEGAL_SERVICES = "disputes.public_legal_services"
_OTHER_SERVICES = re.compile(r"(?:便民|政务|为民|代办|帮办|社会|养老|医疗|就业|社保)服务")
# Documents of the bodies below filed with the reporter (县政府部门规范性文件备案2件) are filings it received,
# not its own filed above.
_NORMDOCS_FILED = "rules.normdocs_filed"
_NORMDOCS_ISSUED = "rules.normdocs_issued"
_BELOW_DOCUMENTS = re.compile(
    r"(?:部门|乡镇|街道|镇街|各区|各县|区县|县区|县市区|下级|所属)[^，。；\d]{0,4}?(?:行政)?规范性文件"
)
_FILED_UPWARD = re.compile(r"[我本](?:局|委|办|厅|部门|中心|单位)[^，。；\d]{0,4}向")
# Items counted in 条 with no request named (全年政府信息公开3200余条) were published, not asked for.
_DISCLOSURE_REQUESTS = "oversight.disclosure_requests"
# Problems studied, solved or remedied (研究…重点难点问题15个, 推动解决实际问题1899个, 整治失信问题83个) were
# worked on, not found and listed for rectification, unless the clause also finds them.
_WORKED_ON = re.compile(
    r"研究|解决|整治|纠治|治理|化解|处理|办理|解答|答复|破解|协调|回应|回复|受理|反映|收集|征集"
)
# ...and problems of another kind (安全隐患, 失信, 信访, 投诉, 群众的法律问题) are not the rule-of-law ones.
# (Problems grid workers found on their rounds, 网格员全年主动发现并处置问题6700余件, are the neighbourhood's.)
_OTHER_PROBLEMS = re.compile(r"隐患|失信|信访|投诉|举报|咨询|法律问题|网格")
_FOUND = re.compile(r"梳理|查找|发现|排查|查摆|自查|检视|反馈|交办|指出|认领|列出|督察|清单|台账")
# Problems an inspection or a review of case files found (实施行政检查一万余次，发现并整改问题1800余个; 评查案卷315件，
# 发现问题62个) are faults of the inspected or the files, unless the sentence names a rule-of-law inspection, a review
# or a campaign on enforcement's own problems (…专项整治…，评查案卷96卷，47个问题全部整改完成, a tuning page's).
_ENFORCEMENT_CHECK = re.compile(
    r"行政检查|执法检查|检查企业|评查|随机抽查|抽查[^，。；]{0,6}(?:企业|对象|主体|案卷)"
)
_RULE_OF_LAW_REVIEW = re.compile(
    r"督察|督查|自查|考核|评估|巡察|巡视|审计|专项整治|法治建设|法治政府|示范创建"
)


def _found_in_enforcement(text: str, s0: int, start: int) -> bool:
    return bool(_ENFORCEMENT_CHECK.search(text, s0, start)) and not _RULE_OF_LAW_REVIEW.search(
        text, s0, start
    )


# A count of bodies right before a list's name (对29个县直部门权责清单进行调整) counts the bodies, not the items; so
# does one before their files (对21个执法部门的行政处罚案卷开展评查).
_BODIES_BEFORE_A_LIST = re.compile(
    r"(?:[省市县区]直|[省市县区]级|所属)?(?:(?:行政)?执法)?(?:部门|单位|乡镇|街道|镇街|机关)"
)
_BODY_CODES = frozenset(
    {"enforcement.bodies", "disputes.mediation_organizations", "education.demo_communities"}
)
_RANDOM_OBJECTS = frozenset({"enforcement.random_inspection_objects"})
# 对 before the count: the bodies are what the act reached (对市本级292家单位进行了随机监督抽查).
_OBJECTS_OF = re.compile(r"对[^，。；\d]{0,6}$")
# One count over trainings and talks given (专题培训宣讲160余场次) is neither's, as 培训、讲座 is not a training.
_ACTIVITIES = "education.activities"
# ...and so is one over trainings and publicity or law-education events named in one list (法治培训和普法
# 宣传活动共计420场, 普法宣传和法治培训活动, 法治培训班和普法讲座共50期).
_TRAININGS_AND_PUBLIC_TALKS = re.compile(
    r"培训[、和及与]?宣讲|宣讲[、和及与]?培训"
    r"|培训[^，。；\d]{0,2}[、和及与][^，。；\d]{0,4}?(?:宣传|普法|宣讲)"
    r"|(?:宣传|普法|宣讲)[^，。；\d]{0,2}[、和及与][^，。；\d]{0,4}?培训"
)
_PRE_MEETING_STUDY = "leadership.pre_meeting_study_sessions"
# Collective study of a body's staff (局机关集体学法, 干部职工集体学法) is not its meeting's study.
_STAFF = r"机关|职工|干部|党员|全体|公职人员|工作人员"
_STAFF_STUDY = re.compile(_STAFF)
# ...and it is the meeting's only where the sentence names the government or its meeting (县政府集体学法12次).
_GOVERNMENT = re.compile(r"政府|会")
# One count of study over the executive meeting and a party theory group or school named in one list
# (理论学习中心组、政府常务会议、党校…学习…，开展学习1000余场): not the meeting's own study.
_STUDY_BODIES = re.compile(
    r"(?:中心组|党校)[^，。；\d]{0,16}、[^，。；\d]{0,8}常务会|常务会议?[^，。；\d]{0,16}、[^，。；\d]{0,16}(?:中心组|党校)"
)
# Tenth pass. Off-campus tutoring (校外培训, 培训机构) is a trade an education bureau oversees: its firms,
# inspectors and monitors are no training held, and people hired (聘请25名…监督员) are not people trained.
_TRAINING_CODES = frozenset({_TRAININGS, "enforcement.officers_trained"})
_TUTORING = re.compile(r"校外培训|培训(?:机构|学校)")
_TUTORING_AFTER = re.compile(r"[家个所名人]?[^，。；\d]{0,4}?(?:校外培训|培训(?:机构|学校))")
_HIRED_BEFORE = re.compile(r"(?:聘请|聘任|选聘|聘用|招聘|选派)[^，。；\d]{0,4}$")
# The study of a body's own leaders or staff (班子成员开展学法活动4次) is no law-education event for the
# public, unless its clause names publicity too.
_OWN_PEOPLE = re.compile(r"班子|领导|成员|公务员|" + _STAFF)
_PUBLICITY = re.compile(r"宣传|普法|宣讲|送法")
# Leaders who take turns to speak on the law (部门负责人轮流讲法, 领导干部“以案释法”) teach their colleagues:
# officials' study, not law education for the public, unless the clause names the public they went to
# (fresh batches, 4 December).
_LEADERS_SPEAKING = re.compile(r"(?:领导|负责人|一把手)[^，。；\d]{0,10}?讲法")
_TO_THE_PUBLIC = re.compile(
    r"群众|村民|居民|市民|学生|师生|企业|商户|进(?:社区|村|农村|乡村|校园|学校|企业|家庭|单位)|下乡"
)
# A clean-up's documents no longer managed as normative documents (不再作为规范性文件管理40件) are
# neither retained, abolished nor declared void: a kind of their own.
_NORMDOCS_CODES = frozenset({"rules.normdocs_retained", "rules.normdocs_abolished", "rules.normdocs_expired"})
_FRESH_BATCH_CODES = _NORMDOCS_CODES | {_ACTIVITIES}
_NONE: frozenset[str] = frozenset()
_NO_LONGER_NORMDOCS = re.compile(
    r"不(?:再|予)?(?:作为|纳入|按)[^，。；、\d]{0,8}?规范性文件(?:进行)?管理|(?:转为|调整为|改为)一般性?文件"
)
# Eighth session. Officials' seminars and reading groups (开展研讨交流活动24次, 读书会, 座谈) are their own
# study of the law, not law education for the public, unless the clause names publicity or the public.
# So is their attending a court's hearing (开展领导干部旁听庭审活动3次, 观摩庭审), and their own study sessions
# (全年组织集中学法活动4次).
_OFFICIALS_OWN_STUDY = re.compile(
    r"研讨|读书|座谈|旁听庭审|庭审旁听|观摩庭审|庭审观摩|集中学法|学法活动|学习活动"
)
# Publicity boards and columns counted in issues (法治宣传栏40余期, 普法专栏12期) are papers put up, not events.
# The board is the figure's noun (the last words before it), not a place an event was held (利用宣传栏开展讲座).
_BOARD_ISSUES = re.compile(
    r"(?:宣传|普法|法治)[^，。；\d]{0,2}(?:栏|专栏|橱窗|板报|展板|墙报|长廊)(?:内容|版面)?(?:共|累计|共计)?[约近]?$"
)


def _for_the_public(text: str, c0: int, c1: int) -> bool:
    """The clause names publicity (宣传, 普法) or the public it went to (群众, 进社区)."""
    return bool(_PUBLICITY.search(text, c0, c1) or _TO_THE_PUBLIC.search(text, c0, c1))


# The work of building rule-of-law government (法治政府建设示范创建观摩活动, 法治建设督察) is no law education
# for the public, unless the clause names publicity or the public.
_GOVERNMENT_BUILDING = re.compile(r"法治(?:政府|建设|督察)|示范创建")
# A catalogue count over several bodies (全市各县区共编制重大行政决策目录事项63项) is no one government's.
# ...and neither is checking or rating work (法治体检活动, 履职评议活动, 案卷评查活动), though its name may
# quote a slogan of law education (“谁执法谁普法”履职评议).
_CHECKING_WORDS = r"(?:体检|评议|评查|督查|督察|督导|巡查|检查|考核|评估|验收)(?:服务|工作)?活动"
_CHECKING_EVENT = re.compile(_CHECKING_WORDS)
# (or named right after the figure: 开展3次专项督导活动)
_CHECKING_EVENT_AFTER = re.compile(r"[^，。；、\d]{0,6}?" + _CHECKING_WORDS)
_CATALOG_ITEMS = "decisions.catalog_items"
_EIGHTH_SESSION_CODES = frozenset({_ACTIVITIES, _CATALOG_ITEMS})
# The decisions the hearings' list names (重大行政决策听证事项2项) are those of the catalogue to be heard in
# public, a list of their own.
_HEARING_ITEMS = re.compile(r"听证(?:事项|目录)[^，。；\d]{0,4}$")
# ...and the items the catalogue gained, lost or changed in the year (调整重大行政决策事项2项) are a change.
# The change is the clause's act, at its start (the list after its change is the catalogue: 调整后最终纳入决策事项
# 14项; nor is a change a decision's own name: “市区中小学布局调整”等5项, 征地区片综合地价调整等决策事项4项).
_CATALOG_CHANGED = re.compile(
    r"[^，。；\d]{0,6}?(?:调整|新增|增加|删除|删减|取消|减少|变更|撤销|移出|调出)(?!后)[^，。；\d“”\"等]{0,12}$"
)
# Licences and decisions gathered into an e-licence store (归集律师执业证…份, 归集…电子证照) are papers
# collected, whatever field a bracket names (行政审批决定书（法律援助）2100份).
_GATHERED = re.compile(r"归集|汇聚|汇集")
_LICENCES = re.compile(r"证照|执业证|许可证|决定书")
# A fair-competition review (公平竞争审查) of documents or contracts is not their legality review, unless the
# figure's clause names that review too (合法性审查和公平竞争审查15件).
_LEGALITY_REVIEWED = frozenset({"rules.normdocs_reviewed", "decisions.contracts_reviewed"})
_DIGIT = re.compile(r"\d")
# Cases lawyers took on for their clients (全市律师代理行政诉讼案件320件) are the bar's work, not the government's
# cases; cases the government entrusted to lawyers (委托律师代理…) are its own.
_CASE_CODES = frozenset({"disputes.litigation_cases", "disputes.reconsideration_cases"})
_LAWYERS_TOOK_ON = re.compile(r"律师[^，。；\d]{0,6}?(?:代理|办理|承办)")
_ENTRUSTED = re.compile(r"委托|聘请|聘用")
_TENTH_PASS_CODES = _TRAINING_CODES | _LEGALITY_REVIEWED | _CASE_CODES | {_ACTIVITIES}
# Probing pass (forms written for the genre). The share of heads in court who also spoke (出庭出声率,
# 发声率) is a rate of its own, not the share of hearings a head attended.
_HEAD_APPEARANCE_RATE = "disputes.head_appearance_rate"
_SPOKE = re.compile(r"出声|发声|讲话|说话")
# The staff's appearance in court (被诉行政机关工作人员出庭应诉率91.87%) is not the heads'.
_STAFF_APPEARED = re.compile(r"工作人员出庭")
# A village or community honoured for another theme than the rule of law (乡村治理示范村, 美丽乡村示范村,
# 文明示范社区) is no demonstration village of democracy and the rule of law.
_DEMO_COMMUNITIES = "education.demo_communities"
_THEME_AFTER = 12
_OTHER_THEME = re.compile(
    r"(?:乡村治理|美丽乡村|和美乡村|文明|卫生|森林|生态|旅游|绿色|平安|和谐|健康|宜居|特色|电商|数字|善治|康养|精品|产业|"
    r"党建|红色|民族团结|未来|安全|防震|减灾|科普|地震)[^，。；\d法]{0,6}示范"
)
# A procuratorate's supervision of lawsuits or reconsideration (行政诉讼监督案件) is its own work, not the
# cases brought against the government.
_SUPERVISED = re.compile(r"(?:诉讼|复议|应诉|检察)监督")
# Documents a party committee issues (县委出台规范性文件, 党内规范性文件) are not the government's, unless the
# clause names the government as their issuer too (县委、县政府印发).
# A bureau's party group (局党组研究出台…) decides the bureau's own documents: only a region's committee counts.
_PARTY_ISSUER = re.compile(r"党内|(?<!社)[省市县区州旗]委(?![员会])")
# Fines waived, reduced or paid back (减免罚款85万元, 退还罚没款12万元) are money not collected.
_PENALTY_AMOUNT = "enforcement.penalty_amount"
_WAIVED = re.compile(r"减免|免除|免予|免于|减少|少罚|退还|返还|减轻")
_PROBING_PASS_CODES = _CASE_CODES | {_HEAD_APPEARANCE_RATE, _NORMDOCS_ISSUED, _PENALTY_AMOUNT}


def another_use(codes: set[str], text: str, clause: tuple[int, int, int], quantity: Quantity) -> set[str]:
    """The codes of ``codes`` a figure loses because its things serve another use or belong to another
    body (ninth pass): papers kept as records, services of another kind than legal ones, documents filed
    from below, items published, problems worked on or of another kind, trainings and talks counted
    together, bodies counted before a list's name, a staff's collective study, study over several bodies;
    the tenth pass's (``_tenth_pass``); the probing pass's: heads in court who spoke, trainings and
    publicity counted together, a procuratorate's supervision, a party committee's documents, fines waived;
    and the second probing pass's (``in_context``)."""
    s0, c0, c1 = clause
    # (The ninth pass's rules of one code each are asked only for a figure of one of their codes.)
    dropped = _ninth_pass(codes, text, clause, quantity) if not codes.isdisjoint(_NINTH_PASS_CODES) else set()
    if quantity.unit in ("个", "家") and _BODIES_BEFORE_A_LIST.match(text, quantity.end):
        # 对29个县直部门权责清单进行动态调整: departments, not items; but 对292家单位进行了随机监督抽查 counts the
        # units a random inspection reached, its objects
        kept = _BODY_CODES | _RANDOM_OBJECTS if _OBJECTS_OF.search(text, c0, quantity.start) else _BODY_CODES
        dropped |= codes - kept
    fresh = codes & _FRESH_BATCH_CODES  # (a test, not a branch of its own: this function has enough)
    dropped |= _fresh_batches(codes, text, (c0, c1), quantity) if fresh else _NONE
    eighth = codes & _EIGHTH_SESSION_CODES
    dropped |= _eighth_session(codes, text, (c0, c1), quantity) if eighth else _NONE
    if codes & _PROBING_PASS_CODES:
        dropped |= _probing_pass(codes, text, c0, quantity.start)
    words = text[s0 : quantity.start]
    # Cheap tests first (``in``, no call): most figures name none of the second probing pass's things.
    another_body = names_another_body(words) or (
        s0 > 0
        and text[s0 - 1] in "。！？"
        and names_another_body(text[max(0, s0 - SENTENCE_BEFORE_CHARS) : s0])
    )
    if another_body or quantity.unit == "项" or codes & IN_CONTEXT_CODES:
        dropped |= in_context(codes, text, clause, quantity, another_body=another_body)
    if _DEMO_COMMUNITIES in codes and _OTHER_THEME.search(text, s0, min(c1, quantity.end + _THEME_AFTER)):
        dropped.add(_DEMO_COMMUNITIES)  # 乡村治理示范村镇名单出炉，…1329个村成为示范村: another honour
    if codes & _TENTH_PASS_CODES or "归集" in words or "汇" in words:
        dropped |= _tenth_pass(codes, text, clause, quantity)
    if codes & _PARTY_DOCUMENT_CODES:
        dropped |= _party_documents(codes, text, (s0, c0), quantity.start)
    own = text[c0 : quantity.start]
    if (
        _NORMDOCS_ISSUED in codes
        and "印发的" in own
        and "清理" not in own
        and _PAST_YEARS_CLEANED.search(text, s0, c0)
    ):
        # 集中清理自党的十八大以来，…印发的规范性文件共6件: the documents of past years a clean-up in an earlier
        # clause took up (one in the figure's own clause makes them the clean-up's count: documents.py)
        dropped.add(_NORMDOCS_ISSUED)
    return dropped


# The Party's own documents reviewed or filed with its committee (审查“下备一级”党内规范性文件95件，向市委
# 报备规范性文件23件，报备率100%) are not the government's normative documents.
_NORMDOCS_FILING_RATE = "rules.normdocs_filing_rate"
_PARTY_DOCUMENT_CODES = frozenset(
    {"rules.normdocs_reviewed", _NORMDOCS_FILED, "rules.normdocs_filing_reviewed", _NORMDOCS_FILING_RATE}
)
_FILED_WITH_THE_PARTY = re.compile(r"向[省市县区州旗盟]委(?:办公室|办公厅)?(?:报备|备案)")
# A clean-up of the documents of past years (集中清理自党的十八大以来…印发的规范性文件共6件).
_PAST_YEARS_CLEANED = re.compile(r"清理[^。；]{0,20}以来")


def _party_documents(codes: set[str], text: str, starts: tuple[int, int], start: int) -> set[str]:
    """The normative documents' codes a figure of the Party's documents loses: those its clause names as the
    Party's (党内) or as filed with a Party committee, and the filing rate the clause before names so."""
    s0, c0 = starts
    if "党内" in text[c0:start] or _FILED_WITH_THE_PARTY.search(text, c0, start):
        return codes & _PARTY_DOCUMENT_CODES
    if _NORMDOCS_FILING_RATE in codes and _FILED_WITH_THE_PARTY.search(text, s0, c0):
        return {_NORMDOCS_FILING_RATE}
    return set()


_NINTH_PASS_CODES = frozenset(
    {
        _MATERIALS,
        _PUBLIC_LEGAL_SERVICES,
        _NORMDOCS_FILED,
        _DISCLOSURE_REQUESTS,
        _PROBLEMS_LISTED,
        _ACTIVITIES,
        _TRAININGS,
        _PRE_MEETING_STUDY,
    }
)


def _ninth_pass(codes: set[str], text: str, clause: tuple[int, int, int], quantity: Quantity) -> set[str]:
    """The ninth pass's rules of one code each (``another_use`` asks them only for a figure of one of
    ``_NINTH_PASS_CODES``; ``tests/reading/test_narrowing_families.py`` keeps the two in step)."""
    s0, c0, c1 = clause
    dropped: set[str] = set()
    if (
        _MATERIALS in codes
        and _RECORD_PAPERS.search(text, c0, min(c1, quantity.end + 6))
        and not _HANDED_OUT.search(text, c0, c1)
    ):
        dropped.add(_MATERIALS)  # 收集整理档案资料300余份: records, not materials handed out
    if _PUBLIC_LEGAL_SERVICES in codes and _OTHER_SERVICES.search(text, c0, quantity.start):
        dropped.add(_PUBLIC_LEGAL_SERVICES)  # 升级…公共法律服务工作站…，办理便民服务事项1500件
    if (
        _NORMDOCS_FILED in codes
        and _BELOW_DOCUMENTS.search(text, c0, quantity.start)
        and not _FILED_UPWARD.search(text, c0, quantity.start)
    ):
        # 县政府部门规范性文件备案2件: filings received from below (我局向县政府报送备案部门规范性文件3件: the
        # department's own, filed upward)
        dropped.add(_NORMDOCS_FILED)
    if _DISCLOSURE_REQUESTS in codes and quantity.unit == "条" and "申请" not in text[c0:c1]:
        dropped.add(_DISCLOSURE_REQUESTS)  # 全年政府信息公开3200余条: items published
    if _PROBLEMS_LISTED in codes and (
        (_WORKED_ON.search(text, c0, quantity.start) and not _FOUND.search(text, c0, quantity.start))
        or _OTHER_PROBLEMS.search(text, c0, quantity.start)
        or _found_in_enforcement(text, s0, quantity.start)
    ):
        # 推动解决实际问题1899个: solved; 排查安全隐患问题: hazards; 评查案卷315件，发现问题62个: the files' faults
        dropped.add(_PROBLEMS_LISTED)
    if codes & {_ACTIVITIES, _TRAININGS} and _TRAININGS_AND_PUBLIC_TALKS.search(text, c0, quantity.start):
        dropped |= {_ACTIVITIES, _TRAININGS}  # 开展…专题培训宣讲160余场次: trainings and talks in one count
    if (
        _PRE_MEETING_STUDY in codes
        and "集体学法" in text[c0:c1]
        and (_STAFF_STUDY.search(text, c0, quantity.start) or not _GOVERNMENT.search(text, s0, c1))
    ):
        dropped.add(_PRE_MEETING_STUDY)  # 局机关集体学法15场次: the staff's study, not the meeting's
    if (
        _PRE_MEETING_STUDY in codes
        and _STUDY_BODIES.search(text, s0, quantity.start)
        # (a clause of its own that names the meeting alone counts the meeting's study: 强化…中心组、
        # 政府常务会议学法制度，2019年市政府常务会议集体学法8次)
        and ("常务会" not in text[c0 : quantity.start] or _STUDY_BODIES.search(text, c0, quantity.start))
    ):
        dropped.add(_PRE_MEETING_STUDY)  # 理论学习中心组、政府常务会议…学习…，开展学习1000余场
    return dropped


def _fresh_batches(codes: set[str], text: str, clause: tuple[int, int], quantity: Quantity) -> set[str]:
    """The fresh batches' codes of another use (4 December): leaders' talks to their colleagues, and a
    clean-up's documents no longer managed as normative documents. ``clause`` is (start, end)."""
    c0, c1 = clause
    start = quantity.start
    dropped: set[str] = set()
    if (
        _ACTIVITIES in codes
        and "讲法" in text[c0:start]
        and _LEADERS_SPEAKING.search(text, c0, start)
        and not _TO_THE_PUBLIC.search(text, c0, c1)
    ):
        dropped.add(_ACTIVITIES)  # 部门主要领导轮值讲法36场次: the leaders' talks to colleagues
    if codes & _NORMDOCS_CODES:
        item = max(c0, text.rfind("、", c0, start) + 1)
        if _NO_LONGER_NORMDOCS.search(text, item, start):
            dropped |= _NORMDOCS_CODES  # 宣布失效11件、不再作为规范性文件管理40件
    return dropped


def _eighth_session(codes: set[str], text: str, clause: tuple[int, int], quantity: Quantity) -> set[str]:
    """The eighth session's codes of another use or body: officials' seminars, publicity boards counted in
    issues and the work of building rule-of-law government counted as activities, a decisions catalogue
    over several bodies (the decisions reviewed are ``list_codes``'s). ``clause`` is (start, end)."""
    c0, c1 = clause
    start, end = quantity.start, quantity.end
    dropped: set[str] = set()
    if _ACTIVITIES in codes and (
        (_OFFICIALS_OWN_STUDY.search(text, c0, start) and not _for_the_public(text, c0, c1))
        or (quantity.unit == "期" and _BOARD_ISSUES.search(text[c0:start]))
    ):
        dropped.add(_ACTIVITIES)  # 开展研讨交流活动24次: officials' seminars; 法治宣传栏40余期: boards
    if (
        _ACTIVITIES in codes
        and _GOVERNMENT_BUILDING.search(text, c0, start)
        and not _for_the_public(text, c0, c1)
    ):
        dropped.add(_ACTIVITIES)  # 开展法治政府建设示范创建观摩活动2次: the government's own work
    if _ACTIVITIES in codes and (
        _CHECKING_EVENT.search(text, c0, start) or _CHECKING_EVENT_AFTER.match(text, end)
    ):
        dropped.add(_ACTIVITIES)  # 开展法治体检活动200余次: checking work, not law education
    if _CATALOG_ITEMS in codes and SEVERAL_BODIES.search(text, c0, start):
        dropped.add(_CATALOG_ITEMS)  # 全市各县区共编制重大行政决策目录事项63项: several governments'
    if _CATALOG_ITEMS in codes and (
        _HEARING_ITEMS.search(text, c0, start) or _CATALOG_CHANGED.fullmatch(text, c0, start)
    ):
        # 公布重大行政决策事项5项，重大行政决策听证事项2项: the hearings' list; 调整重大行政决策事项2项: a change
        dropped.add(_CATALOG_ITEMS)
    return dropped


def _names_legality(text: str, review: int, clause_start: int) -> bool:
    """Whether the clause holding the fair-competition review at ``review`` (before ``clause_start``) names
    the legality review too."""
    start = max(text.rfind(mark, 0, review) for mark in "，。；：,")
    end = min(
        (i for i in (text.find(mark, review, clause_start) for mark in "，。；：,") if i != -1),
        default=clause_start,
    )
    return "合法性" in text[start + 1 : end]


def _tenth_pass(codes: set[str], text: str, clause: tuple[int, int, int], quantity: Quantity) -> set[str]:
    """The tenth pass's codes of another use: the tutoring trade, people hired, a staff's study of the
    law, a fair-competition review, cases lawyers took on, papers gathered into an e-licence store."""
    s0, c0, c1 = clause
    dropped: set[str] = set()
    start, end = quantity.start, quantity.end
    if codes & _TRAINING_CODES and (
        _TUTORING.search(text, c0, start)
        or _TUTORING_AFTER.match(text, end)
        or _HIRED_BEFORE.search(text, c0, start)
    ):
        dropped |= _TRAINING_CODES  # 检查校外培训机构136家; 聘请25名校外培训社会监督员
    if (
        _ACTIVITIES in codes
        and "学法" in text[c0:c1]
        and _OWN_PEOPLE.search(text, c0, c1)
        and not _PUBLICITY.search(text, c0, c1)
    ):
        dropped.add(_ACTIVITIES)  # 班子成员共计开展学法活动4次: the leaders' own study
    words = text[s0:start]
    if codes & _LEGALITY_REVIEWED and "公平竞争" in words and "合法性" not in text[c0:c1]:
        # ...unless an earlier clause counted the fair-competition review itself (开展公平竞争审查35项，
        # 审核各类合同710份): the next count is of another review
        review = s0 + words.rfind("公平竞争")
        # ...nor when that clause names the legality review beside it (落实合法性审核和公平竞争审查机制，
        # 审查合同11份): a list of mechanisms, and the next clause's count its own act's
        if review >= c0 or not (_DIGIT.search(text, review, c0) or _names_legality(text, review, c0)):
            dropped |= _LEGALITY_REVIEWED  # 对…规范性文件开展公平竞争审查8件: not the legality review
    if (
        codes & _CASE_CODES
        and _LAWYERS_TOOK_ON.search(text, c0, start)
        and not _ENTRUSTED.search(text, c0, start)
    ):
        dropped |= _CASE_CODES  # 全市律师代理行政诉讼案件320件: the bar's cases
    if ("归集" in words or "汇" in words) and _GATHERED.search(words) and _LICENCES.search(words):
        dropped |= codes  # 归集…行政审批决定书（法律援助）2100份: papers gathered, not cases
    return dropped


def _probing_pass(codes: set[str], text: str, c0: int, start: int) -> set[str]:
    """The probing pass's codes of another thing: heads in court who spoke, a procuratorate's
    supervision of cases, a party committee's documents, fines waived (words from the clause start ``c0``)."""
    dropped: set[str] = set()
    if _HEAD_APPEARANCE_RATE in codes and _SPOKE.search(text, c0, start):
        dropped.add(_HEAD_APPEARANCE_RATE)  # 负责人出庭出声率100%: who spoke, not who attended
    if (
        _HEAD_APPEARANCE_RATE in codes
        and _STAFF_APPEARED.search(text, c0, start)
        and "负责人" not in text[c0:start]
    ):
        dropped.add(_HEAD_APPEARANCE_RATE)  # 工作人员出庭应诉率91.87%: the staff's, not the heads'
    if codes & _CASE_CODES and _SUPERVISED.search(text, c0, start):
        dropped |= _CASE_CODES  # 检察院办理行政诉讼监督案件21件: the procuratorate's supervision
    if _NORMDOCS_ISSUED in codes and _PARTY_ISSUER.search(text, c0, start) and "政府" not in text[c0:start]:
        dropped.add(_NORMDOCS_ISSUED)  # 县委出台规范性文件8件: the party committee's documents
    if _PENALTY_AMOUNT in codes:
        if _WAIVED.search(text, since_last_figure(text, c0, start), start):
            dropped.add(_PENALTY_AMOUNT)  # 减免罚款金额85万元: money waived, not collected
    return dropped
