"""What waits in the problem list (问题清单): plans and evidence for the unit, verification for the office."""

from __future__ import annotations

from django.db.models import Count, Min, Q
from django.urls import reverse
from django.utils.translation import gettext as _

from fazhi.core.deadlines import local_today
from fazhi.core.scoping import Person, Purpose, visible
from fazhi.core.worklist import WorkItem, batched, own_units, tally
from fazhi.oversight.models import Problem, ProblemStatus
from fazhi.oversight.queries import overdue_q

UNCLOSED = [status for status in ProblemStatus.values if status != ProblemStatus.CLOSED]


def _problems_url(status: str) -> str:
    return f"{reverse('oversight:problems')}?status={status}"


@batched
def work_for(user: Person):
    today = local_today()
    items = []

    # Only the problems the office acts on: the submitted and the overdue, each found through
    # the (status, deadline) index; the filters below count within them as before.
    acted_on = Q(status=ProblemStatus.SUBMITTED) | Q(status__in=UNCLOSED, rectification_deadline__lt=today)
    office = tally(
        visible(Problem.objects.filter(acted_on), user, Purpose.REVIEW),
        submitted=Count("pk", filter=Q(status=ProblemStatus.SUBMITTED)),
        overdue=Count("pk", filter=overdue_q(today)),
        overdue_since=Min("rectification_deadline", filter=overdue_q(today)),
    )
    units = own_units(user, Purpose.EDIT)
    waiting = visible(Problem.objects.all(), user, Purpose.EDIT).filter(organisation_id__in=units)
    # The unit's next step in PROBLEM_WORKFLOW: a plan when open, evidence when
    # rectifying, evidence again when the office returned it.
    steps = [
        (ProblemStatus.OPEN, _("Problems awaiting your rectification plan")),
        (ProblemStatus.RECTIFYING, _("Problems awaiting your rectification evidence")),
        (ProblemStatus.RETURNED, _("Rectifications returned to you for more work")),
    ]
    aggregates = {}
    for status, _label in steps:
        of_status = Q(status=status)
        aggregates[f"{status}_n"] = Count("pk", filter=of_status)
        aggregates[f"{status}_overdue"] = Count("pk", filter=of_status & overdue_q(today))
        aggregates[f"{status}_due"] = Min("rectification_deadline", filter=of_status)
    # One round of the work list's batched read (core.worklist): the home page's budget is shared.
    office, counts = yield [office, tally(waiting, **aggregates)]
    items.append(
        WorkItem(
            _("Rectifications awaiting verification"),
            office["submitted"],
            _problems_url(ProblemStatus.SUBMITTED),
        )
    )
    items.append(
        WorkItem(
            _("Problems overdue for rectification in the region"),
            office["overdue"],
            _problems_url("overdue"),
            overdue=office["overdue"],
            due_on=office["overdue_since"],
        )
    )

    if units:
        for status, label in steps:
            items.append(
                WorkItem(
                    label,
                    counts[f"{status}_n"],
                    _problems_url(status),
                    overdue=counts[f"{status}_overdue"],
                    due_on=counts[f"{status}_due"],
                )
            )
    return items
