"""Work next to a duty, counted in the duty's words: a family of narrowing's rules (thirty-third session).

A reconsideration's opinions (出具行政复议意见书2件) are not the legality review's; legal advice given
(向各部门提供法律咨询611次) is not the meetings counsel attended; posts on a new-media channel (通过政务微信平台
发布信息614条) are not government information disclosed, unless the clause says they were disclosed or put out
of the body's own motion (主动发布); and a training of a higher level that the body's people attended
(参加上级法治培训2次) is not one it held; joint inspections of businesses in a sentence that names no random
draw (完成涉企联合检查5.57万余次) are not the random joint inspections.
"""

from __future__ import annotations

import re

from .quantity import Quantity, after_counted_items

_LEGAL_OPINIONS = "decisions.legal_opinions"
_COUNSEL_MEETINGS = "decisions.counsel_meetings"
_PROACTIVE_DISCLOSURES = "oversight.proactive_disclosures"
_TRAININGS = "education.trainings"
_RANDOM_JOINT = "enforcement.random_joint_batches"
NEIGHBOURING_WORK_CODES = frozenset(
    {_LEGAL_OPINIONS, _COUNSEL_MEETINGS, _PROACTIVE_DISCLOSURES, _TRAININGS, _RANDOM_JOINT}
)
_RECONSIDERATION_PAPERS = re.compile(r"复议[^，。；\d]{0,6}?(?:意见书|决定书|建议书)")
_ADVICE = re.compile(r"咨询")
_NEW_MEDIA = re.compile(r"微信|公众号|微博|抖音|头条|新媒体|视频号|客户端|小程序")
_DISCLOSED = re.compile(r"公开|主动")  # 在政府门户网站、政务新媒体主动发布政务信息
_HIGHER_LEVELS_TRAINING = re.compile(r"参加上级")
_RANDOM_DRAW = re.compile(r"随机|抽查|抽检")
_FULL_STOP = re.compile(r"[。！？\n][^。！？\n]*$")


def _period_start(text: str, s0: int) -> int:
    """Where the sentence ending in a full stop begins, of which the clause sentence at ``s0`` is a part."""
    stop = _FULL_STOP.search(text, max(0, s0 - 300), s0)
    return stop.start() + 1 if stop else max(0, s0 - 300)


def neighbouring_work(
    codes: set[str], text: str, clause: tuple[int, int, int], quantity: Quantity
) -> set[str]:
    """The codes a figure loses because it counts the work next to the code's duty, in the duty's words."""
    s0, c0, c1 = clause
    # (not the words of a list's items before it: 参加上级举办的培训12次、开展法治培训7场)
    words = text[after_counted_items(text, c0, quantity.start) : quantity.start]
    dropped: set[str] = set()
    if _LEGAL_OPINIONS in codes and _RECONSIDERATION_PAPERS.search(words):
        dropped.add(_LEGAL_OPINIONS)  # 出具行政复议意见书2件
    if _COUNSEL_MEETINGS in codes and _ADVICE.search(words):
        dropped.add(_COUNSEL_MEETINGS)  # 向各部门提供法律咨询611次
    if _PROACTIVE_DISCLOSURES in codes and _NEW_MEDIA.search(words) and not _DISCLOSED.search(words):
        dropped.add(_PROACTIVE_DISCLOSURES)  # 通过“高东一家亲”政务微信平台发布信息614条
    if _TRAININGS in codes and _HIGHER_LEVELS_TRAINING.search(words):
        dropped.add(_TRAININGS)  # 党组书记…参加上级法治培训2次
    # (the draw may be named before a semicolon: 完成“双随机”抽查任务37个批次；…开展联合检查9批次)
    if _RANDOM_JOINT in codes and not _RANDOM_DRAW.search(text, _period_start(text, s0), c1):
        dropped.add(_RANDOM_JOINT)  # 完成涉企联合检查5.57万余次
    return dropped
