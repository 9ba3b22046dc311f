"""Study and legal education (学法用法与普法): leaders' law study, exams and the oath, the
heads' 述法 reports, the 谁执法谁普法 responsibility lists, and public legal education
(events, materials, demonstration villages, legal vice-principals). Rules: docs/education.md."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from fazhi.core.duties import Side
from fazhi.core.models import Event, SentReminder, TimeStampedModel, Versioned
from fazhi.core.scoping import Purpose
from fazhi.core.workflow import Transition, Workflow
from fazhi.org.models import Organisation

# The bodies that hold study sessions and keep a study plan: party and government organs.
STUDYING_KINDS = ("government", "department", "township", "street")


class OnRecordPage:
    """A record shown on the shared record page of its kind (``education:<kind>_detail``)."""

    page_kind = ""

    def get_absolute_url(self) -> str:
        return reverse(f"education:{self.page_kind}_detail", args=[self.pk])


def _unit(related_name: str, label=None):
    return models.ForeignKey(
        Organisation, verbose_name=label or _("unit"), on_delete=models.PROTECT, related_name=related_name
    )


class StudyKind(models.TextChoices):
    EXECUTIVE_MEETING = "executive_meeting", _("study before an executive meeting")
    PARTY_GROUP = "party_group", _("party group study")
    LECTURE = "lecture", _("special law lecture")


# The kinds that count towards the year's minimum (EDUCATION_MIN_STUDY_SESSIONS): a lecture
# is counted on its own (法治专题讲座), not as the leadership's collective study.
COLLECTIVE_STUDY = (StudyKind.EXECUTIVE_MEETING, StudyKind.PARTY_GROUP)


class StudyTopic(OnRecordPage, Versioned, TimeStampedModel):
    """One line of a unit's plan of study topics for a year (年度学法计划)."""

    page_kind = "topics"
    organisation = _unit("study_topics")
    year = models.PositiveSmallIntegerField(_("year"))
    month = models.PositiveSmallIntegerField(_("planned month"), null=True, blank=True)
    topic = models.CharField(_("topic"), max_length=200)

    history = HistoricalRecords()

    class Meta:
        ordering = ["organisation__sort_order", "-year", "month", "id"]
        verbose_name = _("planned study topic")
        verbose_name_plural = _("planned study topics")

    def __str__(self) -> str:
        return f"{self.year} · {self.topic}"


