"""What may happen in oversight. Pure checks; actions call them.

The rectification period a finding gets by default is left open by the law
and set locally; ``FAZHI_RECTIFICATION_WORKING_DAYS`` (a Django setting, a
dict by severity) overrides the common default below.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils.translation import gettext as _

from fazhi.core import dates
from fazhi.core.actions import ActionRefused
from fazhi.core.deadlines import Basis, deadline, local_today

# Graver findings get less time: a major problem is expected to be put right first.
DEFAULT_RECTIFICATION_WORKING_DAYS = {"general": 30, "serious": 20, "major": 10}
TEXT_LIMIT = 2000


def rectification_working_days(severity: str) -> int:
    table = {
        **DEFAULT_RECTIFICATION_WORKING_DAYS,
        **getattr(settings, "FAZHI_RECTIFICATION_WORKING_DAYS", {}),
    }
    return table[severity]


def default_rectification_deadline(found_on: dt.date, severity: str) -> dt.date:
    """``found_on`` plus the severity's working days (the official holiday calendar)."""
    return deadline(found_on, rectification_working_days(severity), Basis.WORKING_DAYS).due


def check_text(value: str, field: str, *, limit: int = TEXT_LIMIT) -> str:
    value = (value or "").strip()
    if not value:
        raise ActionRefused(_("This field is required."), field=field)
    if len(value) > limit:
        raise ActionRefused(_("At most %(n)d characters.") % {"n": limit}, field=field)
    return value


def check_inspection_plan(
    *, title: str, topics: str, units, starts_on: dt.date, ends_on: dt.date, allowed_unit_ids: set[int]
) -> None:
    check_text(title, "title", limit=200)
    check_text(topics, "topics")
    dates.check_date(starts_on, field="starts_on", label=_("The start date"))
    dates.check_date(ends_on, field="ends_on", label=_("The end date"))
    if ends_on < starts_on:
        raise ActionRefused(_("The inspection cannot end before it starts."), field="ends_on")
    if not units:
        raise ActionRefused(_("Choose at least one unit to inspect."), field="units")
    if any(unit.pk not in allowed_unit_ids for unit in units):
        raise ActionRefused(_("You may inspect only units of your own region."), field="units")


def check_unit_inspected(inspection, unit, field: str = "organisation") -> None:
    if not inspection.units.filter(pk=unit.pk).exists():
        raise ActionRefused(
            _("%(unit)s is not among the units of this inspection.") % {"unit": unit.name}, field=field
        )


def check_inspection_open(inspection) -> None:
    if inspection.status == "concluded":
        raise ActionRefused(_("The inspection is concluded; nothing more can be recorded in it."))


def check_not_future(day: dt.date, field: str, today: dt.date | None = None) -> None:
    dates.check_date(day, field=field, label=_("The date"))
    if day > (today or local_today()):
        raise ActionRefused(_("This date lies in the future."), field=field)


def check_finding_date(inspection, found_on: dt.date) -> None:
    """A finding of an inspection is made once the inspection has begun (issue 11)."""
    dates.check_order(
        inspection.starts_on,
        found_on,
        field="found_on",
        message=_("A finding of this inspection cannot be dated before the inspection starts (%(start)s).")
        % {"start": inspection.starts_on.isoformat()},
    )


def check_rectification_deadline(found_on: dt.date, due: dt.date) -> None:
    dates.check_date(due, field="rectification_deadline", label=_("The rectification deadline"))
    if due <= found_on:
        raise ActionRefused(
            _("The rectification deadline must come after the day the problem was found."),
            field="rectification_deadline",
        )


def check_reopen(new_deadline: dt.date, today: dt.date | None = None) -> None:
    dates.check_date(new_deadline, field="rectification_deadline", label=_("The rectification deadline"))
    if new_deadline <= (today or local_today()):
        raise ActionRefused(
            _("A reopened problem needs a new deadline after today."), field="rectification_deadline"
        )
