"""Classify, title: what a site prints around a title and is not part of it — a date or a site's
field label after it (…报告 2024-03-12, …报告 来源：…), its buttons, an editor's note, a document
number, English words, the issuer or the site's name, a download's file extension.
"""

from __future__ import annotations

import re

# A file's extension a download page prints after the title (…报告.pdf).
_FILE_EXTENSION = re.compile(r"\s*\.(?:pdf|docx?|wps|ofd|xlsx?)$", re.IGNORECASE)

# A date a site prints after the title (…报告 2024-03-12, …报告（2024年3月12日）), with or without
# its label, and a site's field label run after it (…报告 来源：…, …报告 发布时间：) are not part of it.
# A year alone in brackets (…的报告（2022年）) is part of some titles and stays.
_TITLE_DATE_SUFFIX = re.compile(
    r"\s*[（(\[【〔]?\s*(?:(?:发布|发表|更新|公开)?(?:时间|日期)\s*[：:]?\s*)?"
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s*星期[一二三四五六日天])?\s*[）)\]】〕]?$|"
    # a month in brackets (…报告（2024年1月）), a date in Chinese numerals (（二〇二四年三月二十八日）)
    r"\s*[（(](?:19|20)\d{2}\s*年\s*\d{1,2}\s*月[）)]$|"
    r"\s*[（(]?[〇零一二][〇零一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?[）)]?$|"
    # the issuer and a month or a date printed after the title (…报告 某县人民政府办公室 2024年3月,
    # …报告 某县人民政府 2024-03-15)
    r"(?:\s+[\u4e00-\u9fff（）()]{2,30})?\s+(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|"
    r"[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)$"
)
# A site's buttons run after a title (【打印】【关闭】, [打印本页]) and an editor's note on the page
# (（全文）, （图文）, （附解读）, （第2页）, （此件公开发布）) are not part of it.
_TITLE_WIDGETS = re.compile(
    r"(?:\s*[【\[]\s*(?:打印(?:本页|此页)?|关闭(?:窗口|本页)?|收藏|分享|返回(?:顶部)?|纠错|大|中|小|大\s*中\s*小)\s*[】\]])+\s*$|"
    r"\s*[（(](?:全文|图文|组图|图|附全文|视频|[附含]?(?:政策)?解读|第\s*\d{1,3}\s*页|此件公开发布|此件主动公开)[）)]$"
)
# The characters a widget run and a date suffix can end on (a date also on a decimal digit), trailing
# spaces aside. Both patterns are anchored at the line's end and open with a repeat, so the regex engine
# tries them at every position of the line, and a paragraph that reaches them (…报告如下：) ends on none
# of these: it is not asked. The field label needs its colon.
_WIDGET_LAST = frozenset("】]）)")
_DATE_SUFFIX_LAST = frozenset("日月一二三四五六天）)]】〕")
# A document number a listing prints after a title, behind a space (…报告 青政发〔2024〕3号).
_TITLE_DOCUMENT_NUMBER = re.compile(
    r"\s+[\u4e00-\u9fff]{1,10}[〔［\[（(]\s*(?:19|20)\d{2}\s*[〕］\]）)]\s*\d{1,4}\s*号$|"
    # ...or in brackets after it (…工作情况报告（牡政呈〔2021〕6号）)
    r"[（(]\s*[\u4e00-\u9fff]{1,10}[〔［\[]\s*(?:19|20)\d{2}\s*[〕］\]]\s*\d{1,4}\s*号\s*[）)]$"
)
# English words before or after a title (a site's bilingual heading) are not part of it.
_LATIN_AFTER_TITLE = re.compile(r"\s+[A-Za-z][A-Za-z0-9 ,.'’:&()\-]{10,}$")
LATIN_BEFORE_TITLE = re.compile(r"^[A-Za-z][A-Za-z0-9 ,.'’:&()\-]{10,}?\s+(?=[\u4e00-\u9fff])")
_TITLE_FIELD_LABEL = re.compile(
    r"(?:\s+|\s*[【\[（(])(?:来源|文章来源|信息来源|来源单位|发布机构|发布单位|发文单位|发布者|发布人|发布时间|"
    r"发布日期|发表时间|发稿时间|录入时间|上传时间|更新时间|更新日期|公开日期|信息提供日期|时间|日期|作者|供稿|撰稿|"
    r"浏览次数|浏览|点击次数|点击数|点击量|点击率|点击|阅读次数|阅读|访问次数|访问量|浏览量|阅读量|字号|字体|"
    r"责任编辑|编辑|分享到|分享|索引号|成文日期|成文时间|印发日期|发文日期|生成日期|文号|发文字号)\s*[：:].*$"
)
# The next year's plan a title may end on after the year's summary (…工作总结和2024年工作计划, …工作情况
# 及2016年工作打算): a head word too.
_PLAN_HEAD = r"(?:计划|打算|安排|思路|要点)"

