"""Every change to inspections, problems and consequences goes through these functions.

Each checks who may act (``require`` / the workflow), what may change
(``rules``), writes the change and an ``OversightEvent`` in one transaction,
and sends notices only after commit. Views, the API and the demo loader call them.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.core import notices
from fazhi.core.actions import ActionRefused, after_commit, attribute_to, record_event
from fazhi.core.deadlines import local_today
from fazhi.core.duties import require_note
from fazhi.core.scoping import Actor, Purpose, require, scope_of
from fazhi.core.uploads import upload_name
from fazhi.org.models import Organisation, office_reviewers, unit_people
from fazhi.org.naming import with_office
from fazhi.oversight import rules
from fazhi.oversight.models import (
    INSPECTION_WORKFLOW,
    PROBLEM_WORKFLOW,
    Consequence,
    Inspection,
    InspectionCheck,
    InspectionStatus,
    OversightEvent,
    Problem,
    ProblemSource,
)

# --- inspections -------------------------------------------------------------


def plan_inspection(
    actor: Actor,
    office: Organisation,
    *,
    title: str,
    form: str,
    topics: str,
    units,
    starts_on: dt.date,
    ends_on: dt.date,
) -> Inspection:
    require(actor, Purpose.REVIEW, office)
    if not office.is_rule_of_law_office and not actor.is_superuser:
        raise ActionRefused(with_office(_("Inspections are run by %(office)s.")))
    units = list(units)
    allowed = set(scope_of(actor).organisations(Purpose.REVIEW).values_list("pk", flat=True))
    rules.check_inspection_plan(
        title=title,
        topics=topics,
        units=units,
        starts_on=starts_on,
        ends_on=ends_on,
        allowed_unit_ids=allowed,
    )
    inspection = Inspection(
        organisation=office,
        title=title.strip(),
        form=form,
        topics=topics.strip(),
        starts_on=starts_on,
        ends_on=ends_on,
    )
    inspection.full_clean(exclude=["units"])
    with transaction.atomic():
        attribute_to(actor, inspection)
        inspection.save()
        inspection.units.set(units)
        record_event(
            OversightEvent,
            actor=actor,
            verb="plan_inspection",
            inspection=inspection,
            organisation=office,
            data={"units": [unit.pk for unit in units]},
        )
        for unit in units:
            after_commit(
                notices.send,
                unit_people(unit),
                _("Your unit is to be inspected: %(title)s (%(start)s to %(end)s).")
                % {"title": inspection.title, "start": starts_on, "end": ends_on},
                inspection.get_absolute_url(),
            )
    return inspection


def move_inspection(actor: Actor, inspection: Inspection, step: str) -> Inspection:
    transition = INSPECTION_WORKFLOW.check(
        actor,
        step,
        state=inspection.status,
        organisation=inspection.organisation,
        events=inspection.events.all(),
    )
    with transaction.atomic():
        inspection.status = transition.target
        attribute_to(actor, inspection)
        inspection.save(update_fields=["status", "updated_at"])
        record_event(
            OversightEvent,
            actor=actor,
            verb=transition.name,
            inspection=inspection,
            organisation=inspection.organisation,
        )
    return inspection


def record_check(
    actor: Actor,
    inspection: Inspection,
    *,
    organisation: Organisation,
    kind: str,
    done_on: dt.date,
    summary: str,
) -> InspectionCheck:
    require(actor, Purpose.REVIEW, inspection.organisation)
    rules.check_inspection_open(inspection)
    rules.check_unit_inspected(inspection, organisation)
    rules.check_not_future(done_on, "done_on")
    check = InspectionCheck(
        inspection=inspection,
        organisation=organisation,
        kind=kind,
        done_on=done_on,
        summary=rules.check_text(summary, "summary"),
    )
    check.full_clean()
    with transaction.atomic():
        attribute_to(actor, check)
        check.save()
        if inspection.status == InspectionStatus.PLANNED:
            # A check done means the inspection has begun; say so rather than ask.
            inspection.status = InspectionStatus.UNDER_WAY
            attribute_to(actor, inspection)
            inspection.save(update_fields=["status", "updated_at"])
        record_event(
            OversightEvent,
            actor=actor,
            verb="record_check",
            inspection=inspection,
            organisation=organisation,
            data={"check": check.pk, "kind": kind},
        )
    return check


# --- problems ----------------------------------------------------------------


def record_problem(
    actor: Actor,
    organisation: Organisation,
    *,
    source: str,
    description: str,
    severity: str,
    found_on: dt.date,
    rectification_deadline: dt.date | None = None,
    inspection: Inspection | None = None,
    source_reference: str = "",
) -> Problem:
    """Put a problem on the list: an inspection finding (the office), or a
    unit's own self-inspection (the unit or the office)."""
    if source == ProblemSource.INSPECTION:
        if inspection is None:
            raise ActionRefused(_("An inspection finding belongs to an inspection."), field="inspection")
        require(actor, Purpose.REVIEW, inspection.organisation)
        require(actor, Purpose.REVIEW, organisation)
        rules.check_inspection_open(inspection)
        rules.check_unit_inspected(inspection, organisation)
        rules.check_finding_date(inspection, found_on)
    elif source == ProblemSource.SELF_INSPECTION:
        require(actor, Purpose.EDIT, organisation)
    else:
        require(actor, Purpose.REVIEW, organisation)
    description = rules.check_text(description, "description")
    rules.check_not_future(found_on, "found_on")
    due = rectification_deadline or rules.default_rectification_deadline(found_on, severity)
    rules.check_rectification_deadline(found_on, due)
    problem = Problem(
        organisation=organisation,
        source=source,
        inspection=inspection,
        description=description,
        severity=severity,
        found_on=found_on,
        rectification_deadline=due,
        source_reference=source_reference,
    )
    problem.full_clean()
    with transaction.atomic():
        attribute_to(actor, problem)
        problem.save()
        if inspection is not None and inspection.status == InspectionStatus.PLANNED:
            # A finding, like a check, means the inspection has begun (issue 11: findings sat
            # on inspections still shown as 已计划).
            inspection.status = InspectionStatus.UNDER_WAY
            attribute_to(actor, inspection)
            inspection.save(update_fields=["status", "updated_at"])
        record_event(
            OversightEvent,
            actor=actor,
            verb="record_problem",
            problem=problem,
            inspection=inspection,
            organisation=organisation,
            data={"severity": severity, "deadline": due.isoformat()},
        )
        after_commit(
            notices.send,
            unit_people(organisation),
            _("A problem was put on your unit's list; rectify it by %(due)s.") % {"due": due},
            problem.get_absolute_url(),
        )
    return problem


