"""What normative documents counted count, when their words name more than one act: documents made and then
filed or reviewed, reviewed after 对 (对19件拟以市政府名义印发的规范性文件进行前置审核), examined in a filing review or a
clean-up, or refused filing (对存在问题的3件规范性文件作出不予备案处理). ``counted`` asks these.
"""

from __future__ import annotations

import re

from .quantity import Quantity

NORMDOCS_ISSUED = "rules.normdocs_issued"
NORMDOCS_REVIEWED = "rules.normdocs_reviewed"
NORMDOCS_REJECTED = "rules.normdocs_filing_rejected"
_NORMDOCS_FILED = "rules.normdocs_filed"
_NORMDOCS_FILING_REVIEWED = "rules.normdocs_filing_reviewed"
_NORMDOCS_CLEANED = "rules.normdocs_cleaned"
# A making verb in a relative clause (印发的规范性文件) after a review verb: the documents reviewed.
_REVIEWED_MADE = re.compile(
    r"(?:审核|审查)[^，。；\d]{0,28}(?:印发|出台|制发|发布|制定)的[^，。；\d]{0,8}规范性文件"
)
# ...and after a clean-up's verb, the documents cleaned up (years may stand between: 清理2018年以来印发的…).
_CLEANED_MADE = re.compile(r"清理[^，。；]{0,28}(?:印发|出台|制发|发布|制定)的[^，。；\d]{0,8}规范性文件")
# Documents to be made, counted after 对 and then reviewed (对19件拟以市政府名义印发的规范性文件进行前置审核):
# the review is the clause's act, the making only describes the documents.
_REVIEWED_BEFORE = re.compile(r"对[^，。；\d]{0,2}$")
_REVIEWED_AFTER_MADE = re.compile(
    r"[^，。；\d]{0,30}?文件(?:进行|开展|实施)?了?[^，。；\d]{0,4}?(?:审核|审查)"
)
# Documents made (in a relative clause before the figure) and then filed: the documents filed.
_MADE_THEN_FILED = re.compile(r"(?:印发|出台|制发|发布|制定)的[^，。；\d]{0,8}$")
_FILED_AFTER = re.compile(r"报[^，。；\d]{0,10}备案|报备")
# Documents the sentence then says were refused filing (对存在问题的3件规范性文件作出不予备案处理; 发现5件规范性文件
# 存在…情形，依法不予备案; 发现问题文件6件（均不予备案）): no figure, 其中 or new sentence between.
_NO_REFUSAL = re.compile(r"其中|无|未|没有")
_REFUSED_FILING_AFTER = re.compile(r"[^\d。；！？\n]{0,40}?不予备案(?![^\d，。；]{0,3}\d)")
# Every match ends its 不予备案 within 44 characters of the figure (its run of 40, then the four): a find there
# turns away most figures counted in 件, which the lazy run tried one position at a time.
_REFUSAL = "不予备案"
_REFUSAL_REACH = 44
# Documents a bare review verb counts after a clause that names the act (…进行备案审查，共审查21件;
# 组织规范性文件清理，审查现行文件180件): filings examined, or documents cleaned up, not legality reviews.
_FILING_REVIEW = re.compile(r"备案审查|报备审查|备案审核")
_CLEAN_UP = re.compile(r"清理")
_LEGALITY = re.compile(r"合法性|草案|出台前|印发前|发布前|拟")


def refused_filing(text: str, c0: int, quantity: Quantity) -> bool:
    """Whether documents counted at ``quantity`` are the ones refused filing, said after the figure."""
    if quantity.unit != "件" or text.find(_REFUSAL, quantity.end, quantity.end + _REFUSAL_REACH) == -1:
        return False
    refused = _REFUSED_FILING_AFTER.match(text, quantity.end)
    return (
        refused is not None
        and not _NO_REFUSAL.search(refused.group())  # 报送备案18件，无不予备案情况
        and "文件" in text[c0 : refused.end()]
    )


def documents_counted(text: str, c0: int, c1: int, quantity: Quantity) -> str:
    """What documents named as issued count: made and then filed (…发布的12件规范性文件全部报市政府备案),
    made and reviewed (审核…以县政府名义印发的规范性文件18件), or issued."""
    if _MADE_THEN_FILED.search(text, c0, quantity.start) and _FILED_AFTER.search(text, quantity.end, c1):
        return _NORMDOCS_FILED
    if _REVIEWED_MADE.search(text, c0, quantity.start):
        return NORMDOCS_REVIEWED
    if _CLEANED_MADE.search(text, c0, quantity.start):
        return _NORMDOCS_CLEANED  # 全面清理2018年以来印发的规范性文件245件
    if _REVIEWED_BEFORE.search(text, c0, quantity.start):
        review = _REVIEWED_AFTER_MADE.match(text, quantity.end, c1)
        if review:
            return _NORMDOCS_FILING_REVIEWED if _FILING_REVIEW.search(review.group()) else NORMDOCS_REVIEWED
    return NORMDOCS_ISSUED


def review_counted(text: str, starts: tuple[int, int], start: int) -> str:
    """What documents named as reviewed count, when the clause before the figure's names the act and
    no legality review is named: filings examined (…进行备案审查，共审查21件), documents cleaned up
    (组织规范性文件清理，审查现行文件180件); else the legality review."""
    s0, c0 = starts
    if c0 <= s0 or _LEGALITY.search(text, s0, start):
        return NORMDOCS_REVIEWED
    before = max(s0, text.rfind("，", s0, c0 - 1) + 1)
    if any(ch.isdigit() for ch in text[before:c0]):
        return NORMDOCS_REVIEWED  # 备案审查…27件，审核县政府规范性文件11件: the clause before counts its own
    if _FILING_REVIEW.search(text, before, c0):
        return _NORMDOCS_FILING_REVIEWED
    if _CLEAN_UP.search(text, before, c0) and not _FILING_REVIEW.search(text, s0, start):
        return _NORMDOCS_CLEANED
    return NORMDOCS_REVIEWED
