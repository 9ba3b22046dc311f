"""Classify, title: the document's title, read from its first lines or the page's ``<title>``.

A title is a short line near the top that names the topic (法治, 依法行政, 法制) and ends in a
document word (报告, 总结, 情况, 方案…, ``data/title_end_words.txt``), or such a title broken over
two lines. Chrome above it (a breadcrumb, a metadata table's cells, a column's undated name) is
passed over; a date or a site's field label printed after it, a metadata label, a document number,
a site's name or a column label before it are cut off; a Party committee named on the line above a
joint title is kept.
"""

from __future__ import annotations

import re

from .dates import DATE_RE
from .model import FieldEvidence
from .region_text import region_mentions
from .title_issuer import GOVERNMENT_HEAD, ISSUER_LINE, SPACED_OUT, TITLE_SCAN_LINES, with_joint_issuer
from .title_suffix import LATIN_BEFORE_TITLE, strip_title_suffix
from .wordlists import alternation

# A title is a short line; longer lines are paragraphs that mention a report.
TITLE_MAX_CHARS = 80
# A shorter line is a menu word (通知公告, 政策解读), not a title.
TITLE_MIN_CHARS = 8
TITLE_END = re.compile("(?:" + alternation("title_end_words") + r")(?:[（(][^（）()]{0,20}[）)])?$")
_SITE_PREFIX = re.compile(
    r"^[^—\s]{2,8}—(?=[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|区|县|州|旗)[\u4e00-\u9fff]*?(?:人民政府|政府|局|厅|委员会|办公室|关于|\d))"
)
TOPIC = re.compile(r"法治|依法行政|法制")
# (A zero-padded number and a space, 01 主要举措和成效, heads a part of a page set for phones.)
HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.]|（[一二三四五六七八九十]{1,3}）|\d{1,2}[.、](?!\d)|0[1-9][ 　])"
)
# The first line of a title broken over two lines names the body, the year or the topic.
_TITLE_OPENING = re.compile(r"关于|(?:19|20)\d{2}\s*年|人民政府|政府|[省市区县州]|局$")
# A line of page chrome above a title (a breadcrumb, a site's links, a metadata row, a column
# name) is not the title's first half, even when it names a place.
_CHROME_BEFORE_TITLE = re.compile(r"[|｜>＞]|首页|位置[：:]|返回|新闻$|网$|网站$|门户$")
# A whole title headed by its own body named by its level's word (县司法局2023年…, 镇政府2023年…):
# the site's or the government's name above it hosts the page and is not joined to it.
_OWN_BODY_HEADED = re.compile(
    r"^(?:[省市区县州旗盟镇乡]|街道)(?:人民政府|政府|办事处|[\u4e00-\u9fff]{1,10}?(?:局|厅|委员会|办公室))"
    r"[^关]{0,12}?(?:19|20)\d{2}"
)
# A site's column label on a line of its own above the title (政府信息公开, 政务公开, 通知公告, 部门动态, a
# township's 石桥镇政府信息公开): its 政府 names no body, and the title below it is whole.
_COLUMN_LABEL = re.compile(
    r"^[\u4e00-\u9fff]{0,10}(?:公开|公告|公示|动态|要闻|资讯|专栏|专题|栏目|目录|文件|解读|发布|信息)$"
)
# A line that is a whole title by itself, headed by a place (福建省2023年度…情况): the line above
# it (a city the site sits in) is not joined to it.
_PLACE_HEADED = re.compile(r"^[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|区|县|州|旗|盟)")
# ...also after its year (2020年静海区法治政府建设情况报告): a whole title that names its body.
_YEAR_THEN_PLACE = re.compile(
    r"^(?:19|20)\d{2}\s*年度?[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|区|县|州|旗|盟|镇|乡|街道)(?!级)"
)
# ...or by a township or a street and its year (华新街道2022年法治政府建设年度报告).
_TOWNSHIP_HEADED = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道)(?:人民政府|政府|办事处)?(?:19|20)\d{2}")
# ...or by a government named by its level's word (省人民政府关于2016年…的报告).
_LEVELGOVERNMENT_HEADED = re.compile(r"^[省市区县州旗盟](?:人民)?政府关于")
# A line that only names the topic (法治政府建设, 依法行政): a site's column, not a title's first half.
_TOPIC_ONLY = re.compile(
    r"^(?:法治政府建设|法治政府|依法行政|法治建设|依法治[省市县区])(?:工作)?(?:专栏|专题)?$"
)
# A breadcrumb (首页 >> 政务公开 >> …, 当前位置：…) is chrome, never the title.
_BREADCRUMB = re.compile(r"[>＞»]{1,2}\s*[\u4e00-\u9fff]|当前位置|您的位置|^首页\s*[>＞»/|｜]")
# Nor is a link to another page under its label (相关文章：某县2022年度…报告, 推荐阅读：…, 上一篇：…).
_OTHER_PAGE_LINK = re.compile(
    r"^\s*(?:相关(?:文章|阅读|链接|新闻|推荐|信息)|推荐阅读|延伸阅读|热点推荐|热门推荐|上一篇|下一篇|上一条|下一条)\s*[：:]"
)
# Lines below the top counted as possible title lines stop at this many of title length.
TITLE_SCAN_MAX_LINES = 30
_BULLETS = "•·●▪◆■"
YEAR_IN_TITLE = re.compile(r"(?:19|20)\d{2}\s*年|[一二][〇零○OＯ0０一二三四五六七八九]{3}\s*年|年度")
# A year a title names by its number (年度 alone names none: 法治政府建设年度报告 is a column's name).
_NAMED_YEAR = re.compile(r"(?:19|20)\d{2}|[一二][〇零○OＯ0０一二三四五六七八九]{3}\s*年")
# A bullet, a column label in 【】 or [], a short column name before a bar (权威发布｜) or a
# repost's label (原标题：, 转载：, 转发：) before a title that starts with a place or a body (a township,
# a street too), with a year before them (【法治政府建设】2022年度某区…报告) or with 关于.
_TITLE_LEAD = re.compile(
    r"^(?:[•·●▪◆■★☆◇○►▶]\s*|(?:[【\[][^【】\[\]]{1,8}[】\]]|[^｜|\s]{2,8}\s*[｜|]\s*|(?:原标题|转载|转发|图文|文件)[：:]\s*"
    # or a listing's date before the title (2024-03-12 某县…), or a sharing site's page number (1、2023年…)
    r"|(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2})\s+|\d{1,2}、\s*)"
    r"(?=(?:(?:19|20)\d{2}\s*年度?)?[\u4e00-\u9fff]{0,10}?(?:省|自治区|市|区|县|州|旗|盟|部|厅|局|镇|乡|街道)|关于|(?:19|20)\d{2}\s*年度?(?:法治|依法)))"
)
# A label before a title that names another genre than the report: an infographic, an interpretation,
# a video (一图读懂, 图解, 解读, 视频, 动漫, 长图).
_GENRE_LABEL = re.compile(r"图解|[读看]懂|解读|视频|动漫|长图|漫画|海报")
# Segments before a whole title on the same line (a site's name, its column: 某县人民政府 某县2023年…
# 报告); a Party committee before a government's title issues it jointly and stays.
_JOINT_ISSUER_END = re.compile(r"^中共|(?:委员会|党委|党工委|工委)$")