def _move(
    actor: Actor,
    problem: Problem,
    step: str,
    *,
    note: str = "",
    data: dict | None = None,
    attachment=None,
    proxy_reason: str = "",
    note_required: bool = False,
    **changes,
) -> Problem:
    transition = PROBLEM_WORKFLOW.check(
        actor,
        step,
        state=problem.status,
        organisation=problem.organisation,
        proxy_reason=proxy_reason,
        events=problem.events.all(),
    )
    if note_required:
        note = require_note(note, str(transition.label))
    with transaction.atomic():
        # Lock the row so that two reviewers clicking at once do not both pass.
        fresh = Problem.objects.select_for_update().get(pk=problem.pk)
        if fresh.status != problem.status:
            raise ActionRefused(_("Someone else changed this problem meanwhile; reload the page."))
        for name, value in changes.items():
            setattr(problem, name, value)
        if attachment is not None:
            # Stored only once the step is allowed; a refused step leaves no file behind.
            problem.evidence_file.save(
                upload_name(problem.organisation, attachment.name), attachment, save=False
            )
        problem.status = transition.target
        attribute_to(actor, problem)
        problem.save()
        record_event(
            OversightEvent,
            actor=actor,
            verb=transition.name,
            problem=problem,
            organisation=problem.organisation,
            note=note,
            data={**(data or {}), **transition.data},
        )
    return problem


def submit_plan(actor: Actor, problem: Problem, *, plan: str, proxy_reason: str = "") -> Problem:
    plan = rules.check_text(plan, "plan", limit=4000)
    return _move(actor, problem, "submit_plan", plan=plan, proxy_reason=proxy_reason)


def submit_evidence(
    actor: Actor, problem: Problem, *, evidence: str, attachment=None, proxy_reason: str = ""
) -> Problem:
    """The unit's evidence of rectification, with an optional file (a new file replaces the last)."""
    evidence = rules.check_text(evidence, "evidence", limit=4000)
    problem = _move(
        actor,
        problem,
        "submit_evidence",
        evidence=evidence,
        attachment=attachment,
        data={"attachment": attachment.name} if attachment is not None else None,
        proxy_reason=proxy_reason,
    )
    after_commit(
        notices.send,
        office_reviewers(problem.organisation.region_code),
        _("%(unit)s submitted rectification evidence to verify.") % {"unit": problem.organisation.name},
        problem.get_absolute_url(),
    )
    return problem


