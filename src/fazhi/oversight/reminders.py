"""Reminders before rectification deadlines and once they pass.

``send_reminders`` is run daily (``fazhi manage oversight_reminders``, e.g.
from cron). Through ``core.notices.send`` it writes an in-app notice to the
responsible unit's people and, when ``FAZHI_EMAIL_HOST`` is set, e-mails those
with an address. A reminder of one kind for one deadline goes out once,
however often the job runs; a reopened problem's new deadline gets its own
reminders.
"""

from __future__ import annotations

import datetime as dt

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from fazhi.core import notices
from fazhi.core.actions import after_commit, record_event
from fazhi.core.deadlines import DeadlineStatus, local_today
from fazhi.org.models import unit_people
from fazhi.oversight.models import OversightEvent, Problem, ProblemStatus, ReminderKind, ReminderSent


def send_reminders(today: dt.date | None = None) -> int:
    """Remind every unit of problems due soon or overdue; return the reminders sent."""
    today = today or local_today()
    sent = 0
    open_problems = Problem.objects.exclude(status=ProblemStatus.CLOSED).select_related("organisation")
    for problem in open_problems:
        status = problem.deadline_status(today)
        if status == DeadlineStatus.DUE_SOON:
            kind = ReminderKind.DUE_SOON
            text = _("Rectification due on %(due)s (%(unit)s): %(problem)s")
        elif status == DeadlineStatus.OVERDUE:
            kind = ReminderKind.OVERDUE
            text = _("Rectification overdue since %(due)s (%(unit)s): %(problem)s")
        else:
            continue
        text = text % {
            "due": problem.rectification_deadline,
            "unit": problem.organisation.name,
            "problem": str(problem),
        }
        try:
            with transaction.atomic():
                ReminderSent.objects.create(problem=problem, kind=kind, due=problem.rectification_deadline)
                record_event(
                    OversightEvent,
                    actor=None,
                    verb="remind",
                    problem=problem,
                    organisation=problem.organisation,
                    data={"kind": kind},
                )
                people = unit_people(problem.organisation)
                after_commit(notices.send, people, text, problem.get_absolute_url(), email=True)
        except IntegrityError:
            continue  # already reminded of this deadline
        sent += 1
    return sent
