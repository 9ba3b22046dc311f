"""What the job runner keeps beside django-tasks' own result table.

``Job`` is long work a user started (an export), with the progress its page
shows. ``ScheduledRun`` is one occurrence of a daily job: its uniqueness is what
makes two workers, or a restarted one, start that occurrence once.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from fazhi.core.models import TimeStampedModel


class JobKind(models.TextChoices):
    INDICATOR_VALUES_EXPORT = "indicator_values_export", _("Export of indicator values")
    INDICATOR_REFRESH = "indicator_refresh", _("Recomputation of indicator values")


class JobStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting to start")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class Job(TimeStampedModel):
    kind = models.CharField(_("kind"), max_length=40, choices=JobKind.choices)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("requested by")
    )
    parameters = models.JSONField(_("parameters"), default=dict, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=JobStatus.choices, default=JobStatus.QUEUED)
    done = models.PositiveIntegerField(_("done"), default=0)
    total = models.PositiveIntegerField(_("total"), default=0)
    message = models.CharField(_("message"), max_length=300, blank=True)
    result = models.FileField(_("result"), upload_to="jobs/%Y/", blank=True)
    result_name = models.CharField(_("file name"), max_length=200, blank=True)
    task_id = models.CharField(_("task id"), max_length=64, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("job")
        verbose_name_plural = _("jobs")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.pk}"

    @property
    def percent(self) -> int:
        if self.status == JobStatus.DONE:
            return 100
        return 100 * self.done // self.total if self.total else 0

    @property
    def is_finished(self) -> bool:
        return self.status in {JobStatus.DONE, JobStatus.FAILED}


class ScheduledRun(models.Model):
    name = models.CharField(_("name"), max_length=40)
    due_at = models.DateTimeField(_("due at"))
    enqueued_at = models.DateTimeField(_("enqueued at"), auto_now_add=True)
    task_id = models.CharField(_("task id"), max_length=64, blank=True)

    class Meta:
        ordering = ["-due_at"]
        constraints = [models.UniqueConstraint(fields=["name", "due_at"], name="ops_scheduled_run_once")]
        verbose_name = _("scheduled run")
        verbose_name_plural = _("scheduled runs")

    def __str__(self) -> str:
        return f"{self.name} {self.due_at:%Y-%m-%d %H:%M}"
