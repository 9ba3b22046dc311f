"""Classify, publication date: the dates the dropped page chrome gives as the publication's.

The repair stage keeps every piece of chrome it drops, in page order, with its place
(``repair.chrome.Chrome``). A date is a publication date when a publication label stands
just before it (发布时间, 发表日期, 日期, a metadata row ``发布日期 | 2024-03-12 |``; never
成文日期, 印发日期 or 生成日期), when it opens a date-and-time line of the page header, or when the filter
cut it as a publication line (one run into the first paragraph, a body-and-date line under the
title). A site clock (今天是…星期…) never gives one.
"""

from __future__ import annotations

import re

from .dates import DATE, DATE_RE, DATE_TIME_LINE, day_first_date, iso, site_clock
from .repair.chrome import HEADER, PAGE_HEADER, PUBLICATION_LINE, Chrome

# A labelled publication date, also in a metadata table row (发布日期 | 2024-03-12 |, 发布日期: | 2024-03-12 |);
# the date a document was drawn up (成文日期, 印发日期, 公文生成日期) is not its publication date.
PUBLISHED_LABEL = re.compile(
    r"(?:(?:(?:发布|发表|发稿|上传|公开|更新|添加)|(?<!成文)(?<!印发)(?<!生成))(?:时间|日期)\s*[\]】]?\s*[：:]?\s*[|｜]?"
    r"|发[表布]于\s*[：:]?|发布\s*[：:])\s*$"
)
# A header line that is a web page's date and nothing else of a document's: in square brackets
# alone ([2024-03-12]; a document's own date is in round ones) or before a bar and its publisher.
_WEB_DATE_LINE = re.compile(
    r"^[\[【]\s*" + DATE + r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[\]】]$|^" + DATE + r"[^|｜]{0,9}[|｜]|"
    # a date and its publisher without the bar (2024年3月15日 某县司法局)
    r"^" + DATE + r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(?:来源\s*[：:]\s*)?[\u4e00-\u9fff]{2,30}"
    r"(?:人民政府|政府|局|厅|委员会|办公室|办事处|中心|网)\s*$"
)

# How far before a date its label may start (characters).
LABEL_REACH = 12

# A byline of the page header (来源：某县司法局 2024年3月12日, 2024年03月12日 作者：…, 2024-03-12
# 【字体：大 中 小】): its date is the publication's unless a label before it says it is another date.
BYLINE = re.compile(
    r"(?:来源|作者|发布者|发布人|发布|编辑|浏览|点击|阅读|访问|字体|字号)(?:次数|量|数)?\s*[：:]"
    r"|【\s*(?:打印|关闭|收藏|大\s*中\s*小)"
)
_CREDIT = re.compile(r"(?:来源|作者|发布者|发布人|编辑)\s*[：:]")
OTHER_DATE_LABEL = re.compile(
    r"(?:成文|印发|生成|发文|签发|制发|出台|通过|施行|实施|生效|废止|截止|有效|会议|活动|撰写|起草|拟稿|写作)"
    r"(?:时间|日期|期至)?"
    r"\s*[\]】]?\s*[：:]?\s*[|｜]?\s*$"
)


def publication_dates(chrome: list[Chrome]) -> list[str]:
    """The publication dates ``chrome`` gives, as YYYY-MM-DD, first found first."""
    return [date for date, _line in publication_lines(chrome)]


