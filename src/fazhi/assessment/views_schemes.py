"""Scheme pages: list, detail, default, copy, edit items, publish, import/export, open, rank."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from fazhi.assessment import actions, actions_schemes, guardrails, schemes
from fazhi.assessment.defaults import default_scheme
from fazhi.assessment.forms import AreaForm, CopyForm, DefaultSchemeForm, ItemForm, SchemeImportForm
from fazhi.assessment.models import (
    Assessment,
    AssessmentScheme,
    AssessmentStatus,
    SchemeArea,
    SchemeStatus,
    ScoredItem,
)
from fazhi.core.actions import ActionRefused
from fazhi.core.bulk import bulk_results, chosen_ids, run_each
from fazhi.core.exports import content_disposition, xlsx_file_response
from fazhi.core.history import history_rows
from fazhi.core.pages import event_rows, is_confirmed, message_refusal, paged
from fazhi.core.scoping import Purpose, get_visible_by_region_or_404, scope_of, visible, visible_by_region
from fazhi.org.naming import with_office
from fazhi.org.offices import office_for, require_office


def _schemes(user, purpose=Purpose.READ):
    return visible_by_region(AssessmentScheme.objects.all(), user, purpose)


def _scheme(request, pk, purpose=Purpose.READ) -> AssessmentScheme:
    return get_visible_by_region_or_404(AssessmentScheme.objects, request.user, purpose, pk=pk)


@login_required
def index(request):
    return render(
        request,
        "assessment/index.html",
        {
            "schemes": paged(request, _schemes(request.user).order_by("-year", "id"), param="schemes"),
            "assessments": paged(
                request,
                visible(Assessment.objects.select_related("scheme", "organisation"), request.user).order_by(
                    "-scheme__year", "organisation__sort_order", "id"
                ),
                param="assessments",
            ),
            "can_manage": office_for(request.user) is not None,
            "default_form": DefaultSchemeForm(),
            "import_form": SchemeImportForm(),
        },
    )


def _saved(form, save) -> bool:
    """Run ``save``; a refusal goes on top of the form, a scheme's problems one by one."""
    try:
        save()
    except actions_schemes.SchemeInvalid as refusal:
        for problem in refusal.problems:
            form.add_error(None, problem.message)
        return False
    except ActionRefused as refusal:
        form.add_error(None, refusal.message)
        return False
    return True


@login_required
@require_POST
def create_default(request):
    region = require_office(
        request.user, with_office(_("Only %(office)s manages assessment schemes."))
    ).region_code
    form = DefaultSchemeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the year."))
        return redirect("assessment:index")
    try:
        scheme = actions_schemes.create_scheme(
            request.user, region, default_scheme(form.cleaned_data["year"])
        )
    except ActionRefused as refusal:
        message_refusal(request, refusal)
        return redirect("assessment:index")
    return redirect(scheme)


@login_required
@require_http_methods(["GET", "POST"])
def import_scheme(request):
    region = require_office(
        request.user, with_office(_("Only %(office)s manages assessment schemes."))
    ).region_code
    form = SchemeImportForm(request.POST or None, request.FILES or None)
    problems = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.name.lower().endswith(".xlsx"):
            data, problems = schemes.from_xlsx(upload)
        else:
            data, problems = schemes.from_yaml(upload.read())
        if not problems:
            try:
                scheme = actions_schemes.create_scheme(request.user, region, data, verb="import_scheme")
            except actions_schemes.SchemeInvalid as refusal:
                problems = refusal.problems
            else:
                messages.success(request, _("Scheme imported as a draft."))
                return redirect(scheme)
    return render(request, "assessment/import.html", {"form": form, "problems": problems})


