"""Explicit state transitions, each with the purpose (and so the roles) allowed.

An app declares its workflow once, next to its model::

    FILING_WORKFLOW = Workflow(FilingStatus, [
        Transition("submit", _("sign off and submit"), {DRAFT, RETURNED}, SUBMITTED, Purpose.SIGN_OFF,
                   side=Side.UNIT),
        Transition("return", _("return"), {SUBMITTED}, RETURNED, Purpose.REVIEW, side=Side.OFFICE),
        Transition("accept", _("accept"), {SUBMITTED}, ACCEPTED, Purpose.REVIEW, side=Side.OFFICE),
    ], unit_steps={"upload"})

and its actions use it::

    step = FILING_WORKFLOW.check(actor, "return", state=filing.status, organisation=filing.organisation,
                                 events=filing.events.all())
    ... rules for this transition (reasons given...) ...
    filing.status = step.target
    record_event(FilingEvent, actor=actor, verb=step.name, filing=filing, note=reasons, data=step.data)

Each transition says whose step it is (``fazhi.core.duties``): a unit's step
takes ``proxy_reason`` when the office enters it for the unit, and ``step.data``
then carries the reason into the event row; an office step takes the record's
``events`` and is refused to whoever did one of its unit steps (the unit
transitions and ``unit_steps``, verbs written outside the workflow).

An illegal transition is refused with a message saying why (the current
state, and the states it would be possible from); templates show only
``available(...)`` transitions as buttons.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.translation import gettext as _

from fazhi.core import duties
from fazhi.core.actions import ActionRefused
from fazhi.core.duties import Side
from fazhi.core.scoping import Actor, Purpose, can, require


@dataclass(frozen=True)
class Transition:
    name: str  # a code; also the event row's verb
    label: str  # what the button says (lazy translation)
    sources: frozenset[str]
    target: str
    purpose: Purpose
    side: Side  # whose step it is: the unit's or the office's

    def __init__(self, name, label, sources: Iterable[str], target, purpose: Purpose, *, side: Side):
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "label", label)
        object.__setattr__(self, "sources", frozenset(sources))
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "purpose", purpose)
        object.__setattr__(self, "side", Side(side))


@dataclass(frozen=True)
class Step:
    """A transition ``check`` allowed, and the event data it must record (the proxy reason, if any)."""

    transition: Transition
    data: dict

    @property
    def name(self) -> str:
        return self.transition.name

    @property
    def target(self) -> str:
        return self.transition.target

    @property
    def label(self) -> str:
        return self.transition.label


class Workflow:
    def __init__(self, states, transitions: Iterable[Transition], *, unit_steps: Iterable[str] = ()):
        """``states`` is the model's TextChoices; every source and target must be one of them.

        ``unit_steps`` are the verbs of the unit's steps the record's event rows
        hold besides its unit transitions (drafting, changing, attaching a file).
        """
        self.states = states
        self.transitions = {t.name: t for t in transitions}
        self.unit_verbs = frozenset(unit_steps) | {
            t.name for t in self.transitions.values() if t.side is Side.UNIT
        }
        known = set(states.values)
        for transition in self.transitions.values():
            unknown = (transition.sources | {transition.target}) - known
            if unknown:
                raise ValueError(f"transition {transition.name!r} names unknown states {sorted(unknown)}")

    def _label(self, state: str) -> str:
        return str(dict(self.states.choices).get(state, state))

    def check(
        self, actor: Actor, name: str, *, state: str, organisation, proxy_reason: str = "", events=None
    ) -> Step:
        """The step, or PermissionDenied (who) / ActionRefused (when, or whose duty).

        A unit's transition takes ``proxy_reason`` when the office enters it for
        the unit; an office transition needs the record's ``events`` (a queryset).
        """
        transition = self.transitions[name]
        require(actor, transition.purpose, organisation)
        if state not in transition.sources:
            allowed = "、".join(self._label(s) for s in sorted(transition.sources))
            raise ActionRefused(
                _("Cannot %(action)s: the record is %(state)s; this is possible only when it is %(allowed)s.")
                % {"action": transition.label, "state": self._label(state), "allowed": allowed}
            )
        if transition.side is Side.UNIT:
            data = duties.unit_step(
                actor,
                organisation,
                step=str(transition.label),
                purpose=transition.purpose,
                proxy_reason=proxy_reason,
            )
            return Step(transition, data)
        if events is None:
            raise TypeError(f"the office step {name!r} needs the record's events")
        duties.office_step(
            actor,
            organisation,
            step=str(transition.label),
            events=events,
            unit_verbs=self.unit_verbs,
            purpose=transition.purpose,
        )
        return Step(transition, {})

    def available(self, actor: Actor, *, state: str, organisation) -> list[Transition]:
        return [
            t for t in self.transitions.values() if state in t.sources and can(actor, t.purpose, organisation)
        ]