class StudySession(Versioned, TimeStampedModel):
    organisation = _unit("study_sessions")
    kind = models.CharField(_("kind"), max_length=20, choices=StudyKind.choices)
    held_on = models.DateField(_("date"))
    topic = models.CharField(_("topic"), max_length=200)
    speaker = models.CharField(_("speaker"), max_length=100)
    attendees = models.TextField(_("attendees"), blank=True)
    attendee_count = models.PositiveIntegerField(_("number of attendees"), default=0)
    materials = models.TextField(_("materials"), blank=True)
    planned_topic = models.ForeignKey(
        StudyTopic,
        verbose_name=_("planned topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sessions",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["-held_on", "-id"]
        verbose_name = _("study session")
        verbose_name_plural = _("study sessions")

    def __str__(self) -> str:
        return f"{self.held_on} · {self.topic}"

    def get_absolute_url(self) -> str:
        return reverse("education:session", args=[self.pk])


class ExamKind(models.TextChoices):
    PRE_APPOINTMENT = "pre_appointment", _("pre-appointment law exam")
    ANNUAL = "annual", _("annual law exam")


class LawExam(OnRecordPage, Versioned, TimeStampedModel):
    """One sitting of a law exam for leading cadres, with its results."""

    page_kind = "exams"
    organisation = _unit("law_exams")
    kind = models.CharField(_("kind"), max_length=20, choices=ExamKind.choices)
    held_on = models.DateField(_("date"))
    title = models.CharField(_("title"), max_length=200)
    takers = models.PositiveIntegerField(_("number who sat"))
    passed = models.PositiveIntegerField(_("number who passed"))

    history = HistoricalRecords()

    class Meta:
        ordering = ["-held_on", "-id"]
        verbose_name = _("law exam")
        verbose_name_plural = _("law exams")

    def __str__(self) -> str:
        return f"{self.held_on} · {self.title}"


class OathCeremony(OnRecordPage, Versioned, TimeStampedModel):
    """A constitutional oath (宪法宣誓) ceremony: who presided and who swore."""

    page_kind = "oaths"
    organisation = _unit("oath_ceremonies")
    held_on = models.DateField(_("date"))
    presided_by = models.CharField(_("presided by"), max_length=100)
    swearers = models.TextField(_("who swore"), help_text=_("One name per line."))
    swearer_count = models.PositiveIntegerField(_("number who swore"), default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-held_on", "-id"]
        verbose_name = _("oath ceremony")
        verbose_name_plural = _("oath ceremonies")

    def __str__(self) -> str:
        return f"{self.held_on} · {self.presided_by}"


class ReportStatus(models.TextChoices):
    SUBMITTED = "submitted", _("submitted")
    EVALUATED = "evaluated", _("report evaluated")


class Rating(models.TextChoices):
    EXCELLENT = "excellent", _("excellent")
    GOOD = "good", _("good")
    FAIR = "fair", _("fair")
    POOR = "poor", _("poor")


REPORT_WORKFLOW = Workflow(
    ReportStatus,
    [
        Transition(
            "evaluate",
            _("evaluate the report"),
            {ReportStatus.SUBMITTED},
            ReportStatus.EVALUATED,
            Purpose.REVIEW,
            side=Side.OFFICE,
        ),
    ],
    unit_steps=("submit",),
)


class AccountabilityReport(TimeStampedModel):
    """A head's report on his rule-of-law duties (述法), read for its first-responsible-person part."""

    organisation = _unit("accountability_reports")
    year = models.PositiveSmallIntegerField(_("year reported on"))
    reporter = models.CharField(_("reported by"), max_length=100)
    position = models.CharField(_("position"), max_length=100)
    reported_on = models.DateField(_("date reported"))
    text_file = models.FileField(_("report text"), upload_to="education/reports/", max_length=200)
    text = models.TextField(_("text read"), blank=True)
    # What the reading engine's part detector found for 第一责任人: section | mentioned | absent | "".
    duties_part = models.CharField(_("first-responsible-person part"), max_length=10, blank=True)
    duties_heading = models.CharField(_("heading found"), max_length=200, blank=True)
    duties_evidence = models.CharField(_("line the finding rests on"), max_length=500, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ReportStatus.choices, default=ReportStatus.SUBMITTED
    )
    rating = models.CharField(_("rating"), max_length=10, choices=Rating.choices, blank=True)
    evaluation = models.TextField(_("evaluation"), blank=True)
    evaluated_on = models.DateField(_("rated on"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-year", "organisation__sort_order", "id"]
        verbose_name = _("accountability report")
        verbose_name_plural = _("accountability reports")

    def __str__(self) -> str:
        return f"{self.year} · {self.reporter}"

    def get_absolute_url(self) -> str:
        return reverse("education:report", args=[self.pk])


class ListStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    PUBLISHED = "published", _("published")
    REVIEWED = "reviewed", _("reviewed and rated")


LIST_WORKFLOW = Workflow(
    ListStatus,
    [
        Transition(
            "publish",
            _("publish the list"),
            {ListStatus.DRAFT},
            ListStatus.PUBLISHED,
            Purpose.EDIT,
            side=Side.UNIT,
        ),
        Transition(
            "review",
            _("review the list"),
            {ListStatus.PUBLISHED},
            ListStatus.REVIEWED,
            Purpose.REVIEW,
            side=Side.OFFICE,
        ),
    ],
    unit_steps=("create",),
)


class ResponsibilityList(TimeStampedModel):
    """A body's 谁执法谁普法 list for one year: what it explains to whom; reviewed and rated."""

    organisation = _unit("responsibility_lists")
    year = models.PositiveSmallIntegerField(_("year"))
    items = models.TextField(_("what is explained to whom"), help_text=_("One item per line."))
    status = models.CharField(
        _("status"), max_length=10, choices=ListStatus.choices, default=ListStatus.DRAFT
    )
    published_on = models.DateField(_("published on"), null=True, blank=True)
    review_result = models.TextField(_("review result"), blank=True)
    rating = models.CharField(_("rating"), max_length=10, choices=Rating.choices, blank=True)
    reviewed_on = models.DateField(_("rated on"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-year", "organisation__sort_order", "id"]
        verbose_name = _("responsibility list")
        verbose_name_plural = _("responsibility lists")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "year"], name="education_one_list_a_year")
        ]

    def __str__(self) -> str:
        return f"{self.organisation} · {self.year}"

    def get_absolute_url(self) -> str:
        return reverse("education:list", args=[self.pk])

    @property
    def item_lines(self) -> list[str]:
        return [line.strip() for line in self.items.splitlines() if line.strip()]


class CaseExplanation(OnRecordPage, Versioned, TimeStampedModel):
    """A case used to explain the law (以案释法)."""

    page_kind = "cases"
    organisation = _unit("case_explanations")
    held_on = models.DateField(_("date"))
    case_title = models.CharField(_("case"), max_length=200)
    lesson = models.TextField(_("what the case explains"))
    audience = models.CharField(_("audience"), max_length=100)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-held_on", "-id"]
        verbose_name = _("case used to explain the law")
        verbose_name_plural = _("cases used to explain the law")

    def __str__(self) -> str:
        return self.case_title


class ActivityKind(models.TextChoices):
    CAMPAIGN = "campaign", _("public legal-education event")
    TRAINING = "training", _("law training for officials")
    LEGAL_LITERATE = "legal_literate", _("training of legally literate residents")


class Activity(OnRecordPage, Versioned, TimeStampedModel):
    """A legal-education event (普法活动): when, where, for whom, how many reached."""

    page_kind = "activities"
    organisation = _unit("education_activities")
    kind = models.CharField(_("kind"), max_length=20, choices=ActivityKind.choices)
    held_on = models.DateField(_("date"))
    title = models.CharField(_("title"), max_length=200)
    place = models.CharField(_("place"), max_length=200)
    audience = models.CharField(_("audience"), max_length=100)
    reached = models.PositiveIntegerField(_("people reached"), default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-held_on", "-id"]
        verbose_name = _("legal-education event")
        verbose_name_plural = _("legal-education events")

    def __str__(self) -> str:
        return f"{self.held_on} · {self.title}"


class MaterialForm(models.TextChoices):
    LEAFLET = "leaflet", _("leaflet")
    BOOKLET = "booklet", _("booklet")
    POSTER = "poster", _("poster")
    VIDEO = "video", _("video")
    ARTICLE = "article", _("online article")


class Material(OnRecordPage, Versioned, TimeStampedModel):
    page_kind = "materials"
    organisation = _unit("education_materials")
    form = models.CharField(_("form"), max_length=10, choices=MaterialForm.choices)
    title = models.CharField(_("title"), max_length=200)
    issued_on = models.DateField(_("date handed out"))
    copies = models.PositiveIntegerField(_("copies"))

    history = HistoricalRecords()

    class Meta:
        ordering = ["-issued_on", "-id"]
        verbose_name = _("legal-education material")
        verbose_name_plural = _("legal-education materials")

    def __str__(self) -> str:
        return self.title


class SiteKind(models.TextChoices):
    VILLAGE = "village", _("village")
    COMMUNITY = "community", _("community")


class SiteLevel(models.TextChoices):
    NATIONAL = "national", _("national")
    PROVINCIAL = "provincial", _("provincial")
    CITY = "city", _("city")
    COUNTY = "county", _("county")


class DemonstrationSite(OnRecordPage, Versioned, TimeStampedModel):
    """A democracy and rule-of-law demonstration village or community (民主法治示范村/社区)."""

    page_kind = "sites"
    organisation = _unit("demonstration_sites", _("township or street"))
    name = models.CharField(_("name"), max_length=100)
    kind = models.CharField(_("kind"), max_length=10, choices=SiteKind.choices)
    level = models.CharField(_("level"), max_length=10, choices=SiteLevel.choices)
    year = models.PositiveSmallIntegerField(_("year named"))

    history = HistoricalRecords()

    class Meta:
        ordering = ["-year", "name", "id"]
        verbose_name = _("demonstration village or community")
        verbose_name_plural = _("demonstration villages and communities")
        constraints = [
            models.UniqueConstraint(fields=["name", "level"], name="education_one_site_title_a_level")
        ]

    def __str__(self) -> str:
        return self.name


class School(TimeStampedModel):
    organisation = _unit("schools", _("township or street"))
    name = models.CharField(_("school"), max_length=100)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name", "id"]
        verbose_name = _("school")
        verbose_name_plural = _("schools")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "name"], name="education_unique_school")
        ]

    def __str__(self) -> str:
        return self.name


class VicePrincipal(TimeStampedModel):
    """A legal vice-principal (法治副校长) appointed to a school for a term."""

    scope_paths = ("school__organisation",)

    school = models.ForeignKey(
        School, verbose_name=_("school"), on_delete=models.CASCADE, related_name="vice_principals"
    )
    name = models.CharField(_("name"), max_length=50)
    employer = models.CharField(_("works at"), max_length=100)
    starts_on = models.DateField(_("term from"))
    ends_on = models.DateField(_("term until"))

    history = HistoricalRecords()

    class Meta:
        ordering = ["-starts_on", "id"]
        verbose_name = _("legal vice-principal")
        verbose_name_plural = _("legal vice-principals")

    def __str__(self) -> str:
        return f"{self.school} · {self.name}"


class EducationEvent(Event):
    """The event rows of this app's actions; each names the unit, and the record where it has steps."""

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    report = models.ForeignKey(
        AccountabilityReport, null=True, blank=True, on_delete=models.PROTECT, related_name="events"
    )
    responsibility_list = models.ForeignKey(
        ResponsibilityList, null=True, blank=True, on_delete=models.PROTECT, related_name="events"
    )

    class Meta(Event.Meta):
        verbose_name = _("legal education event row")
        verbose_name_plural = _("legal education event rows")

    VERBS = {
        "create": _("recorded"),
        "edit": _("edited"),
        "submit": _("submitted"),
        "evaluate": _("report evaluated"),
        "publish": _("published"),
        "review": _("reviewed and rated"),
        "remind_study": _("reminded of the study minimum"),
    }


class StudyReminderSent(SentReminder):
    """That a unit was reminded, once a year, that its study sessions are below the minimum."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "kind", "due"], name="education_one_study_reminder"
            )
        ]
