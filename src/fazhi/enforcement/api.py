"""Enforcement endpoints; mounted by fazhi.api under /api/enforcement. Same scoping, same actions."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ninja import Router, Schema
from ninja.pagination import paginate

from fazhi.core.api_input import LimitOffsetPagination
from fazhi.core.dates import ApiDate
from fazhi.core.deadlines import local_today
from fazhi.core.scoping import get_visible_or_404, visible
from fazhi.enforcement import actions_cases, queries
from fazhi.enforcement.models import Case, EnforcementBody, Officer

router = Router(tags=["administrative enforcement"])


class BodyOut(Schema):
    id: int
    organisation_id: int
    name: str
    kind: str
    status: str
    chain_entries: int | None
    chain_head: str | None
    verified_at: dt.datetime | None


class OfficerOut(Schema):
    id: int
    body_id: int
    name: str
    is_active: bool
    is_certified: bool


class CaseOut(Schema):
    id: int
    body_id: int
    number: str
    case_type: str
    title: str
    stage: str
    filed_on: dt.date
    decided_on: dt.date | None
    closed_on: dt.date | None
    fine_amount: Decimal
    confiscation_amount: Decimal


class StageIn(Schema):
    stage: str
    on: ApiDate
    fine_amount: Decimal | None = None
    confiscation_amount: Decimal | None = None
    exemption: str | None = None


@router.get("/bodies", response=list[BodyOut], summary="可查看的行政执法主体（含执法记录链首）")
@paginate(LimitOffsetPagination)
def list_enforcement_bodies(request):
    return queries.with_chain_head(visible(EnforcementBody.objects.order_by("pk"), request.user))


@router.get("/officers", response=list[OfficerOut], summary="可查看的执法主体的执法人员")
@paginate(LimitOffsetPagination)
def list_enforcement_officers(request):
    return queries.with_certification(visible(Officer.objects.order_by("pk"), request.user), local_today())


@router.get("/cases", response=list[CaseOut], summary="可查看的行政执法案件")
@paginate(LimitOffsetPagination)
def list_enforcement_cases(request):
    return visible(Case.objects.order_by("-pk"), request.user)


@router.get("/cases/{int:case_id}", response=CaseOut, summary="一件行政执法案件（无权查看时返回 404）")
def get_enforcement_case(request, case_id: int):
    return get_visible_or_404(Case.objects, request.user, pk=case_id)


@router.post("/cases/{int:case_id}/stages", response=CaseOut, summary="记录案件的下一环节")
def advance_enforcement_case(request, case_id: int, payload: StageIn):
    case = get_visible_or_404(Case.objects.select_related("body__organisation"), request.user, pk=case_id)
    data = {key: value for key, value in payload.dict().items() if value is not None}
    return actions_cases.advance(request.user, case, **data)
