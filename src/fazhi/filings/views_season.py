"""Season pages: open and edit a season, its coverage board, the Excel export and the notice (通报)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from fazhi.catalog import regions
from fazhi.core.actions import ActionRefused
from fazhi.core.exports import download_response, xlsx_response
from fazhi.core.formatting import DOCX_CONTENT_TYPE
from fazhi.core.history import history_rows
from fazhi.core.pages import add_refusal, event_rows
from fazhi.core.scoping import Purpose, scope_of
from fazhi.filings import actions, coverage
from fazhi.filings.forms import BoardFilterForm, SeasonForm
from fazhi.filings.views import _season, own_organisations
from fazhi.org.models import Organisation
from fazhi.org.naming import with_office
from fazhi.org.offices import require_office


def _reportable(region_code: str):
    return Organisation.objects.filter(region_code=region_code, is_active=True).order_by("sort_order", "id")


@login_required
@require_http_methods(["GET", "POST"])
def season_new(request):
    office = require_office(
        request.user, with_office(_("Only %(office)s of this region may manage its filing season."))
    )
    region_code = office.region_code
    form = SeasonForm(
        request.POST if request.method == "POST" else None, organisations=_reportable(region_code)
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            season = actions.open_season(
                request.user,
                region_code=region_code,
                year=data["year"],
                filing_due=data["filing_due"],
                publication_due=data["publication_due"],
                requires_publication=data["requires_publication"],
                required_organisations=data["required_organisations"] or None,
            )
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("The season is open."))
            return redirect(season)
    return render(request, "filings/season_form.html", {"form": form, "region": regions.get(region_code)})


@login_required
@require_http_methods(["GET", "POST"])
def season_edit(request, pk: int):
    season = _season(request, pk, Purpose.REVIEW)
    form = SeasonForm(
        request.POST if request.method == "POST" else None,
        instance=season,
        organisations=_reportable(season.region_code),
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            actions.update_season(
                request.user,
                season,
                filing_due=data["filing_due"],
                publication_due=data["publication_due"],
                requires_publication=data["requires_publication"],
                required_organisations=data["required_organisations"],
            )
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("The season was changed."))
            return redirect(season)
    return render(
        request,
        "filings/season_form.html",
        {"form": form, "season": season, "region": regions.get(season.region_code)},
    )


def _rows(request, season):
    form = BoardFilterForm(request.GET or None)
    rows = coverage.board(season, request.user)
    shown = rows
    if form.is_valid():
        shown = coverage.filter_rows(rows, **form.cleaned_data)
    return form, rows, shown


@login_required
def season(request, pk: int):
    season = _season(request, pk)
    form, rows, shown = _rows(request, season)
    is_office = scope_of(request.user).allows_region(Purpose.REVIEW, season.region_code)
    return render(
        request,
        "filings/season.html",
        {
            "season": season,
            "region": regions.get(season.region_code),
            "form": form,
            "rows": shown,
            "counts": coverage.counts(rows),
            "total": len(rows),
            "is_office": is_office,
            # A unit's own filing; the office (which may edit for every unit) works from the board instead.
            "own": []
            if is_office
            else [
                (organisation, season.filings.filter(organisation=organisation).first())
                for organisation in own_organisations(request.user, season)
            ],
            "events": event_rows(request, season.events.filter(filing__isnull=True)),
            "history": history_rows(request, season) if is_office else [],
        },
    )


@login_required
def season_export(request, pk: int):
    season = _season(request, pk)
    _form, _rows_all, shown = _rows(request, season)
    return xlsx_response(
        f"{season.year}年度法治政府建设年度报告报送情况.xlsx",
        _("Annual reports %(year)d") % {"year": season.year},
        coverage.export_header(),
        coverage.export_rows(season, shown),
    )


@login_required
def season_notice(request, pk: int):
    season = _season(request, pk, Purpose.REVIEW)
    data = coverage.notice_docx(season, coverage.board(season, request.user))
    return download_response(
        data, DOCX_CONTENT_TYPE, f"{season.year}年度法治政府建设年度报告报送情况通报.docx"
    )
