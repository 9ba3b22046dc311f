"""Codes a figure loses because its words name a part or a neighbour of the thing counted (issue 16,
sixth pass, and the seventeenth session's rates).

Cases a head appeared in are a part of the lawsuits; the legal-service hotline is not the government's
12345, and requests about one matter are a part of the hotline's; one count over regulations and rules
named after it; one case's fine is no year's total; disputes prevented were not mediated; documents of
a kind published are not cases or items; suggestions and proposals counted together; discipline's and
crime's cases are no administrative penalties; requirements kept in a clean-up are not documents; a
纠错率 of normative documents is not the reconsideration's. ``narrowing.narrowed`` asks this family
for the figures of its codes (``ANOTHER_KIND_CODES``).
"""

from __future__ import annotations

import re

from .clean_up import CLEANED
from .hotline_rates import ONTIME_RATE
from .mixed import mixed_papers
from .other_things import CLEAN_UP_CODES
from .quantity import Quantity, after_counted_items
from .sector_cases import a_fields_part

# Papers of several kinds one count may be over (合同、规范性文件等98件): the codes that count papers.
PAPER_CODES = frozenset(
    {
        "decisions.catalog_items",
        "rules.normdocs_reviewed",
        "decisions.contracts_reviewed",
        "rules.normdocs_filing_reviewed",
        "rules.local_regulations",
        "rules.gov_rules",
        "rules.normdocs_issued",
        "rules.normdocs_filed",
    }
)
# Bodies or people honoured (1个组织荣获全国模范人民调解组织称号, 3名执法人员被评为…先进个人) are the honoured
# ones, not the bodies or officers in post.
_HONOURED = frozenset({"disputes.mediation_organizations", "enforcement.officers"})
_HONOURED_AFTER = re.compile(
    r"[^，。；\d]{0,8}?(?:荣获|获评|被评为|评为|获得|被授予|授予)[^，。；\d]{0,24}?(?:称号|表彰|表扬|荣誉|先进)"
)
# Disputes named hard and complex (疑难复杂矛盾纠纷23件) are a kind of those mediated.
_HARD_CASES = re.compile(r"疑难(?:复杂)?[^，。；\d]{0,8}$")
# Disputes prevented (预防矛盾纠纷264件) were not mediated; nor were those a screening found (排查发现矛盾纠纷1305件),
# unless the words mediate them too. (排查矛盾纠纷5620起，成功调解5588起 counts them as mediated: only what a
# screening is said to have found.)
_SCREENED_ONLY = re.compile(r"排查发现(?![^，。；\d]*?(?:调处|调解|化解|处理|处置|办结|受理))[^，。；\d]*$")
_MEDIATION_CASES = "disputes.mediation_cases"
# The reconsideration's correction rate; a 纠错率 of normative documents is another thing's.
_CORRECTION_RATE = "disputes.reconsideration_correction_rate"
_COMBINED_RATE = re.compile(r"综合纠错率[^，。；\d]{0,4}$")
_DIRECT_RATE_AFTER = re.compile(r"[^。；]{0,30}?直接纠错率")
_LITIGATION_CASES = "disputes.litigation_cases"
# Cases in which a head appeared in court (负责人出庭应诉案件) are a part of the lawsuits.
_APPEARED = re.compile(r"出庭应诉(?:的)?(?:行政)?案件[^，。；\d]{0,3}$")
# The legal-service hotline (12348, 公共法律服务热线) is not the government's 12345.
_HOTLINE_CODES = frozenset(
    {"oversight.hotline_requests", "oversight.hotline_ontime_rate", "oversight.hotline_satisfaction_rate"}
)
_LEGAL_SERVICE_LINE = re.compile(r"12348|公共法律服务|法律服务热线")
# A rate is the hotline's its sentence names last before it: a sector's (12328, 12366) is not the 12345's.
_HOTLINE_RATES = frozenset({"oversight.hotline_ontime_rate", "oversight.hotline_satisfaction_rate"})
# A rate of requests closed with the on-time one right after it (办结率99.6%，其中按时办结率97.9%): the code is
# the on-time rate; a closing rate alone is still read as it.
_ONTIME_AFTER = re.compile(r"[^。；\d]{0,8}?按时办结率")
_ANY_HOTLINE = re.compile(r"(?<!\d)123\d\d(?!\d)")
# Requests about one matter (涉及执法问题的工单) are a part of the hotline's requests.
_HOTLINE_REQUESTS = "oversight.hotline_requests"
# ...and so are those of one topic or class named right before the count (涉及疫情相关问题1.82万件, 感谢诉求415个;
# not 群众反映的各类诉求, every class).
_ABOUT_ONE_THING = re.compile(
    r"(?:涉及|关于|反映)[^，。；\d]{1,12}的|(?:涉及|关于)[^，。；\d各]{1,12}(?:问题|诉求)$"
    r"|(?:相关|有关|感谢|表扬)(?:问题|诉求|工单)$"
)
# One case's fine (对某公司作出罚款5万元的行政处罚) is not the year's total of fines.
_PENALTY_AMOUNT = "enforcement.penalty_amount"
_ONE_PARTY = re.compile(r"对(?:某|该|其|此|这|一家|一名|一起|当事人|涉事)")
_ONE_DECISION_AFTER = re.compile(r"[^，。；\d]{0,2}?的(?:行政)?处罚")
# Documents of a kind published (行政处罚文件4件, in a disclosure sentence) are not cases or items.
_DOCUMENTS_OF = frozenset({"enforcement.penalty_cases", "functions.permit_items", "enforcement.inspections"})
_DOCUMENTS_BEFORE = re.compile(r"(?:处罚|许可|检查|强制)(?:决定)?(?:文件|信息)[^，。；\d]{0,3}$")
# Suggestions and proposals named apart and counted together (县人大代表建议、县政协委员提案共计215件).
_CPPCC_PROPOSALS = "oversight.cppcc_proposals"
# (The seeds count such a total as the deputies' suggestions, 人大代表建议和政协委员提案80件: the
# suggestions' code stays, only the proposals' is dropped.)
_SUGGESTIONS_AND_PROPOSALS = re.compile(
    r"建议[^，。；\d]{0,3}[、和及与][^，。；\d]{0,10}提案[^，。；\d]{0,6}$"
)
# The documents in force after a clean-up (清理后全市现行有效规范性文件2731件) are all there are, not those the
# clean-up kept (清理后继续有效的41件).
_IN_FORCE_AFTER = re.compile(r"清理后[^，。；\d]{0,12}现行有效")
_IN_FORCE_CODES = frozenset({"rules.normdocs_cleaned", "rules.normdocs_retained"})
# What a clean-up did with its documents, said between 清理 and the figure (清理后继续保留执行的文件19件, 清理中确认已
# 自然失效的文件18件), counts that outcome, not the documents the clean-up took up.
_OUTCOME_OF_A_CLEAN_UP = re.compile(
    r"清理[^，。；\d]{0,12}?(?:保留|失效|废止|修改|修订|继续)[^，。；\d]{0,12}$"
)
# The key ones among them (重点建议提案16件, 列为…重点提案8件), which leaders supervise, are a part of them.
_SUGGESTION_CODES = frozenset({"oversight.npc_suggestions", _CPPCC_PROPOSALS})
_KEY_ONES = re.compile(r"重点(?:建议|提案)(?![和、及与])")
# Cases of discipline or crime (查处违纪违法案件, 刑事案件) are no administrative penalty cases.
_PENALTY_CASES = "enforcement.penalty_cases"
_NOT_ADMINISTRATIVE = re.compile(r"违纪|刑事|党纪|职务犯罪|纪检|监察")
_PUBLISHED_BEFORE = re.compile(r"(?:发布|公布|公示|公开)[^，。；\d]{0,12}$")
# ...or the later item of a list the verb opens (发布行政许可5536件，行政处罚22件; 公布…许可28个、行政处罚18个).
_PUBLISHED_LIST = re.compile(
    r"(?:发布|公布|公示|公开)[^，。；\d]{0,12}\d+(?:\.\d+)?[个件项条]"
    r"(?:[、，,][^，。；、\d]{1,8}\d+(?:\.\d+)?[个件项条])*[、，,](?:行政)?处罚(?:决定|信息)?$"
)
# Cases filed or dealt with (立案查处违法案件168件) when the sentence goes on to count the penalties decided
# (，作出行政处罚决定153件): the code counts cases decided, and the later figure is it. (Cases closed, 办结45件,
# are no penalties counted: 立案调查违法案件47件，办结45件 keeps its 47.)
_FILED = re.compile(r"立案|查处")
_DECIDED_AFTER = re.compile(
    r"[^。]{0,80}?(?:(?:作出|实施|给予)[^，。；\d]{0,10}?处罚(?:决定)?|其中(?:行政)?处罚案件)"
    r"(?:共|计)?\d+(?:\.\d+)?万?[件起宗个]"
)
# Minor violations the sentence never says were spared (对4家企业轻微违法行为，给予6件警告的行政处罚).
_MINOR_EXEMPTIONS = "enforcement.minor_exemptions"
_SPARED = re.compile(r"不予|免予|免于|免除|不罚|免罚|首违|容错|告诫|教育|提醒|柔性|包容")
_SENTENCE_END = re.compile(r"[。；\n]")
_PUNISHED_AFTER = re.compile(r"[，,]?(?:依法)?(?:给予|处以|作出)[^，。；]{0,12}(?:处罚|警告|罚款)")
# Reconsiderations and lawsuits about disclosures (政府信息公开行政复议) are a part of the body's cases.
_CASES_OF_DISPUTES = frozenset({"disputes.reconsideration_cases", "disputes.litigation_cases"})
# ...and so are cases carried over from last year (包括受理的1968件和上年结转的150件).
# (全年共办理行政复议案件（含上年结转）92件 counts them in the year's total.)
_CARRIED_OVER = re.compile(r"结转(?:的|案件)?$")
_NOT_PAPERS = re.compile(r"证明|事项|权力|职权|清单")
_PAPERS = re.compile(r"文件|规章|法规|规定|办法")


