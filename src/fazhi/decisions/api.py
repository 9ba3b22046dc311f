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

# Tagged with the app's Chinese name by fazhi.api.main; DESCRIPTION describes the tag.
router = Router()
DESCRIPTION = (
    "重大行政决策（《重大行政决策程序暂行条例》）：决策事项目录中的事项、法定程序、公开征求意见和决策记录。"
)


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


@router.get(
    "",
    response=list[DecisionOut],
    summary="可查看的重大行政决策事项",
    description="本人可查看的重大行政决策事项（依法治县（市、区）办可查看本地区全部事项，承办单位只能查看本单位的），可按 status 筛选：planned（决策准备中）、taken（已决策）、merged（已合并）、removed（已调出）。",
)
@paginate(LimitOffsetPagination)
def list_major_decisions(request, status: str | None = None):
    decisions = visible(Decision.objects.prefetch_related("procedures").order_by("-id"), request.user)
    return decisions.filter(status=status) if status else decisions


@router.get(
    "/{int:decision_id}",
    response=DecisionOut,
    summary="一项重大行政决策（无权查看时返回 404）",
    description="事项详情，含法定程序、尚缺的程序（missing_procedures）、待记录结论的程序（pending_procedures）和公开征求意见情况（comment_call）。",
)
def get_major_decision(request, decision_id: int):
    return _decision(request, decision_id)


@router.post(
    "/{int:decision_id}/procedures",
    response=DecisionOut,
    summary="记录法定程序",
    description="承办单位记录一项法定程序（公众参与、专家论证、风险评估、合法性审查、集体讨论决定）及其日期、材料和结论。目录列为需要听证的事项，须先在网页上记录听证会，才能记录合法性审查和集体讨论决定。依法治县（市、区）办代为录入时须填写 proxy_reason。",
)
def record_decision_procedure(request, decision_id: int, payload: ProcedureIn):
    decision = _decision(request, decision_id)
    actions.record_procedure(request.user, decision, **payload.dict())
    return decision


@router.post(
    "/{int:decision_id}/call",
    response=DecisionOut,
    summary="发布公开征求意见（期满后再记录意见采纳情况）",
    description="承办单位发布公开征求意见：期限（不少于 30 日，较短须说明理由）、公开的材料、意见反馈方式。期满后再记录意见采纳情况。",
)
def open_decision_comment_call(request, decision_id: int, payload: CommentCallIn):
    decision = _decision(request, decision_id)
    actions.open_comment_call(request.user, decision, **payload.dict())
    return decision


@router.post(
    "/{int:decision_id}/call/outcome",
    response=DecisionOut,
    summary="记录公开征求意见的采纳情况（征求意见期满前拒绝）",
    description="征求意见期满后，承办单位记录意见采纳情况；期满前返回 400。",
)
def record_decision_comment_outcome(request, decision_id: int, payload: CommentOutcomeIn):
    decision = _decision(request, decision_id)
    actions.record_comment_outcome(request.user, decision, **payload.dict())
    return decision


@router.post(
    "/{int:decision_id}/take",
    response=DecisionOut,
    summary="记录已作出决策（缺少法定程序时拒绝）",
    description="缺少法定程序、程序结论未记录或须听证而未记录听证会时返回 400，并说明原因；决策日期不得早于集体讨论、不得晚于今天。",
)
def take_major_decision(request, decision_id: int, payload: TakeIn):
    decision = _decision(request, decision_id)
    return actions.take_decision(request.user, decision, **payload.dict())
