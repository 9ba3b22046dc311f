"""Every change to cases and what hangs on them: stages, legal review, publicity,
process records (appended to the body's hash chain) and crime transfers.

A case is the body's own record (a unit's step; the office only by proxy entry).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from fazhi.core import dates
from fazhi.core.actions import ActionRefused, attribute_to, record_event
from fazhi.core.deadlines import local_today
from fazhi.core.duties import unit_step
from fazhi.core.scoping import Actor
from fazhi.enforcement import chain, queries, rules
from fazhi.enforcement.models import (
    STAGE_DATE_FIELDS,
    STAGE_ORDER,
    Case,
    CaseType,
    CrimeTransfer,
    EnforcementBody,
    EnforcementEvent,
    Exemption,
    LegalReview,
    Officer,
    PoliceAnswer,
    ProcessRecord,
    Publicity,
    RecordKind,
    Stage,
)

# Decisions whose information is published (行政许可、行政处罚: 双公示).
PUBLISHED_TYPES = (CaseType.LICENCE, CaseType.PENALTY)


def _step(actor: Actor, body: EnforcementBody, step: str, proxy_reason: str) -> dict:
    return unit_step(actor, body.organisation, step=step, proxy_reason=proxy_reason)


def open_case(
    actor: Actor,
    body: EnforcementBody,
    *,
    number: str,
    case_type: str,
    title: str,
    party_name: str,
    filed_on: dt.date,
    officers: list[Officer],
    party_is_natural_person: bool = False,
    is_major: bool = False,
    is_on_the_spot: bool = False,
    coercive_measure: str = "",
    discretion_standard: str = "",
    power=None,
    proxy_reason: str = "",
) -> Case:
    """立案: refused unless at least two of the body's officers hold a valid certificate that day."""
    proxy = _step(actor, body, _("record a case"), proxy_reason)
    dates.check_date(filed_on, field="filed_on", label=_("The date of filing"))
    dates.check_not_future(filed_on, field="filed_on", label=_("The date of filing"))
    if Case.objects.filter(body=body, number=number.strip()).exists():
        raise ActionRefused(_("The body already has a case with this number."), field="number")
    annotated = list(
        queries.with_certification(Officer.objects.filter(pk__in=[o.pk for o in officers]), filed_on)
    )
    rules.check_officers(annotated, filed_on, body)
    if power is not None and power.body_id != body.pk:
        raise ActionRefused(_("The power belongs to another body."), field="power")
    case = Case(
        body=body,
        number=number.strip(),
        case_type=case_type,
        title=title.strip(),
        party_name=party_name.strip(),
        party_is_natural_person=party_is_natural_person,
        filed_on=filed_on,
        is_major=is_major,
        is_on_the_spot=is_on_the_spot,
        coercive_measure=coercive_measure,
        discretion_standard=discretion_standard.strip(),
        power=power,
    )
    case.full_clean()
    with transaction.atomic():
        attribute_to(actor, case)
        case.save()
        case.officers.set(annotated)
        record_event(
            EnforcementEvent, actor=actor, verb="create", body=body, case=case, note=case.number, data=proxy
        )
        _append(
            actor, case, Stage.FILED, RecordKind.TEXT, _("case filed"), content=f"{case.number}|{filed_on}"
        )
    return case


