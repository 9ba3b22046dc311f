"""Annual report pages. Thin: look up through the scoping helper, call one action, render."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from fazhi.core.actions import ActionRefused
from fazhi.core.deadlines import local_today
from fazhi.core.history import history_rows
from fazhi.core.pages import add_refusal, event_rows, is_confirmed, message_refusal, paged
from fazhi.core.scoping import (
    Purpose,
    can,
    get_visible_by_region_or_404,
    get_visible_or_404,
    scope_of,
    visible,
    visible_by_region,
)
from fazhi.core.uploads import private_file_response
from fazhi.filings import actions, shortcomings
from fazhi.filings.forms import AcceptForm, PublishForm, ReturnForm, ShortcomingsForm, UploadForm
from fazhi.filings.models import (
    FILING_WORKFLOW,
    AnnualReportFiling,
    FilingSeason,
    FilingStatus,
    ReportVersion,
)
from fazhi.filings.review import review, suggested_reasons
from fazhi.filings.rules import SHORTCOMINGS_STATES
from fazhi.org.naming import with_office


def _season(request, pk: int, purpose: Purpose = Purpose.READ) -> FilingSeason:
    return get_visible_by_region_or_404(FilingSeason.objects, request.user, purpose, pk=pk)


def _filing(request, pk: int, purpose: Purpose = Purpose.READ) -> AnnualReportFiling:
    return get_visible_or_404(
        AnnualReportFiling.objects.select_related("season", "organisation", "current_version"),
        request.user,
        purpose,
        pk=pk,
    )


@login_required
def index(request):
    seasons = visible_by_region(FilingSeason.objects.all(), request.user)
    own = scope_of(request.user).organisations(Purpose.EDIT)
    filings = visible(
        AnnualReportFiling.objects.select_related("season", "organisation"), request.user, Purpose.EDIT
    ).filter(organisation__in=own)
    regions = scope_of(request.user).regions(Purpose.REVIEW)
    # The office's queue: reports signed off and waiting for review.
    awaiting = (
        visible(
            AnnualReportFiling.objects.select_related("season", "organisation"), request.user, Purpose.REVIEW
        )
        .filter(status=FilingStatus.SUBMITTED)
        .order_by("submitted_on", "id")
    )
    return render(
        request,
        "filings/index.html",
        {
            "seasons": paged(request, seasons, param="seasons"),
            "filings": paged(request, filings, param="filings"),
            "awaiting": paged(request, awaiting, param="awaiting"),
            "can_open": regions is None or bool(regions),
            # An office edits every unit's filing in its region: "our reports" would mislead it.
            "is_office": regions is None or bool(regions),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def upload(request, season_pk: int, organisation_pk: int):
    season = _season(request, season_pk)
    organisation = get_visible_or_404(
        season.required_organisations.all(), request.user, Purpose.EDIT, pk=organisation_pk
    )
    filing = AnnualReportFiling.objects.filter(season=season, organisation=organisation).first()
    form = UploadForm(request.POST if request.method == "POST" else None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            filing = actions.upload_report(
                request.user, season, organisation, data=data["data"], name=data["name"], kind=data["kind"]
            )
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            found = review(filing.current_version.reading, filing)
            if found.has_problems:
                messages.warning(
                    request,
                    _("The report was read, but the review found problems (%(verdicts)s): see below.")
                    % {"verdicts": "、".join(found.verdicts)},
                )
            else:
                messages.success(request, _("The report was read; check the automatic review below."))
            return redirect(filing)
    return render(
        request,
        "filings/upload.html",
        {"season": season, "organisation": organisation, "filing": filing, "form": form},
    )


@login_required
def detail(request, pk: int):
    filing = _filing(request, pk)
    version = filing.current_version
    result = review(version.reading, filing) if version else None
    transitions = FILING_WORKFLOW.available(
        request.user, state=filing.status, organisation=filing.organisation
    )
    # The shortcomings part as problem-list candidates: for the office only.
    office = can(request.user, Purpose.REVIEW, filing.organisation)
    return render(
        request,
        "filings/detail.html",
        {
            "shortcomings": shortcomings.rows(filing) if office else None,
            "can_make_problems": office and filing.status in SHORTCOMINGS_STATES,
            "filing": filing,
            "version": version,
            "review": result,
            "versions": filing.versions.select_related("uploaded_by"),
            "can_upload": "upload" in {t.name for t in transitions},
            "can_submit": "submit" in {t.name for t in transitions},
            "can_review": {t.name for t in transitions} & {"accept", "return"},
            "can_publish": "publish" in {t.name for t in transitions},
            "accept_form": AcceptForm(initial={"publish": True, "published_on": local_today()}),
            "publish_form": PublishForm(initial={"published_on": local_today()}),
            "events": event_rows(request, filing.events),
            "history": history_rows(request, filing),
        },
    )


@login_required
def version_file(request, pk: int, number: int):
    filing = _filing(request, pk)
    try:
        version = filing.versions.get(number=number)
    except ReportVersion.DoesNotExist:
        raise Http404(_("The page does not exist, or you may not see it.")) from None
    if not version.file:
        response = HttpResponse(version.text, content_type="text/plain; charset=utf-8")
        response["Content-Disposition"] = "attachment; filename=report.txt"
        return response
    return private_file_response(version.file, version.download_name)


@login_required
@require_http_methods(["GET", "POST"])
def submit(request, pk: int):
    """Sign-off: a page listing what the review found and what signing off does, then the step."""
    filing = _filing(request, pk)
    if request.method == "POST" and is_confirmed(request):
        try:
            actions.submit_filing(request.user, filing, confirmed=True)
        except ActionRefused as refusal:
            message_refusal(request, refusal)
            return redirect(filing)
        messages.success(request, with_office(_("Signed off and submitted to %(office)s.")))
        return redirect(filing)
    if request.method == "POST":
        messages.error(request, _("Confirm the sign-off on this page first."))
    FILING_WORKFLOW.check(request.user, "submit", state=filing.status, organisation=filing.organisation)
    result = review(filing.current_version.reading, filing) if filing.current_version else None
    return render(
        request,
        "core/confirm.html",
        {
            "title": _("Sign off and submit: %(unit)s %(year)d")
            % {"unit": filing.organisation.name, "year": filing.season.year},
            "back": filing,
            "verdicts": result.verdicts if result else [],
            "problems": result.problem_lines() if result else [],
            "consequences": [
                with_office(
                    _("The report (%(version)s) goes to %(office)s as your unit's %(year)d report."),
                    version=filing.current_version or "—",
                    year=filing.season.year,
                ),
                with_office(
                    _(
                        "Signing off cannot be undone: the unit can change the report again only if %(office)s "
                        "returns it."
                    )
                ),
            ]
            + (
                [
                    with_office(
                        _("%(office)s sees the problems listed above and will likely return the report.")
                    )
                ]
                if result and result.has_problems
                else [_("The automatic review found no failed check and no missing part.")]
            ),
            "button": _("Sign off as it is") if result and result.has_problems else _("Sign off and submit"),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def return_filing(request, pk: int):
    filing = _filing(request, pk)
    if not can(request.user, Purpose.REVIEW, filing.organisation):
        raise PermissionDenied(with_office(_("Only %(office)s reviews annual reports.")))
    result = review(filing.current_version.reading, filing) if filing.current_version else None
    initial = {"reasons": suggested_reasons(result) if result else ""}
    form = ReturnForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            actions.return_filing(request.user, filing, reasons=form.cleaned_data["reasons"])
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("The report was returned to the unit."))
            return redirect(filing)
    return render(request, "filings/return.html", {"filing": filing, "form": form})


@login_required
@require_POST
def accept(request, pk: int):
    filing = _filing(request, pk)
    form = AcceptForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Write the publication date as a date."))
        return redirect(filing)
    publish_on = (
        (form.cleaned_data["published_on"] or local_today()) if form.cleaned_data["publish"] else None
    )
    try:
        actions.accept_filing(request.user, filing, publish_on=publish_on)
    except ActionRefused as refusal:
        message_refusal(request, refusal)
        return redirect(filing)
    messages.success(request, _("The report was accepted."))
    return redirect(filing)


@login_required
@require_POST
def shortcomings_to_problems(request, pk: int):
    filing = _filing(request, pk)
    if not can(request.user, Purpose.REVIEW, filing.organisation):
        raise PermissionDenied(with_office(_("Only %(office)s puts problems on the list.")))
    numbers = [row.point.number for row in shortcomings.rows(filing)]
    form = ShortcomingsForm(request.POST, numbers=numbers)
    if not form.is_valid():
        messages.error(request, _("Choose at least one sentence."))
        return redirect(filing)
    try:
        made = actions.problems_from_shortcomings(request.user, filing, form.cleaned_data["points"])
    except ActionRefused as refusal:
        message_refusal(request, refusal)
        return redirect(filing)
    if made:
        messages.success(request, _("%(n)d entries were put on the problem list.") % {"n": len(made)})
    else:
        messages.info(request, _("The chosen sentences are already on the problem list."))
    return redirect(f"{filing.get_absolute_url()}#shortcomings")


@login_required
@require_POST
def publish(request, pk: int):
    filing = _filing(request, pk)
    form = PublishForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Write the publication date as a date."))
        return redirect(filing)
    try:
        actions.publish_filing(request.user, filing, published_on=form.cleaned_data["published_on"])
    except ActionRefused as refusal:
        message_refusal(request, refusal)
        return redirect(filing)
    messages.success(request, _("The report is published on the portal."))
    return redirect(filing)


def own_organisations(user, season: FilingSeason):
    """Required units of ``season`` the user may file for."""
    return visible(season.required_organisations.all(), user, Purpose.EDIT)
