"""Disputes endpoints; mounted by fazhi.api under /api/disputes.

Cases, lawsuits, suggestions and mediation cases carry personal data: like the
pages, they need EDIT on the respondent, defendant, addressee or responsible unit
(its own people, the region's office); another unit gets an empty list and 404.
The statistics endpoint gives counts and both correction rates to whoever reads
the region. Writes call the same actions as the pages (a unit's own step; the
office only with ``proxy_reason``). Enumerations come with their Chinese label.
"""

from __future__ import annotations

import datetime as dt

from ninja import Router, Schema
from ninja.pagination import paginate

from fazhi.core.api_input import LimitOffsetPagination
from fazhi.core.dates import ApiDate
from fazhi.core.scoping import Purpose, get_visible_or_404, visible
from fazhi.disputes import actions, queries
from fazhi.disputes import litigation_actions as litigation
from fazhi.disputes import mediation_actions as mediation
from fazhi.disputes.models import (
    CourtSuggestion,
    Lawsuit,
    MediationCase,
    MediationOrganisation,
    MonthlyMediationReport,
)
from fazhi.org.models import Organisation

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
    plaintiff: str
    subject: str
    served_on: dt.date
    outcome: str
    outcome_label: str
    is_lost: bool
    closed_on: dt.date | None
    resolved_substantively: bool

    @staticmethod
    def resolve_outcome_label(obj):
        return obj.get_outcome_display()


class CourtHearingOut(Schema):
    id: int
    notice_received_on: dt.date
    held_on: dt.date
    head_appeared: bool
    appeared_name: str
    appeared_title: str
    absence_reason: str
    absence_reason_label: str
    absence_note: str

    @staticmethod
    def resolve_absence_reason_label(obj):
        return obj.get_absence_reason_display()


class CourtSuggestionOut(Schema):
    id: int
    kind: str
    kind_label: str
    addressee_id: int
    lawsuit_id: int | None
    issuer: str
    received_on: dt.date
    content: str
    reply_due_on: dt.date
    replied_on: dt.date | None
    reply: str

    @staticmethod
    def resolve_kind_label(obj):
        return obj.get_kind_display()


class LawsuitDetailOut(LawsuitOut):
    hearings: list[CourtHearingOut]
    suggestions: list[CourtSuggestionOut]

    @staticmethod
    def resolve_hearings(obj):
        return list(obj.hearings.all())

    @staticmethod
    def resolve_suggestions(obj):
        return list(obj.suggestions.all())


class LawsuitIn(Schema):
    defendant_id: int
    court_case_number: str
    court: str
    plaintiff: str
    subject: str
    served_on: ApiDate
    court_instance: str = "first"
    proxy_reason: str = ""


class CourtHearingIn(Schema):
    notice_received_on: ApiDate
    held_on: ApiDate
    head_appeared: bool
    appeared_name: str
    appeared_title: str = ""
    absence_reason: str = ""
    absence_note: str = ""
    proxy_reason: str = ""


class LawsuitCloseIn(Schema):
    outcome: str
    closed_on: ApiDate
    resolved_substantively: bool = False
    proxy_reason: str = ""


class SuggestionIn(Schema):
    addressee_id: int
    kind: str
    issuer: str
    received_on: ApiDate
    content: str
    reply_due_on: ApiDate | None = None
    lawsuit_id: int | None = None
    proxy_reason: str = ""


class ReplyIn(Schema):
    replied_on: ApiDate
    reply: str
    proxy_reason: str = ""


class MediationOrganisationOut(Schema):
    id: int
    organisation_id: int
    name: str
    kind: str
    kind_label: str
    established_on: dt.date | None
    is_active: bool

    @staticmethod
    def resolve_kind_label(obj):
        return obj.get_kind_display()


class MediationCaseOut(Schema):
    id: int
    mediation_organisation_id: int
    dispute_type: str
    dispute_type_label: str
    source: str
    source_label: str
    parties: str
    summary: str
    received_on: dt.date
    outcome: str
    outcome_label: str
    agreement_form: str
    closed_on: dt.date | None
    is_judicially_confirmed: bool
    referred_to_court_on: dt.date | None

    @staticmethod
    def resolve_dispute_type_label(obj):
        return obj.get_dispute_type_display()

    @staticmethod
    def resolve_source_label(obj):
        return obj.get_source_display()

    @staticmethod
    def resolve_outcome_label(obj):
        return obj.get_outcome_display()


class MediationCaseIn(Schema):
    dispute_type: str
    source: str
    parties: str
    summary: str
    received_on: ApiDate
    outcome: str = ""
    agreement_form: str = ""
    closed_on: ApiDate | None = None
    proxy_reason: str = ""


class MonthlyReportOut(Schema):
    id: int
    mediation_organisation_id: int
    month: dt.date
    disputes_mediated: int
    disputes_settled: int
    written_agreements: int
    oral_agreements: int
    judicial_confirmations: int


class MonthlyReportIn(Schema):
    month: ApiDate
    disputes_mediated: int
    disputes_settled: int
    written_agreements: int = 0
    oral_agreements: int = 0
    judicial_confirmations: int = 0
    proxy_reason: str = ""


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


def _lawsuits(request):
    return visible(Lawsuit.objects.all(), request.user, Purpose.EDIT)


def _lawsuit_or_404(request, lawsuit_id: int) -> Lawsuit:
    return get_visible_or_404(
        Lawsuit.objects.select_related("defendant"), request.user, Purpose.EDIT, pk=lawsuit_id
    )


def _unit_or_404(request, organisation_id: int) -> Organisation:
    return get_visible_or_404(Organisation.objects, request.user, Purpose.EDIT, pk=organisation_id)


