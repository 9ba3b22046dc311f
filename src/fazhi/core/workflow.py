"""Explicit state transitions, each with the purpose (and so the roles) allowed.

An app declares its workflow once, next to its model::

    FILING_WORKFLOW = Workflow(FilingStatus, [
        Transition("submit", _("sign off and submit"), {DRAFT, RETURNED}, SUBMITTED, Purpose.SIGN_OFF),
        Transition("return", _("return"), {SUBMITTED}, RETURNED, Purpose.REVIEW),
        Transition("accept", _("accept"), {SUBMITTED}, ACCEPTED, Purpose.REVIEW),
    ])

and its actions use it::

    transition = FILING_WORKFLOW.check(actor, "return", state=filing.status, organisation=filing.organisation)
    ... rules for this transition (reasons given...) ...
    filing.status = transition.target
    record_event(FilingEvent, actor=actor, verb=transition.name, filing=filing, note=reasons)

An illegal transition is refused with a message saying why (the current
state, and the states it would be possible from); templates show only
``available(...)`` transitions as buttons.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.translation import gettext as _

from fazhi.core.actions import ActionRefused
from fazhi.core.scoping import Actor, Purpose, can, require


@dataclass(frozen=True)
class Transition:
    name: str  # a code; also the event row's verb
    label: str  # what the button says (lazy translation)
    sources: frozenset[str]
    target: str
    purpose: Purpose

    def __init__(self, name, label, sources: Iterable[str], target, purpose: Purpose):
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "label", label)
        object.__setattr__(self, "sources", frozenset(sources))
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "purpose", purpose)


class Workflow:
    def __init__(self, states, transitions: Iterable[Transition]):
        """``states`` is the model's TextChoices; every source and target must be one of them."""
        self.states = states
        self.transitions = {t.name: t for t in transitions}
        known = set(states.values)
        for transition in self.transitions.values():
            unknown = (transition.sources | {transition.target}) - known
            if unknown:
                raise ValueError(f"transition {transition.name!r} names unknown states {sorted(unknown)}")

    def _label(self, state: str) -> str:
        return str(dict(self.states.choices).get(state, state))

    def check(self, actor: Actor, name: str, *, state: str, organisation) -> Transition:
        """The transition, or PermissionDenied (who) / ActionRefused (when)."""
        transition = self.transitions[name]
        require(actor, transition.purpose, organisation)
        if state not in transition.sources:
            allowed = "、".join(self._label(s) for s in sorted(transition.sources))
            raise ActionRefused(
                _("Cannot %(action)s: the record is %(state)s; this is possible only when it is %(allowed)s.")
                % {"action": transition.label, "state": self._label(state), "allowed": allowed}
            )
        return transition

    def available(self, actor: Actor, *, state: str, organisation) -> list[Transition]:
        return [
            t for t in self.transitions.values() if state in t.sources and can(actor, t.purpose, organisation)
        ]
