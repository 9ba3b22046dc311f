"""Every change to scores goes through these functions (schemes: ``actions_schemes``).

Scores: a unit self-assesses its own sheet (EDIT) and its
leader submits it (SIGN_OFF); the office and evaluators review, judge and
deduct (SCORE); only the office finalises and publishes the ranking
(REVIEW). Evaluators score but edit no duty record and no indicator value.
Numbers come only from ``fazhi.indicators`` (preferred value per code).
"""

from __future__ import annotations

from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_update_with_history

from fazhi.assessment import guardrails, rules
from fazhi.assessment.actions_schemes import require_region
from fazhi.assessment.models import (
    ASSESSMENT_WORKFLOW,
    Assessment,
    AssessmentEvent,
    AssessmentScheme,
    AssessmentStatus,
    Deduction,
    ItemScore,
    RuleKind,
    SchemeStatus,
    ScoredItem,
)
from fazhi.catalog import indicators as catalog
from fazhi.core.actions import ActionRefused, attribute_to, record_event
from fazhi.core.duties import office_step, unit_step
from fazhi.core.providers import Period
from fazhi.core.scoping import Actor, Purpose, require
from fazhi.indicators.queries import preferred_values

MAX_REASON = 300


# --- scoring ------------------------------------------------------------------


def _reason(text: str, field: str = "reason") -> str:
    text = (text or "").strip()
    if not text:
        raise ActionRefused(_("Give a reason."), field=field)
    if len(text) > MAX_REASON:
        raise ActionRefused(_("The reason is longer than %(n)d characters.") % {"n": MAX_REASON}, field=field)
    return text


def _points_within(points, item: ScoredItem, field: str) -> Decimal:
    try:
        points = Decimal(str(points))
    except Exception:
        raise ActionRefused(_("Not a number: %(value)s") % {"value": points}, field=field) from None
    if not points.is_finite() or points < 0 or points > item.max_points:
        raise ActionRefused(
            _("Points lie between 0 and %(max)s.") % {"max": f"{item.max_points.normalize():f}"}, field=field
        )
    return rules.points(points)


def _open_for(score: ItemScore, states: set[str]) -> None:
    if score.assessment.status not in states:
        raise ActionRefused(
            _("This assessment is %(state)s; it cannot be changed now.")
            % {"state": score.assessment.get_status_display()}
        )


def self_assess(
    actor: Actor,
    score: ItemScore,
    *,
    points,
    note: str = "",
    evidence_url: str = "",
    evidence_text: str = "",
    proxy_reason: str = "",
) -> ItemScore:
    """The unit's own claim for one item, with its evidence; ``points=None`` leaves the item blank."""
    proxy = unit_step(actor, score.assessment.organisation, step=_("self-assess"), proxy_reason=proxy_reason)
    _open_for(score, {AssessmentStatus.SELF_ASSESSMENT})
    if points is not None and points != "":
        points = _points_within(points, score.item, "points")
    else:
        points = None
    if len(evidence_url) > 500:
        raise ActionRefused(_("The evidence link is too long."), field="evidence_url")
    if (
        points is not None
        and score.item.kind == RuleKind.JUDGED
        and not (evidence_url.strip() or evidence_text.strip())
    ):
        raise ActionRefused(
            _("A judged item needs evidence: a link or a description."), field="evidence_text"
        )
    with transaction.atomic():
        score.self_points, score.self_note = points, note.strip()
        score.evidence_url, score.evidence_text = evidence_url.strip(), evidence_text.strip()
        attribute_to(actor, score)
        score.save()
        record_event(
            AssessmentEvent,
            actor=actor,
            verb="self_assess",
            scheme=score.assessment.scheme,
            assessment=score.assessment,
            data={"item": score.item.number, "points": "" if points is None else str(points), **proxy},
        )
    return score


class SelfAssessmentRefused(ActionRefused):
    """Some items of a sheet were refused; ``errors`` maps (score id, field) to the message."""

    def __init__(self, errors: dict[tuple[int, str], str]):
        super().__init__(
            _("Nothing was saved: %(n)d items need correcting (marked below).") % {"n": len(errors)}
        )
        self.errors = errors


