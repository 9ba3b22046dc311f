"""Every change to plans, draws and results goes through here; the list and pools' changes are in
``actions_pools`` and re-exported here."""

from __future__ import annotations

import datetime as dt
import secrets
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_update_with_history

from fazhi.core.actions import ActionRefused, attribute_to, record_event
from fazhi.core.deadlines import local_today
from fazhi.core.duties import unit_step
from fazhi.core.scoping import Actor
from fazhi.inspections import draws, rules
from fazhi.inspections.actions_pools import (  # re-exported: one door for every change
    ENTITY_FIELDS,
    MATTER_FIELDS,
    add_entities,
    add_inspector,
    add_matter,
    confirm_proxy_batch,
    declare_conflict,
    revise_matter,
    roster_providers,
    take_roster,
)
from fazhi.inspections.models import (
    Conflict,
    Draw,
    DrawStatus,
    Entity,
    InspectionEvent,
    Inspector,
    Plan,
    PlanStatus,
    Task,
)
from fazhi.org.models import Organisation


def _history_user(actor: Actor):
    return actor if getattr(actor, "pk", None) else None


def create_plan(
    actor: Actor,
    organisation: Organisation,
    *,
    title: str,
    matters,
    partners=(),
    category: str = "",
    risk_grades: str = "",
    sampling_percent: Decimal | None = None,
    raised_percent: Decimal | None = None,
    inspectors_per_object: int = 2,
    starts_on: dt.date,
    ends_on: dt.date,
    proxy_reason: str = "",
) -> Plan:
    proxy = unit_step(actor, organisation, step=_("make an inspection plan"), proxy_reason=proxy_reason)
    partners = [p for p in partners if p.pk != organisation.pk]
    sampling_percent = Decimal(
        sampling_percent if sampling_percent is not None else rules.minimum_sampling_percent()
    )
    raised_percent = Decimal(
        raised_percent
        if raised_percent is not None
        else max(rules.default_raised_percent(), sampling_percent)
    )
    matters = list(matters)
    if not title.strip():
        raise ActionRefused(_("Give the plan a title."), field="title")
    rules.check_plan(
        matters=matters,
        organisations={organisation.pk, *(p.pk for p in partners)},
        sampling_percent=sampling_percent,
        raised_percent=raised_percent,
        inspectors_per_object=inspectors_per_object,
        starts_on=starts_on,
        ends_on=ends_on,
    )
    plan = Plan(
        organisation=organisation,
        title=title.strip(),
        category=category.strip(),
        risk_grades=risk_grades,
        sampling_percent=sampling_percent,
        raised_percent=raised_percent,
        inspectors_per_object=inspectors_per_object,
        starts_on=starts_on,
        ends_on=ends_on,
    )
    with transaction.atomic():
        attribute_to(actor, plan)
        plan.save()
        plan.matters.set(matters)
        plan.partners.set(partners)
        record_event(InspectionEvent, actor=actor, verb="create", plan=plan, data=proxy)
    return plan


def _departments(plan: Plan) -> list[int]:
    return [plan.organisation_id, *plan.partners.values_list("pk", flat=True)]


def build_snapshot(plan: Plan, on: dt.date) -> draws.Snapshot:
    """The eligible entities and inspectors of ``plan`` today: a joint plan pools its departments'."""
    departments = _departments(plan)
    entities = Entity.objects.filter(organisation_id__in=departments, is_active=True)
    if plan.category:
        entities = entities.filter(category=plan.category)
    if plan.risk_grades:
        entities = entities.filter(risk_grade__in=plan.risk_grades.split(","))
    snapshot = draws.Snapshot(
        plan=plan.pk,
        title=plan.title,
        sampling_percent=f"{plan.sampling_percent:.2f}",
        raised_percent=f"{plan.raised_percent:.2f}",
        inspectors_per_object=plan.inspectors_per_object,
    )
    seen: set[str] = set()
    for code, name, grade, complaints, abnormal in entities.order_by(
        "credit_code", "organisation_id"
    ).values_list("credit_code", "name", "risk_grade", "has_complaints", "is_abnormal"):
        if code not in seen:  # the same entity in two departments' pools is drawn once
            seen.add(code)
            snapshot.entities.append(
                draws.SnapshotEntity(code, name, grade == "high" or complaints or abnormal)
            )
    inspectors = Inspector.objects.filter(organisation_id__in=departments, is_active=True).exclude(
        expires_on__lt=on
    )
    certificates: set[str] = set()
    for certificate, name in inspectors.order_by("certificate_number", "organisation_id").values_list(
        "certificate_number", "name"
    ):
        if certificate not in certificates:
            certificates.add(certificate)
            snapshot.inspectors.append(draws.SnapshotInspector(certificate, name))
    snapshot.conflicts = {
        (certificate, code)
        for certificate, code in Conflict.objects.filter(
            inspector__organisation_id__in=departments, entity__organisation_id__in=departments
        ).values_list("inspector__certificate_number", "entity__credit_code")
        if certificate in certificates and code in seen
    }
    return snapshot


