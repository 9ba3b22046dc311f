"""Calendar days and working days with China's official holidays.

Holidays and adjusted workdays (调休) come from the maintained
``chinesecalendar`` package, which the State Council's yearly notice updates.
For a year the package does not know yet, the weekend rule applies and
``is_official(d)`` says so, so that a deadline shown to a user can carry a
warning instead of silently being wrong.

Counting is arithmetic, not a walk over the days: the working days up to a
date are the weekdays up to it (whole weeks times five plus the remainder)
corrected by a running sum over the package's exceptions (a holiday on a
weekday takes one away, an adjusted workday on a weekend adds one), found by
bisection. So a count costs O(log exceptions) whatever the span, and adding
working days is a bisection over that count. Results are the same as walking
day by day with ``chinese_calendar.is_workday`` (tests compare the two).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right

import chinese_calendar
from chinese_calendar import constants as _schedule

_HOLIDAYS = frozenset(_schedule.holidays)
_ADJUSTED_WORKDAYS = frozenset(_schedule.workdays)

# The package raises for a date outside the years it covers; so do we (as "not official").
FIRST_OFFICIAL_YEAR = min(_HOLIDAYS).year
LAST_OFFICIAL_YEAR = max(_HOLIDAYS).year
FIRST_OFFICIAL_DAY = dt.date(FIRST_OFFICIAL_YEAR, 1, 1)
LAST_OFFICIAL_DAY = dt.date(LAST_OFFICIAL_YEAR, 12, 31)


def _weekday_rule(day: dt.date) -> bool:
    return day.weekday() < 5


def _build_corrections() -> tuple[list[int], list[int]]:
    """Sorted ordinals of the days the schedule changes, and the running sum of the change."""
    ordinals: list[int] = []
    running: list[int] = []
    total = 0
    for day in sorted(_HOLIDAYS | _ADJUSTED_WORKDAYS):
        works = day in _ADJUSTED_WORKDAYS or (_weekday_rule(day) and day not in _HOLIDAYS)
        change = int(works) - int(_weekday_rule(day))
        if change:
            total += change
            ordinals.append(day.toordinal())
            running.append(total)
    return ordinals, running


_CORRECTION_ORDINALS, _CORRECTION_RUNNING = _build_corrections()
_FIRST_ORDINAL = dt.date.min.toordinal()
_LAST_ORDINAL = dt.date.max.toordinal()


def is_official(day: dt.date) -> bool:
    """Whether the official holiday schedule covers ``day``."""
    return FIRST_OFFICIAL_YEAR <= day.year <= LAST_OFFICIAL_YEAR


def is_official_span(first: dt.date, last: dt.date) -> bool:
    """Whether the official schedule covers every day from ``first`` to ``last`` (either order)."""
    return is_official(min(first, last)) and is_official(max(first, last))


def is_working_day(day: dt.date) -> bool:
    if day in _ADJUSTED_WORKDAYS:
        return True
    return _weekday_rule(day) and day not in _HOLIDAYS


def _working_days_through(ordinal: int) -> int:
    """Working days from 0001-01-01 (a Monday, ordinal 1) up to and including ``ordinal``."""
    weeks, rest = divmod(ordinal, 7)
    weekdays = 5 * weeks + min(rest, 5)
    position = bisect_right(_CORRECTION_ORDINALS, ordinal)
    return weekdays + (_CORRECTION_RUNNING[position - 1] if position else 0)


def _first_ordinal_reaching(count: int, near: int) -> int:
    """The smallest ordinal whose running working-day count is at least ``count``, searched near ``near``."""
    # Widen a window around ``near`` until it holds the answer, then bisect it.
    reach = 16
    while True:
        low, high = max(_FIRST_ORDINAL, near - reach), min(_LAST_ORDINAL, near + reach)
        low_ok = low == _FIRST_ORDINAL or _working_days_through(low) < count
        if _working_days_through(high) >= count and low_ok:
            break
        if low == _FIRST_ORDINAL and high == _LAST_ORDINAL:
            raise OverflowError("date value out of range")
        reach *= 4
    while low < high:
        middle = (low + high) // 2
        if _working_days_through(middle) >= count:
            high = middle
        else:
            low = middle + 1
    return low


def add_calendar_days(start: dt.date, days: int) -> dt.date:
    return start + dt.timedelta(days=days)


def add_working_days(start: dt.date, days: int) -> dt.date:
    """The date ``days`` working days after ``start`` (``start`` itself not counted).

    ``days`` may be negative to count backwards. Zero returns ``start``.
    """
    if days == 0:
        return start
    ordinal = start.toordinal()
    if days > 0:
        target = _working_days_through(ordinal) + days
    else:
        # The |days|-th working day before start: counted back from the day before.
        target = _working_days_through(ordinal - 1) + days + 1
        if target < 1:
            raise OverflowError("date value out of range")
    # About seven calendar days for five working days.
    return dt.date.fromordinal(_first_ordinal_reaching(target, ordinal + days * 7 // 5))


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after ``start`` up to and including ``end`` (negative if end < start)."""
    if end < start:
        return -working_days_between(end, start)
    return _working_days_through(end.toordinal()) - _working_days_through(start.toordinal())


def holiday_name(day: dt.date) -> str | None:
    if not is_official(day):
        return None
    on_holiday, name = chinese_calendar.get_holiday_detail(day)
    return name if on_holiday and name else None
