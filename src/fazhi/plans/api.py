"""Key-task endpoints; mounted by fazhi.api under /api/plans."""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _
from ninja import Router, Schema
from ninja.pagination import paginate

from fazhi.core.actions import ActionRefused
from fazhi.core.api_input import LimitOffsetPagination, ProxyReason, checked_year
from fazhi.core.scoping import Purpose, get_visible_or_404, scope_of, visible
from fazhi.plans import actions
from fazhi.plans.models import KeyTask

# Tagged with the app's Chinese name by fazhi.api.main; DESCRIPTION describes the tag.
router = Router()
DESCRIPTION = "年度法治政府建设工作要点中的重点任务：查看、报告进展，以及依法治县（市、区）办确认完成。"


class TaskOut(Schema):
    id: int
    plan_id: int
    year: int
    number: int
    title: str
    lead_unit_id: int
    lead_unit_name: str
    deadline: dt.date
    area: str
    indicator_codes: list[str]
    status: str
    percent_done: int
    done_on: dt.date | None
    is_overdue: bool

    @staticmethod
    def resolve_year(obj) -> int:
        return obj.plan.year

    @staticmethod
    def resolve_lead_unit_name(obj) -> str:
        return obj.lead_unit.name

    @staticmethod
    def resolve_is_overdue(obj) -> bool:
        return obj.is_overdue()


class ProgressIn(Schema):
    organisation_id: int
    text: str
    percent_done: int
    proxy_reason: ProxyReason = ""


class ConfirmIn(Schema):
    note: str


class ProgressOut(Schema):
    id: int
    task_id: int
    organisation_id: int
    reported_on: dt.date
    text: str
    percent_done: int


@router.get(
    "/tasks",
    response=list[TaskOut],
    summary="可查看的重点任务（牵头或配合）",
    description="单位只能查看本单位牵头或配合的重点任务；依法治县（市、区）办可查看本地区全部任务。可按 year（年度）和 status（状态）筛选。",
)
@paginate(LimitOffsetPagination)
def list_tasks(request, year: int | None = None, status: str | None = None):
    tasks = visible(
        KeyTask.objects.select_related("plan", "lead_unit").order_by("plan", "number"),
        request.user,
    )
    if checked_year(year):
        tasks = tasks.filter(plan__year=year)
    if status:
        tasks = tasks.filter(status=status)
    return tasks


@router.get(
    "/tasks/{int:task_id}",
    response=TaskOut,
    summary="一项重点任务（无权查看时返回 404）",
    description="重点任务详情：牵头单位、完成时限、领域、关联指标、完成进度和是否逾期。",
)
def get_task(request, task_id: int):
    return get_visible_or_404(KeyTask.objects.select_related("plan", "lead_unit"), request.user, pk=task_id)


@router.post(
    "/tasks/{int:task_id}/progress",
    response=ProgressOut,
    summary="报告本单位的任务进展",
    description="牵头或配合单位报告任务进展（进度百分比不能回退）；牵头单位报 100% 后，任务待依法治县（市、区）办确认。依法治县（市、区）办代为录入时须填写 proxy_reason。",
)
def report_progress(request, task_id: int, payload: ProgressIn):
    task = get_visible_or_404(KeyTask.objects.select_related("plan"), request.user, pk=task_id)
    organisation = (
        scope_of(request.user).organisations(Purpose.EDIT).filter(pk=payload.organisation_id).first()
    )
    if organisation is None:
        raise ActionRefused(
            _("Only the lead and co-responsible units report on this task."), field="organisation_id"
        )
    return actions.report_progress(
        request.user,
        task,
        organisation,
        text=payload.text,
        percent_done=payload.percent_done,
        proxy_reason=payload.proxy_reason,
    )


@router.post(
    "/tasks/{int:task_id}/confirm",
    response=TaskOut,
    summary="确认重点任务已完成",
    description=(
        "牵头单位报告完成 100% 后，由依法治县（市、区）办确认任务完成（须写明核实情况）。"
        "报告该任务进度的人员（包括代为录入者）不能自行确认；单位人员不能确认。"
    ),
)
def confirm_task_done(request, task_id: int, payload: ConfirmIn):
    task = get_visible_or_404(KeyTask.objects.select_related("plan", "lead_unit"), request.user, pk=task_id)
    return actions.confirm_done(request.user, task, note=payload.note)
