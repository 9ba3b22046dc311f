"""The problem list (问题清单) across sources, one problem's page, and its rectification steps."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from fazhi.core.actions import ActionRefused
from fazhi.core.deadlines import STATUS_LABELS, local_today
from fazhi.core.exports import EXPORT_CHUNK, content_disposition, xlsx_response
from fazhi.core.formatting import DOCX_CONTENT_TYPE
from fazhi.core.forms import (
    add_form_token,
    add_proxy_fields,
    add_version_field,
    edited_version,
    pop_proxy_reason,
)
from fazhi.core.history import history_rows
from fazhi.core.pages import add_refusal, event_rows, paged, submit_once
from fazhi.core.scoping import Purpose, can, get_visible_or_404, scope_of, visible
from fazhi.core.uploads import private_file_response
from fazhi.org.naming import with_office
from fazhi.org.offices import office_for, require_office
from fazhi.oversight import actions
from fazhi.oversight.forms import STEP_FORMS, ProblemFilterForm, SelfInspectionForm
from fazhi.oversight.models import PROBLEM_WORKFLOW, Problem
from fazhi.oversight.notice import rectification_notice_docx
from fazhi.oversight.queries import filter_problems, problem_counts


def _filtered(request):
    form = ProblemFilterForm(request.GET or None)
    problems = visible(Problem.objects.select_related("organisation", "inspection"), request.user)
    if form.is_valid():
        problems = filter_problems(problems, **form.cleaned_data)
    return form, problems.order_by("rectification_deadline", "id")


@login_required
def problem_list(request):
    form, problems = _filtered(request)
    page = paged(request, problems)
    today = local_today()
    rows = [
        (problem, problem.age_working_days(today), STATUS_LABELS[problem.deadline_status(today)])
        for problem in page
    ]
    return render(
        request,
        "oversight/problems.html",
        {
            "form": form,
            "page": page,
            "rows": rows,
            "counts": problem_counts(visible(Problem.objects.all(), request.user), today),
            "can_add": not scope_of(request.user).is_empty(Purpose.EDIT),
            "is_office": office_for(request.user) is not None,
        },
    )


@login_required
def problem_export(request):
    _form, problems = _filtered(request)
    today = local_today()
    header = [
        _("Responsible unit"),
        _("Source"),
        _("Problem"),
        _("Severity"),
        _("Found on"),
        _("Rectification deadline"),
        _("Status"),
        _("Deadline status"),
        _("Age (working days)"),
        _("Closed on"),
    ]
    rows = (
        [
            p.organisation.name,
            p.get_source_display(),
            p.description,
            p.get_severity_display(),
            p.found_on,
            p.rectification_deadline,
            p.get_status_display(),
            str(STATUS_LABELS[p.deadline_status(today)]),
            p.age_working_days(today),
            p.closed_on or "",
        ]
        for p in problems.iterator(chunk_size=EXPORT_CHUNK)
    )
    return xlsx_response("问题清单.xlsx", _("Problem list"), header, rows)


@login_required
@require_http_methods(["GET", "POST"])
def problem_create(request):
    units = (
        scope_of(request.user).organisations(Purpose.EDIT).filter(is_active=True).order_by("sort_order", "id")
    )
    if not units.exists():
        raise PermissionDenied(_("You may not add problems."))
    form = add_form_token(SelfInspectionForm(request.POST if request.method == "POST" else None, units=units))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            problem = submit_once(
                form, lambda: actions.record_problem(request.user, data.pop("organisation"), **data)
            )
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        except PermissionDenied:
            form.add_error(
                "source", with_office(_("Only %(office)s may record problems from other sources."))
            )
        else:
            messages.success(request, _("The problem is on the list."))
            return redirect(problem)
    return render(request, "core/form.html", {"form": form, "title": _("Add a problem")})


def _detail_context(request, problem, bound: dict | None = None) -> dict:
    steps = PROBLEM_WORKFLOW.available(request.user, state=problem.status, organisation=problem.organisation)
    bound = bound or {}
    today = local_today()
    return {
        "problem": problem,
        "steps": [(step, bound.get(step.name) or _step_form(request, step.name, problem)) for step in steps],
        "age": problem.age_working_days(today),
        "deadline_status": STATUS_LABELS[problem.deadline_status(today)],
        "working_days_left": problem.deadline.working_days_left(today),
        "working_days_overdue": -problem.deadline.working_days_left(today),
        "consequences": problem.consequences.all(),
        "may_record_talk": office_for(request.user) is not None
        and can(request.user, Purpose.REVIEW, problem.organisation),
        "events": event_rows(request, problem.events),
        "history": history_rows(request, problem),
    }


@login_required
def problem_detail(request, pk: int):
    problem = get_visible_or_404(
        Problem.objects.select_related("organisation", "inspection"), request.user, pk=pk
    )
    return render(request, "oversight/problem_detail.html", _detail_context(request, problem))


# The unit's steps: office users see the proxy-entry fields (代为录入) on their forms.
UNIT_STEPS = {"submit_plan", "submit_evidence"}


def _step_form(request, step: str, problem, *args):
    # The version the page showed: a step on a problem changed since is refused (core.forms).
    form = add_version_field(STEP_FORMS[step](*args, prefix=step), problem)
    return add_proxy_fields(form, request.user) if step in UNIT_STEPS else form


STEP_ACTIONS = {
    "submit_plan": actions.submit_plan,
    "submit_evidence": actions.submit_evidence,
    "return": actions.return_rectification,
    "accept": actions.accept_rectification,
    "reopen": actions.reopen_problem,
}


@login_required
@require_POST
def problem_step(request, pk: int, step: str):
    problem = get_visible_or_404(
        Problem.objects.select_related("organisation", "inspection"), request.user, pk=pk
    )
    if step not in STEP_ACTIONS:
        raise Http404
    form = _step_form(request, step, problem, request.POST, request.FILES)
    if form.is_valid():
        edited_version(form, problem)
        data = dict(form.cleaned_data)
        if step in UNIT_STEPS:
            data["proxy_reason"] = pop_proxy_reason(data)
        try:
            STEP_ACTIONS[step](request.user, problem, **data)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
            problem.refresh_from_db()
        else:
            messages.success(
                request, _("Done: %(step)s.") % {"step": PROBLEM_WORKFLOW.transitions[step].label}
            )
            return redirect(problem)
    context = _detail_context(request, problem, {step: form})
    if not any(name == step for name, _form in ((s.name, f) for s, f in context["steps"])):
        # The step is not open to this user now: say why in the page's messages.
        messages.error(request, "；".join(str(e) for errors in form.errors.values() for e in errors))
    return render(request, "oversight/problem_detail.html", context, status=400)


@login_required
def problem_evidence_file(request, pk: int):
    problem = get_visible_or_404(Problem.objects, request.user, pk=pk)
    if not problem.evidence_file:
        raise Http404
    return private_file_response(problem.evidence_file, problem.evidence_file.name.rsplit("/", 1)[-1])


@login_required
def problem_notice(request):
    """The office's Word notice on the rectification of the problem list it sees."""
    office = require_office(request.user)
    problems = visible(Problem.objects.select_related("organisation"), request.user, Purpose.REVIEW)
    response = HttpResponse(rectification_notice_docx(office, problems), content_type=DOCX_CONTENT_TYPE)
    response["Content-Disposition"] = content_disposition("问题清单整改情况通报.docx")
    return response