# A site's name run after a title's head word (…报告_某县人民政府, …报告 - 某某网, …报告｜某市司法局,
# …报告 / 某县人民政府).
_TITLE_SITE_SUFFIX = re.compile(
    r"((?:报告|总结|情况|汇报|"
    + _PLAN_HEAD
    + r")(?:[（(][^（）()]{0,20}[）)])?)\s*(?:[_｜|]|\s-{1,2}\s|-{1,2}|——|\s/\s)\s*"
    r"[^｜|\s]{0,40}?(?:网|网站|政府|局|厅|委|委员会|办公室|办|中心|平台|院|部|司)$"
)


# ...and a site's or a body's name a page title prints before the title behind an underscore or a bar
# (长沙市司法局_关于长沙市2020年法治政府建设情况的报告, 长沙市政府门户网站-长沙市2023年…报告), the browser's title
# over the page's own.
_TITLE_SITE_PREFIX = re.compile(
    r"^[^_｜|\s-]{2,30}?(?:网|网站|政府|局|厅|委|委员会|办公室|办|中心|平台|院|部|司)\s*(?:[_｜|]|-{1,2})\s*"
    r"(?=[^_｜|]*(?:报告|总结|情况|汇报)$)"
)


# The issuer or the site printed after a whole title behind a space or in brackets (…报告 某县人民政府,
# …报告（某县人民政府）); a subject in brackets that is no body's name (…报告（2023年）) stays.
_TITLE_BODY_SUFFIX = re.compile(
    r"((?:报告|总结|情况|汇报))(?:\s+[\u4e00-\u9fff]{2,30}?(?:人民政府|政府|局|厅|委员会|办公室|办事处|网|网站)|"
    r"\s*[（(][\u4e00-\u9fff]{2,30}?(?:人民政府|政府|局|厅|委员会|办公室|办事处)[）)])$"
)


# A site's segments after a whole title (…报告 - 政务公开 - 某县人民政府, …报告_部门文件, …报告｜某某发布):
# a bar, an underscore or a spaced dash after the last report word, then no report word (a subtitle
# after —— stays). Cut in code, not by one pattern: nested repeats would backtrack on long lines.
_HEAD_BEFORE_SEGMENT = re.compile(
    r"(?:报告|总结|情况|汇报|" + _PLAN_HEAD + r")(?:[（(][^（）()]{0,20}[）)])?(?=\s*(?:[_｜|]|\s-{1,2}\s))"
)
_REPORT_WORD = re.compile(r"报告|总结|情况|汇报")
_SEGMENT_WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2}")


def _without_site_segments(line: str) -> str:
    """``line`` without the site's segments after its title; a table row's cells (| … | 工作报告 |) and
    an empty last cell are not segments."""
    if line.lstrip()[:1] in "|｜":
        return line
    last = next(reversed(list(_HEAD_BEFORE_SEGMENT.finditer(line))), None)
    if last is None or _REPORT_WORD.search(line, last.end()) or not _SEGMENT_WORDS.search(line, last.end()):
        return line
    return line[: last.end()]


def strip_title_suffix(line: str) -> str:
    """``line`` without a date, a site's field label or a site's name printed after a title (or a
    site's name before it)."""
    if not line:
        return line
    if "." in line:
        line = _FILE_EXTENSION.sub("", line)
    if "_" in line or "|" in line or "｜" in line or "-" in line or "——" in line or " / " in line:
        line = _TITLE_SITE_SUFFIX.sub(r"\1", line)
        line = _without_site_segments(line)
        line = _TITLE_SITE_PREFIX.sub("", line)
    if line[-1:].isascii() and line[-1:].isalpha():
        line = _LATIN_AFTER_TITLE.sub("", line) or line
    if " " in line or line.endswith(("）", ")")):
        line = _TITLE_BODY_SUFFIX.sub(r"\1", line)
    if line.endswith(("号", "号）", "号)")):
        line = _TITLE_DOCUMENT_NUMBER.sub("", line) or line
    if (
        not line[-1:].isdigit()
        and "：" not in line
        and ":" not in line
        and not line.endswith(("）", ")", "】", "]", "〕", "日", "月"))
        and "星期" not in line
    ):
        return line
    cut = _TITLE_FIELD_LABEL.sub("", line) if "：" in line or ":" in line else line
    if cut.rstrip()[-1:] in _WIDGET_LAST:
        cut = _TITLE_WIDGETS.sub("", cut)
    last = cut.rstrip()[-1:]
    if last.isdecimal() or last in _DATE_SUFFIX_LAST:
        cut = _TITLE_DATE_SUFFIX.sub("", cut)
    return cut or line
