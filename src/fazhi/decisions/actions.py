"""Every change to catalogues and decisions goes through here (see fazhi.core.actions)."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.core import notices
from fazhi.core.actions import ActionRefused, after_commit, attribute_to, record_event
from fazhi.core.deadlines import local_today
from fazhi.core.duties import unit_step
from fazhi.core.scoping import Actor, Purpose, require
from fazhi.core.uploads import upload_name
from fazhi.decisions import rules
from fazhi.decisions.models import (
    DECISION_WORKFLOW,
    ArchiveDocument,
    Catalogue,
    Decision,
    DecisionEvaluation,
    DecisionEvent,
    Hearing,
    Procedure,
    ProcedureKind,
)
from fazhi.org.models import Organisation, office_reviewers

ITEM_FIELDS = (
    "basis",
    "requires_public_participation",
    "requires_expert_argumentation",
    "requires_risk_assessment",
    "requires_hearing",
    "planned_for",
)


def _event(actor: Actor, decision, verb, note="", **data):
    record_event(DecisionEvent, actor=actor, verb=verb, note=note, data=data, decision=decision)


def create_catalogue(actor: Actor, organisation: Organisation, *, year: int) -> Catalogue:
    require(actor, Purpose.REVIEW, organisation)
    if Catalogue.objects.filter(organisation=organisation, year=year).exists():
        raise ActionRefused(
            _("This organ already has a catalogue for %(year)d.") % {"year": year}, field="year"
        )
    catalogue = Catalogue(organisation=organisation, year=year)
    catalogue.full_clean()
    with transaction.atomic():
        attribute_to(actor, catalogue)
        catalogue.save()
    return catalogue


def publish_catalogue(
    actor: Actor, catalogue: Catalogue, *, published_on: dt.date | None = None
) -> Catalogue:
    require(actor, Purpose.REVIEW, catalogue.organisation)
    if catalogue.is_published:
        raise ActionRefused(_("The catalogue is already published."))
    if not catalogue.decisions.exists():
        raise ActionRefused(_("An empty catalogue cannot be published."))
    with transaction.atomic():
        catalogue.published_on = published_on or local_today()
        attribute_to(actor, catalogue)
        catalogue.save(update_fields=["published_on", "updated_at"])
    return catalogue


def add_item(
    actor: Actor,
    catalogue: Catalogue,
    organisation: Organisation,
    *,
    title: str,
    reason: str = "",
    adjusted_on: dt.date | None = None,
    **fields,
) -> Decision:
    """An item of the catalogue; after publication only as an adjustment (新增) with its reason."""
    require(actor, Purpose.REVIEW, catalogue.organisation)
    unknown = set(fields) - set(ITEM_FIELDS)
    if unknown:
        raise ActionRefused(
            _("These fields cannot be set here: %(fields)s") % {"fields": ", ".join(sorted(unknown))}
        )
    later = catalogue.is_published
    if later:
        rules.check_adjustment_reason(reason)
        adjusted_on = adjusted_on or local_today()
        rules.check_adjustment_date(catalogue, adjusted_on)
    decision = Decision(
        catalogue=catalogue,
        organisation=organisation,
        title=title,
        is_added_later=later,
        adjustment_reason=reason.strip() if later else "",
        adjusted_on=(adjusted_on or local_today()) if later else None,
        sort_order=catalogue.decisions.count() + 1,
        **fields,
    )
    decision.full_clean()
    with transaction.atomic():
        attribute_to(actor, decision)
        decision.save()
        _event(actor, decision, "add" if later else "create", note=decision.adjustment_reason)
    return decision


def edit_item(
    actor: Actor, decision: Decision, organisation: Organisation, *, title: str, **fields
) -> Decision:
    """Correct an item before its catalogue is published; afterwards only adjustments (with reasons)."""
    require(actor, Purpose.REVIEW, decision.catalogue.organisation)
    if decision.catalogue.is_published:
        raise ActionRefused(
            _("The catalogue is published: an item is changed only by an adjustment with its reason.")
        )
    fields.pop("reason", None)
    unknown = set(fields) - set(ITEM_FIELDS)
    if unknown:
        raise ActionRefused(
            _("These fields cannot be set here: %(fields)s") % {"fields": ", ".join(sorted(unknown))}
        )
    changed = {}
    for name, value in {"title": title, "organisation": organisation, **fields}.items():
        before = getattr(decision, name)
        if before != value:
            changed[name] = [str(before), str(value)]
            setattr(decision, name, value)
    if not changed:
        return decision
    decision.full_clean()
    with transaction.atomic():
        attribute_to(actor, decision)
        decision.save()
        _event(actor, decision, "edit", changed=changed)
    return decision


def _adjust(actor: Actor, decision: Decision, name: str, reason: str, *, adjusted_on, into=None) -> Decision:
    transition = DECISION_WORKFLOW.check(
        actor, name, state=decision.status, organisation=decision.organisation, events=decision.events.all()
    )
    require(actor, Purpose.REVIEW, decision.catalogue.organisation)
    rules.check_adjustment_reason(reason)
    adjusted_on = adjusted_on or local_today()
    rules.check_adjustment_date(decision.catalogue, adjusted_on)
    if name == "merge":
        rules.check_merge(decision, into)
    with transaction.atomic():
        decision.status = transition.target
        decision.merged_into = into
        decision.adjustment_reason = reason.strip()
        decision.adjusted_on = adjusted_on or local_today()
        attribute_to(actor, decision)
        decision.save()
        _event(
            actor,
            decision,
            transition.name,
            note=decision.adjustment_reason,
            into=into.pk if into is not None else None,
        )
    return decision


def merge_item(
    actor: Actor, decision: Decision, *, into: Decision, reason: str, adjusted_on: dt.date | None = None
) -> Decision:
    return _adjust(actor, decision, "merge", reason, adjusted_on=adjusted_on, into=into)


def remove_item(
    actor: Actor, decision: Decision, *, reason: str, adjusted_on: dt.date | None = None
) -> Decision:
    return _adjust(actor, decision, "remove", reason, adjusted_on=adjusted_on)


def record_procedure(
    actor: Actor,
    decision: Decision,
    *,
    kind: str,
    started_on: dt.date,
    ended_on: dt.date,
    documents: str,
    outcome: str,
    short_period_reason: str = "",
    today: dt.date | None = None,
    proxy_reason: str = "",
) -> Procedure:
    """A procedure with its outcome, in one step (public participation only once its period has closed)."""
    proxy = unit_step(actor, decision.organisation, step=_("record a procedure"), proxy_reason=proxy_reason)
    rules.check_procedure(
        decision,
        kind=kind,
        started_on=started_on,
        ended_on=ended_on,
        documents=documents,
        outcome=outcome,
        short_period_reason=short_period_reason,
        today=today or local_today(),
    )
    procedure = Procedure(
        decision=decision,
        kind=kind,
        started_on=started_on,
        ended_on=ended_on,
        documents=documents.strip(),
        outcome=outcome.strip(),
        short_period_reason=short_period_reason.strip(),
    )
    procedure.full_clean()
    with transaction.atomic():
        attribute_to(actor, procedure)
        procedure.save()
        _event(actor, decision, "procedure", note=procedure.outcome, kind=kind, **proxy)
    return procedure


def open_comment_call(
    actor: Actor,
    decision: Decision,
    *,
    started_on: dt.date,
    ended_on: dt.date,
    documents: str,
    how_to_comment: str,
    short_period_reason: str = "",
    today: dt.date | None = None,
    proxy_reason: str = "",
) -> Procedure:
    """Open the call for public comment (征求意见): public participation held, outcome to come.

    The portal lists the call from ``started_on`` to ``ended_on``; ``record_comment_outcome``
    closes it once the period is over.
    """
    proxy = unit_step(
        actor, decision.organisation, step=_("open a call for comment"), proxy_reason=proxy_reason
    )
    rules.check_open_call(
        decision,
        started_on=started_on,
        ended_on=ended_on,
        documents=documents,
        how_to_comment=how_to_comment,
        short_period_reason=short_period_reason,
        today=today or local_today(),
    )
    call = Procedure(
        decision=decision,
        kind=ProcedureKind.PUBLIC_PARTICIPATION,
        started_on=started_on,
        ended_on=ended_on,
        documents=documents.strip(),
        outcome="",
        how_to_comment=how_to_comment.strip(),
        short_period_reason=short_period_reason.strip(),
    )
    call.full_clean()
    with transaction.atomic():
        attribute_to(actor, call)
        call.save()
        _event(
            actor,
            decision,
            "call_open",
            note=call.how_to_comment,
            started_on=started_on.isoformat(),
            ended_on=ended_on.isoformat(),
            **proxy,
        )
    return call


def record_comment_outcome(
    actor: Actor,
    decision: Decision,
    *,
    outcome: str,
    documents: str = "",
    today: dt.date | None = None,
    proxy_reason: str = "",
) -> Procedure:
    """Record how the comments of a closed call were taken up (意见采纳情况); ``documents`` are added lines."""
    proxy = unit_step(
        actor, decision.organisation, step=_("record the outcome of the call"), proxy_reason=proxy_reason
    )
    call = decision.procedures.filter(kind=ProcedureKind.PUBLIC_PARTICIPATION).first()
    if call is None:
        raise ActionRefused(_("There is no call for comment waiting for its outcome."))
    rules.check_call_outcome(call, outcome=outcome, today=today or local_today())
    with transaction.atomic():
        call.outcome = outcome.strip()
        if documents.strip():
            call.documents = f"{call.documents}\n{documents.strip()}"
        call.full_clean()
        attribute_to(actor, call)
        call.save()
        _event(actor, decision, "call_outcome", note=call.outcome, added_documents=documents.strip(), **proxy)
    return call


def take_decision(
    actor: Actor,
    decision: Decision,
    *,
    taken_on: dt.date,
    decision_document: str = "",
    today: dt.date | None = None,
    proxy_reason: str = "",
) -> Decision:
    """Record the decision as taken; refused, naming them, while a required procedure is missing."""
    today = today or local_today()
    transition = DECISION_WORKFLOW.check(
        actor, "take", state=decision.status, organisation=decision.organisation, proxy_reason=proxy_reason
    )
    rules.check_take(decision, taken_on, today)
    with transaction.atomic():
        decision.status = transition.target
        decision.taken_on = taken_on
        decision.decision_document = decision_document.strip()
        attribute_to(actor, decision)
        decision.save()
        _event(actor, decision, transition.name, document=decision.decision_document, **transition.data)
        reviewers = office_reviewers(decision.organisation.region_code)
        after_commit(
            notices.send,
            reviewers,
            _("Major decision taken: %(title)s") % {"title": decision.title},
            decision.get_absolute_url(),
        )
    return decision


def record_hearing(
    actor: Actor,
    decision: Decision,
    *,
    held_on: dt.date,
    place: str,
    presiding_officer: str,
    participants: int,
    record,
    opinions_adopted: str,
    today: dt.date | None = None,
    proxy_reason: str = "",
) -> Hearing:
    """The hearing (听证会) of an item marked for one, with its record (听证笔录).

    ``record`` must have passed ``core.uploads.check_upload`` with ``rules.ARCHIVE_FILE_KINDS``
    (the form does it); it is stored only once the hearing is allowed.
    """
    proxy = unit_step(actor, decision.organisation, step=_("record the hearing"), proxy_reason=proxy_reason)
    rules.check_hearing(
        decision,
        held_on=held_on,
        participants=participants,
        opinions_adopted=opinions_adopted,
        today=today or local_today(),
    )
    if record is None:
        raise ActionRefused(_("Attach the hearing record."), field="record")
    hearing = Hearing(
        decision=decision,
        held_on=held_on,
        place=place.strip(),
        presiding_officer=presiding_officer.strip(),
        participants=participants,
        opinions_adopted=opinions_adopted.strip(),
    )
    hearing.full_clean(exclude=["record"])
    with transaction.atomic():
        hearing.record.save(upload_name(decision.organisation, record.name), record, save=False)
        attribute_to(actor, hearing)
        hearing.save()
        _event(
            actor,
            decision,
            "hearing",
            note=hearing.opinions_adopted,
            held_on=held_on.isoformat(),
            participants=participants,
            file=record.name[:200],
            bytes=record.size,
            **proxy,
        )
    return hearing


def archive_document(
    actor: Actor,
    decision: Decision,
    *,
    dated_on: dt.date,
    title: str,
    reference: str = "",
    file=None,
    proxy_reason: str = "",
) -> ArchiveDocument:
    """Put a document in the archive, with the document itself when given.

    ``file`` must have passed ``core.uploads.check_upload`` with ``rules.ARCHIVE_FILE_KINDS``
    (the form does it); it is stored only once the record is allowed.
    """
    proxy = unit_step(actor, decision.organisation, step=_("archive a document"), proxy_reason=proxy_reason)
    document = ArchiveDocument(
        decision=decision, dated_on=dated_on, title=title.strip(), reference=reference.strip()
    )
    document.full_clean()
    with transaction.atomic():
        if file is not None:
            document.file.save(upload_name(decision.organisation, file.name), file, save=False)
        attribute_to(actor, document)
        document.save()
        data = {"document": document.pk, **proxy}
        if file is not None:
            data.update(file=file.name[:200], bytes=file.size)
        _event(actor, decision, "document", note=document.title, **data)
    return document


def evaluate_decision(
    actor: Actor,
    decision: Decision,
    *,
    evaluated_on: dt.date,
    evaluator: str,
    conclusion: str,
    proxy_reason: str = "",
) -> DecisionEvaluation:
    proxy = unit_step(
        actor, decision.organisation, step=_("evaluate the decision"), proxy_reason=proxy_reason
    )
    if decision.status != "taken":
        raise ActionRefused(_("Only a decision that has been taken can be evaluated."))
    if decision.taken_on and evaluated_on < decision.taken_on:
        raise ActionRefused(_("The evaluation comes after the decision."), field="evaluated_on")
    evaluation = DecisionEvaluation(
        decision=decision,
        evaluated_on=evaluated_on,
        evaluator=evaluator.strip(),
        conclusion=conclusion.strip(),
    )
    evaluation.full_clean()
    with transaction.atomic():
        attribute_to(actor, evaluation)
        evaluation.save()
        _event(actor, decision, "evaluate", note=evaluation.conclusion, **proxy)
    return evaluation


def archive_in_order(decision: Decision) -> list[tuple]:
    """The full-process archive: procedures, documents, the decision and evaluations, by date.

    The last item of a row is the archived document holding a file, or None.
    """
    rows = [
        (p.started_on, str(p.get_kind_display()), p.documents, p.outcome, None)
        for p in decision.procedures.all()
    ]
    rows += [(d.dated_on, d.title, d.reference, "", d if d.file else None) for d in decision.archive.all()]
    hearing = getattr(decision, "hearing", None)
    if hearing is not None:
        rows.append((hearing.held_on, _("Hearing"), hearing.place, hearing.opinions_adopted, None))
    if decision.taken_on:
        rows.append((decision.taken_on, _("Decision"), decision.decision_document, "", None))
    rows += [
        (e.evaluated_on, _("Post-decision evaluation"), e.evaluator, e.conclusion, None)
        for e in decision.evaluations.all()
    ]
    return sorted(rows, key=lambda row: row[0])