def commit_draw(actor: Actor, plan: Plan, *, proxy_reason: str = "") -> Draw:
    """Freeze the snapshot and publish its hash with the commitment to a secret seed."""
    proxy = unit_step(
        actor, plan.organisation, step=_("draw for an inspection plan"), proxy_reason=proxy_reason
    )
    rules.check_no_live_draw(plan)
    snapshot = build_snapshot(plan, local_today())
    if not snapshot.entities:
        raise ActionRefused(_("No entity in the pools matches the plan."))
    try:
        draws.check_feasible(snapshot)
    except draws.DrawImpossible:
        raise ActionRefused(
            _("Too few inspectors in the pools for %(n)d per entity once recusals are set aside.")
            % {"n": plan.inspectors_per_object}
        ) from None
    text = draws.serialise_snapshot(snapshot)
    seed = secrets.token_hex(32)
    draw = Draw(
        plan=plan,
        is_joint=plan.is_joint,
        snapshot=text,
        snapshot_sha256=draws.sha256_hex(text),
        seed=seed,
        seed_commitment=draws.seed_commitment(seed),
        committed_at=timezone.now(),
        entity_count=len(snapshot.entities),
    )
    with transaction.atomic():
        Plan.objects.select_for_update().filter(pk=plan.pk).first()
        rules.check_no_live_draw(plan)
        attribute_to(actor, draw, plan)
        draw.save()
        plan.status = PlanStatus.COMMITTED
        plan.save()
        record_event(
            InspectionEvent,
            actor=actor,
            verb="commit",
            plan=plan,
            data={
                "draw": draw.pk,
                "snapshot_sha256": draw.snapshot_sha256,
                "seed_commitment": draw.seed_commitment,
                **proxy,
            },
        )
    return draw


def perform_draw(actor: Actor, draw: Draw, *, proxy_reason: str = "") -> Draw:
    """Reveal the seed, draw from the frozen snapshot, publish the result and make the tasks."""
    plan = draw.plan
    proxy = unit_step(
        actor, plan.organisation, step=_("draw for an inspection plan"), proxy_reason=proxy_reason
    )
    if draw.status != DrawStatus.COMMITTED:
        raise ActionRefused(_("This draw is not waiting to be drawn."))
    snapshot = draws.parse_snapshot(draw.snapshot, strict=False)  # the platform's own text
    tasks = draws.draw(snapshot, draw.seed)
    result = draws.serialise_result(draw.snapshot_sha256, draw.seed_commitment, tasks)
    departments = _departments(plan)
    entity_ids: dict[str, int] = {}
    for code, pk in (
        Entity.objects.filter(organisation_id__in=departments, credit_code__in=[t.code for t in tasks])
        .order_by("-organisation_id")
        .values_list("credit_code", "pk")
    ):
        entity_ids[code] = pk
    inspector_ids: dict[str, int] = {}
    for certificate, pk in (
        Inspector.objects.filter(organisation_id__in=departments)
        .order_by("-organisation_id")
        .values_list("certificate_number", "pk")
    ):
        inspector_ids[certificate] = pk
    with transaction.atomic():
        draw.status = DrawStatus.DRAWN
        draw.drawn_at = timezone.now()
        draw.drawn_on = local_today()
        draw.result = result
        draw.result_sha256 = draws.sha256_hex(result)
        attribute_to(actor, draw, plan)
        draw.save()
        plan.status = PlanStatus.DRAWN
        plan.save()
        made = Task.objects.bulk_create(
            [Task(draw=draw, position=t.position, entity_id=entity_ids[t.code]) for t in tasks],
            batch_size=2000,
        )
        Task.inspectors.through.objects.bulk_create(
            [
                Task.inspectors.through(task_id=task.pk, inspector_id=inspector_ids[certificate])
                for task, drawn in zip(made, tasks, strict=True)
                for certificate in drawn.inspectors
            ],
            batch_size=2000,
        )
        record_event(
            InspectionEvent,
            actor=actor,
            verb="draw",
            plan=plan,
            data={"draw": draw.pk, "seed": draw.seed, "tasks": len(tasks), **proxy},
        )
    return draw


