"""Classify, look-alikes: the genre a page's headings or figures show (split from ``republished``).

An experience material closes on what the work teaches; a disclosure report has its statutory headings; a book its
table of contents; a journal article its citation; a bulletin its masthead; a news column's teaser its link; a report
on one line of work opens on its cases; a general summary of the year opens on the economy's figures or heads its
parts with the body's general business. ``republished.republished`` asks ``structure`` after the genres a page says
of itself.
"""

from __future__ import annotations

import re

from .enforcement_report import enforcement_report
from .opening_speaker import GENERAL_WORK_HEADING, NUMBERED_HEADING
from .title import HEADING
from .wordlists import alternation

# Where a genre's own words are looked for: a speech or a bulletin says what it is near the top.
HEAD_CHARS = 600
# An experience material closes on what the work teaches (三、经验启示, 四、几点体会): a report closes on
# its shortcomings and the next year's plan.
_LESSONS_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)[^。\n]{0,10}"
    r"(?:经验启示|经验与启示|几点启示|几点体会|主要启示|经验体会|启示与思考|工作启示)",
    re.M,
)
# The economy's figures, which a general summary or the government work report opens with. (Every
# alternative opens with a plain character, which the regex engine skips along to: one opening with a group,
# (?:城乡|城镇|农村)居民…, had the whole pattern tried at every position.)
_ECONOMY = re.compile(
    r"地区生产总值|一般公共预算收入|固定资产投资|社会消费品零售总额|城乡居民人均可支配收入|城镇居民人均可支配收入|"
    r"农村居民人均可支配收入|"
    r"规模以上工业(?:增加值|总产值)|招商引资到位"
)
ECONOMY_MIN = 2
_RULE_OF_LAW_HEADING = re.compile(NUMBERED_HEADING + alternation("work_area_words") + "|法治)", re.M)
GENERAL_HEADINGS_MIN = 2
# A first part headed on the rule-of-law government (一、2021年我局推进法治政府建设主要工作及成效).
_FIRST_PART_ON_THE_RULE_OF_LAW = re.compile(r"^一、[^\n。]{0,30}?(?:法治政府|依法行政)", re.M)
# ...the statutory first part itself (一、推进法治政府建设的主要举措和成效).
_FIRST_PART_STATUTORY = re.compile(
    _FIRST_PART_ON_THE_RULE_OF_LAW.pattern + r"[^\n。]{0,12}?(?:举措|成效)", re.M
)
# A report on one line of work's cases opens its body on them (一、行政复议案件情况, 一、行政应诉案件基本
# 情况): the year's rule-of-law report opens on its measures and results.
_CASES_HEADING = re.compile(
    r"^一、\s*(?:(?:19|20)\d{2}\s*年度?)?(?:全[省市区县])?(?:行政复议|行政应诉|行政诉讼|行政复议和行政应诉|信访|法律援助|"
    r"人民调解|行政执法)案件[^。\n]{0,8}$",
    re.M,
)
# The disclosure annual report's statutory headings (主动公开政府信息情况, 收到和处理政府信息公开申请情况).
_DISCLOSURE_HEADING = re.compile(NUMBERED_HEADING + r"(?:主动公开政府信息|[^。\n]{0,12}政府信息公开))", re.M)
DISCLOSURE_HEADINGS_MIN = 2
# Or the subheadings of its 总体情况 under the national form of 2021 (（一）主动公开情况 （二）依申请公开情况
# （三）政府信息管理 （四）平台建设 （五）监督保障), which a disclosure report cut below its title and first
# heading still shows; a rule-of-law report's part on open government names two of them at most.
_DISCLOSURE_FORM_HEADING = re.compile(
    HEADING.pattern + r"[^。\n]{0,6}?(主动公开|依申请公开|政府信息管理|平台建设|监督保障)",
    re.M,
)
DISCLOSURE_FORM_HEADINGS_MIN = 3
# A white paper or a book: a table of contents and a preface on lines of their own.
_CONTENTS = re.compile(r"^(?:目\s*录|前\s*言|序\s*言)\s*$", re.M)
# A table of contents: headings followed by leader dots and a page number (一、总报告... 5).
_CONTENTS_LINE = re.compile(r"^[^\n]{2,80}?(?:\.{3,}|…+|·{3,})\s*\d{1,3}\s*$", re.M)
CONTENTS_LINES_MIN = 3
# A journal article cites its sources (载《中国法学》2016年第4期) or says what its case is (——以某省为例).
_JOURNAL = re.compile(
    r"载《[^》\n]{2,30}》\s*(?:19|20)\d{2}\s*年第\s*\d{1,2}\s*期|^——\s*以[^。\n]{2,30}为例\s*$", re.M
)
# A bulletin's masthead: its issue on a line of its own (第5期, 总第112期) and its editor with the date
# (某县司法局编 2024年3月1日, 某某办公室主办): a report is printed under its title, not in an issue.
_ISSUE_LINE = re.compile(
    r"^\s*(?:[（(]?\s*)?(?:总\s*)?第\s*[\d一二三四五六七八九十〇]{1,4}\s*期\s*(?:[）)])?\s*$", re.M
)
_EDITOR_LINE = re.compile(r"^[^。\n]{2,30}?(?:编|编印|编发|主办)\s*(?:(?:19|20)\d{2}\s*年|$)", re.M)
# A news column's teaser ends on a link to the whole story ([详细内容], 【详细】).
_TEASER = re.compile(r"[\[【](?:详细内容|详细|查看详细)[\]】]")


