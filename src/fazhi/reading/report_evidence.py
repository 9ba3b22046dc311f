"""Classify, kind: the positive evidence that a page is a year's rule-of-law report.

A page the kind rules of ``classify`` did not set aside is ``annual_report`` only on positive
evidence:

- its title names a rule-of-law report (法治政府建设, 依法行政, 法治建设 … 报告, 总结, 情况);
- or its opening says so — the opening sentence dates a year's work and names the topic
  (``2023年，某县坚持依法行政…``), or the text says it reports (``现将…情况报告如下``) — and
  its body has a report's shape: a statutory part as a heading, report cues, an address to the
  body reported to (``市委、市政府：``), a body speaking of itself (我县, 全市, 我局, 我委).

A report-shaped body without that title or opening is ``uncertain``, with the reasons; a page
with neither is ``not_report``. The genres that only look like a report (news, books, templates,
yearbooks, spam, summaries…) are told in ``look_alike``, before this evidence is asked for; a
dated opening that speaks for a sector, another institution or the Party committee, in
``opening_speaker``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .opening_speaker import (
    BODY_CHARS,
    GENERAL_WORK_HEADING,
    WORK_AREA_HEADING,
    WORK_AREA_HEADINGS_MIN,
    not_the_governments,
)
from .title import TITLE_END
from .title_kind import names_the_report

# A title names the genre: a rule-of-law topic and a report's head word at its end. The 法治 inside
# 依法治县 names a Party committee's work (全面依法治县委员会…工作总结), not the topic; nor does the 法制 of an
# organ's name (人大法制委员会…工作总结, 法制工作委员会关于…备案审查工作情况的报告, 市人民政府法制办公室2015年
# 工作总结及2016年工作计划: the office's summary of all its work). (法治 is looked back at after it, not before:
# every alternative opens with a plain character, which the regex engine skips along to.)
_TITLE_TOPIC = re.compile(
    r"法治(?<!依法治)|依法行政|法制(?!工作委员会|委员会|工委|委|办公室|办|局|科|处|股|室|大队|支队)"
)
# …工作情况及2016年工作打算: the year's report with the next year's plan joined to it.
_TITLE_REPORT = re.compile(
    r"(?:报告|年报|总结|情况|汇报)(?:(?:和|及|暨|与)(?:19|20)\d{2}\s*年度?(?:的)?(?:主要|重点)?(?:工作)?"
    r"(?:计划|打算|安排|思路|要点|重点工作|重点|任务))?"
    r"(?:[（(][^（）()]{0,20}[）)])?$"
)

# Where the opening is read: the first lines of the body below the title.
OPENING_LINES = 4
TOPIC_CHARS = 300
# A sentence that frames the year it dates (2017年是…之年。, 2024年是…关键之年。).
# (its sentence may run on after a comma: 2016年是…的开局之年，我市认真贯彻…)
YEAR_FRAMING = r"(?:19|20)\d{2}\s*年(?:度)?是[^。\n]{2,80}[年期][。，,]"
# The opening sentence dates a year's work (one framing sentence may come first) and names the topic;
# or the framing sentence dates it itself (2017年是…之年。某市人民政府深入推进法治政府建设…).
_DATED_OPENING = re.compile(
    r"^(?:[^。\n]{0,80}。)?(?:(?:19|20)\d{2}\s*年度?(?:以来)?|一年来|今年以来|过去一年)[，,]"
    r"|^" + YEAR_FRAMING
)
_OPENING_TOPIC = re.compile(r"法治政府|依法行政|法治建设|法治[\u4e00-\u9fff]{0,4}建设|依法治(?:镇|乡|街道)")
# (also without 将: …梳理总结2025年度法治政府建设情况，现报告如下)
# (or 现就…: 现就工作开展情况报告如下)
SAYS_IT_REPORTS = re.compile(
    r"现[将就][^。]{0,60}报告如下|现[将就][^。]{0,60}(?:情况|工作)(?:报告|汇报)|特此报告|现(?:报告|汇报)如下"
)

# A report's shape: cues, an address line to the body reported to, a body speaking of itself.
_REPORT_CUE = re.compile(r"报告如下|特此报告|以上报告|情况报告|工作报告|年度报告|请予审议|请审议|请审阅")
_ADDRESS = re.compile(
    r"^(?:[^。，\n]{0,30}(?:人民政府|政府|市委|县委|区委|省委|州委|党委|党工委|常委会|委员会)|"
    r"主任、副主任[^。\n]{0,20})[：:]$",
    re.M,
)
_SELF = re.compile(
    r"我(?:省|市|州|盟|区|县|旗|镇|乡|街道|局|委|厅|办|部)|全(?:省|市|州|区|县|旗|镇|乡)|本(?:局|委|厅|镇|乡|街道)"
)
SELF_MIN = 2


@dataclass
class KindEvidence:
    kind: str  # annual_report | uncertain | not_report
    confidence: str
    source: str
    evidence: str | None = None
    reasons: list[str] = field(default_factory=list)
    # The learned model may settle an unsure page as a report only over a report's body: its
    # statutory parts or its areas of work as headings, and no other document's name above them.
    model_may_report: bool = False


# An opening that names the page the summary of a body's whole year of work (现将全年工作总结如下,
# 现将2024年工作总结如下, 现将县某局2024年工作总结及2025年工作计划报告如下); 现将有关工作总结如下 sums up
# the work the report is about, and one that names the rule of law (现将2024年法治建设工作总结如下) is the
# report's.
_WHOLE_WORK_SUMMARY = re.compile(
    r"现将([^。；：:\d有关]{0,12}?(?:全年|全年度|本年度|今年|一年来|(?:19|20)\d{2}\s*年度?)[^。；：:有关]{0,8}?)的?"
    r"工作总结(?:\s*(?:及|和|暨|与)\s*(?:(?:19|20)\d{2}\s*年度?|明年|下一?年度?)\s*工作(?:计划|打算|思路|安排|要点)"
    r"(?:报告|汇报)?)?如下"
)
TOPIC_WORDS = re.compile(r"法治|依法|法制")
# Another duty an opening names before it says it reports (认真履行全面从严治党主体责任。现将有关情况
# 报告如下): the page reports that duty, a Party-building or an ideology report, even where its later
# headings name 依法行政 as one of its parts.
_OTHER_DUTY = re.compile(r"从严治党|管党治党|党风廉政|意识形态工作|安全生产|信访工作|扫黑除恶|平安建设")
_OPENING_TOPIC_WORD = re.compile(r"法治(?!思想|化)|法制|依法(?:行政|治|决策)")
# An opening dated by part of a year (2024年上半年，…, 今年一季度以来，…, 1-6月，…): a half-year's or a
# quarter's summary, which its title would name (上半年…总结) had the page kept it.
# The named parts of a year; republished.py reads a part-year summary's own words with them too.
PART_OF_YEAR = r"上半年|下半年|前三季度|第?[一二三四1-4]季度"
_PART_YEAR_OPENING = re.compile(
    r"^(?:[^。\n]{0,80}。)?(?:(?:19|20)\d{2}\s*年|今年)?(?:" + PART_OF_YEAR + "|"
    r"1\s*[-—–至~]\s*\d{1,2}\s*月(?:份)?|一至[二三四五六七八九十]{1,2}月(?:份)?)(?:以来)?[，,]"
)
# Work this year counted so far (今年以来，…截至6月底，…; 截至目前): a part-year summary, which a year's
# report, dated by its year, is not.
_SO_FAR_OPENING = re.compile(
    r"^(?:[^。\n]{0,80}。)?今年以来[，,][^\n]{0,200}?截[至止](?:目前|(?:[1-9]|1[01])\s*月)"
)
# Work since a month other than January (2012年6月份以来，…; 今年3月起，…) is a story's or an experience's
# stretch of time, not one year's: an untitled page that opens so and never says it reports the
# year's rule-of-law work is not the report.
_SINCE_MONTH_OPENING = re.compile(
    r"^(?:[^。\n]{0,80}。)?(?:(?:19|20)\d{2}\s*年|今年)\s*(?:[2-9]|1[0-2])\s*月(?:份)?(?:以来|起)[，,]"
)
# A law-popularization plan's years as the opening's stretch of time (“八五”普法以来，…, 七五普法期间，…):
# the plan's summary (mid-term or final), over five years and on 普法, not one year's report.
_POPULARIZATION_PLAN_OPENING = re.compile(
    r"^(?:[^。\n]{0,80}。)?[“\"]?[六七八九]五[”\"]?普法(?:规划)?(?:实施|启动|开展)?(?:以来|期间)[，,]"
)
# Work of recent years, their number untold (近年来，…, 近几年来，…): an article's or a story's stretch of
# time; a year's report dates its year and a span's report names its span (五年来, 2016年以来).
_RECENT_YEARS_OPENING = re.compile(r"^(?:[^。\n]{0,80}。)?(?:近年来|近几年来?|近些年来?)[，,]")
# The first heading of a body's summary of its whole year (一、2022年工作情况, 一、主要工作完成情况):
# under a dated opening that names no rule-of-law topic, the page sums up all the body's work
# (Party building, legal aid, mediation…), of which the rule of law is one part.
_GENERAL_YEAR_HEADING = re.compile(
    r"^一、\s*(?:(?:19|20)\d{2}\s*年度?的?)?(?:主要)?工作(?:情况|总结|回顾|完成情况|开展情况|成效)?[：:]?$"
)


# A site's leftover words above the body (a company's name, 当前位置:, a column's name, a menu's link) are
# short lines: a dated opening below nothing but them is the page's opening.
LEFTOVER_MAX_CHARS = 24
LEFTOVER_LINES_MAX = 8


_A_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_ANNOUNCES = re.compile(r"现将[^。]{0,60}如下")


def _another_years_opening_after(said: str, first: list[str]) -> bool:
    """Whether the line under the dated opening that says it reports opens on another year."""
    index = next((i for i, line in enumerate(first) if said in line or line in said), None)
    if index is None or index + 1 >= len(first) or not _ANNOUNCES.search(first[index]):
        return False
    said_year = _A_YEAR.search(first[index])
    next_year = _A_YEAR.match(first[index + 1].strip())
    return bool(said_year and next_year and next_year.group(1) != said_year.group(1))


def _first_lines(body_lines: list[str]) -> list[str]:
    for index, line in enumerate(body_lines[: LEFTOVER_LINES_MAX + 1]):
        if len(line.strip()) > LEFTOVER_MAX_CHARS:
            if index >= OPENING_LINES and _DATED_OPENING.match(line):
                return [line for line in body_lines[index : index + OPENING_LINES] if line.strip()]
            break
    return [line for line in body_lines[:OPENING_LINES] if line.strip()]


# A title cut at its start (建设工作情况的报告: the page begins inside the title's second line) names no year, place or
# body; under an opening that says it reports its rule-of-law work it is that report's title, not another document's.
_NAMES_SOMETHING = re.compile(r"\d|[省市县区州旗镇乡局厅委办部署院]|政府|年")
CUT_TITLE_MAX = 12


def _cut_title(title: str) -> bool:
    return len(title) <= CUT_TITLE_MAX and not _NAMES_SOMETHING.search(title)


# A year's work and nothing more (2016年工作情况: a column's heading taken for the title) names no document either.
_BARE_YEARS_WORK = re.compile(r"(?:19|20)\d{2}\s*年度?(?:工作)?(?:情况|总结)")


def _other_duty_reported(said_before: str) -> bool:
    return bool(_OTHER_DUTY.search(said_before)) and not _OPENING_TOPIC_WORD.search(said_before)


def is_report_title(title: str | None) -> bool:
    """The title names a rule-of-law report: the topic, and a report's head word at its end."""
    return bool(title and _TITLE_TOPIC.search(title) and _TITLE_REPORT.search(title))


