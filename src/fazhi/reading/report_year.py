"""Classify, year: the year a page reports on, the span of years of a multi-year report.

The year is read from the title (a span 2016—2020年, or its first year), else the dated opening
sentence (2023年，…), a sentence that says what it reports (现将2023年…报告如下), or the opening's
most frequent year; years in Chinese numerals are read as digits first. When nothing dates the
page, a report is dated from its publication date (the year before) or from the latest Party
congress or plenary session it speaks of. A guess is not given: two years as frequent leave the
year ``null`` with a reason. Once the year is known, a title's span or an opening that looks back
over years (五年来, 2019年以来) makes the report a multi-year one, and gives the span's start.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .model import FieldEvidence
from .title import TITLE_SCAN_MAX_LINES

# Years outside this window are not report years (a code, a count, a typo).
FIRST_YEAR, LAST_YEAR = 2000, 2100

# A span of years: 2016—2020年, 2021年—2023年, 2021至2023年, or two years side by side (2022、2023年度,
# 2022年和2023年).
_YEAR_RANGE = re.compile(
    r"((?:19|20)\d{2})\s*(?:年度?)?\s*(?:[—–\-－~～至到]+|[、和及与])\s*((?:19|20)\d{2})\s*年"
)
# (The year's first digit opens the pattern, so that the regex engine skips along to it; the lookbehinds
# then say it follows no digit and which century it opens.)
_YEAR = re.compile(r"([12](?<!\d[12])(?:(?<=1)9|(?<=2)0)\d{2})\s*年(度)?")
# The span of the plan a title names (…贯彻落实《法治政府建设实施纲要（2021—2025年）》情况的报告): the plan's
# years, not the report's, where the title dates the report by a year of its own; a title that names no
# other year reports on the plan's whole span (…实施纲要（2015-2020）落实完成情况的报告).
_PLAN_SPAN = re.compile(
    r"(?:纲要|规划|方案|意见|计划)\s*(?P<span>[（(]\s*(?P<start>(?:19|20)\d{2})\s*年?\s*[—–\-－~～至到]+\s*"
    r"(?P<end>(?:19|20)\d{2})\s*年?\s*[）)])"
)


def _without_plan_span(title: str) -> tuple[str, re.Match[str] | None]:
    """The title without the bracketed span of the plan it names, and that plan's match."""
    plan = _PLAN_SPAN.search(title)
    return (title[: plan.start("span")] + title[plan.end() :], plan) if plan else (title, None)


# 两年来, 过去三年, 2021年以来, “十四五”期间, 三年工作总结. (Spelt from its first characters, each looked back
# at to say which alternative it opens, in their order: the regex engine skips along a text to them. Opened
# with classes and groups, the pattern was tried at every position.)
_MULTI_YEAR = re.compile(
    r"[两三四五六七八九十过12“\"](?:(?<=[两三四五六七八九十])年来|(?<=过)去[两三四五]年|(?<=1)9\d{2}年以来"
    r"|(?<=2)0\d{2}年以来|(?<=[“\"])十[二三四五]五[”\"]?(?:期间|以来|时期)|(?<=十)[二三四五]五[”\"]?(?:期间|以来|时期)"
    r"|(?<=[两三四五])年(?:工作)?(?:情况|总结))"
)
# A year written in Chinese numerals (二〇二三年, 二零二三年度, 二〇一六—二〇二〇年): read as its digits.
# Its zero is often typed as a look-alike: a white circle ○, a letter O, a digit 0 (二○二三年, 二O二三年).
_ZEROS = "〇零○OＯ0０"
_CHINESE_YEAR = re.compile(
    rf"[一二][一二三四五六七八九{_ZEROS}]{{3}}"
    rf"(?=\s*(?:年|[—–\-－~～至到]\s*[一二][一二三四五六七八九{_ZEROS}]{{3}}\s*年))"
)
# Where such a year starts (a 一 or 二 and a zero: 二〇…), asked of every opening: one scan for each
# first numeral, which the engine skips along the text to, where a class of the two was tested against
# every character.
_CHINESE_YEAR_STARTS = (re.compile(rf"一[{_ZEROS}]"), re.compile(rf"二[{_ZEROS}]"))
_CHINESE_DIGIT = str.maketrans(_ZEROS + "一二三四五六七八九", "0" * len(_ZEROS) + "123456789")
# A year a plan is made for: 2026年工作安排, 2026年推进法治政府建设的主要安排, 2026年工作思路.
_PLANNED_YEAR = re.compile(
    r"(?:19|20)\d{2}\s*年度?[^。；，\n]{0,20}?(?:主要安排|工作安排|工作计划|工作打算|工作思路|工作要点|重点工作安排)"
)