def structure(text: str, body: str) -> tuple[str, str] | None:
    """The genre its headings or its figures show: a disclosure report, a book, a general summary."""
    lessons = _LESSONS_HEADING.search(body) if "启示" in body or "体会" in body else None
    if lessons:
        return "experience", f"经验材料：标题「{lessons.group(0).strip()}」"
    if len(_DISCLOSURE_HEADING.findall(body)) >= DISCLOSURE_HEADINGS_MIN:
        return "disclosure_report", "政府信息公开工作年度报告的标题"
    form = {found.group(1) for found in _DISCLOSURE_FORM_HEADING.finditer(body)} if "公开" in body else set()
    if len(form) >= DISCLOSURE_FORM_HEADINGS_MIN:
        return "disclosure_report", f"政府信息公开工作年度报告格式的小标题：{'、'.join(sorted(form))}"
    enforcement = enforcement_report(body) if "执法" in body else None
    if enforcement:
        return enforcement
    if len({found.group(0).replace(" ", "")[:1] for found in _CONTENTS.finditer(body)}) >= 2:
        return "book", "有目录和前言的书或白皮书"
    leaders = _CONTENTS_LINE.findall(body) if "..." in body or "…" in body or "·" in body else []
    if len(leaders) >= CONTENTS_LINES_MIN:
        return "book", f"目录：{len(leaders)} 行标题后有引导点和页码"
    journal = _JOURNAL.search(body) if "载《" in body or "为例" in body else None
    if journal:
        return "article", f"期刊文章：「{journal.group(0).strip()}」"
    issue = _ISSUE_LINE.search(text, 0, HEAD_CHARS) if "期" in text[:HEAD_CHARS] else None
    if issue and _EDITOR_LINE.search(text, 0, HEAD_CHARS):
        return "bulletin", f"简报的报头：「{issue.group(0).strip()}」"
    teaser = _TEASER.search(body) if "详细" in body else None
    if teaser:
        return "listing", f"新闻摘要（链接到全文）：「{teaser.group(0)}」"
    cases = _CASES_HEADING.search(text, 0, HEAD_CHARS * 2) if "案件" in text[: HEAD_CHARS * 2] else None
    if cases:
        return "other_report", f"另一项工作的统计报告：首个标题「{cases.group(0).strip()}」"
    economy = {found.group(0) for found in _ECONOMY.finditer(text, 0, HEAD_CHARS * 2)}
    if len(economy) >= ECONOMY_MIN and not _FIRST_PART_ON_THE_RULE_OF_LAW.search(body):
        # (a development bureau's report cites the economy it serves, then heads its part 一、2021年
        # 我局推进法治政府建设主要工作及成效)
        return "general_summary", "综合工作总结（经济指标）：" + "、".join(sorted(economy)[:3])
    general = GENERAL_WORK_HEADING.findall(body)
    if (
        len(general) >= GENERAL_HEADINGS_MIN
        and len(general) > len(_RULE_OF_LAW_HEADING.findall(body))
        # (a bureau's statutory part 一、推进法治政府建设的主要举措和成效 over its duties done lawfully:
        # （二）强化疫情防控，全面履行公安职能; a justice bureau's 一、法治政府建设扎实推进 is one area of its
        # whole year's work, beside 公共法律服务 and 人民调解)
        and not _FIRST_PART_STATUTORY.search(body)
    ):
        return (
            "general_summary",
            f"综合工作总结：{len(general)} 个标题是一般业务（「{general[0].strip()}」…）",
        )
    return None