_ATTACHMENT = re.compile(r"^附件\s*\d{0,2}\s*[：:]")
# A disclosure page's title row (信息名称：…, 标  题 | … |): the title is its value, also when the row
# is an item of a bulleted metadata list (• 标 题：…, - 名称：…).
# The labels of a title row (标题, 信息名称, 名  称, and a summary row that repeats the title, 内容概述).
_TITLE_LABEL = r"(?:(?:文章|信息|文件|公文)?(?:标\s*题|题\s*目|名\s*称|题\s*名)|内容概述|内容摘要)"
_TITLE_ROW = re.compile(
    r"^(?:[•·●▪◆■\-–]\s*)?[【\[]?\s*" + _TITLE_LABEL + r"\s*[】\]]?\s*[：:|｜]\s*([^|｜]{8,}?)\s*[|｜]?\s*$"
)
# A metadata block flattened onto one line ends on its title field (索引号：… 发布机构：… 名称：…报告).
_LAST_TITLE_FIELD = re.compile(
    r"\s(?:文章|信息|文件|公文)?(?:标\s*题|名\s*称|题\s*名)\s*[：:]\s*([^\s|｜：:][^|｜：:]{7,}?)\s*$"
)
# A metadata row (发文机构：某办公室, 信息分类：司法) is a field of the page, never a title's first half.
_FIELD_ROW = re.compile(r"^\s*(?:[\u4e00-\u9fff][ 　]*){2,6}[：:]")
# A field of a wiki's or a catalogue's box whose value is no title (• 内容：依法行政报告, 类型：报告制度).
_NOT_A_TITLE_FIELD = re.compile(
    r"^\s*(?:[•·●▪◆■\-–]\s*)?(?:内容|类型|中文名|外文名|地点|属性|性质|类别|简介|关键词|作者|所属)[ 　]*[：:]"
)
_NUMBER_BEFORE_TITLE = re.compile(r"^[\u4e00-\u9fff]{1,10}[〔\[［]\d{4}[〕\]］]\d{1,4}号\s*(?=《)")