def publication_lines(chrome: list[Chrome]) -> list[tuple[str, str]]:
    """(YYYY-MM-DD, the chrome line it was read from) for each publication date: the labelled ones
    and the publication lines the filter cut first, then the unlabelled header dates and bylines
    (a metadata block's 发文日期 value on a line of its own comes before its 发布日期)."""
    labelled_dates: list[tuple[str, str]] = []
    other_dates: list[tuple[str, str]] = []
    label_above = False
    for piece in chrome:
        if piece.place == PUBLICATION_LINE:
            labelled_dates.append((iso(DATE_RE.search(piece.text)), piece.text))
            label_above = False
            continue
        line = piece.text
        # A metadata block gives the label on one line and its date on the next (• 发布日期：). (A label
        # says 时间 or 日期, a date 19 or 20: a line without them is not searched, most chrome lines.)
        after_label = label_above
        label_above = ("时间" in line or "日期" in line) and _LABEL_ONLY.fullmatch(line) is not None
        first = DATE_RE.search(line) if "20" in line or "19" in line else None
        if first is None:
            day_first = day_first_date(line)
            if day_first and piece.place in (HEADER, PAGE_HEADER):
                other_dates.append((day_first, line))  # 18.03.2015  13:07 under the title
                continue
            short = _SHORT_DATE.search(line) if "-" in line else None
            if short and piece.place in (HEADER, PAGE_HEADER):
                # 时间: 23-03-30 来源: …: a site that prints the year in two digits
                labelled_dates.append(
                    (f"20{short.group(1)}-{int(short.group(2)):02d}-{int(short.group(3)):02d}", line)
                )
            continue  # no date to give: its clock, byline and header are not read
        # A site clock (今天是…, a bare date with its weekday) gives none; a labelled date with its
        # weekday (发布时间：2025年01月27日 星期一) is still the publication's.
        clock = site_clock(line)
        if clock and clock.group(0) == "今天是":
            continue
        # A whole page's header line counts unlabelled only when it opens with its date and time.
        header = piece.place == HEADER or (piece.place == PAGE_HEADER and DATE_TIME_LINE.match(line))
        byline = piece.place == HEADER and BYLINE.search(line) is not None
        # A dated byline keeps its weekday (2024年03月15日 星期五 来源：某县司法局): a site's clock
        # credits no source nor writer (its counters, 访问量：, are no credit).
        credited = byline and _CREDIT.search(line) is not None
        web_date = piece.place in (HEADER, PAGE_HEADER) and _WEB_DATE_LINE.match(line) is not None
        unlabelled = None  # the line's first byline or header date, unless a labelled one follows it
        for match in DATE_RE.finditer(line, first.start()):
            label = _label_before(line, match)
            labelled = label == "published" or after_label and match.start() == 0
            if label == "other" or clock and not labelled and not credited:
                continue
            if labelled:
                # 来源：某省人民政府 2018/4/13 发布时间：2020-10-23: the date the page labels is the page's
                labelled_dates.append((iso(match), line))
                unlabelled = None
                break
            if unlabelled is None and (
                byline or (header and DATE_TIME_LINE.match(line[match.start() :])) or web_date
            ):
                unlabelled = iso(match)
        if unlabelled is not None:
            other_dates.append((unlabelled, line))
    return labelled_dates + other_dates


# A labelled date whose year has two digits (时间: 23-03-30), as some sites print it.
_SHORT_DATE = re.compile(
    r"(?:发布|更新)?(?:时间|日期)\s*[：:]\s*(\d{2})-(0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01])(?![\d:])"
)
# A line that is a publication label alone, its date on the next line.
_LABEL_ONLY = re.compile(r"[•·\-\s]*(?:发布|发表|发稿|公开|更新)(?:时间|日期)\s*[：:]?\s*")


# The body a page says published it: 发布机构：某县人民政府, a metadata row 发布机构 | … |, 来源：某局.
PUBLISHER = re.compile(
    r"(?:发布机构|发布单位|发布部门|发文机关|发文单位|信息来源|文章来源|来源)\s*[\]】]?\s*[：:|｜]?\s*([\u4e00-\u9fff]{2,30})"
)
# Where a publisher line stands: the page's header, not a footer's 主办单位 or a body line.
_PUBLISHER_PLACES = frozenset({HEADER, PAGE_HEADER, PUBLICATION_LINE})


