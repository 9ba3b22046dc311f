"""What waits in disputes: for the office, applications under acceptance review, cases to
decide and the correction reports it awaits on its opinion letters; for a body, the correction
reports on opinion letters (60 calendar days, 2023 law Art. 76) and the replies to court
suggestions (the day the letter sets, else 60 calendar days) it owes. Overdue counts and the
earliest due day come from the due days the actions stored.
"""

from __future__ import annotations

from django.db.models import Count, Min, Q
from django.urls import reverse
from django.utils.translation import gettext as _

from fazhi.catalog import calendar
from fazhi.core.deadlines import local_today
from fazhi.core.scoping import Person, Purpose, scope_of, visible
from fazhi.core.worklist import WorkItem, batched, own_units, tally
from fazhi.disputes.models import CaseStatus, CourtSuggestion, OpinionLetter, ReconsiderationCase

DUE_SOON_WORKING_DAYS = 3


def _office_reads(user, today) -> list:
    cases = visible(ReconsiderationCase.objects.all(), user, Purpose.REVIEW)
    case_counts = tally(
        cases,
        reviewing=Count("pk", filter=Q(status=CaseStatus.RECEIVED)),
        reviewing_late=Count("pk", filter=Q(status=CaseStatus.RECEIVED, acceptance_due_on__lt=today)),
        reviewing_due=Min("acceptance_due_on", filter=Q(status=CaseStatus.RECEIVED)),
        # Supplements not in by their day: the office records the application as abandoned (Art. 31).
        lapsed=Count("pk", filter=Q(status=CaseStatus.SUPPLEMENTING, supplement_due_on__lt=today)),
        lapsed_due=Min(
            "supplement_due_on", filter=Q(status=CaseStatus.SUPPLEMENTING, supplement_due_on__lt=today)
        ),
        deciding=Count("pk", filter=Q(status=CaseStatus.ACCEPTED)),
        deciding_late=Count("pk", filter=Q(status=CaseStatus.ACCEPTED, decision_due_on__lt=today)),
        deciding_due=Min("decision_due_on", filter=Q(status=CaseStatus.ACCEPTED)),
    )
    # The office chases the correction reports on the opinion letters it issued (Art. 76).
    letters = tally(
        visible(OpinionLetter.objects.all(), user, Purpose.REVIEW).filter(reported_on__isnull=True),
        n=Count("pk"),
        late=Count("pk", filter=Q(report_due_on__lt=today)),
        due=Min("report_due_on"),
    )
    return [case_counts, letters]


def _office_items(counts: dict, letters: dict) -> list[WorkItem]:
    index = reverse("disputes:index")
    return [
        WorkItem(
            _("Applications under acceptance review"),
            counts["reviewing"],
            f"{index}?status={CaseStatus.RECEIVED}",
            overdue=counts["reviewing_late"],
            due_on=counts["reviewing_due"],
        ),
        WorkItem(
            _("Supplements overdue: record the application as abandoned"),
            counts["lapsed"],
            f"{index}?status={CaseStatus.SUPPLEMENTING}",
            overdue=counts["lapsed"],
            due_on=counts["lapsed_due"],
        ),
        WorkItem(
            _("Reconsideration cases to decide"),
            counts["deciding"],
            f"{index}?status={CaseStatus.ACCEPTED}",
            overdue=counts["deciding_late"],
            due_on=counts["deciding_due"],
        ),
        WorkItem(
            _("Opinion letters issued awaiting the correction report"),
            letters["n"],
            reverse("disputes:opinion_letters"),
            overdue=letters["late"],
            due_on=letters["due"],
        ),
    ]


def _unit_reads(units, today) -> list:
    return [
        tally(
            OpinionLetter.objects.filter(addressee_id__in=units, reported_on__isnull=True),
            n=Count("pk"),
            late=Count("pk", filter=Q(report_due_on__lt=today)),
            due=Min("report_due_on"),
        ),
        tally(
            CourtSuggestion.objects.filter(addressee_id__in=units, replied_on__isnull=True),
            n=Count("pk"),
            late=Count("pk", filter=Q(reply_due_on__lt=today)),
            due=Min("reply_due_on"),
        ),
    ]


def _unit_items(letters: dict, suggestions: dict) -> list[WorkItem]:
    return [
        WorkItem(
            _("Opinion letters awaiting the correction report"),
            letters["n"],
            reverse("disputes:opinion_letters"),
            overdue=letters["late"],
            due_on=letters["due"],
        ),
        WorkItem(
            _("Court suggestions awaiting a reply"),
            suggestions["n"],
            reverse("disputes:lawsuits"),
            overdue=suggestions["late"],
            due_on=suggestions["due"],
        ),
    ]


@batched
def work_for(user: Person):
    today = local_today()
    office = not scope_of(user).is_empty(Purpose.REVIEW)
    units = own_units(user, Purpose.EDIT)
    # One round of the work list's batched read (core.worklist): the home page's budget is shared.
    answers = yield (_office_reads(user, today) if office else []) + (
        _unit_reads(sorted(units), today) if units else []
    )
    items = []
    if office:
        items += _office_items(answers.pop(0), answers.pop(0))
    if units:
        items += _unit_items(*answers)
    return items


def due_soon_horizon(today):
    return calendar.add_working_days(today, DUE_SOON_WORKING_DAYS)