@router.get("/lawsuits", response=list[LawsuitOut], summary="行政应诉案件：调用者所属或所辖单位为被告的案件")
@paginate(LimitOffsetPagination)
def list_lawsuits(request):
    return _lawsuits(request).order_by("-id")


@router.post("/lawsuits", response=LawsuitDetailOut, summary="登记行政应诉案件（被告单位本单位的步骤）")
def create_lawsuit(request, payload: LawsuitIn):
    data = payload.dict()
    defendant = _unit_or_404(request, data.pop("defendant_id"))
    return litigation.register_lawsuit(request.user, defendant, **data)


@router.get(
    "/lawsuits/{int:lawsuit_id}",
    response=LawsuitDetailOut,
    summary="一件行政应诉案件及其庭审（负责人出庭情况）、司法建议与回复（无权查看则404）",
)
def get_lawsuit(request, lawsuit_id: int):
    return get_visible_or_404(
        Lawsuit.objects.prefetch_related("hearings", "suggestions"),
        request.user,
        Purpose.EDIT,
        pk=lawsuit_id,
    )


@router.post(
    "/lawsuits/{int:lawsuit_id}/hearings",
    response=CourtHearingOut,
    summary="记录开庭及行政机关负责人出庭应诉情况（未出庭须写明出庭人员和原因）",
)
def record_lawsuit_hearing(request, lawsuit_id: int, payload: CourtHearingIn):
    lawsuit = _lawsuit_or_404(request, lawsuit_id)
    return litigation.record_court_hearing(request.user, lawsuit, **payload.dict())


@router.post(
    "/lawsuits/{int:lawsuit_id}/close",
    response=LawsuitDetailOut,
    summary="记录行政诉讼结果（胜诉、败诉、撤诉、调解）",
)
def close_lawsuit(request, lawsuit_id: int, payload: LawsuitCloseIn):
    lawsuit = _lawsuit_or_404(request, lawsuit_id)
    return litigation.close_lawsuit(request.user, lawsuit, **payload.dict())


@router.get(
    "/suggestions", response=list[CourtSuggestionOut], summary="致调用者单位的司法建议、检察建议及回复"
)
@paginate(LimitOffsetPagination)
def list_court_suggestions(request):
    return visible(CourtSuggestion.objects.all(), request.user, Purpose.EDIT).order_by("-id")


@router.post(
    "/suggestions", response=CourtSuggestionOut, summary="登记收到的司法建议或检察建议（回复期限默认两个月）"
)
def receive_court_suggestion(request, payload: SuggestionIn):
    data = payload.dict()
    addressee = _unit_or_404(request, data.pop("addressee_id"))
    lawsuit_id = data.pop("lawsuit_id")
    lawsuit = _lawsuit_or_404(request, lawsuit_id) if lawsuit_id is not None else None
    return litigation.receive_suggestion(request.user, addressee, lawsuit=lawsuit, **data)


@router.post(
    "/suggestions/{int:suggestion_id}/reply",
    response=CourtSuggestionOut,
    summary="记录对司法建议、检察建议的回复",
)
def reply_to_court_suggestion(request, suggestion_id: int, payload: ReplyIn):
    suggestion = get_visible_or_404(
        CourtSuggestion.objects.select_related("addressee"), request.user, Purpose.EDIT, pk=suggestion_id
    )
    return litigation.reply_to_suggestion(request.user, suggestion, **payload.dict())


def _mediation_organisation_or_404(request, body_id: int) -> MediationOrganisation:
    return get_visible_or_404(
        MediationOrganisation.objects.select_related("organisation"), request.user, Purpose.EDIT, pk=body_id
    )


@router.get(
    "/mediation/organisations", response=list[MediationOrganisationOut], summary="调用者单位负责的调解组织"
)
@paginate(LimitOffsetPagination)
def list_mediation_organisations(request):
    return visible(MediationOrganisation.objects.all(), request.user, Purpose.EDIT).order_by("id")


@router.get(
    "/mediation/organisations/{int:body_id}",
    response=MediationOrganisationOut,
    summary="一个调解组织（无权查看则404）",
)
def get_mediation_organisation(request, body_id: int):
    return _mediation_organisation_or_404(request, body_id)


@router.get("/mediation/cases", response=list[MediationCaseOut], summary="调用者单位调解组织受理的矛盾纠纷")
@paginate(LimitOffsetPagination)
def list_mediation_cases(request):
    return visible(MediationCase.objects.all(), request.user, Purpose.EDIT).order_by("-id")


@router.post(
    "/mediation/organisations/{int:body_id}/cases",
    response=MediationCaseOut,
    summary="登记调解案件（可同时记录结果和协议形式）",
)
def record_mediation_case(request, body_id: int, payload: MediationCaseIn):
    body = _mediation_organisation_or_404(request, body_id)
    return mediation.record_case(request.user, body, **payload.dict())


@router.get("/mediation/reports", response=list[MonthlyReportOut], summary="调解组织的人民调解统计月报")
@paginate(LimitOffsetPagination)
def list_monthly_mediation_reports(request):
    return visible(MonthlyMediationReport.objects.all(), request.user, Purpose.EDIT).order_by("-month", "id")


@router.post(
    "/mediation/organisations/{int:body_id}/reports",
    response=MonthlyReportOut,
    summary="报送（或更正）调解组织某月的统计月报",
)
def record_monthly_mediation_report(request, body_id: int, payload: MonthlyReportIn):
    body = _mediation_organisation_or_404(request, body_id)
    return mediation.record_monthly_report(request.user, body, **payload.dict())
