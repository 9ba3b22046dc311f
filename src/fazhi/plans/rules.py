"""What may happen in the year plan. Pure checks; actions call them."""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from fazhi.catalog import calendar
from fazhi.catalog import indicators as catalog_indicators
from fazhi.core.actions import ActionRefused
from fazhi.core.deadlines import local_today


def check_text(value: str, field: str, limit: int) -> str:
    value = (value or "").strip()
    if not value:
        raise ActionRefused(_("This field is required."), field=field)
    if len(value) > limit:
        raise ActionRefused(_("At most %(n)d characters.") % {"n": limit}, field=field)
    return value


def check_year(year: int) -> None:
    if not 2000 <= year <= 2100:
        raise ActionRefused(_("Write a year such as 2026."), field="year")


def check_codes(area: str, codes: list[str]) -> None:
    if area and area not in catalog_indicators.areas():
        raise ActionRefused(_("Unknown area code %(code)s.") % {"code": area}, field="area")
    known = set(catalog_indicators.codes())
    unknown = [code for code in codes if code not in known]
    if unknown:
        raise ActionRefused(
            _("Unknown indicator code %(code)s.") % {"code": "、".join(unknown)}, field="indicator_codes"
        )


def check_task_units(lead_unit, co_units, allowed_ids: set[int]) -> None:
    if lead_unit.pk not in allowed_ids or any(unit.pk not in allowed_ids for unit in co_units):
        raise ActionRefused(_("Tasks go only to units of your own region."), field="lead_unit")
    if any(unit.pk == lead_unit.pk for unit in co_units):
        raise ActionRefused(_("The lead unit is not also a co-responsible unit."), field="co_units")


def check_deadline_in_plan_year(deadline: dt.date, year: int) -> None:
    # A year plan's tasks may run into the first months of the next year
    # (year-end work is often due in January), but not beyond it.
    if not dt.date(year, 1, 1) <= deadline <= dt.date(year + 1, 12, 31):
        raise ActionRefused(
            _("The deadline must fall within the plan's year or the year after."), field="deadline"
        )


def check_progress(task, organisation, percent_done: int, reported_on: dt.date) -> None:
    if organisation.pk != task.lead_unit_id and not task.co_units.filter(pk=organisation.pk).exists():
        raise ActionRefused(
            _("Only the lead and co-responsible units report on this task."), field="organisation"
        )
    if not 0 <= percent_done <= 100:
        raise ActionRefused(_("Write a percentage from 0 to 100."), field="percent_done")
    if reported_on > local_today():
        raise ActionRefused(_("This date lies in the future."), field="reported_on")
    if organisation.pk == task.lead_unit_id and percent_done < task.percent_done:
        raise ActionRefused(
            _("Progress does not go back: the task already stands at %(n)d%%.") % {"n": task.percent_done},
            field="percent_done",
        )


# A task is due soon within this many working days (Deadline.status's warning window).
DUE_SOON_WORKING_DAYS = 3


def due_horizon(today: dt.date) -> dt.date:
    """Tasks not done with a deadline before this day are due soon or overdue."""
    return calendar.add_working_days(today, DUE_SOON_WORKING_DAYS + 1)