def positive_evidence(
    title: str | None,
    *,
    title_from_line: bool,
    body_lines: list[str],
    opening: str,
    part_headings: int,
    text: str,
) -> KindEvidence:
    """``annual_report``, ``uncertain`` or ``not_report`` for a page no look-alike rule set aside."""
    if is_report_title(title) or (
        title and _TITLE_TOPIC.search(title) and names_the_report(title, part_headings, text)
    ):
        # …工作和2024年工作计划 with an earlier year, a 公告 over the whole report: title_kind's forms
        return KindEvidence("annual_report", "high" if title_from_line else "medium", "title", title)
    first = _first_lines(body_lines)
    said, listed = _dated_opening(first)
    reports = SAYS_IT_REPORTS.search(opening)
    # 现将工作总结报告如下 under an opening that never names the rule of law (nor 依法, 法制) says
    # the page reports some other work: a fair-competition review, a self-inspection, a quarter.
    # (习近平法治思想 is the guide every document names, not its topic: 平安建设…以习近平法治思想为指导;
    # nor is work done 依法, lawfully: 依法推进污染防治; nor a 法治化营商环境, a business climate)
    other_work = bool(
        said is None
        and reports
        and (not _OPENING_TOPIC_WORD.search(opening) or _other_duty_reported(opening[: reports.start()]))
    )
    if said is None and reports and not other_work:
        said = next((line for line in body_lines if reports.group(0) in line), reports.group(0))
    shape, areas = _report_shape(opening, body_lines, part_headings, text, said=said)
    reasons = [f"标题「{title}」不是法治政府建设年度报告的标题" if title else "未找到报告标题"]
    # A title that names its document (…工作总结, …讲话, …汇报) and not as the year's rule-of-law
    # report is the page's own word on what it is: a report's opening below it is quoted, so the
    # page stays unsure and the model may not make it a report (issue 16: never a report without
    # a report title). Only an untitled page, cut above its title, is a report by its opening.
    named_otherwise = bool(title and TITLE_END.search(title)) and not (
        (reports and not other_work and _cut_title(title)) or _BARE_YEARS_WORK.fullmatch(title)
    )
    if named_otherwise:
        reasons.append("标题说明是另一份文件，开头的报告用语是引用")
    summary = None if title else _whole_work_summary(opening)
    if other_work:
        named_otherwise = True
        reasons.append(f"开头的报告用语没有谈到法治：「{_line(reports.group(0))}」")
    if summary and not TOPIC_WORDS.search(summary.group(1)):
        # An untitled page whose opening calls it the year's summary of all its work (现将全年工作
        # 总结如下) names itself: a body's general summary, of which the rule of law is one part.
        named_otherwise = True
        reasons.append(f"开头说明是全部工作的总结：「{summary.group(0)}」")
    if said and _another_years_opening_after(said, first):
        # 2016年，市科委…现将工作情况总结汇报如下。 / 2014年，是…第十年。陕西省…: a report's opening run into
        # another year's text (a content farm's mash-up), not the report it announces
        named_otherwise = True
        reasons.append("报告用语之后接着另一年份的开头：是拼接的页面")
    if said is None and listed is not None:
        # 统筹推进经济发展、乡村振兴、平安法治建设等各项工作: the year's whole work, the rule of law one item
        named_otherwise = True
        reasons.append(f"开头只把法治建设列为全年各项工作之一：「{_line(listed)[:60]}」")
    to_do = next((line for line in first if _YEAR_TO_DO.match(line)), None)
    if said is None and to_do is not None:
        # 2019年，我镇依法行政工作将以…为指导: the year's work to come, a plan's or a speech's; nor may the model
        # make it a report
        named_otherwise = True
        reasons.append(f"开头写的是这一年将要做的工作：「{_line(to_do)[:60]}」")
    dated = any(_DATED_OPENING.match(line) for line in first)
    other_period = None if title else _other_period(first, said=said, dated=dated, text=text)
    if other_period:
        return KindEvidence("not_report", "medium", "opening", other_period[0], [*reasons, other_period[1]])
    if said and shape and not named_otherwise:
        return KindEvidence("annual_report", "medium", "opening", _line(said), reasons=shape)
    mid_list = _mid_list(text[:BODY_CHARS])
    if mid_list is not None and not said:
        # A page cut above its head starts at a report's first heading (一、 1.); one whose first
        # numbered line is already 93. is a piece of a long list of measures (a plan's tasks, an
        # index system's items): nothing on it names a report.
        named_otherwise = True
        reasons.append(f"正文从第 {mid_list} 条开始，是长条目清单的一段")
    done = _done_work(text[:BODY_CHARS])
    # On pages it had not been trained on, the model's promotions were right four times in eight (4
    # December): a news item, an article or a leader's duty report it reads as sure as a report. It
    # is heard for a report only where the body has a report's headings.
    report_body = bool(part_headings or areas)
    if not done and len(areas) >= WORK_AREA_HEADINGS_MIN and not said:
        # Headings alone, no opening and no count: a plan, work points or an experience reads so
        # too, so the page is left to the model (keeping the model from it cost a held-out report).
        reasons.append("正文没有写这一年做了多少（件、次、人次）")
    masked = _MASKED.search(text, 0, BODY_CHARS) if done and not dated and not named_otherwise else None
    if masked:
        # 在信用XX网站进行公示: a model-essay site keeps a report's body and masks its names. Without a head,
        # the body's shape is all that would make the page a report, and a template has that shape too.
        named_otherwise = True
        reasons.append(f"正文有占位的名称「{masked.group(0)}」，没有标题和开头：是范文站的模板")
    if len(areas) >= WORK_AREA_HEADINGS_MIN and done and not dated and not named_otherwise:
        # A report's body without its head (a page cut above the opening): its headings are the
        # report's areas of work and it counts what the year's work did (whether or not it speaks
        # as 我县 in these lines). A page whose dated opening is there but names no rule-of-law
        # topic is a general summary of the year.
        first = WORK_AREA_HEADING.search(text[:BODY_CHARS])
        return KindEvidence("annual_report", "medium", "body_shape", _line(first.group(0)), reasons=shape)
    if said:
        return KindEvidence(
            "uncertain",
            "low",
            "opening",
            _line(said),
            [*reasons, *(shape if named_otherwise and shape else ["正文没有报告的结构"])],
            model_may_report=report_body and not named_otherwise,
        )
    if shape:
        return KindEvidence(
            "uncertain",
            "low",
            "body_shape",
            None,
            [*reasons, "开头未说明是年度法治政府建设报告", *shape],
            model_may_report=report_body and not named_otherwise,
        )
    return KindEvidence("not_report", "medium", "no_evidence", None, [*reasons, "开头和正文都不是报告"])


