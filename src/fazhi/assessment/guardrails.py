"""Checks before the assessment steps that cannot be undone (issue 11 §3).

- A scheme is published only when its points add up to the full marks
  (100 by default; ``FAZHI_ASSESSMENT_FULL_MARKS``): a 98-point scheme would
  score every unit out of the wrong total. This one is a hard refusal.
- A self-assessment with blank items is submitted only on confirmation, with
  the count of blank items named.
- A sheet never self-assessed is finalised only on confirmation, and the
  ranking leaves it out with the reason stated: ranking units on scores
  nobody claimed ties them all at 0.
"""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db.models import Count, Q
from django.utils.translation import gettext as _

from fazhi.core.actions import ActionRefused, NeedsConfirmation

# The national system publishes no weights (domain.md §3.2); every local
# scheme seen is out of 100 points, so that is the default.
DEFAULT_FULL_MARKS = Decimal(100)


def full_marks() -> Decimal:
    return Decimal(str(getattr(settings, "FAZHI_ASSESSMENT_FULL_MARKS", DEFAULT_FULL_MARKS)))


def _n(value) -> str:
    return f"{Decimal(value).normalize():f}"


def total_problem(total: Decimal) -> str:
    """What is wrong with a scheme's total, in words; empty when it is the full marks."""
    if Decimal(total) == full_marks():
        return ""
    return _(
        "The scheme's items add up to %(total)s points, not %(full)s: change the items' maximum points "
        "(or an area cap) before publishing."
    ) % {"total": _n(total), "full": _n(full_marks())}


def check_full_marks(total: Decimal) -> None:
    problem = total_problem(total)
    if problem:
        raise ActionRefused(problem)


def blank_items(assessment) -> tuple[int, int]:
    """(items without self-assessed points, all items) of a sheet."""
    counts = assessment.scores.aggregate(
        blank=Count("id", filter=Q(self_points__isnull=True)), total=Count("id")
    )
    return counts["blank"], counts["total"]


def blank_item_names(assessment) -> list[str]:
    """The items of a sheet without self-assessed points, as "number title", in the sheet's order."""
    return [
        f"{number} {title}"
        for number, title in assessment.scores.filter(self_points__isnull=True).values_list(
            "item__number", "item__title"
        )
    ]


def check_blank_items_confirmed(assessment, confirmed: bool) -> None:
    blank, total = blank_items(assessment)
    if blank and not confirmed:
        raise NeedsConfirmation(
            _(
                "%(blank)d of %(total)d items have no self-assessed points (%(items)s). Once submitted, "
                "the unit can add them only if the office returns the sheet: confirm to submit it as it is."
            )
            % {"blank": blank, "total": total, "items": "、".join(blank_item_names(assessment))}
        )


def never_self_assessed(assessments) -> set[int]:
    """The ids among ``assessments`` (a queryset) with no item self-assessed, in one query."""
    return set(
        assessments.annotate(claimed=Count("scores", filter=Q(scores__self_points__isnull=False)))
        .filter(claimed=0)
        .values_list("pk", flat=True)
    )


NOT_RANKED_REASON = "not_self_assessed"


def not_ranked_reason() -> str:
    return _("not ranked: the unit never self-assessed")


def check_self_assessed_confirmed(assessment, confirmed: bool) -> None:
    from fazhi.assessment.models import Assessment

    if not confirmed and never_self_assessed(Assessment.objects.filter(pk=assessment.pk)):
        raise NeedsConfirmation(
            _(
                "%(unit)s never self-assessed: its scores would rest on indicator values and judgements "
                "alone, and the ranking will leave it out. Confirm to finalise it anyway."
            )
            % {"unit": assessment.organisation.name}
        )
