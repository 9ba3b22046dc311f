"""The daily jobs and when they are due: a small scheduler on top of django-tasks.

django-tasks queues and runs work but has no clock; the worker calls
``enqueue_due`` before each round. Each daily job is due at its hour (local
time, from settings); the most recent due time that has passed is recorded as a
``ScheduledRun`` in the same transaction as the task is queued, and the unique
(name, due time) makes that happen once however many workers run or restart.
A worker that was down at the hour catches up when it starts; occurrences
missed before the most recent one are not run again (reminders and refreshes
look at the present, not at the day they were missed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from fazhi.ops import tasks
from fazhi.ops.models import ScheduledRun


@dataclass(frozen=True)
class Daily:
    name: str
    hour: Callable[[], int]
    task: object  # a django-tasks Task taking no arguments


SCHEDULE = (
    Daily("reminders", lambda: settings.REMINDERS_HOUR, tasks.send_reminders),
    Daily("indicators_refresh", lambda: settings.INDICATORS_REFRESH_HOUR, tasks.refresh_indicators),
)


def latest_due(hour: int, now: dt.datetime) -> dt.datetime:
    """The most recent time of day ``hour``:00 (local) at or before ``now``."""
    local = timezone.localtime(now)
    today_at = local.replace(hour=hour, minute=0, second=0, microsecond=0)
    return today_at if today_at <= local else today_at - dt.timedelta(days=1)


def enqueue_due(now: dt.datetime | None = None) -> list[str]:
    """Queue each daily job whose latest due time has not been queued yet; their names."""
    now = now or timezone.now()
    queued = []
    for entry in SCHEDULE:
        due_at = latest_due(entry.hour(), now)
        try:
            with transaction.atomic():
                run = ScheduledRun.objects.create(name=entry.name, due_at=due_at)
                result = entry.task.enqueue()
                run.task_id = str(result.id)
                run.save(update_fields=["task_id"])
        except IntegrityError:
            continue  # this occurrence was queued before, by this worker or another
        queued.append(entry.name)
    return queued
