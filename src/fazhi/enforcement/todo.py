"""What waits in enforcement: a body's decisions to publish (7 working days) and crime transfers
past a clock; the office's supervision letters past their reply date."""

from __future__ import annotations

from django.db.models import Count, Min, Q
from django.urls import reverse
from django.utils.translation import gettext as _

from fazhi.core.deadlines import local_today
from fazhi.core.scoping import Person, Purpose, visible
from fazhi.core.worklist import WorkItem, batched, counted, own_units, tally
from fazhi.enforcement import rules
from fazhi.enforcement.models import CrimeTransfer, Publicity, SupervisionLetter


@batched
def work_for(user: Person):
    today = local_today()
    units = own_units(user, Purpose.EDIT)
    items: list[WorkItem] = []
    letters = visible(SupervisionLetter.objects.all(), user, Purpose.REVIEW).filter(
        replied_on__isnull=True, reply_due_on__lt=today
    )
    publicity = visible(Publicity.objects.all(), user, Purpose.EDIT).filter(
        case__body__organisation_id__in=units, published_on__isnull=True
    )
    # One round of the work list's batched read (core.worklist): the home page's budget is shared.
    counts, late = yield [
        tally(
            publicity, total=Count("pk"), overdue=Count("pk", filter=Q(due_on__lt=today)), due=Min("due_on")
        ),
        counted(letters),
    ]
    if units:
        if counts["total"]:
            items.append(
                WorkItem(
                    _("Decisions to publish"),
                    counts["total"],
                    f"{reverse('enforcement:cases')}?stage=decided",
                    overdue=counts["overdue"],
                    due_on=counts["due"],
                )
            )
        transfers = list(
            visible(CrimeTransfer.objects.all(), user, Purpose.EDIT).filter(
                Q(police_answered_on__isnull=True), case__body__organisation_id__in=units
            )
        )
        overdue = [t for t in transfers if any(clock["overdue"] for clock in rules.transfer_clocks(t, today))]
        if overdue:
            items.append(
                WorkItem(
                    _("Crime transfers past a statutory clock"),
                    len(overdue),
                    reverse("enforcement:cases"),
                    overdue=len(overdue),
                )
            )
    if late:
        items.append(
            WorkItem(
                _("Supervision letters past their reply date"),
                late,
                reverse("enforcement:letters"),
                overdue=late,
            )
        )
    return items
