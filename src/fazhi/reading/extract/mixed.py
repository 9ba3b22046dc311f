"""One count over several kinds of thing is none of their counts.

A count after a list of kinds of paper (合同、规范性文件和重大决策等…98件, 地方性法规和政府规章5部), of
dispute (行政复议、行政诉讼等案件50件) or of people trained (执法人员和党员干部…1600人次) counts them
together, and no indicator counts that sum: ``narrowing`` drops the codes the figure would otherwise take.
"""

from __future__ import annotations

import re

from .quantity import Quantity, since_last_figure

# One count over a list of several kinds of paper (合同、规范性文件和重大决策等…98件, 地方性法规和
# 政府规章5部): two different kinds joined by a list mark, with no figure between the list and the count.
_PAPER = re.compile(r"合同|协议|规范性文件|(?<!合同)文件|决策|法规|规章")
_PAPER_KIND = {"合同": 0, "协议": 0, "规范性文件": 1, "文件": 1, "决策": 2, "法规": 3, "规章": 4}
_LIST_GAP = re.compile(r"[^，,。；\d]{0,10}[、和及与][^，,。；\d]{0,10}")

# The same for cases of several kinds of dispute (行政复议、行政诉讼等案件50件).
_DISPUTE = re.compile(r"复议|诉讼|应诉|处罚|法律援助|调解")
_DISPUTE_KIND = {"复议": 0, "诉讼": 1, "应诉": 1, "处罚": 2, "法律援助": 3, "调解": 4}

# One count of officers trained with people of another group (执法人员和党员干部…1600人次).
_MIXED_TRAINEES = re.compile(
    r"执法人员[^，。；\d]{0,4}[和及与、][^，。；\d]{0,6}(?:干部|党员|公务员|职工|群众)"
    r"|(?:干部|党员|公务员|职工|群众)[^，。；\d]{0,4}[和及与、][^，。；\d]{0,6}执法人员"
)


def mixed_trainees(text: str, s0: int, c0: int, quantity: Quantity) -> bool:
    """Whether the people trained are officers and others counted together: named so in the figure's
    clause, or earlier in its sentence while the clause names no officers of its own
    (处级干部、科级干部、行政执法人员等四类人群必训必学，…，培训1654人次)."""
    if _MIXED_TRAINEES.search(text, c0, quantity.start):
        return True
    return "执法人员" not in text[c0 : quantity.end + 6] and bool(_MIXED_TRAINEES.search(text, s0, c0))


def mixed_papers(text: str, s0: int, end: int) -> bool:
    """Whether the words from the last figure (or the sentence start ``s0``) to ``end`` list several
    kinds of paper."""
    return _several_kinds(text, s0, end, _PAPER, _PAPER_KIND)


# One kind of paper and its review named right after the count (完成…等8件规范性文件合法性审核): the count
# names its own kind, whatever list an earlier heading run into its sentence held.
_ONE_PAPER_AFTER = re.compile(
    r"(?:行政)?(?:合同|协议|规范性文件|重大行政决策(?:事项)?)(?:的)?(?:合法性)?(?:审核|审查)"
)


def names_its_paper(text: str, end: int) -> bool:
    """Whether one kind of paper and its review are named right after a count that ends at ``end``."""
    return _ONE_PAPER_AFTER.match(text, end) is not None


def mixed_disputes(text: str, s0: int, end: int) -> bool:
    """Whether the words from the last figure (or the sentence start ``s0``) to ``end`` list several
    kinds of dispute."""
    return _several_kinds(text, s0, end, _DISPUTE, _DISPUTE_KIND)


def _several_kinds(text: str, s0: int, end: int, kinds: re.Pattern[str], kind_of: dict[str, int]) -> bool:
    """Whether the words from the last figure (or ``s0``) to ``end`` name two different ``kinds``
    side by side or joined by a list mark."""
    start = since_last_figure(text, s0, end)
    papers = list(kinds.finditer(text, start, end))
    if len(papers) < 2:
        return False  # no two to compare (most figures): the clause mark is not looked for
    clause = max(text.rfind("，", start, end), text.rfind(",", start, end), text.rfind("；", start, end))
    if clause != -1 and papers[-1].start() > clause:
        # 完善重大决策、合同审查机制，全年审查各类合同19份: the figure's own clause names its one kind;
        # the list before it named a mechanism, not what was counted
        papers = [paper for paper in papers if paper.start() > clause]
    return any(
        kind_of[one.group()] != kind_of[two.group()]
        # 法规规章5部: two kinds side by side are a list too
        and (one.end() == two.start() or _LIST_GAP.fullmatch(text, one.end(), two.start()))
        for one, two in zip(papers, papers[1:], strict=False)
    )
