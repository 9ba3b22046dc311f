"""The list of matters and the two pools (一单两库): a department keeps its own, the office reads the region."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from fazhi.core.actions import ActionRefused
from fazhi.core.exports import xlsx_file_response, xlsx_response
from fazhi.core.forms import pop_proxy_reason
from fazhi.core.history import history_rows
from fazhi.core.pages import add_refusal, import_page, message_refusal, paged
from fazhi.core.scoping import Purpose, can, get_visible_or_404, scope_of, visible
from fazhi.inspections import actions, forms
from fazhi.inspections.importers import EntityImporter
from fazhi.inspections.models import Entity, InspectionEvent, Inspector, Matter
from fazhi.org.offices import office_for


def _page(request, queryset):
    return paged(request, queryset)


def _search(request, queryset, *fields):
    form = forms.SearchForm(request.GET or None)
    if form.is_valid() and form.cleaned_data["q"]:
        condition = Q()
        for field in fields:
            condition |= Q(**{f"{field}__contains": form.cleaned_data["q"]})
        queryset = queryset.filter(condition)
    return form, queryset


def _may_edit(request) -> bool:
    return not scope_of(request.user).is_empty(Purpose.EDIT)


def _create(request, form_class, title, save):
    form = form_class(request.POST if request.method == "POST" else None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        proxy_reason = pop_proxy_reason(data)
        try:
            target = save(data, proxy_reason)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("Saved."))
            return redirect(target)
    return render(request, "core/form.html", {"form": form, "title": title})


@login_required
def matters(request):
    shown = request.GET.get("versions") == "all"
    queryset = visible(Matter.objects.select_related("organisation"), request.user)
    if not shown:
        queryset = queryset.filter(is_current=True)
    form, queryset = _search(request, queryset, "name", "legal_basis", "organisation__name")
    return render(
        request,
        "inspections/matters.html",
        {
            "form": form,
            "page": _page(request, queryset),
            "can_edit": _may_edit(request),
            "all_versions": shown,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def matter_create(request):
    def save(data, proxy_reason):
        return actions.add_matter(request.user, data.pop("organisation"), proxy_reason=proxy_reason, **data)

    return _create(request, forms.MatterForm, _("New inspection matter"), save)


@login_required
@require_http_methods(["GET", "POST"])
def matter(request, pk: int):
    matter = get_visible_or_404(Matter.objects.select_related("organisation"), request.user, pk=pk)
    form = None
    if matter.is_current and can(request.user, Purpose.EDIT, matter.organisation):
        initial = {name: getattr(matter, name) for name in actions.MATTER_FIELDS}
        form = forms.RevisionForm(
            request.POST if request.method == "POST" else None, user=request.user, initial=initial
        )
    if request.method == "POST":
        if form is None:
            raise PermissionDenied(_("You may read this matter but not change it."))
        if form.is_valid():
            data = dict(form.cleaned_data)
            proxy_reason = pop_proxy_reason(data)
            try:
                revised = actions.revise_matter(request.user, matter, proxy_reason=proxy_reason, **data)
            except ActionRefused as refusal:
                add_refusal(form, refusal)
            else:
                return redirect(revised)
    versions = Matter.objects.filter(organisation=matter.organisation, series=matter.series).order_by(
        "-version"
    )
    return render(
        request,
        "inspections/matter.html",
        {"matter": matter, "versions": versions, "form": form, "history": history_rows(request, matter)},
    )


def _entities(request):
    queryset = visible(Entity.objects.select_related("organisation", "batch__actor"), request.user)
    return _search(request, queryset, "name", "credit_code", "category")


@login_required
def entities(request):
    form, queryset = _entities(request)
    return render(
        request,
        "inspections/entities.html",
        {
            "form": form,
            "page": _page(request, queryset),
            "can_edit": _may_edit(request),
            "proxy_batches": _proxy_batches(request) if office_for(request.user) else [],
        },
    )


def _proxy_batches(request, limit: int = 20) -> list:
    """Batches the office entered for a department and nobody has checked yet, newest first."""
    checked = InspectionEvent.objects.filter(verb="confirm_entities").values_list("data__batch", flat=True)
    batches = (
        visible(InspectionEvent.objects.select_related("organisation", "actor"), request.user, Purpose.REVIEW)
        .filter(verb="entities", data__has_key="proxy_reason")
        .exclude(pk__in=[pk for pk in checked if pk is not None])
        .order_by("-created_at", "-pk")
    )
    return list(batches[:limit])


@login_required
def entities_export(request):
    _form, queryset = _entities(request)
    header = [
        _("Department"),
        _("Name"),
        _("Unified social credit code"),
        _("Legal representative"),
        _("Address"),
        _("Category"),
        _("Risk grade"),
        _("Complaints received"),
        _("Listed for abnormal operation"),
    ]
    rows = (
        [
            entity.organisation.name,
            entity.name,
            entity.credit_code,
            entity.legal_representative,
            entity.address,
            entity.category,
            entity.get_risk_grade_display(),
            "是" if entity.has_complaints else "否",
            "是" if entity.is_abnormal else "否",
        ]
        for entity in queryset.iterator(chunk_size=2000)
    )
    return xlsx_response("检查对象名录库.xlsx", _("Inspected entities"), header, rows)


@login_required
@require_http_methods(["GET", "POST"])
def entity_create(request):
    def save(data, proxy_reason):
        organisation = data.pop("organisation")
        actions.add_entities(request.user, organisation, [data], proxy_reason=proxy_reason)
        return "inspections:entities"

    return _create(request, forms.EntityForm, _("New inspected entity"), save)


@login_required
@require_http_methods(["GET", "POST"])
def entities_import(request):
    if not _may_edit(request):
        raise PermissionDenied(_("You may not import these records."))
    return import_page(
        request,
        EntityImporter(request.user),
        template="inspections/import.html",
        done_message=_("%(n)d rows imported."),
        done_url="inspections:entities",
        proxy=True,
    )


@login_required
@require_POST
def batch_confirm(request, pk: int):
    batch = get_object_or_404(
        visible(InspectionEvent.objects.select_related("organisation"), request.user, Purpose.REVIEW),
        pk=pk,
        verb="entities",
    )
    try:
        actions.confirm_proxy_batch(request.user, batch, note=request.POST.get("note", ""))
    except ActionRefused as refusal:
        message_refusal(request, refusal)
    else:
        messages.success(request, _("Saved."))
    return redirect("inspections:entities")


@login_required
def entities_import_template(request):
    return xlsx_file_response("检查对象导入模板.xlsx", EntityImporter(request.user).template())


@login_required
def inspectors(request):
    queryset = visible(Inspector.objects.select_related("organisation"), request.user)
    form, queryset = _search(request, queryset, "name", "certificate_number", "field")
    return render(
        request,
        "inspections/inspectors.html",
        {
            "form": form,
            "page": _page(request, queryset),
            "can_edit": _may_edit(request),
            "roster": bool(actions.roster_providers()),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def inspector_create(request):
    def save(data, proxy_reason):
        actions.add_inspector(request.user, data.pop("organisation"), proxy_reason=proxy_reason, **data)
        return "inspections:inspectors"

    return _create(request, forms.InspectorForm, _("New inspector"), save)


@login_required
@require_http_methods(["GET", "POST"])
def roster(request):
    def save(data, proxy_reason):
        count = actions.take_roster(request.user, data.pop("organisation"), proxy_reason=proxy_reason)
        messages.info(request, _("%(n)d officers added from the enforcement roster.") % {"n": count})
        return "inspections:inspectors"

    return _create(request, forms.RosterForm, _("Take certified officers from the enforcement roster"), save)


@login_required
@require_http_methods(["GET", "POST"])
def conflict_create(request):
    def save(data, proxy_reason):
        actions.declare_conflict(
            request.user, data["inspector"], data["entity"], reason=data["reason"], proxy_reason=proxy_reason
        )
        return "inspections:inspectors"

    return _create(request, forms.ConflictForm, _("Declare a recusal"), save)
