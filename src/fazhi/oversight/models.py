"""Inspections (督察), the problem list (问题清单), rectification and consequences.

An inspection is run by the rule-of-law office over a set of units; the
checks done and the findings are recorded against the unit concerned. Every
finding becomes a ``Problem`` whose responsible unit rectifies it: plan, then
evidence, then the office verifies. A follow-up review (回头看) may reopen a
closed problem. Talks (约谈) and notices (通报) are ``Consequence`` rows.
"""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from fazhi.catalog import calendar
from fazhi.core.deadlines import Basis, Deadline, DeadlineStatus, local_today
from fazhi.core.duties import Side
from fazhi.core.models import Event, SentReminder, TimeStampedModel, Versioned
from fazhi.core.scoping import Purpose
from fazhi.core.workflow import Transition, Workflow


class InspectionForm(models.TextChoices):
    ON_SITE = "on_site", _("on-site inspection")
    WRITTEN = "written", _("written inspection")


class InspectionStatus(models.TextChoices):
    PLANNED = "planned", _("planned")
    UNDER_WAY = "under_way", _("under way")
    CONCLUDED = "concluded", _("concluded")


INSPECTION_WORKFLOW = Workflow(
    InspectionStatus,
    [
        Transition(
            "start",
            _("start the inspection"),
            {InspectionStatus.PLANNED},
            InspectionStatus.UNDER_WAY,
            Purpose.REVIEW,
            side=Side.OFFICE,
        ),
        Transition(
            "conclude",
            _("conclude the inspection"),
            {InspectionStatus.UNDER_WAY},
            InspectionStatus.CONCLUDED,
            Purpose.REVIEW,
            side=Side.OFFICE,
        ),
    ],
)


class Inspection(Versioned, TimeStampedModel):
    """One inspection (督察) by the office: on site or in writing, over some units and topics."""

    scope_paths = ("organisation", "units")  # the office running it and each inspected unit

    organisation = models.ForeignKey(
        "org.Organisation",
        verbose_name=_("inspecting office"),
        on_delete=models.PROTECT,
        related_name="inspections_conducted",
    )
    title = models.CharField(_("title"), max_length=200)
    form = models.CharField(_("form of inspection"), max_length=20, choices=InspectionForm.choices)
    topics = models.TextField(_("topics"), max_length=2000)
    units = models.ManyToManyField(
        "org.Organisation", verbose_name=_("units inspected"), related_name="inspections"
    )
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    status = models.CharField(
        _("status"), max_length=20, choices=InspectionStatus.choices, default=InspectionStatus.PLANNED
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["-starts_on", "-id"]
        verbose_name = _("inspection")
        verbose_name_plural = _("inspections")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("oversight:inspection_detail", args=[self.pk])


class CheckKind(models.TextChoices):
    CASE_FILE_REVIEW = "case_file_review", _("case-file review")
    INTERVIEW = "interview", _("interview")
    DOCUMENT_REVIEW = "document_review", _("document review")
    SITE_VISIT = "site_visit", _("site visit")
    SYMPOSIUM = "symposium", _("symposium")
    KNOWLEDGE_TEST = "knowledge_test", _("law-knowledge test")


class InspectionCheck(TimeStampedModel):
    """A check done in an inspection (查阅卷宗, 个别谈话...), at one unit."""

    inspection = models.ForeignKey(
        Inspection, verbose_name=_("inspection"), on_delete=models.CASCADE, related_name="checks"
    )
    organisation = models.ForeignKey(
        "org.Organisation", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="inspection_checks"
    )
    kind = models.CharField(_("kind of check"), max_length=30, choices=CheckKind.choices)
    done_on = models.DateField(_("done on"))
    summary = models.TextField(_("summary"), max_length=2000)

    history = HistoricalRecords()

    class Meta:
        ordering = ["done_on", "id"]
        verbose_name = _("check done")
        verbose_name_plural = _("checks done")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} · {self.organisation}"


class ProblemSource(models.TextChoices):
    INSPECTION = "inspection", _("inspection finding")
    SELF_INSPECTION = "self_inspection", _("self-inspection")
    # Filled by the filings app's hook (a reviewer turns a sentence of a filed
    # report's 存在的问题 part into an entry); source_reference then names the
    # filing and the sentence.
    ANNUAL_REPORT = "annual_report", _("filed annual report")
    OTHER = "other", _("other source")


