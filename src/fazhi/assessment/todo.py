"""What waits in the assessment: self-assessments for the unit, scoring for the office and evaluators."""

from __future__ import annotations

from django.db.models import Count, Min
from django.urls import reverse
from django.utils.translation import gettext as _

from fazhi.assessment.models import Assessment, AssessmentStatus
from fazhi.core.scoping import Person, Purpose, visible
from fazhi.core.worklist import WorkItem, batched, own_units, tally


def _sheets_url(counts: dict) -> str:
    """The score sheet itself when there is one, else the assessment page listing them."""
    if counts["n"] == 1:
        return reverse("assessment:detail", args=[counts["first"]])
    return reverse("assessment:index")


def _count(queryset):
    return tally(queryset, n=Count("pk"), first=Min("pk"))


@batched
def work_for(user: Person):
    # Submitted sheets are judged, adjusted and deducted by whoever holds SCORE
    # (the office and evaluators); the office also finalises them.
    scoring = _count(
        visible(Assessment.objects.filter(status=AssessmentStatus.SUBMITTED), user, Purpose.SCORE)
    )

    # ASSESSMENT_WORKFLOW: the unit fills in its self-assessment (EDIT) and its leader submits it (SIGN_OFF).
    signing = own_units(user, Purpose.SIGN_OFF)
    filling = own_units(user, Purpose.EDIT) - signing
    open_sheets = Assessment.objects.filter(status=AssessmentStatus.SELF_ASSESSMENT)
    # One round of the work list's batched read (core.worklist): the home page's budget is shared.
    scoring, to_sign, to_fill = yield [
        scoring,
        _count(visible(open_sheets, user, Purpose.SIGN_OFF).filter(organisation_id__in=signing)),
        _count(visible(open_sheets, user, Purpose.EDIT).filter(organisation_id__in=filling)),
    ]
    items = [WorkItem(_("Score sheets awaiting scoring"), scoring["n"], _sheets_url(scoring))]
    if signing:
        items.append(
            WorkItem(_("Self-assessments awaiting your sign-off"), to_sign["n"], _sheets_url(to_sign))
        )
    if filling:
        items.append(WorkItem(_("Self-assessments to fill in"), to_fill["n"], _sheets_url(to_fill)))
    return items
