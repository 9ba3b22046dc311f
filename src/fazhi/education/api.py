"""Study and legal-education endpoints; mounted by fazhi.api under /api/education.

Every list reads through the scoping helper (a unit its own records, the office and the
evaluator their region), pages with ``limit``/``offset`` and filters by ``year`` and
``organisation_id``; every record is a 404 to whoever may not read it; every write calls the
action the form calls (a unit's step for its own unit, the office's only by proxy with a
reason; the office's evaluation and review refused to whoever did the unit's step).
"""

from __future__ import annotations

from ninja import File, Form, Router
from ninja.files import UploadedFile
from ninja.pagination import paginate

from fazhi.core.api_input import ApiYear, LimitOffsetPagination, checked_year
from fazhi.core.scoping import Purpose, get_visible_or_404, scope_of, visible
from fazhi.education import actions, queries
from fazhi.education import schemas as s
from fazhi.education.models import (
    AccountabilityReport,
    Activity,
    CaseExplanation,
    DemonstrationSite,
    LawExam,
    Material,
    OathCeremony,
    ResponsibilityList,
    School,
    StudySession,
    StudyTopic,
)
from fazhi.org.models import Organisation

router = Router(tags=["legal education"])


def _unit(request, organisation_id: int) -> Organisation:
    """The unit a new record is for: one the caller may edit, else 404."""
    return get_visible_or_404(Organisation.objects, request.user, Purpose.EDIT, pk=organisation_id)


def _records(request, model, date_field: str, year: int | None, organisation_id: int | None):
    """``model``'s records the caller may read, filtered by year (of ``date_field``) and unit."""
    found = visible(model.objects.select_related("organisation"), request.user)
    if checked_year(year):
        lookup = "year" if date_field == "year" else f"{date_field}__year"
        found = found.filter(**{lookup: year})
    if organisation_id is not None:
        found = found.filter(organisation_id=organisation_id)
    return found


def _one(request, model, pk: int, purpose: Purpose = Purpose.READ):
    return get_visible_or_404(model.objects.select_related("organisation"), request.user, purpose, pk=pk)


def _create(request, action, payload):
    data = payload.dict()
    return action(request.user, _unit(request, data.pop("organisation_id")), **data)


# Leaders' study ----------------------------------------------------------------


@router.get("/topics", response=list[s.StudyTopicOut], summary="年度学法计划的议题列表（可按年度、单位筛选）")
@paginate(LimitOffsetPagination)
def list_study_topics(request, year: int | None = None, organisation_id: int | None = None):
    return _records(request, StudyTopic, "year", year, organisation_id)


@router.get(
    "/topics/{int:topic_id}", response=s.StudyTopicOut, summary="一条学法计划议题（无权查看时为 404）"
)
def get_study_topic(request, topic_id: int):
    return _one(request, StudyTopic, topic_id)


@router.post("/topics", response=s.StudyTopicOut, summary="为本单位的年度学法计划增加一个议题")
def plan_study_topic(request, payload: s.StudyTopicIn):
    return _create(request, actions.plan_topic, payload)


@router.get(
    "/study", response=list[s.StudySessionOut], summary="学法活动列表（会前学法、中心组学法、专题讲座）"
)
@paginate(LimitOffsetPagination)
def list_study_sessions(request, year: int | None = None, organisation_id: int | None = None):
    return _records(request, StudySession, "held_on", year, organisation_id)


@router.post("/study", response=s.StudySessionOut, summary="登记本单位的一次学法活动")
def record_study_session(request, payload: s.StudySessionIn):
    return _create(request, actions.record_study_session, payload)


@router.get("/study/{int:session_id}", response=s.StudySessionOut, summary="一次学法活动（无权查看时为 404）")
def get_study_session(request, session_id: int):
    return _one(request, StudySession, session_id)


@router.get(
    "/study-below-minimum",
    response=list[s.StudyCount],
    summary="当年集体学法次数低于最低次数的单位",
)
def study_below_minimum(request, year: ApiYear):
    below = queries.below_study_minimum(scope_of(request.user).organisations(Purpose.READ), year)
    return [
        {"organisation_id": unit.pk, "organisation_name": unit.name, "sessions": unit.collective_sessions}
        for unit in below.order_by("region_code", "sort_order", "id")
    ]


# Exams and the oath ------------------------------------------------------------


@router.get(
    "/exams", response=list[s.LawExamOut], summary="任前考法和年度考法列表及考试结果（可按年度、单位筛选）"
)
@paginate(LimitOffsetPagination)
def list_law_exams(request, year: int | None = None, organisation_id: int | None = None):
    return _records(request, LawExam, "held_on", year, organisation_id)