# The clause right before 现将…工作总结如下 names the work it sums up (扎实推进依法行政工作，现将一年来的
# 工作总结如下); a body's general summary closes on all its work (各项工作取得新成效。现将全年工作总结如下).
_LAST_CLAUSE = re.compile(r"([^，,。；;：:\n]*)[，,]?\s*$")


def _whole_work_summary(opening: str) -> re.Match[str] | None:
    """The opening's 现将…工作总结如下 unless the clause before it names the rule-of-law work it sums up."""
    summary = _WHOLE_WORK_SUMMARY.search(opening)
    clause = _LAST_CLAUSE.search(opening[: summary.start()]).group(1) if summary else ""
    if TOPIC_WORDS.search(clause) and "、" not in clause and "各项" not in clause:
        return None
    return summary


# A government as the dated opening's subject (2022年，省政府坚持…, 2023年，某县人民政府始终坚持…, a street
# office's 某街道办事处坚持…): the body that reports on its rule-of-law government speaks so, as 我县 does.
_GOVERNMENT_SUBJECT = re.compile(
    r"^(?:[^。\n]{0,80}。)?(?:(?:19|20)\d{2}\s*年度?(?:以来)?|一年来|今年以来)[，,]\s*(?:在[^。\n]{0,40}?下[，,]\s*)?"
    r"[\u4e00-\u9fff]{0,12}?(?:人民政府|政府|街道办事处|(?P<department>局|厅))(?:坚持|始终|深入|认真|紧紧|全面|以)"
)