def advance(
    actor: Actor,
    case: Case,
    *,
    stage: str,
    on: dt.date,
    fine_amount: Decimal | None = None,
    confiscation_amount: Decimal | None = None,
    exemption: str | None = None,
    decision_summary: str = "",
    hearing_notified_on: dt.date | None = None,
    hearing_requested_on: dt.date | None = None,
    is_filed_for_record: bool | None = None,
    proxy_reason: str = "",
    today: dt.date | None = None,
) -> Case:
    """Record the next stage of a case with its date (立案 → 调查取证 → 审核 → 决定 → 送达 → 执行 → 结案)."""
    proxy = _step(actor, case.body, _("record a stage of a case"), proxy_reason)
    rules.check_stage_order(case, stage, on, STAGE_ORDER, today=today)
    if fine_amount is not None:
        case.fine_amount = fine_amount
    if confiscation_amount is not None:
        case.confiscation_amount = confiscation_amount
    if exemption is not None:
        case.exemption = exemption
    if is_filed_for_record is not None:
        case.is_filed_for_record = is_filed_for_record
    if hearing_notified_on is not None:
        case.hearing_notified_on = hearing_notified_on
    if hearing_requested_on is not None:
        if case.hearing_notified_on is None:
            raise ActionRefused(
                _("Record when the hearing rights were notified first."), field="hearing_requested_on"
            )
        dates.check_order(
            case.hearing_notified_on,
            hearing_requested_on,
            field="hearing_requested_on",
            message=_("A hearing is requested after the notice."),
        )
        case.hearing_requested_on = hearing_requested_on
    rules.check_decision(case, Exemption.values)
    if stage == Stage.DECIDED:
        rules.check_legal_review(case, case.legal_reviews.filter(passed=True).exists())
        rules.check_on_the_spot(case)
        case.decision_summary = decision_summary.strip() or case.decision_summary
    if stage == Stage.EXECUTED:
        has_video = case.process_records.filter(stage=Stage.EXECUTED, kind=RecordKind.VIDEO).exists()
        rules.check_video_record(case, has_video)
    case.stage = stage
    setattr(case, STAGE_DATE_FIELDS[stage], on)
    with transaction.atomic():
        attribute_to(actor, case)
        case.save()
        record_event(
            EnforcementEvent,
            actor=actor,
            verb="advance",
            body=case.body,
            case=case,
            note=Stage(stage).label,
            data={"stage": stage, "on": on.isoformat(), **proxy},
        )
        _append(
            actor, case, stage, RecordKind.TEXT, Stage(stage).label, content=f"{case.number}|{stage}|{on}"
        )
        if stage == Stage.DECIDED and case.case_type in PUBLISHED_TYPES and not case.exemption:
            Publicity.objects.create(case=case, due_on=rules.publicity_deadline(on).due)
    return case


def review_decision(
    actor: Actor,
    case: Case,
    *,
    situation: str,
    reviewer: Officer,
    reviewed_on: dt.date,
    passed: bool,
    opinion: str,
    proxy_reason: str = "",
) -> LegalReview:
    """Legal review of a major decision (Art. 58): a qualified reviewer of the body, before the decision."""
    proxy = _step(actor, case.body, _("record a legal review"), proxy_reason)
    if not case.is_major:
        raise ActionRefused(_("Only a major decision goes through legal review."), field="situation")
    if case.stage not in (Stage.INVESTIGATED, Stage.REVIEWED):
        raise ActionRefused(
            _("Legal review comes after the evidence and before the decision."), field="situation"
        )
    rules.check_reviewer(reviewer, case)
    dates.check_date(reviewed_on, field="reviewed_on", label=_("The date of the review"))
    dates.check_not_future(reviewed_on, field="reviewed_on", label=_("The date of the review"))
    if not opinion.strip():
        raise ActionRefused(_("Give the review's opinion."), field="opinion")
    review = LegalReview(
        case=case,
        situation=situation,
        reviewer=reviewer,
        reviewed_on=reviewed_on,
        passed=passed,
        opinion=opinion.strip(),
    )
    review.full_clean()
    with transaction.atomic():
        attribute_to(actor, review)
        review.save()
        record_event(
            EnforcementEvent,
            actor=actor,
            verb="review",
            body=case.body,
            case=case,
            note=review.opinion[:200],
            data={"passed": passed, **proxy},
        )
        _append(
            actor,
            case,
            Stage.REVIEWED,
            RecordKind.DOCUMENT,
            _("legal review"),
            content=f"{case.number}|{review.opinion}",
        )
    return review