@router.get("/exams/{int:exam_id}", response=s.LawExamOut, summary="一场学法考试及其结果（无权查看时为 404）")
def get_law_exam(request, exam_id: int):
    return _one(request, LawExam, exam_id)


@router.post("/exams", response=s.LawExamOut, summary="登记本单位的一场学法考试及参考、合格人数")
def record_law_exam(request, payload: s.LawExamIn):
    return _create(request, actions.record_exam, payload)


@router.get("/oaths", response=list[s.OathCeremonyOut], summary="宪法宣誓仪式列表（可按年度、单位筛选）")
@paginate(LimitOffsetPagination)
def list_oath_ceremonies(request, year: int | None = None, organisation_id: int | None = None):
    return _records(request, OathCeremony, "held_on", year, organisation_id)


@router.get(
    "/oaths/{int:oath_id}", response=s.OathCeremonyOut, summary="一次宪法宣誓仪式（无权查看时为 404）"
)
def get_oath_ceremony(request, oath_id: int):
    return _one(request, OathCeremony, oath_id)


@router.post("/oaths", response=s.OathCeremonyOut, summary="登记本单位的一次宪法宣誓仪式（宣誓人每行一个）")
def record_oath_ceremony(request, payload: s.OathCeremonyIn):
    return _create(request, actions.record_oath, payload)


# 述法 ----------------------------------------------------------------------------


@router.get(
    "/reports", response=list[s.AccountabilityReportOut], summary="述法报告列表（可按所述年度、单位筛选）"
)
@paginate(LimitOffsetPagination)
def list_accountability_reports(request, year: int | None = None, organisation_id: int | None = None):
    return _records(request, AccountabilityReport, "year", year, organisation_id)


@router.get(
    "/reports/{int:report_id}",
    response=s.AccountabilityReportOut,
    summary="一份述法报告及其评议（无权查看时为 404）",
)
def get_accountability_report(request, report_id: int):
    return _one(request, AccountabilityReport, report_id)


@router.post(
    "/reports",
    response=s.AccountabilityReportOut,
    summary="提交本单位负责人的述法报告（上传 docx、pdf、txt 或 html，当即识别第一责任人部分）",
)
def submit_accountability_report(
    request, payload: Form[s.AccountabilityReportIn], text_file: File[UploadedFile]
):
    data = payload.dict()
    organisation = _unit(request, data.pop("organisation_id"))
    return actions.submit_report(request.user, organisation, text_file=text_file, **data)


@router.post(
    "/reports/{int:report_id}/evaluate",
    response=s.AccountabilityReportOut,
    summary="依法治区办评议述法报告（提交或代为提交者本人不得评议）",
)
def evaluate_accountability_report(request, report_id: int, payload: s.RatingIn):
    report = _one(request, AccountabilityReport, report_id)
    return actions.evaluate_report(
        request.user,
        report,
        rating=payload.rating,
        evaluation=payload.note,
        evaluated_on=payload.on,
    )


# 谁执法谁普法 --------------------------------------------------------------------


@router.get(
    "/lists",
    response=list[s.ResponsibilityListOut],
    summary="谁执法谁普法责任清单列表（可按年度、单位筛选）",
)
@paginate(LimitOffsetPagination)
def list_responsibility_lists(request, year: int | None = None, organisation_id: int | None = None):
    return _records(request, ResponsibilityList, "year", year, organisation_id)


@router.get(
    "/lists/{int:list_id}",
    response=s.ResponsibilityListOut,
    summary="一份普法责任清单（无权查看时为 404）",
)
def get_responsibility_list(request, list_id: int):
    return _one(request, ResponsibilityList, list_id)


@router.post("/lists", response=s.ResponsibilityListOut, summary="起草本单位当年的普法责任清单（每年一份）")
def draft_responsibility_list(request, payload: s.ResponsibilityListIn):
    return _create(request, actions.draft_list, payload)


@router.post(
    "/lists/{int:list_id}/publish",
    response=s.ResponsibilityListOut,
    summary="公布本单位的普法责任清单（公布后在门户网站公开，不可撤回）",
)
def publish_responsibility_list(request, list_id: int, payload: s.PublishIn):
    found = _one(request, ResponsibilityList, list_id, Purpose.EDIT)
    return actions.publish_list(
        request.user, found, published_on=payload.published_on, proxy_reason=payload.proxy_reason
    )


@router.post(
    "/lists/{int:list_id}/review",
    response=s.ResponsibilityListOut,
    summary="依法治区办评查普法责任清单并评定等次（起草或公布者本人不得评查）",
)
def review_responsibility_list(request, list_id: int, payload: s.RatingIn):
    found = _one(request, ResponsibilityList, list_id)
    return actions.review_list(
        request.user, found, rating=payload.rating, review_result=payload.note, reviewed_on=payload.on
    )


