"""Major-decision endpoints; mounted by fazhi.api under /api/decisions."""

from __future__ import annotations

import datetime as dt

from ninja import Router, Schema
from ninja.pagination import paginate

from fazhi.core.api_input import LimitOffsetPagination, ProxyReason
from fazhi.core.dates import ApiDate
from fazhi.core.deadlines import local_today
from fazhi.core.scoping import get_visible_or_404, visible
from fazhi.decisions import actions
from fazhi.decisions.models import Decision

router = Router(tags=["major administrative decisions"])


class CommentCallOut(Schema):
    """The decision's public participation: ``is_open`` while comments are taken (both ends included),
    ``outcome_pending`` until the outcome (意见采纳情况) is recorded after the period."""

    started_on: dt.date
    ended_on: dt.date
    how_to_comment: str
    is_open: bool
    outcome_pending: bool
    outcome: str

    @staticmethod
    def resolve_is_open(obj):
        return obj.is_open_on(local_today())

    @staticmethod
    def resolve_outcome_pending(obj):
        return obj.is_outcome_pending


class DecisionOut(Schema):
    id: int
    catalogue_id: int
    organisation_id: int
    title: str
    status: str
    required_procedures: list[str]
    missing_procedures: list[str]
    # Held, outcome not recorded yet: the decision cannot be taken while this is not empty.
    pending_procedures: list[str]
    comment_call: CommentCallOut | None
    taken_on: dt.date | None

    @staticmethod
    def resolve_required_procedures(obj):
        return obj.required_procedures()

    @staticmethod
    def resolve_missing_procedures(obj):
        return obj.missing_procedures()

    @staticmethod
    def resolve_pending_procedures(obj):
        return obj.pending_procedures()

    @staticmethod
    def resolve_comment_call(obj):
        return obj.comment_call()


class ProcedureIn(Schema):
    kind: str
    started_on: ApiDate
    ended_on: ApiDate
    documents: str
    outcome: str
    short_period_reason: str = ""
    proxy_reason: ProxyReason = ""


class CommentCallIn(Schema):
    started_on: ApiDate
    ended_on: ApiDate
    documents: str
    how_to_comment: str
    short_period_reason: str = ""
    proxy_reason: ProxyReason = ""


class CommentOutcomeIn(Schema):
    outcome: str
    documents: str = ""
    proxy_reason: ProxyReason = ""


class TakeIn(Schema):
    taken_on: ApiDate
    decision_document: str = ""
    proxy_reason: ProxyReason = ""


def _decision(request, decision_id):
    return get_visible_or_404(
        Decision.objects.select_related("organisation", "catalogue"), request.user, pk=decision_id
    )


@router.get("", response=list[DecisionOut], summary="Major decisions the caller may read")
@paginate(LimitOffsetPagination)
def list_major_decisions(request, status: str | None = None):
    decisions = visible(Decision.objects.prefetch_related("procedures").order_by("-id"), request.user)
    return decisions.filter(status=status) if status else decisions


@router.get("/{int:decision_id}", response=DecisionOut, summary="One major decision (404 if not readable)")
def get_major_decision(request, decision_id: int):
    return _decision(request, decision_id)


@router.post("/{int:decision_id}/procedures", response=DecisionOut, summary="Record a statutory procedure")
def record_decision_procedure(request, decision_id: int, payload: ProcedureIn):
    decision = _decision(request, decision_id)
    actions.record_procedure(request.user, decision, **payload.dict())
    return decision


@router.post(
    "/{int:decision_id}/call",
    response=DecisionOut,
    summary="Open the call for public comment (outcome recorded after the period)",
)
def open_decision_comment_call(request, decision_id: int, payload: CommentCallIn):
    decision = _decision(request, decision_id)
    actions.open_comment_call(request.user, decision, **payload.dict())
    return decision


@router.post(
    "/{int:decision_id}/call/outcome",
    response=DecisionOut,
    summary="Record the outcome of a closed call for public comment (refused before its last day has passed)",
)
def record_decision_comment_outcome(request, decision_id: int, payload: CommentOutcomeIn):
    decision = _decision(request, decision_id)
    actions.record_comment_outcome(request.user, decision, **payload.dict())
    return decision


@router.post(
    "/{int:decision_id}/take",
    response=DecisionOut,
    summary="Record the decision as taken (refused while a required procedure is missing)",
)
def take_major_decision(request, decision_id: int, payload: TakeIn):
    decision = _decision(request, decision_id)
    return actions.take_decision(request.user, decision, **payload.dict())
