"""Inspection and problem-list endpoints; mounted by fazhi.api under /api/oversight."""

from __future__ import annotations

import datetime as dt

from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Router, Schema
from ninja.pagination import paginate

from fazhi.core.actions import ActionRefused
from fazhi.core.api_input import LimitOffsetPagination, ProxyReason
from fazhi.core.dates import ApiDate
from fazhi.core.scoping import Purpose, get_visible_or_404, scope_of, visible
from fazhi.org.offices import require_office
from fazhi.oversight import actions
from fazhi.oversight.models import Inspection, InspectionForm, Problem, ProblemSource, Severity
from fazhi.oversight.queries import filter_problems

router = Router(tags=["oversight"])


class InspectionOut(Schema):
    id: int
    title: str
    form: str
    topics: str
    organisation_id: int
    starts_on: dt.date
    ends_on: dt.date
    status: str
    unit_ids: list[int]

    @staticmethod
    def resolve_unit_ids(obj) -> list[int]:
        return list(obj.visible_unit_ids)


class ProblemOut(Schema):
    id: int
    organisation_id: int
    organisation_name: str
    source: str
    source_reference: str
    inspection_id: int | None
    description: str
    severity: str
    found_on: dt.date
    rectification_deadline: dt.date
    status: str
    plan: str
    evidence: str
    return_reasons: str
    closed_on: dt.date | None
    reopen_count: int
    age_working_days: int
    deadline_status: str

    @staticmethod
    def resolve_organisation_name(obj) -> str:
        return obj.organisation.name

    @staticmethod
    def resolve_age_working_days(obj) -> int:
        return obj.age_working_days()

    @staticmethod
    def resolve_deadline_status(obj) -> str:
        return str(obj.deadline_status())


class InspectionIn(Schema):
    title: str
    form: str
    topics: str
    unit_ids: list[int]
    starts_on: ApiDate
    ends_on: ApiDate


class FindingIn(Schema):
    organisation_id: int
    description: str
    severity: str = "general"
    found_on: ApiDate
    rectification_deadline: ApiDate | None = None


class StepIn(Schema):
    plan: str | None = None
    evidence: str | None = None
    reasons: str | None = None
    note: str | None = None
    rectification_deadline: ApiDate | None = None
    proxy_reason: ProxyReason = ""


def _with_visible_units(request, inspection: Inspection) -> Inspection:
    # A unit learns only that it is itself among the units inspected.
    inspection.visible_unit_ids = visible(inspection.units.all(), request.user).values_list("pk", flat=True)
    return inspection


@router.get("/inspections", response=list[InspectionOut], summary="可查看的法治督察")
@paginate(LimitOffsetPagination)
def list_inspections(request, status: str | None = None):
    inspections = visible(Inspection.objects.order_by("-starts_on", "-id"), request.user)
    if status:
        inspections = inspections.filter(status=status)
    return [_with_visible_units(request, inspection) for inspection in inspections]


@router.get(
    "/inspections/{int:inspection_id}", response=InspectionOut, summary="一次法治督察（无权查看时返回 404）"
)
def get_inspection(request, inspection_id: int):
    inspection = get_visible_or_404(Inspection.objects, request.user, pk=inspection_id)
    return _with_visible_units(request, inspection)


@router.post("/inspections", response=InspectionOut, summary="制定督察计划（依法治县（市、区）办）")
def plan_inspection(request, payload: InspectionIn):
    office = require_office(request.user)
    if payload.form not in InspectionForm.values:
        raise ActionRefused(_("Unknown form of inspection."), field="form")
    # Units outside the caller's reach are refused by the action, never looked up here unscoped.
    units = list(scope_of(request.user).organisations(Purpose.REVIEW).filter(pk__in=payload.unit_ids))
    if len(units) != len(set(payload.unit_ids)):
        raise ActionRefused(_("You may inspect only units of your own region."), field="unit_ids")
    inspection = actions.plan_inspection(
        request.user,
        office,
        title=payload.title,
        form=payload.form,
        topics=payload.topics,
        units=units,
        starts_on=payload.starts_on,
        ends_on=payload.ends_on,
    )
    return _with_visible_units(request, inspection)


@router.post(
    "/inspections/{int:inspection_id}/findings",
    response=ProblemOut,
    summary="将督察发现的问题列入问题清单（依法治县（市、区）办）",
)
def record_finding(request, inspection_id: int, payload: FindingIn):
    inspection = get_visible_or_404(Inspection.objects, request.user, pk=inspection_id)
    if payload.severity not in Severity.values:
        raise ActionRefused(_("Unknown severity."), field="severity")
    unit = inspection.units.filter(pk=payload.organisation_id).first()
    if unit is None:
        raise ActionRefused(_("Choose one of the units of this inspection."), field="organisation_id")
    return actions.record_problem(
        request.user,
        unit,
        source=ProblemSource.INSPECTION,
        inspection=inspection,
        description=payload.description,
        severity=payload.severity,
        found_on=payload.found_on,
        rectification_deadline=payload.rectification_deadline,
    )


@router.get("/problems", response=list[ProblemOut], summary="可查看的问题清单")
@paginate(LimitOffsetPagination)
def list_problems(request, status: str = "", source: str = "", severity: str = "", q: str = ""):
    problems = visible(
        Problem.objects.select_related("organisation").order_by("rectification_deadline", "id"), request.user
    )
    return filter_problems(problems, q=q, status=status, source=source, severity=severity)


@router.get("/problems/{int:problem_id}", response=ProblemOut, summary="一个问题（无权查看时返回 404）")
def get_problem(request, problem_id: int):
    return get_visible_or_404(Problem.objects.select_related("organisation"), request.user, pk=problem_id)


@router.post(
    "/problems/{int:problem_id}/steps/{step}",
    response=ProblemOut,
    summary="整改环节：submit_plan（报送整改方案）、submit_evidence（报送整改材料）、return（退回）、accept（核验通过）、reopen（重新整改）",
)
def problem_step(request, problem_id: int, step: str, payload: StepIn):
    problem = get_visible_or_404(Problem.objects.select_related("organisation"), request.user, pk=problem_id)
    data = payload.dict()
    if step == "submit_plan":
        return actions.submit_plan(
            request.user, problem, plan=data["plan"] or "", proxy_reason=data["proxy_reason"]
        )
    if step == "submit_evidence":
        return actions.submit_evidence(
            request.user, problem, evidence=data["evidence"] or "", proxy_reason=data["proxy_reason"]
        )
    if step == "return":
        return actions.return_rectification(request.user, problem, reasons=data["reasons"] or "")
    if step == "accept":
        return actions.accept_rectification(request.user, problem, note=data["note"] or "")
    if step == "reopen":
        if data["rectification_deadline"] is None:
            raise ActionRefused(
                _("A reopened problem needs a new deadline after today."), field="rectification_deadline"
            )
        return actions.reopen_problem(
            request.user,
            problem,
            reasons=data["reasons"] or "",
            rectification_deadline=data["rectification_deadline"],
        )
    raise Http404
