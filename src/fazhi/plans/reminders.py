"""Reminders of key-task deadlines: before they fall due and once overdue (in-app; mail when configured).

Run daily with ``fazhi manage plans_reminders``; each kind goes out once per task and deadline.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from fazhi.core import notices
from fazhi.core.actions import after_commit, record_event
from fazhi.core.deadlines import DeadlineStatus, local_today
from fazhi.plans.actions import unit_people
from fazhi.plans.models import KeyTask, PlanEvent, TaskReminderSent, TaskStatus


def mail_configured() -> bool:
    """Django's default is SMTP on localhost: treat that as "not configured"."""
    if settings.EMAIL_BACKEND != "django.core.mail.backends.smtp.EmailBackend":
        return True
    return settings.EMAIL_HOST not in ("", "localhost", "127.0.0.1")


def _mail(recipients, subject: str, text: str) -> None:
    addresses = [user.email for user in recipients if user.email]
    if addresses and mail_configured():
        send_mail(subject, text, None, addresses, fail_silently=True)


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
                record_event(PlanEvent, actor=None, verb="remind", plan=task.plan, task=task,
                             organisation=task.lead_unit, data={"kind": kind})
                people = unit_people(task.lead_unit)
                after_commit(notices.send, people, text, task.get_absolute_url())
                after_commit(_mail, people, str(_("Key task reminder")), text)
        except IntegrityError:
            continue
        sent += 1
    return sent