def _unchanged(score: ItemScore, values: dict) -> bool:
    points = values.get("points")
    return (
        (None if points in (None, "") else Decimal(str(points))) == score.self_points
        and (values.get("note") or "").strip() == score.self_note
        and (values.get("evidence_url") or "").strip() == score.evidence_url
        and (values.get("evidence_text") or "").strip() == score.evidence_text
    )


def save_self_assessment(
    actor: Actor, assessment: Assessment, entries: dict[int, dict], *, proxy_reason: str = ""
) -> int:
    """Save a whole sheet's self-assessment at once: every item or none; returns the items changed.

    Each changed item goes through ``self_assess`` (its rules, its event row);
    a refusal of any item rolls the whole sheet back and names every item
    refused. The sheet's save detects an edit made since the form was opened.
    """
    unit_step(actor, assessment.organisation, step=_("self-assess"), proxy_reason=proxy_reason)
    if assessment.status != AssessmentStatus.SELF_ASSESSMENT:
        raise ActionRefused(
            _("This assessment is %(state)s; it cannot be changed now.")
            % {"state": assessment.get_status_display()}
        )
    scores = assessment.scores.select_related("item", "assessment__scheme", "assessment__organisation")
    changed, errors = 0, {}
    with transaction.atomic():
        for score in scores.filter(pk__in=list(entries)):
            values = entries[score.pk]
            if _unchanged(score, values):
                continue
            try:
                self_assess(actor, score, proxy_reason=proxy_reason, **values)
            except ActionRefused as refusal:
                errors[(score.pk, refusal.field or "points")] = refusal.message
            else:
                changed += 1
        if errors:
            raise SelfAssessmentRefused(errors)
        attribute_to(actor, assessment)
        assessment.save(update_fields=["updated_at"])
    return changed


def transition(
    actor: Actor, assessment: Assessment, name: str, *, reason: str = "", confirmed: bool = False
) -> Assessment:
    """submit (unit leader) or return (office, with a reason).

    Submitting a sheet with blank items, and finalising one never
    self-assessed, needs ``confirmed=True`` (``guardrails``).
    """
    step = ASSESSMENT_WORKFLOW.check(
        actor,
        name,
        state=assessment.status,
        organisation=assessment.organisation,
        events=assessment.events.all(),
    )
    if name == "return":
        reason = _reason(reason)
    if name == "finalise":
        return finalise(actor, assessment, confirmed=confirmed)
    if name == "submit":
        guardrails.check_blank_items_confirmed(assessment, confirmed)
    with transaction.atomic():
        assessment.status = step.target
        attribute_to(actor, assessment)
        assessment.save(update_fields=["status", "updated_at"])
        record_event(
            AssessmentEvent,
            actor=actor,
            verb=step.name,
            scheme=assessment.scheme,
            assessment=assessment,
            note=reason,
        )
    return assessment


def _score_step(actor: Actor, score: ItemScore, step: str) -> None:
    """Scoring is the office's step: never by whoever self-assessed this unit, even by proxy."""
    office_step(
        actor,
        score.assessment.organisation,
        step=step,
        events=score.assessment.events.all(),
        unit_verbs=ASSESSMENT_WORKFLOW.unit_verbs,
        purpose=Purpose.SCORE,
    )


REVIEWABLE = {AssessmentStatus.SELF_ASSESSMENT, AssessmentStatus.SUBMITTED}


def judge(actor: Actor, score: ItemScore, *, passed: bool, reason: str) -> ItemScore:
    """A reviewer's yes/no on a judged item, with the reason (what the evidence showed)."""
    _score_step(actor, score, _("judge an item"))
    _open_for(score, REVIEWABLE)
    if score.item.kind != RuleKind.JUDGED:
        raise ActionRefused(
            _("Only a judged item takes a yes/no judgement; this one is computed from an indicator.")
        )
    reason = _reason(reason)
    with transaction.atomic():
        score.judged_passed, score.judgement_reason = bool(passed), reason
        attribute_to(actor, score)
        score.save()
        record_event(
            AssessmentEvent,
            actor=actor,
            verb="judge",
            scheme=score.assessment.scheme,
            assessment=score.assessment,
            note=reason,
            data={"item": score.item.number, "passed": bool(passed)},
        )
    return score


