"""Every change to the legal-aid and public-legal-service tallies goes through here.

A tally is the reporting unit's own step (the legal-aid centre, a judicial
office); the office enters it only as proxy entry, e.g. when importing the
county's sheet.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.core import dates
from fazhi.core.actions import ActionRefused, attribute_to, record_event
from fazhi.core.duties import unit_step
from fazhi.core.scoping import Actor
from fazhi.disputes.models import LegalServiceEvent, LegalServiceReport
from fazhi.org.models import Organisation


def record_legal_service_report(
    actor: Actor,
    organisation: Organisation,
    *,
    month: dt.date,
    legal_aid_cases: int = 0,
    notarizations: int = 0,
    judicial_appraisals: int = 0,
    consultations: int = 0,
    other_services: int = 0,
    proxy_reason: str = "",
) -> LegalServiceReport:
    """Record (or correct) the unit's tally for ``month``: one row per unit and month."""
    proxy = unit_step(
        actor, organisation, step=_("record the legal service report"), proxy_reason=proxy_reason
    )
    month = month.replace(day=1)
    dates.check_not_future(month, field="month", label=_("The month"))
    counts = {
        "legal_aid_cases": legal_aid_cases,
        "notarizations": notarizations,
        "judicial_appraisals": judicial_appraisals,
        "consultations": consultations,
        "other_services": other_services,
    }
    if any(value is None or value < 0 for value in counts.values()):
        raise ActionRefused(_("A count is a whole number, zero or more."), field="legal_aid_cases")
    with transaction.atomic():
        report, created = LegalServiceReport.objects.get_or_create(
            organisation=organisation, month=month, defaults=counts
        )
        for field, value in counts.items():
            setattr(report, field, value)
        attribute_to(actor, report)
        report.save()
        record_event(
            LegalServiceEvent,
            actor=actor,
            verb="report",
            report=report,
            data={"month": month.isoformat(), "corrected": not created, **counts, **proxy},
        )
    return report
