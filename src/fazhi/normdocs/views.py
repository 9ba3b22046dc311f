"""Normative-document pages. Thin: look up through the scoping helper, call one action."""

from __future__ import annotations

from django import forms as django_forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from fazhi.core.actions import ActionRefused
from fazhi.core.deadlines import local_today
from fazhi.core.exports import EXPORT_CHUNK, xlsx_response
from fazhi.core.forms import add_proxy_fields, add_version_field, edited_version, may_proxy, pop_proxy_reason
from fazhi.core.history import history_rows
from fazhi.core.pages import add_refusal, event_rows, message_refusal, paged
from fazhi.core.scoping import Purpose, can, get_visible_or_404, scope_of, visible
from fazhi.core.uploads import private_file_response
from fazhi.normdocs import actions, actions_cleanup, forms, rules
from fazhi.normdocs.models import (
    DOCUMENT_FILING_WORKFLOW,
    DOCUMENT_WORKFLOW,
    DocumentFilingStatus,
    Filing,
    IssuerListing,
    NormativeDocument,
    awaiting_filing,
)
from fazhi.org.naming import with_office
from fazhi.org.offices import office_for, require_office


def _documents(request):
    form = forms.DocumentFilterForm(request.GET or None)
    documents = visible(NormativeDocument.objects.select_related("organisation", "filing"), request.user)
    if form.is_valid():
        if form.cleaned_data["q"]:
            text = form.cleaned_data["q"]
            documents = documents.filter(Q(title__contains=text) | Q(document_number__contains=text))
        if form.cleaned_data["status"]:
            documents = documents.filter(status=form.cleaned_data["status"])
    return form, documents


def _document(request, pk: int) -> NormativeDocument:
    return get_visible_or_404(NormativeDocument.objects.select_related("organisation"), request.user, pk=pk)


@login_required
def index(request):
    form, documents = _documents(request)
    page = paged(request, documents)
    return render(
        request,
        "normdocs/index.html",
        {
            "form": form,
            "page": page,
            "can_draft": not scope_of(request.user).is_empty(Purpose.EDIT),
            "can_manage": office_for(request.user) is not None,  # the checklist is the office's
        },
    )


@login_required
def export(request):
    _form, documents = _documents(request)
    header = [
        _("Issuing body"),
        _("Document title"),
        _("Document number"),
        _("Issued on"),
        _("In force from"),
        _("Valid until"),
        _("Status"),
        _("Filed on"),
    ]
    rows = (
        [
            d.organisation.name,
            d.title,
            d.document_number,
            d.issued_on,
            d.effective_on,
            d.valid_until,
            d.get_status_display(),
            getattr(getattr(d, "filing", None), "filed_on", None),
        ]
        for d in documents.iterator(chunk_size=EXPORT_CHUNK)
    )
    return xlsx_response("行政规范性文件.xlsx", _("Normative documents"), header, rows)


@login_required
@require_http_methods(["GET", "POST"])
def create(request):
    form = forms.NewDocumentForm(request.POST if request.method == "POST" else None, user=request.user)
    add_proxy_fields(form, request.user)
    if not form.fields["organisation"].queryset.exists():
        # An evaluator or a reader: refused, not shown a form with an empty unit list.
        raise PermissionDenied(_("You have no unit to enter this for."))
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        organisation = data.pop("organisation")
        data["proxy_reason"] = pop_proxy_reason(data)
        try:
            document = actions.create_document(request.user, organisation, **data)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("Draft saved."))
            return redirect(document)
    return render(request, "core/form.html", {"form": form, "title": _("New draft normative document")})