def void_draw(actor: Actor, draw: Draw, *, reason: str, proxy_reason: str = "") -> Draw:
    """Void a draw, with a reason that stays public; only then may the plan be drawn again."""
    plan = draw.plan
    proxy = unit_step(actor, plan.organisation, step=_("void a draw"), proxy_reason=proxy_reason)
    rules.check_void(draw, reason)
    with transaction.atomic():
        draw.status = DrawStatus.VOIDED
        draw.void_reason = reason.strip()
        draw.voided_at = timezone.now()
        attribute_to(actor, draw, plan)
        draw.save()
        plan.status = PlanStatus.DRAFT
        plan.save()
        record_event(
            InspectionEvent,
            actor=actor,
            verb="void",
            plan=plan,
            note=draw.void_reason,
            data={"draw": draw.pk, **proxy},
        )
    return draw


def record_result(
    actor: Actor,
    task: Task,
    *,
    outcome: str,
    inspected_on: dt.date,
    findings: str = "",
    follow_up: str = "",
    proxy_reason: str = "",
) -> Task:
    plan = task.draw.plan
    proxy = unit_step(
        actor, plan.organisation, step=_("record an inspection result"), proxy_reason=proxy_reason
    )
    rules.check_result(task, outcome, inspected_on)
    with transaction.atomic():
        task.outcome = outcome
        task.inspected_on = inspected_on
        task.findings = findings.strip()
        task.follow_up = follow_up.strip()
        task.full_clean()
        attribute_to(actor, task)
        task.save()
        record_event(
            InspectionEvent,
            actor=actor,
            verb="result",
            plan=plan,
            note=task.entity.name,
            data={"task": task.pk, "outcome": outcome, **proxy},
        )
    return task


def publish_results(
    actor: Actor, plan: Plan, *, published_on: dt.date | None = None, proxy_reason: str = ""
) -> int:
    """Publish every recorded, unpublished result of the plan's valid draw (一公开)."""
    proxy = unit_step(
        actor, plan.organisation, step=_("publish inspection results"), proxy_reason=proxy_reason
    )
    published_on = published_on or local_today()
    waiting = list(
        Task.objects.filter(draw__plan=plan, draw__status=DrawStatus.DRAWN, published_on=None).exclude(
            outcome=""
        )
    )
    rules.check_publication(waiting, published_on)
    with transaction.atomic():
        now = timezone.now()
        for task in waiting:
            task.published_on = published_on
            task.updated_at = now
        bulk_update_with_history(
            waiting, Task, ["published_on", "updated_at"], batch_size=2000, default_user=_history_user(actor)
        )
        record_event(
            InspectionEvent, actor=actor, verb="publish", plan=plan, data={"count": len(waiting), **proxy}
        )
    return len(waiting)


__all__ = [
    "ENTITY_FIELDS",
    "MATTER_FIELDS",
    "add_entities",
    "add_inspector",
    "add_matter",
    "build_snapshot",
    "commit_draw",
    "confirm_proxy_batch",
    "create_plan",
    "declare_conflict",
    "perform_draw",
    "publish_results",
    "record_result",
    "revise_matter",
    "roster_providers",
    "take_roster",
    "void_draw",
]
