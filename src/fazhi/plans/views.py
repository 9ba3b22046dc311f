"""Year-plan pages. Thin: scoped look-ups, one action, render."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from fazhi.core.actions import ActionRefused
from fazhi.core.deadlines import STATUS_LABELS, local_today
from fazhi.core.exports import EXPORT_CHUNK, content_disposition, xlsx_file_response, xlsx_response
from fazhi.core.formatting import DOCX_CONTENT_TYPE
from fazhi.core.forms import (
    add_form_token,
    add_proxy_fields,
    add_version_field,
    edited_version,
    pop_proxy_reason,
)
from fazhi.core.history import history_rows
from fazhi.core.pages import add_refusal, event_rows, import_page, paged, submit_once
from fazhi.core.scoping import (
    Purpose,
    can,
    get_visible_by_region_or_404,
    get_visible_or_404,
    visible,
    visible_by_region,
)
from fazhi.core.uploads import private_file_response
from fazhi.org.naming import with_office
from fazhi.org.offices import office_for, require_office
from fazhi.plans import actions, rules
from fazhi.plans.forms import AdjustTaskForm, PlanForm, ProgressForm, TaskFilterForm, TaskForm
from fazhi.plans.importers import KeyTaskImporter
from fazhi.plans.models import KeyTask, ProgressReport, TaskStatus, YearPlan
from fazhi.plans.notice import notice_docx


def _plan(request, pk: int) -> YearPlan:
    return get_visible_by_region_or_404(YearPlan.objects.select_related("organisation"), request.user, pk=pk)


def _reviewed_plan(request, pk: int) -> YearPlan:
    plan = _plan(request, pk)
    if not can(request.user, Purpose.REVIEW, plan.organisation):
        raise PermissionDenied(with_office(_("Only %(office)s may do this.")))
    return plan


def _tasks(request, plan):
    form = TaskFilterForm(request.GET or None)
    tasks = visible(plan.tasks.select_related("lead_unit"), request.user)
    if form.is_valid():
        data = form.cleaned_data
        if data["q"]:
            tasks = tasks.filter(Q(title__contains=data["q"]) | Q(lead_unit__name__contains=data["q"]))
        if data["status"] == "overdue":
            tasks = tasks.filter(deadline__lt=local_today()).exclude(status=TaskStatus.DONE)
        elif data["status"] == "due":
            tasks = tasks.filter(deadline__lt=rules.due_horizon(local_today())).exclude(
                status=TaskStatus.DONE
            )
        elif data["status"] == "to_confirm":
            tasks = tasks.filter(percent_done=100).exclude(status=TaskStatus.DONE)
        elif data["status"]:
            tasks = tasks.filter(status=data["status"])
    return form, tasks.order_by("number", "id")


@login_required
def index(request):
    plans = paged(request, visible_by_region(YearPlan.objects.select_related("organisation"), request.user))
    return render(
        request,
        "plans/index.html",
        {"plans": plans, "can_create": office_for(request.user) is not None},
    )


@login_required
@require_http_methods(["GET", "POST"])
def plan_create(request):
    office = require_office(request.user)
    form = PlanForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            plan = actions.create_plan(request.user, office, **form.cleaned_data)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            return redirect(plan)
    return render(request, "core/form.html", {"form": form, "title": _("Create the year plan")})


@login_required
def plan_detail(request, pk: int):
    plan = _plan(request, pk)
    form, tasks = _tasks(request, plan)
    page = paged(request, tasks)
    today = local_today()
    visible_tasks = visible(plan.tasks.all(), request.user)
    return render(
        request,
        "plans/plan_detail.html",
        {
            "plan": plan,
            "form": form,
            "page": page,
            "rows": [
                (task, STATUS_LABELS[task.deadline_status(today)], task.is_overdue(today)) for task in page
            ],
            "total": visible_tasks.count(),
            "done": visible_tasks.filter(status=TaskStatus.DONE).count(),
            "overdue": visible_tasks.filter(deadline__lt=today).exclude(status=TaskStatus.DONE).count(),
            "can_review": can(request.user, Purpose.REVIEW, plan.organisation),
            "units": unit_rollup(visible_tasks, today),
        },
    )


def unit_rollup(tasks, today) -> list[dict]:
    """Per lead unit: tasks, done, awaiting the office's confirmation, overdue; one grouped query."""
    not_done = ~Q(status=TaskStatus.DONE)
    return list(
        tasks.order_by()
        .values("lead_unit_id", "lead_unit__name", "lead_unit__sort_order")
        .annotate(
            total=Count("pk"),
            done=Count("pk", filter=Q(status=TaskStatus.DONE)),
            to_confirm=Count("pk", filter=Q(percent_done=100) & not_done),
            overdue=Count("pk", filter=Q(deadline__lt=today) & not_done),
        )
        .order_by("lead_unit__sort_order", "lead_unit_id")
    )


@login_required
def plan_export(request, pk: int):
    plan = _plan(request, pk)
    _form, tasks = _tasks(request, plan)
    today = local_today()
    header = [
        _("No."),
        _("Key task"),
        _("Lead unit"),
        _("Co-responsible units"),
        _("Deadline"),
        _("Percent done"),
        _("Status"),
        _("Deadline status"),
    ]
    rows = (
        [
            t.number,
            t.title,
            t.lead_unit.name,
            "、".join(u.name for u in t.co_units.all()),
            t.deadline,
            t.percent_done,
            t.get_status_display(),
            str(STATUS_LABELS[t.deadline_status(today)]),
        ]
        for t in tasks.prefetch_related("co_units").iterator(chunk_size=EXPORT_CHUNK)
    )
    return xlsx_response(f"{plan.year}年度法治政府建设重点任务.xlsx", _("Key tasks"), header, rows)