@login_required
def scheme_detail(request, pk: int):
    scheme = _scheme(request, pk)
    can_review = scope_of(request.user).allows_region(Purpose.REVIEW, scheme.region_code)
    return render(
        request,
        "assessment/scheme.html",
        {
            "scheme": scheme,
            "areas": scheme.areas.prefetch_related("items"),
            "assessments": visible(scheme.assessments.select_related("organisation"), request.user)
            .annotate(self_assessed_items=Count("scores", filter=Q(scores__self_points__isnull=False)))
            .order_by("group", "rank", "organisation__sort_order"),
            "can_review": can_review,
            "can_finalise": can_review and scheme.status == SchemeStatus.PUBLISHED,
            "total_problem": guardrails.total_problem(scheme.max_total) if scheme.is_editable else "",
            "not_ranked_reason": guardrails.not_ranked_reason(),
            "copy_form": CopyForm(initial={"year": scheme.year + 1, "name": scheme.name}),
            "events": event_rows(request, scheme.events.filter(assessment__isnull=True)),
            "history": history_rows(request, scheme),
        },
    )


@login_required
def export_yaml(request, pk: int):
    scheme = _scheme(request, pk)
    response = HttpResponse(schemes.to_yaml(scheme), content_type="application/yaml; charset=utf-8")
    response["Content-Disposition"] = content_disposition(f"考核方案-{scheme.year}-{scheme.pk}.yaml")
    return response


@login_required
def export_xlsx(request, pk: int):
    scheme = _scheme(request, pk)
    return xlsx_file_response(f"考核方案-{scheme.year}-{scheme.pk}.xlsx", schemes.to_xlsx(scheme))


def _post_action(request, pk, call, success: str):
    scheme = _scheme(request, pk)
    try:
        result = call(scheme)
    except ActionRefused as refusal:
        message_refusal(request, refusal)
        return redirect(scheme)
    messages.success(request, success)
    return redirect(result if isinstance(result, AssessmentScheme) else scheme)


@login_required
@require_POST
def copy(request, pk: int):
    form = CopyForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the year and the name of the copy."))
        return redirect("assessment:scheme", pk=pk)
    return _post_action(
        request,
        pk,
        lambda s: actions_schemes.copy_scheme(request.user, s, **form.cleaned_data),
        _("Scheme copied; edit the draft and publish it."),
    )


def _office_scheme(request, pk) -> AssessmentScheme:
    """A scheme the user sees, for a step only its region's office takes (others: 403)."""
    scheme = _scheme(request, pk)
    actions_schemes.require_region(request.user, Purpose.REVIEW, scheme.region_code)
    return scheme


