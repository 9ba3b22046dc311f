"""Statutory deadlines on top of ``fazhi.catalog.calendar``.

Laws count either calendar days (自然日) or working days (工作日); the
official holiday schedule (with adjusted workdays, 调休) decides the latter.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from fazhi.catalog import calendar


class Basis(StrEnum):
    CALENDAR_DAYS = "calendar"
    WORKING_DAYS = "working"


class DeadlineStatus(StrEnum):
    OPEN = "open"  # not done, not near
    DUE_SOON = "due_soon"  # not done, within the warning window
    OVERDUE = "overdue"  # not done, past the due date
    ON_TIME = "on_time"  # done on or before the due date
    LATE = "late"  # done after the due date


STATUS_LABELS = {
    DeadlineStatus.OPEN: _("open"),
    DeadlineStatus.DUE_SOON: _("due soon"),
    DeadlineStatus.OVERDUE: _("overdue"),
    DeadlineStatus.ON_TIME: _("on time"),
    DeadlineStatus.LATE: _("late"),
}


@dataclass(frozen=True)
class Deadline:
    start: dt.date
    days: int
    basis: Basis
    due: dt.date
    # False when the holiday schedule of a year is not published yet and the
    # weekend rule stood in: show the date with a warning.
    official: bool

    def status(
        self, *, done_on: dt.date | None = None, today: dt.date | None = None, warn_working_days: int = 3
    ) -> DeadlineStatus:
        if done_on is not None:
            return DeadlineStatus.ON_TIME if done_on <= self.due else DeadlineStatus.LATE
        today = today or local_today()
        if today > self.due:
            return DeadlineStatus.OVERDUE
        if calendar.working_days_between(today, self.due) <= warn_working_days:
            return DeadlineStatus.DUE_SOON
        return DeadlineStatus.OPEN

    def working_days_left(self, today: dt.date | None = None) -> int:
        """Negative once overdue."""
        return calendar.working_days_between(today or local_today(), self.due)


def local_today() -> dt.date:
    """Today in Asia/Shanghai (the settings' zone), whatever the server's clock zone."""
    return timezone.localdate()


def deadline(
    start: dt.date, days: int, basis: Basis = Basis.CALENDAR_DAYS, *, extend_past_holiday: bool = True
) -> Deadline:
    """The date ``days`` after ``start`` (the start day not counted).

    Procedural law (the Civil Procedure Law's rule on periods, which the
    Administrative Litigation Law applies) moves a calendar-day period that
    ends on a rest day to the next working day; ``extend_past_holiday=False``
    is for periods without that rule.
    """
    if basis is Basis.WORKING_DAYS:
        due = calendar.add_working_days(start, days)
    else:
        due = calendar.add_calendar_days(start, days)
        while extend_past_holiday and not calendar.is_working_day(due):
            due += dt.timedelta(days=1)
    return Deadline(start, days, Basis(basis), due, calendar.is_official_span(start, due))