def find_title(
    lines: list[str], hint: str | None = None, *, record_rows: int = 0
) -> tuple[str | None, int | None]:
    """The document's title and the index of its last line. ``record_rows``: how many rows of a
    disclosure page's metadata block (索引号：…) the repair stage dropped from the top."""
    scanned = 0
    crumb: tuple[str, int] | None = None
    for index, raw in enumerate(lines[:TITLE_SCAN_MAX_LINES]):
        if HEADING.match(raw):
            break
        # Menu words and a metadata table's short cells (发布机构：, 主动公开) are not counted:
        # the title may sit below a dozen of them; nor is a metadata list's bulleted row (• [ 发文字号 ],
        # • 荣教工委发〔2025〕1号) that names no rule-of-law topic and does not end as a title does.
        if raw.lstrip()[:1] in _BULLETS and not TOPIC.search(raw) and not TITLE_END.search(raw.rstrip()):
            continue
        scanned += len(raw) >= TITLE_MIN_CHARS
        if scanned > TITLE_SCAN_LINES:
            break
        if _OTHER_PAGE_LINK.match(raw) or _NOT_A_TITLE_FIELD.match(raw):
            continue
        if _BREADCRUMB.search(raw) or _ATTACHMENT.match(raw):
            # 首页 >> 政务公开 >> 法治政府工作报告 names the column, 附件：… a document sent with the page;
            # a breadcrumb's last step that is a whole, dated title names the page when nothing else does.
            crumb = crumb or _whole_title_crumb(raw, index)
            continue
        line = _candidate(raw)
        if len(line) > TITLE_MAX_CHARS or not TOPIC.search(
            line + (lines[index + 1] if index + 1 < len(lines) else "")
        ):
            continue
        if TITLE_END.search(line) and not line.endswith("。") and len(line) >= TITLE_MIN_CHARS:
            if not _NAMED_YEAR.search(line) and _dated_title_below(lines, index):
                continue  # a column's name (法治政府建设年度报告) above the dated title
            return _title_from_line(line, raw, lines, index, record_rows=record_rows)
        if index + 1 < len(lines):
            joined = line + lines[index + 1]
            if (
                len(joined) <= TITLE_MAX_CHARS
                and TITLE_END.search(lines[index + 1])
                and not line.endswith(("。", "：", "，"))
                and _TITLE_OPENING.search(line)
                and not DATE_RE.search(line)  # a date line above the title is not part of it
                and not _CHROME_BEFORE_TITLE.search(line)
                and not _COLUMN_LABEL.match(line.strip())
                and not _TOPIC_ONLY.match(line.strip())
                and not _names_its_body(lines[index + 1])
                and not _FIELD_ROW.match(line)
                # 标题：…, 【图文】… say where the title starts
                and not _TITLE_ROW.match(lines[index + 1])
                and not _TITLE_LEAD.match(lines[index + 1])
                and not (
                    _OWN_BODY_HEADED.match(lines[index + 1]) and len(lines[index + 1]) >= TITLE_MIN_CHARS
                )
                and not (
                    _PLACE_HEADED.match(lines[index + 1])
                    and len(lines[index + 1]) >= TITLE_MIN_CHARS
                    and not line.endswith(("关于", "人民政府", "政府"))
                )
                and not _letterhead_above_whole_title(line, lines[index + 1])
                and not _hosted_under_government(line, lines[index + 1])
                # a site's name over its column's (某局 / 法治政府建设年度报告) above the dated title
                and not (not _NAMED_YEAR.search(joined) and _dated_title_below(lines, index + 1))
            ):
                if SPACED_OUT.match(line):
                    joined = re.sub(r"\s+", "", line) + lines[index + 1]  # a letterhead's spaced name
                return with_joint_issuer(
                    _clean_title(joined), lines, index, record_rows=record_rows
                ), index + 1
    return crumb or _title_from_hint(hint)


