"""What each kind of record's list, export and new-record page shows (views.py serves them alike)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from fazhi.education import actions, forms, models


@dataclass(frozen=True)
class RecordPage:
    model: type
    title: object  # lazy translation
    new_title: object
    form: type
    action: Callable
    date_field: str  # the list's year filter; "year" for records kept by year
    search: tuple[str, ...]
    columns: tuple[tuple[object, Callable], ...]
    filename: str
    related: tuple[str, ...] = ("organisation",)
    importable: bool = False
    extra: dict = field(default_factory=dict)


def _date(name):
    return lambda record: getattr(record, name)


UNIT = (_("Unit"), lambda r: r.organisation.name)

PAGES = {
    "study": RecordPage(
        models.StudySession,
        _("Study sessions"),
        _("New study session"),
        forms.StudySessionForm,
        actions.record_study_session,
        "held_on",
        ("topic", "speaker", "organisation__name"),
        (
            UNIT,
            (_("Kind"), lambda r: r.get_kind_display()),
            (_("Date"), _date("held_on")),
            (_("Topic"), lambda r: r.topic),
            (_("Speaker"), lambda r: r.speaker),
            (_("Number of attendees"), lambda r: r.attendee_count),
        ),
        "学法活动.xlsx",
        importable=True,
    ),
    "topics": RecordPage(
        models.StudyTopic,
        _("Study plan"),
        _("New planned topic"),
        forms.StudyTopicForm,
        actions.plan_topic,
        "year",
        ("topic", "organisation__name"),
        (
            UNIT,
            (_("Year"), lambda r: r.year),
            (_("Planned month"), lambda r: r.month or ""),
            (_("Topic"), lambda r: r.topic),
        ),
        "学法计划.xlsx",
    ),
    "exams": RecordPage(
        models.LawExam,
        _("Law exams"),
        _("New law exam"),
        forms.LawExamForm,
        actions.record_exam,
        "held_on",
        ("title", "organisation__name"),
        (
            UNIT,
            (_("Kind"), lambda r: r.get_kind_display()),
            (_("Date"), _date("held_on")),
            (_("Title"), lambda r: r.title),
            (_("Number who sat"), lambda r: r.takers),
            (_("Number who passed"), lambda r: r.passed),
        ),
        "学法考试.xlsx",
        importable=True,
    ),
    "oaths": RecordPage(
        models.OathCeremony,
        _("Oath ceremonies"),
        _("New oath ceremony"),
        forms.OathCeremonyForm,
        actions.record_oath,
        "held_on",
        ("presided_by", "swearers", "organisation__name"),
        (
            UNIT,
            (_("Date"), _date("held_on")),
            (_("Presided by"), lambda r: r.presided_by),
            (_("Number who swore"), lambda r: r.swearer_count),
            (_("Who swore"), lambda r: "、".join(r.swearers.splitlines())),
        ),
        "宪法宣誓.xlsx",
        importable=True,
    ),
    "reports": RecordPage(
        models.AccountabilityReport,
        _("Accountability reports"),
        _("New accountability report"),
        forms.AccountabilityReportForm,
        actions.submit_report,
        "year",
        ("reporter", "organisation__name"),
        (
            UNIT,
            (_("Year reported on"), lambda r: r.year),
            (_("Reported by"), lambda r: f"{r.reporter}（{r.position}）"),
            (_("First-responsible-person part"), lambda r: r.duties_part),
            (_("Status"), lambda r: r.get_status_display()),
            (_("Rating"), lambda r: r.get_rating_display()),
        ),
        "述法报告.xlsx",
    ),
    "lists": RecordPage(
        models.ResponsibilityList,
        _("Responsibility lists"),
        _("New responsibility list"),
        forms.ResponsibilityListForm,
        actions.draft_list,
        "year",
        ("items", "organisation__name"),
        (
            UNIT,
            (_("Year"), lambda r: r.year),
            (_("Status"), lambda r: r.get_status_display()),
            (_("Rating"), lambda r: r.get_rating_display()),
            (_("Rated on"), _date("reviewed_on")),
        ),
        "普法责任清单.xlsx",
    ),
    "cases": RecordPage(
        models.CaseExplanation,
        _("Cases used to explain the law"),
        _("New case"),
        forms.CaseExplanationForm,
        actions.record_case,
        "held_on",
        ("case_title", "lesson", "organisation__name"),
        (
            UNIT,
            (_("Date"), _date("held_on")),
            (_("Case"), lambda r: r.case_title),
            (_("Audience"), lambda r: r.audience),
        ),
        "以案释法.xlsx",
        importable=True,
    ),
    "activities": RecordPage(
        models.Activity,
        _("Legal-education events"),
        _("New legal-education event"),
        forms.ActivityForm,
        actions.record_activity,
        "held_on",
        ("title", "place", "organisation__name"),
        (
            UNIT,
            (_("Kind"), lambda r: r.get_kind_display()),
            (_("Date"), _date("held_on")),
            (_("Title"), lambda r: r.title),
            (_("Place"), lambda r: r.place),
            (_("Audience"), lambda r: r.audience),
            (_("People reached"), lambda r: r.reached),
        ),
        "普法活动.xlsx",
        importable=True,
    ),
    "materials": RecordPage(
        models.Material,
        _("Legal-education materials"),
        _("New material"),
        forms.MaterialForm,
        actions.record_material,
        "issued_on",
        ("title", "organisation__name"),
        (
            UNIT,
            (_("Form"), lambda r: r.get_form_display()),
            (_("Title"), lambda r: r.title),
            (_("Date handed out"), _date("issued_on")),
            (_("Copies"), lambda r: r.copies),
        ),
        "普法宣传资料.xlsx",
        importable=True,
    ),
    "sites": RecordPage(
        models.DemonstrationSite,
        _("Demonstration villages and communities"),
        _("New demonstration village or community"),
        forms.DemonstrationSiteForm,
        actions.name_site,
        "year",
        ("name", "organisation__name"),
        (
            (_("Township or street"), lambda r: r.organisation.name),
            (_("Name"), lambda r: r.name),
            (_("Kind"), lambda r: r.get_kind_display()),
            (_("Level"), lambda r: r.get_level_display()),
            (_("Year named"), lambda r: r.year),
        ),
        "民主法治示范村社区.xlsx",
        importable=True,
    ),
    "schools": RecordPage(
        models.School,
        _("Legal vice-principals"),
        _("New school"),
        forms.SchoolForm,
        actions.add_school,
        "",
        ("name", "organisation__name"),
        (
            (_("Township or street"), lambda r: r.organisation.name),
            (_("School"), lambda r: r.name),
        ),
        "法治副校长.xlsx",
        importable=True,
    ),
}

# The records with steps of their own have pages of their own; every other kind's rows open
# the shared record page (``education:<kind>_detail``).
OWN_PAGES = {
    "study": "education:session",
    "reports": "education:report",
    "lists": "education:list",
    "schools": "education:school",
}
DETAIL_URLS = {kind: OWN_PAGES.get(kind, f"education:{kind}_detail") for kind in PAGES}
