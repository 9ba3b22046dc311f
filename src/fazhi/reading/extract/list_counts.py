"""What a count of a list's items counts (权责清单, 行政许可事项清单): the list as it stands, or something else.

``counted.recounted`` asks ``not_the_list`` of every figure coded as a power list's or a permit list's items. Items
added, removed, adjusted or cleaned up are a change; items handed down, served online, in a service hall with public
services, or of a list still in draft are not the list; permits counted with other kinds of power are no permits,
nor are powers of one kind (依申请) the list, nor the permits a business needs (涉企经营许可) all permits. The list a
change ends at, or that a change published, is the list.
"""

from __future__ import annotations

import re

from .quantity import Quantity, after_counted_items

PERMIT_ITEMS = "functions.permit_items"
LIST_CODES = frozenset({"functions.power_list_items", PERMIT_ITEMS})
# Items added, removed, adjusted or cleaned up (清理…行政职权97项) are changes, not the list; the list
# as it stands after the change (调整后权责事项共4210项) is the list.
_LIST_CHANGED = re.compile(
    # (the list as the change published it is the list: 动态调整公布1464项行政权力清单)
    r"(?:调整|取消|删减|删除|精简|消减|削减|承接|划转|移交|下放|扩大|合并|新增|增加|减少|变更|清理)(?!后|并?公布|并?发布)"
)
# Items a service offers (1063项权力事项实现“一网通办”) are the items served so, not the list.
_SERVED_AFTER = re.compile(
    r"[^，。；\d]{0,12}?(?:实现|可|支持)[^，。；\d]{0,6}?(?:网办|通办|网上办|掌上办|即办|就近办|全程网办|跨省通办)"
)
# Items of several kinds of power counted together (涉及行政许可、确认、给付等事项40项) are no count of permits.
_PERMITS_AMONG_OTHERS = re.compile(
    r"许可[^，。；\d]{0,4}?[、和及与](?:[^，。；\d]{0,8}?[、和及与])*?[^，。；\d]{0,4}?"
    r"(?:确认|给付|裁决|奖励|征收|征用|检查|强制|处罚|公共服务|其他)[^，。；\d]{0,10}?事项[^，。；\d]{0,3}$"
)
# Powers of one kind by how they arise (依申请行政权力70项，依职权行政权力26项) are a part of the list.
_ONE_KIND_OF_POWER = re.compile(r"依(?:申请|职权)[^，。；\d]{0,10}$")
# The permits a business needs to operate (523项涉企经营许可事项清单, 推进涉企经营许可事项改革，梳理…46项) are a
# part of the permits, under the 证照分离 reform.
_BUSINESS_PERMITS = "涉企经营许可"
# A list still in draft (编制形成《…目录（征求意见稿）》，包含行政权力109项) is no list in force.
_DRAFT_LIST = re.compile(r"(?:征求意见稿|送审稿|草案)[）)]?[》>]")
# Items named right after their count and then handed down (20项市级行政权力下放到各区): powers
# delegated, not the list; 并/和 starts another act (公布权责清单1453项并下放30项).
_HANDED_DOWN_AFTER = re.compile(r"[^，。；\d并和及、]{0,10}?(?:下放|划转|划入|移交|交由|下沉)")
# One count over powers and public services (128项行政权力和公共服务进驻大厅): items in a service
# hall, not the list.
_POWERS_AND_SERVICES = re.compile(
    r"[^，。；\d]{0,8}?(?:权力|职权|许可)(?:事项)?[和及与、][^，。；\d]{0,4}?公共服务"
)
# ...and so are items a change is said of after their noun (对21项行政职权事项进行动态调整, 完成…18项事项的调整和
# 公示工作); 并/和 starts another act (梳理权责事项1200项并动态调整: the list, then kept up to date).
_LIST_CHANGED_AFTER = re.compile(
    r"[^，。；\d并和及、]{0,12}?(?:的|进行|予以|作出|实施|完成)(?:动态)?(?:调整|取消|删减|删除|精简|合并|变更|清理)"
)
# ...but the list a change ends at (从1545项减少至1453项, 精简为272项).
_CHANGED_TO = re.compile(r"(?:调整|删减|精简|压减|压缩|缩减|增加|减少|减|增|变更)(?:到|至|为)\s?$")


# A change's verb before a list governs its items that name no act of their own (取消和调整省级行政许可事项48项、
# 行政许可外的行政确认等行政职权24项: both cancelled or adjusted).
_ITEMS_OWN_ACT = re.compile(
    r"公布|保留|梳理|编制|明确|形成|发布|确定|实行|推行|办理|审核|印发|制定|建立|实现|承接"
)


def _changed(text: str, c0: int, start: int) -> bool:
    """A change's verb in the figure's own words, or before the list whose item it is when it names no act."""
    own = after_counted_items(text, c0, start)
    if _LIST_CHANGED.search(text, own, start):
        return True
    return (
        own > c0
        and text[own - 1] == "、"
        and not _ITEMS_OWN_ACT.search(text, own, start)
        and bool(_LIST_CHANGED.search(text, c0, own))
    )


def not_the_list(code: str, text: str, starts: tuple[int, int], quantity: Quantity) -> bool:
    """Whether a figure coded as a list's items (``code`` in ``LIST_CODES``) counts something else; ``starts`` is
    (sentence start, clause start)."""
    s0, c0 = starts
    start, end = quantity.start, quantity.end
    return bool(
        (_changed(text, c0, start) and not _CHANGED_TO.search(text, start - 5, start))
        or _HANDED_DOWN_AFTER.match(text, end)
        or _POWERS_AND_SERVICES.match(text, end)
        or _LIST_CHANGED_AFTER.match(text, end)
        or _SERVED_AFTER.match(text, end)
        or _DRAFT_LIST.search(text, s0, start)
        or _ONE_KIND_OF_POWER.search(text, max(c0, start - 14), start)
        or (code == PERMIT_ITEMS and _PERMITS_AMONG_OTHERS.search(text, c0, start))
        or (code == PERMIT_ITEMS and text.find(_BUSINESS_PERMITS, s0, end + len(_BUSINESS_PERMITS) + 2) != -1)
    )
