"""The daily run of legal education: from 1 October, a body whose collective study sessions
this year are below the minimum is reminded once a year (its filers and leaders)."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse
from django.utils.translation import gettext as _

from fazhi.core.reminders import ReminderKind, remind_once
from fazhi.education import queries, rules
from fazhi.education.models import EducationEvent, StudyReminderSent
from fazhi.org.models import Organisation, unit_people


def send_reminders(today: dt.date) -> int:
    if not rules.is_study_check_due(today):
        return 0
    year_end = dt.date(today.year, 12, 31)
    short = queries.below_study_minimum(Organisation.objects.all(), today.year).exclude(
        pk__in=StudyReminderSent.objects.filter(due=year_end).values("organisation")
    )
    sent = 0
    for organisation in short:
        text = _(
            "%(unit)s has held %(held)d collective law-study sessions this year; the minimum is %(minimum)d."
        ) % {
            "unit": organisation.name,
            "held": organisation.collective_sessions,
            "minimum": rules.study_minimum(),
        }
        sent += remind_once(
            StudyReminderSent(organisation=organisation, kind=ReminderKind.DUE_SOON, due=year_end),
            EducationEvent,
            {"organisation": organisation},
            recipients=unit_people(organisation),
            text=text,
            url=f"{reverse('education:study')}?year={today.year}",
            verb="remind_study",
            data={"held": organisation.collective_sessions, "minimum": rules.study_minimum()},
        )
    return sent
