"""Zeros said in words (无败诉案件, 行政诉讼零败诉): facts with no figure in the text."""

from __future__ import annotations

import re
from bisect import bisect_left

from fazhi.catalog import indicators as catalog

from ..model import Fact, Span

_ZERO_FACTS = (
    (
        "disputes.litigation_losses",
        # 无行政复议被纠错、行政诉讼败诉类案件的发生: the negation may govern a list of outcomes.
        re.compile(
            r"(?:无|零|没有|未发生|未出现)(?:[^，。；！？\d\n]{0,40}?[、和及与])?(?:一起|一例|一件|一)?"
            r"(?:行政诉讼|行政)?败诉(?!率)(?:案件|案例)?"
        ),
    ),
    (
        # 均未败诉, 败诉率为零, 应诉案件全部胜诉: no case lost, said another way.
        "disputes.litigation_losses",
        re.compile(
            r"(?:均|全部|都)未败诉|败诉率(?:均|保持)?(?:为|是|保持)?(?:零|0(?:\.0+)?%?)(?![\d.%])"
            r"|(?:应诉|诉讼)案件(?:均|全部|全都)胜诉"
        ),
    ),
)


def zero_facts(text: str, sentence_ends: list[int]) -> list[Fact]:
    """A fact of value 0 for each zero said in words; its evidence runs from its sentence's start."""
    out = []
    for code, pattern in _ZERO_FACTS:
        indicator = catalog.get(code)
        for match in pattern.finditer(text):
            index = bisect_left(sentence_ends, match.start())
            start = sentence_ends[index - 1] + 1 if index else 0
            end = match.end()
            out.append(
                Fact(
                    code,
                    indicator.name if indicator else None,
                    0,
                    indicator.unit if indicator else "",
                    "exact",
                    None,
                    None,
                    None,
                    Span(start, end, text[start:end]),
                )
            )
    return out