def _title_from_line(
    line: str, raw: str, lines: list[str], index: int, *, record_rows: int
) -> tuple[str, int]:
    """The title a line that ends like one starts, and the index of its last line: the document's own
    title below a headline that names no body, a title broken before its last words, a file's name."""
    own = _documents_own_title_below(line, lines, index)
    if own is not None:
        return _clean_title(own), index + 2
    fuller = _fuller_title_below(line, lines, index)
    if fuller is not None:
        return with_joint_issuer(_clean_title(fuller), lines, index + 1, record_rows=record_rows), index + 1
    tail = lines[index + 1].strip() if index + 1 < len(lines) else ""
    line = _title_in_file_below(line, raw, tail)
    if _TITLE_TAIL.match(tail):
        # …法治政府建设情况 / 的报告: a title broken before its last words
        return with_joint_issuer(_clean_title(line + tail), lines, index, record_rows=record_rows), index + 1
    return with_joint_issuer(_clean_title(line), lines, index, record_rows=record_rows), index


# A page's headline that names no body: it starts with the year or with 关于.
_BODILESS_HEADLINE = re.compile(r"^(?:关于)?(?:19|20)\d{2}\s*年")


def _documents_own_title_below(headline: str, lines: list[str], index: int) -> str | None:
    """The document's own title under a page's headline that names no body (2024年…情况的报告 over
    重庆市某区某委员会 / 关于2024年…的报告): its issuer's line and its 关于 line, joined."""
    if not _BODILESS_HEADLINE.match(headline) or index + 2 >= len(lines):
        return None
    issuer, about = lines[index + 1].strip(), lines[index + 2].strip()
    if ISSUER_LINE.match(issuer) and about.startswith("关于") and TITLE_END.search(about):
        return re.sub(r"[ 　]+", "", issuer) + about
    return None


def _fuller_title_below(headline: str, lines: list[str], index: int) -> str | None:
    """The document's whole title right under a page's headline that names no body (2023年法治政府建设年度
    报告 over 重庆市某区某局2023年法治政府建设情况报告): the line below, when it names a place and the year."""
    if not _BODILESS_HEADLINE.match(headline) or not _dated_title_below(lines, index):
        return None
    below = strip_title_suffix(lines[index + 1].strip())
    year = YEAR_IN_TITLE.search(headline)
    return below if year is not None and year.group(0) in below and region_mentions(below) else None