class Severity(models.TextChoices):
    GENERAL = "general", _("general")
    SERIOUS = "serious", _("serious")
    MAJOR = "major", _("major")


class ProblemStatus(models.TextChoices):
    OPEN = "open", _("awaiting a rectification plan")
    RECTIFYING = "rectifying", _("being rectified")
    SUBMITTED = "submitted", _("awaiting verification")
    RETURNED = "returned", _("returned")
    CLOSED = "closed", _("rectified and closed")


PROBLEM_WORKFLOW = Workflow(
    ProblemStatus,
    [
        Transition(
            "submit_plan",
            _("submit the rectification plan"),
            {ProblemStatus.OPEN},
            ProblemStatus.RECTIFYING,
            Purpose.EDIT,
            side=Side.UNIT,
        ),
        Transition(
            "submit_evidence",
            _("submit the rectification evidence"),
            {ProblemStatus.RECTIFYING, ProblemStatus.RETURNED},
            ProblemStatus.SUBMITTED,
            Purpose.EDIT,
            side=Side.UNIT,
        ),
        Transition(
            "return",
            _("return the rectification"),
            {ProblemStatus.SUBMITTED},
            ProblemStatus.RETURNED,
            Purpose.REVIEW,
            side=Side.OFFICE,
        ),
        Transition(
            "accept",
            _("accept the rectification"),
            {ProblemStatus.SUBMITTED},
            ProblemStatus.CLOSED,
            Purpose.REVIEW,
            side=Side.OFFICE,
        ),
        Transition(
            "reopen",
            _("reopen after follow-up review"),
            {ProblemStatus.CLOSED},
            ProblemStatus.RECTIFYING,
            Purpose.REVIEW,
            side=Side.OFFICE,
        ),
    ],
)


def evidence_upload_to(problem, filename: str) -> str:
    return f"oversight/evidence/{problem.pk}/{filename}"


