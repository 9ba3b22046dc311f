"""Codes a figure loses because its sentence counts another thing under the same words (issue 16, twelfth
and thirteenth sessions, and the sixteenth's tuning misses).

A fair-competition review's documents are not normative documents cleaned up; items under the Party's rule
for big matters are no catalogue's; bodies counted, or a lawsuit's cause, are not penalty cases; materials
posted online were not handed out; requests are the hotline's only where a hotline or the public's calls
are named, and hotlines merged count lines; case files given a legal review, entered or filed are not files
evaluated; penalties a court heard are lawsuits; items counted in 条 are pieces of information; permits
handled one way are a part of the permit list; inspections of the government's own bodies supervise them;
all legal reviews counted, with the major decisions a part, are reviews of every kind; decisions taken in
the year are not the catalogue's items, nor inspection tasks a plan set the batches carried out.
``narrowing.narrowed`` asks this family for the figures of its codes (``ANOTHER_THING_CODES``).
"""

from __future__ import annotations

import re

from .documents import refused_filing
from .quantity import Quantity, after_counted_items, inside_book_title, own_item

_PENALTY_CASES = "enforcement.penalty_cases"
_NORMDOCS_ISSUED = "rules.normdocs_issued"
_PERMIT_ITEMS = "functions.permit_items"
_HOTLINE_REQUESTS = "oversight.hotline_requests"
# What a clean-up kept, abolished or declared void (保留12项) is of documents only where its sentence
# names papers: after 清理证明事项84项 it is of certification requirements or list items.
CLEAN_UP_CODES = frozenset({"rules.normdocs_retained", "rules.normdocs_abolished", "rules.normdocs_expired"})
# Cases are decided in 件, 起, 宗; 事项 counted in 项 are items of a list of powers (处罚事项156项,
# 不予处罚事项清单12项), whatever their topic, and what is counted in 条 is pieces of information.
CASES_NOT_ITEMS = frozenset(
    {"enforcement.penalty_cases", "enforcement.minor_exemptions", "enforcement.major_decisions_reviewed"}
)
# A fair-competition review's policy documents (公平竞争审查…排查政策措施文件68份，废止18份) are not normative
# documents cleaned up, unless the sentence names them so.
_FAIR_COMPETITION = re.compile(r"公平竞争")
# Nor are policy documents named as such (24部涉企政策文件的评估清理).
_POLICY_DOCUMENTS_AFTER = re.compile(r"[^，。；、\d规]{0,8}?政策(?:措施)?文件")
_DOCUMENTS_ACTED_ON = CLEAN_UP_CODES | {"rules.normdocs_cleaned"}
# Items reported under the Party's rule for big matters (向区委报告“三重一大”决策事项8个) are no catalogue's.
_CATALOG_ITEMS = "decisions.catalog_items"
# Decisions taken in the year (全年作出重大行政决策110项), or matters a meeting deliberated (召开党委会65次，
# 审议决策事项828项), are not the catalogue's items: a catalogue lists what is planned, and what was
# decided is counted whether it was listed or not.
# (or chosen from past years' for a post-evaluation: 选取往年1项重大行政决策事项《…》)
_DECISIONS_TAKEN = re.compile(r"[作做]出|审议|研究|讨论|审核|审查|选取|抽取|往年")
# Decisions put out for comment (就5项重大决策事项公开征求意见) are a part of them, not the catalogue.
_CONSULTED_AFTER = re.compile(r"[^，。；\d]{0,12}?征求(?:公众)?意见")
# Inspection tasks a plan set (制定年度双随机抽查任务86项) are not the batches carried out.
RANDOM_BATCH_CODES = frozenset({"enforcement.random_inspection_batches", "enforcement.random_joint_batches"})
_TASKS_PLANNED = re.compile(r"制定|编制|下达|确定|部署|计划|拟|安排")
# Bodies counted (对全区77个行政处罚执法主体集中清理) are not cases.
_BODIES_AFTER = re.compile(r"[^，。；\d]{0,8}?执法主体")
# Materials posted online (微信公众号推送法治学习资料30余条) were not handed out.
_MATERIALS = "education.materials"
_POSTED = re.compile(r"推送|公众号|微信|微博|网站|专栏|客户端|抖音")
_HANDED_OUT = re.compile(r"发放|印发|赠送|派发|分发|印制")
# Requests are the hotline's only where the sentence names a hotline or the public's calls: a business's
# requests met by a service scheme (“服务包”机制解决企业诉求327项) are not.
# A count of cases whose cause follows it (复议申请3宗，其中1宗案由为行政处罚): the cases of the sentence's
# kind (reconsideration, lawsuits), by the decision they are about.
_CAUSE_AFTER = re.compile(r"[^，。；\d]{0,2}?案由")
_HOTLINE_NAMED = re.compile(r"12345|12340|热线|工单|接诉|来电|投诉|市民|群众|便民")
# Hotlines merged into one (整合各类热线21条, 31条热线并入12345) count lines, not the requests they took.
_HOTLINES_MERGED = re.compile(r"整合|归并|并入|撤并|融合|接入")
# A sector's own hotline (12333 for social security, 12366 for tax, 12315 for consumers) is not the
# government's 12345, unless the clause names 12345 too.
_SECTOR_HOTLINE = re.compile(r"123(?!45)\d\d")
# Case files given their legal review before a decision (法制审核, 审核行政处罚案卷121件), or entered,
# filed or uploaded (录入行政检查案卷50宗), are not the files evaluated after it (案卷评查).
_CASE_FILES_REVIEWED = "enforcement.case_files_reviewed"
_LEGAL_REVIEW_OF_FILES = re.compile(r"审核|录入|归档|上传|立卷")
_FILES_EVALUATED = re.compile(r"评查|抽查|(?<!行政)检查(?!案卷)|评审")
# Inspections of the government's own bodies (对12个部门开展执法监督检查3次) supervise their enforcement;
# they are not the administrative inspections the bodies make of businesses and people.
_INSPECTIONS = "enforcement.inspections"
_BODIES_SUPERVISED = re.compile(r"执法监督|对[^，。；]{0,16}(?:部门|单位|乡镇|街道|执法机关)")
# Places checked (累计检查点位3469个) are counted, not the inspections made.
_PLACES_CHECKED = re.compile(r"点位[^，。；\d]{0,2}$")
# All legal reviews counted (完成法制审核472宗) with the major enforcement decisions a part of them after
# 其中: the reviews of every kind, not of the major decisions alone.
_MAJOR_DECISIONS_REVIEWED = "enforcement.major_decisions_reviewed"
_MAJOR_DECISIONS_A_PART = re.compile(r"[^。；]{0,30}?其中[^。；]{0,40}?重大(?:行政)?执法决定")
# ...or reviews of every paper, contracts among them in brackets after the count (48份（含合同37份…）).
_CONTRACTS_AMONG = re.compile(r"[（(][^（）()]{0,30}?合同")
# Penalty cases a court heard (出庭应诉…5起诉我局行政处罚案, 行政处罚类诉讼案件) are lawsuits; words of a list's
# next item (办理行政处罚案件12件、办理行政应诉案件7件) are not the figure's.
_SUED_OVER = re.compile(r"应诉|起诉|诉讼|诉我")
# How far after the figure its own words may name the lawsuit (5起诉我局行政处罚案).
_SUED_OVER_REACH = 12

