"""Legal-counsel pages. Thin: look up through the scoping helper, call one action."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from fazhi.core.actions import ActionRefused
from fazhi.core.deadlines import local_today
from fazhi.core.exports import EXPORT_CHUNK, xlsx_file_response, xlsx_response
from fazhi.core.history import history_rows
from fazhi.core.pages import add_refusal, event_rows, import_page, paged
from fazhi.core.scoping import Purpose, can, get_visible_or_404, scope_of, visible
from fazhi.counsel import actions, forms, rules
from fazhi.counsel.importers import EngagementImporter
from fazhi.counsel.models import ENGAGEMENT_WORKFLOW, Engagement
from fazhi.counsel.queries import coverage_units


def _engagements(request):
    form = forms.EngagementFilterForm(request.GET or None)
    engagements = visible(Engagement.objects.select_related("organisation"), request.user)
    if form.is_valid():
        if form.cleaned_data["q"]:
            text = form.cleaned_data["q"]
            engagements = engagements.filter(
                Q(provider_name__contains=text)
                | Q(lawyer_names__contains=text)
                | Q(organisation__name__contains=text)
            )
        if form.cleaned_data["kind"]:
            engagements = engagements.filter(kind=form.cleaned_data["kind"])
        if form.cleaned_data["expiring"]:
            engagements = rules.expiring(engagements, local_today())
    return form, engagements


@login_required
def index(request):
    form, engagements = _engagements(request)
    page = paged(request, engagements)
    return render(
        request,
        "counsel/index.html",
        {
            "form": form,
            "page": page,
            "can_edit": not scope_of(request.user).is_empty(Purpose.EDIT),
        },
    )


@login_required
def export(request):
    _form, engagements = _engagements(request)
    header = [
        _("Unit served"),
        _("Kind"),
        _("Provided by"),
        _("Firm or person"),
        _("Lawyers"),
        _("Term from"),
        _("Term until"),
        _("Status"),
    ]
    rows = (
        [
            e.organisation.name,
            e.get_kind_display(),
            e.get_provider_type_display(),
            e.provider_name,
            e.lawyer_names,
            e.starts_on,
            e.last_day,
            e.get_status_display(),
        ]
        for e in engagements.iterator(chunk_size=EXPORT_CHUNK)
    )
    return xlsx_response("法律顾问.xlsx", _("Legal counsel"), header, rows)


@login_required
@require_http_methods(["GET", "POST"])
def create(request):
    form = forms.EngagementForm(request.POST if request.method == "POST" else None, user=request.user)
    if not form.fields["organisation"].queryset.exists():
        # An evaluator or a reader: refused, not shown a form with an empty unit list.
        raise PermissionDenied(_("You have no unit to enter this for."))
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            engagement = actions.engage(request.user, data.pop("organisation"), **data)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            return redirect(engagement)
    return render(request, "core/form.html", {"form": form, "title": _("New engagement")})


def _engagement(request, pk):
    return get_visible_or_404(Engagement.objects.select_related("organisation"), request.user, pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
def detail(request, pk: int):
    engagement = _engagement(request, pk)
    may_edit = can(request.user, Purpose.EDIT, engagement.organisation)
    form = forms.ParticipationForm(request.POST if request.method == "POST" else None) if may_edit else None
    if request.method == "POST":
        if form is None:
            raise PermissionDenied(_("You may read this engagement but not change it."))
        if form.is_valid():
            try:
                actions.record_participation(request.user, engagement, **form.cleaned_data)
            except ActionRefused as refusal:
                add_refusal(form, refusal)
            else:
                messages.success(request, _("Saved."))
                return redirect(engagement)
    return render(
        request,
        "counsel/detail.html",
        {
            "engagement": engagement,
            "form": form,
            "participations": engagement.participations.all(),
            "events": event_rows(request, engagement.events),
            "history": history_rows(request, engagement),
            "may_end": bool(
                ENGAGEMENT_WORKFLOW.available(
                    request.user, state=engagement.status, organisation=engagement.organisation
                )
            ),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def end(request, pk: int):
    engagement = _engagement(request, pk)
    if not can(request.user, Purpose.EDIT, engagement.organisation):
        raise PermissionDenied(_("You may read this engagement but not change it."))
    form = forms.EndForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            actions.end_engagement(request.user, engagement, **form.cleaned_data)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            return redirect(engagement)
    return render(
        request,
        "core/form.html",
        {"form": form, "title": _("End the engagement early"), "back": engagement},
    )


@login_required
def coverage(request):
    form = forms.CoverageForm(request.GET or None)
    on = (form.cleaned_data.get("on") if form.is_valid() else None) or local_today()
    organisations = scope_of(request.user).organisations(Purpose.READ)
    if request.GET.get("format") == "xlsx":
        rows = actions.coverage(organisations, on)
        header = [_("Unit"), _("Legal counsel"), _("Public lawyer")]
        data = (
            [
                unit.name,
                "、".join(e.provider_name for e in engaged if e.kind == "counsel") or "—",
                "、".join(e.provider_name for e in engaged if e.kind == "public_lawyer") or "—",
            ]
            for unit, engaged in rows
        )
        return xlsx_response("法律顾问覆盖情况.xlsx", _("Counsel coverage"), header, data)
    units = coverage_units(organisations, on)
    page = paged(request, units)
    return render(
        request,
        "counsel/coverage.html",
        {
            "form": form,
            "page": page,
            "rows": [(unit, unit.in_force) for unit in page],
            "uncovered": paged(request, units.filter(engaged=False), param="uncovered"),
            "on": on,
            "total": page.paginator.count,
            "covered": units.filter(engaged=True).count(),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def import_engagements(request):
    if scope_of(request.user).is_empty(Purpose.EDIT):
        raise PermissionDenied(_("You may not import these records."))
    return import_page(
        request,
        EngagementImporter(request.user),
        template="counsel/import.html",
        done_message=_("%(n)d rows imported."),
        done_url="counsel:index",
    )


@login_required
def import_template(request):
    return xlsx_file_response("法律顾问导入模板.xlsx", EngagementImporter(request.user).template())
