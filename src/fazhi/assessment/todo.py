"""What waits in the assessment: self-assessments for the unit, scoring for the office and evaluators."""

from __future__ import annotations

from django.db.models import Count, Min
from django.urls import reverse
from django.utils.translation import gettext as _

from fazhi.assessment.models import Assessment, AssessmentStatus
from fazhi.core.scoping import Person, Purpose, visible
from fazhi.core.worklist import WorkItem, own_units


def _sheets_url(counts: dict) -> str:
    """The score sheet itself when there is one, else the assessment page listing them."""
    if counts["n"] == 1:
        return reverse("assessment:detail", args=[counts["first"]])
    return reverse("assessment:index")


def _count(queryset) -> dict:
    return queryset.aggregate(n=Count("pk"), first=Min("pk"))


def work_for(user: Person) -> list[WorkItem]:
    items = []
    # Submitted sheets are judged, adjusted and deducted by whoever holds SCORE
    # (the office and evaluators); the office also finalises them.
    scoring = _count(
        visible(Assessment.objects.filter(status=AssessmentStatus.SUBMITTED), user, Purpose.SCORE)
    )
    items.append(WorkItem(_("Score sheets awaiting scoring"), scoring["n"], _sheets_url(scoring)))

    # ASSESSMENT_WORKFLOW: the unit fills in its self-assessment (EDIT) and its leader submits it (SIGN_OFF).
    signing = own_units(user, Purpose.SIGN_OFF)
    filling = own_units(user, Purpose.EDIT) - signing
    open_sheets = Assessment.objects.filter(status=AssessmentStatus.SELF_ASSESSMENT)
    if signing:
        waiting = _count(visible(open_sheets, user, Purpose.SIGN_OFF).filter(organisation_id__in=signing))
        items.append(
            WorkItem(_("Self-assessments awaiting your sign-off"), waiting["n"], _sheets_url(waiting))
        )
    if filling:
        waiting = _count(visible(open_sheets, user, Purpose.EDIT).filter(organisation_id__in=filling))
        items.append(WorkItem(_("Self-assessments to fill in"), waiting["n"], _sheets_url(waiting)))
    return items