def _plenum(term: str, numbers: str) -> re.Pattern[str]:
    """A plenary session of the ``term``-th Central Committee, also as the last of a list (十八届三中、
    四中、五中全会 names the fifth)."""
    return re.compile(rf"{term}届(?:[一二三四五六七]中(?:全会)?[、，,和及与]){{0,6}}[{numbers}]中全会")


# When nothing dates the report, the latest Party congress or plenary session it refers to gives the
# year it reports on (reports list the sessions held so far: 二十届二中、三中全会 names 2024; a 2017
# report speaks of 党的十九大). The 20th congress is cited alone through the years after it (党的二十大
# 精神 in reports on 2023, 2024 and 2025: on the tuning pages cut above their opening, 8 right and 16
# wrong), so it dates a report only where the text says it was held. No tuning page read the 19th's
# wrong so, and a dev page rests on it.
_TWENTIETH_CONGRESS_HELD = re.compile(r"二十大(?:胜利)?(?:召开|开幕|闭幕)")

_EVENTS = (
    (re.compile(r"十八大"), 2012),
    (_plenum("十八", "三"), 2013),
    (_plenum("十八", "四"), 2014),
    (_plenum("十八", "五"), 2015),
    (_plenum("十八", "六"), 2016),
    (re.compile(r"十九大"), 2017),
    (_plenum("十九", "二三"), 2018),
    (_plenum("十九", "四"), 2019),
    (_plenum("十九", "五"), 2020),
    (_plenum("十九", "六"), 2021),
    (_TWENTIETH_CONGRESS_HELD, 2022),
    (_plenum("二十", "二"), 2023),
    (_plenum("二十", "三"), 2024),
    (_plenum("二十", "四"), 2025),
)
_OPENING_YEAR = re.compile(
    r"^((?:19|20)\d{2})\s*年(?:度)?(?:[，,：]"
    # ...or run on to its subject and verb without the comma (2022年西城区坚持以…, 2023年我局深入贯彻…)
    # (not a sentence framing the year, 2024年是…之年, read below as the framing it is)
    r"|(?=(?!是)[^，。；、\n\d]{1,12}?(?:坚持|深入|全面贯彻|紧紧围绕|始终|认真贯彻|持续|以习近平|聚焦|立足|着力)))"
)
# An opening dated by a span (2022年至2023年，…, 2021—2023年，…): the span is the period, its end the year.
_OPENING_SPAN = re.compile(r"^" + _YEAR_RANGE.pattern + r"(?:度)?[，,：]")
# (within its sentence and its line: the title's 报告 above a dated line names no year)
# A report's name closed by its book-title mark (《…报告》是2019年…发布的) says when it was published.
_REPORTING_YEAR = re.compile(r"(?:现将|现就|报告(?![》”]))[^。\n]{0,20}?((?:19|20)\d{2})\s*年(?:度)?")
# An act of reporting the text tells of (按时向省委书面报告2016年度…情况, 报告了2020年度…): the year's report
# was made to someone, and that report is most often the year before the one this text reports on.
_REPORTED_TO = re.compile(r"向[^，。；\n]{1,30}$")


def _reported_before(opening: str, found: re.Match) -> bool:
    """Whether ``found`` (报告…2016年) tells of a report made to someone or names a document, rather
    than says what this text reports (现将2017年…报告如下)."""
    said = found.group(0)
    if not said.startswith("报告"):
        return False
    last = found.start() + said.rfind("报告")  # 报告制度，按规定向省委报告2022年: the act is the last 报告
    return (
        opening[last + 2 : last + 3] == "了"
        or "《" in said
        or bool(_REPORTED_TO.search(opening, max(0, last - 31), last))
    )


# The notice that asked for the report names its year (根据《…关于报送2018年度法治政府建设情况报告的通知》要求，
# 现将我局法治政府建设情况报告如下).
_ASKED_FOR = re.compile(r"报送((?:19|20)\d{2})\s*年度?[^》。\n]{0,24}?报告[^》。\n]{0,6}》[^。\n]{0,12}?现将")
# A sentence that reports on a span (现将2021年至2023年…报告如下, 现将我县2022—2023年度…): the span is the
# period, its end the year.
_REPORTING_SPAN = re.compile(r"(?:现将|现就)[^。\n]{0,20}?" + _YEAR_RANGE.pattern)
# A year a title prints without 年: in brackets (…年度报告（2023）) or before its words (某街道2024法治…).
_BARE_TITLE_YEAR = re.compile(r"(?<![\d〔［\[])((?:19|20)\d{2})(?=\s*[）)]|[\u4e00-\u9fff])(?!年)")


