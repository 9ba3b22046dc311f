"""Random-inspection endpoints; mounted by fazhi.api under /api/inspections."""

from __future__ import annotations

import datetime as dt

from ninja import Router, Schema
from ninja.pagination import paginate

from fazhi.core.api_input import LimitOffsetPagination
from fazhi.core.dates import ApiDate
from fazhi.core.scoping import get_visible_or_404, visible
from fazhi.inspections import actions
from fazhi.inspections.models import Draw, Entity, Plan, Task

router = Router(tags=["random inspections"])


class PlanOut(Schema):
    id: int
    organisation_id: int
    title: str
    status: str
    sampling_percent: float
    raised_percent: float
    inspectors_per_object: int
    starts_on: dt.date
    ends_on: dt.date


class DrawOut(Schema):
    id: int
    plan_id: int
    status: str
    is_joint: bool
    snapshot_sha256: str
    seed_commitment: str
    revealed_seed: str
    result_sha256: str
    entity_count: int
    void_reason: str


class EntityOut(Schema):
    id: int
    organisation_id: int
    name: str
    credit_code: str
    category: str
    risk_grade: str
    has_complaints: bool
    is_abnormal: bool


class TaskOut(Schema):
    id: int
    draw_id: int
    position: int
    entity_id: int
    outcome: str
    inspected_on: dt.date | None
    findings: str
    follow_up: str
    published_on: dt.date | None


class ResultIn(Schema):
    outcome: str
    inspected_on: ApiDate
    findings: str = ""
    follow_up: str = ""


@router.get("/plans", response=list[PlanOut], summary="可查看的双随机抽查计划")
@paginate(LimitOffsetPagination)
def list_inspection_plans(request):
    return visible(Plan.objects.order_by("-id"), request.user)


@router.get("/entities", response=list[EntityOut], summary="可查看的检查对象名录库中的对象")
@paginate(LimitOffsetPagination)
def list_inspection_entities(request):
    return visible(Entity.objects.order_by("id"), request.user)


@router.get("/draws/{int:draw_id}", response=DrawOut, summary="一次随机抽取（无权查看时返回 404）")
def get_inspection_draw(request, draw_id: int):
    return get_visible_or_404(Draw.objects, request.user, pk=draw_id)


@router.get("/draws/{int:draw_id}/tasks", response=list[TaskOut], summary="一次随机抽取产生的检查任务")
@paginate(LimitOffsetPagination)
def list_inspection_tasks(request, draw_id: int):
    draw = get_visible_or_404(Draw.objects, request.user, pk=draw_id)
    return draw.tasks.order_by("position")


@router.post("/tasks/{int:task_id}/result", response=TaskOut, summary="记录检查任务的结果")
def record_inspection_result(request, task_id: int, payload: ResultIn):
    task = get_visible_or_404(
        Task.objects.select_related("entity", "draw", "draw__plan", "draw__plan__organisation"),
        request.user,
        pk=task_id,
    )
    return actions.record_result(request.user, task, **payload.dict())
