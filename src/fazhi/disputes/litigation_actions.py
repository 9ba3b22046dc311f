"""Every change to lawsuits, court hearings and court suggestions goes through here.

Responding to a lawsuit is the defendant's own duty: its people record it (the
office only as proxy entry, with the reason), and the addressee of a judicial or
procuratorial suggestion records its reply.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.core import dates
from fazhi.core.actions import ActionRefused, attribute_to, record_event
from fazhi.core.duties import unit_step
from fazhi.core.scoping import Actor
from fazhi.disputes.clocks import calendar_days
from fazhi.disputes.models import (
    CourtHearing,
    CourtSuggestion,
    CourtSuggestionEvent,
    Lawsuit,
    LawsuitEvent,
    LawsuitOutcome,
)
from fazhi.org.models import Organisation

# Courts and procuratorates ask for a reply within two months as a rule (人民检察院检察建议工作规定
# Art. 19; courts' suggestion letters); an individual letter may set another day.
SUGGESTION_REPLY_DAYS = 60


def register_lawsuit(
    actor: Actor,
    defendant: Organisation,
    *,
    court_case_number: str,
    court: str,
    plaintiff: str,
    subject: str,
    served_on: dt.date,
    court_instance: str = "first",
    proxy_reason: str = "",
) -> Lawsuit:
    proxy = unit_step(actor, defendant, step=_("register the lawsuit"), proxy_reason=proxy_reason)
    if not court_case_number.strip() or not court.strip():
        raise ActionRefused(_("Give the court and its case number."), field="court_case_number")
    dates.check_not_future(served_on, field="served_on", label=_("The day the complaint was served"))
    lawsuit = Lawsuit(
        defendant=defendant,
        court_case_number=court_case_number.strip(),
        court=court.strip(),
        plaintiff=plaintiff.strip(),
        subject=subject.strip(),
        served_on=served_on,
        court_instance=court_instance,
    )
    lawsuit.full_clean()
    with transaction.atomic():
        attribute_to(actor, lawsuit)
        lawsuit.save()
        record_event(LawsuitEvent, actor=actor, verb="register", lawsuit=lawsuit, data=proxy)
    return lawsuit


def check_hearing(notice_received_on, held_on, *, head_appeared, appeared_name, absence_reason, absence_note):
    dates.check_order(
        notice_received_on,
        held_on,
        field="held_on",
        message=_("The hearing cannot precede the court's notice."),
    )
    if not appeared_name.strip():
        raise ActionRefused(_("Name who appeared in court for the body."), field="appeared_name")
    if not head_appeared and not (absence_reason and absence_note.strip()):
        raise ActionRefused(
            _("When the head does not appear, give the reason and explain it."), field="absence_reason"
        )


def record_court_hearing(
    actor: Actor,
    lawsuit: Lawsuit,
    *,
    notice_received_on: dt.date,
    held_on: dt.date,
    head_appeared: bool,
    appeared_name: str,
    appeared_title: str = "",
    absence_reason: str = "",
    absence_note: str = "",
    proxy_reason: str = "",
) -> CourtHearing:
    proxy = unit_step(actor, lawsuit.defendant, step=_("record the court hearing"), proxy_reason=proxy_reason)
    check_hearing(
        notice_received_on,
        held_on,
        head_appeared=head_appeared,
        appeared_name=appeared_name,
        absence_reason=absence_reason,
        absence_note=absence_note,
    )
    hearing = CourtHearing(
        lawsuit=lawsuit,
        notice_received_on=notice_received_on,
        held_on=held_on,
        head_appeared=head_appeared,
        appeared_name=appeared_name.strip(),
        appeared_title=appeared_title.strip(),
        absence_reason="" if head_appeared else absence_reason,
        absence_note="" if head_appeared else absence_note.strip(),
    )
    with transaction.atomic():
        attribute_to(actor, hearing)
        hearing.save()
        record_event(
            LawsuitEvent,
            actor=actor,
            verb="hearing",
            lawsuit=lawsuit,
            data={"held_on": held_on.isoformat(), "head_appeared": head_appeared, **proxy},
        )
    return hearing


def close_lawsuit(
    actor: Actor,
    lawsuit: Lawsuit,
    *,
    outcome: str,
    closed_on: dt.date,
    resolved_substantively: bool = False,
    proxy_reason: str = "",
) -> Lawsuit:
    proxy = unit_step(actor, lawsuit.defendant, step=_("record the outcome"), proxy_reason=proxy_reason)
    if outcome not in LawsuitOutcome.values:
        raise ActionRefused(_("Choose how the case ends."), field="outcome")
    if lawsuit.outcome:
        raise ActionRefused(_("The case is closed."))
    dates.check_order(
        lawsuit.served_on,
        closed_on,
        field="closed_on",
        message=_("The case cannot close before it was served."),
    )
    dates.check_not_future(closed_on, field="closed_on", label=_("The closing day"))
    lawsuit.outcome = outcome
    lawsuit.closed_on = closed_on
    lawsuit.resolved_substantively = resolved_substantively
    with transaction.atomic():
        attribute_to(actor, lawsuit)
        lawsuit.save()
        record_event(
            LawsuitEvent, actor=actor, verb="close", lawsuit=lawsuit, data={"outcome": outcome, **proxy}
        )
    return lawsuit


def receive_suggestion(
    actor: Actor,
    addressee: Organisation,
    *,
    kind: str,
    issuer: str,
    received_on: dt.date,
    content: str,
    reply_due_on: dt.date | None = None,
    lawsuit: Lawsuit | None = None,
    proxy_reason: str = "",
) -> CourtSuggestion:
    proxy = unit_step(actor, addressee, step=_("record the suggestion"), proxy_reason=proxy_reason)
    if not content.strip() or not issuer.strip():
        raise ActionRefused(_("Give the issuing court or procuratorate and the suggestion."), field="content")
    dates.check_not_future(received_on, field="received_on", label=_("The day of receipt"))
    due = reply_due_on or calendar_days(received_on, SUGGESTION_REPLY_DAYS).due
    dates.check_order(
        received_on, due, field="reply_due_on", message=_("The reply cannot be due before receipt.")
    )
    suggestion = CourtSuggestion(
        kind=kind,
        addressee=addressee,
        lawsuit=lawsuit,
        issuer=issuer.strip(),
        received_on=received_on,
        content=content.strip(),
        reply_due_on=due,
    )
    suggestion.full_clean()
    with transaction.atomic():
        attribute_to(actor, suggestion)
        suggestion.save()
        record_event(
            CourtSuggestionEvent,
            actor=actor,
            verb="receive",
            court_suggestion=suggestion,
            data={"due": due.isoformat(), **proxy},
        )
        if lawsuit is not None:
            record_event(LawsuitEvent, actor=actor, verb="suggestion", lawsuit=lawsuit, data=proxy)
    return suggestion


def reply_to_suggestion(
    actor: Actor, suggestion: CourtSuggestion, *, replied_on: dt.date, reply: str, proxy_reason: str = ""
) -> CourtSuggestion:
    proxy = unit_step(
        actor, suggestion.addressee, step=_("reply to the suggestion"), proxy_reason=proxy_reason
    )
    if suggestion.replied_on is not None:
        raise ActionRefused(_("The suggestion has been answered already."))
    if not reply.strip():
        raise ActionRefused(_("Say what the reply was."), field="reply")
    dates.check_order(
        suggestion.received_on,
        replied_on,
        field="replied_on",
        message=_("The reply cannot precede the receipt."),
    )
    suggestion.replied_on = replied_on
    suggestion.reply = reply.strip()
    on_time = replied_on <= suggestion.reply_due_on
    with transaction.atomic():
        attribute_to(actor, suggestion)
        suggestion.save()
        record_event(
            CourtSuggestionEvent,
            actor=actor,
            verb="reply",
            court_suggestion=suggestion,
            data={"on_time": on_time, **proxy},
        )
    return suggestion
