"""Legal-counsel endpoints; mounted by fazhi.api under /api/counsel."""

import datetime as dt

from ninja import Router, Schema
from ninja.pagination import paginate

from fazhi.core.api_input import LimitOffsetPagination, ProxyReason
from fazhi.core.dates import ApiDate
from fazhi.core.deadlines import local_today
from fazhi.core.scoping import Purpose, get_visible_or_404, scope_of, visible
from fazhi.counsel import actions
from fazhi.counsel.models import Engagement
from fazhi.counsel.queries import coverage_units

router = Router(tags=["legal counsel"])


class EngagementOut(Schema):
    id: int
    organisation_id: int
    kind: str
    provider_type: str
    provider_name: str
    lawyer_names: str
    starts_on: dt.date
    ends_on: dt.date
    status: str


class ParticipationIn(Schema):
    kind: str
    occurred_on: ApiDate
    subject: str
    quantity: int = 1
    proxy_reason: ProxyReason = ""


class ParticipationOut(Schema):
    id: int
    engagement_id: int
    kind: str
    occurred_on: dt.date
    subject: str
    quantity: int


class CoverageRow(Schema):
    organisation_id: int
    organisation_name: str
    engagement_ids: list[int]

    @staticmethod
    def resolve_organisation_id(unit) -> int:
        return unit.pk

    @staticmethod
    def resolve_organisation_name(unit) -> str:
        return unit.name

    @staticmethod
    def resolve_engagement_ids(unit) -> list[int]:
        return [engagement.pk for engagement in unit.in_force]


@router.get("", response=list[EngagementOut], summary="可查看的法律顾问聘用记录")
@paginate(LimitOffsetPagination)
def list_engagements(request):
    return visible(Engagement.objects.order_by("-id"), request.user)


@router.get("/coverage", response=list[CoverageRow], summary="党政机关法律顾问配备情况（已配备和未配备）")
@paginate(LimitOffsetPagination)
def counsel_coverage(request, on: ApiDate | None = None):
    return coverage_units(scope_of(request.user).organisations(Purpose.READ), on or local_today())


@router.get(
    "/{int:engagement_id}", response=EngagementOut, summary="一条法律顾问聘用记录（无权查看时返回 404）"
)
def get_engagement(request, engagement_id: int):
    return get_visible_or_404(Engagement.objects, request.user, pk=engagement_id)


@router.post(
    "/{int:engagement_id}/participations",
    response=ParticipationOut,
    summary="记录列席会议、审查合同或出具法律意见",
)
def record_counsel_participation(request, engagement_id: int, payload: ParticipationIn):
    engagement = get_visible_or_404(
        Engagement.objects.select_related("organisation"), request.user, pk=engagement_id
    )
    return actions.record_participation(request.user, engagement, **payload.dict())
