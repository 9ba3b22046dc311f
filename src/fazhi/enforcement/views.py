"""Enforcement pages: bodies, officers, certificates and the chains. Thin: look up through the
scoping helper, call one action. Cases: ``views_cases``; supervision: ``views_supervision``."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from fazhi.core.deadlines import local_today
from fazhi.core.exports import csv_response, xlsx_file_response
from fazhi.core.history import history_rows
from fazhi.core.pages import event_rows, paged
from fazhi.core.scoping import Purpose, can, get_visible_or_404, scope_of, visible
from fazhi.enforcement import actions, chain, forms, queries
from fazhi.enforcement.importers import OfficerImporter, PowerImporter
from fazhi.enforcement.models import Certificate, EnforcementBody, Officer
from fazhi.enforcement.pages import excel_import, form_page, refuse_unless
from fazhi.org.offices import office_for, require_office


@login_required
def index(request):
    today = local_today()
    bodies = queries.with_chain_head(
        queries.certified_ratio(visible(EnforcementBody.objects.all(), request.user), today)
    )
    page = paged(
        request, bodies.select_related("organisation").order_by("organisation__sort_order", "name", "pk")
    )
    return render(
        request,
        "enforcement/index.html",
        {
            "page": page,
            "office": office_for(request.user),
            "can_edit": not scope_of(request.user).is_empty(Purpose.EDIT),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def body_create(request):
    require_office(request.user)
    form = forms.BodyForm(request.POST or None, user=request.user)

    def act(data):
        actions.create_body(request.user, data.pop("organisation"), **data)

    return form_page(request, form, act, title=_("New enforcement body"), back="enforcement:index")


def _body(request, pk):
    return get_visible_or_404(
        EnforcementBody.objects.select_related("organisation", "commissioned_by"), request.user, pk=pk
    )


@login_required
def body(request, pk: int):
    body = _body(request, pk)
    annotated = queries.with_chain_head(EnforcementBody.objects.filter(pk=body.pk)).get()
    return render(
        request,
        "enforcement/body.html",
        {
            "body": body,
            "head": annotated,
            "powers": paged(request, body.powers.all(), param="powers"),
            "officers": paged(request, queries.roster_officers(body, local_today()), param="officers"),
            "checks": paged(request, body.chain_checks.all(), param="checks"),
            "may_edit": can(request.user, Purpose.EDIT, body.organisation),
            "events": event_rows(request, body.events.filter(case__isnull=True)),
            "history": history_rows(request, body),
        },
    )


@login_required
@require_POST
def verify(request):
    """The office recomputes the chains of the bodies it supervises."""
    require_office(request.user)
    ids = list(
        visible(EnforcementBody.objects.all(), request.user, Purpose.REVIEW).values_list("pk", flat=True)
    )
    broken = [state for state in chain.verify(ids) if not state.is_intact]
    if broken:
        for state in broken:
            messages.error(
                request, _("Body %(body)s: %(message)s") % {"body": state.body_id, "message": state.message}
            )
    else:
        messages.success(request, _("%(count)s chains verified, all intact.") % {"count": len(ids)})
    return redirect("enforcement:index")


def _officers(request):
    form = forms.OfficerFilterForm(request.GET or None)
    officers = queries.with_certification(
        visible(Officer.objects.select_related("body"), request.user), local_today()
    ).order_by("body__name", "name", "pk")
    if form.is_valid() and form.cleaned_data["q"]:
        text = form.cleaned_data["q"]
        officers = officers.filter(
            Q(name__contains=text) | Q(body__name__contains=text) | Q(staff_number=text)
        )
    return form, officers


@login_required
def officers(request):
    form, officers = _officers(request)
    return render(
        request,
        "enforcement/officers.html",
        {
            "form": form,
            "page": paged(request, officers),
        },
    )


@login_required
def officers_export(request):
    _form, officers = _officers(request)
    header = [_("Enforcement body"), _("Officer's name"), _("Staff number"), _("In service"), _("Certified")]
    rows = (
        [
            o.body.name,
            o.name,
            o.staff_number,
            _("yes") if o.is_active else _("no"),
            _("yes") if o.is_certified else _("no"),
        ]
        for o in officers.iterator(chunk_size=2000)
    )
    return csv_response("执法人员.csv", header, rows)


@login_required
@require_http_methods(["GET", "POST"])
def officer_create(request, pk: int):
    body = _body(request, pk)
    refuse_unless(can(request.user, Purpose.EDIT, body.organisation))
    form = forms.OfficerForm(request.POST or None, user=request.user)
    return form_page(
        request,
        form,
        lambda data: actions.add_officer(request.user, body, **data),
        title=_("New officer"),
        back=body,
        proxy=True,
    )


def _officer(request, pk):
    return get_visible_or_404(Officer.objects.select_related("body__organisation"), request.user, pk=pk)


@login_required
def officer(request, pk: int):
    officer = _officer(request, pk)
    organisation = officer.body.organisation
    return render(
        request,
        "enforcement/officer.html",
        {
            "officer": officer,
            "certificates": officer.certificates.prefetch_related("reviews"),
            "trainings": paged(request, officer.trainings.all(), param="trainings"),
            "may_edit": can(request.user, Purpose.EDIT, organisation),
            "may_review": can(request.user, Purpose.REVIEW, organisation)
            and office_for(request.user) is not None,
            "history": history_rows(request, officer),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def training_create(request, pk: int):
    officer = _officer(request, pk)
    refuse_unless(can(request.user, Purpose.EDIT, officer.body.organisation))
    form = forms.TrainingForm(request.POST or None, user=request.user)
    return form_page(
        request,
        form,
        lambda data: actions.record_training(request.user, officer, **data),
        title=_("Record training"),
        back=officer,
        proxy=True,
    )


@login_required
@require_http_methods(["GET", "POST"])
def certificate_create(request, pk: int):
    officer = _officer(request, pk)
    require_office(request.user)
    form = forms.CertificateForm(request.POST or None)
    return form_page(
        request,
        form,
        lambda data: actions.issue_certificate(request.user, officer, **data),
        title=_("Issue a certificate"),
        back=officer,
    )


def _certificate(request, pk):
    return get_visible_or_404(
        Certificate.objects.select_related("officer__body__organisation"), request.user, Purpose.REVIEW, pk=pk
    )


@login_required
@require_http_methods(["GET", "POST"])
def certificate_review(request, pk: int):
    certificate = _certificate(request, pk)
    require_office(request.user)
    form = forms.AnnualReviewForm(request.POST or None, initial={"year": local_today().year - 1})
    return form_page(
        request,
        form,
        lambda data: actions.review_certificate(request.user, certificate, **data),
        title=_("Annual review"),
        back=certificate.officer,
        edits=certificate,
    )


@login_required
@require_http_methods(["GET", "POST"])
def certificate_change(request, pk: int):
    certificate = _certificate(request, pk)
    require_office(request.user)
    form = forms.CertificateChangeForm(request.POST or None, initial={"on": local_today()})
    return form_page(
        request,
        form,
        lambda data: actions.change_certificate(request.user, certificate, **data),
        title=_("Suspend, restore, revoke or cancel"),
        back=certificate.officer,
        edits=certificate,
    )


@login_required
@require_http_methods(["GET", "POST"])
def officers_import(request):
    return excel_import(
        request,
        OfficerImporter(request.user),
        heading=_("Import officers"),
        done_url="enforcement:officers",
        template_url="enforcement:officers_import_template",
    )


@login_required
def officers_import_template(request):
    return xlsx_file_response("执法人员导入模板.xlsx", OfficerImporter(request.user).template())


@login_required
@require_http_methods(["GET", "POST"])
def powers_import(request):
    return excel_import(
        request,
        PowerImporter(request.user),
        heading=_("Import powers"),
        done_url="enforcement:index",
        template_url="enforcement:powers_import_template",
    )


@login_required
def powers_import_template(request):
    return xlsx_file_response("执法职权导入模板.xlsx", PowerImporter(request.user).template())
