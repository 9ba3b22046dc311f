"""Mediation pages: organisations of the units the user acts for, their cases and monthly reports."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from fazhi.core.actions import ActionRefused
from fazhi.core.exports import xlsx_file_response, xlsx_response
from fazhi.core.history import history_rows
from fazhi.core.pages import add_refusal, event_rows, import_page, paged
from fazhi.core.scoping import Purpose, get_visible_or_404, scope_of, visible
from fazhi.disputes import forms
from fazhi.disputes import mediation_actions as actions
from fazhi.disputes.importers import MonthlyReportImporter
from fazhi.disputes.litigation_views import proxy_reason
from fazhi.disputes.models import MediationCase, MediationOrganisation


def _bodies(user):
    return visible(MediationOrganisation.objects.select_related("organisation"), user, Purpose.EDIT)


@login_required
def index(request):
    bodies = (
        _bodies(request.user)
        .annotate(case_count=Count("cases"))
        .order_by("organisation__sort_order", "name", "id")
    )
    page = paged(request, bodies)
    return render(
        request,
        "disputes/mediation.html",
        {
            "page": page,
            "can_edit": not scope_of(request.user).is_empty(Purpose.EDIT),
        },
    )


@login_required
def export(request):
    header = [_("Responsible unit"), _("Name"), _("Kind"), _("In operation")]
    rows = (
        [b.organisation.name, b.name, b.get_kind_display(), _("yes") if b.is_active else _("no")]
        for b in _bodies(request.user).iterator()
    )
    return xlsx_response("调解组织.xlsx", _("Mediation organisations"), header, rows)


@login_required
@require_http_methods(["GET", "POST"])
def create(request):
    form = forms.MediationOrganisationForm(
        request.POST if request.method == "POST" else None, user=request.user
    )
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        reason = proxy_reason(data)
        try:
            body = actions.register_organisation(
                request.user, data.pop("organisation"), proxy_reason=reason, **data
            )
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            return redirect(body)
    return render(request, "core/form.html", {"form": form, "title": _("Register a mediation organisation")})


@login_required
@require_http_methods(["GET", "POST"])
def detail(request, pk: int):
    body = get_visible_or_404(
        MediationOrganisation.objects.select_related("organisation"), request.user, Purpose.EDIT, pk=pk
    )
    form = forms.MediationCaseForm(request.POST if request.method == "POST" else None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        reason = proxy_reason(data)
        data["closed_on"] = data.get("closed_on")
        try:
            actions.record_case(request.user, body, proxy_reason=reason, **data)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            return redirect(body)
    return render(
        request,
        "disputes/mediation_organisation.html",
        {
            "body": body,
            "form": form,
            "mediators": body.mediators.all(),
            "cases": paged(request, body.cases.all(), param="cases"),
            "reports": paged(request, body.monthly_reports.all(), param="reports"),
            "events": event_rows(request, body.events),
            "history": history_rows(request, body),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def import_reports(request):
    if scope_of(request.user).is_empty(Purpose.EDIT):
        raise PermissionDenied(_("You may not import these records."))
    return import_page(
        request,
        MonthlyReportImporter(request.user),
        template="disputes/import.html",
        done_message=_("%(n)d rows imported."),
        done_url="disputes:mediation",
    )


@login_required
def import_template(request):
    return xlsx_file_response("调解月报导入模板.xlsx", MonthlyReportImporter(request.user).template())


def _add_mediator(actor, case_or_body, **data):
    return actions.add_mediator(actor, case_or_body, **data)


def _close(actor, case, **data):
    return actions.close_case(actor, case, **data)


def _confirm(actor, case, **data):
    return actions.record_judicial_confirmation(actor, case, **data)


CASE_STEPS = {
    "close": (forms.MediationCloseForm, _close, gettext_lazy("Close the case")),
    "confirm": (forms.ConfirmationForm, _confirm, gettext_lazy("record the judicial confirmation")),
}


def _run_step(request, form, action, record, *, back, title):
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        reason = proxy_reason(data)
        try:
            action(request.user, record, proxy_reason=reason, **data)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            return redirect(back)
    return render(request, "core/form.html", {"form": form, "title": title, "back": back})


@login_required
@require_http_methods(["GET", "POST"])
def add_mediator(request, pk: int):
    body = get_visible_or_404(MediationOrganisation.objects, request.user, Purpose.EDIT, pk=pk)
    form = forms.MediatorForm(request.POST if request.method == "POST" else None, user=request.user)
    return _run_step(request, form, _add_mediator, body, back=body, title=_("add a mediator"))


@login_required
@require_http_methods(["GET", "POST"])
def case_step(request, pk: int, name: str):
    if name not in CASE_STEPS:
        raise Http404(_("The page does not exist, or you may not see it."))
    case = get_visible_or_404(
        MediationCase.objects.select_related("mediation_organisation__organisation"),
        request.user,
        Purpose.EDIT,
        pk=pk,
    )
    form_class, action, title = CASE_STEPS[name]
    form = form_class(request.POST if request.method == "POST" else None, user=request.user)
    return _run_step(request, form, action, case, back=case.mediation_organisation, title=title)
