"""Indicator providers of study and legal education, for the organisation and everything below it.

- leadership.pre_meeting_study_sessions / leadership.group_study_sessions: study sessions
  before executive meetings / of party groups held in the period;
- leadership.pre_appointment_exam_takers: people who sat pre-appointment law exams;
- leadership.oath_takers: people who swore the constitutional oath;
- leadership.accountability_reports: 述法 reports made in the period;
- education.activities / education.trainings / education.legal_literate_trainings: events of
  each kind held;
- education.materials: copies of material handed out;
- education.demo_communities: villages and communities named in the period's years;
- education.responsibility_lists_reviewed: 谁执法谁普法 lists reviewed in the period;
- education.school_legal_vp_rate: schools with a legal vice-principal in office on the
  period's last day ÷ schools.
"""

from __future__ import annotations

from django.db.models import Count, Exists, OuterRef, Q, Sum

from fazhi.core.providers import Measurement, Period, rate, subtree_ids
from fazhi.education.models import (
    AccountabilityReport,
    Activity,
    ActivityKind,
    DemonstrationSite,
    ExamKind,
    LawExam,
    Material,
    OathCeremony,
    ResponsibilityList,
    School,
    StudyKind,
    StudySession,
    VicePrincipal,
)


def _count(model, date_field: str, definition: str, **conditions):
    def provider(organisation, period: Period) -> Measurement:
        n = model.objects.filter(
            organisation_id__in=subtree_ids(organisation),
            **{f"{date_field}__range": (period.start, period.end)},
            **conditions,
        ).count()
        return Measurement(n, definition=definition)

    return provider


def _sum(model, field: str, date_field: str, definition: str, **conditions):
    def provider(organisation, period: Period) -> Measurement:
        total = model.objects.filter(
            organisation_id__in=subtree_ids(organisation),
            **{f"{date_field}__range": (period.start, period.end)},
            **conditions,
        ).aggregate(total=Sum(field))["total"]
        return Measurement(total or 0, definition=definition)

    return provider


def demo_communities(organisation, period: Period) -> Measurement:
    n = DemonstrationSite.objects.filter(
        organisation_id__in=subtree_ids(organisation), year__range=(period.start.year, period.end.year)
    ).count()
    return Measurement(n, definition="本期命名的民主法治示范村（社区）个数（各级）")


def school_legal_vp_rate(organisation, period: Period) -> Measurement | None:
    day = period.end
    in_office = VicePrincipal.objects.filter(school=OuterRef("pk"), starts_on__lte=day, ends_on__gte=day)
    counts = School.objects.filter(organisation_id__in=subtree_ids(organisation)).aggregate(
        total=Count("pk"), covered=Count("pk", filter=Q(Exists(in_office)))
    )
    return rate(counts["covered"], counts["total"], "期末配备法治副校长的学校数 ÷ 学校数")


PROVIDERS = {
    "leadership.pre_meeting_study_sessions": _count(
        StudySession, "held_on", "本期政府常务会议会前学法次数", kind=StudyKind.EXECUTIVE_MEETING
    ),
    "leadership.group_study_sessions": _count(
        StudySession, "held_on", "本期党委（党组）中心组专题学法次数", kind=StudyKind.PARTY_GROUP
    ),
    "leadership.pre_appointment_exam_takers": _sum(
        LawExam, "takers", "held_on", "本期任前法律知识考试参考人数", kind=ExamKind.PRE_APPOINTMENT
    ),
    "leadership.oath_takers": _sum(OathCeremony, "swearer_count", "held_on", "本期宪法宣誓人次"),
    "leadership.accountability_reports": _count(AccountabilityReport, "reported_on", "本期述法报告份数"),
    "education.activities": _count(Activity, "held_on", "本期法治宣传活动场次", kind=ActivityKind.CAMPAIGN),
    "education.trainings": _count(Activity, "held_on", "本期法治培训场次", kind=ActivityKind.TRAINING),
    "education.legal_literate_trainings": _count(
        Activity, "held_on", "本期“法律明白人”培训次数", kind=ActivityKind.LEGAL_LITERATE
    ),
    "education.materials": _sum(Material, "copies", "issued_on", "本期发放普法宣传资料份数"),
    "education.demo_communities": demo_communities,
    "education.responsibility_lists_reviewed": _count(
        ResponsibilityList, "reviewed_on", "本期完成年度评议的普法责任清单份数"
    ),
    "education.school_legal_vp_rate": school_legal_vp_rate,
}
