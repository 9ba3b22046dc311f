"""What waits for normative documents: legality and filing reviews for the office; returned drafts
and documents to file (备案) for the issuing unit."""

from __future__ import annotations

from collections import Counter

from django.db.models import Count, Min, Q
from django.urls import reverse
from django.utils.translation import gettext as _

from fazhi.core.deadlines import DeadlineStatus, local_today
from fazhi.core.scoping import Person, Purpose, visible
from fazhi.core.worklist import WorkItem, batched, counted, own_units, tally
from fazhi.normdocs import rules
from fazhi.normdocs.models import (
    DocumentFilingStatus,
    DocumentStatus,
    Filing,
    LegalityReview,
    NormativeDocument,
    awaiting_filing,
)


@batched
def work_for(user: Person):
    today = local_today()
    items = []

    # The office: open review rounds (due 15 working days after submission, stored on the round)
    # and filings awaiting its filing review (due 30 days after filing). Past the stored due
    # date is what Deadline.status calls overdue.
    reviews = tally(
        visible(
            LegalityReview.objects.filter(outcome="", document__status=DocumentStatus.IN_REVIEW),
            user,
            Purpose.REVIEW,
        ),
        n=Count("pk"),
        overdue=Count("pk", filter=Q(due_on__lt=today)),
        due=Min("due_on"),
    )
    filings = tally(
        visible(Filing.objects.filter(status=DocumentFilingStatus.FILED), user, Purpose.REVIEW),
        n=Count("pk"),
        overdue=Count("pk", filter=Q(review_due_on__lt=today)),
        due=Min("review_due_on"),
    )
    units = own_units(user, Purpose.EDIT)
    documents = visible(NormativeDocument.objects.all(), user, Purpose.EDIT).filter(organisation_id__in=units)
    # One round of the work list's batched read (core.worklist): the home page's budget is shared.
    reviews, filings, returned = yield [
        reviews,
        filings,
        counted(documents.filter(status=DocumentStatus.RETURNED)),
    ]
    items.append(
        WorkItem(
            _("Drafts awaiting legality review"),
            reviews["n"],
            f"{reverse('normdocs:index')}?status={DocumentStatus.IN_REVIEW}",
            overdue=reviews["overdue"],
            due_on=reviews["due"],
        )
    )
    items.append(
        WorkItem(
            _("Filings awaiting filing review"),
            filings["n"],
            f"{reverse('normdocs:filings')}?status={DocumentFilingStatus.FILED}",
            overdue=filings["overdue"],
            due_on=filings["due"],
        )
    )

    if units:
        items.append(
            WorkItem(
                _("Drafts returned by the legality review"),
                returned,
                f"{reverse('normdocs:index')}?status={DocumentStatus.RETURNED}",
            )
        )
        # Issued and not filed yet, as the filings page lists them: each due by rules.filing_deadline.
        issued = Counter(awaiting_filing(documents).values_list("issued_on", flat=True))
        deadlines = {issued_on: rules.filing_deadline(issued_on) for issued_on in issued}
        items.append(
            WorkItem(
                _("Issued documents to file"),
                sum(issued.values()),
                reverse("normdocs:filings"),
                overdue=sum(
                    n
                    for issued_on, n in issued.items()
                    if deadlines[issued_on].status(today=today) == DeadlineStatus.OVERDUE
                ),
                due_on=min((deadline.due for deadline in deadlines.values()), default=None),
            )
        )
    return items
