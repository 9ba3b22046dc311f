"""Every change to normative documents, filings, lists and clean-ups goes through here.

Each function: who may (``require`` / the workflow), what may (``rules``), the
change and its event row in one transaction, notices after commit. Views, the
API, the importer, the reminder command and the demo loader all call these.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.catalog import regions
from fazhi.core import notices
from fazhi.core.actions import ActionRefused, after_commit, attribute_to, lock, record_event
from fazhi.core.deadlines import local_today
from fazhi.core.duties import unit_step
from fazhi.core.scoping import Actor, Purpose, require, scope_of
from fazhi.core.uploads import upload_name
from fazhi.normdocs import rules
from fazhi.normdocs.checklist import DEFAULT_PROCEDURES, DEFAULT_PROHIBITED
from fazhi.normdocs.models import (
    DOCUMENT_FILING_WORKFLOW,
    DOCUMENT_WORKFLOW,
    ChecklistItem,
    ChecklistKind,
    DocumentStatus,
    Filing,
    IssuerListing,
    LegalityReview,
    NormativeDocument,
    NormativeDocumentEvent,
)
from fazhi.org.models import Organisation, members, office_reviewers
from fazhi.org.offices import office_of_region

EDITABLE_FIELDS = (
    "title",
    "drafting_notes",
    "is_market_related",
    "is_provisional",
    "comment_from",
    "comment_until",
)


def require_region(actor: Actor, purpose: Purpose, region_code: str) -> None:
    if not scope_of(actor).allows_region(purpose, region_code):
        raise PermissionDenied(_("You may not do this for this region."))


def document_event(actor: Actor, document, verb, note="", **data):
    record_event(NormativeDocumentEvent, actor=actor, verb=verb, note=note, data=data, document=document)


# --- the issuer lists and the checklist (the office) ----------------------------


def set_issuer_listing(
    actor: Actor, organisation: Organisation, *, listing: str, listed_on: dt.date, basis: str = ""
) -> IssuerListing:
    require(actor, Purpose.MANAGE, organisation)
    with transaction.atomic():
        entry = IssuerListing.objects.filter(organisation=organisation).first() or IssuerListing(
            organisation=organisation
        )
        entry.listing, entry.listed_on, entry.basis = listing, listed_on, basis
        entry.full_clean()
        attribute_to(actor, entry)
        entry.save()
    return entry


def checklist(region_code: str, *, active_only: bool = True):
    items = ChecklistItem.objects.filter(region_code=region_code)
    return items.filter(is_active=True) if active_only else items


def install_default_checklist(actor: Actor, region_code: str) -> int:
    """Give a region the default checklist if it has none yet; returns how many lines were added."""
    if ChecklistItem.objects.filter(region_code=region_code).exists():
        return 0
    rows = [(ChecklistKind.PROCEDURE, text) for text in DEFAULT_PROCEDURES]
    rows += [(ChecklistKind.PROHIBITED, text) for text in DEFAULT_PROHIBITED]
    with transaction.atomic():
        for order, (kind, text) in enumerate(rows, start=1):
            item = ChecklistItem(region_code=region_code, kind=kind, text=text, sort_order=order)
            attribute_to(actor, item)
            item.save()
    return len(rows)


def add_checklist_item(actor: Actor, region_code: str, *, kind: str, text: str) -> ChecklistItem:
    require_region(actor, Purpose.MANAGE, region_code)
    install_default_checklist(actor, region_code)
    item = ChecklistItem(
        region_code=region_code,
        kind=kind,
        text=text.strip(),
        sort_order=ChecklistItem.objects.filter(region_code=region_code).count() + 1,
    )
    item.full_clean()
    with transaction.atomic():
        attribute_to(actor, item)
        item.save()
    return item


def set_checklist_item_active(actor: Actor, item: ChecklistItem, active: bool) -> ChecklistItem:
    require_region(actor, Purpose.MANAGE, item.region_code)
    if item.is_active != active:
        with transaction.atomic():
            item.is_active = active
            attribute_to(actor, item)
            item.save(update_fields=["is_active", "updated_at"])
    return item


# --- drafting and legality review -----------------------------------------------


def create_document(
    actor: Actor, organisation: Organisation, *, title: str, proxy_reason: str = "", **fields
) -> NormativeDocument:
    proxy = unit_step(actor, organisation, step=_("draft a normative document"), proxy_reason=proxy_reason)
    rules.check_issuer(organisation)
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise ActionRefused(
            _("These fields cannot be set here: %(fields)s") % {"fields": ", ".join(sorted(unknown))}
        )
    document = NormativeDocument(organisation=organisation, title=title, **fields)
    document.full_clean()
    with transaction.atomic():
        attribute_to(actor, document)
        document.save()
        document_event(actor, document, "create", **proxy)
    return document


def update_document(
    actor: Actor, document: NormativeDocument, *, proxy_reason: str = "", **changes
) -> NormativeDocument:
    proxy = unit_step(actor, document.organisation, step=_("change the draft"), proxy_reason=proxy_reason)
    if document.status not in (DocumentStatus.DRAFT, DocumentStatus.RETURNED):
        raise ActionRefused(_("Only a draft or a returned draft can be changed."))
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ActionRefused(
            _("These fields cannot be set here: %(fields)s") % {"fields": ", ".join(sorted(unknown))}
        )
    changed = {}
    for name, value in changes.items():
        if getattr(document, name) != value:
            changed[name] = [str(getattr(document, name)), str(value)]
            setattr(document, name, value)
    if not changed:
        return document
    document.full_clean()
    with transaction.atomic():
        attribute_to(actor, document)
        document.save()
        document_event(actor, document, "update", changed=changed, **proxy)
    return document


def submit_for_review(
    actor: Actor, document: NormativeDocument, *, today: dt.date | None = None, proxy_reason: str = ""
) -> LegalityReview:
    today = today or local_today()
    transition = DOCUMENT_WORKFLOW.check(
        actor, "submit", state=document.status, organisation=document.organisation, proxy_reason=proxy_reason
    )
    rules.check_issuer(document.organisation)
    rules.check_comment_period(document)
    with transaction.atomic():
        review = LegalityReview(
            document=document,
            round=document.reviews.count() + 1,
            submitted_on=today,
            due_on=rules.review_deadline(today).due,
        )
        attribute_to(actor, review, document)
        review.save()
        document.status = transition.target
        document.save(update_fields=["status", "updated_at"])
        document_event(
            actor,
            document,
            transition.name,
            round=review.round,
            due_on=review.due_on.isoformat(),
            **transition.data,
        )
        reviewers = office_reviewers(document.organisation.region_code)
        after_commit(
            notices.send,
            reviewers,
            _("%(unit)s submitted a draft normative document for legality review: %(title)s")
            % {"unit": document.organisation.name, "title": document.title},
            document.get_absolute_url(),
        )
    return review


def current_review(document: NormativeDocument) -> LegalityReview | None:
    return document.reviews.filter(outcome="").order_by("-round").first()


def record_review(
    actor: Actor,
    document: NormativeDocument,
    *,
    outcome: str,
    answers: dict[str, bool],
    opinions: str = "",
    today: dt.date | None = None,
) -> LegalityReview:
    """The office's legality review: every checklist line answered, pass or return with opinions."""
    today = today or local_today()
    name = "pass_review" if outcome == "passed" else "return_review"
    transition = DOCUMENT_WORKFLOW.check(
        actor, name, state=document.status, organisation=document.organisation, events=document.events.all()
    )
    region_code = document.organisation.region_code
    install_default_checklist(actor, region_code)
    items = list(checklist(region_code))
    answers = {str(key): bool(value) for key, value in answers.items()}
    rules.check_review_answers(items, answers, outcome, opinions)
    review = current_review(document)
    if review is None:  # defensive: a draft in review always has an open round
        raise ActionRefused(_("This draft has no open legality review."))
    with transaction.atomic():
        review.outcome = outcome
        review.opinions = opinions.strip()
        review.reviewed_on = today
        review.answers = {
            str(item.pk): {"text": item.text, "kind": item.kind, "ok": answers[str(item.pk)]}
            for item in items
        }
        document.status = transition.target
        attribute_to(actor, review, document)
        review.save()
        document.save(update_fields=["status", "updated_at"])
        document_event(actor, document, transition.name, note=review.opinions, round=review.round)
        text = (
            _("Your draft passed the legality review: %(title)s")
            if outcome == "passed"
            else _("Your draft was returned with review opinions: %(title)s")
        ) % {"title": document.title}
        after_commit(notices.send, members(document.organisation), text, document.get_absolute_url())
    return review


