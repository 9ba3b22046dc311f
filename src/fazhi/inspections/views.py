"""Plans, draws, tasks and results. Thin: look up through the scoping helper, call one action.
The list and the pools are in ``pool_views``."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from fazhi.core.actions import ActionRefused
from fazhi.core.exports import content_disposition, xlsx_response
from fazhi.core.forms import FORM_TOKEN, add_form_token, add_version_field, edited_version, pop_proxy_reason
from fazhi.core.history import history_rows
from fazhi.core.pages import add_refusal, event_rows, message_refusal, paged, submit_once
from fazhi.core.scoping import Purpose, can, get_visible_or_404, scope_of, visible
from fazhi.inspections import actions, forms, published, rules
from fazhi.inspections.models import Draw, DrawStatus, Plan, Task


def _plans(request):
    form = forms.SearchForm(request.GET or None)
    plans = (
        visible(Plan.objects.select_related("organisation"), request.user)
        .annotate(partner_count=Count("partners", distinct=True))
        .order_by("-starts_on", "-id")
    )
    if form.is_valid() and form.cleaned_data["q"]:
        text = form.cleaned_data["q"]
        plans = plans.filter(Q(title__contains=text) | Q(organisation__name__contains=text))
    return form, plans


@login_required
def index(request):
    form, plans = _plans(request)
    page = paged(request, plans)
    return render(
        request,
        "inspections/index.html",
        {
            "form": form,
            "page": page,
            "can_edit": not scope_of(request.user).is_empty(Purpose.EDIT),
        },
    )


@login_required
def export(request):
    _form, plans = _plans(request)
    header = [
        _("Lead department"),
        _("Title"),
        _("Joint inspection"),
        _("Period"),
        _("Sampling ratio (%)"),
        _("Status"),
    ]
    rows = (
        [
            plan.organisation.name,
            plan.title,
            _("yes") if plan.partner_count else _("no"),
            f"{plan.starts_on:%Y-%m-%d} — {plan.ends_on:%Y-%m-%d}",
            plan.sampling_percent,
            plan.get_status_display(),
        ]
        for plan in plans.iterator(chunk_size=2000)
    )
    return xlsx_response("双随机抽查计划.xlsx", _("Inspection plans"), header, rows)


def _form_data(form) -> tuple[dict, str]:
    data = dict(form.cleaned_data)
    return data, pop_proxy_reason(data)


@login_required
@require_http_methods(["GET", "POST"])
def plan_create(request):
    form = add_form_token(
        forms.PlanForm(request.POST if request.method == "POST" else None, user=request.user)
    )
    if request.method == "POST" and form.is_valid():
        data, proxy_reason = _form_data(form)
        data.pop(FORM_TOKEN, None)
        try:
            plan = submit_once(
                form,
                lambda: actions.create_plan(
                    request.user, data.pop("organisation"), proxy_reason=proxy_reason, **data
                ),
            )
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            return redirect(plan)
    return render(request, "core/form.html", {"form": form, "title": _("New inspection plan")})


def _plan(request, pk, purpose=Purpose.READ):
    return get_visible_or_404(Plan.objects.select_related("organisation"), request.user, purpose, pk=pk)


@login_required
def plan(request, pk: int):
    plan = _plan(request, pk)
    may_edit = can(request.user, Purpose.EDIT, plan.organisation)
    draws = list(plan.draws.annotate(task_count=Count("tasks")))
    live = next((draw for draw in draws if draw.status != DrawStatus.VOIDED), None)
    return render(
        request,
        "inspections/plan.html",
        {
            "plan": plan,
            "matters": plan.matters.select_related("organisation"),
            "partners": plan.partners.all(),
            "draws": draws,
            "live": live,
            "may_edit": may_edit,
            "void_form": forms.VoidForm(user=request.user) if may_edit and live else None,
            "proxy_form": forms.ProxyForm(user=request.user) if may_edit else None,
            "events": event_rows(request, plan.events),
            "history": history_rows(request, plan),
        },
    )


def _proxy(request) -> str:
    return (request.POST.get("proxy_reason", "") or "").strip() if request.POST.get("proxy") else ""


@login_required
@require_POST
def commit(request, pk: int):
    plan = _plan(request, pk, Purpose.EDIT)
    try:
        draw = actions.commit_draw(request.user, plan, proxy_reason=_proxy(request))
    except ActionRefused as refusal:
        message_refusal(request, refusal)
        return redirect(plan)
    messages.success(request, _("The snapshot and the seed's commitment are published."))
    return redirect(draw)


@login_required
@require_POST
def perform(request, pk: int):
    draw = _draw(request, pk, Purpose.EDIT)
    try:
        actions.perform_draw(request.user, draw, proxy_reason=_proxy(request))
    except ActionRefused as refusal:
        message_refusal(request, refusal)
    else:
        messages.success(request, _("Drawn. The seed and the result are published."))
    return redirect(draw)


@login_required
@require_POST
def void(request, pk: int):
    draw = _draw(request, pk, Purpose.EDIT)
    form = forms.VoidForm(request.POST, user=request.user)
    if form.is_valid():
        data, proxy_reason = _form_data(form)
        try:
            actions.void_draw(request.user, draw, proxy_reason=proxy_reason, **data)
        except ActionRefused as refusal:
            message_refusal(request, refusal)
    else:
        messages.error(request, _("Give the reason for voiding the draw; it is published."))
    return redirect(draw.plan)


@login_required
@require_POST
def publish(request, pk: int):
    plan = _plan(request, pk, Purpose.EDIT)
    try:
        count = actions.publish_results(request.user, plan, proxy_reason=_proxy(request))
    except ActionRefused as refusal:
        message_refusal(request, refusal)
    else:
        messages.success(request, _("%(n)d results published.") % {"n": count})
    return redirect(plan)


def _draw(request, pk, purpose=Purpose.READ):
    return get_visible_or_404(
        Draw.objects.select_related("plan", "plan__organisation"), request.user, purpose, pk=pk
    )


@login_required
def draw(request, pk: int):
    draw = _draw(request, pk)
    tasks = draw.tasks.select_related("entity").prefetch_related("inspectors")
    page = paged(request, tasks)
    return render(
        request,
        "inspections/draw.html",
        {
            "draw": draw,
            "page": page,
            "may_edit": can(request.user, Purpose.EDIT, draw.plan.organisation),
            "proxy_form": forms.ProxyForm(user=request.user),
        },
    )


@login_required
def draw_file(request, pk: int, name: str):
    draw = _draw(request, pk)
    return file_response(draw, name)


def file_response(draw: Draw, name: str) -> HttpResponse:
    from django.http import Http404

    text = published.published_file(draw, name)
    if text is None:
        raise Http404
    filename = {"snapshot": "snapshot.jsonl", "seed": "seed.txt", "result": "result.jsonl"}[name]
    response = HttpResponse(text.encode("utf-8"), content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = content_disposition(f"draw-{draw.pk}-{filename}")
    return response


@login_required
def results_export(request, pk: int):
    draw = _draw(request, pk)
    header = [
        _("Order drawn"),
        _("Name"),
        _("Unified social credit code"),
        _("Inspectors"),
        _("Result"),
        _("Inspected on"),
        _("Findings"),
        _("Follow-up"),
        _("Published on"),
    ]
    tasks = draw.tasks.select_related("entity").prefetch_related("inspectors")
    rows = (
        [
            task.position,
            task.entity.name,
            task.entity.credit_code,
            "、".join(inspector.name for inspector in task.inspectors.all()),
            task.get_outcome_display(),
            task.inspected_on,
            task.findings,
            task.follow_up,
            task.published_on,
        ]
        for task in tasks.iterator(chunk_size=2000)
    )
    return xlsx_response("双随机抽查结果.xlsx", _("Inspection results"), header, rows)


@login_required
@require_http_methods(["GET", "POST"])
def task(request, pk: int):
    task = get_visible_or_404(
        Task.objects.select_related("entity", "draw", "draw__plan", "draw__plan__organisation"),
        request.user,
        pk=pk,
    )
    may_edit = can(request.user, Purpose.EDIT, task.draw.plan.organisation)
    form = None
    if may_edit and not task.published_on and task.draw.status == DrawStatus.DRAWN:
        initial = {
            "outcome": task.outcome,
            "inspected_on": task.inspected_on,
            "findings": task.findings,
            "follow_up": task.follow_up,
        }
        form = forms.ResultForm(
            request.POST if request.method == "POST" else None, user=request.user, initial=initial
        )
        add_version_field(form, task)
    if request.method == "POST":
        if form is None:
            raise PermissionDenied(_("You may read this task but not change it."))
        if form.is_valid():
            edited_version(form, task)
            data, proxy_reason = _form_data(form)
            try:
                actions.record_result(request.user, task, proxy_reason=proxy_reason, **data)
            except ActionRefused as refusal:
                add_refusal(form, refusal)
            else:
                messages.success(request, _("Saved."))
                return redirect(task.draw)
    return render(
        request,
        "inspections/task.html",
        {
            "task": task,
            "inspectors": task.inspectors.all(),
            "form": form,
            "due": rules.publication_due(task.inspected_on) if task.inspected_on else None,
            "history": history_rows(request, task),
        },
    )
