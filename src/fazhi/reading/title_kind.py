"""Whether a title names the annual report or another kind of document (``classify``).

A title that ends in a report's head word is a report unless it names another kind of report
(``data/not_report_of_report_words.txt``); any other title is another kind of document when it
holds one of ``data/not_report_title_words.txt`` (a plan, a notice, news…). A year's summary joined
to the next year's plan, a notice that publishes the whole report, and the news of a report's
release printed over the whole report, stay reports.
"""

from __future__ import annotations

import re

from .title import HEADING
from .wordlists import alternation

_NOT_REPORT_TITLE = re.compile(alternation("not_report_title_words"))
# A title that is itself a report: it ends in 报告 or 总结 (a parenthesis may follow). Words of
# other document types before it (规划, 计划, 要点) are then what is reported on, not the kind;
# only these kinds of report are not the annual report.
_REPORT_HEAD = re.compile(r"(?:报告|总结|年报)(?:[（(][^（）()]{0,20}[）)])?$")
# A summary of the year followed by the next year's plan in one title is a report
# (…工作总结和2024年工作计划, …工作和2024年工作计划, …工作总结和2024年重点工作).
_SUMMARY_AND_PLAN = re.compile(
    r"(?:总结|报告|情况|工作)(?:和|及|暨|与)((?:19|20)\d{2})\s*年度?(?:的)?(?:主要|重点)?(?:工作)?"
    r"(?:计划|打算|安排|思路|要点|重点工作|重点|任务)$"
)
# A notice that publishes the year's report names it (…年度法治政府建设情况报告的公告, …年度报告公示); only a body
# with this many of the report's statutory parts is the report itself, not a pointer to it.
# So does a notice that issues it (关于印发《某市2023年度法治政府建设情况报告》的通知), the report's name its group.
_ISSUED_REPORT = re.compile(
    r"(?:印发|转发|公布)[《〈]([^《》〈〉]{0,30}(?:19|20)\d{2}\s*年度?[^《》〈〉]{0,30}(?:法治|依法行政)[^《》〈〉]{0,24}"
    r"报告)[》〉]的通知$"
)
_PUBLISHED_REPORT = re.compile(
    r"(?:19|20)\d{2}\s*年度?[^。]{0,30}(?:法治|依法行政)[^。]{0,24}(?:报告|情况)的?(?:公告|公示)$|"
    + _ISSUED_REPORT.pattern
)
PUBLISHED_REPORT_PARTS = 3
_EARLIER_YEAR = re.compile(r"(?:19|20)\d{2}(?=\s*年)")
# Reports of other kinds (a disclosure report, a budget-performance self-assessment, an audit, the
# government work report to the people's congress, a leader's personal 述法 report) and news of a
# meeting that examined the report (…常务会议审议…报告) are not the annual report either.
# The state of a document's implementation (贯彻落实《…》的情况) is a report on that year's work; the words in the
# book-title marks name the document implemented, not the kind.
_STATE_OF_IMPLEMENTING = re.compile(r"(?:贯彻落实|贯彻|落实|实施)《[^《》]{2,40}》(?:的)?(?:工作)?情况$")
_BOOK_TITLE = re.compile(r"《[^《》]{0,40}》")
_NOT_REPORT_OF_REPORT = re.compile(alternation("not_report_of_report_words"))
_TRAILING_NOTE = re.compile(r"[（(][^（）()]{0,20}[）)]$")
# Bodies whose names hold a document-type word: 自然资源和规划局, 规划和自然资源局, 规划分局,
# 城乡规划委员会, 规划设计研究院, 卫生和计划生育委员会, 新闻出版局, 审计局, 统计局. Masked before the title's
# kind words are looked at, so a planning bureau's report is not taken for a plan.
_BODY_WITH_KIND_WORD = re.compile(
    r"(?:规划|计划|新闻|审计|统计|预算|绩效)[^\s\d，。、：:；;（）()《》〈〉“”\"'的之年]{0,8}?"
    r"(?:分局|(?<![布格全大结当])局|委员会|委|研究院|设计院|院|办公室|处)"
)


def _summary_and_plan(title: str) -> bool:
    """The title joins a year's work to a later year's plan; a bare ``…工作和2024年工作计划``
    counts only when the title names the earlier year (a plan alone names one year)."""
    found = _SUMMARY_AND_PLAN.search(title)
    if not found:
        return False
    if not found.group(0).startswith("工作"):
        return True
    plan_year = int(found.group(1))
    return any(int(year) < plan_year for year in _EARLIER_YEAR.findall(title[: found.start()]))


