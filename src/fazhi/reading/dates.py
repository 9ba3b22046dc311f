"""Date shapes shared by the repair stage (which drops dated page chrome) and classify (which
reads the publication date from it and never takes a body date for one)."""

from __future__ import annotations

import re

DATE = r"((?:19|20)\d{2})\s*(?:[-./年])\s*(\d{1,2})\s*(?:[-./月])\s*(\d{1,2})\s*日?"
DATE_RE = re.compile(DATE)
# A line that opens with a date and a time of day (08:45, 09时24分): a page header's publication
# line, the date and time alone or before a byline's label run onto them (2020-03-13 08:45:00来源：).
DATE_TIME_LINE = re.compile(
    rf"^[•·\s]*{DATE}\s+(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?|\d{{1,2}}\s*时\s*\d{{1,2}}\s*分(?:\s*\d{{1,2}}\s*秒)?)"
    r"(?:\s|$|(?=来源|作者|编辑|发布|浏览|点击|阅读))"
)
# A header line of its date written day first and its time, as an aggregator site prints it (18.03.2015  13:07).
_DAY_FIRST_DATE_TIME_LINE = re.compile(
    r"^[•·\s]*(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)\d{2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*$"
)
# A site clock (今天是2024年3月1日 星期五) is the day the page was viewed, never a publication date.
SITE_CLOCK = re.compile(r"今天是|星期[一二三四五六日天]|周[一二三四五六日]\b")
# The words a site clock is made of: a text or a line without any of them holds none.
CLOCK_WORDS = ("今天是", "星期", "周")


def site_clock(line: str) -> re.Match[str] | None:
    """``SITE_CLOCK.search(line)``, asked only of a line that holds one of ``CLOCK_WORDS`` (spelt out:
    three substring tests of a short line cost a tenth of the search, and most lines hold none)."""
    return SITE_CLOCK.search(line) if "周" in line or "星期" in line or "今天是" in line else None


def day_first_date(line: str) -> str | None:
    """YYYY-MM-DD when ``line`` is a date written day first and its time (18.03.2015  13:07), else None. The
    repair stage drops such a header line as chrome and classify reads it as the publication date."""
    found = _DAY_FIRST_DATE_TIME_LINE.match(line) if "." in line else None
    if found is None:
        return None
    day, month, year = (int(g) for g in found.groups())
    return f"{year:04d}-{month:02d}-{day:02d}"


def iso(match: re.Match[str]) -> str:
    """The date a ``DATE_RE``-shaped match (year, month, day groups first) names, as YYYY-MM-DD."""
    year, month, day = (int(g) for g in match.groups()[:3])
    return f"{year:04d}-{month:02d}-{day:02d}"
