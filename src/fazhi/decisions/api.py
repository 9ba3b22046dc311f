"""Major-decision endpoints; mounted by fazhi.api under /api/decisions."""

from __future__ import annotations

import datetime as dt

from ninja import Router, Schema
from ninja.pagination import LimitOffsetPagination, paginate

from fazhi.core.scoping import get_visible_or_404, visible
from fazhi.decisions import actions
from fazhi.decisions.models import Decision

router = Router(tags=["major administrative decisions"])


class DecisionOut(Schema):
    id: int
    catalogue_id: int
    organisation_id: int
    title: str
    status: str
    required_procedures: list[str]
    missing_procedures: list[str]
    taken_on: dt.date | None

    @staticmethod
    def resolve_required_procedures(obj):
        return obj.required_procedures()

    @staticmethod
    def resolve_missing_procedures(obj):
        return obj.missing_procedures()


class ProcedureIn(Schema):
    kind: str
    started_on: dt.date
    ended_on: dt.date
    documents: str
    outcome: str
    short_period_reason: str = ""


class TakeIn(Schema):
    taken_on: dt.date
    decision_document: str = ""


def _decision(request, decision_id):
    return get_visible_or_404(Decision.objects.select_related("organisation", "catalogue"), request.user,
                              pk=decision_id)


@router.get("", response=list[DecisionOut], summary="Major decisions the caller may read")
@paginate(LimitOffsetPagination)
def list_major_decisions(request, status: str | None = None):
    decisions = visible(Decision.objects.order_by("-id"), request.user)
    return decisions.filter(status=status) if status else decisions


@router.get("/{int:decision_id}", response=DecisionOut, summary="One major decision (404 if not readable)")
def get_major_decision(request, decision_id: int):
    return _decision(request, decision_id)


@router.post("/{int:decision_id}/procedures", response=DecisionOut, summary="Record a statutory procedure")
def record_decision_procedure(request, decision_id: int, payload: ProcedureIn):
    decision = _decision(request, decision_id)
    actions.record_procedure(request.user, decision, **payload.dict())
    return decision


@router.post("/{int:decision_id}/take", response=DecisionOut,
             summary="Record the decision as taken (refused while a required procedure is missing)")
def take_major_decision(request, decision_id: int, payload: TakeIn):
    decision = _decision(request, decision_id)
    return actions.take_decision(request.user, decision, **payload.dict())