@login_required
def plan_notice(request, pk: int):
    plan = _reviewed_plan(request, pk)
    tasks = visible(plan.tasks.select_related("lead_unit"), request.user).order_by("number")
    response = HttpResponse(notice_docx(plan, tasks), content_type=DOCX_CONTENT_TYPE)
    response["Content-Disposition"] = content_disposition(f"重点任务推进情况通报-{plan.year}.docx")
    return response


@login_required
@require_http_methods(["GET", "POST"])
def task_create(request, pk: int):
    plan = _reviewed_plan(request, pk)
    form = TaskForm(request.POST if request.method == "POST" else None, actor=request.user, plan=plan)
    if request.method == "POST" and form.is_valid():
        try:
            task = actions.add_task(request.user, plan, **form.cleaned_data)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("Key task added."))
            return redirect(task)
    return render(request, "core/form.html", {"form": form, "title": _("Add a key task"), "back": plan})


@login_required
@require_http_methods(["GET", "POST"])
def task_import(request, pk: int):
    plan = _reviewed_plan(request, pk)
    return import_page(
        request,
        KeyTaskImporter(request.user, plan),
        template="plans/import.html",
        done_message=_("%(n)d key tasks imported."),
        done_url=plan,
        context={"plan": plan},
    )


@login_required
def task_import_template(request, pk: int):
    plan = _reviewed_plan(request, pk)
    return xlsx_file_response("重点任务导入模板.xlsx", KeyTaskImporter(request.user, plan).template())


def _task(request, pk: int) -> KeyTask:
    return get_visible_or_404(KeyTask.objects.select_related("plan", "lead_unit"), request.user, pk=pk)


@login_required
def task_detail(request, pk: int):
    task = _task(request, pk)
    form = add_form_token(add_proxy_fields(ProgressForm(actor=request.user, task=task), request.user))
    today = local_today()
    return render(
        request,
        "plans/task_detail.html",
        {
            "task": task,
            "form": form,
            "can_report": form.fields["organisation"].queryset.exists(),
            "can_adjust": can(request.user, Purpose.REVIEW, task.plan.organisation),
            "can_confirm": task.percent_done == 100
            and task.status != TaskStatus.DONE
            and can(request.user, Purpose.REVIEW, task.plan.organisation),
            "reports": task.progress_reports.select_related("organisation"),
            "deadline_status": STATUS_LABELS[task.deadline_status(today)],
            "overdue": task.is_overdue(today),
            "events": event_rows(request, task.events),
            "history": history_rows(request, task),
        },
    )


@login_required
@require_POST
def progress_create(request, pk: int):
    task = _task(request, pk)
    form = add_form_token(
        add_proxy_fields(
            ProgressForm(request.POST, request.FILES, actor=request.user, task=task), request.user
        )
    )
    if not form.fields["organisation"].queryset.exists():
        raise PermissionDenied(_("You may read this task but not report on it."))
    if form.is_valid():
        data = dict(form.cleaned_data)
        data["proxy_reason"] = pop_proxy_reason(data)
        form.cleaned_data = data  # submit_once takes the token out of it
        try:
            submit_once(
                form, lambda: actions.report_progress(request.user, task, data.pop("organisation"), **data)
            )
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("Progress reported."))
            return redirect(task)
    task.refresh_from_db()
    return render(
        request,
        "plans/task_detail.html",
        {
            "task": task,
            "form": form,
            "can_report": True,
            "reports": task.progress_reports.select_related("organisation"),
            "deadline_status": STATUS_LABELS[task.deadline_status()],
            "overdue": task.is_overdue(),
            "events": event_rows(request, task.events),
            "history": history_rows(request, task),
        },
        status=400,
    )


@login_required
def progress_file(request, pk: int, report_pk: int):
    task = _task(request, pk)
    report = get_object_or_404(ProgressReport, task=task, pk=report_pk)
    if not report.attachment:
        raise Http404
    return private_file_response(report.attachment, report.attachment.name.rsplit("/", 1)[-1])


@login_required
@require_http_methods(["GET", "POST"])
def task_adjust(request, pk: int):
    task = _task(request, pk)
    if not can(request.user, Purpose.REVIEW, task.plan.organisation):
        raise PermissionDenied(with_office(_("Only %(office)s may do this.")))
    form = AdjustTaskForm(request.POST if request.method == "POST" else None, actor=request.user, task=task)
    add_version_field(form, task)
    if request.method == "POST" and form.is_valid():
        try:
            actions.adjust_task(request.user, edited_version(form, task), **form.cleaned_data)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("Task adjusted."))
            return redirect(task)
    return render(request, "core/form.html", {"form": form, "title": _("Adjust the task"), "back": task.plan})


@login_required
@require_POST
def task_confirm(request, pk: int):
    task = _task(request, pk)
    try:
        actions.confirm_done(request.user, task, note=request.POST.get("note", ""))
    except ActionRefused as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, _("The task is confirmed done."))
    return redirect(task)