@login_required
def detail(request, pk: int):
    document = _document(request, pk)
    filing = Filing.objects.filter(document=document).select_related("receiver").first()
    user = request.user
    organisation = document.organisation
    context = {
        "document": document,
        "reviews": document.reviews.all(),
        "filing": filing,
        "filing_due": rules.filing_deadline(document.issued_on) if document.issued_on else None,
        "evaluations": document.evaluations.all(),
        "cleanups": document.cleanup_decisions.select_related("campaign"),
        "events": event_rows(request, document.events),
        "history": history_rows(request, document),
        "transitions": {
            t.name
            for t in DOCUMENT_WORKFLOW.available(user, state=document.status, organisation=organisation)
        },
        "can_edit": can(user, Purpose.EDIT, organisation),
        # Office users submit a unit's draft only by proxy entry (代为录入), with a reason.
        "proxy_form": add_proxy_fields(django_forms.Form(), user) if may_proxy(user) else None,
        "can_decide_filing": filing is not None
        and bool(DOCUMENT_FILING_WORKFLOW.available(user, state=filing.status, organisation=organisation)),
    }
    return render(request, "normdocs/detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def edit(request, pk: int):
    document = _document(request, pk)
    if not can(request.user, Purpose.EDIT, document.organisation):
        raise PermissionDenied(_("You may read this document but not change it."))
    form = forms.DocumentForm(
        request.POST if request.method == "POST" else None,
        instance=NormativeDocument.objects.get(pk=document.pk),
    )
    add_version_field(form, document)
    if request.method == "POST" and form.is_valid():
        try:
            actions.update_document(request.user, edited_version(form, document), **form.cleaned_data)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("Draft saved."))
            return redirect(document)
    return render(request, "core/form.html", {"form": form, "back": document, "title": _("Edit draft")})


@login_required
@require_POST
def submit(request, pk: int):
    document = _document(request, pk)
    proxy = add_proxy_fields(django_forms.Form(request.POST), request.user)
    proxy_reason = pop_proxy_reason(dict(proxy.cleaned_data)) if proxy.is_valid() else ""
    try:
        actions.submit_for_review(request.user, document, proxy_reason=proxy_reason)
    except ActionRefused as refusal:
        message_refusal(request, refusal)
    else:
        messages.success(request, _("Submitted for legality review."))
    return redirect(document)


@login_required
@require_http_methods(["GET", "POST"])
def review(request, pk: int):
    document = _document(request, pk)
    if not can(request.user, Purpose.REVIEW, document.organisation):
        raise PermissionDenied(with_office(_("Only %(office)s reviews drafts.")))
    actions.install_default_checklist(request.user, document.organisation.region_code)
    items = actions.checklist(document.organisation.region_code)
    form = forms.ReviewForm(request.POST if request.method == "POST" else None, items=items)
    if request.method == "POST" and form.is_valid():
        try:
            actions.record_review(
                request.user,
                document,
                outcome=form.cleaned_data["outcome"],
                answers=form.answers(),
                opinions=form.cleaned_data["opinions"],
            )
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("Review recorded."))
            return redirect(document)
    return render(request, "core/form.html", {"form": form, "back": document, "title": _("Legality review")})


def _simple_form(
    request, document, form_class, title, save, *, purpose=Purpose.EDIT, initial=None, unit_step=False
):
    """A one-form page; a unit's step (``unit_step``) offers office users proxy entry (代为录入)."""
    if not can(request.user, purpose, document.organisation):
        raise PermissionDenied(_("You may read this document but not change it."))
    form = form_class(
        request.POST if request.method == "POST" else None, request.FILES or None, initial=initial
    )
    if unit_step:
        add_proxy_fields(form, request.user)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        if unit_step:
            data["proxy_reason"] = pop_proxy_reason(data)
        try:
            save(data)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("Saved."))
            return redirect(document)
    return render(request, "core/form.html", {"form": form, "back": document, "title": title})


@login_required
@require_http_methods(["GET", "POST"])
def issue(request, pk: int):
    document = _document(request, pk)
    return _simple_form(
        request,
        document,
        forms.IssueForm,
        _("Issue"),
        lambda data: actions.issue_document(request.user, document, **data),
        initial={"issued_on": local_today()},
        unit_step=True,
    )


@login_required
@require_http_methods(["GET", "POST"])
def official_text(request, pk: int):
    document = _document(request, pk)
    return _simple_form(
        request,
        document,
        forms.OfficialTextForm,
        _("Attach the text"),
        lambda data: actions.attach_official_text(
            request.user, document, data["official_text"], proxy_reason=data["proxy_reason"]
        ),
        unit_step=True,
    )


@login_required
def official_text_file(request, pk: int):
    """The text, for whoever may read the document (a draft's too); 404 for anyone else."""
    document = _document(request, pk)
    if not document.official_text:
        raise Http404
    return private_file_response(document.official_text, document.official_text_name)


@login_required
@require_http_methods(["GET", "POST"])
def file(request, pk: int):
    document = _document(request, pk)
    return _simple_form(
        request,
        document,
        forms.FileForm,
        _("File with the level above"),
        lambda data: actions.file_document(request.user, document, **data),
        initial={"filed_on": local_today()},
        unit_step=True,
    )


