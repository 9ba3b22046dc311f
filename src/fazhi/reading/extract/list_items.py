"""Where a list item's noun is, for a figure counted in a list (20项行政许可、5项行政确认; 审查12件区政府规范性文件、
8件合同; 明确12项法治政府建设重点任务、…): the words right after a figure that may name it before another figure of
its clause, and the acts a list's items may name themselves. ``placing`` asks these of every right-hand alias.
"""

from __future__ import annotations

import re

# A run of Han characters only: a noun phrase with no punctuation, figure or Latin letter in it.
NOUN_PHRASE = re.compile(r"[\u4e00-\u9fff]+")

# Before another figure of its clause, a right-hand alias names a figure only this close to it.
LIST_ITEM_GAP = 1
# ...or a level's or an issuer's word away (新增2个省级法治村、3个市级法治村; 审查12件区政府规范性文件、8件合同),
# or 行政 away (印发3件行政规范性文件、2件政府规章): they sort the items, the noun names them.
_LEVEL_GAP = re.compile(
    r"(?:(?:国家|全国|省|市|县|区|乡|镇)级|[省市县区乡镇州]?(?:人民)?政府)?(?:民主)?(?:法治)?(?:行政)?"
)

# What ends a list item's noun (20项行政许可、5项行政确认; （包括2件首违不罚）、一般程序22件), after a head
# noun the alias leaves out (12件法律援助案件、…; 12件矛盾纠纷、…: 法律援助, 调处…矛盾), or the subject of
# the clause's later count (236个调解组织共调解纠纷1200件; 1126个人民调解组织全年排查调处矛盾纠纷1.48万件).
ITEM_END = re.compile(
    r"(?:案件|纠纷)?(?:[、，,；;）)]|和|及|与|以及|等|(?:共|全年|累计)(?=[^\d，。；]{0,10}\d))"
)


# The later items of a list whose act follows its last item (完成18件规范性文件、68件上会文件合法性审查).
LATER_ITEMS = re.compile(r"(?:、[^，。；、\d]{0,6}?\d+[件项个份部][^，。；、\d]{1,10}?)+")


def act_after_the_list(text: str, chain: list, figure_end: int) -> bool:
    """Whether a gapped alias names a list's first item by its noun, right after the figure, and the act
    after the list's last item: the act governs every item."""
    if len(chain) < 2:
        return False
    first, last = chain[-1], chain[0]
    return (
        list_item_noun(text, figure_end, first[0])
        and LATER_ITEMS.fullmatch(text, first[1], last[0]) is not None
    )


def list_item_noun(text: str, figure_end: int, start: int) -> bool:
    """Whether a word starting at ``start`` is near enough a figure to be its list item's noun."""
    return start - figure_end <= LIST_ITEM_GAP or _LEVEL_GAP.fullmatch(text, figure_end, start) is not None


# A list item's noun after a modifier of its own (明确12项法治政府建设重点任务、…): a few characters, no verb.
_ITEM_MODIFIER_GAP = 8
_GAP_VERBS = r"开展|组织|举办|完成|办理|参加|召开|推进|落实|实施|建立|制定|出台|印发|发现|整改|受理|检查"
_VERB_IN_GAP = re.compile(_GAP_VERBS)
# Acts a list's later item may name itself (then the first item's act does not reach it): those verbs, and
# verbs that are also the head of a noun (培训, 审查, 公开), name whom the item counts (招录, 接待, 走访) or clean
# documents up (备案审查…47件、清理规范性文件126件).
ITEM_VERB = re.compile(
    _GAP_VERBS
    + r"|招录|培训|审查|审核|出具|发放|调处|化解|评查|取消|公布|梳理|明确|创建|公开|接待|走访|配合|新增|新进|清理|废止"
)


def modified_item_noun(text: str, figure_end: int, start: int) -> bool:
    """Whether the characters between a figure and a word starting at ``start`` only modify that word."""
    return (
        start - figure_end <= _ITEM_MODIFIER_GAP
        and NOUN_PHRASE.fullmatch(text, figure_end, start) is not None
        and not _VERB_IN_GAP.search(text, figure_end, start)
    )