# --- issue, filing, filing review -----------------------------------------------


def issue_document(
    actor: Actor,
    document: NormativeDocument,
    *,
    document_number: str,
    issued_on: dt.date,
    effective_on: dt.date | None = None,
    valid_until: dt.date | None = None,
    today: dt.date | None = None,
    official_text=None,
    proxy_reason: str = "",
    early_effect_reason: str = "",
) -> NormativeDocument:
    today = today or local_today()
    transition = DOCUMENT_WORKFLOW.check(
        actor, "issue", state=document.status, organisation=document.organisation, proxy_reason=proxy_reason
    )
    rules.check_issuer(document.organisation)
    effective_on = effective_on or rules.default_effective_on(issued_on)
    valid_until = valid_until or rules.longest_validity(effective_on, document.is_provisional)
    rules.check_issue(
        document,
        document_number=document_number,
        issued_on=issued_on,
        effective_on=effective_on,
        valid_until=valid_until,
        today=today,
        has_text=bool(document.official_text) or official_text is not None,
        early_effect_reason=early_effect_reason,
    )
    if (
        NormativeDocument.objects.filter(
            organisation=document.organisation, document_number=document_number.strip()
        )
        .exclude(pk=document.pk)
        .exists()
    ):
        raise ActionRefused(
            _("This document number is already used by another document of the issuer."),
            field="document_number",
        )
    with transaction.atomic():
        document.document_number = document_number.strip()
        document.issued_on, document.effective_on, document.valid_until = issued_on, effective_on, valid_until
        document.status = transition.target
        attribute_to(actor, document)
        document.save()
        due = rules.filing_deadline(issued_on)
        document_event(
            actor,
            document,
            transition.name,
            document_number=document.document_number,
            filing_due_on=due.due.isoformat(),
            **transition.data,
            **({"early_effect_reason": early_effect_reason.strip()} if early_effect_reason.strip() else {}),
        )
        if official_text is not None:
            _store_official_text(actor, document, official_text, transition.data)
    return document