# A report that says it tells of this year (今年以来, 今年，…) near its top: dated by its publication's year.
_THIS_YEAR = re.compile(r"今年(?:以来|来|[，,]|上半年以来)")
OPENING_THIS_YEAR_CHARS = 300
# From this month on, a publication date may fall in the year reported on.
LATE_MONTH = 11


@dataclass
class ReportYear:
    kind: str  # the kind, made multi_year_report when the page reports on a span of years
    year: int | None
    period: dict[str, int] | None
    evidence: FieldEvidence


def report_year(
    title: str | None,
    lines: list[str],
    opening: str,
    title_line: int | None,
    *,
    kind: str,
    published: str | None,
    published_evidence: FieldEvidence,
    crumbs: list[str] = (),
) -> ReportYear:
    """The year and period the page reports on, and its kind: a report over a span of years is
    ``multi_year_report``. ``crumbs``: the page's chrome lines, where a breadcrumb may end in the
    year's column of the reports."""
    # Years in Chinese numerals are read as digits (the title returned stays as printed).
    dated_title, dated_lines, dated_opening = title, lines, opening
    if any(start.search(opening) for start in _CHINESE_YEAR_STARTS):
        dated_title, dated_lines, dated_opening = _arabic_years(
            title, lines[: TITLE_SCAN_MAX_LINES + 8], opening
        )
    year, period, year_evidence = _year(dated_title, dated_lines, dated_opening, title_line)
    unsure = year_evidence if year_evidence is not None and year_evidence.confidence == "low" else None
    if unsure is not None:
        year, period = None, None  # a guess is not given: a wrong year costs more than none
    # The title and the opening stating two years: no third source (a column, the publication date)
    # settles which one the page is about.
    stated_twice = unsure is not None and unsure.source == "title"
    if year is None and kind != "not_report" and not stated_twice:
        year, period, year_evidence = _column_year(crumbs) or (year, period, year_evidence)
    if year is None and published and kind != "not_report" and not stated_twice:
        # A page that is no report reports on no year: its date says nothing of one. A report is
        # published in the year after the one it reports on, unless it says it tells of this year
        # (今年以来，…); one published in November or December may tell of either, and is not guessed.
        this_year = _THIS_YEAR.search(opening[:OPENING_THIS_YEAR_CHARS])
        if this_year:
            year = int(published[:4])
            year_evidence = FieldEvidence("medium", "published_this_year", this_year.group(0))
        elif int(published[5:7]) >= LATE_MONTH:
            year_evidence = FieldEvidence(
                "none",
                "none",
                published_evidence.evidence,
                "只有年末的发布日期，报告可能是当年的，也可能是上一年的",
            )
        else:
            year = int(published[:4]) - 1
            year_evidence = FieldEvidence("medium", "published_minus_one", published_evidence.evidence)
        period = {"start": year, "end": year} if year else None
    if year is None and not stated_twice and (year_evidence is None or year_evidence.source != "none"):
        year, event = _latest_event(opening)
        period = {"start": year, "end": year} if year else None
        year_evidence = (
            FieldEvidence("medium", "party_event", event)
            if year
            else unsure or FieldEvidence("none", "none", None, "标题、开头和发布日期都没有说明所报告的年份")
        )
    # Checked once the year is known, from the publication date or a Party session too: 2023年以来
    # opening a 2023 report means since January, not a span of years.
    # (A title's range of years is _multi_year's first test.)
    if kind == "annual_report" and _multi_year(dated_title, dated_lines, title_line, year):
        kind = "multi_year_report"
    if kind == "annual_report" and period and period["start"] < period["end"]:
        kind = "multi_year_report"  # a span the opening or its reporting sentence names
    if kind == "multi_year_report" and period and period["start"] == period["end"]:
        start = _span_start(dated_opening, period["end"])
        if start:
            period = {"start": start, "end": period["end"]}
    return ReportYear(kind, year, period, year_evidence)


def _multi_year(title: str | None, lines: list[str], title_line: int | None, year: int | None) -> bool:
    def spans_years(found: re.Match[str] | None) -> bool:
        # "2025年以来" in a 2025 report means since January, not a span of years.
        since = re.match(r"((?:19|20)\d{2})年以来", found.group(0)) if found else None
        return bool(found) and not (since and year is not None and int(since.group(1)) >= year)

    if title:
        title = _without_plan_span(title)[0]
        return bool(_YEAR_RANGE.search(title)) or spans_years(_MULTI_YEAR.search(title))
    body = "\n".join(lines[(title_line if title_line is not None else -1) + 1 :][:3])[:400]
    return (
        bool(_OPENING_SPAN.match(body))
        or spans_years(_MULTI_YEAR.search(body))
        and not _OPENING_YEAR.match(body)
    )


