"""Organisation pages. Thin: look up through the scoping helper, call an action."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from fazhi.core.actions import ActionRefused
from fazhi.core.exports import EXPORT_CHUNK, xlsx_file_response, xlsx_response
from fazhi.core.history import history_rows
from fazhi.core.pages import add_refusal, event_rows, import_page, paged
from fazhi.core.scoping import Purpose, can, get_visible_or_404, scope_of, visible
from fazhi.org import actions
from fazhi.org.forms import AddPersonForm, ContactDetailsForm, OfficeDetailsForm, OrganisationFilterForm
from fazhi.org.importers import OrganisationImporter
from fazhi.org.models import Organisation
from fazhi.org.naming import with_office


def _filtered(request):
    form = OrganisationFilterForm(request.GET or None)
    organisations = visible(Organisation.objects.select_related("parent"), request.user)
    if form.is_valid():
        if form.cleaned_data["q"]:
            text = form.cleaned_data["q"]
            organisations = organisations.filter(Q(name__contains=text) | Q(short_name__contains=text))
        if form.cleaned_data["kind"]:
            organisations = organisations.filter(kind=form.cleaned_data["kind"])
    return form, organisations.order_by("region_code", "sort_order", "id")


@login_required
def index(request):
    form, organisations = _filtered(request)
    page = paged(request, organisations)
    return render(
        request,
        "org/index.html",
        {"form": form, "page": page, "can_import": not scope_of(request.user).is_empty(Purpose.MANAGE)},
    )


@login_required
def export(request):
    _form, organisations = _filtered(request)
    header = [
        _("Name"),
        _("Short name"),
        _("Kind"),
        _("Region code"),
        _("Parent organisation"),
        _("Contact person"),
        _("Contact phone"),
        _("Status"),
    ]
    rows = (
        [
            o.name,
            o.short_name,
            o.get_kind_display(),
            o.region_code,
            o.parent.name if o.parent else "",
            o.contact_person,
            o.contact_phone,
            _("in operation") if o.is_active else _("not in operation"),
        ]
        for o in organisations.iterator(chunk_size=EXPORT_CHUNK)
    )
    return xlsx_response("单位名录.xlsx", _("Organisations"), header, rows)


@login_required
@require_http_methods(["GET", "POST"])
def import_organisations(request):
    if scope_of(request.user).is_empty(Purpose.MANAGE):
        raise PermissionDenied(
            with_office(_("Only %(office)s or a system administrator may import organisations."))
        )
    # The importer checks every row and saves through the actions, all or nothing.
    return import_page(
        request,
        OrganisationImporter(request.user),
        template="org/import.html",
        done_message=_("%(n)d organisations imported."),
        done_url="org:index",
    )


@login_required
def import_template(request):
    return xlsx_file_response("单位导入模板.xlsx", OrganisationImporter(request.user).template())


@login_required
def detail(request, pk: int):
    organisation = get_visible_or_404(Organisation.objects.select_related("parent"), request.user, pk=pk)
    context = {
        "organisation": organisation,
        "children": visible(organisation.children.all(), request.user),
        "memberships": organisation.memberships.filter(is_active=True).select_related("user"),
        "events": event_rows(request, organisation.events),
        "history": history_rows(request, organisation),
        "can_edit": can(request.user, Purpose.EDIT, organisation),
        "can_manage": can(request.user, Purpose.MANAGE, organisation),
    }
    return render(request, "org/detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def edit_contact_details(request, pk: int):
    organisation = get_visible_or_404(Organisation.objects, request.user, pk=pk)
    if not can(request.user, Purpose.EDIT, organisation):
        raise PermissionDenied(_("You may read this organisation but not change it."))
    # The form edits a copy so a refused change never touches the instance shown.
    # (An empty POST is falsy: test the method, or the form would come back unbound.)
    names_office = organisation.is_rule_of_law_office and can(request.user, Purpose.REVIEW, organisation)
    form = (OfficeDetailsForm if names_office else ContactDetailsForm)(
        request.POST if request.method == "POST" else None,
        instance=Organisation.objects.get(pk=organisation.pk),
    )
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        naming = {field: data.pop(field) for field in actions.OFFICE_NAMING_FIELDS if field in data}
        try:
            with transaction.atomic():
                actions.update_contact_details(request.user, organisation, **data)
                if naming:
                    actions.update_office_naming(request.user, organisation, **naming)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("Contact details saved."))
            return redirect(organisation)
    return render(
        request,
        "core/form.html",
        {"form": form, "title": _("Edit contact details"), "back": organisation},
    )


def _managed_organisation(request, pk: int) -> Organisation:
    organisation = get_visible_or_404(Organisation.objects, request.user, pk=pk)
    if not can(request.user, Purpose.MANAGE, organisation):
        raise PermissionDenied(with_office(_("Only %(office)s or a system administrator may manage people.")))
    return organisation


@login_required
@require_http_methods(["GET", "POST"])
def add_person(request, pk: int):
    organisation = _managed_organisation(request, pk)
    form = AddPersonForm(
        request.POST if request.method == "POST" else None, organisation=organisation, actor=request.user
    )
    if request.method == "POST" and form.is_valid():
        try:
            actions.add_person(request.user, organisation, **form.cleaned_data)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(
                request,
                _("%(name)s now acts for this organisation.") % {"name": form.cleaned_data["full_name"]},
            )
            return redirect(organisation)
    return render(
        request,
        "core/form.html",
        {"form": form, "title": _("Add a person"), "back": organisation},
    )


@login_required
@require_http_methods(["POST"])
def revoke_membership(request, pk: int, membership_pk: int):
    organisation = _managed_organisation(request, pk)
    membership = get_object_or_404(organisation.memberships.select_related("user"), pk=membership_pk)
    try:
        actions.revoke_role(request.user, membership)
    except ActionRefused as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, _("Role revoked."))
    return redirect(organisation)
