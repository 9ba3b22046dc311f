"""Zeros said in words (无败诉案件, 行政诉讼零败诉, 全年无行政复议案件): facts with no figure in the text."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import chain
from operator import methodcaller

from fazhi.catalog import indicators as catalog

from ..model import Fact, Span

# 本年度未新制定出台规范性文件, 我委今年以来未制定规范性文件: the body issued none this year; not
# 未制定规范性文件的单位 (the bodies that issued none) nor 未经审查出台 (issued unreviewed). Asked only of a
# text that names 规范性文件.
_NONE_ISSUED = re.compile(
    r"(?:未|没有)新?(?:制定|出台|印发|制发)(?:出台|印发)?(?:任何)?(?:行政)?规范性文件(?![的之])"
)
# Every match of _NONE_ISSUED opens with one of these (its negation and 新 or its verb): most reports name
# 规范性文件 and hold 未 somewhere, and were scanned from each 未 on.
_NONE_ISSUED_HEADS = ("未新", "未制定", "未出台", "未印发", "未制发", "没有")
_NORMDOCS_ISSUED = "rules.normdocs_issued"
# 全年未收到政府信息公开申请, 没有收到要求公开信息的申请, 没有接到群众要求公开政府信息的申请: no request for
# information this year.
_NO_REQUESTS = re.compile(
    r"(?:未|没有)(?:收到|受理|接到)(?:和处理)?[^，。；\d\n]{0,12}?(?:信息公开|公开(?:政府)?信息|依申请公开)[^，。；\d\n]{0,4}?申请"
    r"(?![的之]?(?:单位|部门|乡镇|街道|机关))"  # (未收到…申请的单位有3个: the bodies that got none)
)
_NO_REQUESTS_HEADS = ("未收到", "没有收到", "未受理", "未接到", "没有接到")
_DISCLOSURE_REQUESTS = "oversight.disclosure_requests"

_ZERO_FACTS = (
    (
        "disputes.litigation_losses",
        # 无行政复议被纠错、行政诉讼败诉类案件的发生: the negation may govern a list of outcomes.
        re.compile(
            r"(?:无|零|没有|未发生|未出现)(?:[^，。；！？\d\n]{0,40}?[、和及与])?(?:一起|一例|一件|一)?"
            r"(?:行政诉讼(?:案件)?|行政)?败诉(?!率)(?:案件|案例)?"  # (…和行政诉讼案件败诉情况)
        ),
    ),
    (
        # 均未败诉, 败诉率为零, 败诉为零, 应诉案件全部胜诉: no case lost, said another way. Every alternative starts
        # with a plain character, so the regex engine skips along the text to those (see _KIND).
        "disputes.litigation_losses",
        re.compile(
            r"均未败诉|全部未败诉|都未败诉|败诉率(?:均|保持)?(?:为|是|保持)?(?:零|0(?:\.0+)?%?)(?![\d.%])|败诉(?:案件)?为零"
            r"|应诉案件(?:均|全部|全都)胜诉|诉讼案件(?:均|全部|全都)胜诉"
        ),
    ),
)

# Every zero above is said with one of these: a text without them is not scanned for those zeros (a
# regex scan of a text costs about 60 instructions a character; a substring test a few).
_LOSS_WORDS = ("败诉", "胜诉")

# No cases at all (全年无行政复议案件, 未发生行政复议和行政诉讼案件, 行政复议、行政诉讼案件均为零): the
# body's own count of cases, zero. A negation of one outcome (无行政复议被纠错, 无行政诉讼败诉案件) or of
# cases of one kind (未发生因信息公开引发的行政复议案件) is not: the kinds must follow the negation at once.
# Department reports name the kinds short (复议, 诉讼, 应诉) and may negate each (全年无诉讼、无复议案件).
_CASE_KINDS = {"复议": "disputes.reconsideration_cases", "诉讼": "disputes.litigation_cases"}
# Each kind spelt out with its 行政: a pattern that opens with a kind then starts with a plain character,
# which the regex engine skips along the text to; opened by an optional 行政, it was tried at every
# position of the text (seven times the cost).
_KIND = r"(?:行政复议|行政诉讼|行政应诉|复议|诉讼|应诉)"
_KINDS = rf"(?P<kinds>{_KIND}(?:[、和及与](?:无|没有)?{_KIND})?)"
_NO_CASES = re.compile(r"(?:无|未发生|没有发生|未出现|没有)" + _KINDS + r"(?:案件|案)(?![被败纠撤])")
# _NO_CASES as one pattern for each character its negations open with, which every text is scanned for. A
# pattern opened by one of several characters is scanned with a class test at each character of the text
# (most of ``zero_facts``'s cost on real reports); one opened by a plain character is skipped along the text
# to it. Their matches, in order and none inside the one before (``_no_cases``), are _NO_CASES's: a match
# holds another's start only at its second kind's negation (未发生行政复议、无行政诉讼案件), and both end there.
_NO_CASES_BY_HEAD = tuple(
    re.compile(negation + _KINDS + r"(?:案件|案)(?![被败纠撤])")
    for negation in ("无", "未(?:发生|出现)", "没有(?:发生)?")
)
_ZERO_COUNT = r"案件(?:数量|数)?(?:均|都)?(?:为|是)?(?:零|0件|0)"
_ZERO_CASES = re.compile(_KINDS + _ZERO_COUNT + r"(?![\d.%件撤改败赔纠被])")
# Every match of _ZERO_CASES ends on a zero count (案件均为零), which starts with a plain character the
# regex engine skips along the text to: a text without one is not scanned for the whole pattern, whose
# kinds start with 行 (every sentence has one).
_ZERO_COUNT_ALONE = re.compile(_ZERO_COUNT)
_START = methodcaller("start")


def zero_facts(text: str, sentence_ends: list[int]) -> list[Fact]:
    """A fact of value 0 for each zero said in words; its evidence runs from its sentence's start."""
    out = []
    for code, pattern in _ZERO_FACTS if any(word in text for word in _LOSS_WORDS) else ():
        for match in pattern.finditer(text):
            out.append(_zero(code, text, sentence_ends, match.start(), match.end()))
    if "规范性文件" in text and any(head in text for head in _NONE_ISSUED_HEADS):
        for match in _NONE_ISSUED.finditer(text):
            out.append(_zero(_NORMDOCS_ISSUED, text, sentence_ends, match.start(), match.end()))
    if "申请" in text and any(head in text for head in _NO_REQUESTS_HEADS):
        for match in _NO_REQUESTS.finditer(text):
            out.append(_zero(_DISCLOSURE_REQUESTS, text, sentence_ends, match.start(), match.end()))
    zero_count = _ZERO_COUNT_ALONE.search(text) is not None
    for matches in (_no_cases(text), _ZERO_CASES.finditer(text)) if zero_count else (_no_cases(text),):
        for match in matches:
            kinds = match.group("kinds").replace("应诉", "诉讼")
            for kind, code in _CASE_KINDS.items():
                if kind in kinds:
                    out.append(_zero(code, text, sentence_ends, match.start(), match.end()))
    return out


def _no_cases(text: str) -> list[re.Match[str]]:
    """The matches of _NO_CASES in ``text``, found by the patterns of its negations' first characters."""
    found = sorted(chain.from_iterable(pattern.finditer(text) for pattern in _NO_CASES_BY_HEAD), key=_START)
    out: list[re.Match[str]] = []
    for match in found:
        if not out or match.start() >= out[-1].end():
            out.append(match)
    return out


def _zero(code: str, text: str, sentence_ends: list[int], match_start: int, end: int) -> Fact:
    indicator = catalog.get(code)
    index = bisect_left(sentence_ends, match_start)
    start = sentence_ends[index - 1] + 1 if index else 0
    return Fact(
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
