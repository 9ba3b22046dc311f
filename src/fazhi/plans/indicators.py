"""Key-task numbers for the indicators door (one aggregate query each).

A task counts for the organisation that leads it and every organisation
above it (the government's value is the whole region's plan); co-responsible
units do not count it again.
"""

from __future__ import annotations

from fazhi.core.providers import Measurement, Period, subtree_ids
from fazhi.plans.models import KeyTask, TaskStatus


def _tasks(organisation, period: Period):
    return KeyTask.objects.filter(
        lead_unit_id__in=subtree_ids(organisation), plan__year__range=(period.start.year, period.end.year)
    )


def key_tasks(organisation, period: Period) -> Measurement:
    return Measurement(
        _tasks(organisation, period).count(),
        definition="本期年度计划所列、由本单位及下属单位牵头的重点任务项数",
    )


def key_tasks_completed(organisation, period: Period) -> Measurement:
    n = _tasks(organisation, period).filter(status=TaskStatus.DONE, done_on__lte=period.end).count()
    return Measurement(n, definition="上述重点任务中牵头单位报告已完成（进度100%）的项数")


PROVIDERS = {
    "leadership.key_tasks": key_tasks,
    "leadership.key_tasks_completed": key_tasks_completed,
}
