"""Reminders of key-task deadlines: before they fall due and once overdue.

Run daily by ``fazhi manage reminders`` (``fazhi.core.reminders``); each kind goes out once per
task and deadline (``TaskReminderSent``) to the lead unit's filers and leaders.
"""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from fazhi.core.reminders import ReminderKind, remind_once, reminder_kind
from fazhi.org.models import unit_people
from fazhi.plans.models import KeyTask, PlanEvent, TaskReminderSent, TaskStatus


def _text(kind: ReminderKind) -> str:
    if kind == ReminderKind.DUE_SOON:
        return _("Key task due on %(due)s: %(task)s")
    return _("Key task overdue since %(due)s: %(task)s")


def send_reminders(today: dt.date) -> int:
    sent = 0
    for task in (
        KeyTask.objects.exclude(status=TaskStatus.DONE)
        .exclude(percent_done=100)
        .select_related("plan", "lead_unit")
    ):
        kind = reminder_kind(task.deadline_status(today))
        if kind is None:
            continue
        text = _text(kind) % {"due": task.deadline, "task": str(task)}
        sent += remind_once(
            TaskReminderSent(task=task, kind=kind, due=task.deadline),
            PlanEvent,
            {"plan": task.plan, "task": task, "organisation": task.lead_unit},
            recipients=unit_people(task.lead_unit),
            text=text,
            url=task.get_absolute_url(),
        )
    return sent
