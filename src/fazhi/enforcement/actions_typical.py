"""Typical cases (典型案例): the office marks a reviewed or published case as typical with a
short summary, and unmarks it with a reason (the portal stops showing it; the case may be marked
again). A person who took one of the body's steps on the case does neither."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.core.actions import ActionRefused, attribute_to, lock, record_event
from fazhi.core.deadlines import local_today
from fazhi.core.duties import office_step
from fazhi.core.scoping import Actor
from fazhi.enforcement.actions_supervision import CASE_UNIT_VERBS
from fazhi.enforcement.models import Case, EnforcementEvent, TypicalCase
from fazhi.org.models import Organisation

SUMMARY_LIMIT = 1000
REASON_LIMIT = 500


def mark_typical(actor: Actor, office: Organisation, case: Case, *, title: str, summary: str) -> TypicalCase:
    office_step(
        actor,
        case.body.organisation,
        step=_("mark a typical case"),
        events=case.events.all(),
        unit_verbs=CASE_UNIT_VERBS,
    )
    if case.body.organisation.region_code != office.region_code:
        raise ActionRefused(_("The case belongs to another region."))
    publicity = getattr(case, "publicity", None)
    is_published = publicity is not None and publicity.published_on and not publicity.withdrawn_on
    if not is_published and not case.file_reviews.filter(score__isnull=False).exists():
        raise ActionRefused(
            _("Only a case whose file was reviewed or whose decision was published is typical.")
        )
    if TypicalCase.objects.filter(case=case).exists():
        raise ActionRefused(_("The case is a typical case already."))
    title, summary = title.strip(), summary.strip()
    if not title:
        raise ActionRefused(_("Give the typical case a title."), field="title")
    if not summary:
        raise ActionRefused(_("Summarise the case."), field="summary")
    if len(summary) > SUMMARY_LIMIT:
        raise ActionRefused(_("At most %(n)d characters.") % {"n": SUMMARY_LIMIT}, field="summary")
    typical = TypicalCase(
        case=case,
        office=office,
        region_code=office.region_code,
        title=title,
        summary=summary,
        marked_on=local_today(),
    )
    with transaction.atomic():
        attribute_to(actor, typical)
        typical.save()
        record_event(EnforcementEvent, actor=actor, verb="typical", body=case.body, case=case, note=title)
    return typical


def unmark_typical(actor: Actor, office: Organisation, typical: TypicalCase, *, reason: str) -> None:
    """Take the case off the typical cases: the row goes (its history keeps it), the event row keeps why.

    ``typical.version`` is the one the office's form showed: an unmark of a typical case someone
    changed meanwhile is refused.
    """
    case = typical.case
    office_step(
        actor,
        case.body.organisation,
        step=_("unmark a typical case"),
        events=case.events.all(),
        unit_verbs=CASE_UNIT_VERBS,
    )
    if typical.region_code != office.region_code:
        raise ActionRefused(_("The case belongs to another region."))
    reason = reason.strip()
    if not reason:
        raise ActionRefused(_("Say why the case is no longer a typical case."), field="reason")
    if len(reason) > REASON_LIMIT:
        raise ActionRefused(_("At most %(n)d characters.") % {"n": REASON_LIMIT}, field="reason")
    with transaction.atomic():
        lock(typical)
        attribute_to(actor, typical)
        typical.delete()
        record_event(
            EnforcementEvent,
            actor=actor,
            verb="untypical",
            body=case.body,
            case=case,
            note=reason,
            data={"title": typical.title},
        )
