"""The office's case-file review standard (案卷评查标准): its editions by year, items added, changed
and retired by the office; everyone of the region reads it; Excel out and in."""

from __future__ import annotations

from django import forms as django_forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from fazhi.core.actions import ActionRefused
from fazhi.core.exports import xlsx_file_response, xlsx_response
from fazhi.core.forms import add_version_field, edited_version
from fazhi.core.history import history_rows
from fazhi.core.pages import event_rows, import_page, message_refusal, paged
from fazhi.core.scoping import get_visible_by_region_or_404, visible_by_region
from fazhi.enforcement import actions_standards, forms, standards_io
from fazhi.enforcement.models import ReviewStandard, StandardItem, in_part_order
from fazhi.enforcement.pages import form_page
from fazhi.org.offices import office_for, require_office


@login_required
def standards(request):
    standards = visible_by_region(ReviewStandard.objects.all(), request.user).order_by(
        "-year", "name", "-edition", "-pk"
    )
    return render(
        request,
        "enforcement/standards.html",
        {"page": paged(request, standards), "office": office_for(request.user)},
    )


def _standard(request, pk):
    return get_visible_by_region_or_404(ReviewStandard.objects.all(), request.user, pk=pk)


@login_required
def standard(request, pk: int):
    standard = _standard(request, pk)
    office = office_for(request.user)
    may_edit = office is not None and office.region_code == standard.region_code and standard.is_current
    items = in_part_order(standard.items.all())
    for item in items:
        item.retire_form = (
            add_version_field(django_forms.Form(), item) if may_edit and item.is_active else None
        )
    return render(
        request,
        "enforcement/standard.html",
        {
            "standard": standard,
            "items": items,
            "may_edit": may_edit,
            "in_use": standard.campaigns.exists(),
            "campaigns": paged(request, standard.campaigns.order_by("-year", "-pk"), param="campaigns"),
            "events": event_rows(request, standard.events),
            "history": history_rows(request, standard),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def standard_create(request):
    office = require_office(request.user)
    form = forms.StandardYearForm(request.POST or None)
    return form_page(
        request,
        form,
        lambda data: actions_standards.start_year(request.user, office, year=data["year"]),
        title=_("Standard for a new year"),
        back="enforcement:standards",
        to_result=True,
    )


@login_required
@require_http_methods(["GET", "POST"])
def item_create(request, pk: int):
    standard = _standard(request, pk)
    office = require_office(request.user)
    form = forms.StandardItemForm(request.POST or None)

    def act(data):
        actions_standards.save_item(request.user, office, standard, **data)
        return actions_standards.current_standard(standard.region_code, standard.year) or standard

    return form_page(request, form, act, title=_("New item"), back=standard, to_result=True)


def _item(request, pk):
    item = get_object_or_404(StandardItem.objects.select_related("standard"), pk=pk)
    _standard(request, item.standard_id)  # the standard's region decides who reads it
    return item


@login_required
@require_http_methods(["GET", "POST"])
def item_edit(request, pk: int):
    item = _item(request, pk)
    office = require_office(request.user)
    initial = {name: getattr(item, name) for name in ("part", "text", "max_deduction", "sort_order")}
    form = forms.StandardItemForm(request.POST or None, initial=initial)

    def act(data):
        saved = actions_standards.save_item(request.user, office, item.standard, item=item, **data)
        return saved.standard

    return form_page(
        request, form, act, title=_("Change the item"), back=item.standard, to_result=True, edits=item
    )


@login_required
@require_POST
def item_retire(request, pk: int):
    item = _item(request, pk)
    office = require_office(request.user)
    form = add_version_field(django_forms.Form(request.POST), item)
    standard = item.standard
    if form.is_valid():
        try:
            standard = actions_standards.retire_item(
                request.user, office, edited_version(form, item)
            ).standard
        except ActionRefused as refusal:
            message_refusal(request, refusal)
        else:
            messages.success(request, _("The item is retired; files already scored keep their points."))
    return redirect(standard)


@login_required
def standard_export(request, pk: int):
    standard = _standard(request, pk)
    return xlsx_response(
        f"{standard}.xlsx",
        standards_io.sheet_title(),
        standards_io.header(),
        standards_io.export_rows(standard),
    )


@login_required
@require_http_methods(["GET", "POST"])
def standard_import(request, pk: int):
    standard = _standard(request, pk)
    office = require_office(request.user)
    return import_page(
        request,
        standards_io.StandardImporter(office, standard),
        template="enforcement/import.html",
        done_message=_("%(n)d rows imported."),
        done_url="enforcement:standards",
        context={
            "heading": _("Import the standard's items"),
            "template_url": "enforcement:standard_import_template",
        },
    )


@login_required
def standard_import_template(request):
    template = standards_io.StandardImporter(
        None, ReviewStandard(layout_points=20, content_points=80)
    ).template()
    return xlsx_file_response("案卷评查标准导入模板.xlsx", template)
