"""Inspection pages and talks/notices. Thin: scoped look-ups, one action, render."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from fazhi.core.actions import ActionRefused
from fazhi.core.forms import add_form_token
from fazhi.core.history import history_rows
from fazhi.core.pages import add_refusal, event_rows, paged, submit_once
from fazhi.core.scoping import Purpose, can, get_visible_or_404, visible
from fazhi.org.naming import with_office
from fazhi.org.offices import office_for, require_office
from fazhi.oversight import actions
from fazhi.oversight.forms import CheckForm, ConsequenceForm, FindingForm, InspectionPlanForm
from fazhi.oversight.models import INSPECTION_WORKFLOW, Consequence, Inspection, Problem, ProblemSource
from fazhi.oversight.queries import problem_counts


@login_required
def index(request):
    inspections = visible(Inspection.objects.select_related("organisation"), request.user)
    consequences = visible(Consequence.objects.select_related("organisation"), request.user)[:20]
    return render(
        request,
        "oversight/index.html",
        {
            "inspections": paged(request, inspections.prefetch_related("units"), param="inspections"),
            "consequences": consequences,
            "counts": problem_counts(visible(Problem.objects.all(), request.user)),
            "is_office": office_for(request.user) is not None,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def inspection_create(request):
    office = require_office(request.user)
    form = InspectionPlanForm(request.POST if request.method == "POST" else None, actor=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            inspection = actions.plan_inspection(request.user, office, **form.cleaned_data)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("Inspection planned."))
            return redirect(inspection)
    return render(request, "core/form.html", {"form": form, "title": _("Plan an inspection")})


def _inspection(request, pk: int) -> Inspection:
    return get_visible_or_404(Inspection.objects.select_related("organisation"), request.user, pk=pk)


def _reviewed_inspection(request, pk: int) -> Inspection:
    inspection = _inspection(request, pk)
    if not can(request.user, Purpose.REVIEW, inspection.organisation):
        raise PermissionDenied(with_office(_("Only %(office)s may do this.")))
    return inspection


@login_required
def inspection_detail(request, pk: int):
    inspection = _inspection(request, pk)
    return render(
        request,
        "oversight/inspection_detail.html",
        {
            "inspection": inspection,
            # A unit sees the inspection it is part of, but only its own checks and problems.
            "units": visible(inspection.units.all(), request.user),
            "checks": visible(inspection.checks.select_related("organisation"), request.user),
            "problems": visible(inspection.problems.select_related("organisation"), request.user),
            "steps": INSPECTION_WORKFLOW.available(
                request.user, state=inspection.status, organisation=inspection.organisation
            ),
            "can_review": can(request.user, Purpose.REVIEW, inspection.organisation),
            "events": event_rows(request, visible(inspection.events, request.user)),
            "history": history_rows(request, inspection),
        },
    )


@login_required
@require_POST
def inspection_step(request, pk: int, step: str):
    inspection = _inspection(request, pk)
    if step not in INSPECTION_WORKFLOW.transitions:
        raise Http404
    try:
        actions.move_inspection(request.user, inspection, step)
    except ActionRefused as refusal:
        messages.error(request, refusal.message)
    return redirect(inspection)


@login_required
@require_http_methods(["GET", "POST"])
def check_create(request, pk: int):
    inspection = _reviewed_inspection(request, pk)
    form = CheckForm(request.POST if request.method == "POST" else None, inspection=inspection)
    if request.method == "POST" and form.is_valid():
        try:
            actions.record_check(request.user, inspection, **form.cleaned_data)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("Check recorded."))
            return redirect(inspection)
    return render(request, "core/form.html", {"form": form, "title": _("Record a check"), "back": inspection})


@login_required
@require_http_methods(["GET", "POST"])
def finding_create(request, pk: int):
    inspection = _reviewed_inspection(request, pk)
    form = add_form_token(
        FindingForm(request.POST if request.method == "POST" else None, units=inspection.units.all())
    )
    if request.method == "POST" and form.is_valid():
        try:
            problem = submit_once(
                form,
                lambda: actions.record_problem(
                    request.user,
                    form.cleaned_data.pop("organisation"),
                    source=ProblemSource.INSPECTION,
                    inspection=inspection,
                    **form.cleaned_data,
                ),
            )
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("The finding is on the problem list."))
            return redirect(problem)
    return render(
        request, "core/form.html", {"form": form, "title": _("Record a finding"), "back": inspection}
    )


@login_required
@require_http_methods(["GET", "POST"])
def consequence_create(request):
    office = require_office(request.user)
    initial = {}
    problem = request.GET.get("problem", "")
    if problem.isdigit():
        found = get_visible_or_404(Problem.objects, request.user, Purpose.REVIEW, pk=int(problem))
        initial = {"problem": found.pk, "organisation": found.organisation_id, "kind": "talk"}
    form = ConsequenceForm(
        request.POST if request.method == "POST" else None,
        request.FILES or None,
        actor=request.user,
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            consequence = actions.record_consequence(request.user, office, data.pop("organisation"), **data)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("Recorded."))
            return redirect(consequence)
    return render(request, "core/form.html", {"form": form, "title": _("Record a talk or notice")})