def publish(
    actor: Actor, publicity: Publicity, *, published_on: dt.date, summary: str, proxy_reason: str = ""
) -> Publicity:
    """Publish a decision; the portal shows it for the display period, a natural person's name for less."""
    case = publicity.case
    proxy = _step(actor, case.body, _("publish a decision"), proxy_reason)
    if publicity.published_on:
        raise ActionRefused(_("The decision is published already."))
    dates.check_date(published_on, field="published_on", label=_("The date of publication"))
    dates.check_not_future(published_on, field="published_on", label=_("The date of publication"))
    dates.check_order(
        case.decided_on,
        published_on,
        field="published_on",
        message=_("A decision is published after it is made."),
    )
    if not summary.strip():
        raise ActionRefused(_("Give the text to publish."), field="summary")
    publicity.published_on = published_on
    publicity.summary = summary.strip()
    publicity.display_until = rules.years_after(published_on, rules.display_years())
    if case.party_is_natural_person:
        publicity.name_shown_until = rules.years_after(published_on, rules.natural_person_name_years())
    with transaction.atomic():
        attribute_to(actor, publicity)
        publicity.save()
        record_event(EnforcementEvent, actor=actor, verb="publish", body=case.body, case=case, data=proxy)
    return publicity


def order_withdrawal(
    actor: Actor, publicity: Publicity, *, changed_on: dt.date, reason: str, proxy_reason: str = ""
) -> Publicity:
    """The decision was changed, revoked or found void: withdraw within 3 working days (Art. 48)."""
    case = publicity.case
    proxy = _step(actor, case.body, _("withdraw a publication"), proxy_reason)
    if not publicity.published_on or publicity.withdrawn_on:
        raise ActionRefused(_("Only a published decision is withdrawn."))
    dates.check_date(changed_on, field="changed_on", label=_("The date"))
    if not reason.strip():
        raise ActionRefused(_("Give the reason."), field="reason")
    publicity.withdrawal_due_on = rules.withdrawal_deadline(changed_on).due
    publicity.withdrawal_reason = reason.strip()[:200]
    with transaction.atomic():
        attribute_to(actor, publicity)
        publicity.save()
        record_event(
            EnforcementEvent, actor=actor, verb="update", body=case.body, case=case, note=reason, data=proxy
        )
    return publicity


def withdraw(
    actor: Actor, publicity: Publicity, *, withdrawn_on: dt.date, proxy_reason: str = ""
) -> Publicity:
    case = publicity.case
    proxy = _step(actor, case.body, _("withdraw a publication"), proxy_reason)
    if not publicity.withdrawal_due_on or publicity.withdrawn_on:
        raise ActionRefused(_("Record why the publication is withdrawn first."))
    dates.check_not_future(withdrawn_on, field="withdrawn_on", label=_("The date"))
    publicity.withdrawn_on = withdrawn_on
    with transaction.atomic():
        attribute_to(actor, publicity)
        publicity.save()
        record_event(EnforcementEvent, actor=actor, verb="withdraw", body=case.body, case=case, data=proxy)
    return publicity


def _append(
    actor: Actor, case: Case, stage: str, kind: str, title: str, *, content: str, **fields
) -> ProcessRecord:
    record = ProcessRecord(
        body=case.body,
        case=case,
        stage=stage,
        kind=kind,
        title=str(title)[:200],
        content_hash=fields.pop("content_hash", None) or chain.content_hash_of_text(content),
        recorded_by=actor if getattr(actor, "pk", None) else None,
        **fields,
    )
    return chain.append(record)


def add_process_record(
    actor: Actor,
    case: Case,
    *,
    stage: str,
    kind: str,
    title: str,
    upload=None,
    content_hash: str = "",
    file_name: str = "",
    proxy_reason: str = "",
) -> ProcessRecord:
    """A document or audio/video record of a stage: the file itself, or only its hash when the media
    stay in the body's own store."""
    proxy = _step(actor, case.body, _("add a process record"), proxy_reason)
    if stage not in STAGE_ORDER:
        raise ActionRefused(_("Choose a stage."), field="stage")
    if not title.strip():
        raise ActionRefused(_("Give the record a title."), field="title")
    fields: dict = {}
    if upload is not None:
        fields.update(
            content_hash=chain.content_hash_of_file(upload), file=upload, file_name=upload.name[:200]
        )
    else:
        digest = content_hash.strip().lower()
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ActionRefused(
                _("Attach the file or give its SHA-256 hash (64 hex digits)."), field="content_hash"
            )
        fields.update(content_hash=digest, file_name=file_name.strip()[:200], held_by_body=True)
    with transaction.atomic():
        record = _append(actor, case, stage, kind, title.strip(), content="", **fields)
        record_event(
            EnforcementEvent,
            actor=actor,
            verb="record",
            body=case.body,
            case=case,
            note=record.title,
            data={"sequence": record.sequence, **proxy},
        )
    return record