# Laws and rules counted as what a review of the existing ones looked at (统筹推进7件规章的立法后评估; 完成15件
# 地方性法规、18件政府规章…的评估报告和清理建议): evaluated or cleaned up, not made that year.
_LAWS = frozenset({"rules.local_regulations", "rules.gov_rules"})
_EVALUATED_AFTER = re.compile(r"[^，。；]{0,60}?的(?:立法后)?(?:评估|清理|后评估)")

ANOTHER_KIND_CODES = frozenset(
    {
        _LITIGATION_CASES,
        *_HOTLINE_CODES,
        _HOTLINE_REQUESTS,
        *PAPER_CODES,
        *_SUGGESTION_CODES,
        *CLEAN_UP_CODES,
        *_IN_FORCE_CODES,
    }
)
ANOTHER_DISPUTE_CODES = frozenset({_MEDIATION_CASES, *_HONOURED, *_CASES_OF_DISPUTES, _CORRECTION_RATE})
ENFORCEMENT_KIND_CODES = frozenset({_PENALTY_AMOUNT, *_DOCUMENTS_OF, _PENALTY_CASES, _MINOR_EXEMPTIONS})


_ALL_KINDS = re.compile(r"等(?:各|多|不同)?类|等(?:各种|多种)")


def _disclosure_share(text: str, start: int, end: int) -> bool:
    """Information disclosure names the cases counted, not as one of all their kinds (信息公开、行政处罚等
    各类行政复议案件598件 counts every case)."""
    disclosure = text.find("信息公开", start, end)
    return disclosure >= 0 and not _ALL_KINDS.search(text, disclosure, end)


