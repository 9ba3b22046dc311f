"""Reminders before rectification deadlines and once they pass.

Run daily by ``fazhi manage reminders`` (``fazhi.core.reminders``): the responsible
unit's filers and leaders get an in-app notice and, when mail is configured, an e-mail.
A reminder of one kind for one deadline goes out once, however often the job runs; a
reopened problem's new deadline gets its own reminders.
"""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from fazhi.core.reminders import ReminderKind, remind_once, reminder_kind
from fazhi.org.models import unit_people
from fazhi.oversight.models import OversightEvent, Problem, ProblemStatus, ReminderSent


def _text(kind: ReminderKind) -> str:
    if kind == ReminderKind.DUE_SOON:
        return _("Rectification due on %(due)s (%(unit)s): %(problem)s")
    return _("Rectification overdue since %(due)s (%(unit)s): %(problem)s")


def send_reminders(today: dt.date) -> int:
    """Remind every unit of problems due soon or overdue; return the reminders sent."""
    sent = 0
    open_problems = Problem.objects.exclude(status=ProblemStatus.CLOSED).select_related("organisation")
    for problem in open_problems:
        kind = reminder_kind(problem.deadline_status(today))
        if kind is None:
            continue
        due = problem.rectification_deadline
        text = _text(kind) % {"due": due, "unit": problem.organisation.name, "problem": str(problem)}
        sent += remind_once(
            ReminderSent(problem=problem, kind=kind, due=due),
            OversightEvent,
            {"problem": problem, "organisation": problem.organisation},
            recipients=unit_people(problem.organisation),
            text=text,
            url=problem.get_absolute_url(),
        )
    return sent