@login_required
@require_http_methods(["GET", "POST"])
def decide_filing(request, pk: int):
    document = _document(request, pk)
    filing = Filing.objects.filter(document=document).first()
    if filing is None:
        messages.error(request, _("This document has not been filed."))
        return redirect(document)
    return _simple_form(
        request,
        document,
        forms.FilingDecisionForm,
        _("Filing review"),
        lambda data: actions.decide_filing(request.user, filing, **data),
        purpose=Purpose.REVIEW,
    )


@login_required
@require_http_methods(["GET", "POST"])
def evaluate(request, pk: int):
    document = _document(request, pk)
    return _simple_form(
        request,
        document,
        forms.EvaluationForm,
        _("Post-implementation evaluation"),
        lambda data: actions_cleanup.record_evaluation(request.user, document, **data),
    )


@login_required
def filings(request):
    """Filings the user may review (lower bodies' documents), then the user's own units' filings."""
    to_review = visible(
        Filing.objects.select_related("document", "document__organisation", "receiver"),
        request.user,
        Purpose.REVIEW,
    )
    status = request.GET.get("status")
    if status in DocumentFilingStatus.values:
        to_review = to_review.filter(status=status)
    page = paged(request, to_review)
    # Own: documents of the organisations the user belongs to, not every unit the office reaches.
    own = visible(
        Filing.objects.select_related("document", "receiver").filter(
            document__organisation__in=request.user.memberships.filter(is_active=True).values(
                "organisation_id"
            )
        ),
        request.user,
        Purpose.EDIT,
    )
    today = local_today()
    # Issued and not filed yet: each with its statutory due date and whether it is overdue.
    unfiled = visible(
        awaiting_filing(NormativeDocument.objects.select_related("organisation")), request.user
    ).order_by("issued_on", "id")
    unfiled = paged(request, unfiled, param="unfiled")
    waiting = [(document, rules.filing_deadline(document.issued_on)) for document in unfiled]
    waiting = [(document, due, due.status(today=today)) for document, due in waiting]
    return render(
        request,
        "normdocs/filings.html",
        {
            "page": page,
            "own": paged(request, own, param="own"),
            "unfiled": unfiled,
            "statuses": DocumentFilingStatus.choices,
            "today": today,
            "waiting": waiting,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def issuers(request):
    listings = visible(IssuerListing.objects.select_related("organisation"), request.user)
    can_manage = not scope_of(request.user).is_empty(Purpose.MANAGE)
    form = None
    if can_manage:
        form = forms.IssuerListingForm(request.POST if request.method == "POST" else None, user=request.user)
        if request.method == "POST" and form.is_valid():
            data = dict(form.cleaned_data)
            try:
                actions.set_issuer_listing(request.user, data.pop("organisation"), **data)
            except ActionRefused as refusal:
                add_refusal(form, refusal)
            else:
                messages.success(request, _("List updated."))
                return redirect("normdocs:issuers")
    elif request.method == "POST":
        raise PermissionDenied(with_office(_("Only %(office)s keeps the lists of issuers.")))
    return render(
        request,
        "normdocs/issuers.html",
        {
            "positive": paged(request, listings.filter(listing="positive"), param="positive"),
            "negative": paged(request, listings.filter(listing="negative"), param="negative"),
            "form": form,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def checklist(request):
    region_code = require_office(
        request.user, with_office(_("Only %(office)s keeps the review checklist."))
    ).region_code
    actions.install_default_checklist(request.user, region_code)
    form = forms.ChecklistItemForm(
        request.POST if request.method == "POST" and "text" in request.POST else None
    )
    if request.method == "POST":
        if "toggle" in request.POST:
            toggle = request.POST.get("toggle", "")
            if not (toggle.isascii() and toggle.isdigit()) or len(toggle) > 18:
                return HttpResponseBadRequest(_("No such checklist line."))
            item = actions.checklist(region_code, active_only=False).filter(pk=int(toggle)).first()
            if item is not None:
                actions.set_checklist_item_active(request.user, item, not item.is_active)
            return redirect("normdocs:checklist")
        if form.is_valid():
            actions.add_checklist_item(request.user, region_code, **form.cleaned_data)
            messages.success(request, _("Checklist line added."))
            return redirect("normdocs:checklist")
    return render(
        request,
        "normdocs/checklist.html",
        {"items": actions.checklist(region_code, active_only=False), "form": form},
    )