def adjust(actor: Actor, score: ItemScore, *, points, reason: str) -> ItemScore:
    """The office sets an item's points against the rule's (or clears it with points=None), with a reason."""
    _score_step(actor, score, _("adjust the points"))
    _open_for(score, REVIEWABLE)
    reason = _reason(reason)
    new = None if points in (None, "") else _points_within(points, score.item, "points")
    with transaction.atomic():
        old = score.adjusted_points
        score.adjusted_points, score.adjustment_reason = new, reason if new is not None else ""
        attribute_to(actor, score)
        score.save()
        record_event(
            AssessmentEvent,
            actor=actor,
            verb="review",
            scheme=score.assessment.scheme,
            assessment=score.assessment,
            note=reason,
            data={"item": score.item.number, "old": str(old), "new": str(new)},
        )
    return score


def deduct(actor: Actor, score: ItemScore, *, points, reason: str) -> Deduction:
    _score_step(actor, score, _("deduct points"))
    _open_for(score, REVIEWABLE)
    reason = _reason(reason)
    points = _points_within(points, score.item, "points")
    if points == 0:
        raise ActionRefused(_("A deduction takes off more than zero points."), field="points")
    with transaction.atomic():
        deduction = Deduction(score=score, points=points, reason=reason, entered_by=actor)
        attribute_to(actor, deduction)
        deduction.save()
        record_event(
            AssessmentEvent,
            actor=actor,
            verb="deduct",
            scheme=score.assessment.scheme,
            assessment=score.assessment,
            note=reason,
            data={"item": score.item.number, "points": str(points)},
        )
    return deduction


def _describe(value) -> str:
    text = f"{value.indicator_name} {value.display_value}"
    if value.parts:
        text += f"（{value.parts}）"
    if value.definition:
        text += _("; definition: %(definition)s") % {"definition": value.definition}
    return text + _("; source: %(source)s") % {"source": value.get_source_display()}


COMPUTED_FIELDS = ["computation", "indicator_value", "computed_points", "final_points", "updated_at"]


def _history_actor(actor: Actor):
    return actor if getattr(actor, "pk", None) else None


def compute(actor: Actor, assessment: Assessment) -> Assessment:
    """Score every item by its rule from the preferred indicator values, keeping how."""
    require(actor, Purpose.SCORE, assessment.organisation)
    if assessment.status == AssessmentStatus.FINAL:
        raise ActionRefused(_("This assessment is final."))
    scores = list(assessment.scores.select_related("item").prefetch_related("deductions"))
    codes = {score.item.indicator_code for score in scores if score.item.uses_indicator}
    period = Period.year(assessment.scheme.year)
    values = preferred_values([assessment.organisation_id], codes, period)
    now = timezone.now()
    with transaction.atomic():
        for score in scores:
            value = values.get((assessment.organisation_id, score.item.indicator_code))
            if score.item.uses_indicator:
                outcome = rules.evaluate(score.item.rule, value=None if value is None else value.value)
                indicator = catalog.get(score.item.indicator_code)
                described = (
                    _describe(value)
                    if value
                    else _("%(period)s: no value of %(code)s")
                    % {
                        "period": period.label,
                        "code": indicator.name if indicator else score.item.indicator_code,
                    }
                )
                score.computation = f"{described}。{outcome.explanation}"
                score.indicator_value = value
            else:
                outcome = rules.evaluate(score.item.rule, passed=score.judged_passed)
                score.computation = outcome.explanation + (
                    f"（{score.judgement_reason}）" if score.judgement_reason else ""
                )
            score.computed_points = outcome.points
            score.final_points = rules.item_points(
                outcome.points,
                max_points=score.item.max_points,
                adjusted=score.adjusted_points,
                deductions=[d.points for d in score.deductions.all()],
                cap=score.item.cap,
            )
            score.updated_at = now
        attribute_to(actor, *scores)
        # One UPDATE and one history INSERT for the sheet, not two queries per item:
        # the office finalises 30-odd sheets in one request.
        bulk_update_with_history(scores, ItemScore, COMPUTED_FIELDS, default_user=_history_actor(actor))
        record_event(
            AssessmentEvent, actor=actor, verb="compute", scheme=assessment.scheme, assessment=assessment
        )
    return assessment


