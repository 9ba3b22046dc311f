"""Stage 4c, classify: the five statutory parts of a report and its compliance.

A part is ``section`` when a heading of the top two levels (numbered ``一、`` /
``（一）`` or their equivalents, never an inline ``一是``) names it, ``mentioned``
when the body only touches it, ``absent`` otherwise. One heading may name two
parts (存在的问题和2020年工作打算). Compliant = the four required parts are all
``section``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from fazhi.catalog.elements import ELEMENTS, REQUIRED

from .model import Element, Heading, Span
from .segment import PLAIN

# Only headings this deep can open a statutory part; deeper ones are details of one.
PART_HEADING_MAX_LEVEL = 2

# A report whose top headings are topics (强化组织领导…) rather than part names
# reports its results under them; this many topical top headings make a results section.
TOPICAL_HEADINGS_FOR_RESULTS = 2

_HEADING_CUES: dict[str, re.Pattern[str]] = {
    "results": re.compile(
        r"举措|做法|成效|成绩|工作情况|开展情况|基本情况|进展情况|完成情况|推进情况|建设情况|工作回顾|主要工作|取得的|履职情况|总体情况|工作开展"
    ),
    "shortcomings": re.compile(
        r"存在的|存在问题|不足|短板|差距|薄弱|问题和|问题及|主要问题|困难|问题与|^问题|需要改进|有待改进"
    ),
    "first_responsible": re.compile(
        r"第一责任人|主要负责人|主要负责同志|党政主要负责|主要领导|履行推进法治建设(?:领导)?职责|法治建设(?:领导)?职责|领导职责|述法"
    ),
    "next_plan": re.compile(
        r"下一步|下一年|下步|下阶段|下一阶段|明年|今后|打算|工作安排|主要安排|工作计划|工作思路|努力方向|工作重点|重点工作|工作设想|(?:19|20)\d{2}年(?:度)?(?:的)?(?:主要|重点)?(?:工作)?(?:安排|计划|打算|思路|重点|目标|任务)"
    ),
    "other": re.compile(r"其他需要|其它需要|其他情况|其它情况|其他事项"),
}
# A shortcomings heading that is really a results topic (坚持问题导向…, 依法保障困难群众基本生活) is not one.
_NOT_SHORTCOMINGS = re.compile(
    r"问题导向|解决.{0,6}问题|化解|整改|困难(?:群众|家庭|职工|人员|群体|户|企业|学生)"
)
_NOT_NEXT_PLAN = re.compile(r"规划实施|^(?:19|20)\d{2}年(?:推进|法治)|(?:完成|落实|进展|推进|开展)情况")

_BODY_CUES: dict[str, re.Pattern[str]] = {
    "results": re.compile(r"取得[^。]{0,10}成效|主要举措|工作成效|成效显著|取得明显成效"),
    "shortcomings": re.compile(
        r"存在[^。]{0,12}(?:问题|不足|短板|差距)|不足之处|薄弱环节|有待[^。]{0,6}(?:提高|加强|提升)"
    ),
    "first_responsible": re.compile(
        r"第一责任人|主要负责人|主要负责同志[^。]{0,20}法治|述法|法治建设(?:领导)?职责|一把手[^。]{0,10}法治"
    ),
    "next_plan": re.compile(
        r"下一步|下一年度|明年|今后[^。]{0,4}(?:一个时期|工作|将)|(?:19|20)\d{2}年[^。]{0,6}(?:将|计划|打算)"
    ),
    "other": re.compile(r"其他需要报告|其它需要报告"),
}


def read_parts(text: str, flat_headings: list[Heading]) -> tuple[dict[str, Element], dict]:
    elements: dict[str, Element] = {}
    candidates = [h for h in flat_headings if h.level <= PART_HEADING_MAX_LEVEL and h.style != "一是"]
    part_headings = _part_headings(candidates)
    for code in ELEMENTS:
        heading = part_headings.get(code)
        if heading is not None:
            elements[code] = Element(
                "section", heading.text, Span(heading.start, heading.end, text[heading.start : heading.end])
            )
            continue
        if code == "results":
            topical = [h for h in candidates if h.level == 1 and not _parts_named(h.text)]
            if len(topical) >= TOPICAL_HEADINGS_FOR_RESULTS:
                first = topical[0]
                elements[code] = Element(
                    "section", first.text, Span(first.start, first.end, text[first.start : first.end])
                )
                continue
        match = _BODY_CUES[code].search(text)
        if match:
            start, end = _sentence(text, match.start(), match.end())
            elements[code] = Element("mentioned", None, Span(start, end, text[start:end]))
        else:
            elements[code] = Element("absent")
    missing = [code for code in REQUIRED if elements[code].status == "absent"]
    weak = [code for code in REQUIRED if elements[code].status == "mentioned"]
    compliance = {"compliant": not missing and not weak, "missing": missing, "weak": weak}
    return elements, compliance


def count_part_headings(flat_headings: list[Heading]) -> int:
    """How many top headings name a statutory part: a sign the document is a report."""
    return sum(
        1
        for h in flat_headings
        if h.level <= PART_HEADING_MAX_LEVEL
        and h.style != "一是"
        and (not _STRICT_PARTS.isdisjoint(_parts_named(h.text)) or _RESULTS_IN_THE_RULES_WORDS.search(h.text))
    )


# The parts whose names are signs of a report by themselves (a results heading is any topic's)...
_STRICT_PARTS = frozenset(("shortcomings", "first_responsible", "next_plan"))
# ...unless it names the results in the regulation's own words (推进法治政府建设的主要举措和成效): 247
# tuning reports head their first part so and no tuning look-alike does (12th session).
_RESULTS_IN_THE_RULES_WORDS = re.compile(r"举措(?:和|与|及)(?:主要)?成效")


# A heading is asked about the parts twice (count_part_headings, then read_parts), and reports
# share their part headings (存在的问题, 下一步工作打算): each heading's answer is kept, for all
# five parts at once.
@lru_cache(maxsize=4096)
def _parts_named(words: str) -> tuple[str, ...]:
    """The statutory parts a heading's words name, in ``ELEMENTS`` order (one heading may name two)."""
    return tuple(code for code in ELEMENTS if _names(code, words))


def _names(code: str, words: str) -> bool:
    if not _HEADING_CUES[code].search(words):
        return False
    if code == "shortcomings" and _NOT_SHORTCOMINGS.search(words) and not re.search(r"存在|不足", words):
        return False
    if code == "next_plan" and _NOT_NEXT_PLAN.search(words) and not re.search(r"打算|安排|计划|下一", words):
        return False
    return True


def _part_headings(candidates: list[Heading]) -> dict[str, Heading]:
    """Each part's heading, in one pass over the headings: the outermost that names it (a level-1
    part beats a level-2 detail that names it), the first of those."""
    best: dict[str, Heading] = {}
    for heading in candidates:
        if heading.style == PLAIN and heading.level > 1:
            continue
        for code in _parts_named(heading.text):
            if code not in best or heading.level < best[code].level:
                best[code] = heading
    return best


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    right_candidates = [i for i in (text.find("。", end), text.find("\n", end)) if i != -1]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    if text[right - 1 : right] == "\n":
        right -= 1
    return left, right
