"""Every change to reconsideration cases goes through here.

The office (the justice bureau's reconsideration staff) records every step of a
case: they hold REVIEW over the respondent's region. The respondent's own
people record only what the respondent does after the decision (its
performance, its correction report on an opinion letter), as the unit's step.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.core.actions import ActionRefused, NeedsConfirmation, attribute_to, record_event
from fazhi.core.deadlines import local_today
from fazhi.core.duties import unit_step
from fazhi.core.scoping import Actor, Purpose, require
from fazhi.disputes import clocks, rules
from fazhi.disputes.models import (
    CASE_WORKFLOW,
    CaseEvent,
    CaseStatus,
    Hearing,
    OpinionLetter,
    OpinionLetterEvent,
    Outcome,
    Procedure,
    ReconsiderationCase,
    Suspension,
)
from fazhi.org.models import Organisation


def refresh_clocks(case: ReconsiderationCase, today: dt.date | None = None) -> None:
    """Store the acceptance and decision due days from the case's dates (not saved here).

    Before an acceptance is recorded the decision clock runs from the last day
    of the review, the day the case is deemed accepted at the latest; while a
    suspension lasts the clock stands still and the case has no due day.
    """
    today = today or local_today()
    if case.outcome == Outcome.ABANDONED:
        case.acceptance_due_on = case.decision_due_on = None
        return
    review = clocks.acceptance_due(case.received_on, case.supplement_received_on)
    case.acceptance_due_on = review.due
    if case.status in {CaseStatus.SUPPLEMENTING, CaseStatus.NOT_ACCEPTED, CaseStatus.SUSPENDED}:
        case.decision_due_on = None
        return
    if case.status == CaseStatus.CLOSED and case.decision_due_on is not None:
        return
    accepted_on = case.accepted_on or review.due
    spans = [(s.started_on, s.resumed_on) for s in case.suspensions.all()] if case.pk else []
    case.decision_due_on = clocks.decision_due(
        received_on=case.received_on,
        accepted_on=accepted_on,
        simplified=case.is_simplified,
        extension_days=case.extension_days,
        suspended_days=clocks.suspended_days(spans, today),
    ).due


def _save(actor, case, verb, *, note="", data=None):
    attribute_to(actor, case)
    case.save()
    record_event(CaseEvent, actor=actor, verb=verb, case=case, note=note, data=data or {})


def _office_transition(actor, case, name):
    return CASE_WORKFLOW.check(
        actor, name, state=case.status, organisation=case.respondent, events=case.events.all()
    )


def receive_application(
    actor: Actor,
    *,
    office: Organisation,
    respondent: Organisation,
    applicant_name: str,
    application_form: str,
    channel: str,
    act_kind: str,
    act_description: str,
    known_on: dt.date,
    received_on: dt.date,
    applicant_kind: str = "person",
    applicant_contact: str = "",
    act_on: dt.date | None = None,
    act_amount: Decimal | None = None,
    real_estate: bool = False,
    notified_of_right: bool = True,
    request: str = "",
    case_number: str = "",
    vertical_system: str = "",
    competent_organ: str = "",
    today: dt.date | None = None,
) -> ReconsiderationCase:
    """Record an application as received; one against a body under vertical leadership is
    recorded as not accepted, naming the organ to apply to (Arts. 27, 30 ¶2)."""
    require(actor, Purpose.REVIEW, respondent)
    require(actor, Purpose.REVIEW, office)
    rules.check_jurisdiction(office, respondent)
    vertical_system = vertical_system or rules.vertical_system_of(respondent)
    rules.check_application(
        applicant_name=applicant_name,
        act_description=act_description,
        known_on=known_on,
        received_on=received_on,
        act_on=act_on,
        today=today,
    )
    case = ReconsiderationCase(
        office=office,
        respondent=respondent,
        case_number=case_number.strip(),
        applicant_kind=applicant_kind,
        applicant_name=applicant_name.strip(),
        applicant_contact=applicant_contact.strip(),
        application_form=application_form,
        channel=channel,
        act_kind=act_kind,
        act_description=act_description.strip(),
        act_on=act_on,
        act_amount=act_amount,
        real_estate=real_estate,
        notified_of_right=notified_of_right,
        known_on=known_on,
        received_on=received_on,
        request=request.strip(),
    )
    if vertical_system:
        case.vertical_system = vertical_system
        case.competent_organ = competent_organ.strip() or str(rules.COMPETENT_ORGANS[vertical_system])
        case.status = CaseStatus.NOT_ACCEPTED
        case.not_accepted_on = received_on
        case.outcome_reasons = rules.referral_reasons(respondent, case.competent_organ)
    refresh_clocks(case, today)
    case.full_clean()
    with transaction.atomic():
        _save(actor, case, "receive", data={"law": clocks.periods_for(received_on).law})
        if vertical_system:
            record_event(
                CaseEvent,
                actor=actor,
                verb="refer",
                case=case,
                note=case.outcome_reasons,
                data={"system": vertical_system},
            )
    return case


def request_supplement(actor: Actor, case: ReconsiderationCase, *, items: str, served_on: dt.date):
    step = _office_transition(actor, case, "request_supplement")
    rules.check_supplement_request(case, items, served_on)
    case.status = step.target
    case.supplement_items = items.strip()
    case.supplement_served_on = served_on
    refresh_clocks(case)
    due = clocks.supplement_due(case.received_on, served_on).due
    case.supplement_due_on = due
    with transaction.atomic():
        _save(actor, case, step.name, note=case.supplement_items, data={"applicant_due": due.isoformat()})
    return case


def receive_supplement(actor: Actor, case: ReconsiderationCase, *, received_on: dt.date):
    step = _office_transition(actor, case, "receive_supplement")
    rules.check_supplement_received(case, received_on)
    case.status = step.target
    case.supplement_received_on = received_on
    refresh_clocks(case)
    with transaction.atomic():
        _save(actor, case, step.name)
    return case


def deem_abandoned(
    actor: Actor, case: ReconsiderationCase, *, recorded_on: dt.date, today: dt.date | None = None
) -> ReconsiderationCase:
    """Close an application whose supplement did not come in time (视为放弃, 2023 law Art. 31).

    The case was never accepted: it stops every clock, counts in no correction
    rate and not among the cases accepted.
    """
    step = _office_transition(actor, case, "deem_abandoned")
    due = rules.check_deemed_abandonment(case, recorded_on, today)
    case.status = step.target
    case.outcome = Outcome.ABANDONED
    case.closed_on = recorded_on
    case.outcome_reasons = _(
        "No supplement was received by %(day)s; the application is deemed abandoned."
    ) % {"day": due.isoformat()}
    refresh_clocks(case, today)
    with transaction.atomic():
        _save(actor, case, step.name, note=case.outcome_reasons, data={"supplement_due": due.isoformat()})
    return case


def accept(
    actor: Actor,
    case: ReconsiderationCase,
    *,
    decided_on: dt.date,
    procedure: str = Procedure.ORDINARY,
    is_major: bool = False,
    parties_agree: bool = False,
    confirmed: bool = False,
    today: dt.date | None = None,
) -> ReconsiderationCase:
    step = _office_transition(actor, case, "accept")
    rules.check_acceptance_decision(case, decided_on)
    case.is_major = is_major
    rules.check_simplified(case, procedure == Procedure.SIMPLIFIED, parties_agree)
    problems = rules.late_application_problems(case)
    if problems and not confirmed:
        raise NeedsConfirmation(
            _("Accept only if a proper reason delayed the application (force majeure or the like)."), problems
        )
    review = clocks.acceptance_due(case.received_on, case.supplement_received_on)
    case.status = step.target
    case.procedure = procedure
    case.accepted_on = clocks.effective_acceptance(decided_on, review, decided_on)
    case.is_deemed_accepted = decided_on > review.due
    refresh_clocks(case, today)
    with transaction.atomic():
        _save(
            actor,
            case,
            step.name,
            data={"procedure": procedure, "deemed": case.is_deemed_accepted, "late_accepted": bool(problems)},
        )
    return case


def not_accept(actor: Actor, case: ReconsiderationCase, *, decided_on: dt.date, reasons: str):
    step = _office_transition(actor, case, "not_accept")
    rules.check_not_accepting(case, decided_on, reasons)
    case.status = step.target
    case.not_accepted_on = decided_on
    case.outcome_reasons = reasons.strip()
    refresh_clocks(case)
    with transaction.atomic():
        _save(actor, case, step.name, note=case.outcome_reasons)
    return case


def _office_change(actor, case, verb):
    if not case.is_open:
        raise ActionRefused(_("The case is closed."))
    require(actor, Purpose.REVIEW, case.respondent)


def send_copy(actor: Actor, case, *, sent_on: dt.date, received_on: dt.date | None = None):
    _office_change(actor, case, "send_copy")
    rules.check_copy(case, sent_on, received_on)
    case.copy_sent_on = sent_on
    case.copy_received_on = received_on or sent_on
    due = clocks.copy_due(case.received_on, case.accepted_on or case.acceptance_due_on, case.is_simplified)
    with transaction.atomic():
        _save(actor, case, "send_copy", data={"due": due.due.isoformat(), "on_time": sent_on <= due.due})
    return case


def record_answer(actor: Actor, case, *, received_on: dt.date):
    _office_change(actor, case, "answer")
    rules.check_answer(case, received_on)
    case.answer_received_on = received_on
    due = clocks.answer_due(case.received_on, case.copy_received_on, case.is_simplified)
    with transaction.atomic():
        _save(actor, case, "answer", data={"due": due.due.isoformat(), "on_time": received_on <= due.due})
    return case


def hold_hearing(
    actor: Actor,
    case,
    *,
    notice_served_on: dt.date,
    held_on: dt.date,
    presiding: str,
    hearing_officers: str,
    clerk: str,
    respondent_head_attended: bool = False,
) -> Hearing:
    _office_change(actor, case, "hearing")
    rules.check_hearing(
        case, notice_served_on, held_on, presiding=presiding, officers=hearing_officers, clerk=clerk
    )
    hearing = Hearing(
        case=case,
        notice_served_on=notice_served_on,
        held_on=held_on,
        presiding=presiding.strip(),
        hearing_officers=hearing_officers.strip(),
        clerk=clerk.strip(),
        respondent_head_attended=respondent_head_attended,
    )
    with transaction.atomic():
        attribute_to(actor, hearing)
        hearing.save()
        record_event(CaseEvent, actor=actor, verb="hearing", case=case, data={"held_on": held_on.isoformat()})
    return hearing


def suspend(actor: Actor, case, *, ground: str, started_on: dt.date, note: str = "") -> Suspension:
    step = _office_transition(actor, case, "suspend")
    rules.check_suspension(case, started_on)
    suspension = Suspension(case=case, ground=ground, started_on=started_on)
    suspension.full_clean(exclude=["case"])
    case.status = step.target
    refresh_clocks(case)
    with transaction.atomic():
        attribute_to(actor, suspension)
        suspension.save()
        _save(actor, case, step.name, note=note.strip(), data={"ground": ground})
    return suspension


def resume(actor: Actor, case, *, resumed_on: dt.date, today: dt.date | None = None):
    step = _office_transition(actor, case, "resume")
    suspension = case.suspensions.filter(resumed_on__isnull=True).last()
    rules.check_resumption(suspension, resumed_on)
    suspension.resumed_on = resumed_on
    case.status = step.target
    with transaction.atomic():
        attribute_to(actor, suspension)
        suspension.save()
        refresh_clocks(case, today)
        _save(actor, case, step.name, data={"days": (resumed_on - suspension.started_on).days})
    return case


def extend(
    actor: Actor,
    case,
    *,
    days: int,
    approved_by: str,
    notified_on: dt.date,
    today: dt.date | None = None,
):
    _office_change(actor, case, "extend")
    rules.check_extension(case, days, approved_by, notified_on, today or local_today())
    case.extension_days = days
    case.extension_approved_by = approved_by.strip()
    case.extension_notified_on = notified_on
    refresh_clocks(case, today)
    with transaction.atomic():
        _save(actor, case, "extend", data={"days": days})
    return case


def close(
    actor: Actor,
    case,
    *,
    outcome: str,
    closed_on: dt.date,
    reasons: str = "",
    today: dt.date | None = None,
):
    step = _office_transition(actor, case, "close")
    rules.check_closing(case, outcome, closed_on, reasons, case.hearings.exists())
    refresh_clocks(case, today)
    case.status = step.target
    case.outcome = outcome
    case.closed_on = closed_on
    case.outcome_reasons = reasons.strip()
    on_time = case.decision_due_on is None or closed_on <= case.decision_due_on
    with transaction.atomic():
        _save(
            actor, case, step.name, note=case.outcome_reasons, data={"outcome": outcome, "on_time": on_time}
        )
    return case


def record_performance(
    actor: Actor, case, *, performed_on: dt.date, note: str, proxy_reason: str = ""
) -> ReconsiderationCase:
    proxy = unit_step(actor, case.respondent, step=_("record the performance"), proxy_reason=proxy_reason)
    rules.check_performance(case, performed_on, note)
    case.performed_on = performed_on
    case.performance_note = note.strip()
    with transaction.atomic():
        _save(actor, case, "perform", note=case.performance_note, data=proxy)
    return case


def publish(actor: Actor, case, *, published_on: dt.date, text: str) -> ReconsiderationCase:
    require(actor, Purpose.REVIEW, case.respondent)
    rules.check_publication(case, text)
    case.published_on = published_on
    case.published_text = text.strip()
    with transaction.atomic():
        _save(actor, case, "publish")
    return case


def issue_opinion(
    actor: Actor,
    *,
    office: Organisation,
    addressee: Organisation,
    issued_on: dt.date,
    problems: str,
    recommendations: str,
    case: ReconsiderationCase | None = None,
) -> OpinionLetter:
    require(actor, Purpose.REVIEW, addressee)
    rules.check_opinion(issued_on, problems, recommendations)
    letter = OpinionLetter(
        case=case,
        addressee=addressee,
        office=office,
        issued_on=issued_on,
        problems=problems.strip(),
        recommendations=recommendations.strip(),
        report_due_on=clocks.opinion_report_due(issued_on).due,
    )
    with transaction.atomic():
        attribute_to(actor, letter)
        letter.save()
        record_event(
            OpinionLetterEvent,
            actor=actor,
            verb="issue",
            opinion_letter=letter,
            data={"due": letter.report_due_on.isoformat()},
        )
        if case is not None:
            record_event(CaseEvent, actor=actor, verb="opinion", case=case, data={"letter": letter.pk})
    return letter


def report_correction(
    actor: Actor, letter: OpinionLetter, *, reported_on: dt.date, summary: str, proxy_reason: str = ""
) -> OpinionLetter:
    proxy = unit_step(actor, letter.addressee, step=_("report the correction"), proxy_reason=proxy_reason)
    rules.check_correction_report(letter, reported_on, summary)
    letter.reported_on = reported_on
    letter.report_summary = summary.strip()
    on_time = reported_on <= letter.report_due_on
    with transaction.atomic():
        attribute_to(actor, letter)
        letter.save()
        record_event(
            OpinionLetterEvent,
            actor=actor,
            verb="report",
            opinion_letter=letter,
            data={"on_time": on_time, **proxy},
        )
    return letter
