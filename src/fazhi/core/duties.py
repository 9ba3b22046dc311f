"""Separation of duties: a unit's steps are the unit's, and nobody approves a step he did.

Every step of a record is either the unit's (draft, submit, issue under its
number, file, rectify, report progress, self-assess) or the office's (pass,
accept, return, verify). Apps declare the side once: on each ``Transition`` of
their workflow (``side=Side.UNIT``) and, for steps outside the workflow that
are written as event rows of the same record, in the workflow's
``unit_steps``. The rule lives here and nowhere else:

- a unit's step is done by the unit's own people (an active filer or leader
  membership of that organisation, ``acts_for_unit``). The office reaches the
  unit's records too, but may do its step only as proxy entry (代为录入: the
  unit has no login yet), with a reason; the event row keeps the reason
  (``proxy_data``), and the record's page shows it;
- an office step is refused to whoever did, or entered by proxy, any unit
  step of the same record: found from the record's event rows in one query.

Actions call ``unit_step`` / ``office_step`` (the workflow's ``check`` does it
for declared transitions) before changing anything.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from django.utils.translation import gettext as _

from fazhi.core.actions import ActionRefused
from fazhi.core.scoping import Actor, Person, Purpose, Role, require, scope_of

# The event ``data`` keys of a proxy entry; the record page reads them (``Event.proxy_reason``).
PROXY_FOR = "proxy_for"
PROXY_REASON = "proxy_reason"


class Side(StrEnum):
    UNIT = "unit"  # the unit's own people do it
    OFFICE = "office"  # the office (or an evaluator) does it, never the one who did the unit's step


def acts_for_unit(user: Person, organisation, purpose: Purpose = Purpose.EDIT) -> bool:
    """Whether ``user`` holds ``purpose`` over ``organisation`` as one of its own people.

    A unit's filer or leader; and, for the organisation hosting the office (a
    justice bureau has its own tasks and documents), its office reviewers, who
    then may not approve what they did there (``office_step``).
    """
    if organisation is None:
        return False
    scope = scope_of(user)
    if organisation.pk in scope.own.get(purpose, ()):
        return True
    return (
        scope.allows(purpose, organisation)
        and user.memberships.filter(
            organisation=organisation, role=Role.OFFICE_REVIEWER, is_active=True
        ).exists()
    )


def unit_step(
    actor: Actor, organisation, *, step: str, purpose: Purpose = Purpose.EDIT, proxy_reason: str = ""
) -> dict:
    """Check a unit's step; return the event data it must record (empty unless by proxy).

    PermissionDenied when ``actor`` reaches ``organisation`` neither as its own
    person nor from above; ActionRefused when he reaches it from above (the
    office, a system administrator) without a proxy reason.
    """
    if acts_for_unit(actor, organisation, purpose):
        return {}
    require(actor, purpose, organisation)
    reason = (proxy_reason or "").strip()
    if not reason:
        raise ActionRefused(
            _(
                "To %(step)s is a step of %(unit)s, done by its own people. The office may enter it "
                "for the unit (代为录入) only when the unit cannot: tick proxy entry and give the reason."
            )
            % {"step": step, "unit": organisation.name},
            field=PROXY_REASON,
        )
    return proxy_data(organisation, reason)


def proxy_data(organisation, reason: str) -> dict:
    return {PROXY_FOR: organisation.name, PROXY_REASON: reason.strip()}


def office_step(
    actor: Actor,
    organisation,
    *,
    step: str,
    events,
    unit_verbs: Iterable[str],
    purpose: Purpose = Purpose.REVIEW,
) -> None:
    """Check an office step on a record whose event rows are ``events``.

    Refused when ``actor`` did, or entered by proxy, one of the record's unit
    steps (``unit_verbs``): another person must approve it.
    """
    require(actor, purpose, organisation)
    verbs = sorted(set(unit_verbs))
    if not verbs or not getattr(actor, "pk", None):
        return
    done = events.filter(actor=actor, verb__in=verbs).values_list("verb", flat=True).first()
    if done is not None:
        raise ActionRefused(
            _(
                "You cannot %(step)s: you did a step of the unit on this record yourself (%(done)s). "
                "Another person must %(step)s."
            )
            % {"step": step, "done": events.model(verb=done).verb_label}
        )


def require_note(note: str, step: str, field: str = "note") -> str:
    """The note an approval or verification must carry, stripped; ActionRefused when empty."""
    text = (note or "").strip()
    if not text:
        raise ActionRefused(
            _("To %(step)s needs a note saying what was checked.") % {"step": step}, field=field
        )
    return text