@router.get("/cases", response=list[s.CaseExplanationOut], summary="以案释法案例列表（可按年度、单位筛选）")
@paginate(LimitOffsetPagination)
def list_case_explanations(request, year: int | None = None, organisation_id: int | None = None):
    return _records(request, CaseExplanation, "held_on", year, organisation_id)


@router.get(
    "/cases/{int:case_id}", response=s.CaseExplanationOut, summary="一个以案释法案例（无权查看时为 404）"
)
def get_case_explanation(request, case_id: int):
    return _one(request, CaseExplanation, case_id)


@router.post("/cases", response=s.CaseExplanationOut, summary="登记本单位的一个以案释法案例")
def record_case_explanation(request, payload: s.CaseExplanationIn):
    return _create(request, actions.record_case, payload)


# Events and places -------------------------------------------------------------


@router.get("/activities", response=list[s.ActivityOut], summary="普法活动列表（可按年度、单位筛选）")
@paginate(LimitOffsetPagination)
def list_activities(request, year: int | None = None, organisation_id: int | None = None):
    return _records(request, Activity, "held_on", year, organisation_id)


@router.get(
    "/activities/{int:activity_id}", response=s.ActivityOut, summary="一次普法活动（无权查看时为 404）"
)
def get_activity(request, activity_id: int):
    return _one(request, Activity, activity_id)


@router.post("/activities", response=s.ActivityOut, summary="登记本单位的一次普法活动")
def record_activity(request, payload: s.ActivityIn):
    return _create(request, actions.record_activity, payload)


@router.get("/materials", response=list[s.MaterialOut], summary="普法宣传资料列表（可按年度、单位筛选）")
@paginate(LimitOffsetPagination)
def list_materials(request, year: int | None = None, organisation_id: int | None = None):
    return _records(request, Material, "issued_on", year, organisation_id)


@router.get(
    "/materials/{int:material_id}", response=s.MaterialOut, summary="一种普法宣传资料（无权查看时为 404）"
)
def get_material(request, material_id: int):
    return _one(request, Material, material_id)


@router.post("/materials", response=s.MaterialOut, summary="登记本单位发放的普法宣传资料")
def record_material(request, payload: s.MaterialIn):
    return _create(request, actions.record_material, payload)


@router.get(
    "/sites",
    response=list[s.DemonstrationSiteOut],
    summary="民主法治示范村（社区）列表（可按命名年度、乡镇街道筛选）",
)
@paginate(LimitOffsetPagination)
def list_demonstration_sites(request, year: int | None = None, organisation_id: int | None = None):
    return _records(request, DemonstrationSite, "year", year, organisation_id)


@router.get(
    "/sites/{int:site_id}",
    response=s.DemonstrationSiteOut,
    summary="一个民主法治示范村（社区）（无权查看时为 404）",
)
def get_demonstration_site(request, site_id: int):
    return _one(request, DemonstrationSite, site_id)


@router.post(
    "/sites", response=s.DemonstrationSiteOut, summary="登记本乡镇街道获命名的民主法治示范村（社区）"
)
def name_demonstration_site(request, payload: s.DemonstrationSiteIn):
    return _create(request, actions.name_site, payload)


def _schools(request):
    return visible(
        School.objects.select_related("organisation").prefetch_related("vice_principals"), request.user
    )


@router.get(
    "/schools",
    response=list[s.SchoolOut],
    summary="学校及其法治副校长列表（可按乡镇街道筛选；按年度筛选任期覆盖该年的）",
)
@paginate(LimitOffsetPagination)
def list_schools(request, year: int | None = None, organisation_id: int | None = None):
    found = _schools(request)
    if checked_year(year):
        found = found.filter(
            vice_principals__starts_on__year__lte=year, vice_principals__ends_on__year__gte=year
        ).distinct()
    if organisation_id is not None:
        found = found.filter(organisation_id=organisation_id)
    return found


@router.get(
    "/schools/{int:school_id}", response=s.SchoolOut, summary="一所学校及其法治副校长（无权查看时为 404）"
)
def get_school(request, school_id: int):
    return get_visible_or_404(_schools(request), request.user, pk=school_id)


@router.post("/schools", response=s.SchoolOut, summary="登记本乡镇街道的一所学校")
def add_school(request, payload: s.SchoolIn):
    return _create(request, actions.add_school, payload)


@router.post(
    "/schools/{int:school_id}/vice-principals",
    response=s.VicePrincipalOut,
    summary="为本乡镇街道的学校聘任一名法治副校长",
)
def appoint_vice_principal(request, school_id: int, payload: s.VicePrincipalIn):
    school = _one(request, School, school_id, Purpose.EDIT)
    return actions.appoint_vice_principal(request.user, school, **payload.dict())