# Permits handled one way (告知承诺制, 跨省通办) are a part of the permit list, not its length.
_PERMITS_HANDLED_ONE_WAY = re.compile(r"告知承诺|通办")


# A filing rate in a sentence that files major penalties, coercions or enforcement decisions and names no
# document: their rate, not the normative documents'.
FILING_RATES = frozenset(
    {
        "rules.normdocs_filing_rate",
        "rules.normdocs_filing_timely_rate",
        "rules.normdocs_filing_conformity_rate",
    }
)
# Files a review found faulty (发现问题案卷46卷, 整改问题案卷135份) are a part of those reviewed.
# (or said before the count: 对发现问题的61份案卷逐一督促整改)
_FAULTY_FILES = re.compile(r"(?:问题|不合格|不规范|瑕疵)案卷[^，。；\d]{0,2}$|(?:发现|存在)问题的$")
# Case files counted in one figure with other papers (上会议题、合同、执法案卷等300余件).
_PAPERS_WITH_FILES = re.compile(r"(?:合同|议题)[^，。；\d]{0,12}?案卷|案卷[^，。；\d]{0,12}?(?:合同|议题)")
_OTHER_FILINGS = re.compile(r"重大(?:行政)?(?:处罚|强制|执法决定)")
ANOTHER_THING_CODES = frozenset(
    {
        *FILING_RATES,
        *_DOCUMENTS_ACTED_ON,
        _CATALOG_ITEMS,
        _PENALTY_CASES,
        _MATERIALS,
        _HOTLINE_REQUESTS,
        _CASE_FILES_REVIEWED,
        *CASES_NOT_ITEMS,
        _PERMIT_ITEMS,
        _INSPECTIONS,
        _MAJOR_DECISIONS_REVIEWED,
        *RANDOM_BATCH_CODES,
    }
)


