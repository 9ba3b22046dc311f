"""Every change to engagements and participation records goes through here."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.core.actions import attribute_to, record_event
from fazhi.core.deadlines import local_today
from fazhi.core.duties import unit_step
from fazhi.core.scoping import Actor
from fazhi.counsel import rules
from fazhi.counsel.models import (
    COVERED_KINDS,
    ENGAGEMENT_WORKFLOW,
    Engagement,
    EngagementEvent,
    Participation,
)
from fazhi.org.models import Organisation


def engage(
    actor: Actor,
    organisation: Organisation,
    *,
    kind: str,
    provider_type: str,
    provider_name: str,
    starts_on: dt.date,
    ends_on: dt.date,
    lawyer_names: str = "",
    proxy_reason: str = "",
) -> Engagement:
    proxy = unit_step(actor, organisation, step=_("engage legal counsel"), proxy_reason=proxy_reason)
    rules.check_term(starts_on, ends_on)
    engagement = Engagement(
        organisation=organisation,
        kind=kind,
        provider_type=provider_type,
        provider_name=provider_name.strip(),
        lawyer_names=lawyer_names.strip(),
        starts_on=starts_on,
        ends_on=ends_on,
    )
    engagement.full_clean()
    with transaction.atomic():
        rules.check_not_duplicate(engagement)
        attribute_to(actor, engagement)
        engagement.save()
        record_event(EngagementEvent, actor=actor, verb="create", engagement=engagement, data=proxy)
    return engagement


def record_participation(
    actor: Actor,
    engagement: Engagement,
    *,
    kind: str,
    occurred_on: dt.date,
    subject: str,
    quantity: int = 1,
    proxy_reason: str = "",
) -> Participation:
    proxy = unit_step(
        actor, engagement.organisation, step=_("record participation"), proxy_reason=proxy_reason
    )
    rules.check_participation(engagement, occurred_on, quantity, subject)
    participation = Participation(
        engagement=engagement, kind=kind, occurred_on=occurred_on, subject=subject.strip(), quantity=quantity
    )
    participation.full_clean()
    with transaction.atomic():
        attribute_to(actor, participation)
        participation.save()
        record_event(
            EngagementEvent,
            actor=actor,
            verb="participate",
            engagement=engagement,
            note=participation.subject,
            data={"kind": kind, "quantity": quantity, **proxy},
        )
    return participation


def end_engagement(
    actor: Actor,
    engagement: Engagement,
    *,
    ended_on: dt.date | None = None,
    reason: str,
    proxy_reason: str = "",
) -> Engagement:
    transition = ENGAGEMENT_WORKFLOW.check(
        actor, "end", state=engagement.status, organisation=engagement.organisation, proxy_reason=proxy_reason
    )
    ended_on = ended_on or local_today()
    rules.check_end(engagement, ended_on, reason)
    with transaction.atomic():
        engagement.status = transition.target
        engagement.ended_on = ended_on
        attribute_to(actor, engagement)
        engagement.save()
        record_event(
            EngagementEvent,
            actor=actor,
            verb=transition.name,
            engagement=engagement,
            note=reason.strip(),
            data=transition.data,
        )
    return engagement


def coverage(organisations, on: dt.date) -> list[tuple[Organisation, list[Engagement]]]:
    """Each party or government organ among ``organisations`` with its engagements in force on ``on``."""
    units = list(
        organisations.filter(kind__in=COVERED_KINDS, is_active=True).order_by(
            "region_code", "sort_order", "id"
        )
    )
    engaged: dict[int, list[Engagement]] = {}
    for engagement in Engagement.objects.filter(
        organisation__in=units, starts_on__lte=on, ends_on__gte=on
    ).exclude(ended_on__lt=on):
        engaged.setdefault(engagement.organisation_id, []).append(engagement)
    return [(unit, engaged.get(unit.pk, [])) for unit in units]
