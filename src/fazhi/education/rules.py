"""What may be recorded about study and legal education. Pure checks; actions call them.

The year's minimum of collective study sessions (会前学法 and 中心组学法 together) is
``EDUCATION_MIN_STUDY_SESSIONS`` (default 4, the older local rule of ≥4 a year [P69]); a body
below it is shown on the work list and reminded from ``EDUCATION_STUDY_CHECK_FROM`` (1 October,
the start of Q4, as month and day) on. See docs/education.md.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils.translation import gettext as _

from fazhi.core import dates
from fazhi.core.actions import ActionRefused

DEFAULTS = {"EDUCATION_MIN_STUDY_SESSIONS": 4, "EDUCATION_STUDY_CHECK_FROM": (10, 1)}


def setting(name: str):
    return getattr(settings, name, DEFAULTS[name])


def study_minimum() -> int:
    return setting("EDUCATION_MIN_STUDY_SESSIONS")


def meets_study_minimum(sessions: int) -> bool:
    return sessions >= study_minimum()


def study_check_starts(year: int) -> dt.date:
    """From this day of ``year`` a body below the minimum is flagged: too late to catch up unnoticed."""
    month, day = setting("EDUCATION_STUDY_CHECK_FROM")
    return dt.date(year, month, day)


def is_study_check_due(today: dt.date) -> bool:
    return today >= study_check_starts(today.year)


def check_text(value: str, field: str, message) -> str:
    value = (value or "").strip()
    if not value:
        raise ActionRefused(message, field=field)
    return value


def check_held(held_on: dt.date, field: str = "held_on", today: dt.date | None = None) -> None:
    """Something that took place is recorded afterwards: a date in range and not in the future."""
    dates.check_date(held_on, field=field, label=_("The date"))
    dates.check_not_future(held_on, field=field, label=_("The date"), today=today)


def check_year(year: int, field: str = "year") -> None:
    if not dates.EARLIEST.year <= year <= dates.latest().year:
        raise ActionRefused(dates.out_of_range_message(_("The year")), field=field)


def check_exam_results(takers: int, passed: int) -> None:
    if takers < 1:
        raise ActionRefused(_("At least one person sat the exam."), field="takers")
    if passed > takers:
        raise ActionRefused(_("More passed than sat the exam."), field="passed")


def swearer_names(swearers: str) -> list[str]:
    names = [line.strip() for line in (swearers or "").splitlines() if line.strip()]
    if not names:
        raise ActionRefused(_("Name who swore the oath, one per line."), field="swearers")
    return names


def check_term(starts_on: dt.date, ends_on: dt.date) -> None:
    dates.check_date(starts_on, field="starts_on", label=_("The start of the term"))
    dates.check_date(ends_on, field="ends_on", label=_("The end of the term"))
    if ends_on < starts_on:
        raise ActionRefused(_("The term ends before it starts."), field="ends_on")


def check_review(rating: str, result: str) -> None:
    if not rating:
        raise ActionRefused(_("Choose a rating."), field="rating")
    check_text(result, "review_result", _("Write the review result."))
