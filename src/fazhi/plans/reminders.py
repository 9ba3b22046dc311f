"""Reminders of key-task deadlines: before they fall due and once overdue.

Run daily with ``fazhi manage plans_reminders``; each kind goes out once per task and deadline
(``TaskReminderSent``), however often the job runs. Delivery is ``core.notices.send``: an in-app
notice always, mail to those with an address when ``FAZHI_EMAIL_HOST`` is set.
"""

from __future__ import annotations

import datetime as dt

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from fazhi.core import notices
from fazhi.core.actions import after_commit, record_event
from fazhi.core.deadlines import DeadlineStatus, local_today
from fazhi.org.models import unit_people
from fazhi.plans.models import KeyTask, PlanEvent, TaskReminderSent, TaskStatus


def send_reminders(today: dt.date | None = None) -> int:
    today = today or local_today()
    sent = 0
    for task in KeyTask.objects.exclude(status=TaskStatus.DONE).select_related("plan", "lead_unit"):
        status = task.deadline_status(today)
        if status == DeadlineStatus.DUE_SOON:
            kind, text = "due_soon", _("Key task due on %(due)s: %(task)s")
        elif status == DeadlineStatus.OVERDUE:
            kind, text = "overdue", _("Key task overdue since %(due)s: %(task)s")
        else:
            continue
        text = text % {"due": task.deadline, "task": str(task)}
        try:
            with transaction.atomic():
                TaskReminderSent.objects.create(task=task, kind=kind, due=task.deadline)
                record_event(
                    PlanEvent,
                    actor=None,
                    verb="remind",
                    plan=task.plan,
                    task=task,
                    organisation=task.lead_unit,
                    data={"kind": kind},
                )
                people = unit_people(task.lead_unit)
                after_commit(notices.send, people, text, task.get_absolute_url(), email=True)
        except IntegrityError:
            continue
        sent += 1
    return sent
