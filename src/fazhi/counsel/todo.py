"""What waits in counsel: engagements about to lapse with no successor, for the unit and for the office."""

from __future__ import annotations

from django.db.models import Count, Min
from django.urls import reverse
from django.utils.translation import gettext as _

from fazhi.core.deadlines import local_today
from fazhi.core.scoping import Person, Purpose, visible
from fazhi.core.worklist import WorkItem, own_units
from fazhi.counsel import rules
from fazhi.counsel.models import Engagement


def _item(label, engagements) -> WorkItem:
    found = engagements.order_by().aggregate(n=Count("pk"), first=Min("ends_on"))
    return WorkItem(label, found["n"], reverse("counsel:index") + "?expiring=on", due_on=found["first"])


def work_for(user: Person) -> list[WorkItem]:
    today = local_today()
    items = [
        _item(
            _("Counsel engagements in the region ending soon"),
            rules.expiring(visible(Engagement.objects.all(), user, Purpose.REVIEW), today),
        )
    ]
    units = own_units(user, Purpose.EDIT)
    if units:
        ours = visible(Engagement.objects.all(), user, Purpose.EDIT).filter(organisation_id__in=units)
        items.append(_item(_("Your counsel engagements ending soon"), rules.expiring(ours, today)))
    return items