def _span_start(opening: str, end: int) -> int | None:
    since = re.search(r"((?:19|20)\d{2})年以来", opening)
    if since and int(since.group(1)) < end:
        return int(since.group(1))
    plan = _FIVE_YEAR_PLAN.search(opening)
    if plan:
        # A five-year plan's period (十四五 runs 2021—2025) starts the span it looks back over.
        start = 2006 + 5 * "一二三四五".index(plan.group(1))
        if start < end <= start + 4:
            return start
    count = re.search(r"([两三四五六七八九十])年来|过去([两三四五])年", opening)
    if count:
        n = "一两三四五六七八九十".index(count.group(1) or count.group(2)) + 1
        if count.group(1) == "两" or count.group(2) == "两":
            n = 2
        return end - n + 1
    return None


# A five-year plan's period named by its number (“十四五”时期, 十三五以来): 十一五 began in 2006.
_FIVE_YEAR_PLAN = re.compile(r"十([一二三四五])五[”\"]?(?:期间|以来|时期)")


def _arabic_years(title: str | None, lines: list[str], opening: str) -> tuple[str | None, list[str], str]:
    """``title``, ``lines`` and ``opening`` with years in Chinese numerals written in digits."""

    def convert(text: str) -> str:
        return _CHINESE_YEAR.sub(lambda m: m.group(0).translate(_CHINESE_DIGIT), text)

    return (convert(title) if title else title), [convert(line) for line in lines], convert(opening)


# A breadcrumb ending in a year under the reports' column (首页 > 政务公开 > 法治政府建设年度报告 > 2021年度):
# the site files the page under the year it reports on.
_COLUMN_YEAR = re.compile(
    r"法治政府建设(?:年度)?(?:情况)?报告\s*[>＞»/|｜]{1,2}\s*((?:19|20)\d{2})\s*(?:年度?)?\s*$"
)


def _column_year(crumbs: list[str]) -> tuple[int, dict[str, int], FieldEvidence] | None:
    """(the year, its period, the breadcrumb as evidence) when a breadcrumb files the page under a
    year of the reports."""
    for line in crumbs:
        found = _COLUMN_YEAR.search(line.strip())
        year = int(found.group(1)) if found else 0
        if FIRST_YEAR <= year <= LAST_YEAR:
            return (
                year,
                {"start": year, "end": year},
                FieldEvidence("medium", "column_year", line.strip()[:120]),
            )
    return None


def _latest_event(opening: str) -> tuple[int | None, str | None]:
    """The latest Party congress or session ``opening`` refers to: (its year, its words)."""
    found = [
        (year, match.group(0)) for pattern, year in _EVENTS for match in [pattern.search(opening)] if match
    ]
    return max(found) if found else (None, None)


def _title_year(title: str) -> tuple[int, dict, FieldEvidence] | None:
    """The year or span a title names: a range, a year with 年, else a year printed without it; a plan's
    span where it names nothing else."""
    printed = title
    title, plan = _without_plan_span(title)
    if plan and not _YEAR.search(title):
        start, end = int(plan.group("start")), int(plan.group("end"))
        if FIRST_YEAR <= start < end <= LAST_YEAR:
            return end, {"start": start, "end": end}, FieldEvidence("high", "title", printed)
    span = _YEAR_RANGE.search(title)
    if span:
        start, end = int(span.group(1)), int(span.group(2))
        if FIRST_YEAR <= start <= end <= LAST_YEAR:
            return end, {"start": start, "end": end}, FieldEvidence("high", "title", printed)
    years = [int(m.group(1)) for m in _YEAR.finditer(title) if FIRST_YEAR <= int(m.group(1)) <= LAST_YEAR]
    if not years:
        years = [
            int(m.group(1))
            for m in _BARE_TITLE_YEAR.finditer(title)
            if FIRST_YEAR <= int(m.group(1)) <= LAST_YEAR
        ]
    if years:
        return years[0], {"start": years[0], "end": years[0]}, FieldEvidence("high", "title", printed)
    return None


