"""The 存在的不足 part of a report, as points a reviewer can put on the problem list.

``points(reading)`` cuts the text under the report's shortcomings heading
(the engine's ``elements["shortcomings"]``: the heading's span, and the
outline node starting there, whose ``section_end`` closes the part) into
points: at the numbered markers when the part numbers its points (一是/二是,
1./1、, （一）, （1）, ①; the style of the first marker found is the one cut
at, so 一是 inside a （一） point stays with it; a 一是 point ends with its
paragraph), else at the sentence ends (。！？；). A lead-in ending in a colon
or a comma (还存在以下不足：) is not a point.
Points are numbered from 1 in the order of the text; the number is the
``<n>`` of the problem entry's ``source_reference``
``filings:<filing id>#shortcomings-<n>``. The text of an accepted report
never changes, so the numbers do not either.

When the engine found the part only mentioned (no heading of its own), the
passage it points at is cut the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CHINESE_ORDINALS = "一二三四五六七八九十"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# (style, pattern at the marker's start). Order matters only for ties.
MARKERS = [
    ("shi", re.compile(rf"[{CHINESE_ORDINALS}]+是")),
    ("paren_chinese", re.compile(rf"[（(][{CHINESE_ORDINALS}]+[）)]")),
    ("chinese", re.compile(rf"[{CHINESE_ORDINALS}]+、")),
    ("paren_digit", re.compile(r"[（(]\d{1,2}[）)]")),
    ("digit", re.compile(r"\d{1,2}[.．、](?!\d)")),
    ("circled", re.compile(rf"[{CIRCLED}]")),
]
# A marker counts only where a point can begin: the start, a new line, or after
# a sentence or clause end or a colon (so 2.5 or 第三是 inside a sentence is no marker);
# 一是 also after a comma (存在一些不足，一是…).
BOUNDARY = "\n。！？；;：:"
INLINE_BOUNDARY = BOUNDARY + "，,"
# Styles written inside a paragraph: such a point ends with its paragraph.
INLINE_STYLES = frozenset({"shi", "circled"})
LEAD_IN_ENDS = ("：", ":", "，", ",")
SENTENCE_END = re.compile(r"(?<=[。！？；;!?])|\n")
MAX_POINT_CHARS = 2000
MIN_POINT_CHARS = 4


@dataclass(frozen=True)
class Point:
    number: int
    text: str
    start: int
    end: int


def _section(reading: dict) -> tuple[int, int] | None:
    element = (reading.get("elements") or {}).get("shortcomings") or {}
    evidence = element.get("evidence") or {}
    if element.get("status") not in ("section", "mentioned") or "start" not in evidence:
        return None
    if element.get("status") == "mentioned":
        return evidence["start"], evidence["end"]
    stack = list(reading.get("outline") or [])
    while stack:
        node = stack.pop()
        if node.get("start") == evidence["start"]:
            return node.get("end", evidence["end"]), node.get("section_end", evidence["end"])
        stack.extend(node.get("children") or [])
    return None


def _markers(text: str) -> list[tuple[int, str]]:
    found = []
    for style, pattern in MARKERS:
        for match in pattern.finditer(text):
            at = match.start()
            boundary = INLINE_BOUNDARY if style in INLINE_STYLES else BOUNDARY
            # ①② mark nothing but points: they count anywhere.
            if style == "circled" or at == 0 or text[at - 1] in boundary or text[at - 1].isspace():
                found.append((at, style))
    return sorted(found)


def _pieces(text: str) -> list[tuple[int, int]]:
    """(start, end) of each point within ``text``."""
    markers = _markers(text)
    if markers:
        style = markers[0][1]
        cuts = [at for at, s in markers if s == style]
        pieces = [(a, b) for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)]
        if style in INLINE_STYLES:
            # What follows the paragraph of the last 一是 (a heading, the next part) is no point.
            pieces = [(a, b if (nl := text.find("\n", a, b)) < 0 else nl) for a, b in pieces]
        lead = text[: cuts[0]].strip()
        if lead and not lead.endswith(LEAD_IN_ENDS):
            pieces.insert(0, (0, cuts[0]))
        return pieces
    bounds = [0] + [m.start() for m in SENTENCE_END.finditer(text)] + [len(text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def points(reading: dict) -> list[Point]:
    span = _section(reading)
    if span is None:
        return []
    text = reading.get("text") or ""
    start, end = span
    body = text[start:end]
    out = []
    for a, b in _pieces(body):
        piece = body[a:b]
        stripped = piece.strip()
        if len(stripped) < MIN_POINT_CHARS:
            continue
        offset = start + a + (len(piece) - len(piece.lstrip()))
        out.append(Point(len(out) + 1, stripped[:MAX_POINT_CHARS], offset, offset + len(stripped)))
    return out


def description(point: Point) -> str:
    """The entry's wording: the point without its number and its closing ；/，."""
    text = point.text
    for _style, pattern in MARKERS:
        match = pattern.match(text)
        if match:
            text = text[match.end() :].lstrip()
            break
    text = text.rstrip("；;，,、 ")
    if text and text[-1] not in "。！？!?":
        text += "。"
    return text


def reference(filing, number: int) -> str:
    return f"filings:{filing.pk}#shortcomings-{number}"


def reference_prefix(filing) -> str:
    return f"filings:{filing.pk}#shortcomings-"


def number_of(filing, source_reference: str) -> int | None:
    prefix = reference_prefix(filing)
    if not source_reference.startswith(prefix):
        return None
    tail = source_reference[len(prefix) :]
    return int(tail) if tail.isdigit() else None


def entries_made(filing) -> dict[int, object]:
    """Point number -> the problem entry already made from it (read from oversight's list)."""
    from fazhi.oversight.models import Problem, ProblemSource

    made = {}
    for problem in Problem.objects.filter(
        source=ProblemSource.ANNUAL_REPORT, source_reference__startswith=reference_prefix(filing)
    ).order_by("id"):
        number = number_of(filing, problem.source_reference)
        if number is not None:
            made.setdefault(number, problem)
    return made


@dataclass(frozen=True)
class Row:
    point: Point
    problem: object | None  # the entry already made from it


def rows(filing) -> list[Row]:
    """The points of the filing's current version with the entries already made from them."""
    if filing.current_version is None:
        return []
    made = entries_made(filing)
    return [Row(point, made.get(point.number)) for point in points(filing.current_version.reading)]
