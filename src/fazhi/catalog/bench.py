"""``python -m fazhi.catalog.bench [--long]``: working-day arithmetic, walked day by day versus counted.

The walk (each day a ``chinese_calendar.is_workday`` call) is what the
calendar did before it counted arithmetically; both are timed on the same
calls: a year-long problem deadline and a 30-year span; ``--long`` adds the
9999-12-31 deadline of issue 18 (its walk takes over a minute).
"""

from __future__ import annotations

import datetime as dt
import sys
import time

import chinese_calendar

from . import calendar


def _walked_between(start: dt.date, end: dt.date) -> int:
    count = 0
    day = start
    while day < end:
        day += dt.timedelta(days=1)
        try:
            works = chinese_calendar.is_workday(day)
        except NotImplementedError:
            works = day.weekday() < 5
        count += works
    return count


CASES = [
    ("one year", dt.date(2025, 3, 1), dt.date(2026, 3, 1)),
    ("thirty years", dt.date(2000, 1, 1), dt.date(2030, 1, 1)),
]
LONG_CASE = ("found 2025, due 9999-12-31", dt.date(2025, 3, 1), dt.date(9999, 12, 31))


def _seconds(function, *arguments, repeat: int) -> float:
    started = time.perf_counter()
    for _ in range(repeat):
        function(*arguments)
    return (time.perf_counter() - started) / repeat


def main() -> None:
    cases = CASES + ([LONG_CASE] if "--long" in sys.argv[1:] else [])
    for label, start, end in cases:
        started = time.perf_counter()
        walked_count = _walked_between(start, end)
        walked = time.perf_counter() - started
        counted = _seconds(calendar.working_days_between, start, end, repeat=10_000)
        assert walked_count == calendar.working_days_between(start, end)
        print(f"{label:28} walked {walked * 1e3:10.1f} ms   counted {counted * 1e6:6.2f} µs")
    per_call = _seconds(calendar.add_working_days, dt.date(2026, 2, 27), 15, repeat=10_000)
    print(f"{'add 15 working days':28} counted {per_call * 1e6:6.2f} µs")


if __name__ == "__main__":
    main()