def another_kind(codes: set[str], text: str, clause: tuple[int, int, int], quantity: Quantity) -> set[str]:
    """The codes of ``codes`` a figure loses because its words name a part or a neighbour of the thing
    counted (sixth pass): cases a head appeared in, the legal-service hotline, one count over regulations
    and rules named after it. Disputes' other kinds are ``another_dispute``'s, enforcement's
    ``enforcement_kind``'s."""
    s0, c0, c1 = clause
    dropped: set[str] = set()
    own = after_counted_items(text, c0, quantity.start)  # not the words of a list's items counted before it
    if _LITIGATION_CASES in codes and _APPEARED.search(text, own, quantity.start):
        dropped.add(_LITIGATION_CASES)  # 负责人出庭应诉案件146件: the cases a head appeared in
    if codes & _HOTLINE_CODES and _LEGAL_SERVICE_LINE.search(text, own, quantity.start):
        dropped |= _HOTLINE_CODES  # 公共法律服务热线满意率: the legal-service line's
    if codes & _HOTLINE_RATES and _another_hotline_last(text, s0, quantity):
        dropped |= _HOTLINE_RATES  # 12328热线投诉举报5637件，办结率99.6%: the sector hotline's rates
    if (
        ONTIME_RATE in codes
        and "按时" not in text[own : quantity.start]
        and _ONTIME_AFTER.match(text, quantity.end)
    ):
        dropped.add(ONTIME_RATE)  # 办结率99.6%，其中按时办结率97.9%: the code is the on-time one
    if _HOTLINE_REQUESTS in codes and _ABOUT_ONE_THING.search(text, own, quantity.start):
        dropped.add(_HOTLINE_REQUESTS)  # 转办涉及执法问题的工单320件: a part of the requests
    if codes & PAPER_CODES and mixed_papers(text, quantity.end, min(c1, quantity.end + 14)):
        dropped |= PAPER_CODES  # 出台…等4部地方性法规、规章: one count over both
    if _CPPCC_PROPOSALS in codes and _SUGGESTIONS_AND_PROPOSALS.search(text, own, quantity.start):
        dropped.add(_CPPCC_PROPOSALS)  # 县人大代表建议、县政协委员提案共计215件: one count over both
    if codes & _IN_FORCE_CODES and _IN_FORCE_AFTER.search(text, own, quantity.start):
        dropped |= _IN_FORCE_CODES  # 清理后全市现行有效规范性文件2731件: all in force, not the clean-up's
    if CLEANED in codes and _OUTCOME_OF_A_CLEAN_UP.search(text, own, quantity.start):
        dropped.add(CLEANED)  # 清理后继续保留执行的文件共十九件: those kept, not those cleaned
    if codes & _SUGGESTION_CODES and _KEY_ONES.search(text, own, quantity.start):
        dropped |= _SUGGESTION_CODES  # 其中由市政府领导领衔督办的重点建议提案16件: the key ones, a part
    if codes & _LAWS and _EVALUATED_AFTER.match(text, quantity.end, c1):
        dropped |= _LAWS  # 统筹推进7件规章的立法后评估: rules evaluated, not made
    if (
        codes & CLEAN_UP_CODES
        and _NOT_PAPERS.search(text, s0, quantity.start)
        and not _PAPERS.search(text, s0, c1)
    ):
        dropped |= CLEAN_UP_CODES  # 清理证明事项84项，保留12项: requirements kept, not documents
    return dropped


