"""What waits in counsel: engagements about to lapse with no successor, for the unit and for the office."""

from __future__ import annotations

from django.db.models import Count, Min
from django.urls import reverse
from django.utils.translation import gettext as _

from fazhi.core.deadlines import local_today
from fazhi.core.scoping import Person, Purpose, visible
from fazhi.core.worklist import WorkItem, batched, own_units, tally
from fazhi.counsel import rules
from fazhi.counsel.models import Engagement


def _item(label, found: dict) -> WorkItem:
    return WorkItem(label, found["n"], reverse("counsel:index") + "?expiring=on", due_on=found["first"])


def _ending(engagements):
    return tally(engagements, n=Count("pk"), first=Min("ends_on"))


@batched
def work_for(user: Person):
    today = local_today()
    units = own_units(user, Purpose.EDIT)
    ours = visible(Engagement.objects.all(), user, Purpose.EDIT).filter(organisation_id__in=units)
    # One round of the work list's batched read (core.worklist).
    region, own = yield [
        _ending(rules.expiring(visible(Engagement.objects.all(), user, Purpose.REVIEW), today)),
        _ending(rules.expiring(ours, today)),
    ]
    items = [_item(_("Counsel engagements in the region ending soon"), region)]
    if units:
        items.append(_item(_("Your counsel engagements ending soon"), own))
    return items