def correct_process_record(
    actor: Actor, record: ProcessRecord, *, reason: str, content_hash: str = "", proxy_reason: str = ""
) -> ProcessRecord:
    """A correction is a new entry naming the one it corrects; the old entry stays as it was."""
    case = record.case
    proxy = _step(actor, record.body, _("add a process record"), proxy_reason)
    if not reason.strip():
        raise ActionRefused(_("Give the reason."), field="reason")
    with transaction.atomic():
        correction = chain.append(
            ProcessRecord(
                body=record.body,
                case=case,
                stage=record.stage,
                kind=RecordKind.CORRECTION,
                title=reason.strip()[:200],
                content_hash=content_hash.strip().lower() or chain.content_hash_of_text(reason.strip()),
                corrects=record,
                recorded_by=actor if getattr(actor, "pk", None) else None,
            )
        )
        record_event(
            EnforcementEvent,
            actor=actor,
            verb="record",
            body=record.body,
            case=case,
            note=reason.strip(),
            data={"sequence": correction.sequence, "corrects": record.sequence, **proxy},
        )
    return correction


# Transfers to criminal justice (行刑衔接) ---------------------------------------


def report_suspected_crime(
    actor: Actor, case: Case, *, reported_on: dt.date, proxy_reason: str = ""
) -> CrimeTransfer:
    proxy = _step(actor, case.body, _("record a crime transfer"), proxy_reason)
    dates.check_date(reported_on, field="reported_on", label=_("The date"))
    dates.check_not_future(reported_on, field="reported_on", label=_("The date"))
    transfer = CrimeTransfer(case=case, reported_on=reported_on)
    with transaction.atomic():
        attribute_to(actor, transfer)
        transfer.save()
        record_event(EnforcementEvent, actor=actor, verb="transfer", body=case.body, case=case, data=proxy)
    return transfer


def record_transfer(
    actor: Actor,
    transfer: CrimeTransfer,
    *,
    decided_on: dt.date | None = None,
    transferred_at: dt.datetime | None = None,
    police_answer: str | None = None,
    police_answered_on: dt.date | None = None,
    reconsideration_requested_on: dt.date | None = None,
    materials_handed_on: dt.date | None = None,
    procuratorate_suggestion: str | None = None,
    proxy_reason: str = "",
) -> CrimeTransfer:
    """The next facts of a transfer, in order; late steps are recorded and shown late, not refused."""
    case = transfer.case
    proxy = _step(actor, case.body, _("record a crime transfer"), proxy_reason)
    if decided_on is not None:
        dates.check_order(
            transfer.reported_on,
            decided_on,
            field="decided_on",
            message=_("The decision follows the report."),
        )
        transfer.decided_on = decided_on
    if transferred_at is not None:
        if transfer.decided_on is None:
            raise ActionRefused(_("Record the decision to transfer first."), field="transferred_at")
        if timezone.localdate(transferred_at) < transfer.decided_on:
            raise ActionRefused(_("The transfer follows the decision."), field="transferred_at")
        transfer.transferred_at = transferred_at
    if police_answer is not None:
        if transfer.transferred_at is None:
            raise ActionRefused(_("Record the transfer first."), field="police_answer")
        transfer.police_answer = police_answer
        transfer.police_answered_on = police_answered_on or local_today()
    if reconsideration_requested_on is not None:
        if transfer.police_answer != PoliceAnswer.NOT_FILED:
            raise ActionRefused(
                _("Reconsideration is asked only when the police did not file."),
                field="reconsideration_requested_on",
            )
        transfer.reconsideration_requested_on = reconsideration_requested_on
    if materials_handed_on is not None:
        transfer.materials_handed_on = materials_handed_on
    if procuratorate_suggestion is not None:
        transfer.procuratorate_suggestion = procuratorate_suggestion.strip()
    with transaction.atomic():
        attribute_to(actor, transfer)
        transfer.save()
        record_event(EnforcementEvent, actor=actor, verb="transfer", body=case.body, case=case, data=proxy)
    return transfer