def return_rectification(actor: Actor, problem: Problem, *, reasons: str) -> Problem:
    reasons = rules.check_text(reasons, "reasons")
    problem = _move(actor, problem, "return", note=reasons, return_reasons=reasons)
    after_commit(
        notices.send,
        unit_people(problem.organisation),
        with_office(_("%(office)s returned your rectification: %(reasons)s"), reasons=reasons),
        problem.get_absolute_url(),
    )
    return problem


def accept_rectification(
    actor: Actor, problem: Problem, *, note: str = "", today: dt.date | None = None
) -> Problem:
    """The office verifies the rectification (核验), saying in the note what it checked."""
    problem = _move(
        actor,
        problem,
        "accept",
        note=(note or "").strip()[:2000],
        note_required=True,
        closed_on=today or local_today(),
        return_reasons="",
    )
    after_commit(
        notices.send,
        unit_people(problem.organisation),
        with_office(_("%(office)s accepted your rectification; the problem is closed.")),
        problem.get_absolute_url(),
    )
    return problem


def reopen_problem(
    actor: Actor,
    problem: Problem,
    *,
    reasons: str,
    rectification_deadline: dt.date,
    today: dt.date | None = None,
) -> Problem:
    """Follow-up review (回头看): the problem came back; the unit rectifies again."""
    reasons = rules.check_text(reasons, "reasons")
    rules.check_reopen(rectification_deadline, today)
    problem = _move(
        actor,
        problem,
        "reopen",
        note=reasons,
        data={"deadline": rectification_deadline.isoformat()},
        closed_on=None,
        rectification_deadline=rectification_deadline,
        reopen_count=problem.reopen_count + 1,
        return_reasons=reasons,
    )
    after_commit(
        notices.send,
        unit_people(problem.organisation),
        _("A follow-up review reopened a problem of your unit: %(reasons)s") % {"reasons": reasons},
        problem.get_absolute_url(),
    )
    return problem


# --- talks and notices ---------------------------------------------------------


def record_consequence(
    actor: Actor,
    office: Organisation,
    organisation: Organisation,
    *,
    kind: str,
    held_on: dt.date,
    subject: str,
    note: str = "",
    problem: Problem | None = None,
    minutes=None,
    follow_up: str = "",
) -> Consequence:
    """The office records a talk (约谈), notice (通报) or referral, with the problem it concerns and its minutes."""
    require(actor, Purpose.REVIEW, office)
    require(actor, Purpose.REVIEW, organisation)
    if problem is not None and problem.organisation_id != organisation.pk:
        raise ActionRefused(_("The problem belongs to another unit."), field="problem")
    rules.check_not_future(held_on, "held_on")
    consequence = Consequence(
        organisation=organisation,
        issued_by=office,
        kind=kind,
        held_on=held_on,
        subject=rules.check_text(subject, "subject", limit=200),
        note=(note or "").strip(),
        problem=problem,
        follow_up=(follow_up or "").strip(),
    )
    consequence.full_clean()
    with transaction.atomic():
        attribute_to(actor, consequence)
        if minutes is not None:
            consequence.minutes.save(upload_name(organisation, minutes.name), minutes, save=False)
        consequence.save()
        record_event(
            OversightEvent,
            actor=actor,
            verb="record_consequence",
            consequence=consequence,
            problem=problem,
            organisation=organisation,
            data={"kind": kind},
        )
        after_commit(
            notices.send,
            unit_people(organisation),
            _("%(kind)s recorded against your unit: %(subject)s")
            % {"kind": consequence.get_kind_display(), "subject": consequence.subject},
            "",
        )
    return consequence


def record_follow_up(actor: Actor, consequence: Consequence, *, follow_up: str, minutes=None) -> Consequence:
    """The office notes what came of a talk (整改承诺、落实情况) and may add its minutes later."""
    require(actor, Purpose.REVIEW, consequence.issued_by)
    require(actor, Purpose.REVIEW, consequence.organisation)
    text = require_note(follow_up, _("record the follow-up"), field="follow_up")
    with transaction.atomic():
        consequence.follow_up = rules.check_text(text, "follow_up", limit=2000)
        if minutes is not None:
            consequence.minutes.save(upload_name(consequence.organisation, minutes.name), minutes, save=False)
        attribute_to(actor, consequence)
        consequence.save()
        record_event(
            OversightEvent,
            actor=actor,
            verb="follow_up",
            consequence=consequence,
            problem=consequence.problem,
            organisation=consequence.organisation,
            note=consequence.follow_up,
        )
    return consequence
