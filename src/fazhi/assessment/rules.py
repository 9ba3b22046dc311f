"""Scoring rules as pure functions: a number (or a judgement) in, points out.

Nothing here touches the database, so every rule is tested on hand-computed
cases (tests/assessment/test_rules.py). Points are Decimals rounded half-up
to 0.01. A missing value scores nothing and says so: a unit that records no
number is not rewarded for it, and the feedback letter names the gap.

Rule kinds (``RuleKind`` in models):

- threshold: full points when the value reaches ``target`` (or stays at or
  below it when lower is better), else none.
- linear: full points at ``full_at`` (the target), none at ``zero_at``,
  straight line between (head-appearance rate ≥ 90% full marks, linear below).
- stepped: ``points_per_step`` lost for each whole ``step`` below ``target``
  ("每低10个百分点扣1分").
- deduction: ``per_occurrence`` lost for each counted occurrence (each lost
  lawsuit −2), at most ``cap``.
- judged: a reviewer says yes or no, with evidence.

After the rule, a reviewer may adjust the points (with a reason) and add
deductions (each with a reason); ``item_points`` applies them, the item's
deduction cap, and the item's maximum; ``area_points`` applies an area cap.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext as _

CENT = Decimal("0.01")
ZERO = Decimal(0)


def points(value) -> Decimal:
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def _n(value) -> str:
    """A number as people write it: 90, 85.5 (no trailing zeros)."""
    text = f"{Decimal(value).normalize():f}"
    return text


@dataclass(frozen=True)
class Outcome:
    points: Decimal
    max_points: Decimal
    explanation: str
    missing: bool = False

    @property
    def lost(self) -> Decimal:
        return self.max_points - self.points


def _missing(max_points) -> Outcome:
    return Outcome(ZERO, points(max_points), _("no value recorded, so no points"), missing=True)


def threshold(value, *, max_points, target, higher_is_better: bool = True) -> Outcome:
    if value is None:
        return _missing(max_points)
    value, target, max_points = Decimal(value), Decimal(target), points(max_points)
    met = value >= target if higher_is_better else value <= target
    condition = (_("at least %(target)s") if higher_is_better else _("at most %(target)s")) % {
        "target": _n(target)
    }
    if met:
        return Outcome(
            max_points,
            max_points,
            _("%(value)s meets the target (%(condition)s): full %(max)s points")
            % {"value": _n(value), "condition": condition, "max": _n(max_points)},
        )
    return Outcome(
        ZERO,
        max_points,
        _("%(value)s misses the target (%(condition)s): 0 points")
        % {"value": _n(value), "condition": condition},
    )


def linear(value, *, max_points, full_at, zero_at) -> Outcome:
    """Full points at ``full_at``, zero at ``zero_at``, linear between; either direction."""
    if value is None:
        return _missing(max_points)
    value, full_at, zero_at, max_points = (
        Decimal(value),
        Decimal(full_at),
        Decimal(zero_at),
        points(max_points),
    )
    if full_at == zero_at:
        raise ValueError("full_at and zero_at must differ")
    share = (value - zero_at) / (full_at - zero_at)
    share = min(Decimal(1), max(ZERO, share))
    result = points(max_points * share)
    return Outcome(
        result,
        max_points,
        _("%(value)s on a line from %(zero)s (0 points) to %(full)s (%(max)s points): %(points)s points")
        % {
            "value": _n(value),
            "zero": _n(zero_at),
            "full": _n(full_at),
            "max": _n(max_points),
            "points": _n(result),
        },
    )


def stepped(value, *, max_points, target, step, points_per_step) -> Outcome:
    """``points_per_step`` lost for each whole ``step`` the value falls short of ``target``."""
    if value is None:
        return _missing(max_points)
    value, target, step = Decimal(value), Decimal(target), Decimal(step)
    max_points, points_per_step = points(max_points), Decimal(points_per_step)
    if step <= 0:
        raise ValueError("step must be positive")
    shortfall = max(ZERO, target - value)
    steps = int(shortfall // step)
    result = max(ZERO, points(max_points - steps * points_per_step))
    return Outcome(
        result,
        max_points,
        _(
            "%(value)s is %(shortfall)s below %(target)s: %(steps)d whole steps of %(step)s × "
            "%(per_step)s points lost, %(points)s points"
        )
        % {
            "value": _n(value),
            "shortfall": _n(shortfall),
            "target": _n(target),
            "steps": steps,
            "step": _n(step),
            "per_step": _n(points_per_step),
            "points": _n(result),
        },
    )


def deduction(count, *, max_points, per_occurrence, cap=None) -> Outcome:
    """``per_occurrence`` lost per counted occurrence, at most ``cap`` (and never below zero)."""
    if count is None:
        return _missing(max_points)
    count, max_points, per_occurrence = Decimal(count), points(max_points), Decimal(per_occurrence)
    lost = count * per_occurrence
    capped = lost if cap is None else min(lost, Decimal(cap))
    capped = min(capped, max_points)
    result = points(max_points - capped)
    text = _("%(count)s occurrences × %(per)s points = %(lost)s points lost") % {
        "count": _n(count),
        "per": _n(per_occurrence),
        "lost": _n(lost),
    }
    if capped < lost:
        text += _(", capped at %(cap)s") % {"cap": _n(capped)}
    return Outcome(result, max_points, text + _(": %(points)s points") % {"points": _n(result)})


def judged(passed: bool | None, *, max_points) -> Outcome:
    max_points = points(max_points)
    if passed is None:
        return Outcome(ZERO, max_points, _("not judged yet, so no points"), missing=True)
    if passed:
        return Outcome(
            max_points,
            max_points,
            _("judged met by the reviewer: full %(max)s points") % {"max": _n(max_points)},
        )
    return Outcome(ZERO, max_points, _("judged not met by the reviewer: 0 points"))


@dataclass(frozen=True)
class ItemRule:
    """What a scored item says about how to score it (a plain copy of its fields)."""

    kind: str
    max_points: Decimal
    target: Decimal | None = None
    zero_at: Decimal | None = None
    step: Decimal | None = None
    points_per_step: Decimal | None = None
    cap: Decimal | None = None
    higher_is_better: bool = True


def check_rule(rule: ItemRule) -> list[str]:
    """What is wrong with an item's rule, in Chinese; empty when it can score."""
    problems = []
    if rule.max_points is None or Decimal(rule.max_points) <= 0:
        problems.append(_("The maximum points must be above zero."))
    needs = {
        "threshold": ("target",),
        "linear": ("target", "zero_at"),
        "stepped": ("target", "step", "points_per_step"),
        "deduction": ("points_per_step",),
        "judged": (),
    }.get(rule.kind)
    if needs is None:
        return [*problems, _("Unknown scoring method %(kind)s.") % {"kind": rule.kind}]
    labels = {
        "target": _("target"),
        "zero_at": _("zero-point value"),
        "step": _("step"),
        "points_per_step": _("points per step or occurrence"),
    }
    for name in needs:
        if getattr(rule, name) is None:
            problems.append(_("This scoring method needs the %(what)s.") % {"what": labels[name]})
    if rule.kind == "linear" and rule.target is not None and rule.target == rule.zero_at:
        problems.append(_("The full-point and zero-point values must differ."))
    if rule.kind == "stepped" and rule.step is not None and rule.step <= 0:
        problems.append(_("The step must be above zero."))
    if rule.cap is not None and rule.cap < 0:
        problems.append(_("The deduction cap cannot be negative."))
    return problems


