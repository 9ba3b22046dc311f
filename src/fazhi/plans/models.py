"""The year plan (年度工作要点) and its key tasks (重点任务) with progress reports.

A plan belongs to a region and is issued by its rule-of-law office. Each
key task has one lead unit (牵头单位) and any number of co-responsible units
(配合单位); both see the task, and report progress on it. The task's
percentage is the lead unit's latest report; 100 means done.
"""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from fazhi.catalog import calendar
from fazhi.core.deadlines import Basis, Deadline, DeadlineStatus, local_today
from fazhi.core.models import Event, SentReminder, TimeStampedModel, Versioned


class YearPlan(TimeStampedModel):
    organisation = models.ForeignKey(
        "org.Organisation", verbose_name=_("issued by"), on_delete=models.PROTECT, related_name="year_plans"
    )
    region_code = models.CharField(_("region code"), max_length=6, db_index=True)
    year = models.PositiveIntegerField(_("year"))
    title = models.CharField(_("title"), max_length=200)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-year", "id"]
        verbose_name = _("year plan")
        verbose_name_plural = _("year plans")
        constraints = [models.UniqueConstraint(fields=["region_code", "year"], name="plans_one_plan_a_year")]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("plans:plan_detail", args=[self.pk])


class TaskStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("not started")
    IN_PROGRESS = "in_progress", _("in progress")
    DONE = "done", _("done")


class KeyTask(Versioned, TimeStampedModel):
    scope_paths = ("lead_unit", "co_units")  # the lead unit and the co-responsible units see the task

    plan = models.ForeignKey(
        YearPlan, verbose_name=_("year plan"), on_delete=models.CASCADE, related_name="tasks"
    )
    number = models.PositiveIntegerField(_("number"))
    title = models.CharField(_("key task"), max_length=300)
    description = models.TextField(_("description"), max_length=2000, blank=True)
    lead_unit = models.ForeignKey(
        "org.Organisation", verbose_name=_("lead unit"), on_delete=models.PROTECT, related_name="lead_tasks"
    )
    co_units = models.ManyToManyField(
        "org.Organisation", verbose_name=_("co-responsible units"), blank=True, related_name="co_tasks"
    )
    deadline = models.DateField(_("deadline"))
    # An area code of fazhi.catalog.indicators (leadership, rules, ...) and
    # indicator codes the task moves; codes, never free text.
    area = models.CharField(_("area"), max_length=30, blank=True)
    indicator_codes = models.JSONField(_("indicator codes"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=TaskStatus.choices, default=TaskStatus.NOT_STARTED, db_index=True
    )
    percent_done = models.PositiveSmallIntegerField(_("percent done"), default=0)
    done_on = models.DateField(_("done on"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["plan", "number", "id"]
        verbose_name = _("key task")
        verbose_name_plural = _("key tasks")
        constraints = [models.UniqueConstraint(fields=["plan", "number"], name="plans_unique_task_number")]

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("plans:task_detail", args=[self.pk])

    @property
    def deadline_record(self) -> Deadline:
        start = dt.date(self.plan.year, 1, 1) if self.plan_id else self.deadline
        start = min(start, self.deadline)
        return Deadline(
            start,
            calendar.working_days_between(start, self.deadline),
            Basis.WORKING_DAYS,
            self.deadline,
            calendar.is_official_span(start, self.deadline),
        )

    def deadline_status(self, today: dt.date | None = None) -> DeadlineStatus:
        return self.deadline_record.status(done_on=self.done_on, today=today or local_today())

    def is_overdue(self, today: dt.date | None = None) -> bool:
        return self.deadline_status(today) == DeadlineStatus.OVERDUE


def progress_upload_to(report, filename: str) -> str:
    return f"plans/progress/{report.task_id}/{filename}"


class ProgressReport(TimeStampedModel):
    task = models.ForeignKey(
        KeyTask, verbose_name=_("key task"), on_delete=models.CASCADE, related_name="progress_reports"
    )
    organisation = models.ForeignKey(
        "org.Organisation",
        verbose_name=_("reporting unit"),
        on_delete=models.PROTECT,
        related_name="task_progress_reports",
    )
    reported_on = models.DateField(_("reported on"))
    text = models.TextField(_("progress"), max_length=4000)
    percent_done = models.PositiveSmallIntegerField(_("percent done"))
    attachment = models.FileField(_("attachment"), upload_to=progress_upload_to, blank=True, max_length=300)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-reported_on", "-id"]
        verbose_name = _("progress report")
        verbose_name_plural = _("progress reports")

    def __str__(self) -> str:
        return f"{self.task} · {self.organisation} · {self.percent_done}%"


class TaskReminderSent(SentReminder):
    """One reminder per task, kind and deadline."""

    task = models.ForeignKey(KeyTask, on_delete=models.CASCADE, related_name="reminders")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["task", "kind", "due"], name="plans_one_reminder")]


class PlanEvent(Event):
    plan = models.ForeignKey(YearPlan, on_delete=models.PROTECT, related_name="events")
    task = models.ForeignKey(KeyTask, null=True, blank=True, on_delete=models.PROTECT, related_name="events")
    organisation = models.ForeignKey(
        "org.Organisation",
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta(Event.Meta):
        verbose_name = _("year plan event")
        verbose_name_plural = _("year plan events")

    VERBS = {
        "create_plan": _("created the year plan"),
        "add_task": _("added a key task"),
        "report_progress": _("reported progress"),
        "adjust_task": _("adjusted the task"),
        "confirm_done": _("confirmed the task done"),
    }
