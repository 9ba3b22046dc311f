"""Reminders to publish inspection results (一公开) before the deadline: one per draw and due date."""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from fazhi.catalog import calendar
from fazhi.core.models import ReminderKind
from fazhi.core.reminders import remind_once
from fazhi.inspections import queries
from fazhi.inspections.models import Draw, DrawReminder, InspectionEvent, Task
from fazhi.org.models import unit_people

WARN_WORKING_DAYS = 3


def send_reminders(today: dt.date) -> int:
    sent = 0
    groups = queries.publication_groups(Task.objects.all())
    draws = Draw.objects.select_related("plan", "plan__organisation").in_bulk(
        {draw_id for draw_id, _due, _count in groups}
    )
    for draw_id, due, count in groups:
        if due < today:
            kind = ReminderKind.OVERDUE
        elif calendar.working_days_between(today, due) <= WARN_WORKING_DAYS:
            kind = ReminderKind.DUE_SOON
        else:
            continue
        draw = draws[draw_id]
        text = _("%(plan)s: %(n)d inspection results to publish by %(date)s.") % {
            "plan": draw.plan.title,
            "n": count,
            "date": due.isoformat(),
        }
        sent += remind_once(
            DrawReminder(draw=draw, kind=kind, due=due),
            InspectionEvent,
            {"plan": draw.plan},
            recipients=unit_people(draw.plan.organisation),
            text=text,
            url=draw.get_absolute_url(),
            data={"due": due.isoformat(), "draw": draw.pk},
        )
    return sent