def _names_its_body(line: str) -> bool:
    """A whole title that names its own body after its year (2020年静海区…报告), as a township or a
    street (华新街道2022年…) or as its level's government (省人民政府关于…): a letterhead or a site's name
    above it is no part of it. 2023年法治政府建设…报告 names no body and takes its issuer."""
    line = line.strip()
    found = _YEAR_THEN_PLACE.match(line)
    return (
        bool(found and region_mentions(found.group(0)))
        or _TOWNSHIP_HEADED.match(line) is not None
        or _LEVELGOVERNMENT_HEADED.match(line) is not None
    )


def _candidate(raw: str) -> str:
    """A top line as a title would read: a title row's value (信息名称：…), a title in book-title marks
    without them and without the document number an aggregator puts before it (某卫〔2024〕3号《…报告》),
    a heading set with its letters spaced (2 0 2 3 年 度 法 治 …) without the spaces."""
    if " " in raw and _letter_spaced(raw):
        raw = re.sub(r"[ 　]+", "", raw)
    value = _title_row_value(raw) if "题" in raw or "称" in raw or "内容" in raw else raw
    if "|" in value or "｜" in value:
        value = _title_cell(value)
    bare = _NUMBER_BEFORE_TITLE.sub("", strip_title_suffix(value))
    if bare.startswith("“") and bare.endswith("”") and bare.count("“") == 1:
        return bare[1:-1]  # a title quoted whole (“某县2023年度…报告”)
    for opening, closing in ("《》", "【】"):
        # in book-title marks, or in a listing's bold brackets (【某县2023年度…报告】)
        if bare.startswith(opening) and bare.endswith(closing) and bare.count(opening) == 1:
            return bare[1:-1]
    return bare


# A file's name a download page prints above its text (…建设情况.docx): the document's own title,
# on the text's first line, may end in more words (…建设情况报告).
_FILE_NAME = re.compile(r"\.(?:pdf|docx?|wps|ofd)\s*$", re.IGNORECASE)
_MORE_TITLE_WORDS = re.compile(r"(?:的)?(?:工作)?(?:报告|汇报|总结)")


def _title_in_file_below(title: str, raw: str, below: str) -> str:
    """``title`` read from a file's name (``raw``) with the words the text's first line adds to it when
    that line begins with it."""
    if not _FILE_NAME.search(raw):
        return title
    squeezed = re.sub(r"\s+", "", below[: len(title) * 2 + 10])
    if not squeezed.startswith(title):
        return title
    more = _MORE_TITLE_WORDS.match(squeezed, len(title))
    return title + more.group(0) if more else title


# The last words of a title broken before them (…建设情况 / 的报告, …的工作报告).
_TITLE_TAIL = re.compile(r"^的[\u4e00-\u9fff]{0,4}?(?:报告|汇报|总结)$")
LETTER_SPACED_MIN = 6


def _letter_spaced(line: str) -> bool:
    """A line set with a space after every letter (淳 安 县 2023 年 度 法 治 …), as a PDF's heading is
    extracted: six or more pieces, nearly all of one character, none longer than a year."""
    pieces = line.split()
    single = sum(1 for piece in pieces if len(piece) == 1)
    return len(pieces) >= LETTER_SPACED_MIN and single * 10 >= len(pieces) * 8 and max(map(len, pieces)) <= 4


# A whole title headed by a place's proper name and its level (桑日县某局2025年度…报告, a township's
# 某某乡人民政府关于2022年…报告), not by 关于 or an office of the government above it (办公厅关于…).
_NAMED_PLACE_HEAD = re.compile(r"^(?!关于)([\u4e00-\u9fff]{1,8}?(?:省|自治区|市|区|县|州|旗|盟|乡|镇|街道))")


