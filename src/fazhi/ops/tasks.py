"""The jobs the worker runs (django-tasks ``@task`` functions) and what they call.

Scheduled daily (``fazhi.ops.schedule``): every app's reminders and the
indicator refresh. Started by a user: the Excel export of the indicator values
they may see, with its progress kept on a ``Job`` row that its page polls.
"""

from __future__ import annotations

import io
import logging
import tempfile
import time

from django.conf import settings
from django.core.files.base import File
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from fazhi.core.deadlines import local_today
from fazhi.ops.models import Job, JobKind, JobStatus

logger = logging.getLogger("fazhi.ops")

PROGRESS_EVERY_SECONDS = 1.0


def run_reminders() -> str:
    """Every app's reminders (``fazhi manage reminders``), once; what it printed, for the task's result."""
    output = io.StringIO()
    call_command("reminders", stdout=output)
    return output.getvalue()


@task()
def send_reminders() -> str:
    with translation.override(settings.LANGUAGE_CODE):
        report = run_reminders()
    logger.info("reminders sent", extra={"job": "reminders", "report": report.strip()})
    return report


def refresh_years(today) -> list[int]:
    """Last year (what the annual assessment scores) and this year (what the dashboards follow)."""
    return [today.year - 1, today.year]


@task()
def refresh_indicators() -> dict[str, dict[str, int]]:
    from fazhi.indicators import actions

    counts = {str(year): actions.refresh(year) for year in refresh_years(local_today())}
    logger.info("indicator values refreshed", extra={"job": "indicators_refresh", "counts": counts})
    return counts


# --- user-started jobs -------------------------------------------------------------


class Progress:
    """Writes a job's progress at most once a second: each write is a database write."""

    def __init__(self, job: Job):
        self.job = job
        self.written_at = 0.0

    def __call__(self, done: int, *, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self.written_at >= PROGRESS_EVERY_SECONDS:
            Job.objects.filter(pk=self.job.pk).update(done=done, updated_at=timezone.now())
            self.written_at = now


def _start(kind: str, task, user, **parameters) -> Job:
    # One transaction: never a job row without its queued task, nor the other way round.
    with transaction.atomic():
        job = Job.objects.create(kind=kind, requested_by=user, parameters=parameters)
        result = task.enqueue(job.pk)
        job.task_id = str(result.id)
        job.save(update_fields=["task_id"])
    return job


def start_indicator_values_export(user) -> Job:
    return _start(JobKind.INDICATOR_VALUES_EXPORT, export_indicator_values, user)


def may_refresh_indicators(user) -> bool:
    """The office (and system administrators): MANAGE over organisations."""
    from fazhi.core.scoping import Purpose, scope_of

    return not scope_of(user).is_empty(Purpose.MANAGE)


def start_indicator_refresh(user, year: int) -> Job:
    return _start(JobKind.INDICATOR_REFRESH, refresh_indicator_values, user, year=year)


def _failed(job: Job, error: Exception) -> None:
    Job.objects.filter(pk=job.pk).update(
        status=JobStatus.FAILED, message=str(error)[:300], finished_at=timezone.now()
    )


@task()
def refresh_indicator_values(job_id: int) -> dict[str, int]:
    """The requester's organisations (MANAGE reach, active ones) for one year, with progress."""
    from fazhi.core.scoping import Purpose, scope_of
    from fazhi.indicators import actions

    job = Job.objects.select_related("requested_by").get(pk=job_id)
    organisations = scope_of(job.requested_by).organisations(Purpose.MANAGE).filter(is_active=True)
    progress = Progress(job)

    def report(done: int, total: int, code: str) -> None:
        if done == 1:
            Job.objects.filter(pk=job.pk).update(status=JobStatus.RUNNING, total=total)
        progress(done)

    try:
        with translation.override(settings.LANGUAGE_CODE):
            counts = actions.refresh(job.parameters["year"], organisations=organisations, progress=report)
            message = (
                _("%(stored)d values stored, %(undefined)d undefined (such as a zero denominator).") % counts
            )
    except Exception as error:
        _failed(job, error)
        raise
    total = counts["providers"] * counts["organisations"]
    Job.objects.filter(pk=job.pk).update(
        status=JobStatus.DONE, done=total, total=total, message=message, finished_at=timezone.now()
    )
    return counts


@task()
def export_indicator_values(job_id: int) -> int:
    job = Job.objects.select_related("requested_by").get(pk=job_id)
    try:
        with translation.override(settings.LANGUAGE_CODE):
            rows = _write_indicator_values(job)
    except Exception as error:
        _failed(job, error)
        raise
    return rows


def _write_indicator_values(job: Job) -> int:
    from fazhi.core.exports import write_workbook
    from fazhi.core.scoping import visible
    from fazhi.indicators.models import IndicatorValue
    from fazhi.indicators.queries import export_header, export_row

    # The requester's scope, computed here as on their own list page.
    values = visible(
        IndicatorValue.objects.select_related("organisation", "entered_by").order_by(
            "organisation__region_code", "organisation__name", "code", "period_start"
        ),
        job.requested_by,
    )
    total = values.count()
    Job.objects.filter(pk=job.pk).update(status=JobStatus.RUNNING, total=total, updated_at=timezone.now())
    progress = Progress(job)

    def rows():
        for done, value in enumerate(values.iterator(chunk_size=500), start=1):
            yield export_row(value)
            progress(done)

    name = f"indicator-values-{local_today():%Y%m%d}.xlsx"
    # Through a temporary file, as the list page's export: a province's values never sit in memory.
    with tempfile.TemporaryFile(prefix="fazhi-job-") as spool:
        write_workbook(spool, _("Indicator values"), export_header(), rows())
        spool.seek(0)
        job.result.save(f"job-{job.pk}.xlsx", File(spool), save=False)
    Job.objects.filter(pk=job.pk).update(
        status=JobStatus.DONE,
        done=total,
        result=job.result.name,
        result_name=name,
        finished_at=timezone.now(),
        updated_at=timezone.now(),
    )
    return total
