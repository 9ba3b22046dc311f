"""Codes a figure loses because its words make it another kind of thing than the code counts.

Each rule is a genre shape: permits granted are not items on the permit list, decision drafts are
not items of the decision catalogue, cases narrowed by a clause before their noun are a kind of
the cases, a resolution rate among reconsideration words is not mediation's, a review of decisions
is not the catalogue, and people of another group trained are not enforcement officers.
"""

from __future__ import annotations

import re

from .quantity import Quantity
from .subsets import Marks

_PERMIT_ITEMS = "functions.permit_items"
_CATALOG_ITEMS = "decisions.catalog_items"
_MEDIATION_RATE = "disputes.mediation_success_rate"
_OFFICERS_TRAINED = "enforcement.officers_trained"
_CASE_CODES = frozenset({"disputes.reconsideration_cases", "disputes.litigation_cases"})
# The permit list is counted in 项 or named as a list (事项, 清单); 件 of bare 行政许可 are permits granted.
_LIST_WORD = re.compile(r"事项|清单")
# Cases narrowed by a clause before their noun (涉及…的, 因…引起的) are a kind of them; so are
# reconsideration cases in which a body is the respondent (以区政府为被申请人的), handled elsewhere.
# 以…为被告的 is how a body's own lawsuits are named, not a narrowing.
_RESTRICTED_CASES = re.compile(
    r"(?:涉及|因[^，。；、]{1,16}(?:引起|引发|提起))[^，。；]{0,16}?的[^，。；]{0,6}?(?:行政)?(?:复议|诉讼|应诉)"
)
_RESPONDENT_CASES = re.compile(r"以[^，。；、]{1,12}为被申请人的[^，。；]{0,6}?(?:行政)?复议")
_RECONSIDERATION_CASES = "disputes.reconsideration_cases"
# Reviewing decisions (审查重大行政决策1件) counts reviews, not the catalogue's items.
_REVIEW = re.compile(r"审查|审核|论证")
# People of another group right after the figure (49名公务员, 300名村干部): not enforcement officers.
_OTHER_PEOPLE = re.compile(
    r"[名人](?:新录用|新考录|新入职)?(?:公务员|干部|村干部|党员|群众|学生|村民|居民|职工|教师)"
)


def narrowed(
    choices: list[tuple[str, int]], text: str, marks: Marks, clause: tuple[int, int, int], quantity: Quantity
) -> list[tuple[str, int]]:
    """``choices`` without the codes the figure's words make another kind of thing.

    ``clause`` is (sentence start, clause start, clause end) of the figure.
    """
    s0, c0, c1 = clause
    dropped: set[str] = set()
    codes = {code for code, _ in choices}
    if (
        _PERMIT_ITEMS in codes
        and quantity.unit != "项"
        and not _LIST_WORD.search(text, max(c0, quantity.start - 20), quantity.end + 4)
    ):
        dropped.add(_PERMIT_ITEMS)  # 行政许可文件1513件, 办理行政许可860件: permits granted
    if _CATALOG_ITEMS in codes and (
        "草案" in text[quantity.end : min(c1, quantity.end + 16)]
        or (quantity.unit != "项" and _REVIEW.search(text, c0, quantity.start))
    ):
        dropped.add(_CATALOG_ITEMS)  # 对27件…事项草案进行审核; 审查重大行政决策1件
    if codes & _CASE_CODES and _RESTRICTED_CASES.search(text, c0, quantity.start):
        dropped |= _CASE_CODES  # 涉及征地拆迁的行政诉讼案件31件
    if _RECONSIDERATION_CASES in codes and _RESPONDENT_CASES.search(text, c0, quantity.start):
        dropped.add(_RECONSIDERATION_CASES)  # 以县政府为被申请人的复议案件23件
    if _MEDIATION_RATE in codes and quantity.unit == "%" and marks.about_reconsideration(s0, quantity.start):
        dropped.add(_MEDIATION_RATE)  # 纠错率11.6%…综合化解率26%
    if _OFFICERS_TRAINED in codes and _OTHER_PEOPLE.match(text, quantity.end - 1):
        dropped.add(_OFFICERS_TRAINED)  # 新考录49名公务员初任培训
    return [choice for choice in choices if choice[0] not in dropped] if dropped else choices
