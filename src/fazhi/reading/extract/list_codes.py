"""Figures that sit on a list's words but count no item of the list: a family of narrowing's rules.

The permit list (行政许可事项清单) and the year's catalogue of major decisions (重大行政决策事项目录) are
counted in their items. Permits granted or handled (办理行政许可860件), a catalogue's first draft (初定决策
事项12项), decisions reviewed or given opinions (审查重大行政决策1件, 对9件重大决策事项出具…意见书) and the items
of another catalogue (政务公开目录事项) are other counts under the same words.
"""

from __future__ import annotations

import re

from .quantity import Quantity

_PERMIT_ITEMS = "functions.permit_items"
_CATALOG_ITEMS = "decisions.catalog_items"
LISTS_CODES = frozenset({_PERMIT_ITEMS, _CATALOG_ITEMS})
# The permit list is counted in 项 or named as a list (事项, 清单); 件 of bare 行政许可 are permits granted.
_LIST_WORD = re.compile(r"事项|清单")
# ...and items handled (办理行政许可事项12600件) are permits granted too, whatever the noun.
_HANDLED = re.compile(r"办理|受理|办结|审批|办件")
# Reviewing decisions (审查重大行政决策1件) counts reviews, not the catalogue's items; so do decisions that are
# the object of a review or hearing, counted in 项 too (对5项重大行政决策事项开展合法性审查).
_REVIEW = re.compile(r"审查|审核|论证|出具")
_OBJECT_OF = re.compile(r"(?<![针相面])对(?![照标外于象])[^，。；\d]{0,20}$")
_PROCEDURE_AFTER = re.compile(r"[^，。；\d]{0,16}?(?:审查|审核|论证|评估|听证|征求意见)")
# Items proposed or first drafted (初定决策事项12项, 各单位最初申报的31项) are not the catalogue's final items.
_PRELIMINARY = re.compile(r"初定|初步(?:确定|拟定|梳理)|初报|最初|申报")
# Items of another catalogue named in the figure's own clause (编制政务公开目录事项120个, 权责清单目录事项):
# not the decisions catalogue an earlier clause named, unless the clause names decisions itself.
_OTHER_CATALOGUE = re.compile(r"公开|权责|权力|政务服务|许可|审批|证明|执法|监管|检查")


def _another_catalogue(text: str, c0: int, start: int) -> bool:
    """Whether the figure's clause (from ``c0`` to the figure at ``start``) names the items of another
    catalogue than the decisions one (政务公开目录事项, 权责清单目录事项) and names no decision."""
    return "决策" not in text[c0:start] and bool(_OTHER_CATALOGUE.search(text, c0, start))


def _not_the_catalogues(text: str, clause: tuple[int, int, int], quantity: Quantity) -> bool:
    """Whether a figure on the decisions catalogue's words counts something else: a draft's items
    (对27件…事项草案进行审核), decisions reviewed (对5项…事项开展合法性审查), another catalogue's items, or a first
    draft."""
    _s0, c0, c1 = clause
    return bool(
        "草案" in text[quantity.end : min(c1, quantity.end + 16)]
        or (quantity.unit != "项" and _REVIEW.search(text, c0, c1))  # …12个重大行政决策事项进行合法性审查
        or (_OBJECT_OF.search(text[c0 : quantity.start]) and _PROCEDURE_AFTER.match(text, quantity.end, c1))
        or _another_catalogue(text, c0, quantity.start)
        or _PRELIMINARY.search(text, c0, quantity.start)
    )


def not_the_lists_items(
    codes: set[str], text: str, clause: tuple[int, int, int], quantity: Quantity
) -> set[str]:
    """The list codes a figure loses because it counts permits granted or other things than the items."""
    _s0, c0, _c1 = clause
    dropped: set[str] = set()
    if (
        _PERMIT_ITEMS in codes
        and quantity.unit != "项"
        and (
            not _LIST_WORD.search(text, max(c0, quantity.start - 20), quantity.end + 4)
            or _HANDLED.search(text, max(c0, quantity.start - 40), quantity.start)
        )
    ):
        dropped.add(_PERMIT_ITEMS)  # 行政许可文件1513件, 办理行政许可860件: permits granted
    if _CATALOG_ITEMS in codes and _not_the_catalogues(text, clause, quantity):
        dropped.add(_CATALOG_ITEMS)  # 决策目录化管理，更新政务公开目录事项85个
    return dropped