def evaluate(rule: ItemRule, *, value=None, passed: bool | None = None) -> Outcome:
    """The rule's outcome for an indicator ``value`` (or a reviewer's ``passed`` for judged items)."""
    if rule.kind == "threshold":
        return threshold(
            value, max_points=rule.max_points, target=rule.target, higher_is_better=rule.higher_is_better
        )
    if rule.kind == "linear":
        return linear(value, max_points=rule.max_points, full_at=rule.target, zero_at=rule.zero_at)
    if rule.kind == "stepped":
        return stepped(
            value,
            max_points=rule.max_points,
            target=rule.target,
            step=rule.step,
            points_per_step=rule.points_per_step,
        )
    if rule.kind == "deduction":
        return deduction(value, max_points=rule.max_points, per_occurrence=rule.points_per_step, cap=rule.cap)
    if rule.kind == "judged":
        return judged(passed, max_points=rule.max_points)
    raise ValueError(f"unknown rule kind {rule.kind!r}")


def item_points(base: Decimal, *, max_points, adjusted=None, deductions: Iterable = (), cap=None) -> Decimal:
    """The item's final points: the reviewer's adjustment replaces the rule's points,
    deductions (at most ``cap`` in all) come off, and the result stays within 0..max."""
    start = Decimal(adjusted) if adjusted is not None else Decimal(base)
    taken = sum((Decimal(d) for d in deductions), ZERO)
    if cap is not None:
        taken = min(taken, Decimal(cap))
    return points(min(Decimal(max_points), max(ZERO, start - taken)))


def area_points(item_points_list: Iterable, cap=None) -> Decimal:
    total = sum((Decimal(p) for p in item_points_list), ZERO)
    return points(total if cap is None else min(total, Decimal(cap)))


def rank(scores: Mapping) -> dict:
    """Competition ranking, highest first: 95, 90, 90, 80 rank 1, 2, 2, 4."""
    ordered = sorted(scores.values(), reverse=True)
    return {key: 1 + ordered.index(score) for key, score in scores.items()}
