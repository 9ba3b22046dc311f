"""Major-decision pages. Thin: look up through the scoping helper, call one action."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from fazhi.core.actions import ActionRefused
from fazhi.core.deadlines import local_today
from fazhi.core.exports import EXPORT_CHUNK, xlsx_file_response, xlsx_response
from fazhi.core.forms import add_version_field, edited_version
from fazhi.core.history import history_rows
from fazhi.core.pages import add_refusal, event_rows, import_page, is_confirmed, paged
from fazhi.core.scoping import Purpose, can, get_visible_or_404, scope_of, visible
from fazhi.core.uploads import private_file_response
from fazhi.decisions import actions, forms, rules
from fazhi.decisions.importers import CatalogueImporter
from fazhi.decisions.models import (
    DECISION_WORKFLOW,
    ArchiveDocument,
    Catalogue,
    Decision,
    Hearing,
    ProcedureKind,
    calls_in_state,
)
from fazhi.org.naming import with_office


def _decisions(request):
    form = forms.DecisionFilterForm(request.GET or None)
    decisions = visible(
        Decision.objects.select_related("organisation", "catalogue", "catalogue__organisation"), request.user
    )
    if form.is_valid():
        if form.cleaned_data["q"]:
            decisions = decisions.filter(Q(title__contains=form.cleaned_data["q"]))
        if form.cleaned_data["status"]:
            decisions = decisions.filter(status=form.cleaned_data["status"])
        if form.cleaned_data["call"]:
            calls = calls_in_state(form.cleaned_data["call"], local_today())
            decisions = decisions.filter(Exists(calls.filter(decision=OuterRef("pk"))))
    return form, decisions.order_by("-catalogue__year", "sort_order", "id")


def _form_page(request, form, title, record=None):
    return render(request, "core/form.html", {"form": form, "title": title, "back": record})


@login_required
def index(request):
    form, decisions = _decisions(request)
    catalogues = visible(Catalogue.objects.select_related("organisation"), request.user)
    page = paged(request, decisions)
    return render(
        request,
        "decisions/index.html",
        {
            "form": form,
            "page": page,
            "catalogues": paged(request, catalogues, param="catalogues"),
            "can_review": not scope_of(request.user).is_empty(Purpose.REVIEW),
        },
    )


@login_required
def export(request):
    _form, decisions = _decisions(request)
    header = [
        _("Year"),
        _("Number"),
        _("Decision item"),
        _("Undertaking unit"),
        _("Legal and policy basis"),
        _("Procedures required"),
        _("Hearing"),
        _("Planned completion"),
        _("Status"),
        _("Date of decision"),
    ]
    rows = (
        [
            d.catalogue.year,
            d.sort_order,
            d.title,
            d.organisation.name,
            d.basis,
            rules.procedure_names(d.required_procedures()),
            _("yes") if d.requires_hearing else _("no"),
            d.planned_for,
            d.get_status_display(),
            d.taken_on,
        ]
        for d in decisions.iterator(chunk_size=EXPORT_CHUNK)
    )
    return xlsx_response("重大行政决策.xlsx", _("Major administrative decisions"), header, rows)


@login_required
@require_http_methods(["GET", "POST"])
def catalogue_create(request):
    if scope_of(request.user).is_empty(Purpose.REVIEW):
        raise PermissionDenied(with_office(_("Only %(office)s keeps the decision catalogue.")))
    form = forms.CatalogueForm(request.POST if request.method == "POST" else None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            catalogue = actions.create_catalogue(
                request.user, form.cleaned_data["organisation"], year=form.cleaned_data["year"]
            )
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            return redirect(catalogue)
    return _form_page(request, form, _("New decision catalogue"))


def _catalogue(request, pk):
    return get_visible_or_404(Catalogue.objects.select_related("organisation"), request.user, pk=pk)


@login_required
def catalogue(request, pk: int):
    catalogue = _catalogue(request, pk)
    return render(
        request,
        "decisions/catalogue.html",
        {
            "catalogue": catalogue,
            "counts": rules.catalogue_counts(catalogue),
            "items": catalogue.decisions.select_related("organisation", "merged_into"),
            "can_review": can(request.user, Purpose.REVIEW, catalogue.organisation),
            "history": history_rows(request, catalogue),
        },
    )


@login_required
@require_POST
def catalogue_publish(request, pk: int):
    catalogue = _catalogue(request, pk)
    if not is_confirmed(request):
        # Publication cannot be undone: later items are adjustments with a reason.
        return render(
            request,
            "core/confirm.html",
            {
                "title": _("Publish the catalogue"),
                "back": catalogue,
                "consequences": [
                    _("The catalogue with its %(n)d items is published on the portal today.")
                    % {"n": catalogue.decisions.count()},
                    _("After publication, items are added or changed only as adjustments with a reason."),
                ],
                "button": _("Publish the catalogue"),
            },
        )
    try:
        actions.publish_catalogue(request.user, catalogue)
    except ActionRefused as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, _("The catalogue is published."))
    return redirect(catalogue)


@login_required
@require_http_methods(["GET", "POST"])
def item_add(request, pk: int):
    catalogue = _catalogue(request, pk)
    if not can(request.user, Purpose.REVIEW, catalogue.organisation):
        raise PermissionDenied(with_office(_("Only %(office)s keeps the decision catalogue.")))
    form = forms.ItemForm(request.POST if request.method == "POST" else None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        organisation = data.pop("organisation")
        try:
            actions.add_item(request.user, catalogue, organisation, **data)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            return redirect(catalogue)
    return _form_page(request, form, _("Add an item"), catalogue)


def _decision(request, pk):
    return get_visible_or_404(
        Decision.objects.select_related("organisation", "catalogue"), request.user, pk=pk
    )


@login_required
@require_http_methods(["GET", "POST"])
def item_edit(request, pk: int):
    decision = _decision(request, pk)
    catalogue = decision.catalogue
    if not can(request.user, Purpose.REVIEW, catalogue.organisation):
        raise PermissionDenied(with_office(_("Only %(office)s keeps the decision catalogue.")))
    if catalogue.is_published:
        messages.error(
            request,
            _("The catalogue is published: an item is changed only by an adjustment with its reason."),
        )
        return redirect(catalogue)
    form = forms.ItemForm(
        request.POST if request.method == "POST" else None, instance=decision, user=request.user
    )
    del form.fields["reason"]  # no adjustment before publication: a correction
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        organisation = data.pop("organisation")
        try:
            actions.edit_item(request.user, Decision.objects.get(pk=decision.pk), organisation, **data)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("Catalogue item saved."))
            return redirect(catalogue)
    return _form_page(request, form, _("Edit the catalogue item"), catalogue)


@login_required
@require_http_methods(["GET", "POST"])
def item_adjust(request, pk: int):
    decision = _decision(request, pk)
    if not can(request.user, Purpose.REVIEW, decision.organisation):
        raise PermissionDenied(with_office(_("Only %(office)s keeps the decision catalogue.")))
    form = forms.AdjustForm(request.POST if request.method == "POST" else None, decision=decision)
    add_version_field(form, decision)
    if request.method == "POST" and form.is_valid():
        edited_version(form, decision)
        data = form.cleaned_data
        try:
            if data["kind"] == "merge":
                actions.merge_item(
                    request.user,
                    decision,
                    into=data["into"],
                    reason=data["reason"],
                    adjusted_on=data["adjusted_on"],
                )
            else:
                actions.remove_item(
                    request.user, decision, reason=data["reason"], adjusted_on=data["adjusted_on"]
                )
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            return redirect(decision.catalogue)
    return _form_page(request, form, _("Adjust the catalogue"), decision)


@login_required
def detail(request, pk: int):
    decision = _decision(request, pk)
    done = {p.kind: p for p in decision.procedures.all()}
    required = decision.required_procedures()
    procedures = [(kind, label, kind in required, done.get(kind)) for kind, label in ProcedureKind.choices]
    call = done.get(ProcedureKind.PUBLIC_PARTICIPATION)
    today = local_today()
    hearing = Hearing.objects.filter(decision=decision).first()
    return render(
        request,
        "decisions/detail.html",
        {
            "decision": decision,
            "procedures": procedures,
            "call": call,
            "hearing": hearing,
            "hearing_missing": decision.requires_hearing and hearing is None,
            "call_is_open": call is not None and call.is_open_on(today),
            "call_to_record": call is not None and call.is_outcome_pending and call.is_closed_on(today),
            "missing": rules.procedure_names(decision.missing_procedures()),
            "pending": rules.procedure_names(decision.pending_procedures()),
            "archive": actions.archive_in_order(decision),
            "events": event_rows(request, decision.events),
            "history": history_rows(request, decision),
            "can_edit": can(request.user, Purpose.EDIT, decision.organisation),
            "transitions": {
                t.name
                for t in DECISION_WORKFLOW.available(
                    request.user, state=decision.status, organisation=decision.organisation
                )
            },
        },
    )


def _decision_form(request, pk, form_class, title, save):
    decision = _decision(request, pk)
    if not can(request.user, Purpose.EDIT, decision.organisation):
        raise PermissionDenied(_("You may read this decision but not change it."))
    form = form_class(request.POST if request.method == "POST" else None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            save(decision, form.cleaned_data)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("Saved."))
            return redirect(decision)
    return _form_page(request, form, title, decision)


@login_required
@require_http_methods(["GET", "POST"])
def procedure(request, pk: int):
    return _decision_form(
        request,
        pk,
        forms.ProcedureForm,
        _("Record a statutory procedure"),
        lambda d, data: actions.record_procedure(request.user, d, **data),
    )


@login_required
@require_http_methods(["GET", "POST"])
def call_open(request, pk: int):
    return _decision_form(
        request,
        pk,
        forms.CommentCallForm,
        _("Open a call for public comment"),
        lambda d, data: actions.open_comment_call(request.user, d, **data),
    )


@login_required
@require_http_methods(["GET", "POST"])
def call_outcome(request, pk: int):
    return _decision_form(
        request,
        pk,
        forms.CommentOutcomeForm,
        _("Record the outcome of the call for comment"),
        lambda d, data: actions.record_comment_outcome(request.user, d, **data),
    )


@login_required
@require_http_methods(["GET", "POST"])
def take(request, pk: int):
    return _decision_form(
        request,
        pk,
        forms.TakeForm,
        _("Record the decision"),
        lambda d, data: actions.take_decision(request.user, d, **data),
    )


@login_required
@require_http_methods(["GET", "POST"])
def document(request, pk: int):
    return _decision_form(
        request,
        pk,
        forms.ArchiveDocumentForm,
        _("Archive a document"),
        lambda d, data: actions.archive_document(request.user, d, **data),
    )


@login_required
@require_http_methods(["GET", "POST"])
def hearing(request, pk: int):
    return _decision_form(
        request,
        pk,
        forms.HearingForm,
        _("Record the hearing"),
        lambda d, data: actions.record_hearing(request.user, d, **data),
    )


@login_required
def hearing_record(request, pk: int):
    """The hearing record (听证笔录), for whoever may read the decision (404 for anyone else)."""
    decision = _decision(request, pk)
    hearing = get_object_or_404(Hearing, decision=decision)
    return private_file_response(hearing.record, hearing.download_name)


@login_required
def archive_file(request, pk: int, document_pk: int):
    """An archived document's file, for whoever may read the decision (404 for anyone else)."""
    decision = _decision(request, pk)
    document = get_object_or_404(ArchiveDocument, decision=decision, pk=document_pk)
    if not document.file:
        raise Http404
    return private_file_response(document.file, document.download_name)


@login_required
@require_http_methods(["GET", "POST"])
def evaluate(request, pk: int):
    return _decision_form(
        request,
        pk,
        forms.EvaluationForm,
        _("Post-decision evaluation"),
        lambda d, data: actions.evaluate_decision(request.user, d, **data),
    )


@login_required
@require_http_methods(["GET", "POST"])
def catalogue_import(request, pk: int):
    catalogue = _catalogue(request, pk)
    if not can(request.user, Purpose.REVIEW, catalogue.organisation):
        raise PermissionDenied(with_office(_("Only %(office)s keeps the decision catalogue.")))
    return import_page(
        request,
        CatalogueImporter(request.user, catalogue),
        template="decisions/import.html",
        done_message=_("%(n)d rows imported."),
        done_url=catalogue,
        context={"catalogue": catalogue, "today": local_today()},
    )


@login_required
def import_template(request):
    return xlsx_file_response("决策事项目录导入模板.xlsx", CatalogueImporter(request.user, None).template())