def _report_shape(
    opening: str, body_lines: list[str], part_headings: int, text: str, *, said: str | None
) -> tuple[list[str], list[str]]:
    """The marks of a report's shape the page has, and its work-area headings."""
    shape = []
    if part_headings:
        shape.append(f"法定部分标题 {part_headings} 个")
    if _REPORT_CUE.search(opening):
        shape.append("报告用语")
    if _ADDRESS.search("\n".join(body_lines[:3])):
        shape.append("抬头致上级机关")
    speaks_as_itself = len(_SELF.findall(opening)) >= SELF_MIN
    if speaks_as_itself:
        shape.append("以机关自称（我县、全市、我局…）")
    areas = WORK_AREA_HEADING.findall(text[:BODY_CHARS]) if "、" in text or "）" in text else []
    subject = _GOVERNMENT_SUBJECT.match(said) if said and not speaks_as_itself else None
    if subject and not subject.group("department"):
        shape.append("开头以政府为主语（省政府、县人民政府…）")
    elif subject and not GENERAL_WORK_HEADING.search(text, 0, BODY_CHARS):
        # A bureau's year summary of all its work opens so too (2023年，县司法局坚持…), under headings of
        # its business (人民调解, 社区矫正): its subject marks a report only over no such heading.
        shape.append("开头以部门为主语")
    if len(areas) >= WORK_AREA_HEADINGS_MIN:
        shape.append(f"{len(areas)} 个标题是法治政府建设的工作领域")
    return shape, areas