def publisher_lines(chrome: list[Chrome]) -> list[tuple[str, str]]:
    """(the publisher's name, the chrome line) for each publisher line of the page header."""
    found = []
    for piece in chrome:
        if piece.place in _PUBLISHER_PLACES and ("来源" in piece.text or "发" in piece.text):
            match = PUBLISHER.search(piece.text)
            if match:
                found.append((match.group(1), piece.text))
    return found


# A web page's date on its line, in figures (2024.03.20, 2024-03-20 15:53, 2024/3/20; a document's
# own date is written 2024年3月20日), alone (also in square brackets the repair stage left, ［2024-03-20］)
# or in a byline run together with its poster's user name
# before it or the author's name after it (admin52024-03-20 15:53:19, 2024-03-20张三).
_BARE_WEB_DATE = re.compile(
    r"^\s*[\[［【]?\s*(?:[A-Za-z][A-Za-z0-9_]{0,15}?)?((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[\]］】]?\s*[\u4e00-\u9fff]{0,4}\s*$"
)
# The publisher, a bar and the web date (某县司法局 | 2024-03-20), the mirror of 2024-03-20 | 某县司法局;
# or a body's name and the date behind a space (某县司法局 2024-03-20): a document signs in words.
_PUBLISHER_BAR_DATE = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{2,30}\s*[|｜]|[\u4e00-\u9fff]{1,30}?"
    r"(?:人民政府|政府|局|厅|委员会|委|办公室|办事处|中心|司法所|街道)\s)"
    r"\s*((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
)
# A byline under the title that the repair stage left in the text, its credits and its web date in
# figures (（来源：某县司法局  2024-03-20）, 作者：某某 来源：某县司法局 2024-03-20 10:20, also behind a bar,
# 作者：某县司法局 | 2024.03.20): the page's date.
_BYLINE_WEB_DATE = re.compile(
    r"^\s*[（(【\[]?\s*(?:(?:来源|作者|发布者|编辑|责任编辑|文章来源|信息来源)\s*[：:]\s*[^\s（）()：:|｜]{1,30}"
    r"(?:\s*[|｜]\s*|\s+))+"
    r"((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[）)】\]]?\s*$"
)
# A web date in figures beside a report's title on its line (…工作报告 2024-12-12, run on without the
# space a copy lost, …工作报告2024-12-12; …报告 某县人民政府 2024-03-15), also in brackets (…报告 (2024-12-12), …报告【2024/12/12】: a listing's date); a
# document's own date is written in words (2024年12月12日, also in brackets) and is not read so.
_DATE_BESIDE_TITLE = re.compile(
    r"(?:报告|总结|情况|汇报)(?:(?:\s+[\u4e00-\u9fff]{2,30}?(?:人民政府|政府|局|厅|委员会|办公室|办事处)\s+|\s*)"
    r"((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|"
    r"\s*[（(\[【]\s*((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})\s*[）)\]】])\s*$"
)
# A headline over the title is a line no longer than this.
_HEADLINE_MAX_CHARS = 80
# A subtitle under the title (——基于…的考察) is the title's, not the first paragraph.
_SUBTITLE = re.compile(r"^\s*(?:——|—|--)")
# A disclosure page's index number, a cell without its label (11370112004203454A/2024-6548321): no paragraph.
_INDEX_NUMBER = re.compile(r"^\s*[0-9A-Za-z]{6,}(?:[/\-][0-9A-Za-z]+)+\s*$")
# A list item's bullet before a cell under the title (• 2025-01-22).
_BULLET = re.compile(r"^\s*[•·・▪●◆■]\s*")
# How many lines below the title a disclosure page's metadata cells (主动公开, the date) may stand.
_CELLS_BELOW_TITLE = 6  # (标题 / 文号 无 / 主动公开 / 无 / 无 / 2025.12.17: a cell of each column)
# How far after a title repeated at a line's start its run-on publication label may end (发布时间:2023-01-31 16:38:31).
_RUN_ON_LABEL_CHARS = 40
# ...and how many above it.
_CELLS_ABOVE_TITLE = 3