def another_dispute(codes: set[str], text: str, clause: tuple[int, int, int], quantity: Quantity) -> set[str]:
    """Disputes prevented or only found, cases of one share or of last year, another correction rate
    (normative documents' 纠错率, seventeenth session; a combined one beside the direct one), and bodies or
    people honoured (twenty-eighth session)."""
    s0, c0, c1 = clause
    dropped: set[str] = set()
    own = after_counted_items(text, c0, quantity.start)
    if _MEDIATION_CASES in codes and (
        "预防" in text[own : quantity.start]
        or _SCREENED_ONLY.search(text, own, quantity.start)
        or _HARD_CASES.search(text, own, quantity.start)
    ):
        # 预防矛盾纠纷264件: prevented, not mediated; 排查发现矛盾纠纷1305件: found by screening (排查调处…: mediated
        # too); 调处疑难复杂矛盾纠纷23件: a kind of them
        dropped.add(_MEDIATION_CASES)
    if codes & _HONOURED and _HONOURED_AFTER.match(text, quantity.end, c1):
        dropped |= _HONOURED  # 1个组织荣获全国模范人民调解组织称号: the honoured, not those in post
    if codes & _CASES_OF_DISPUTES and (
        _disclosure_share(text, own, quantity.start) or _CARRIED_OVER.search(text, own, quantity.start)
    ):
        # 受理政府信息公开行政复议2件: the disclosure's share of the cases; 上年结转的150件: last year's
        dropped |= _CASES_OF_DISPUTES
    if (
        _CORRECTION_RATE in codes
        and "规范性文件" in text[s0 : quantity.start]
        and "复议" not in text[s0 : quantity.start]
    ):
        dropped.add(_CORRECTION_RATE)  # 12件违法的规范性文件…纠错率67%: documents corrected, not decisions
    if (
        _CORRECTION_RATE in codes
        and _COMBINED_RATE.search(text, c0, quantity.start)
        and _DIRECT_RATE_AFTER.match(text, quantity.end)
    ):
        # 综合纠错率15.6%，其中直接纠错率11.3%: the sentence gives the direct rate too, and the code is that one
        # (alone, 行政复议综合纠错率18.5% is the rate a report gives, and it is read as the code)
        dropped.add(_CORRECTION_RATE)
    return dropped


