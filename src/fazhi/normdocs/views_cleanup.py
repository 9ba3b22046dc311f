"""Clean-up campaigns (清理) and the Excel imports."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from fazhi.core.actions import ActionRefused
from fazhi.core.exports import xlsx_file_response
from fazhi.core.history import history_rows
from fazhi.core.pages import add_refusal, import_page
from fazhi.core.scoping import Purpose, can, get_visible_or_404, scope_of, visible
from fazhi.normdocs import actions_cleanup, forms
from fazhi.normdocs.importers import IMPORTERS
from fazhi.normdocs.models import CleanupCampaign, DocumentStatus, NormativeDocument
from fazhi.org.naming import with_office


@login_required
@require_http_methods(["GET", "POST"])
def cleanups(request):
    campaigns = visible(CleanupCampaign.objects.select_related("organisation"), request.user)
    form = None
    if not scope_of(request.user).is_empty(Purpose.REVIEW):
        form = forms.CampaignForm(request.POST if request.method == "POST" else None, user=request.user)
        if request.method == "POST" and form.is_valid():
            data = dict(form.cleaned_data)
            campaign = actions_cleanup.create_campaign(request.user, data.pop("organisation"), **data)
            return redirect(campaign)
    elif request.method == "POST":
        raise PermissionDenied(with_office(_("Only %(office)s organises clean-ups.")))
    return render(request, "normdocs/cleanups.html", {"campaigns": campaigns, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def cleanup_detail(request, pk: int):
    campaign = get_visible_or_404(CleanupCampaign.objects.select_related("organisation"), request.user, pk=pk)
    may_decide = campaign.is_open and can(request.user, Purpose.REVIEW, campaign.organisation)
    documents = visible(
        NormativeDocument.objects.filter(status__in=[DocumentStatus.IN_FORCE, DocumentStatus.AMENDED]),
        request.user,
        Purpose.REVIEW,
    ).exclude(cleanup_decisions__campaign=campaign)
    form = None
    if may_decide:
        form = forms.CleanupDecisionForm(
            request.POST if request.method == "POST" else None, documents=documents
        )
        if request.method == "POST" and "close" in request.POST:
            actions_cleanup.close_campaign(request.user, campaign)
            return redirect(campaign)
        if request.method == "POST" and form.is_valid():
            data = dict(form.cleaned_data)
            try:
                actions_cleanup.decide_cleanup(request.user, campaign, data.pop("document"), **data)
            except ActionRefused as refusal:
                add_refusal(form, refusal)
            else:
                messages.success(request, _("Outcome recorded."))
                return redirect(campaign)
    elif request.method == "POST":
        raise PermissionDenied(with_office(_("Only %(office)s decides clean-up outcomes.")))
    decisions = visible(
        campaign.decisions.select_related("document", "document__organisation"),
        request.user,
    )
    return render(
        request,
        "normdocs/cleanup_detail.html",
        {
            "campaign": campaign,
            "decisions": decisions,
            "form": form,
            "history": history_rows(request, campaign),
        },
    )


def _importer(request, what: str):
    if what not in IMPORTERS:
        raise Http404
    importer_class, purpose = IMPORTERS[what]
    if scope_of(request.user).is_empty(purpose):
        raise PermissionDenied(_("You may not import these records."))
    return importer_class(request.user)


@login_required
@require_http_methods(["GET", "POST"])
def import_records(request, what: str):
    importer = _importer(request, what)
    return import_page(
        request,
        importer,
        template="normdocs/import.html",
        done_message=_("%(n)d rows imported."),
        done_url="normdocs:issuers" if what == "issuers" else "normdocs:index",
        context={"what": what, "title": importer.sheet_title},
    )


@login_required
def import_template(request, what: str):
    importer = _importer(request, what)
    return xlsx_file_response(f"{importer.sheet_title}导入模板.xlsx", importer.template())
