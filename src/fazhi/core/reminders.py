"""Reminders of deadlines: what is due, to whom, and a record that each went out once.

An app that chases deadlines has ``fazhi/<app>/reminders.py`` with
``send_reminders(today) -> int`` (how many went out). ``fazhi manage
reminders`` runs every installed app's, in INSTALLED_APPS order, and is meant
to run once a day (a systemd timer or cron, docs/architecture.md). For each
record due, the app calls ``remind_once``::

    kind = reminder_kind(problem.deadline_status(today))   # due soon, overdue, or None
    if kind and remind_once(
        ReminderSent(problem=problem, kind=kind, due=problem.rectification_deadline),
        OversightEvent, {"problem": problem, "organisation": problem.organisation},
        recipients=unit_people(problem.organisation), text=text, url=problem.get_absolute_url(),
    ):
        sent += 1

The sent-record (a ``core.models.SentReminder`` subclass, unique on record,
kind and due date) is what makes the job safe to run again: a reminder of one
kind for one deadline goes out once; a changed deadline gets its own.
"""

from __future__ import annotations

from django.db import IntegrityError, transaction

from fazhi.core import notices
from fazhi.core.actions import after_commit, record_event
from fazhi.core.deadlines import DeadlineStatus
from fazhi.core.models import ReminderKind, SentReminder


def reminder_kind(status: DeadlineStatus) -> ReminderKind | None:
    """The reminder a deadline in ``status`` calls for, if any."""
    return {DeadlineStatus.DUE_SOON: ReminderKind.DUE_SOON, DeadlineStatus.OVERDUE: ReminderKind.OVERDUE}.get(
        status
    )


def remind_once(
    sent: SentReminder,
    event_model,
    subject: dict,
    *,
    recipients,
    text: str,
    url: str,
    verb: str = "remind",
    data: dict | None = None,
) -> bool:
    """Send one reminder to ``recipients`` (a unit's filers and leaders) unless ``sent`` exists already.

    ``sent`` is the unsaved sent-record; ``subject`` the event row's foreign
    keys. In one transaction: the sent-record, the event row; after commit an
    in-app notice to each and mail to those with an address (when mail is
    configured). False, and nothing written, when it went out before.
    """
    try:
        with transaction.atomic():
            sent.save()
            record_event(
                event_model, actor=None, verb=verb, data={"kind": sent.kind, **(data or {})}, **subject
            )
            after_commit(notices.send, recipients, text, url, email=True)
    except IntegrityError:
        return False  # already reminded of this deadline
    return True