def publishes_report(title: str, part_headings: int) -> bool:
    """A 公告, 公示 or notice that publishes a year's rule-of-law report in full: its title names the
    report (…关于2023年度法治政府建设情况的公告, 关于印发《…报告》的通知) and its body has the
    report's statutory parts."""
    return part_headings >= PUBLISHED_REPORT_PARTS and bool(_PUBLISHED_REPORT.search(title))


# News of a report's release (某部发布2023年法治政府建设年度报告) that reposts the report itself: the
# report's own first heading (一、加强党对法治政府建设的领导…) or opening stands right under the
# headline, or under a lead that says the whole text follows (具体内容如下：). A story about the
# release tells it in its own lead (近日，某部发布…。报告显示…) instead.
_RELEASE_TITLE = re.compile(
    r"(?:发布|公布|晒出)了?(?:19|20)\d{2}\s*年度?[^。]{0,30}(?:法治|依法行政)[^。]{0,24}报告$"
)
_IN_FULL_LEAD = re.compile(r"(?:全文|具体内容|报告内容|原文)如下[：:]?$")
_REPORT_FIRST_HEADING = re.compile(HEADING.pattern + r"[^\n。]{0,40}?(?:法治政府|依法行政)")
# …or the report's own opening, speaking as the body and saying it reports (2023年，我市坚持…现将有关
# 情况报告如下：), where a story speaks of the body in the third person.
_REPORT_OWN_OPENING = re.compile(r"我(?:省|市|县|区|州|旗|盟|镇|乡|局|委|厅|部)[^\n]{0,300}?报告如下")


def reposts_report(title: str, body_lines: list[str]) -> bool:
    """A headline of a report's release over the whole report: its first heading right below."""
    if not _RELEASE_TITLE.search(title):
        return False
    first = [line.strip() for line in body_lines[:3] if line.strip()][:2]
    if first and _IN_FULL_LEAD.search(first[0]):
        first = first[1:]
    return bool(first and (_REPORT_FIRST_HEADING.match(first[0]) or _REPORT_OWN_OPENING.search(first[0])))


_SPACES = re.compile(r"\s+")


def issues_report_in_full(title: str, text: str) -> bool:
    """A notice that issues the year's report (关于印发《2022年度某镇法治政府建设情况报告》的通知) and then prints
    it: the report's name stands again as a title of its own, out of book-title marks, below the notice."""
    issued = _ISSUED_REPORT.search(title)
    if not issued:
        return False
    name = _SPACES.sub("", issued.group(1))
    return re.search("(?<![《〈])" + re.escape(name), _SPACES.sub("", text)) is not None


def names_the_report(title: str, part_headings: int, text: str) -> bool:
    """A title without a report's head word that still heads the year's report: a year's work
    joined to the next year's plan, or a notice that publishes or issues the whole report."""
    return (
        _summary_and_plan(title)
        or publishes_report(title, part_headings)
        or issues_report_in_full(title, text)
    )


def title_says_not_report(title: str) -> bool:
    """The title names a document that is not a report: a plan, notice, opinion, study…

    规划 and its like make a plan only when the document is one (…规划（2021—2025年）,
    印发…规划的通知), not when they are part of a body's name or what a report reports on.
    """
    words = _BODY_WITH_KIND_WORD.sub("", title)
    if _summary_and_plan(title) or _REPORT_HEAD.search(title):
        # …工作总结和2023年工作计划: the year's report with the next year's plan, unless the title names
        # another kind of report (一图读懂｜…总结和2023年工作计划: an infographic of it).
        # A note after the report's name (…报告（提请审议）) does not change what it is.
        return bool(_NOT_REPORT_OF_REPORT.search(_TRAILING_NOTE.sub("", words)))
    if _STATE_OF_IMPLEMENTING.search(title):
        # 自然资源部2018年贯彻落实《法治政府建设实施纲要（2015-2020年）》的情况: a ministry's report, titled by what
        # it implemented; the kind word (纲要) is the implemented document's
        words = _BOOK_TITLE.sub("《》", words)
    return bool(_NOT_REPORT_TITLE.search(words))
