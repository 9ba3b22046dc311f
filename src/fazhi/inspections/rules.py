"""What may happen in random inspections. Pure checks; actions call them. Numbers: docs/inspections.md."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.conf import settings
from django.utils.translation import gettext as _
from stdnum.cn import uscc
from stdnum.exceptions import ValidationError as NumberInvalid

from fazhi.catalog import calendar
from fazhi.core import dates
from fazhi.core.actions import ActionRefused


def minimum_sampling_percent() -> Decimal:
    return Decimal(settings.INSPECTIONS_SAMPLING_PERCENT)


def default_raised_percent() -> Decimal:
    return Decimal(settings.INSPECTIONS_RAISED_SAMPLING_PERCENT)


def publication_due(inspected_on: dt.date) -> dt.date:
    """The last day to publish a result: working days after the inspection (default 20)."""
    return calendar.add_working_days(inspected_on, settings.INSPECTIONS_PUBLICATION_WORKING_DAYS)


def credit_code_problem(code: str) -> str | None:
    """Why ``code`` is not a unified social credit code (GB 32100 check digit), or None."""
    try:
        uscc.validate(code)
    except NumberInvalid:
        return _("%(code)s is not a valid unified social credit code (check digit).") % {"code": code}
    return None


def clean_credit_code(code: str) -> str:
    return uscc.compact(code or "")


def check_credit_code(code: str) -> None:
    problem = credit_code_problem(code)
    if problem:
        raise ActionRefused(problem, field="credit_code")


def check_matter(name: str, legal_basis: str) -> None:
    if not name.strip():
        raise ActionRefused(_("Name the matter."), field="name")
    if not legal_basis.strip():
        raise ActionRefused(_("A matter on the list needs its legal basis."), field="legal_basis")


def check_revision(reason: str, matter) -> None:
    if not matter.is_current:
        raise ActionRefused(_("Only the current version of a matter can be revised."))
    if not reason.strip():
        raise ActionRefused(_("Give the reason for the change."), field="change_reason")


def check_plan(
    *,
    matters,
    organisations: set[int],
    sampling_percent: Decimal,
    raised_percent: Decimal,
    inspectors_per_object: int,
    starts_on: dt.date,
    ends_on: dt.date,
) -> None:
    if not matters:
        raise ActionRefused(_("A plan inspects at least one matter of the list."), field="matters")
    if any(m.organisation_id not in organisations or not m.is_current for m in matters):
        raise ActionRefused(
            _("A plan takes current matters of the departments taking part."), field="matters"
        )
    minimum = minimum_sampling_percent()
    if not minimum <= sampling_percent <= 100:
        raise ActionRefused(
            _("The sampling ratio lies between %(min)s %% and 100 %%.") % {"min": minimum},
            field="sampling_percent",
        )
    if not sampling_percent <= raised_percent <= 100:
        raise ActionRefused(
            _("The raised ratio lies between the sampling ratio and 100 %."), field="raised_percent"
        )
    if inspectors_per_object < 2:
        raise ActionRefused(_("At least two inspectors check each entity."), field="inspectors_per_object")
    dates.check_date(starts_on, field="starts_on", label=_("The start of the period"))
    dates.check_date(ends_on, field="ends_on", label=_("The end of the period"))
    dates.check_order(starts_on, ends_on, field="ends_on", message=_("The period ends before it starts."))


def check_no_live_draw(plan) -> None:
    from fazhi.inspections.models import DrawStatus

    if plan.draws.exclude(status=DrawStatus.VOIDED).exists():
        raise ActionRefused(
            _(
                "This plan has a draw already. A draw cannot be repeated for another result: "
                "void it first, with a public reason."
            )
        )


def check_void(draw, reason: str) -> None:
    from fazhi.inspections.models import DrawStatus

    if draw.status == DrawStatus.VOIDED:
        raise ActionRefused(_("This draw is voided already."))
    if draw.tasks.exclude(outcome="").exists():
        raise ActionRefused(_("Results are recorded for this draw: it can no longer be voided."))
    if len(reason.strip()) < 5:
        raise ActionRefused(_("Give the reason for voiding the draw; it is published."), field="reason")


def check_result(task, outcome: str, inspected_on: dt.date, today: dt.date | None = None) -> None:
    from fazhi.inspections.models import DrawStatus

    if task.draw.status != DrawStatus.DRAWN:
        raise ActionRefused(_("Results are recorded for tasks of a valid draw only."))
    if not outcome:
        raise ActionRefused(_("Choose the result."), field="outcome")
    dates.check_not_future(inspected_on, field="inspected_on", label=_("The inspection date"), today=today)
    if inspected_on < task.draw.drawn_on:
        raise ActionRefused(_("The inspection comes after the draw."), field="inspected_on")
    if task.published_on:
        raise ActionRefused(_("The result is published; it can no longer be changed."))


def check_publication(tasks, published_on: dt.date, today: dt.date | None = None) -> None:
    dates.check_not_future(published_on, field="published_on", label=_("The publication date"), today=today)
    if not tasks:
        raise ActionRefused(_("No recorded result waits for publication."))
    if any(published_on < task.inspected_on for task in tasks):
        raise ActionRefused(_("A result is published after the inspection."), field="published_on")