# A year named for what is to be done in it (2019年，要着力…; 2024年，我们将坚持…): a plan's, a speech's, a
# government work report's tasks or a meeting's news. (将 only before a verb of doing: 2023年，我县将法治
# 政府建设纳入… is the year's work done.)
_YEAR_TO_DO = re.compile(
    r"^(?:[^。\n]{0,80}。)?(?:19|20)\d{2}\s*年度?[，,]\s*(?:我们|全省|全市|全县|全区|我[省市县区州旗盟镇乡局委])?"
    # (the body's work may be named before 将: 2019年，我镇依法行政工作将以…为指导)
    r"(?:要(?!求)|(?:[^，。\n\d]{0,8}?工作)?将(?=坚持|继续|持续|深入|全面|着力|进一步|紧紧|聚焦|围绕|认真|加快|始终|大力|扎实|以))"
)


def _dated_opening(first: list[str]) -> tuple[str | None, str | None]:
    """(the dated opening line that names the rule-of-law topic, the one that names it only as an
    item of a list of all the year's work)."""
    listed = None
    for index, line in enumerate(first):
        if not _DATED_OPENING.match(line) or _YEAR_TO_DO.match(line):
            continue
        # The topic is named by the dated sentence itself or by the line under it (the first
        # heading under a short dated sentence); a topic first named further down, under a
        # heading of the year's general work (一、2023年工作总结), is one duty among many.
        near = (line + "\n" + (first[index + 1] if index + 1 < len(first) else ""))[:TOPIC_CHARS]
        use = _topic_use(near)
        if use == "own":
            return line, None
        if listed is None and use == "listed":
            listed = line
            # (the first dated line is the opening: a later one, 一年来，我局…依法行政…, is the body's)
            break
    return None, listed