def another_thing(codes: set[str], text: str, clause: tuple[int, int, int], quantity: Quantity) -> set[str]:
    """The codes of ``codes`` a figure loses because its sentence counts another thing under the same
    words (twelfth session): a fair-competition review's documents, items under 三重一大, bodies, materials
    posted online, a business's requests; permits handled one way, penalties counted as pieces of
    information (thirteenth); decisions taken, not catalogued, and inspection
    tasks a plan set (seventeenth)."""
    s0, c0, c1 = clause
    dropped: set[str] = set()
    if codes & _DOCUMENTS_ACTED_ON:
        dropped |= _policy_documents(codes, text, (s0, c1), quantity)
    if _CATALOG_ITEMS in codes and (
        "三重一大" in text[c0 : quantity.end + 8]
        or (
            (_DECISIONS_TAKEN.search(text, c0, quantity.start) or _CONSULTED_AFTER.match(text, quantity.end))
            and "目录" not in text[c0 : min(c1, quantity.end + 8)]
        )
    ):
        # 向区委报告“三重一大”决策事项8个; 全年作出重大行政决策110项; 审核…重大决策事项5项: reviewed;
        # 就5项重大决策事项公开征求意见: put out for comment
        dropped.add(_CATALOG_ITEMS)
    if _PENALTY_CASES in codes and (
        _BODIES_AFTER.match(text, quantity.end) or _CAUSE_AFTER.match(text, quantity.end)
    ):
        dropped.add(_PENALTY_CASES)  # 1宗案由为行政处罚后的强制执行: a lawsuit's cause, not a penalty case
    if (
        _MATERIALS in codes
        and _POSTED.search(text, c0, quantity.start)
        and not _HANDED_OUT.search(text, c0, quantity.start)
    ):
        dropped.add(_MATERIALS)
    if _HOTLINE_REQUESTS in codes and (
        not _HOTLINE_NAMED.search(text, s0, c1)
        or (quantity.unit in ("条", "个", "部") and _HOTLINES_MERGED.search(text, c0, c1))
        or (_SECTOR_HOTLINE.search(text, c0, quantity.start) and "12345" not in text[c0:c1])
    ):
        dropped.add(_HOTLINE_REQUESTS)
    if (
        _CASE_FILES_REVIEWED in codes
        and _LEGAL_REVIEW_OF_FILES.search(text, c0, quantity.start)
        and not _FILES_EVALUATED.search(text, c0, c1)
    ):
        dropped.add(
            _CASE_FILES_REVIEWED
        )  # 审核行政处罚案卷121件: reviewed before the decision, not evaluated
    if _INSPECTIONS in codes and (
        _BODIES_SUPERVISED.search(text, c0, quantity.start)
        or _PLACES_CHECKED.search(text, c0, quantity.start)
    ):
        dropped.add(_INSPECTIONS)  # 对12个部门开展执法监督检查3次; 累计检查点位3469个
    if (
        _MAJOR_DECISIONS_REVIEWED in codes
        and "重大" not in text[c0 : quantity.start]
        and (_MAJOR_DECISIONS_A_PART.match(text, quantity.end) or _CONTRACTS_AMONG.match(text, quantity.end))
    ):
        # 完成法制审核472宗，其中…重大行政执法决定审核197宗; 完成法制审核48份（含合同37份、执法案卷6件…）
        dropped.add(_MAJOR_DECISIONS_REVIEWED)
    item = own_item(text, (c0, c1), quantity)
    if _PENALTY_CASES in codes and _SUED_OVER.search(
        text, item[0], min(item[1], quantity.end + _SUED_OVER_REACH)
    ):
        dropped.add(_PENALTY_CASES)  # 出庭应诉…等5起诉我局行政处罚案: lawsuits over penalties, not penalties
    if codes & CASES_NOT_ITEMS and quantity.unit == "条":
        dropped |= CASES_NOT_ITEMS  # 主动公开各类信息5548条，其中…行政处罚259条: items published
    if _PERMIT_ITEMS in codes and _PERMITS_HANDLED_ONE_WAY.search(text, c0, min(c1, quantity.end + 12)):
        dropped.add(_PERMIT_ITEMS)  # 梳理公布19项“告知承诺制”许可事项清单
    if (
        codes & RANDOM_BATCH_CODES
        and quantity.unit in ("项", "个")
        and _TASKS_PLANNED.search(text, c0, quantity.start)
    ):
        dropped |= RANDOM_BATCH_CODES  # 制定年度双随机抽查任务86项: tasks planned, not carried out
    # 重大行政处罚备案41件，…，备案率100%: the penalties' filing rate, not the documents'
    others_filed = codes & FILING_RATES and _others_filed(text, s0, quantity.start)
    return dropped | FILING_RATES if others_filed else dropped


