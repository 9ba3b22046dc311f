"""Stage 6, check: data defects a reviewer must see, with spans in the repaired text.

- ``blank_number``: a counter or rate with its number missing (``调处各类矛盾纠纷 件``,
  ``满意率达%``, a list of rates with no figures);
- ``mangled_date``: a date that lost its separators (``2020925``, ``20221月1日``);
- ``lost_range``: a range that lost its dash (``今年18月`` for 1—8月, ``20212025年``);
- ``truncated_sentence``: a paragraph cut off mid-sentence (the page or the file ends, or
  a heading follows);
- ``placeholder``: template placeholders left in the text (``*区``, ``XX县``, ``×次``);
- ``garbled_text``: replacement characters or ``??`` where a page lost characters.
"""

from __future__ import annotations

import re

from .model import Defect

# A paragraph shorter than this that ends without punctuation is a heading or a
# signature, not a cut-off sentence.
TRUNCATION_MIN_CHARS = 40

_COUNTERS = "件次|人次|户次|场次|批次|件|项|次|个|场|份|条|户|家|人|名|起|部|元|万元"
# Each pattern starts with a literal or a rare character so that the scan is fast;
# the clause before the hit is added afterwards as the defect's text.
# The space comes first so that the regex engine skips ahead to spaces; the lookbehind then checks the Han.
_BLANK_COUNTER = re.compile(rf" (?<=[\u4e00-\u9fff] )(?:{_COUNTERS})(?=[，。；、\s）)]|$)")
_BLANK_AFTER_VERB = re.compile(rf"(?:共计|累计|合计|总计|达到|达|为)(?:{_COUNTERS}|%)(?=[，。；、\s]|$)")
_BLANK_PERCENT = re.compile(r"率(?:达到?|为|是)?\s?%")
_BLANK_RATES = re.compile(r"率[，、][\u4e00-\u9fff]{1,6}率[，、][\u4e00-\u9fff]{1,6}率[。；]")
_MANGLED_DATE = re.compile(
    r"(?<![\d.])((?:19|20)\d{2})(0?[1-9]|1[0-2])(0[1-9]|[12]\d|3[01]|[1-9])(?![\d.%])(?!\s?(?:件|项|次|个|人|元|万|亿|条|份|户|家|名|场|部|号|年))"
)
_GLUED_MONTH = re.compile(r"(?<!\d)((?:19|20)\d{2})(1[0-2]|[1-9])月(?:\d{1,2}日)?")
_LOST_YEAR_RANGE = re.compile(r"(?<!\d)((?:19|20)\d{2})((?:19|20)\d{2})年")
_LOST_MONTH_RANGE = re.compile(r"(?<!\d)(\d)(\d{1,2})月")
_RANGE_LEFT = frozenset("年，。、：（\n")
_CENTURIES = ("19", "20")
# The leading lookahead lets the regex engine skip to the placeholder characters.
_PLACEHOLDER = re.compile(
    r"(?=[*＊×XＸ])(?:[*＊×]{1,3}|[XＸ]{2,3})(?=[省市区县镇乡街村州局委办次件个项人家场名条份户%年月日])"
)
# Where a run of two or more digits starts (a digit after no digit) that the date and range patterns can
# match at: a year's century first (19…, 20…), or 月 two or three characters on (1—8月 that lost its dash).
# Other runs (most: counts, percentages) are not returned to be turned down one by one. Four scans find them,
# each opened by a plain character the regex engine skips along a text to (one pattern opened by a class of
# every digit was tested at every character: about 60 -> 10 us a bench text): the centuries from their two
# digits, the month ranges from their 月, looked back from it; each with how far before its match the run
# starts. A run that a century and a month range both start (20月) is found twice, and kept once.
_DATE_RUN_STARTS = (
    (re.compile(r"19(?<!\d19)"), 0),
    (re.compile(r"20(?<!\d20)"), 0),
    (re.compile(r"月(?<=(?<!\d)\d\d月)"), 2),
    (re.compile(r"月(?<=(?<!\d)\d\d.月)", re.S), 3),
)
_PLACEHOLDER_CHARS = ("*", "＊", "×", "XX", "ＸＸ")  # looked for with ``in``: faster than a regex search
_GARBLED = re.compile(r"\ufffd+|(?<![\w?？])[?？]{2,}(?=[\u4e00-\u9fff])")
_TERMINAL = frozenset("。！？；：…”’）)》】」』.!?;:*")
_HEADING_START = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.]|（[一二三四五六七八九十]{1,3}）|\d{1,2}[.、](?!\d)|（\d{1,2}）)"
)


