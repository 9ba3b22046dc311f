"""Every change to mediation organisations, mediators, cases and monthly reports goes through here.

Mediation records are the responsible unit's (a township keeps its village
committees' records); the office enters them only as proxy entry.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.core import dates
from fazhi.core.actions import ActionRefused, attribute_to, record_event
from fazhi.core.duties import unit_step
from fazhi.core.scoping import Actor
from fazhi.disputes.models import (
    MediationCase,
    MediationEvent,
    MediationOrganisation,
    MediationOutcome,
    Mediator,
    MonthlyMediationReport,
)
from fazhi.org.models import Organisation


def register_organisation(
    actor: Actor,
    organisation: Organisation,
    *,
    name: str,
    kind: str,
    established_on: dt.date | None = None,
    proxy_reason: str = "",
) -> MediationOrganisation:
    proxy = unit_step(
        actor, organisation, step=_("register the mediation organisation"), proxy_reason=proxy_reason
    )
    if not name.strip():
        raise ActionRefused(_("Name the mediation organisation."), field="name")
    if MediationOrganisation.objects.filter(organisation=organisation, name=name.strip()).exists():
        raise ActionRefused(_("This unit already has a mediation organisation of that name."), field="name")
    if established_on is not None:
        dates.check_not_future(established_on, field="established_on", label=_("The day it was established"))
    body = MediationOrganisation(
        organisation=organisation, name=name.strip(), kind=kind, established_on=established_on
    )
    body.full_clean()
    with transaction.atomic():
        attribute_to(actor, body)
        body.save()
        record_event(MediationEvent, actor=actor, verb="register", mediation_organisation=body, data=proxy)
    return body


def add_mediator(
    actor: Actor,
    body: MediationOrganisation,
    *,
    name: str,
    is_full_time: bool = False,
    proxy_reason: str = "",
) -> Mediator:
    proxy = unit_step(actor, body.organisation, step=_("add a mediator"), proxy_reason=proxy_reason)
    if not name.strip():
        raise ActionRefused(_("Name the mediator."), field="name")
    mediator = Mediator(mediation_organisation=body, name=name.strip(), is_full_time=is_full_time)
    with transaction.atomic():
        attribute_to(actor, mediator)
        mediator.save()
        record_event(MediationEvent, actor=actor, verb="mediator", mediation_organisation=body, data=proxy)
    return mediator


def record_case(
    actor: Actor,
    body: MediationOrganisation,
    *,
    dispute_type: str,
    source: str,
    parties: str,
    summary: str,
    received_on: dt.date,
    outcome: str = "",
    agreement_form: str = "",
    closed_on: dt.date | None = None,
    mediator: Mediator | None = None,
    proxy_reason: str = "",
) -> MediationCase:
    proxy = unit_step(actor, body.organisation, step=_("record a mediation case"), proxy_reason=proxy_reason)
    if not summary.strip():
        raise ActionRefused(_("Describe the dispute."), field="summary")
    dates.check_not_future(received_on, field="received_on", label=_("The day of receipt"))
    case = MediationCase(
        mediation_organisation=body,
        mediator=mediator,
        dispute_type=dispute_type,
        source=source,
        parties=parties.strip(),
        summary=summary.strip(),
        received_on=received_on,
    )
    check_closing(case, outcome, agreement_form, closed_on)
    case.outcome, case.agreement_form, case.closed_on = outcome, agreement_form, closed_on
    case.full_clean()
    with transaction.atomic():
        attribute_to(actor, case)
        case.save()
        record_event(MediationEvent, actor=actor, verb="case", mediation_organisation=body, data=proxy)
    return case


def check_closing(case: MediationCase, outcome: str, agreement_form: str, closed_on: dt.date | None) -> None:
    if not outcome:
        if closed_on is not None:
            raise ActionRefused(_("Give the outcome of a closed case."), field="outcome")
        return
    if outcome not in MediationOutcome.values:
        raise ActionRefused(_("Choose how the case ends."), field="outcome")
    if closed_on is None:
        raise ActionRefused(_("Give the closing day."), field="closed_on")
    dates.check_order(
        case.received_on,
        closed_on,
        field="closed_on",
        message=_("The case cannot close before it was received."),
    )
    dates.check_not_future(closed_on, field="closed_on", label=_("The closing day"))
    if outcome == MediationOutcome.SETTLED and not agreement_form:
        raise ActionRefused(_("Say whether the agreement is written or oral."), field="agreement_form")
    if outcome == MediationOutcome.FAILED and agreement_form:
        raise ActionRefused(_("A case not settled has no agreement."), field="agreement_form")


def close_case(
    actor: Actor,
    case: MediationCase,
    *,
    outcome: str,
    closed_on: dt.date,
    agreement_form: str = "",
    referred_to_court_on: dt.date | None = None,
    proxy_reason: str = "",
) -> MediationCase:
    body = case.mediation_organisation
    proxy = unit_step(actor, body.organisation, step=_("close the mediation case"), proxy_reason=proxy_reason)
    if case.outcome:
        raise ActionRefused(_("The case is closed."))
    check_closing(case, outcome, agreement_form, closed_on)
    case.outcome, case.agreement_form, case.closed_on = outcome, agreement_form, closed_on
    case.referred_to_court_on = referred_to_court_on
    with transaction.atomic():
        attribute_to(actor, case)
        case.save()
        record_event(
            MediationEvent,
            actor=actor,
            verb="close_case",
            mediation_organisation=body,
            data={"case": case.pk, "outcome": outcome, **proxy},
        )
    return case


def record_judicial_confirmation(
    actor: Actor, case: MediationCase, *, applied_on: dt.date, confirmed: bool, proxy_reason: str = ""
) -> MediationCase:
    body = case.mediation_organisation
    proxy = unit_step(
        actor, body.organisation, step=_("record the judicial confirmation"), proxy_reason=proxy_reason
    )
    if case.outcome != MediationOutcome.SETTLED or case.agreement_form != "written":
        raise ActionRefused(_("Only a written mediation agreement is confirmed by a court."))
    # 人民调解法 Art. 33: the parties apply jointly within 30 days of the agreement taking effect.
    if not case.closed_on <= applied_on <= case.closed_on + dt.timedelta(days=30):
        raise ActionRefused(
            _("Judicial confirmation is applied for within 30 days of the agreement."), field="applied_on"
        )
    case.confirmation_applied_on, case.is_judicially_confirmed = applied_on, confirmed
    with transaction.atomic():
        attribute_to(actor, case)
        case.save()
        record_event(
            MediationEvent,
            actor=actor,
            verb="confirm",
            mediation_organisation=body,
            data={"case": case.pk, "confirmed": confirmed, **proxy},
        )
    return case


def record_monthly_report(
    actor: Actor,
    body: MediationOrganisation,
    *,
    month: dt.date,
    disputes_mediated: int,
    disputes_settled: int,
    written_agreements: int = 0,
    oral_agreements: int = 0,
    judicial_confirmations: int = 0,
    proxy_reason: str = "",
) -> MonthlyMediationReport:
    """Record (or correct) a committee's report for ``month``: one row per committee and month."""
    proxy = unit_step(
        actor, body.organisation, step=_("record the monthly report"), proxy_reason=proxy_reason
    )
    month = month.replace(day=1)
    dates.check_not_future(month, field="month", label=_("The month"))
    if disputes_settled > disputes_mediated:
        raise ActionRefused(_("More disputes settled than mediated."), field="disputes_settled")
    if written_agreements + oral_agreements > disputes_settled:
        raise ActionRefused(_("More agreements than disputes settled."), field="written_agreements")
    with transaction.atomic():
        report, _created = MonthlyMediationReport.objects.get_or_create(
            mediation_organisation=body,
            month=month,
            defaults={"disputes_mediated": disputes_mediated, "disputes_settled": disputes_settled},
        )
        report.disputes_mediated, report.disputes_settled = disputes_mediated, disputes_settled
        report.written_agreements, report.oral_agreements = written_agreements, oral_agreements
        report.judicial_confirmations = judicial_confirmations
        attribute_to(actor, report)
        report.save()
        record_event(
            MediationEvent,
            actor=actor,
            verb="report",
            mediation_organisation=body,
            data={"month": month.isoformat(), **proxy},
        )
    return report
