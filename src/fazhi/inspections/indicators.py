"""Indicator providers of random inspections (双随机、一公开), for the organisation and everything
below it; a joint plan counts for its lead department only, so a region counts it once.

- enforcement.random_list_coverage_rate: current matters on the list with a plan whose period
  overlaps the period ÷ current matters on the list;
- enforcement.random_plan_completion_rate: tasks with a recorded result ÷ tasks drawn, over the
  valid draws of plans whose period ends in the period;
- enforcement.random_result_publicity_rate: results published ÷ results recorded, inspections in
  the period;
- enforcement.random_inspection_objects: entities inspected (户次), results recorded in the period;
- enforcement.random_inspection_batches / random_joint_batches: valid draws made in the period,
  single-department and joint.
"""

from __future__ import annotations

from django.db.models import Count, Exists, OuterRef, Q

from fazhi.core.providers import Measurement, Period, rate, subtree_ids
from fazhi.inspections.models import Draw, DrawStatus, Matter, Task


def random_list_coverage_rate(organisation, period: Period) -> Measurement | None:
    planned = Matter.objects.filter(
        organisation_id=OuterRef("organisation_id"),
        series=OuterRef("series"),
        plans__starts_on__lte=period.end,
        plans__ends_on__gte=period.start,
    )
    counts = Matter.objects.filter(organisation_id__in=subtree_ids(organisation), is_current=True).aggregate(
        total=Count("pk"), covered=Count("pk", filter=Q(Exists(planned)))
    )
    return rate(counts["covered"], counts["total"], "纳入抽查计划的随机抽查事项数 ÷ 随机抽查事项清单事项数")


def _tasks(organisation):
    return Task.objects.filter(
        draw__plan__organisation_id__in=subtree_ids(organisation), draw__status=DrawStatus.DRAWN
    )


def random_plan_completion_rate(organisation, period: Period) -> Measurement | None:
    counts = (
        _tasks(organisation)
        .filter(draw__plan__ends_on__range=(period.start, period.end))
        .aggregate(total=Count("pk"), done=Count("pk", filter=~Q(outcome="")))
    )
    return rate(counts["done"], counts["total"], "已录入检查结果的抽查任务数 ÷ 期内结束计划抽取的任务数")


def random_result_publicity_rate(organisation, period: Period) -> Measurement | None:
    counts = (
        _tasks(organisation)
        .filter(inspected_on__range=(period.start, period.end))
        .exclude(outcome="")
        .aggregate(total=Count("pk"), published=Count("pk", filter=Q(published_on__isnull=False)))
    )
    return rate(counts["published"], counts["total"], "已公示的抽查结果数 ÷ 已检查的抽查任务数")


def random_inspection_objects(organisation, period: Period) -> Measurement:
    count = (
        _tasks(organisation)
        .filter(inspected_on__range=(period.start, period.end))
        .exclude(outcome="")
        .count()
    )
    return Measurement(count, definition="期内完成检查的随机抽查对象户次")


def _batches(joint: bool, definition: str):
    def provider(organisation, period: Period) -> Measurement:
        count = Draw.objects.filter(
            plan__organisation_id__in=subtree_ids(organisation),
            status=DrawStatus.DRAWN,
            is_joint=joint,
            drawn_on__range=(period.start, period.end),
        ).count()
        return Measurement(count, definition=definition)

    return provider


PROVIDERS = {
    "enforcement.random_list_coverage_rate": random_list_coverage_rate,
    "enforcement.random_plan_completion_rate": random_plan_completion_rate,
    "enforcement.random_result_publicity_rate": random_result_publicity_rate,
    "enforcement.random_inspection_objects": random_inspection_objects,
    "enforcement.random_inspection_batches": _batches(False, "期内单部门双随机抽查批次（有效摇号）"),
    "enforcement.random_joint_batches": _batches(
        True, "期内部门联合双随机抽查批次（有效摇号，计入牵头部门）"
    ),
}