def attach_official_text(
    actor: Actor, document: NormativeDocument, official_text, *, proxy_reason: str = ""
) -> NormativeDocument:
    """Attach (or replace) the document's text: the draft's while drafting, the official text once issued.

    ``official_text`` must have passed ``core.uploads.check_upload`` with ``rules.OFFICIAL_TEXT_KINDS``
    (the forms do it). A replaced file stays in storage: the history rows still name it.
    """
    proxy = unit_step(
        actor, document.organisation, step=_("attach the document's text"), proxy_reason=proxy_reason
    )
    rules.check_text_attachable(document)
    with transaction.atomic():
        _store_official_text(actor, document, official_text, proxy)
    return document


def _store_official_text(actor: Actor, document: NormativeDocument, upload, proxy: dict) -> None:
    replaced = bool(document.official_text)
    document.official_text.save(upload_name(document.organisation, upload.name), upload, save=False)
    attribute_to(actor, document)
    document.save(update_fields=["official_text", "updated_at"])
    document_event(
        actor,
        document,
        "attach_text",
        file=upload.name[:200],
        bytes=upload.size,
        replaced=replaced,
        status=document.status,
        **proxy,
    )


def filing_receiver(organisation: Organisation) -> Organisation | None:
    """Departments file with their own government's office; a government files with the office above."""
    region_code = organisation.region_code
    if organisation.kind == "government":
        region = regions.get(region_code)
        region_code = region.parent_code if region is not None else ""
    return office_of_region(region_code)