def enforcement_kind(
    codes: set[str], text: str, clause: tuple[int, int, int], quantity: Quantity
) -> set[str]:
    """The codes of ``codes`` a figure of enforcement loses because its words name another kind of thing:
    one case's fine, documents or decisions published, discipline (sixth pass and later); minor violations
    punished (nineteenth session); cases filed when the penalties decided follow, and one field's cases beside a
    larger whole count (twenty-eighth session)."""
    s0, c0, _c1 = clause
    c0 = after_counted_items(text, c0, quantity.start)  # not the words of a list's items counted before it
    dropped: set[str] = set()
    if _PENALTY_AMOUNT in codes and (
        _ONE_PARTY.search(text, c0, quantity.start) or _ONE_DECISION_AFTER.match(text, quantity.end)
    ):
        dropped.add(_PENALTY_AMOUNT)  # 对某公司作出罚款5万元的行政处罚: one case's fine
    if codes & _DOCUMENTS_OF and _DOCUMENTS_BEFORE.search(text, c0, quantity.start):
        dropped |= _DOCUMENTS_OF  # 主动公开…行政处罚文件4件: documents published
    if _PENALTY_CASES in codes and (
        _NOT_ADMINISTRATIVE.search(text, c0, quantity.start)
        or _PUBLISHED_BEFORE.search(text, c0, quantity.start)
        or _PUBLISHED_LIST.search(text, s0, quantity.start)
    ):
        # 查处违纪违法案件12件: discipline, not administrative penalties; 依法发布行政许可5536件，行政处罚22件:
        # decisions published, counted in a disclosure's sentence
        dropped.add(_PENALTY_CASES)
    if (
        _PENALTY_CASES in codes
        and _FILED.search(text, c0, quantity.start)
        and _DECIDED_AFTER.match(text, quantity.end)
    ):
        dropped.add(_PENALTY_CASES)  # 立案查处…案件168件，作出行政处罚决定153件: filed, then decided
    if _PENALTY_CASES in codes and a_fields_part(text, c0, quantity):
        dropped.add(_PENALTY_CASES)  # 实施行政处罚1969件…查处食品案件742件: one field's part of the whole
    if _MINOR_EXEMPTIONS in codes and _not_spared(text, clause, quantity):
        dropped.add(_MINOR_EXEMPTIONS)  # 对4家企业轻微违法行为，给予警告: punished, not spared
    return dropped


def _not_spared(text: str, clause: tuple[int, int, int], quantity: Quantity) -> bool:
    """Whether minor violations counted are never said to be spared in their sentence, or are said to
    be punished in the clause after the figure's."""
    s0, c0, c1 = clause
    end = _SENTENCE_END.search(text, quantity.end)
    if not _SPARED.search(text, s0, end.start() if end else len(text)):
        return True
    return bool(_PUNISHED_AFTER.match(text, c1)) and not _SPARED.search(text, c0, c1)


def _another_hotline_last(text: str, sentence_start: int, quantity: Quantity) -> bool:
    """Whether the last hotline number the sentence names before a rate is not 12345."""
    if quantity.unit != "%":
        return False
    lines = _ANY_HOTLINE.findall(text, sentence_start, quantity.start)
    return bool(lines) and lines[-1] != "12345"