def _year(
    title: str | None, lines: list[str], opening: str, title_line: int | None
) -> tuple[int | None, dict | None, FieldEvidence | None]:
    found = _title_year(title) if title else None
    body_lines = lines[(title_line if title_line is not None else -1) + 1 :]
    # The first paragraph below the title: the first of its next six lines long enough to be one.
    first = next((line for line in body_lines[:6] if len(line) >= 20), "")
    if found:
        return _unless_the_opening_says_otherwise(found, first)
    if first:
        span = _OPENING_SPAN.match(first)
        if span and FIRST_YEAR <= int(span.group(1)) < int(span.group(2)) <= LAST_YEAR:
            start, year = int(span.group(1)), int(span.group(2))
            return (
                year,
                {"start": start, "end": year},
                FieldEvidence("medium", "opening", first.strip()[:120]),
            )
        match = _OPENING_YEAR.match(first)
        if match and FIRST_YEAR <= int(match.group(1)) <= LAST_YEAR:
            year = int(match.group(1))
            return year, {"start": year, "end": year}, FieldEvidence("medium", "opening", first.strip()[:120])
    span = _REPORTING_SPAN.search(opening)
    if span and FIRST_YEAR <= int(span.group(1)) < int(span.group(2)) <= LAST_YEAR:
        start, year = int(span.group(1)), int(span.group(2))
        return year, {"start": start, "end": year}, FieldEvidence("medium", "reporting_year", span.group(0))
    for match in _years_said(opening):
        if match and FIRST_YEAR <= int(match.group(1)) <= LAST_YEAR:
            year = int(match.group(1))
            return (
                year,
                {"start": year, "end": year},
                FieldEvidence("medium", "reporting_year", match.group(0)),
            )
    counts: dict[int, int] = {}
    # Years inside document names, dates and goals (到2035年, 2035年基本建成) are not the year reported on,
    # nor is the year a plan is for (四、2026年推进法治政府建设的主要安排: the next year's part of a report).
    cleaned = re.sub(
        r"《[^》]{0,60}》|（[^）]{0,20}）|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|"
        r"(?:到|至)(?:19|20)\d{2}\s*年|(?:19|20)\d{2}\s*年(?:前|远景|基本建成|全面建成|基本实现|建成)|"
        # an evaluation of a year held in the next (开展2021年度党政主要负责人述法, 2023年度考核)
        r"(?:19|20)\d{2}\s*年度[^。，；\n]{0,16}?(?:述法|述职|考核|评估|评议|测评)|" + _PLANNED_YEAR.pattern,
        "",
        opening,
    )
    for match in _YEAR.finditer(cleaned):
        year = int(match.group(1))
        if FIRST_YEAR <= year <= LAST_YEAR:
            counts[year] = counts.get(year, 0) + (2 if match.group(2) else 1)
    if counts:
        year = max(counts, key=lambda y: (counts[y], y))
        return year, {"start": year, "end": year}, _most_frequent_evidence(year, counts, cleaned)
    return None, None, None


def _years_said(opening: str) -> Iterator[re.Match[str] | None]:
    """The sentences that say which year is reported, in turn: the reporting one (现将2017年…报告如下), then the
    notice that asked for the report (关于报送2018年度…报告的通知》要求，现将…)."""
    yield next(
        (found for found in _REPORTING_YEAR.finditer(opening) if not _reported_before(opening, found)), None
    )
    yield _ASKED_FOR.search(opening)


def _unless_the_opening_says_otherwise(
    found: tuple[int, dict, FieldEvidence], first: str
) -> tuple[int, dict, FieldEvidence]:
    """The title's year, unless the first paragraph below it opens on another single year (a sharing
    site's title 县2022年…工作总结 over 2019年，我县…): two years the page states, neither given."""
    year, period, evidence = found
    dated = _OPENING_YEAR.match(first)
    if dated is None or period["start"] != period["end"] or int(dated.group(1)) == year:
        return found
    return (
        year,
        period,
        FieldEvidence(
            "low", "title", evidence.evidence, f"标题的年份（{year}）与开头的年份（{dated.group(1)}）不一致"
        ),
    )


def _most_frequent_evidence(year: int, counts: dict[int, int], opening: str) -> FieldEvidence:
    """The opening's most frequent year is read, not stated: ``medium`` when it is clearly the
    most frequent, ``low`` (not given) when another year is as frequent or nearly."""
    line = next((line for line in opening.split("\n") if f"{year}年" in line), "")[:120]
    others = sorted((n for y, n in counts.items() if y != year), reverse=True)
    if others and others[0] * 2 > counts[year]:
        tied = [str(y) for y, n in sorted(counts.items()) if n * 2 > counts[year]]
        return FieldEvidence("low", "most_frequent_year", line, "开头提到的几个年份次数相近", tied)
    return FieldEvidence("medium", "most_frequent_year", line)
