"""Reminders: certificates before they expire, officers short of the year's training hours before
the year's end, and crime transfers past a statutory clock. Each goes to the body's filers and leaders once
per deadline (``EnforcementReminder``)."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q, Sum
from django.utils.translation import gettext as _

from fazhi.core.models import ReminderKind
from fazhi.core.reminders import remind_once
from fazhi.enforcement import rules
from fazhi.enforcement.models import Certificate, CertificateStatus, CrimeTransfer, EnforcementEvent, Officer
from fazhi.org.models import User


def certificate_warning_days() -> int:
    return int(rules.setting("ENFORCEMENT_CERTIFICATE_WARNING_DAYS", 60))


def training_warning_days() -> int:
    return int(rules.setting("ENFORCEMENT_TRAINING_WARNING_DAYS", 60))


def _recipients(organisation_id: int):
    return User.objects.filter(
        is_active=True,
        memberships__organisation_id=organisation_id,
        memberships__is_active=True,
        memberships__role__in=["unit_filer", "unit_leader"],
    ).distinct()


def send_reminders(today: dt.date) -> int:
    sent = 0
    soon = today + dt.timedelta(days=certificate_warning_days())
    for certificate in Certificate.objects.filter(
        status=CertificateStatus.VALID, expires_on__gte=today, expires_on__lte=soon, officer__is_active=True
    ).select_related("officer__body"):
        body = certificate.officer.body
        sent += remind_once(
            _sent(f"certificate:{certificate.pk}", ReminderKind.DUE_SOON, certificate.expires_on),
            EnforcementEvent,
            {"body": body},
            recipients=_recipients(body.organisation_id),
            text=_("The enforcement certificate %(number)s of %(name)s expires on %(date)s.")
            % {
                "number": certificate.number,
                "name": certificate.officer.name,
                "date": certificate.expires_on,
            },
            url=certificate.officer.get_absolute_url(),
        )
    year_end = dt.date(today.year, 12, 31)
    if (year_end - today).days <= training_warning_days():
        required = rules.training_hours_required()
        short = (
            Officer.objects.filter(is_active=True)
            .annotate(hours=Sum("trainings__hours", filter=Q(trainings__held_on__year=today.year)))
            .filter(Q(hours__isnull=True) | Q(hours__lt=required))
            .select_related("body")
        )
        for officer in short:
            sent += remind_once(
                _sent(f"training:{officer.pk}:{today.year}", ReminderKind.DUE_SOON, year_end),
                EnforcementEvent,
                {"body": officer.body},
                recipients=_recipients(officer.body.organisation_id),
                text=_("%(name)s has %(hours)s of the %(required)s training hours due by %(date)s.")
                % {"name": officer.name, "hours": officer.hours or 0, "required": required, "date": year_end},
                url=officer.get_absolute_url(),
            )
    for transfer in CrimeTransfer.objects.filter(police_answered_on__isnull=True).select_related(
        "case__body"
    ):
        for clock in rules.transfer_clocks(transfer, today):
            if not clock["overdue"]:
                continue
            due = clock["due"].date() if isinstance(clock["due"], dt.datetime) else clock["due"]
            case = transfer.case
            sent += remind_once(
                _sent(f"transfer:{transfer.pk}:{clock['name']}", ReminderKind.OVERDUE, due),
                EnforcementEvent,
                {"body": case.body, "case": case},
                recipients=_recipients(case.body.organisation_id),
                text=_("The crime transfer of case %(number)s is past its statutory clock.")
                % {"number": case.number},
                url=case.get_absolute_url(),
            )
    return sent


def _sent(subject: str, kind: str, due: dt.date):
    from fazhi.enforcement.models import EnforcementReminder

    return EnforcementReminder(subject=subject, kind=kind, due=due)
