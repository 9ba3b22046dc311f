"""Assessment endpoints (read): schemes, score sheets with how each score was computed.

Mounted by fazhi.api under /api/assessment. A unit reads only its own sheets;
the office and evaluators read their region's.
"""

from __future__ import annotations

from decimal import Decimal

from ninja import Router, Schema
from ninja.pagination import paginate

from fazhi.assessment.models import Assessment, AssessmentScheme
from fazhi.assessment.schemes import scheme_to_dict
from fazhi.core.api_input import LimitOffsetPagination, checked_year
from fazhi.core.scoping import get_visible_by_region_or_404, get_visible_or_404, visible, visible_by_region

router = Router(tags=["assessment"])


class SchemeOut(Schema):
    id: int
    region_code: str
    year: int
    name: str
    status: str
    based_on_id: int | None


class SchemeDetailOut(SchemeOut):
    definition: dict

    @staticmethod
    def resolve_definition(obj):
        return scheme_to_dict(obj)


class ScoreOut(Schema):
    item_number: str
    item_title: str
    max_points: Decimal
    self_points: Decimal | None
    computed_points: Decimal | None
    adjusted_points: Decimal | None
    adjustment_reason: str
    deductions: list[dict]
    final_points: Decimal | None
    computation: str
    indicator_value_id: int | None

    @staticmethod
    def resolve_item_number(obj):
        return obj.item.number

    @staticmethod
    def resolve_item_title(obj):
        return obj.item.title

    @staticmethod
    def resolve_max_points(obj):
        return obj.item.max_points

    @staticmethod
    def resolve_deductions(obj):
        return [{"points": str(d.points), "reason": d.reason} for d in obj.deductions.all()]


class AssessmentOut(Schema):
    id: int
    scheme_id: int
    organisation_id: int
    organisation_name: str
    group: str
    status: str
    total: Decimal | None
    rank: int | None
    group_size: int | None

    @staticmethod
    def resolve_organisation_name(obj):
        return obj.organisation.name


class AssessmentDetailOut(AssessmentOut):
    scores: list[ScoreOut]

    @staticmethod
    def resolve_scores(obj):
        return list(obj.scores.select_related("item").prefetch_related("deductions"))


@router.get("/schemes", response=list[SchemeOut], summary="本地区的考核方案")
@paginate(LimitOffsetPagination)
def list_assessment_schemes(request, year: int | None = None):
    schemes = visible_by_region(AssessmentScheme.objects.order_by("-year", "id"), request.user)
    return schemes.filter(year=year) if checked_year(year) else schemes


@router.get(
    "/schemes/{int:scheme_id}", response=SchemeDetailOut, summary="一个考核方案及其考核领域和考核项目"
)
def get_assessment_scheme(request, scheme_id: int):
    return get_visible_by_region_or_404(AssessmentScheme.objects, request.user, pk=scheme_id)


@router.get("/sheets", response=list[AssessmentOut], summary="可查看的考核表")
@paginate(LimitOffsetPagination)
def list_assessments(request, scheme_id: int | None = None, year: int | None = None):
    sheets = visible(
        Assessment.objects.select_related("organisation").order_by("scheme_id", "group", "rank", "id"),
        request.user,
    )
    if scheme_id:
        sheets = sheets.filter(scheme_id=scheme_id)
    if checked_year(year):
        sheets = sheets.filter(scheme__year=year)
    return sheets


@router.get(
    "/sheets/{int:assessment_id}",
    response=AssessmentDetailOut,
    summary="一张考核表：各项得分及计算过程",
)
def get_assessment(request, assessment_id: int):
    return get_visible_or_404(
        Assessment.objects.select_related("organisation"), request.user, pk=assessment_id
    )
