"""Stage 3, segment: the repaired text -> its heading tree.

Numbering styles, outermost first: ``第一部分``, ``一、``, ``（一）``, ``1.``,
``（1）``, ``①``, ``一是``; plus unnumbered headings (short lines without
clause punctuation that open a part). Levels are the ranks of the styles a
document uses, so a report numbered ``一、`` then ``1.`` gets levels 1 and 2.
"""

from __future__ import annotations

import re

from .model import Heading

# A heading's own words end at the first full stop; a numbered paragraph with no
# full stop that soon is cut at its first comma or at this many characters.
HEADING_MAX_CHARS = 50

# Unnumbered headings are short lines; anything longer is a paragraph.
PLAIN_HEADING_MAX_CHARS = 30

# Lines before the first real paragraph (title, meeting header, signature) are
# not unnumbered headings; a paragraph is at least this long.
PARAGRAPH_MIN_CHARS = 60

# A shorter opening that ends in the report formula (…现将有关情况报告如下：) starts the body too.
_REPORT_FORMULA = re.compile(r"如下[：。:]?$")

# An unnumbered heading is followed by a paragraph at least this long (not by a date or a
# signature line).
PLAIN_FOLLOWER_MIN_CHARS = 20

_CN = "一二三四五六七八九十"
STYLES: list[tuple[str, re.Pattern[str]]] = [
    ("第一部分", re.compile(rf"^第[{_CN}]{{1,3}}(?:部分|章|篇)\s*")),
    ("一、", re.compile(rf"^[{_CN}]{{1,3}}\s?[、.]\s*")),
    ("（一）", re.compile(rf"^（[{_CN}]{{1,3}}）\s*")),
    ("1.", re.compile(r"^\d{1,2}\s?[.、](?!\d)\s*")),
    ("（1）", re.compile(r"^（\d{1,2}）\s*")),
    ("①", re.compile(r"^[①-⑳]\s*")),
    ("一是", re.compile(rf"^(?:[{_CN}]{{1,2}})(?:是|要)(?=[\u4e00-\u9fff“《])")),
]
STYLE_RANK = {name: rank for rank, (name, _) in enumerate(STYLES)}
# The styles a line can be numbered in, by its first character (in rank order): a line is tried
# only against those (a year's line, 2023年…, against one pattern, not seven); other lines skip them all.
_STYLES_BY_FIRST: dict[str, list[tuple[int, str, re.Pattern[str]]]] = {}
for _first, _names in (
    ("第", ("第一部分",)),
    (_CN, ("一、", "一是")),
    ("（", ("（一）", "（1）")),
    ("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳", ("①",)),
):
    for _char in _first:
        _STYLES_BY_FIRST[_char] = [(STYLE_RANK[name], name, STYLES[STYLE_RANK[name]][1]) for name in _names]
# A line starting with any other digit (\d: any decimal digit) can only be numbered 1.
_DIGIT_STYLES = [(STYLE_RANK["1."], "1.", STYLES[STYLE_RANK["1."]][1])]
PLAIN = "plain"

_STOP = re.compile(r"[。！？：]")
_PLAIN_OK = re.compile(r"^[\u4e00-\u9fff\d“”《》、（）\s—-]+$")
# At least two Han characters: an unnumbered heading has words, not only figures and marks.
_TWO_HAN = re.compile(r"[\u4e00-\u9fff][^\u4e00-\u9fff]*[\u4e00-\u9fff]")


def outline(text: str) -> list[Heading]:
    """The heading tree of ``text`` (top-level headings with nested children)."""
    return tree(headings(text))


def tree(flat: list[Heading]) -> list[Heading]:
    """Nest ``flat`` headings (as ``headings`` returns them) under their parents."""
    roots: list[Heading] = []
    stack: list[Heading] = []
    for heading in flat:
        while stack and stack[-1].level >= heading.level:
            stack.pop()
        (stack[-1].children if stack else roots).append(heading)
        stack.append(heading)
    return roots


def headings(text: str) -> list[Heading]:
    """Every heading in document order, with levels and section ends set."""
    found: list[tuple[int, str, str, str, int, int]] = []  # rank, style, number, text, start, end
    pos = 0
    body_started = False
    lines = text.split("\n")
    for index, line in enumerate(lines):
        start = pos
        pos += len(line) + 1
        if not line:
            continue
        matched = False
        styles = _STYLES_BY_FIRST.get(line[0]) or (_DIGIT_STYLES if line[0].isdigit() else ())
        for rank, style, pattern in styles:
            match = pattern.match(line)
            if not match:
                continue
            rest = line[match.end() :]
            words = _heading_words(rest)
            if not words or words[0] in "，。、；：":
                break
            number = line[: match.end()] if style != "一是" else line[: match.end()]
            found.append((rank, style, number.strip(), words, start, start + match.end() + len(words)))
            matched = True
            break
        if matched:
            body_started = True
            continue
        if len(line) >= PARAGRAPH_MIN_CHARS or _REPORT_FORMULA.search(line):
            body_started = True
            continue
        if (
            body_started
            and len(line) <= PLAIN_HEADING_MAX_CHARS
            and _PLAIN_OK.match(line)
            and _TWO_HAN.search(line)
            and index + 1 < len(lines)
            and len(lines[index + 1]) > len(line)
            and len(lines[index + 1]) >= PLAIN_FOLLOWER_MIN_CHARS
        ):
            found.append((STYLE_RANK["一、"], PLAIN, "", line.strip(), start, start + len(line)))
    ranks = sorted({item[0] for item in found})
    level_of = {rank: level for level, rank in enumerate(ranks, start=1)}
    out = [
        Heading(level_of[rank], style, number, words, start, end, len(text))
        for rank, style, number, words, start, end in found
    ]
    # A section ends where the next heading of its level or above starts: one pass, the open
    # sections on a stack (deeper ones on top).
    open_sections: list[Heading] = []
    for later in out:
        while open_sections and open_sections[-1].level >= later.level:
            open_sections.pop().section_end = later.start - 1 if later.start > 0 else later.start
        open_sections.append(later)
    return out


def _heading_words(rest: str) -> str:
    stop = _STOP.search(rest)
    words = rest[: stop.start()] if stop else rest
    if len(words) > HEADING_MAX_CHARS:
        comma = words.find("，")
        words = words[:comma] if 0 < comma <= HEADING_MAX_CHARS else words[:HEADING_MAX_CHARS]
    return words.strip()