def _policy_documents(codes: set[str], text: str, sentence: tuple[int, int], quantity: Quantity) -> set[str]:
    """The clean-up codes a figure of policy documents loses (asked only for a figure with one of
    ``_DOCUMENTS_ACTED_ON``): a fair-competition review's (公平竞争审查…排查政策措施文件68份，废止18份) and those
    named so (24部涉企政策文件的评估清理)."""
    s0, c1 = sentence
    if codes & CLEAN_UP_CODES and _FAIR_COMPETITION.search(text, s0, c1) and "规范性文件" not in text[s0:c1]:
        return set(CLEAN_UP_CODES)
    if _POLICY_DOCUMENTS_AFTER.match(text, quantity.end):
        return set(_DOCUMENTS_ACTED_ON)
    return set()


def _others_filed(text: str, s0: int, start: int) -> bool:
    """Whether a sentence files another thing than documents before ``start`` and names no document."""
    return _OTHER_FILINGS.search(text, s0, start) is not None and "文件" not in text[s0:start]


def issued_in_a_documents_name(code: str, anchor: int, text: str, s0: int) -> bool:
    """Whether the verb that makes a count one of documents issued stands inside a document's name
    (《…关于印发…的通知》等7件规范性文件继续有效): the documents are named, not issued that year."""
    return code == _NORMDOCS_ISSUED and inside_book_title(text, s0, anchor)


_CERTIFICATES_ABOLISHED = "functions.certificates_abolished"
_LAWS_MADE = frozenset({"rules.local_regulations", "rules.gov_rules"})
_PROBLEMS_LISTED = "leadership.problems_listed"
_RANDOM_OBJECTS = "enforcement.random_inspection_objects"
_DEMO_COMMUNITIES = "education.demo_communities"
# Problems a platform took in as cases (数字城管平台立案…问题, 网格员上报问题) are the public's, not the problems an
# inspection or a self-inspection listed for rectification.
_CASES_ON_A_PLATFORM = re.compile(r"平台|立案|上报|网格|受理")
# Nor are pollution problems handled (处理…河道污染问题约160件): the environment's, not findings.
_POLLUTION = re.compile(r"污染问题")
PARTS_CODES = frozenset(
    {
        _CASE_FILES_REVIEWED,
        *CLEAN_UP_CODES,
        _PENALTY_CASES,
        _CERTIFICATES_ABOLISHED,
        *_LAWS_MADE,
        _PROBLEMS_LISTED,
        _RANDOM_OBJECTS,
        *FILING_RATES,
        _DEMO_COMMUNITIES,
    }
)
# Cases handed to the police or a prosecutor (移送涉嫌犯罪案件11件) are not penalty cases decided.
_TRANSFERRED = re.compile(r"移送|移交")
# Requirements kept (保留证明事项21项) are not abolished.
_KEPT = re.compile(r"保留[^，。；\d]{0,8}$")
# Laws counted after 对 and then evaluated or cleaned up (对2部地方性法规开展立法后评估) were not made that year.
_LAWS_ACTED_ON_AFTER = re.compile(
    r"[^，。；\d]{0,12}?(?:开展|进行|组织)?[^，。；\d]{0,6}?(?:评估|清理|审查|修改|修订)"
)
# Things found to have problems (发现存在问题的文件7件, 抽查发现问题的市场主体97户) are documents or businesses,
# a part of those examined, not problems listed nor the objects inspected.
# (also with 问题 as the modifier: 发现问题文件6件, 抽查发现问题企业273户)
_WITH_PROBLEMS = re.compile(r"问题的[^，。；\d]{0,8}$|问题(?:文件|企业|市场主体|商户|主体)$")
# ...also named right after their count (推动118个问题楼盘复工)
_WITH_PROBLEMS_AFTER = re.compile(r"[个家件处]?问题(?:楼盘|项目|小区|企业|文件|商户)")
# Villages put forward for an honour (推荐申报省级民主法治示范村7个) do not hold it yet; nor do those that
# applied for it, said after their count (另有18个村已向市里申报市级示范村).
_PUT_FORWARD = re.compile(r"推荐|申报|争创")
_PUT_FORWARD_AFTER = re.compile(r"[^\d，。；]{0,12}?(?:推荐|申报|争创)")