def _hosted_under_government(line: str, below: str) -> bool:
    """A government's bare name above a whole, dated title headed by a place (山南市人民政府 /
    桑日县某局2025年度…报告) is the site that hosts the page, not the title's first half; so is it above
    a title headed by its own place (某县人民政府 / 某县2023年度…报告), which no title names twice."""
    government = GOVERNMENT_HEAD.match(line.strip())
    head = _NAMED_PLACE_HEAD.match(below)
    return (
        government is not None
        and government.end() == len(line.strip())
        and head is not None
        and _NAMED_YEAR.search(below) is not None
        and TITLE_END.search(below) is not None
        and len(below) >= TITLE_MIN_CHARS
    )


def _title_row_value(line: str) -> str:
    """A title row's value (名称：…), or the last field's of a metadata block run onto one line."""
    value = _TITLE_ROW.sub(r"\1", line)
    if value == line and _FIELD_ROW.match(line):
        last = _LAST_TITLE_FIELD.search(line)
        value = last.group(1) if last else line
    return value


def _title_cell(line: str) -> str:
    """A table row's one cell that is a whole title (| [ 标题 ] | 某县…报告 |), or the line without the
    bars at its ends; else the line. Other cells (| [ 体裁分类 ] | 工作报告 |) name no topic."""
    if line.strip()[:1] not in "|｜" and line.strip()[-1:] not in "|｜":
        return line
    cells = [cell.strip() for cell in re.split(r"[|｜]", line) if cell.strip()]
    titles = [
        cell
        for cell in cells
        if len(cell) >= TITLE_MIN_CHARS and TITLE_END.search(cell) and TOPIC.search(cell)
    ]
    return titles[0] if len(titles) == 1 else line


def _title_from_hint(hint: str | None) -> tuple[str | None, None]:
    """The title from the page's ``<title>`` (its first part before a site's name)."""
    if hint:
        title = re.split(r"\s*[_|｜]\s*|\s+-\s+", hint.strip())[0]
        if TOPIC.search(title) and len(title) <= TITLE_MAX_CHARS:
            return _clean_title(title), None
    return None, None


def _whole_title_crumb(line: str, index: int) -> tuple[str, int] | None:
    """(the last step of a breadcrumb, ``index``) when that step is a whole title of the topic that
    names its place and year (首页 > 政务公开 > 某县2023年法治政府建设年度报告; a township's, 某乡2023年度…;
    the year first, 2020年某区…)."""
    last = re.split(r"\s*(?:[>＞»]{1,2}|当前位置[：:]|您的位置[：:])\s*", line.strip())[-1]
    last = strip_title_suffix(last)
    if (
        TITLE_MIN_CHARS + 4 <= len(last) <= TITLE_MAX_CHARS
        and (_PLACE_HEADED.match(last) or _TOWNSHIP_HEADED.match(last) or _YEAR_THEN_PLACE.match(last))
        and YEAR_IN_TITLE.search(last)
        and TOPIC.search(last)
        and TITLE_END.search(last)
    ):
        return _clean_title(last), index
    return None


# A whole title headed by a township or a street and naming its year (石鼻镇2024年…报告).
_TOWNSHIP_DATED_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,12}?(?:乡|镇|街道)[^关]{0,6}?(?:19|20)\d{2}")


def _letterhead_above_whole_title(line: str, below: str) -> bool:
    """``line`` is a joint letterhead (中共某镇委员会 某镇人民政府) over a title that names its own
    body and year: the letterhead issues the document, the title below stands whole. (A title
    below that starts with 关于 needs the issuer and is joined: 中共某县委 某县人民政府关于….)"""
    issuers = line.split()
    if len(issuers) < 2 or not _JOINT_ISSUER_END.search(issuers[0]):
        return False
    return bool(
        _TOWNSHIP_DATED_HEAD.match(below) or (_PLACE_HEADED.match(below) and _NAMED_YEAR.search(below[:16]))
    )


def _dated_title_below(lines: list[str], index: int) -> bool:
    """The next line is a whole title of the topic that names a year."""
    if index + 1 >= len(lines):
        return False
    below = strip_title_suffix(lines[index + 1])
    return (
        TITLE_MIN_CHARS <= len(below) <= TITLE_MAX_CHARS
        and bool(TITLE_END.search(below) and TOPIC.search(below) and YEAR_IN_TITLE.search(below))
        and not below.endswith("。")
    )


