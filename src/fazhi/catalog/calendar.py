"""Calendar days and working days with China's official holidays.

Holidays and adjusted workdays (调休) come from the maintained
``chinesecalendar`` package, which the State Council's yearly notice updates.
For a year the package does not know yet, the weekend rule applies and
``is_official(d)`` says so, so that a deadline shown to a user can carry a
warning instead of silently being wrong.
"""

from __future__ import annotations

import datetime as dt

import chinese_calendar


def is_official(day: dt.date) -> bool:
    """Whether the official holiday schedule covers ``day``."""
    try:
        chinese_calendar.is_workday(day)
    except NotImplementedError:
        return False
    return True


def is_working_day(day: dt.date) -> bool:
    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        return day.weekday() < 5


def add_calendar_days(start: dt.date, days: int) -> dt.date:
    return start + dt.timedelta(days=days)


def add_working_days(start: dt.date, days: int) -> dt.date:
    """The date ``days`` working days after ``start`` (``start`` itself not counted).

    ``days`` may be negative to count backwards. Zero returns ``start``.
    """
    step = 1 if days >= 0 else -1
    remaining = abs(days)
    day = start
    while remaining:
        day += dt.timedelta(days=step)
        if is_working_day(day):
            remaining -= 1
    return day


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after ``start`` up to and including ``end`` (negative if end < start)."""
    if end < start:
        return -working_days_between(end, start)
    count = 0
    day = start
    while day < end:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            count += 1
    return count


def holiday_name(day: dt.date) -> str | None:
    try:
        on_holiday, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:
        return None
    return name if on_holiday and name else None