# A year's report counts what was done (审核文件14件, 培训9场次, 全年…): a plan, work points or an
# experience's headings name the same areas of work and count nothing.
_COUNT = re.compile(r"\d+(?:\.\d+)?\s*(?:余|多)?\s*(?:件|次|场|期|人次|名|个|项|份|部|起|家|条|篇)")
DONE_COUNTS_MIN = 2


def _done_work(text: str) -> bool:
    return len(_COUNT.findall(text)) >= DONE_COUNTS_MIN


# A template's name to fill in (信用XX网站): two or three letters no word of the text spells. (Stars and ×× are
# not asked: a mirror site or a copy masks a real report's names with them, 镇党委书记××.)
_MASKED = re.compile(r"(?<![A-Za-zＡ-Ｚａ-ｚ])(?:[XＸ]{2,3}|[xｘ]{2,3})(?![A-Za-zＡ-Ｚａ-ｚ])")


# The first numbered line of a text, in figures (1. 12、), and how high a report's first may go.
_FIRST_FIGURE_NUMBER = re.compile(r"^(\d{1,3})[.、](?!\d)", re.M)
_ANY_NUMBERED = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\d{1,3}[.、](?!\d))", re.M
)
MID_LIST_FROM = 10


def _mid_list(text: str) -> int | None:
    """The number a text's numbering starts at when it starts in the middle of a long list."""
    first = _ANY_NUMBERED.search(text)
    found = _FIRST_FIGURE_NUMBER.match(text, first.start()) if first else None
    number = int(found.group(1)) if found else 0
    return number if number >= MID_LIST_FROM else None


def _other_period(first: list[str], *, said: str | None, dated: bool, text: str) -> tuple[str, str] | None:
    """(the line, the reason) when an untitled page's opening sums up other than one year's
    rule-of-law work of a government: part of a year, recent years, a law-popularization plan's
    years, the whole of a body's year under a dated opening that names no rule-of-law topic (its
    first heading 一、2023年工作情况), or a sector's or the Party committee's year."""
    others = not_the_governments(first, text) if said else None
    if others:
        # The opening dates a year's work and names the topic, but as a sector's or the Party
        # committee's: the page is their year's summary, not the government's report.
        return _line(said), others
    part_year = _part_year_opening(first)
    if part_year:
        return _line(part_year), "开头写的是半年或一个季度的工作，不是一年的报告"
    since = next((line for line in first if _SINCE_MONTH_OPENING.match(line)), None) if not said else None
    if since:
        return _line(since), "开头写的是某月以来的工作，不是一年的报告"
    recent = next((line for line in first if _RECENT_YEARS_OPENING.match(line)), None) if not said else None
    if recent:
        return _line(recent), "开头写的是近年来的工作，没有说是哪一年，不是一年的报告"
    plan = next((line for line in first if _POPULARIZATION_PLAN_OPENING.match(line)), None)
    if plan:
        return _line(plan), "开头写的是普法规划实施以来的工作，不是一年的报告"
    general = _general_year_heading(first) if dated and not said else None
    if general:
        return general, f"开头不谈法治，第一个标题是全年全部工作：「{general}」"
    return None


