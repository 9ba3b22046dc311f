"""Classify, kind: a model essay or a template, not a body's report.

A model-essay site's page (its watermark among the page's signals), a text with placeholders (*区, XX市,
____), a year or a date left to fill in (20XX年), a title or an opening whose body is a placeholder
(某县2025年度…报告, 2023年，XX镇坚持…), or a title that names a collection (…报告范文, …（精选5篇）).
"""

from __future__ import annotations

import re

from .look_alike import masked_name
from .report_evidence import is_report_title
from .title import TITLE_MAX_CHARS

# Placeholders (``*区``, ``**县``, ``*次``, ``xx周年``, ``20XX年``) at or above this count make a template.
TEMPLATE_MIN_PLACEHOLDERS = 2

# The words that say a page reports (报告如下, 年度报告, 请予审议): a model-essay site's page without them is
# an essay, and classify counts them against a notice's or an article's words. A report's name that a
# notice forwards or answers (…检查情况报告的通知, …工作报告的批复) is the notice's subject, not such a cue.
REPORT_CUE = re.compile(
    r"(?:报告如下|特此报告|以上报告|现将.{0,40}报告|情况报告|工作报告|年度报告|报告(?:20\d\d|19\d\d)年|向.{0,10}报告.{0,30}情况|请予审议)"
    r"(?!的?(?:通知|批复))"
)
# A title whose body is a placeholder (某县2025年度…报告, XX市…) is a template's, not a body's report.
_PLACEHOLDER_ISSUER = re.compile(
    r"^(?:某|[XＸxｘ]{1,3}|[*＊×]{1,3})\s*(?:省|市|县|区|镇|乡|街道|州|旗|盟|局|委|厅)"
)
# A dated opening whose subject is a placeholder (2023年，XX镇坚持…): a template's first sentence, also
# when a sharing site ran it onto the title's line (…工作总结 2016年以来，*乡…) or after a sentence.
_PLACEHOLDER_SUBJECT = re.compile(
    r"(?:^|(?<=[\s。]))(?:19|20)\d{2}\s*年(?:度|以来)?[，,]\s*(?:[XＸ]{1,3}|[*＊×]{1,3})\s*(?:省|市|县|区|镇|乡|街道|州|旗|盟|局|委|厅)",
    re.M,
)
# A template's year is a placeholder (20XX年, 202X年度, XXXX年): no body prints its year so. (A site
# that masks every figure, ****年 beside ********** **：**, masks a real report's year.) Every alternative
# is spelt from a plain character (19, 20, X, 二), so that the regex engine skips along a text to those: opened
# by groups and classes, the pattern was tried at every position of a text holding a mark (140 us for a
# seed report with a pinyin "xué" in it).
_YEAR_MARK = "[XＸxｘ×*＊_＿]"
_DATE_MARK = "[XＸxｘ×*＊]"
_YEAR_PLACEHOLDER = re.compile(
    rf"19{_YEAR_MARK}{{2}}\s*年|20{_YEAR_MARK}{{2}}\s*年|20\d{_YEAR_MARK}\s*年"
    + "".join(rf"|{letter}[XＸxｘ]{{3}}\s*年" for letter in "XＸxｘ")
    + r"|二[〇零○][XＸ×*＊]{2}年"
    # ...and so is its date's month and day (2024/X/XX, 2024年X月X日)
    + "".join(
        rf"|{century}\d{{2}}\s*[/\-.年]\s*{_DATE_MARK}{{1,2}}\s*[/\-.月]\s*{_DATE_MARK}{{1,2}}"
        for century in ("19", "20")
    )
)
# A signature under the text whose body is a placeholder (某某县人民政府, ××镇人民政府), in its last lines.
_PLACEHOLDER_SIGNATURE = re.compile(
    r"^(?:某{1,2}|[XＸxｘ×*＊]{1,3})(?:省|市|县|区|镇|乡|街道|州|旗)[\u4e00-\u9fff]{0,12}?"
    r"(?:人民政府|政府|办事处|局|委员会)\s*$",
    re.M,
)
SIGNATURE_CHARS = 300
# A model-essay site's title: …报告范文, …总结（精选5篇）, …报告模板, …报告汇编/大全/合集.
_TEMPLATE_TITLE = re.compile(
    r"(?:报告|总结|情况)\s*(?:[（(【\[]\s*)?(?:范文|范本|模板|大全|合集|汇编|精选|通用|优选|\d{1,2}篇|[二三四五六七八九十]篇)"
)
_GOVERNMENT_SITE = re.compile(r"\.gov\.cn(?![A-Za-z])")
# The placeholder marks, in every placeholder of these patterns: a text without one is not searched
# (a substring test a mark costs less than the patterns' scans).
PLACEHOLDER_MARKS = "*＊×XＸxｘ_＿"
# Each placeholder opens with a plain mark, which the regex engine skips along a text to, and the look
# behind after it says which placeholder it may open (opened by a lookahead, the pattern was tried at every
# position of a text holding a mark).
_PLACEHOLDER_BEFORE = "(?=[省市区县镇乡街村州局委办次件个项人家场名条份户%]|周年)"
_PLACEHOLDER = re.compile(
    r"[*＊×XＸxｘ_＿](?:(?<=[*＊×])[*＊×]{0,2}"
    + _PLACEHOLDER_BEFORE
    + r"|(?<=[XＸ])[XＸ]{1,2}"
    + _PLACEHOLDER_BEFORE
    + r"|(?<=[xｘ])[xｘ]{1,2}"
    + _PLACEHOLDER_BEFORE
    # a blank to fill in between words (以____思想为指导, 党的____大): a separator line of underscores
    # stands on a line of its own
    + r"|(?<=[\u4e00-\u9fff][_＿])[_＿]+(?=[\u4e00-\u9fff]))"
)


