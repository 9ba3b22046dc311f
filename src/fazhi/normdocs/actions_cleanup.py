"""Documents in force over time: validity that ends, clean-up campaigns (清理) and evaluations (评估).

The office runs a campaign over its region and decides, document by document,
to keep, amend or repeal; a drafting unit records the evaluation of its own
document. Each step writes a ``NormativeDocumentEvent`` like the drafting and
filing steps in ``fazhi.normdocs.actions``.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.core.actions import ActionRefused, attribute_to
from fazhi.core.deadlines import local_today
from fazhi.core.duties import unit_step
from fazhi.core.scoping import Actor, Purpose, require
from fazhi.normdocs import rules
from fazhi.normdocs.actions import document_event
from fazhi.normdocs.models import (
    DOCUMENT_WORKFLOW,
    CleanupCampaign,
    CleanupDecision,
    CleanupOutcome,
    DocumentStatus,
    Evaluation,
    NormativeDocument,
)
from fazhi.org.models import Organisation


def lapse_expired(*, today: dt.date | None = None, actor=None) -> int:
    """Documents whose validity has ended are no longer in force (失效)."""
    today = today or local_today()
    count = 0
    for document in NormativeDocument.objects.filter(status=DocumentStatus.IN_FORCE, valid_until__lt=today):
        with transaction.atomic():
            document.status = DocumentStatus.EXPIRED
            document.ended_on = document.valid_until + dt.timedelta(days=1)
            attribute_to(actor, document)
            document.save(update_fields=["status", "ended_on", "updated_at"])
            document_event(actor, document, "expire", note=_("The validity period ended."))
        count += 1
    return count


def create_campaign(
    actor: Actor, organisation: Organisation, *, title: str, started_on: dt.date
) -> CleanupCampaign:
    require(actor, Purpose.REVIEW, organisation)
    campaign = CleanupCampaign(organisation=organisation, title=title, started_on=started_on)
    campaign.full_clean()
    with transaction.atomic():
        attribute_to(actor, campaign)
        campaign.save()
    return campaign


def close_campaign(actor: Actor, campaign: CleanupCampaign) -> CleanupCampaign:
    require(actor, Purpose.REVIEW, campaign.organisation)
    if campaign.is_open:
        with transaction.atomic():
            campaign.is_open = False
            attribute_to(actor, campaign)
            campaign.save(update_fields=["is_open", "updated_at"])
    return campaign


OUTCOME_TRANSITIONS = {
    CleanupOutcome.RETAIN: "retain",
    CleanupOutcome.AMEND: "amend",
    CleanupOutcome.ABOLISH: "abolish",
    CleanupOutcome.EXPIRE: "expire",
}


def decide_cleanup(
    actor: Actor,
    campaign: CleanupCampaign,
    document: NormativeDocument,
    *,
    outcome: str,
    reason: str = "",
    decided_on: dt.date | None = None,
) -> CleanupDecision:
    """Retain, amend, abolish or declare expired; the document's status (and the portal) follow."""
    decided_on = decided_on or local_today()
    require(actor, Purpose.REVIEW, campaign.organisation)
    transition = DOCUMENT_WORKFLOW.check(
        actor,
        OUTCOME_TRANSITIONS[CleanupOutcome(outcome)],
        state=document.status,
        organisation=document.organisation,
        events=document.events.all(),
    )
    rules.check_cleanup(campaign, document, decided_on)
    with transaction.atomic():
        decision = CleanupDecision(
            campaign=campaign,
            document=document,
            outcome=outcome,
            reason=reason.strip(),
            decided_on=decided_on,
        )
        attribute_to(actor, decision, document)
        decision.save()
        document.status = transition.target
        if outcome in (CleanupOutcome.ABOLISH, CleanupOutcome.EXPIRE):
            document.ended_on = decided_on
        document.save()
        document_event(actor, document, transition.name, note=decision.reason, campaign=campaign.title)
    return decision


def record_evaluation(
    actor: Actor,
    document: NormativeDocument,
    *,
    evaluated_on: dt.date,
    conclusion: str,
    summary: str,
    proxy_reason: str = "",
) -> Evaluation:
    proxy = unit_step(
        actor, document.organisation, step=_("evaluate the document"), proxy_reason=proxy_reason
    )
    if not document.is_published:
        raise ActionRefused(_("Only an issued document can be evaluated."))
    if not summary.strip():
        raise ActionRefused(_("Summarise the evaluation."), field="summary")
    evaluation = Evaluation(
        document=document, evaluated_on=evaluated_on, conclusion=conclusion, summary=summary.strip()
    )
    evaluation.full_clean()
    with transaction.atomic():
        attribute_to(actor, evaluation)
        evaluation.save()
        document_event(actor, document, "evaluate", note=evaluation.summary, conclusion=conclusion, **proxy)
    return evaluation
