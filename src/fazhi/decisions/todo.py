"""What waits in the major decisions: calls for public comment whose period has closed and whose
outcome (意见采纳情况) the undertaking unit has still to record.

No overdue count and no due date: the Regulation (国务院令第713号, Art.15) sets no period for
summarising the comments, and the decision cannot be taken until it is done (``rules.check_take``);
a deadline invented here would flag units on a rule no law makes.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from fazhi.core.deadlines import local_today
from fazhi.core.scoping import Person, Purpose, visible
from fazhi.core.worklist import WorkItem, batched, counted, own_units
from fazhi.decisions.models import CallState, calls_in_state


@batched
def work_for(user: Person):
    units = own_units(user, Purpose.EDIT)
    if not units:
        return []
    # The undertaking unit's own chore: the office's region reach does not make it the office's.
    closed = yield counted(
        visible(
            calls_in_state(CallState.TO_RECORD, local_today()),
            user,
            Purpose.EDIT,
        ).filter(decision__organisation_id__in=units)
    )
    return [
        WorkItem(
            _("Comment periods closed, outcome to record"),
            closed,
            f"{reverse('decisions:index')}?call={CallState.TO_RECORD}",
        )
    ]
