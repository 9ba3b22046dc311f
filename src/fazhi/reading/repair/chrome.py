"""Repair, page chrome: the lines of a web page that are not the report, dropped and counted.

- ``whitespace``: runs of spaces collapsed, lines stripped, empty lines dropped, a number joined
  to its counter (``19 期``);
- ``chrome``: site chrome lines dropped (publication line, hit counters, font switches,
  breadcrumbs, footers, error-report forms, watermarks, site clocks);
- ``noise``: stray ``?`` runs left where a page lost characters.

Every piece of chrome dropped is kept, in page order, as a ``Chrome`` with its place on the
page: the classify stage reads the publication date from it (``published``). Signs of a
model-essay site, the site clock and the source line are noted in ``signals``.
The chrome words are data: ``data/chrome_words.txt``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice

from ..dates import CLOCK_WORDS, DATE, DATE_RE, DATE_TIME_LINE, day_first_date, site_clock
from ..wordlists import alternation, by_piece, holds_any, words

# A line longer than this is body text even if it carries a chrome word
# ("来源", "打印"): chrome lines on government pages are short.
CHROME_LINE_MAX_CHARS = 80

# The page header (title, publication line, breadcrumbs) sits in the first lines;
# a bare date-and-time line is taken as the publication line only there.
HEADER_LINES = 15

# A title run into the opening sentence (…情况的报告2023年，省政府…; …上的讲话同志们：) is split
# from it when it is in the first lines.
TITLE_GLUE_LINES = 3
_GLUED_TITLE = re.compile(r"^([^。，；：]{8,80}?(?:报告|讲话|总结))(?=(?:19|20)\d{2}\s*年度?[，：]|同志们)")

# A date's label alone on its line (发布日期, 发文日期：) and the date alone on the next: one field.
_DATE_LABEL_LINE = re.compile(
    r"^[-•·\s]*(?:发布|发表|发稿|公开|更新|成文|发文|印发|生成)(?:日期|时间)\s*[：:]?$"
)
# The characters a date's label alone ends on (the line is stripped): other chrome lines are not matched.
_DATE_LABEL_ENDS = frozenset("期间：:")
_DATE_VALUE = re.compile(rf"^{DATE}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?$")

# A line shorter than this is no title a date under it could date (the title stage's own minimum).
TITLE_LENGTH_MIN = 8

# A body-and-date line is the publication line only this near the top: lower it is a signature.
BODY_DATE_LINES = 4

# Footers start in the back half of the page; a footer word earlier is body text.
FOOTER_MIN_POSITION = 0.5

_CJK = "\u4e00-\u9fff\u3400-\u4dbf"

_LEADING_NOISE = re.compile(rf"^[?？]{{2,}}(?=[{_CJK}\d])")
_SPACE_RUN = re.compile(r" {2,}")
# A space on either side of a mark, deleted without a replacement template (faster per match). Both
# patterns start with the space (the lookbehinds look back over it), so the regex engine skips along a
# line to its spaces; a pattern that opened with a lookbehind was tried at every position.
_SPACE_BY_MARK = re.compile(r" (?:(?=[，。；：、！？“”（）《》])|(?<=[，。；：、！？“”（）《》] ))")
# A space between a number and its counter (19 期, 14 名, 1.2 万件, 95 %), as text taken from a PDF
# or a spaced table has it: the facts' rules read a figure and its counter as one word.
_SPACE_IN_COUNT = re.compile(
    r" (?<=\d )(?=[余多万亿件次项条人名场期个家户份部批起例宗张篇卷册本所支处台套座类轮堂位组%‰元千])"
)

# The publishing body and the date on one header line (泰兴市人民政府 2024年02月05日), as news
# pages print them under a title; a site clock on such a line names the weekday and is not one.
_BODY_DATE_LINE = re.compile(
    rf"^[\u4e00-\u9fff]{{2,24}}(?:人民政府|政府|局|厅|委员会|办公室|办事处|中心)\s+{DATE}\s*$"
)
# A date alone on the line under a page's title (2024-03-12, 2024年3月12日): the date the page
# was put up. Under a body's name it is a signature, in brackets the document's own date.
_BARE_DATE_LINE = re.compile(rf"^{DATE}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?$")
# ...and a site's own figures in round brackets (( 2021-03-05)) over the document's own date in words
# (2017年2月20日); alone, a date in round brackets may be the document's own and gives none.
_BRACKETED_WEB_DATE = re.compile(r"^[（(]\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*[）)]$")
_BODY_NAME_END = re.compile(r"(?:政府|局|厅|委员会|办公室|党组|党委|法院|检察院|办事处|中心)$")
# A publication line run into the first paragraph (发表时间：2025-03-06 09:12:302024年以来，…).
_GLUED_PUBLICATION = re.compile(
    rf"^(?:发布|发表|发稿|更新)(?:时间|日期)\s*[：:]?\s*{DATE}(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
)

_FLAT_CATALOGUE = re.compile(r"^[\[【]?\s*索\s*引\s*号\s*[\]】]?\s*[：:](?:[^：:]*[：:]){2}")

# The chrome words (data/chrome_words.txt), one regex alternative each.
_CHROME_ALTERNATIVES = words("chrome_words")
_CHROME = re.compile("|".join(_CHROME_ALTERNATIVES))

# _CHROME split for speed (a search of the whole alternation costs ~15 µs a line): the
# alternatives anchored at the line start are tried there only, the others wherever a line has
# one of their first characters. Each of those starts with a plain character (tests check it),
# so the regex engine gathers the first characters itself and skips along the line to them; a
# lookahead of the same characters was tried at every position, and cost twice as much.
# The bare breadcrumbs (the anchored alternatives that spell the marks' class [>＞»]) can start with
# any character but hold a mark, and are tried only on a line that holds one: tried on every line
# whose first character an anchored alternative starts with (2023年…, 下一步…), they were two fifths of
# the anchored match's cost.
_ANCHORED = [part for part in _CHROME_ALTERNATIVES if part.startswith("^")]
_CHROME_ANCHORED = re.compile("|".join(part for part in _ANCHORED if "[>＞»]" not in part))
_CHROME_BREADCRUMB = re.compile("|".join(part for part in _ANCHORED if "[>＞»]" in part))
_CHROME_FLOATING = re.compile("|".join(part for part in _CHROME_ALTERNATIVES if not part.startswith("^")))


# The characters a line can start with for an anchored alternative other than the breadcrumbs to match
# it, besides a space (tests read them off the alternatives: a new alternative's first characters must
# be added).
_ANCHORED_FIRST = frozenset(
    "*,-12>[|·•【上下主体作使信公关分刊印发录成打提收日时有来正添生简索繁纠请重阅，＞｜"
)
_BREADCRUMB_MARKS = (">", "＞", "»")


def _chrome_words(line: str) -> bool:
    """Whether ``line`` holds a chrome word: the same as ``_CHROME.search(line)``, faster. Most lines of a
    report start with a character no anchored alternative starts with (一、, （二）, 全年…) and hold no
    breadcrumb mark, and are not tried at their start."""
    first = line[:1]
    if (not first.strip() or first in _ANCHORED_FIRST) and _CHROME_ANCHORED.match(line) is not None:
        return True
    if (">" in line or "＞" in line or "»" in line) and _CHROME_BREADCRUMB.match(line) is not None:
        return True  # the marks are _BREADCRUMB_MARKS, tested one by one: a generator costs more
    return _CHROME_FLOATING.search(line) is not None


# Signs of a model-essay (范文) site: the page is a template, not a report.
_ESSAY_SITE_WORDS = tuple(words("essay_site_words"))
_ESSAY_SITE = re.compile("|".join(_ESSAY_SITE_WORDS))
# A piece of each essay-site word that reports seldom hold (a test checks every word holds one).
_ESSAY_SITE_BY_PIECE = by_piece(_ESSAY_SITE_WORDS, ("范文", "投", "编", "版", "仅", "载", "写"))
# The address ends at the first character that cannot be in a URL: a watermark glued to the
# body (`…更新www.example.com江西省…`) must not take the body with it.
_WATERMARK = re.compile(
    r"\s*[\w\u4e00-\u9fff]{0,8}\s*(?:https?://)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z]{2,4}){1,2}[A-Za-z0-9/._?=&%#~+-]*"
)
# The source a chrome line names (来源：市司法局): a line without 来源 is not searched (a substring test
# costs less than the call).
_SOURCE = re.compile(r"来源\s*[：:]\s*(\S{2,30})")
_FOOTER_START = re.compile(r"^[\[【]?\s*(?:" + alternation("footer_words") + ")")


@dataclass(frozen=True)
class _Holds:
    """Whether a line can hold an essay-site word, and a site clock: decided for the whole text once,
    not searched for in each line. A line holds one only if its text does, or if cutting a watermark out
    of it joined one: its other repairs trim it and drop spaces beside marks and between a number and its
    counter, and neither the essay-site words (Han characters only) nor a site clock (今天是, 星期五, 周五
    before a character that is no letter or digit) can be made so. Substring tests decide: a dozen of
    them cost fewer instructions than one regex search (the words behind their pieces)."""

    essay_site: bool
    site_clock: bool

    @classmethod
    def of(cls, text: str) -> _Holds:
        return cls(holds_any(text, _ESSAY_SITE_BY_PIECE), any(word in text for word in CLOCK_WORDS))


_ANYTHING = _Holds(essay_site=True, site_clock=True)  # a line a watermark was cut out of


# Where a piece of dropped chrome was: a line of the whole page (``page_header`` in its first
# HEADER_LINES), a line of the text in its header, below it, or in the footer, or a publication
# line the filter cut (a line's glued head, a body-and-date line under the title).
PAGE, PAGE_HEADER, HEADER, BODY, FOOTER, PUBLICATION_LINE = (
    "page",
    "page_header",
    "header",
    "body",
    "footer",
    "publication_line",
)


@dataclass(frozen=True)
class Chrome:
    text: str
    place: str


def drop_chrome(
    text: str, page: str | None, repairs: dict[str, int], signals: dict[str, list[str]]
) -> tuple[str, list[Chrome]]:
    """``text`` without its page chrome, and the chrome dropped (of ``page`` first, the whole
    page's text when ``text`` is an HTML main text). Counts ``whitespace``, ``chrome`` and
    ``noise`` in ``repairs``; notes what the chrome says in ``signals``."""
    dropped: list[Chrome] = []
    lines = text.split("\n")
    # A text's lines are asked for chrome words once each, with no look-up first.
    chrome_words = _chrome_words if page is None else _answered_from(_scan_page(page, signals, dropped))
    can_hold = _Holds.of(text)
    kept: list[str] = []
    footer_from = len(lines)
    # (More than four lines with words: counted only until the fifth, not over the whole text.)
    if next(islice((line for line in lines if line.strip()), 4, None), None) is not None:
        # The back half by characters, not lines: a header of many short chrome lines (打印, 分享)
        # above a few long paragraphs is not in the back half however many lines it has.
        half_chars = len(text) * FOOTER_MIN_POSITION
        offset = 0
        for i, line in enumerate(lines):
            if (
                offset >= half_chars
                and len(line.strip()) <= CHROME_LINE_MAX_CHARS
                and _FOOTER_START.search(line.strip())
            ):
                footer_from = i
                break
            offset += len(line) + 1
    header_seen = 0
    date_label = False  # the line before was a date's label alone (发布日期, 发文日期)
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            if line:
                repairs["whitespace"] += 1
            continue
        after_date_label, date_label = date_label, False
        if after_date_label and _DATE_VALUE.match(stripped):
            # 发文日期 / 2023年02月13日 15:56:15: a metadata block's label and its value are one field
            dropped[-1] = Chrome(f"{dropped[-1].text} {stripped}", dropped[-1].place)
            repairs["chrome"] += 1
            continue
        if index >= footer_from:
            repairs["chrome"] += 1
            _note(stripped, signals, can_hold)
            dropped.append(Chrome(stripped, FOOTER))
            continue
        header_seen += 1
        if stripped != line:
            repairs["whitespace"] += 1
        collapsed = stripped
        if "  " in stripped:
            collapsed, n_space = _SPACE_RUN.subn(" ", stripped)
            repairs["whitespace"] += n_space
        if " " in collapsed:
            spaced = collapsed
            collapsed = _SPACE_BY_MARK.sub("", collapsed)
            collapsed = _SPACE_IN_COUNT.sub("", collapsed)
            repairs["whitespace"] += len(spaced) - len(collapsed)
        stripped = collapsed
        watermark = _WATERMARK.search(stripped) if "www." in stripped else None
        line_can_hold = can_hold
        if watermark and "www.gov.cn" not in watermark.group(0):
            signals["essay_site"].append(watermark.group(0).strip())
            stripped = _WATERMARK.sub("", stripped).strip()
            repairs["chrome"] += 1
            if not stripped:
                continue
            line_can_hold = _ANYTHING
        # Leading noise starts with a question mark: other lines are not searched for it.
        noise = _LEADING_NOISE.match(stripped) if stripped[0] in "?？" else None
        if noise:
            stripped = stripped[noise.end() :]
            repairs["noise"] += 1
        if len(stripped) > CHROME_LINE_MAX_CHARS and stripped[:1] in "发更":
            glued = _GLUED_PUBLICATION.match(stripped)
            if glued:
                dropped.append(Chrome(glued.group(0), PUBLICATION_LINE))
                stripped = stripped[glued.end() :].lstrip()
                repairs["chrome"] += 1
        if (
            len(stripped) > CHROME_LINE_MAX_CHARS
            and stripped[:1] in "索[【"
            and header_seen <= HEADER_LINES
            and _FLAT_CATALOGUE.match(stripped)
            and "。" not in stripped
        ):
            # A disclosure page's metadata block run onto one line (索引号：… 发文机关：… 标题：…报告
            # 发布日期：2025年04月15日): its publication date is read as the chrome's; the line stays in
            # the text, whose title reading takes its title field.
            dropped.append(Chrome(stripped, HEADER))
        if header_seen <= BODY_DATE_LINES and _BODY_DATE_LINE.match(stripped):
            dropped.append(Chrome(stripped, PUBLICATION_LINE))
            repairs["chrome"] += 1
            continue
        if (
            len(kept) <= 2
            and (
                stripped[:2] in ("19", "20")
                or (stripped[:1] in "(（" and _over_a_date_in_words(lines, index))
            )
            and _under_the_title(stripped, kept, header_seen)
        ):
            dropped.append(Chrome(stripped, PUBLICATION_LINE))
            repairs["chrome"] += 1
            continue
        if _is_chrome(stripped, header_seen <= HEADER_LINES, line_can_hold, chrome_words):
            date_label = stripped[-1:] in _DATE_LABEL_ENDS and _DATE_LABEL_LINE.match(stripped) is not None
            repairs["chrome"] += 1
            _note(stripped, signals, line_can_hold)
            dropped.append(Chrome(stripped, HEADER if header_seen <= HEADER_LINES else BODY))
            continue
        # The length first: a paragraph is not searched for the essay-site words at all.
        if (
            len(stripped) <= 3 * CHROME_LINE_MAX_CHARS // 2
            and line_can_hold.essay_site
            and _ESSAY_SITE.search(stripped)
        ):
            signals["essay_site"].append(stripped)
            repairs["chrome"] += 1
            continue
        kept.append(stripped)
    for index, line in enumerate(kept[:TITLE_GLUE_LINES]):
        glued = _GLUED_TITLE.match(line) if len(line) > CHROME_LINE_MAX_CHARS else None
        if glued:
            kept[index : index + 1] = [glued.group(1), line[glued.end(1) :]]
            repairs["whitespace"] += 1
            break
    return "\n".join(kept), dropped


def _over_a_date_in_words(lines: list[str], index: int) -> bool:
    """Whether the next line that is not blank is a bare date: the document's own, under the site's."""
    following = next((line.strip() for line in lines[index + 1 : index + 4] if line.strip()), "")
    return _BARE_DATE_LINE.match(following) is not None


def _under_the_title(line: str, kept: list[str], header_seen: int) -> bool:
    """Whether ``line`` is a bare date right under the page's title (its first or second line)."""
    if not 0 < len(kept) <= 2 or header_seen > HEADER_LINES or len(line) > 20:
        return False
    if len(kept[-1]) < TITLE_LENGTH_MIN:
        return False  # a menu's words above the date (部门, 街镇) are no title
    bare = _BARE_DATE_LINE.match(line) or _BRACKETED_WEB_DATE.match(line)
    return bare is not None and not _BODY_NAME_END.search(kept[-1])


# Chrome words a report's own sentence can hold (公众号发布信息1460条，累计阅读量达58.2万人次。): a short line
# that ends a sentence and holds a clause break is the body, unless a counter follows the word (阅读量：1460).
_SENTENCE_WORDS = (
    "阅读",
    "浏览量",
    "浏览次数",
    "访问量",
    "访问次数",
    "点击量",
    "二维码",
    "微信公众号",
    "官方微博",
    "无障碍",
    "手机版",
    "扫一扫",
    "今天是",
    # (区12345热线承办单位对于群众反映的各类问题，…办结的比例达到98.9%。: the units that handle requests)
    "承办单位",
    "主办单位",
)
_SENTENCE_MIN_CHARS = 20
# A counter is a bare number after the word (阅读量：1460, 浏览次数 2361 【字体…】); a count with its measure word
# (阅读量12万次, 访问量超过20万人次) is the sentence's own figure.
_COUNTER_AFTER = re.compile(r"\s*[：:|｜]|\s*\d+(?=\s|$|[|｜【\[])")


def _a_report_sentence(line: str) -> bool:
    """Whether a short line holding chrome words is a sentence of the report that only names them."""
    if len(line) < _SENTENCE_MIN_CHARS or line[-1] not in "。；" or not ("，" in line or "," in line):
        return False
    if _CHROME_ANCHORED.match(line) or _CHROME_BREADCRUMB.match(line):
        return False
    for found in _CHROME_FLOATING.finditer(line):
        if not found.group().startswith(_SENTENCE_WORDS) or _COUNTER_AFTER.match(line, found.end()):
            return False
    return True


def _is_chrome(line: str, in_header: bool, can_hold: _Holds, chrome_words: Callable[[str], bool]) -> bool:
    if len(line) > CHROME_LINE_MAX_CHARS:
        return False
    if chrome_words(line):
        return not _a_report_sentence(line)
    if in_header and (
        DATE_TIME_LINE.match(line)
        or (can_hold.site_clock and site_clock(line) and DATE_RE.search(line))
        or day_first_date(line) is not None
    ):
        return True
    return False


def _note(line: str, signals: dict[str, list[str]], can_hold: _Holds) -> None:
    if can_hold.site_clock and site_clock(line):
        signals["site_clock"].append(line)
        return
    if can_hold.essay_site and _ESSAY_SITE.search(line):
        signals["essay_site"].append(line)
    source = _SOURCE.search(line) if "来源" in line else None
    if source:
        signals["source"].append(source.group(1))


def _answered_from(known: dict[str, bool]) -> Callable[[str], bool]:
    """``_chrome_words``, answered from ``known`` for the lines it holds: the page scan asked about the
    page's short lines already, and an HTML main text's lines are among them (on a bench page, 57 of the
    140 lines asked)."""

    def chrome_words(line: str) -> bool:
        answer = known.get(line)
        return _chrome_words(line) if answer is None else answer

    return chrome_words


def _scan_page(page: str, signals: dict[str, list[str]], dropped: list[Chrome]) -> dict[str, bool]:
    """Notes and drops the page's chrome lines; returns whether each of its short lines holds a chrome
    word, which the main text's lines (a part of the page) are asked again."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    can_hold = _Holds.of(page)  # its lines are pieces of the page
    known: dict[str, bool] = {}
    for index, line in enumerate(lines):
        if len(line) <= CHROME_LINE_MAX_CHARS:
            words = known[line] = _chrome_words(line)
            if words or index < HEADER_LINES:
                _note(line, signals, can_hold)
                dropped.append(Chrome(line, PAGE_HEADER if index < HEADER_LINES else PAGE))
    return known
