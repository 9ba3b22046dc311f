"""A count of normative documents examined, with the outcomes after it, is a clean-up's count.

Reports tell a clean-up by its outcomes more often than by the word 清理: 共梳理规范性文件76件，其中
保留25件、废止51件; 对原有2件行政规范文件进行审核，决定保留1件、废止1件; 对现行有效的15件规范性文件进行全面
评估，保留12件，废止1件. The figure before the outcomes counts the documents the clean-up examined
(``rules.normdocs_cleaned``), not drafts reviewed before they were issued. Only the outcomes a clean-up
alone decides (保留, 继续有效 or 继续施行, 废止, 失效) say so: 修改 follows a legality review too.
"""

from __future__ import annotations

import re

from .quantity import Quantity

CLEANED = "rules.normdocs_cleaned"
RETAINED = "rules.normdocs_retained"
# The code such a figure may have taken from its verb alone (审核规范性文件…): a review, read wrong.
REVIEWED = "rules.normdocs_reviewed"
_EXAMINED = re.compile(r"梳理|审核|审查|评估|清理|排查")
_DOCUMENTS = re.compile(r"规范性?文件")
_OUTCOME = re.compile(
    r"[，、：:]?(?:其中|经审查|经评估|决定|予以)?[，、]?(?:保留|继续有效|继续施行|废止|宣布失效|失效)[^，。；\d]{0,4}\d"
)
# The documents a clean-up kept, said 有效 alone among its outcomes (经清理…，其中有效537件、废止150件; …，废止2件，
# 现行有效13件).
_KEPT_VALID = re.compile(r"(?:其中|保留|现行|仍然|仍)有效$")
# How far after the figure its outcomes may begin: the next clause.
_OUTCOME_REACH = 16


def clean_up_total(text: str, clause: tuple[int, int, int], quantity: Quantity) -> bool:
    """Whether a figure of documents (件) in a clause that examines normative documents is followed, in
    its sentence, by the outcomes of a clean-up; ``clause`` is (sentence start, clause start, clause end)."""
    _, c0, c1 = clause
    if quantity.unit != "件" or not _DOCUMENTS.search(text, c0, c1) or not _EXAMINED.search(text, c0, c1):
        return False
    return _OUTCOME.match(text, c1, min(len(text), c1 + _OUTCOME_REACH)) is not None


def kept_valid(text: str, clause: tuple[int, int, int], quantity: Quantity) -> bool:
    """Whether a figure of documents is the outcome 有效 of a clean-up its sentence names before it."""
    s0, c0, _ = clause
    return (
        quantity.unit == "件"
        and _KEPT_VALID.search(text, c0, quantity.start) is not None
        and "清理" in text[s0 : quantity.start]
    )
