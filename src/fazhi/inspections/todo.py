"""What waits in random inspections, for the lead department's own people: drawn tasks whose result
is not recorded (overdue once the plan's period has ended) and recorded results not yet published
(overdue after the publication deadline, default 20 working days)."""

from __future__ import annotations

from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext as _

from fazhi.core.deadlines import local_today
from fazhi.core.scoping import Person, Purpose
from fazhi.core.worklist import WorkItem, batched, own_units, tally
from fazhi.inspections import queries
from fazhi.inspections.models import Task


@batched
def work_for(user: Person):
    units = own_units(user, Purpose.EDIT)
    if not units:
        return []
    today = local_today()
    tasks = Task.objects.filter(draw__plan__organisation_id__in=units)
    unrecorded = yield tally(
        queries.unrecorded_tasks(tasks),
        count=Count("pk"),
        overdue=Count("pk", filter=Q(draw__plan__ends_on__lt=today)),
    )
    groups = queries.publication_groups(tasks)
    dues = [due for _draw, due, _count in groups]
    url = reverse("inspections:index")
    return [
        WorkItem(_("Inspection results to record"), unrecorded["count"], url, overdue=unrecorded["overdue"]),
        WorkItem(
            _("Inspection results to publish"),
            sum(count for _draw, _due, count in groups),
            url,
            overdue=sum(count for _draw, due, count in groups if due < today),
            due_on=min(dues) if dues else None,
        ),
    ]