_TITLE_LABEL_LEAD = re.compile(r"^[【\[]?" + _TITLE_LABEL + r"[】\]]?(?:\s*[：:|｜]\s*|\s+)")


def _clean_title(title: str) -> str:
    # A metadata row's label (标题：…, 标      题 …, 名称：…) is not part of the title.
    title = _TITLE_LABEL_LEAD.sub("", strip_title_suffix(title.strip()))
    if title[:1].isascii() and title[:1].isalpha():
        title = LATIN_BEFORE_TITLE.sub("", title)
    # A label that says what the page is (一图读懂｜…, 【图解】…) is the page's own word and stays; other
    # leads (【图文】, a column's name) go first, so that a joint issuer after one (【图文】中共某县委
    # 某县人民政府关于…) is still seen as the title's head.
    lead = _TITLE_LEAD.match(title)
    if lead is not None and not _GENRE_LABEL.search(lead.group(0)):
        title = title[lead.end() :]
    if " " in title or "\u3000" in title:
        title = _last_whole_title(title)
    # A site's name run before the title (某某之家—江西省人民政府关于…) is not part of it.
    title = _SITE_PREFIX.sub("", title)
    lead = _TITLE_LEAD.match(title)
    return title if lead is None or _GENRE_LABEL.search(lead.group(0)) else title[lead.end() :]


def _last_whole_title(title: str) -> str:
    """The last space-separated part of ``title`` when it is a whole title by itself, headed by its
    own place (a township's or a street's too) and naming a year, and what comes before is not a Party
    committee issuing it jointly."""
    parts = title.split()
    last = parts[-1]
    if (
        len(parts) >= 2
        and len(last) >= TITLE_MIN_CHARS + 4
        and (_PLACE_HEADED.match(last) or _TOWNSHIP_HEADED.match(last))
        and YEAR_IN_TITLE.search(last)
        and TOPIC.search(last)
        and TITLE_END.search(last)
        and not _JOINT_ISSUER_END.search(parts[-2])
        and not parts[0].startswith("中共")
    ):
        return last
    return title


def title_in_chrome(dropped: list[str]) -> tuple[str, str] | None:
    """(title, the line) from a line the repair stage dropped near the top as chrome because a site's
    field label or date ran after the title (…报告 浏览次数：120, …报告 2024-03-12 来源：…)."""
    for raw in dropped:
        if _NOT_A_PAGE_TITLE.search(raw):
            continue
        crumb = _whole_title_crumb(raw, 0) if _BREADCRUMB.search(raw) else None
        if crumb:
            return crumb[0], raw.strip()[:120]
        value = _title_row_value(raw.strip())
        row = value != raw.strip()
        line = strip_title_suffix(value)
        if (
            (row or line != raw.strip())
            and TITLE_MIN_CHARS <= len(line) <= TITLE_MAX_CHARS
            and TITLE_END.search(line)
            and TOPIC.search(line)
            and YEAR_IN_TITLE.search(line)
            and not HEADING.match(line)
        ):
            return _clean_title(line), raw.strip()[:120]
    return None


# A link to another page (上一篇：…, 相关阅读) names another report, not this one.
_NOT_A_PAGE_TITLE = re.compile(r"上一篇|下一篇|相关|推荐|热点|阅读排行|链接")


def title_evidence(
    title: str | None, title_line: int | None, lines: list[str], hints: dict[str, str]
) -> FieldEvidence:
    if title is None:
        return FieldEvidence(
            "none", "none", None, "前几行没有谈到法治、以报告或总结等结尾的标题行，网页标题也没有"
        )
    if title_line is None:
        return FieldEvidence("medium", "page_title", hints.get("title"))
    return FieldEvidence("high", "title_line", lines[title_line].strip())