def _labelled_date(line: str) -> str | None:
    """The date a publication label gives on ``line`` (时间：2024-03-15), not a document's own (成文日期：…)."""
    if "：" not in line and ":" not in line:
        return None
    for match in DATE_RE.finditer(line):
        if _label_before(line, match) == "published":
            return iso(match)
    return None


def _label_before(line: str, date: re.Match[str]) -> str | None:
    """``other`` when the words just before ``date`` label another date (成文日期：, 会议时间：),
    ``published`` when they label the publication's (发布时间：, 日期：), else None."""
    before = line[: date.start()][-LABEL_REACH:]
    if OTHER_DATE_LABEL.search(before):
        return "other"
    return "published" if PUBLISHED_LABEL.search(before) else None


def dates_by_title(lines: list[str], title_line: int | None) -> list[tuple[str, str]]:
    """(YYYY-MM-DD, the line) for a web date alone on a line among the short metadata cells just
    under the title (标题 / 主动公开 / 2024.03.20), after its publisher and a bar (某局 | 2024-03-20),
    or ending a byline (（来源：某局 2024-03-20）), before the first paragraph; else a web date alone
    on a line just above the title."""
    if title_line is None:
        return []
    beside = _date_beside(lines[title_line]) if title_line < len(lines) else None
    labelled = _labelled_date(lines[title_line]) if not beside and title_line < len(lines) else None
    if labelled:
        # …报告 来源：某局 时间：2024-03-15: the page's byline run onto the title's line
        return [(labelled, lines[title_line])]
    if beside:
        # …工作报告 2024-12-12: a web date in figures printed beside the title, behind a space
        return [(beside, lines[title_line])]
    title = lines[title_line].strip() if title_line < len(lines) else ""
    for line in lines[title_line + 1 : title_line + 1 + _CELLS_BELOW_TITLE]:
        if title and line.lstrip().startswith(title):
            # …报告发布时间:2023-01-31 16:38:31来源:…: a copied page's header run on after the title again
            labelled = _labelled_date(line.lstrip()[: len(title) + _RUN_ON_LABEL_CHARS])
            if labelled:
                return [(labelled, line)]
        # (also an item of the list of tools and facts under the title: • 听全文 / • 2025-01-22 / • 分享到;
        # over a title, a bulleted list holds a disclosure page's unlabelled 成文日期 and 发布日期 cells)
        match = _web_date_cell(_BULLET.sub("", line, count=1))
        if match:
            return [(iso(match), line)]
        if len(line) > 20 and not _SUBTITLE.match(line) and not _INDEX_NUMBER.match(line):
            break  # the first paragraph: a date below it is the body's
    # A page header may print the web date over the title (2024.03.20 / …年度报告), alone or in a
    # byline, in figures; a date in words there (2024年1月29日) is a document's own and is not read so.
    for line in reversed(lines[max(0, title_line - _CELLS_ABOVE_TITLE) : title_line]):
        match = _web_date_cell(line)
        if match:
            return [(iso(match), line)]
        beside = _date_beside(line) if len(line) <= _HEADLINE_MAX_CHARS else None
        if beside:
            # 某街道2022年度…工作情况报告 2023-02-09 over the title set on two lines: the page's headline
            return [(beside, line)]
    return []


def _date_beside(line: str) -> str | None:
    """YYYY-MM-DD of the web date a title's line prints beside the title (…工作报告 2024-12-12), else None."""
    beside = _DATE_BESIDE_TITLE.search(line)
    if beside is None:
        return None
    year, month, day = (int(part) for part in beside.groups() if part is not None)
    return f"{year:04d}-{month:02d}-{day:02d}"


def _web_date_cell(line: str) -> re.Match[str] | None:
    """A line beside the title that is the page's web date: alone (2024.03.20), after its publisher and
    a bar (某局 | 2024-03-20), or ending a byline (（来源：某局 2024-03-20）)."""
    return _BARE_WEB_DATE.match(line) or _PUBLISHER_BAR_DATE.match(line) or _BYLINE_WEB_DATE.match(line)
