"""Disputes endpoints; mounted by fazhi.api under /api/disputes.

Cases and lawsuits carry personal data: like the pages, they need EDIT on the
respondent or defendant (its own people, the region's office). The statistics
endpoint gives counts and both correction rates to whoever reads the region.
"""

from __future__ import annotations

import datetime as dt

from ninja import Router, Schema
from ninja.pagination import paginate

from fazhi.core.api_input import LimitOffsetPagination
from fazhi.core.dates import ApiDate
from fazhi.core.scoping import Purpose, get_visible_or_404, visible
from fazhi.disputes import actions, queries
from fazhi.disputes.models import Lawsuit

router = Router(tags=["reconsideration, litigation and mediation"])


class CaseOut(Schema):
    id: int
    case_number: str
    respondent_id: int
    applicant_name: str
    act_kind: str
    received_on: dt.date
    status: str
    procedure: str
    accepted_on: dt.date | None
    acceptance_due_on: dt.date | None
    decision_due_on: dt.date | None
    outcome: str
    closed_on: dt.date | None
    published_on: dt.date | None


class CloseIn(Schema):
    outcome: str
    closed_on: ApiDate
    reasons: str = ""


class RateOut(Schema):
    numerator: int
    denominator: int
    percent: float | None


class StatisticsOut(Schema):
    total: int
    by_status: dict[str, int]
    by_outcome: dict[str, int]
    direct_correction: RateOut
    correction_with_self_correction: RateOut


class LawsuitOut(Schema):
    id: int
    defendant_id: int
    court_case_number: str
    court: str
    court_instance: str
    served_on: dt.date
    outcome: str
    closed_on: dt.date | None


@router.get("/cases", response=list[CaseOut], summary="本人办理的行政复议案件")
@paginate(LimitOffsetPagination)
def list_reconsideration_cases(request):
    return queries.cases_for(request.user).order_by("-id")


@router.get("/cases/{int:case_id}", response=CaseOut, summary="一件行政复议案件（非本人办理时返回 404）")
def get_reconsideration_case(request, case_id: int):
    return queries.case_or_404(request.user, case_id)


@router.post("/cases/{int:case_id}/close", response=CaseOut, summary="办结案件并记录结果")
def close_reconsideration_case(request, case_id: int, payload: CloseIn):
    case = queries.case_or_404(request.user, case_id)
    return actions.close(request.user, case, **payload.dict())


@router.get("/statistics", response=StatisticsOut, summary="案件数量和纠错率（不含个人信息）")
def reconsideration_statistics(request):
    cases = queries.counted_cases_for(request.user)
    counts = queries.case_counts(cases)
    rates = queries.correction_rates(cases)

    def rate(value):
        return {"numerator": value.numerator, "denominator": value.denominator, "percent": value.percent}

    return {
        **counts,
        "direct_correction": rate(rates.direct),
        "correction_with_self_correction": rate(rates.broad),
    }


@router.get("/lawsuits", response=list[LawsuitOut], summary="本单位作为被告的行政诉讼案件")
@paginate(LimitOffsetPagination)
def list_lawsuits(request):
    return visible(Lawsuit.objects.order_by("-id"), request.user, Purpose.EDIT)


@router.get(
    "/lawsuits/{int:lawsuit_id}", response=LawsuitOut, summary="一件行政诉讼案件（无权查看时返回 404）"
)
def get_lawsuit(request, lawsuit_id: int):
    return get_visible_or_404(Lawsuit.objects, request.user, Purpose.EDIT, pk=lawsuit_id)