def _part_year_opening(first: list[str]) -> str | None:
    """The opening line, above the first numbered heading, that dates part of a year's work."""
    for line in first:
        if _ANY_NUMBERED.match(line):
            return None
        if _PART_YEAR_OPENING.match(line) or _SO_FAR_OPENING.match(line):
            return line
    return None


def _general_year_heading(first: list[str]) -> str | None:
    """The first numbered heading of the opening lines when it names the year's whole work."""
    heading = next((line.strip() for line in first if _ANY_NUMBERED.match(line)), None)
    return heading if heading and _GENERAL_YEAR_HEADING.match(heading) else None


# A topic named as one item of a list of the year's work (统筹推进经济发展、乡村振兴、平安法治建设等
# 各项工作) is one duty among many, not what the page reports on.
_CLAUSE = re.compile(r"[^，,。；;：:\n]+")
_LISTED_ITEM = re.compile(r"、[^、]*$|^[^、]*、")
# (a justice bureau's whole year: 全面履行法治建设、行政执法监督、公共法律服务、社区矫正等职责)
_LIST_END = re.compile(r"等(?:各项|方面|领域)?(?:重点)?(?:工作|职责|职能)")


# An honour whose name holds the topic (2020年，哈尔滨市荣膺全省首批法治政府建设示范市): an article's or a
# story's dated line on the honour, not the opening of a year's work, which names the topic as its own.
_HONOURED = re.compile(r"荣膺|荣获|获评|被评为|被命名为|被授予|被确定为|入选")
_HONOUR_NAME = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:示范|先进|标杆|称号)")


def _topic_use(near: str) -> str:
    """``own`` where the opening names the rule-of-law topic as its own, ``listed`` where only as one
    item of a list of all the work, ``""`` where not at all or only inside the name of an honour."""
    use = ""
    clauses = list(_CLAUSE.finditer(near))
    named = [c for c in clauses if _OPENING_TOPIC.search(c.group(0))]
    for found in _OPENING_TOPIC.finditer(near):
        at = next(i for i, c in enumerate(clauses) if c.start() <= found.start() < c.end())
        clause = clauses[at]
        after = near[found.end() : clause.end()]
        if "、" in clause.group(0) and _LIST_END.search(after):
            use = "listed"
        elif len(named) == 1 and _one_of_the_years_thrusts(clauses, at):
            use = "listed"
        elif _ASSESSMENT_AFTER.match(near, found.end()):
            continue  # 2019年度法治广东建设考评我市获评优秀等次: the assessment's name, not the page's topic
        elif not (_HONOUR_NAME.match(after) and _HONOURED.search(near, clause.start(), found.start())):
            return "own"
    return use


# An assessment named by the topic (法治广东建设考评, 依法行政考核) is a result the opening mentions.
_ASSESSMENT_AFTER = re.compile(r"(?:工作)?(?:考评|考核|评议|评估|督察|督查)")


# A year's thrusts in a row of short clauses (…，严格依法行政，突出源头控制，深化污染防控，强化监督监察，…): the
# rule of law named once among them, in a clause as short as theirs, is one thrust of a sector's whole year.
THRUST_CHARS = 8
THRUSTS_AROUND = 2


def _one_of_the_years_thrusts(clauses: list[re.Match[str]], at: int) -> bool:
    def short(index: int) -> bool:
        return 0 <= index < len(clauses) and len(clauses[index].group(0).strip()) <= THRUST_CHARS

    before = all(short(at - step) for step in range(1, THRUSTS_AROUND + 1))
    after = all(short(at + step) for step in range(1, THRUSTS_AROUND + 1))
    return short(at) and (before or after)


def _line(line: str) -> str:
    return line.strip()[:120]