def file_document(
    actor: Actor,
    document: NormativeDocument,
    *,
    filed_on: dt.date,
    has_report: bool = True,
    has_text: bool = True,
    has_drafting_notes: bool = True,
    today: dt.date | None = None,
    proxy_reason: str = "",
) -> Filing:
    today = today or local_today()
    proxy = unit_step(actor, document.organisation, step=_("file the document"), proxy_reason=proxy_reason)
    if document.status != DocumentStatus.IN_FORCE:
        raise ActionRefused(_("Only an issued document in force is filed."))
    rules.check_filing(document, filed_on, today)
    rules.check_filing_enclosures(has_report, has_text, has_drafting_notes)
    receiver = filing_receiver(document.organisation)
    if receiver is None:
        raise ActionRefused(_("No rule-of-law office is registered to receive this filing."))
    with transaction.atomic():
        # Two filings sent at once: the second waits here, then finds the first.
        lock(document)
        if Filing.objects.filter(document=document).exists():
            raise ActionRefused(_("This document has already been filed."))
        filing = Filing(
            document=document,
            receiver=receiver,
            filed_on=filed_on,
            due_on=rules.filing_deadline(document.issued_on).due,
            review_due_on=rules.filing_review_deadline(filed_on).due,
            has_report=has_report,
            has_text=has_text,
            has_drafting_notes=has_drafting_notes,
        )
        attribute_to(actor, filing)
        filing.save()
        document_event(
            actor,
            document,
            "file",
            filed_on=filed_on.isoformat(),
            due_on=filing.due_on.isoformat(),
            on_time=filing.is_on_time,
            **proxy,
        )
        after_commit(
            notices.send,
            members(receiver),
            _("A normative document was filed for review: %(title)s") % {"title": document.title},
            document.get_absolute_url(),
        )
    return filing


def decide_filing(
    actor: Actor, filing: Filing, *, accept: bool, reasons: str = "", today: dt.date | None = None
) -> Filing:
    """The filing review (备案审查): accepted, or refused with reasons."""
    today = today or local_today()
    document = filing.document
    transition = DOCUMENT_FILING_WORKFLOW.check(
        actor,
        "accept_filing" if accept else "refuse_filing",
        state=filing.status,
        organisation=document.organisation,
        events=document.events.all(),
    )
    rules.check_filing_decision(accept, reasons, filing)
    with transaction.atomic():
        filing.status = transition.target
        filing.decided_on = today
        filing.reasons = reasons.strip()
        attribute_to(actor, filing)
        filing.save()
        document_event(actor, document, transition.name, note=filing.reasons)
        text = (_("Filing accepted: %(title)s") if accept else _("Filing refused: %(title)s")) % {
            "title": document.title
        }
        after_commit(notices.send, members(document.organisation), text, document.get_absolute_url())
    return filing


def register_issued_document(
    actor: Actor,
    organisation: Organisation,
    *,
    title: str,
    document_number: str,
    issued_on: dt.date,
    effective_on: dt.date | None = None,
    valid_until: dt.date | None = None,
    is_provisional: bool = False,
    today: dt.date | None = None,
) -> NormativeDocument:
    """Enter a document issued before the platform was in use (the existing register), in force."""
    today = today or local_today()
    require(actor, Purpose.EDIT, organisation)
    rules.check_issuer(organisation)
    effective_on = effective_on or rules.default_effective_on(issued_on)
    valid_until = valid_until or rules.longest_validity(effective_on, is_provisional)
    document = NormativeDocument(
        organisation=organisation, title=title, is_provisional=is_provisional, status=DocumentStatus.IN_FORCE
    )
    if valid_until <= effective_on or effective_on < issued_on or issued_on > today:
        raise ActionRefused(
            _("The dates do not fit: issued, then in force, then valid until."), field="valid_until"
        )
    if not document_number.strip():
        raise ActionRefused(_("The document number is required."), field="document_number")
    if NormativeDocument.objects.filter(
        organisation=organisation, document_number=document_number.strip()
    ).exists():
        raise ActionRefused(
            _("This document number is already used by another document of the issuer."),
            field="document_number",
        )
    document.document_number = document_number.strip()
    document.issued_on, document.effective_on, document.valid_until = issued_on, effective_on, valid_until
    document.full_clean()
    with transaction.atomic():
        attribute_to(actor, document)
        document.save()
        document_event(actor, document, "register", document_number=document.document_number)
    return document