def template(
    title: str | None,
    opening: str,
    text: str,
    signals: dict[str, list[str]],
    *,
    head_lines: list[str],
    first_sentences: str,
) -> str | None:
    """Why the page is a model essay or a template, or None: a model-essay site's page, a text with
    placeholders (*区, XX市), a title whose body is a placeholder or that names a collection."""
    head = text[:20000]
    placeholders = (
        # a year left to fill in anywhere in the text (参加20xx年…竞赛) is one more
        len(_PLACEHOLDER.findall(head)) + len(_YEAR_PLACEHOLDER.findall(head))
        if any(mark in head for mark in PLACEHOLDER_MARKS)
        else 0
    )
    tail = text[-SIGNATURE_CHARS:]
    if "某" in tail or any(mark in tail for mark in PLACEHOLDER_MARKS):
        # ...and so is a signature whose body is one (某某县人民政府, ××镇人民政府 under the text)
        placeholders += len(_PLACEHOLDER_SIGNATURE.findall(tail))
    # A government site's own address (www.某县.gov.cn, printed where the report says it is
    # published) is no model-essay site's watermark.
    essay_site = [mark for mark in signals.get("essay_site", ()) if not _GOVERNMENT_SITE.search(mark)]
    if essay_site and (
        placeholders
        or len(essay_site) >= 2
        or not (REPORT_CUE.search(opening) or (title and is_report_title(title)))
    ):
        return "范文网站的文章：" + "、".join(essay_site[:2])
    if placeholders >= TEMPLATE_MIN_PLACEHOLDERS:
        return f"模板：{placeholders} 处占位符（*区、XX市、____）"
    masked = masked_name(head)
    if masked:
        return f"范文网站的文章：名称被遮去（「{masked}」）"
    dated = f"{title or ''}\n{first_sentences}"
    # Every placeholder year holds a placeholder mark: without one the pattern is not tried.
    year = (
        _YEAR_PLACEHOLDER.search(dated)
        if "年" in opening and any(mark in dated for mark in PLACEHOLDER_MARKS)
        else None
    )
    if year:
        return f"模板：年份或日期是占位（「{year.group(0)}」）"
    if title and _PLACEHOLDER_ISSUER.match(title):
        return f"模板：标题的机关名称是占位（「{title}」）"
    subject = _PLACEHOLDER_SUBJECT.search(opening) if placeholders else None
    if subject:
        return f"模板：开头的机关名称是占位（「{subject.group(0)}」）"
    collection = next(
        # only in a line short enough to be a title: a paragraph's 形成专题调研报告64篇 names no collection
        (
            line
            for line in [title or "", *head_lines]
            if len(line) <= TITLE_MAX_CHARS and _TEMPLATE_TITLE.search(line)
        ),
        None,
    )
    return f"范文或模板的标题：「{collection[:60]}」" if collection else None
