"""Inspection and problem-list endpoints; mounted by fazhi.api under /api/oversight."""

from __future__ import annotations

import datetime as dt

from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Router, Schema
from ninja.pagination import LimitOffsetPagination, paginate

from fazhi.core.actions import ActionRefused
from fazhi.core.scoping import get_visible_or_404, visible
from fazhi.oversight import actions
from fazhi.oversight.models import Inspection, Problem
from fazhi.oversight.queries import filter_problems

router = Router(tags=["oversight"])
INSPECTION_PATHS = ("organisation", "units")


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


class StepIn(Schema):
    plan: str | None = None
    evidence: str | None = None
    reasons: str | None = None
    note: str | None = None
    rectification_deadline: dt.date | None = None


def _with_visible_units(request, inspection: Inspection) -> Inspection:
    # A unit learns only that it is itself among the units inspected.
    inspection.visible_unit_ids = visible(inspection.units.all(), request.user, via="pk").values_list("pk", flat=True)
    return inspection


@router.get("/inspections", response=list[InspectionOut], summary="Inspections the caller may read")
@paginate(LimitOffsetPagination)
def list_inspections(request, status: str | None = None):
    inspections = visible(Inspection.objects.order_by("-starts_on", "-id"), request.user, via=INSPECTION_PATHS)
    if status:
        inspections = inspections.filter(status=status)
    return [_with_visible_units(request, inspection) for inspection in inspections]


@router.get("/inspections/{int:inspection_id}", response=InspectionOut, summary="One inspection (404 if not readable)")
def get_inspection(request, inspection_id: int):
    inspection = get_visible_or_404(Inspection.objects, request.user, via=INSPECTION_PATHS, pk=inspection_id)
    return _with_visible_units(request, inspection)


@router.get("/problems", response=list[ProblemOut], summary="The problem list, as far as the caller may read")
@paginate(LimitOffsetPagination)
def list_problems(request, status: str = "", source: str = "", severity: str = "", q: str = ""):
    problems = visible(Problem.objects.select_related("organisation").order_by("rectification_deadline", "id"),
                       request.user)
    return filter_problems(problems, q=q, status=status, source=source, severity=severity)


@router.get("/problems/{int:problem_id}", response=ProblemOut, summary="One problem (404 if not readable)")
def get_problem(request, problem_id: int):
    return get_visible_or_404(Problem.objects.select_related("organisation"), request.user, pk=problem_id)


@router.post("/problems/{int:problem_id}/steps/{step}", response=ProblemOut,
             summary="A rectification step: submit_plan, submit_evidence, return, accept, reopen")
def problem_step(request, problem_id: int, step: str, payload: StepIn):
    problem = get_visible_or_404(Problem.objects.select_related("organisation"), request.user, pk=problem_id)
    data = payload.dict()
    if step == "submit_plan":
        return actions.submit_plan(request.user, problem, plan=data["plan"] or "")
    if step == "submit_evidence":
        return actions.submit_evidence(request.user, problem, evidence=data["evidence"] or "")
    if step == "return":
        return actions.return_rectification(request.user, problem, reasons=data["reasons"] or "")
    if step == "accept":
        return actions.accept_rectification(request.user, problem, note=data["note"] or "")
    if step == "reopen":
        if data["rectification_deadline"] is None:
            raise ActionRefused(_("A reopened problem needs a new deadline after today."),
                                field="rectification_deadline")
        return actions.reopen_problem(request.user, problem, reasons=data["reasons"] or "",
                                      rectification_deadline=data["rectification_deadline"])
    raise Http404
