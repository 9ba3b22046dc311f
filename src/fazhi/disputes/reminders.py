"""The daily run of disputes: remind, once per record, kind and due day,

- the office of reconsideration decisions due within three working days and of those overdue
  (a suspension or an extension moves the due day, and the new day gets its own reminders);
- the addressee of an opinion letter (意见书) of its correction report, due 60 calendar days after
  the letter (2023 law Art. 76);
- the addressee of a judicial or procuratorial suggestion of its reply, due on the day the letter
  sets or two months (60 calendar days) after receipt.

"Due soon" is three working days before the due day for all of them (todo.due_soon_horizon).
"""

from __future__ import annotations

import datetime as dt

from django.urls import reverse
from django.utils.translation import gettext as _

from fazhi.core.reminders import ReminderKind, remind_once
from fazhi.core.scoping import Role
from fazhi.disputes.models import (
    CaseEvent,
    CaseReminderSent,
    CaseStatus,
    CourtSuggestion,
    CourtSuggestionEvent,
    OpinionLetter,
    OpinionLetterEvent,
    OpinionLetterReminderSent,
    ReconsiderationCase,
    SuggestionReminderSent,
)
from fazhi.disputes.todo import due_soon_horizon
from fazhi.org.models import User, unit_people


def _office_people(office):
    return User.objects.filter(
        is_active=True,
        memberships__organisation=office,
        memberships__role=Role.OFFICE_REVIEWER,
        memberships__is_active=True,
    ).distinct()


def _kind(due: dt.date, today: dt.date) -> str:
    return ReminderKind.OVERDUE if due < today else ReminderKind.DUE_SOON


def _decisions(today: dt.date) -> int:
    sent = 0
    due = ReconsiderationCase.objects.filter(
        status=CaseStatus.ACCEPTED, decision_due_on__lte=due_soon_horizon(today)
    ).select_related("office")
    for case in due:
        text = _("Reconsideration case %(case)s: the decision is due on %(date)s.") % {
            "case": case,
            "date": case.decision_due_on.isoformat(),
        }
        sent += remind_once(
            CaseReminderSent(case=case, kind=_kind(case.decision_due_on, today), due=case.decision_due_on),
            CaseEvent,
            {"case": case},
            recipients=_office_people(case.office),
            text=text,
            url=case.get_absolute_url(),
            data={"due": case.decision_due_on.isoformat()},
        )
    return sent


def _opinion_letters(today: dt.date) -> int:
    sent = 0
    letters = OpinionLetter.objects.filter(
        reported_on__isnull=True, report_due_on__lte=due_soon_horizon(today)
    ).select_related("addressee")
    for letter in letters:
        due = letter.report_due_on
        text = _("Opinion letter of %(day)s: the correction report is due on %(date)s.") % {
            "day": letter.issued_on.isoformat(),
            "date": due.isoformat(),
        }
        sent += remind_once(
            OpinionLetterReminderSent(opinion_letter=letter, kind=_kind(due, today), due=due),
            OpinionLetterEvent,
            {"opinion_letter": letter},
            recipients=unit_people(letter.addressee),
            text=text,
            url=reverse("disputes:opinion_letters"),
            data={"due": due.isoformat()},
        )
    return sent


def _suggestions(today: dt.date) -> int:
    sent = 0
    suggestions = CourtSuggestion.objects.filter(
        replied_on__isnull=True, reply_due_on__lte=due_soon_horizon(today)
    ).select_related("addressee")
    for suggestion in suggestions:
        due = suggestion.reply_due_on
        text = _("%(kind)s from %(issuer)s: the reply is due on %(date)s.") % {
            "kind": suggestion.get_kind_display(),
            "issuer": suggestion.issuer,
            "date": due.isoformat(),
        }
        sent += remind_once(
            SuggestionReminderSent(court_suggestion=suggestion, kind=_kind(due, today), due=due),
            CourtSuggestionEvent,
            {"court_suggestion": suggestion},
            recipients=unit_people(suggestion.addressee),
            text=text,
            url=reverse("disputes:suggestion_reply", args=[suggestion.pk]),
            data={"due": due.isoformat()},
        )
    return sent


def send_reminders(today: dt.date) -> int:
    return _decisions(today) + _opinion_letters(today) + _suggestions(today)
