"""What may be recorded about counsel. Pure checks; actions call them."""

from __future__ import annotations

import datetime as dt

from django.db.models import OuterRef, Subquery
from django.utils.translation import gettext as _

from fazhi.core import dates
from fazhi.core.actions import ActionRefused
from fazhi.counsel.models import Engagement, EngagementStatus


def check_term(starts_on: dt.date, ends_on: dt.date) -> None:
    dates.check_date(starts_on, field="starts_on", label=_("The start of the term"))
    dates.check_date(ends_on, field="ends_on", label=_("The end of the term"))
    if ends_on < starts_on:
        raise ActionRefused(_("The term ends before it starts."), field="ends_on")


def check_participation(
    engagement, occurred_on: dt.date, quantity: int, subject: str, today: dt.date | None = None
) -> None:
    if not subject.strip():
        raise ActionRefused(_("Say what the meeting, contract or opinion was."), field="subject")
    if quantity < 1:
        raise ActionRefused(_("The quantity is at least 1."), field="quantity")
    if not engagement.starts_on <= occurred_on <= engagement.last_day:
        raise ActionRefused(
            _("The date lies outside the engagement's term (%(start)s to %(end)s).")
            % {"start": engagement.starts_on.isoformat(), "end": engagement.last_day.isoformat()},
            field="occurred_on",
        )
    # Counsel is recorded once given: a term may run on into the future, a participation not.
    dates.check_not_future(
        occurred_on, field="occurred_on", label=_("The date of the participation"), today=today
    )


def check_end(engagement, ended_on: dt.date, reason: str) -> None:
    if not reason.strip():
        raise ActionRefused(_("Give the reason for ending the engagement early."), field="reason")
    if not engagement.starts_on <= ended_on <= engagement.ends_on:
        raise ActionRefused(_("The engagement ends within its term."), field="ended_on")


def check_not_duplicate(engagement) -> None:
    """The same unit, kind, provider and term entered twice (a double click, an import run again)."""
    same = Engagement.objects.filter(
        organisation_id=engagement.organisation_id,
        kind=engagement.kind,
        provider_name=engagement.provider_name,
        starts_on=engagement.starts_on,
        ends_on=engagement.ends_on,
    )
    if same.exists():
        raise ActionRefused(
            _("This engagement is recorded already (%(provider)s, %(start)s to %(end)s).")
            % {
                "provider": engagement.provider_name,
                "start": engagement.starts_on.isoformat(),
                "end": engagement.ends_on.isoformat(),
            },
            field="provider_name",
        )


# Engagements usually run for a year and lapse together: warn this many days ahead.
EXPIRY_WARNING_DAYS = 30


def expiring(engagements, today: dt.date):
    """Active engagements ending within ``EXPIRY_WARNING_DAYS`` whose unit has no later one of the
    same kind: when they lapse, the unit has no counsel of that kind."""
    # No later one of the same kind: the engagement ends on the last day the unit's active
    # engagements of that kind reach. Read from the (organisation, kind, status, ends_on) index,
    # one step per expiring engagement; an anti-join with every later engagement took 0.7 s
    # for a province's 20,000 (issue 18 §3).
    last_day = (
        Engagement.objects.filter(
            organisation_id=OuterRef("organisation_id"), kind=OuterRef("kind"), status=EngagementStatus.ACTIVE
        )
        .order_by("-ends_on")
        .values("ends_on")[:1]
    )
    return (
        engagements.filter(
            status=EngagementStatus.ACTIVE,
            ends_on__gte=today,
            ends_on__lte=today + dt.timedelta(days=EXPIRY_WARNING_DAYS),
        )
        .filter(ends_on__gte=Subquery(last_day))
        .order_by("ends_on", "id")
    )