def _publish_confirmation(request, scheme):
    total = scheme.max_total
    problem = guardrails.total_problem(total)
    return render(
        request,
        "core/confirm.html",
        {
            "title": _("Publish the scheme: %(scheme)s") % {"scheme": scheme},
            "back": scheme,
            "problems": [
                _("Total points: %(total)s of the full %(full)s.")
                % {"total": f"{total.normalize():f}", "full": f"{guardrails.full_marks().normalize():f}"}
            ],
            "consequences": [
                _(
                    "The scheme is frozen: its areas and items can no longer be changed (copy it to make a new "
                    "version)."
                ),
                _("Score sheets can then be opened for every unit under it."),
            ],
            "blocked": problem,
            "button": _("Publish the scheme"),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def publish(request, pk: int):
    if request.method == "GET" or not is_confirmed(request):
        return _publish_confirmation(request, _office_scheme(request, pk))
    return _post_action(
        request, pk, lambda s: actions_schemes.publish_scheme(request.user, s), _("Scheme published.")
    )


@login_required
@require_POST
def open_assessments(request, pk: int):
    return _post_action(
        request,
        pk,
        lambda s: actions_schemes.open_assessments(request.user, s),
        _("Assessments opened for every unit."),
    )


def _rank_confirmation(request, scheme):
    sheets = scheme.assessments.select_related("organisation")
    left_out = guardrails.never_self_assessed(scheme.assessments.all())
    unfinished = [a for a in sheets if a.status != AssessmentStatus.FINAL]
    problems = [_("%(unit)s is not final yet.") % {"unit": a.organisation.name} for a in unfinished] + [
        f"{a.organisation.name}：{guardrails.not_ranked_reason()}" for a in sheets if a.pk in left_out
    ]
    return render(
        request,
        "core/confirm.html",
        {
            "title": _("Publish the ranking: %(scheme)s") % {"scheme": scheme},
            "back": scheme,
            "problems": problems,
            "consequences": [
                _("%(n)d units are ranked within their groups by final score.")
                % {"n": len(sheets) - len(left_out)},
                _("The results are published and the scheme closes; this cannot be undone."),
            ],
            "blocked": _("Finalise every sheet first.") if unfinished else "",
            "button": _("Publish the ranking"),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def rank(request, pk: int):
    if request.method == "GET" or not is_confirmed(request):
        return _rank_confirmation(request, _office_scheme(request, pk))
    return _post_action(
        request, pk, lambda s: actions.publish_ranking(request.user, s), _("Ranking published.")
    )


@login_required
@require_POST
def finalise_chosen(request, pk: int):
    """Finalise the ticked score sheets in one go; a confirmation lists those never self-assessed."""
    scheme = _office_scheme(request, pk)
    ids = chosen_ids(request)
    sheets = list(
        scheme.assessments.filter(pk__in=ids)
        .select_related("scheme", "organisation")
        .order_by("group", "organisation__sort_order", "id")
    )
    if not sheets:
        messages.error(request, _("Tick at least one score sheet."))
        return redirect(scheme)
    title = _("Finalise the chosen score sheets")
    if not is_confirmed(request):
        left_out = guardrails.never_self_assessed(scheme.assessments.filter(pk__in=ids))
        return render(
            request,
            "core/confirm.html",
            {
                "title": title,
                "back": scheme,
                "problems": [
                    f"{a.organisation.name}：{guardrails.not_ranked_reason()}"
                    for a in sheets
                    if a.pk in left_out
                ],
                "consequences": [
                    _("%(n)d sheets are scored and become final; a final sheet cannot be changed.")
                    % {"n": len(sheets)},
                ],
                "button": title,
                "chosen": [a.pk for a in sheets],
            },
        )
    outcomes = run_each(
        sheets,
        lambda sheet: actions.finalise(request.user, sheet, confirmed=True),
        label=lambda sheet: sheet.organisation.name,
    )
    return bulk_results(request, outcomes, title=title, back=scheme)


@login_required
@require_http_methods(["GET", "POST"])
def edit_item(request, pk: int, area_pk: int, item_pk: int | None = None):
    scheme = _scheme(request, pk, Purpose.REVIEW)
    area = get_object_or_404(scheme.areas, pk=area_pk)
    item = get_object_or_404(ScoredItem, area__scheme=scheme, pk=item_pk) if item_pk else None
    form = ItemForm(
        request.POST if request.method == "POST" else None,
        instance=ScoredItem.objects.get(pk=item.pk) if item else None,
    )
    if (
        request.method == "POST"
        and form.is_valid()
        and _saved(form, lambda: actions_schemes.save_item(request.user, area, form.cleaned_data, item))
    ):
        messages.success(request, _("Item saved."))
        return redirect(scheme)
    return render(
        request, "assessment/item_form.html", {"scheme": scheme, "area": area, "item": item, "form": form}
    )


@login_required
@require_POST
def delete_item(request, pk: int, item_pk: int):
    scheme = _scheme(request, pk, Purpose.REVIEW)
    item = get_object_or_404(ScoredItem, area__scheme=scheme, pk=item_pk)
    try:
        actions_schemes.delete_item(request.user, item)
    except ActionRefused as refusal:
        message_refusal(request, refusal)
    else:
        messages.success(request, _("Item deleted."))
    return redirect(scheme)


@login_required
@require_http_methods(["GET", "POST"])
def edit_area(request, pk: int, area_pk: int | None = None):
    scheme = _scheme(request, pk, Purpose.REVIEW)
    area = get_object_or_404(scheme.areas, pk=area_pk) if area_pk else None
    form = AreaForm(
        request.POST if request.method == "POST" else None,
        instance=SchemeArea.objects.get(pk=area.pk) if area else None,
    )
    if (
        request.method == "POST"
        and form.is_valid()
        and _saved(form, lambda: actions_schemes.save_area(request.user, scheme, form.cleaned_data, area))
    ):
        messages.success(request, _("Area saved."))
        return redirect(scheme)
    return render(
        request,
        "assessment/item_form.html",
        {"scheme": scheme, "area": area, "item": area, "form": form, "is_area": True},
    )
