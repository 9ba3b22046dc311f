"""The daily run of reconsideration: remind the office of decisions due within three working
days and of decisions overdue, once per case, kind and due day (a suspension or an extension
moves the due day, and the new day gets its own reminders)."""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from fazhi.core.reminders import ReminderKind, remind_once
from fazhi.core.scoping import Role
from fazhi.disputes.models import CaseEvent, CaseReminderSent, CaseStatus, ReconsiderationCase
from fazhi.disputes.todo import due_soon_horizon
from fazhi.org.models import User


def _office_people(office):
    return User.objects.filter(
        is_active=True,
        memberships__organisation=office,
        memberships__role=Role.OFFICE_REVIEWER,
        memberships__is_active=True,
    ).distinct()


def send_reminders(today: dt.date) -> int:
    sent = 0
    due = ReconsiderationCase.objects.filter(
        status=CaseStatus.ACCEPTED, decision_due_on__lte=due_soon_horizon(today)
    ).select_related("office")
    for case in due:
        kind = ReminderKind.OVERDUE if case.decision_due_on < today else ReminderKind.DUE_SOON
        text = _("Reconsideration case %(case)s: the decision is due on %(date)s.") % {
            "case": case,
            "date": case.decision_due_on.isoformat(),
        }
        sent += remind_once(
            CaseReminderSent(case=case, kind=kind, due=case.decision_due_on),
            CaseEvent,
            {"case": case},
            recipients=_office_people(case.office),
            text=text,
            url=case.get_absolute_url(),
            data={"due": case.decision_due_on.isoformat()},
        )
    return sent