def _rules_only(text: str, s0: int, c1: int) -> bool:
    """Whether the figure's sentence (``s0``–``c1``) names government rules (规章) and no normative documents."""
    sentence = text[s0:c1]
    return "规章" in sentence and "规范性文件" not in sentence


def _criminal_files_only(item: str) -> bool:
    """Whether an item names criminal files and no administrative ones (刑事案卷389份; not 行政、刑事案卷560份)."""
    return "刑事" in item and "行政" not in item


def parts_and_other_papers(
    codes: set[str], text: str, clause: tuple[int, int, int], quantity: Quantity
) -> set[str]:
    """The codes a figure loses because it counts a part of what the code counts, or papers of another
    kind under its words (twenty-fifth session): faulty case files, rules cleaned up, cases transferred,
    requirements kept, laws evaluated, things found with problems, rules' filing rates, villages put forward."""
    s0, c0, c1 = clause
    dropped: set[str] = set()
    if _CASE_FILES_REVIEWED in codes and (
        _FAULTY_FILES.search(text, c0, quantity.start)
        or _PAPERS_WITH_FILES.search(text, c0, quantity.start)
        or _criminal_files_only(text[after_counted_items(text, c0, quantity.start) : quantity.start])
    ):
        # 发现问题案卷46卷: the faulty part of the files reviewed; 审查上会议题、合同、执法案卷等300余件: every paper;
        # 评查行政案件案卷742份、刑事案卷389份: a police bureau's criminal files, not administrative ones
        dropped.add(_CASE_FILES_REVIEWED)
    if codes & CLEAN_UP_CODES and quantity.unit == "部" and _rules_only(text, s0, c1):
        dropped |= CLEAN_UP_CODES  # 清理省政府规章，修改4部、废止2部: rules, not normative documents
    if _PENALTY_CASES in codes and _TRANSFERRED.search(text, c0, quantity.start):
        dropped.add(_PENALTY_CASES)
    if _CERTIFICATES_ABOLISHED in codes and _KEPT.search(text, c0, quantity.start):
        dropped.add(_CERTIFICATES_ABOLISHED)  # 经全面清理，共保留证明事项21项
    if (
        codes & _LAWS_MADE
        and text.endswith("对", max(c0, quantity.start - 3), quantity.start)
        and _LAWS_ACTED_ON_AFTER.match(text, quantity.end, c1)
    ):
        dropped |= _LAWS_MADE
    if (
        codes & {_PROBLEMS_LISTED, _RANDOM_OBJECTS}
        and (
            _WITH_PROBLEMS.search(text, c0, quantity.start) or _WITH_PROBLEMS_AFTER.match(text, quantity.end)
        )
        and not refused_filing(text, c0, quantity)  # 发现问题文件3件（均不予备案）: the refused documents
    ):
        dropped |= {_PROBLEMS_LISTED, _RANDOM_OBJECTS}
    if _PROBLEMS_LISTED in codes and (
        _CASES_ON_A_PLATFORM.search(text, c0, quantity.start) or _POLLUTION.search(text, c0, quantity.start)
    ):
        dropped.add(_PROBLEMS_LISTED)  # 数字城管平台立案…问题31.2万件: the public's cases, not findings
    if codes & FILING_RATES and _rules_only(text, s0, c1):
        dropped |= FILING_RATES  # 政府规章按时报备率达到100%: the rules' filing, not the documents'
    if _DEMO_COMMUNITIES in codes and (
        _PUT_FORWARD.search(text, c0, quantity.start) or _PUT_FORWARD_AFTER.match(text, quantity.end, c1)
    ):
        dropped.add(_DEMO_COMMUNITIES)
    return dropped
