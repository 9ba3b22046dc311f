"""Indicator value pages. Thin: scoped look-ups, one action per change."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from fazhi.core.actions import ActionRefused, NeedsConfirmation
from fazhi.core.exports import xlsx_file_response, xlsx_response
from fazhi.core.forms import pop_proxy_reason
from fazhi.core.history import history_rows
from fazhi.core.pages import add_refusal, event_rows, import_page, is_confirmed, message_refusal, paged
from fazhi.core.providers import Period
from fazhi.core.scoping import Purpose, can, get_visible_or_404, scope_of, visible
from fazhi.indicators import actions
from fazhi.indicators.forms import ConfirmForm, ValueFilterForm, ValueForm
from fazhi.indicators.importers import IndicatorValueImporter
from fazhi.indicators.models import IndicatorValue, Source
from fazhi.indicators.queries import export_header, export_row
from fazhi.indicators.statistics import StatisticsImporter


def _filtered(request):
    form = ValueFilterForm(request.GET or None)
    values = visible(IndicatorValue.objects.select_related("organisation", "entered_by"), request.user)
    if form.is_valid():
        data = form.cleaned_data
        if data["year"]:
            values = values.filter(period_start__year=data["year"])
        if data["code"]:
            values = values.filter(code=data["code"])
        if data["source"]:
            values = values.filter(source=data["source"])
        if data["q"]:
            values = values.filter(organisation__name__contains=data["q"])
    return form, values


def _can_enter(user) -> bool:
    return not scope_of(user).is_empty(Purpose.EDIT)


@login_required
def index(request):
    form, values = _filtered(request)
    page = paged(request, values)
    return render(
        request, "indicators/index.html", {"form": form, "page": page, "can_enter": _can_enter(request.user)}
    )


@login_required
def export(request):
    _form, values = _filtered(request)
    rows = (export_row(value) for value in values.iterator(chunk_size=500))
    return xlsx_response("指标数值.xlsx", _("Indicator values"), export_header(), rows)


@login_required
def detail(request, pk: int):
    value = get_visible_or_404(
        IndicatorValue.objects.select_related("organisation", "entered_by"), request.user, pk=pk
    )
    siblings = IndicatorValue.objects.filter(
        code=value.code,
        organisation=value.organisation,
        period_start=value.period_start,
        period_end=value.period_end,
    ).exclude(pk=value.pk)
    confirmation, entry = actions.confirmation_of(value)
    return render(
        request,
        "indicators/detail.html",
        {
            "value": value,
            "confirmation": confirmation,
            "entry": entry,
            "may_confirm": value.source != Source.COMPUTED
            and confirmation is None
            and can(request.user, Purpose.REVIEW, value.organisation)
            and not (entry is not None and entry.actor_id == request.user.pk),
            "confirm_form": ConfirmForm(),
            "siblings": siblings,
            "events": event_rows(request, value.events),
            "history": history_rows(request, value),
        },
    )


@login_required
@require_POST
def confirm(request, pk: int):
    value = get_visible_or_404(IndicatorValue.objects.select_related("organisation"), request.user, pk=pk)
    form = ConfirmForm(request.POST)
    try:
        actions.confirm_value(request.user, value, note=form.data.get("note", ""))
    except ActionRefused as refusal:
        message_refusal(request, refusal)
    else:
        messages.success(request, _("The value is confirmed."))
    return redirect(value)


@login_required
@require_http_methods(["GET", "POST"])
def enter(request):
    if not _can_enter(request.user):
        raise PermissionDenied(_("You may read indicator values but not enter them."))
    form = ValueForm(request.POST if request.method == "POST" else None, actor=request.user)
    existing = None  # a value this entry would replace: the page asks first
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            value = actions.enter_value(
                request.user,
                data["organisation"],
                data["code"],
                Period.year(data["year"]),
                data["value"],
                proxy_reason=pop_proxy_reason(data),
                qualifier=data["qualifier"],
                numerator=data["numerator"],
                denominator=data["denominator"],
                definition=data["definition"],
                evidence_url=data["evidence_url"],
                evidence_text=data["evidence_text"],
                replace=is_confirmed(request),
            )
        except NeedsConfirmation as refusal:
            existing = refusal
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("Value saved."))
            return redirect(value)
    return render(request, "indicators/enter.html", {"form": form, "existing": existing})


@login_required
@require_http_methods(["GET", "POST"])
def import_values(request):
    if not _can_enter(request.user):
        raise PermissionDenied(_("You may read indicator values but not enter them."))
    return import_page(
        request,
        IndicatorValueImporter(request.user),
        template="indicators/import.html",
        done_message=_("%(n)d indicator values imported."),
        done_url="indicators:index",
        proxy=True,
    )


@login_required
def import_template(request):
    return xlsx_file_response("指标数值导入模板.xlsx", IndicatorValueImporter(request.user).template())


@login_required
@require_http_methods(["GET", "POST"])
def import_statistics(request):
    """Statistics of other systems (hotline, audit, disclosure...): values with their system named."""
    if not _can_enter(request.user):
        raise PermissionDenied(_("You may read indicator values but not enter them."))
    return import_page(
        request,
        StatisticsImporter(request.user),
        template="indicators/statistics_import.html",
        done_message=_("%(n)d statistics imported."),
        done_url="indicators:index",
    )


@login_required
def statistics_template(request):
    return xlsx_file_response("其他系统统计数据导入模板.xlsx", StatisticsImporter(request.user).template())