class Problem(Versioned, TimeStampedModel):
    """One entry of the problem list (问题清单), owned by the responsible unit."""

    organisation = models.ForeignKey(
        "org.Organisation",
        verbose_name=_("responsible unit"),
        on_delete=models.PROTECT,
        related_name="problems",
    )
    source = models.CharField(_("source"), max_length=20, choices=ProblemSource.choices)
    inspection = models.ForeignKey(
        Inspection,
        verbose_name=_("inspection"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="problems",
    )
    # Where a problem from elsewhere came from, as "<app>:<record id>[#<part>]"
    # (a filing's 存在的问题 sentence: "filings:42#shortcomings-3").
    source_reference = models.CharField(_("source reference"), max_length=200, blank=True)
    description = models.TextField(_("problem"), max_length=2000)
    severity = models.CharField(
        _("severity"), max_length=20, choices=Severity.choices, default=Severity.GENERAL
    )
    found_on = models.DateField(_("found on"))
    rectification_deadline = models.DateField(_("rectification deadline"))
    status = models.CharField(
        _("status"), max_length=20, choices=ProblemStatus.choices, default=ProblemStatus.OPEN, db_index=True
    )
    plan = models.TextField(_("rectification plan"), max_length=4000, blank=True)
    evidence = models.TextField(_("rectification evidence"), max_length=4000, blank=True)
    # Never served by URL: the problem's page streams it after the scoped look-up.
    evidence_file = models.FileField(
        _("evidence attachment"), upload_to=evidence_upload_to, blank=True, max_length=300
    )
    return_reasons = models.TextField(_("reasons for return"), max_length=2000, blank=True)
    closed_on = models.DateField(_("closed on"), null=True, blank=True)
    reopen_count = models.PositiveIntegerField(_("times reopened"), default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["rectification_deadline", "id"]
        # The problem list sorts by deadline (issue 18 §3).
        indexes = [
            models.Index(fields=["rectification_deadline", "id"], name="oversight_problem_deadline"),
            # The office's work list counts the submitted and the overdue of its region: by status
            # and deadline, not by reading every problem of a province (issue 18 §3).
            models.Index(fields=["status", "rectification_deadline"], name="oversight_problem_status_due"),
        ]
        verbose_name = _("problem")
        verbose_name_plural = _("problem list")

    def __str__(self) -> str:
        return self.description[:40]

    def get_absolute_url(self) -> str:
        return reverse("oversight:problem_detail", args=[self.pk])

    @property
    def deadline(self) -> Deadline:
        return Deadline(
            self.found_on,
            calendar.working_days_between(self.found_on, self.rectification_deadline),
            Basis.WORKING_DAYS,
            self.rectification_deadline,
            calendar.is_official_span(self.found_on, self.rectification_deadline),
        )

    def deadline_status(self, today: dt.date | None = None) -> DeadlineStatus:
        return self.deadline.status(done_on=self.closed_on, today=today or local_today())

    def age_working_days(self, today: dt.date | None = None) -> int:
        """Working days the problem has been (or was) open: found_on to closed_on or today."""
        return max(0, calendar.working_days_between(self.found_on, self.closed_on or today or local_today()))


class ConsequenceKind(models.TextChoices):
    TALK = "talk", _("talk with the unit's leaders")
    NOTICE = "notice", _("circulated notice")
    ACCOUNTABILITY = "accountability", _("referral for accountability")


def minutes_upload_to(consequence, filename: str) -> str:
    return f"oversight/talks/{consequence.organisation_id}/{filename}"


class Consequence(TimeStampedModel):
    """A talk (约谈), a notice (通报) or a referral, recorded against a unit, about one of its problems."""

    organisation = models.ForeignKey(
        "org.Organisation", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="consequences"
    )
    issued_by = models.ForeignKey(
        "org.Organisation",
        verbose_name=_("issued by"),
        on_delete=models.PROTECT,
        related_name="consequences_issued",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ConsequenceKind.choices)
    held_on = models.DateField(_("date"))
    subject = models.CharField(_("subject"), max_length=200)
    note = models.TextField(_("note"), max_length=2000, blank=True)
    problem = models.ForeignKey(
        Problem,
        verbose_name=_("problem"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="consequences",
    )
    minutes = models.FileField(
        _("record or minutes"), upload_to=minutes_upload_to, blank=True, max_length=300
    )
    follow_up = models.TextField(_("follow-up"), max_length=2000, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-held_on", "-id"]
        verbose_name = _("talk or notice")
        verbose_name_plural = _("talks and notices")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} · {self.organisation} · {self.subject}"

    def get_absolute_url(self) -> str:
        return reverse("oversight:consequence_detail", args=[self.pk])


class ReminderSent(SentReminder):
    """One reminder per problem, kind and deadline: running the job twice sends nothing twice."""

    problem = models.ForeignKey(Problem, on_delete=models.CASCADE, related_name="reminders")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["problem", "kind", "due"], name="oversight_one_reminder")
        ]


class OversightEvent(Event):
    """The event rows of oversight actions; each names the unit concerned."""

    organisation = models.ForeignKey(
        "org.Organisation",
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    inspection = models.ForeignKey(
        Inspection, null=True, blank=True, on_delete=models.PROTECT, related_name="events"
    )
    problem = models.ForeignKey(
        Problem, null=True, blank=True, on_delete=models.PROTECT, related_name="events"
    )
    consequence = models.ForeignKey(
        Consequence, null=True, blank=True, on_delete=models.PROTECT, related_name="events"
    )

    class Meta(Event.Meta):
        verbose_name = _("oversight event")
        verbose_name_plural = _("oversight events")

    VERBS = {
        "plan_inspection": _("planned the inspection"),
        "start": _("started the inspection"),
        "conclude": _("concluded the inspection"),
        "record_check": _("recorded a check"),
        "record_problem": _("recorded a problem"),
        "submit_plan": _("submitted the rectification plan"),
        "submit_evidence": _("submitted the rectification evidence"),
        "return": _("returned the rectification"),
        "accept": _("accepted the rectification"),
        "reopen": _("reopened after follow-up review"),
        "record_consequence": _("recorded a talk or notice"),
        "follow_up": _("recorded the follow-up"),
    }
