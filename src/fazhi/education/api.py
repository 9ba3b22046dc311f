"""Study and legal-education endpoints; mounted by fazhi.api under /api/education."""

from __future__ import annotations

import datetime as dt

from ninja import Router, Schema
from ninja.pagination import paginate

from fazhi.core.api_input import ApiYear, LimitOffsetPagination, checked_year
from fazhi.core.dates import ApiDate
from fazhi.core.scoping import Purpose, get_visible_or_404, scope_of, visible
from fazhi.education import actions, queries
from fazhi.education.models import Activity, ResponsibilityList, StudySession
from fazhi.org.models import Organisation

router = Router(tags=["legal education"])


class StudySessionOut(Schema):
    id: int
    organisation_id: int
    kind: str
    held_on: dt.date
    topic: str
    speaker: str
    attendee_count: int


class StudySessionIn(Schema):
    organisation_id: int
    kind: str
    held_on: ApiDate
    topic: str
    speaker: str
    attendees: str = ""
    attendee_count: int = 0
    materials: str = ""


class ActivityOut(Schema):
    id: int
    organisation_id: int
    kind: str
    held_on: dt.date
    title: str
    place: str
    audience: str
    reached: int


class ActivityIn(Schema):
    organisation_id: int
    kind: str
    held_on: ApiDate
    title: str
    place: str
    audience: str
    reached: int = 0


class ResponsibilityListOut(Schema):
    id: int
    organisation_id: int
    year: int
    items: str
    status: str
    rating: str
    reviewed_on: dt.date | None


class StudyCount(Schema):
    organisation_id: int
    organisation_name: str
    sessions: int


def _unit(request, organisation_id: int) -> Organisation:
    return get_visible_or_404(Organisation.objects, request.user, Purpose.EDIT, pk=organisation_id)


@router.get("/study", response=list[StudySessionOut], summary="可查看的学法活动")
@paginate(LimitOffsetPagination)
def list_study_sessions(request, year: int | None = None):
    sessions = visible(StudySession.objects.order_by("-held_on", "-id"), request.user)
    return sessions.filter(held_on__year=year) if checked_year(year) else sessions


@router.post("/study", response=StudySessionOut, summary="记录单位的学法活动")
def record_study_session(request, payload: StudySessionIn):
    data = payload.dict()
    organisation = _unit(request, data.pop("organisation_id"))
    return actions.record_study_session(request.user, organisation, **data)


@router.get("/study/{int:session_id}", response=StudySessionOut, summary="一次学法活动（无权查看时返回 404）")
def get_study_session(request, session_id: int):
    return get_visible_or_404(StudySession.objects, request.user, pk=session_id)


@router.get(
    "/study-below-minimum",
    response=list[StudyCount],
    summary="年度集体学法次数未达最低要求的单位",
)
def study_below_minimum(request, year: ApiYear):
    below = queries.below_study_minimum(scope_of(request.user).organisations(Purpose.READ), year)
    return [
        {"organisation_id": unit.pk, "organisation_name": unit.name, "sessions": unit.collective_sessions}
        for unit in below.order_by("region_code", "sort_order", "id")
    ]


@router.get("/activities", response=list[ActivityOut], summary="可查看的普法活动")
@paginate(LimitOffsetPagination)
def list_activities(request, year: int | None = None):
    activities = visible(Activity.objects.order_by("-held_on", "-id"), request.user)
    return activities.filter(held_on__year=year) if checked_year(year) else activities


@router.post("/activities", response=ActivityOut, summary="记录单位的普法活动")
def record_activity(request, payload: ActivityIn):
    data = payload.dict()
    organisation = _unit(request, data.pop("organisation_id"))
    return actions.record_activity(request.user, organisation, **data)


@router.get(
    "/lists",
    response=list[ResponsibilityListOut],
    summary="可查看的“谁执法谁普法”责任清单",
)
@paginate(LimitOffsetPagination)
def list_responsibility_lists(request):
    return visible(ResponsibilityList.objects.order_by("-year", "id"), request.user)


@router.get(
    "/lists/{int:list_id}",
    response=ResponsibilityListOut,
    summary="一份普法责任清单（无权查看时返回 404）",
)
def get_responsibility_list(request, list_id: int):
    return get_visible_or_404(ResponsibilityList.objects, request.user, pk=list_id)