def total_of(assessment: Assessment) -> Decimal:
    by_area: dict[int, list] = {}
    caps = {}
    for score in assessment.scores.select_related("item__area"):
        by_area.setdefault(score.item.area_id, []).append(score.final_points or 0)
        caps[score.item.area_id] = score.item.area.cap
    return rules.points(sum((rules.area_points(p, caps[a]) for a, p in by_area.items()), Decimal(0)))


def finalise(actor: Actor, assessment: Assessment, *, confirmed: bool = False) -> Assessment:
    step = ASSESSMENT_WORKFLOW.check(
        actor,
        "finalise",
        state=assessment.status,
        organisation=assessment.organisation,
        events=assessment.events.all(),
    )
    guardrails.check_self_assessed_confirmed(assessment, confirmed)
    with transaction.atomic():
        compute(actor, assessment)
        assessment.total = total_of(assessment)
        assessment.status = step.target
        attribute_to(actor, assessment)
        assessment.save(update_fields=["total", "status", "updated_at"])
        record_event(
            AssessmentEvent,
            actor=actor,
            verb="finalise",
            scheme=assessment.scheme,
            assessment=assessment,
            data={"total": str(assessment.total)},
        )
    return assessment


def publish_ranking(actor: Actor, scheme: AssessmentScheme) -> AssessmentScheme:
    """Rank final scores within each group; only when every sheet is final.

    A sheet never self-assessed is left out of its group's ranking (rank
    empty), and the event names it with the reason.
    """
    require_region(actor, Purpose.REVIEW, scheme.region_code)
    if scheme.status != SchemeStatus.PUBLISHED:
        raise ActionRefused(_("Only a scheme in use can have its ranking published."))
    assessments = list(scheme.assessments.select_related("organisation"))
    if not assessments:
        raise ActionRefused(_("No assessments were opened under this scheme."))
    unfinished = [a for a in assessments if a.status != AssessmentStatus.FINAL]
    if unfinished:
        raise ActionRefused(
            _("%(n)d units are not final yet, e.g. %(name)s.")
            % {"n": len(unfinished), "name": unfinished[0].organisation.name}
        )
    left_out = guardrails.never_self_assessed(scheme.assessments.all())
    if len(left_out) == len(assessments):
        raise ActionRefused(_("No unit self-assessed under this scheme: there is nothing to rank."))
    with transaction.atomic():
        for group in {a.group for a in assessments}:
            members = [a for a in assessments if a.group == group and a.pk not in left_out]
            ranks = rules.rank({a.pk: a.total for a in members})
            for assessment in members:
                assessment.rank, assessment.group_size = ranks[assessment.pk], len(members)
                attribute_to(actor, assessment)
                assessment.save(update_fields=["rank", "group_size", "updated_at"])
        for assessment in assessments:
            if assessment.pk in left_out:
                assessment.rank = assessment.group_size = None
                attribute_to(actor, assessment)
                assessment.save(update_fields=["rank", "group_size", "updated_at"])
        scheme.status = SchemeStatus.CLOSED
        attribute_to(actor, scheme)
        scheme.save(update_fields=["status", "updated_at"])
        record_event(
            AssessmentEvent,
            actor=actor,
            verb="rank",
            scheme=scheme,
            data={
                "ranked": len(assessments) - len(left_out),
                "not_ranked": [
                    {"unit": a.organisation.name, "reason": guardrails.NOT_RANKED_REASON}
                    for a in assessments
                    if a.pk in left_out
                ],
                "at": timezone.now().isoformat(),
            },
        )
    return scheme
