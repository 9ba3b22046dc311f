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

from .dates import DATE_RE, DATE_TIME_LINE, SITE_CLOCK, iso
from .repair.chrome import HEADER, PAGE_HEADER, PUBLICATION_LINE, Chrome

# A labelled publication date, also in a metadata table row (发布日期 | 2024-03-12 |); the date a
# document was drawn up (成文日期, 印发日期, 公文生成日期) is not its publication date.
PUBLISHED_LABEL = re.compile(
    r"(?:(?:发布|发表|发稿|上传|公开|更新)|(?<!成文)(?<!印发)(?<!生成))(?:时间|日期)\s*[\]】]?\s*[：:|｜]?\s*$"
)

# How far before a date its label may start (characters).
LABEL_REACH = 12

# A byline of the page header (来源：某县司法局 2024年3月12日, 2024年03月12日 作者：…): its date is
# the publication's unless a label before it says it is another date.
BYLINE = re.compile(r"(?:来源|作者|发布者|发布人|编辑|浏览|点击|阅读|访问)(?:次数|量|数)?\s*[：:]")
OTHER_DATE_LABEL = re.compile(
    r"(?:成文|印发|生成|发文|签发|制发|出台|通过|施行|实施|生效|废止|截止|有效|会议|活动)(?:时间|日期|期至)?"
    r"\s*[\]】]?\s*[：:|｜]?\s*$"
)


def publication_dates(chrome: list[Chrome]) -> list[str]:
    """The publication dates ``chrome`` gives, as YYYY-MM-DD, first found first."""
    return [date for date, _line in publication_lines(chrome)]


def publication_lines(chrome: list[Chrome]) -> list[tuple[str, str]]:
    """(YYYY-MM-DD, the chrome line it was read from) for each publication date, first found first."""
    dates: list[tuple[str, str]] = []
    for piece in chrome:
        if piece.place == PUBLICATION_LINE:
            dates.append((iso(DATE_RE.search(piece.text)), piece.text))
            continue
        line = piece.text
        if SITE_CLOCK.search(line):
            continue
        # A whole page's header line counts unlabelled only when it opens with its date and time.
        header = piece.place == HEADER or (piece.place == PAGE_HEADER and DATE_TIME_LINE.match(line))
        byline = piece.place == HEADER and BYLINE.search(line) is not None
        for match in DATE_RE.finditer(line):
            before = line[: match.start()][-LABEL_REACH:]
            labelled = PUBLISHED_LABEL.search(before) is not None
            if OTHER_DATE_LABEL.search(before):
                continue
            if labelled or byline or (header and DATE_TIME_LINE.match(line[match.start() :])):
                dates.append((iso(match), line))
                break
    return dates