def check(text: str) -> list[Defect]:
    defects: list[Defect] = []
    for pattern in (_BLANK_COUNTER, _BLANK_AFTER_VERB, _BLANK_PERCENT, _BLANK_RATES):
        for match in pattern.finditer(text):
            start = _clause_start(text, match.start())
            defects.append(Defect("blank_number", text[start : match.end()], start, match.end()))
    # Dates and ranges are only looked for where digits run: a handful of places per report.
    for position in _date_run_starts(text):
        # The date patterns start with a year (19…, 20…); the month range has 月 two or three
        # characters on.
        if text.startswith(_CENTURIES, position):
            match = _MANGLED_DATE.match(text, position)
            if match and len(match.group(0)) in (7, 8) and _standalone(text, match.start(), match.end()):
                defects.append(Defect("mangled_date", match.group(0), match.start(), match.end()))
            match = _GLUED_MONTH.match(text, position)
            if match:
                defects.append(Defect("mangled_date", match.group(0), match.start(), match.end()))
            match = _LOST_YEAR_RANGE.match(text, position)
            if match and int(match.group(1)) < int(match.group(2)):
                defects.append(Defect("lost_range", match.group(0), match.start(), match.end()))
        match = _LOST_MONTH_RANGE.match(text, position) if "月" in text[position + 2 : position + 4] else None
        if match:
            first, second = int(match.group(1)), int(match.group(2))
            left = text[match.start() - 1] if match.start() else "\n"
            if (
                int(match.group(1) + match.group(2)) > 12
                and 1 <= first < second <= 12
                and left in _RANGE_LEFT
            ):
                start = match.start()
                if text[start - 2 : start] == "今年":
                    start -= 2
                defects.append(Defect("lost_range", text[start : match.end()], start, match.end()))
    for match in _PLACEHOLDER.finditer(text) if any(chars in text for chars in _PLACEHOLDER_CHARS) else ():
        end = min(len(text), match.end() + 1)
        defects.append(Defect("placeholder", text[match.start() : end], match.start(), end))
    for match in _GARBLED.finditer(text) if ("\ufffd" in text or "??" in text or "？？" in text) else ():
        defects.append(Defect("garbled_text", match.group(0), match.start(), match.end()))
    defects.extend(_truncations(text))
    defects.sort(key=lambda d: (d.start, d.type))
    return _dedupe(defects)


def _date_run_starts(text: str) -> list[int]:
    """Where a run of digits that a date or a range may be starts in ``text`` (see ``_DATE_RUN_STARTS``), in order."""
    return sorted(
        {match.start() - back for pattern, back in _DATE_RUN_STARTS for match in pattern.finditer(text)}
    )


def _clause_start(text: str, position: int) -> int:
    """Start of the clause holding ``position``, at most 30 characters back."""
    start = max(0, position - 30)
    for mark in "，。；：、\n":
        found = text.rfind(mark, start, position)
        start = max(start, found + 1)
    return start


def _standalone(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else "\n"
    after = text[end] if end < len(text) else "\n"
    return before in "\n （(，、：" and after in "\n ）)，。、"


def _truncations(text: str) -> list[Defect]:
    out = []
    lines = text.split("\n")
    position = 0
    for index, line in enumerate(lines):
        start = position
        position += len(line) + 1
        if len(line) < TRUNCATION_MIN_CHARS or line[-1] in _TERMINAL:
            continue
        is_last = index == len(lines) - 1
        next_is_heading = not is_last and bool(_HEADING_START.match(lines[index + 1]))
        if not (is_last or next_is_heading or line[-1] in "，、"):
            continue
        tail_start = max(start, start + len(line) - 30)
        cut = max(line.rfind("。", 0, len(line)), line.rfind("，", 0, len(line) - 1))
        if cut != -1 and start + cut + 1 > tail_start - 30:
            tail_start = start + cut + 1
        out.append(
            Defect("truncated_sentence", text[tail_start : start + len(line)], tail_start, start + len(line))
        )
    return out


def _dedupe(defects: list[Defect]) -> list[Defect]:
    out: list[Defect] = []
    for defect in defects:
        if out and out[-1].type == defect.type and defect.start < out[-1].end:
            continue
        out.append(defect)
    return out
