"""Bulk steps on a season's coverage board: accept, publish, remind (催报) the chosen units.

The office ticks units on the board and picks a step. Accepting and
publishing cannot be undone, so they show a confirmation page listing each
chosen report and what its automatic review found; reminding goes straight
out. Each unit's outcome is reported (done, or refused with the reason).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from fazhi.core.bulk import bulk_results, chosen_ids, run_each
from fazhi.core.deadlines import local_today
from fazhi.core.pages import is_confirmed
from fazhi.core.scoping import Purpose
from fazhi.filings import actions
from fazhi.filings.models import AnnualReportFiling
from fazhi.filings.review import review
from fazhi.filings.views import _season

STEPS = {
    "accept": (
        gettext_lazy("Accept the chosen reports"),
        gettext_lazy(
            "Each report is accepted and its numbers become indicator values; this cannot be undone."
        ),
    ),
    "publish": (
        gettext_lazy("Publish the chosen reports"),
        gettext_lazy("Each accepted report is published on the portal today; this cannot be undone."),
    ),
    "remind": (gettext_lazy("Remind the chosen units"), ""),
    "remind_late": (gettext_lazy("Remind every unit that has not signed off"), ""),
}


def _filings(season, organisation_ids) -> dict[int, AnnualReportFiling]:
    filings = season.filings.filter(organisation_id__in=organisation_ids).select_related(
        "season", "organisation", "current_version"
    )
    return {filing.organisation_id: filing for filing in filings}


def _confirmation_lines(season, ids, filings) -> list[str]:
    names = dict(season.required_organisations.filter(pk__in=ids).values_list("pk", "name"))
    lines = []
    for pk in ids:
        filing = filings.get(pk)
        if filing is None or filing.current_version is None:
            lines.append(_("%(unit)s: no report uploaded") % {"unit": names.get(pk, pk)})
            continue
        found = review(filing.current_version.reading, filing)
        verdict = "、".join(found.verdicts) or _("no problem found by the review")
        lines.append(
            _("%(unit)s (%(status)s): %(verdict)s")
            % {"unit": filing.organisation.name, "status": filing.get_status_display(), "verdict": verdict}
        )
    return lines


@login_required
@require_POST
def season_bulk(request, pk: int):
    season = _season(request, pk, Purpose.REVIEW)
    step = request.POST.get("step", "")
    ids = chosen_ids(request)
    if step == "remind_late":
        # 催报 to all: every required unit whose report is not signed off (or was returned).
        signed = season.filings.filter(status__in=actions.SIGNED_OFF).values_list(
            "organisation_id", flat=True
        )
        ids = sorted(season.required_organisations.exclude(pk__in=signed).values_list("pk", flat=True))
        if not ids:
            messages.info(request, _("Every unit has signed off its report."))
            return redirect(season)
    if step not in STEPS or not ids:
        messages.error(request, _("Tick at least one unit and choose a step."))
        return redirect(season)
    title, consequence = STEPS[step]
    filings = _filings(season, ids)
    if step in ("accept", "publish") and not is_confirmed(request):
        return render(
            request,
            "core/confirm.html",
            {
                "title": title,
                "back": season,
                "problems": _confirmation_lines(season, ids, filings),
                "consequences": [consequence],
                "button": title,
                "hidden": {"step": step},
                "chosen": ids,
            },
        )
    if step in ("remind", "remind_late"):
        organisations = season.required_organisations.filter(pk__in=ids).order_by("sort_order", "id")
        outcomes = run_each(
            organisations,
            lambda organisation: actions.remind_unit(
                request.user, season, organisation, filing=filings.get(organisation.pk)
            ),
            label=lambda organisation: organisation.name,
        )
    else:
        chosen = [filings[pk] for pk in ids if pk in filings]
        call = {
            "accept": lambda filing: actions.accept_filing(request.user, filing),
            "publish": lambda filing: actions.publish_filing(
                request.user, filing, published_on=local_today()
            ),
        }[step]
        outcomes = run_each(chosen, call, label=lambda filing: filing.organisation.name)
        missing = len(ids) - len(chosen)
        if missing:
            messages.error(request, _("%(n)d chosen units have no report yet.") % {"n": missing})
    return bulk_results(request, outcomes, title=title, back=season)
