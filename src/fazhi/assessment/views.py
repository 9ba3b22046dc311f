"""Score sheets, feedback letters, results export and dashboards. Thin: scoped look-ups, one action."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from fazhi.assessment import actions, charts, dashboards, guardrails, letters
from fazhi.assessment.forms import (
    AdjustForm,
    DeductForm,
    JudgeForm,
    ReasonForm,
    SelfAssessForm,
    SelfAssessmentForm,
    review_forms,
)
from fazhi.assessment.models import ASSESSMENT_WORKFLOW, Assessment, AssessmentStatus, ItemScore
from fazhi.core.actions import ActionRefused, NeedsConfirmation
from fazhi.core.exports import content_disposition, xlsx_response
from fazhi.core.formatting import DOCX_CONTENT_TYPE
from fazhi.core.forms import edited_version, pop_proxy_reason
from fazhi.core.history import history_rows
from fazhi.core.pages import add_refusal, event_rows, is_confirmed
from fazhi.core.scoping import (
    Purpose,
    can,
    get_visible_by_region_or_404,
    get_visible_or_404,
    scope_of,
    visible,
)
from fazhi.org.models import Organisation
from fazhi.org.naming import with_office, with_office_lazy


def _assessment(request, pk) -> Assessment:
    return get_visible_or_404(
        Assessment.objects.select_related("scheme", "organisation"), request.user, pk=pk
    )


@login_required
def detail(request, pk: int):
    assessment = _assessment(request, pk)
    unit = assessment.organisation
    open_for_unit = assessment.status == AssessmentStatus.SELF_ASSESSMENT and can(
        request.user, Purpose.EDIT, unit
    )
    open_for_review = assessment.status != AssessmentStatus.FINAL and can(request.user, Purpose.SCORE, unit)
    scores = list(
        assessment.scores.select_related("item__area", "indicator_value").prefetch_related("deductions")
    )
    return render(
        request,
        "assessment/detail.html",
        {
            "assessment": assessment,
            "rows": [(score, review_forms(score) if open_for_review else None) for score in scores],
            "open_for_unit": open_for_unit,
            "open_for_review": open_for_review,
            "transitions": ASSESSMENT_WORKFLOW.available(
                request.user, state=assessment.status, organisation=unit
            ),
            "reason_form": ReasonForm(),
            "events": event_rows(request, assessment.events),
            "history": history_rows(request, assessment),
        },
    )


def _score_post(request, pk: int, form_class, call, success: str):
    score = get_visible_or_404(
        ItemScore.objects.select_related("assessment__organisation", "assessment__scheme", "item"),
        request.user,
        pk=pk,
    )
    form = form_class(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, f"{score.item.number}：{error}")
        return redirect(score.assessment)
    try:
        call(score, form.cleaned_data)
    except ActionRefused as refusal:
        messages.error(request, f"{score.item.number}：{refusal.message}")
    else:
        messages.success(request, success)
    return redirect(score.assessment)


@login_required
@require_POST
def self_assess(request, pk: int):
    return _score_post(
        request,
        pk,
        SelfAssessForm,
        lambda score, data: actions.self_assess(request.user, score, **data),
        _("Self-assessment saved."),
    )


@login_required
@require_http_methods(["GET", "POST"])
def self_assessment(request, pk: int):
    """The unit's whole self-assessment as one form: 保存 keeps it open, 提交 goes on to the submit page."""
    assessment = _assessment(request, pk)
    if not can(request.user, Purpose.EDIT, assessment.organisation):
        raise PermissionDenied
    scores = assessment.scores.select_related("item__area")
    form = SelfAssessmentForm(
        request.POST if request.method == "POST" else None,
        assessment=assessment,
        scores=scores,
        user=request.user,
    )
    if request.method == "POST" and form.is_valid():
        proxy_reason = pop_proxy_reason(form.cleaned_data)
        edited_version(form, assessment)
        try:
            changed = actions.save_self_assessment(
                request.user, assessment, form.entries(), proxy_reason=proxy_reason
            )
        except actions.SelfAssessmentRefused as refusal:
            form.add_error(None, refusal.message)
            for (score_pk, part), message in refusal.errors.items():
                name = f"item_{score_pk}_{part}"
                form.add_error(name if name in form.fields else None, message)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("Self-assessment saved: %(n)d items changed.") % {"n": changed})
            if request.POST.get("then") == "submit":
                return redirect("assessment:transition", pk=assessment.pk, name="submit")
            return redirect("assessment:self_assessment", pk=assessment.pk)
    may_submit = any(
        step.name == "submit"
        for step in ASSESSMENT_WORKFLOW.available(
            request.user, state=assessment.status, organisation=assessment.organisation
        )
    )
    return render(
        request,
        "assessment/self_assessment.html",
        {
            "assessment": assessment,
            "form": form,
            "is_open": assessment.status == AssessmentStatus.SELF_ASSESSMENT,
            "may_submit": may_submit,
        },
    )


@login_required
@require_POST
def judge(request, pk: int):
    return _score_post(
        request,
        pk,
        JudgeForm,
        lambda score, data: actions.judge(request.user, score, **data),
        _("Judgement saved."),
    )


@login_required
@require_POST
def adjust(request, pk: int):
    return _score_post(
        request,
        pk,
        AdjustForm,
        lambda score, data: actions.adjust(request.user, score, **data),
        _("Points set."),
    )


@login_required
@require_POST
def deduct(request, pk: int):
    return _score_post(
        request,
        pk,
        DeductForm,
        lambda score, data: actions.deduct(request.user, score, **data),
        _("Deduction recorded."),
    )


@login_required
@require_POST
def compute(request, pk: int):
    assessment = _assessment(request, pk)
    try:
        actions.compute(request.user, assessment)
    except ActionRefused as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, _("Scores computed from the indicator values."))
    return redirect(assessment)


CONFIRMED_STEPS = frozenset({"submit", "finalise"})


def _step_confirmation(request, assessment, name: str):
    """The page before submitting or finalising a sheet: what is missing and what the step does."""
    step = ASSESSMENT_WORKFLOW.check(
        request.user, name, state=assessment.status, organisation=assessment.organisation
    )
    blank, total = guardrails.blank_items(assessment)
    problems, consequences = [], []
    if name == "submit":
        if blank:
            problems.append(
                _("%(blank)d of %(total)d items have no self-assessed points.")
                % {"blank": blank, "total": total}
            )
            problems.extend(
                _("Blank: %(item)s") % {"item": item} for item in guardrails.blank_item_names(assessment)
            )
        consequences.append(
            with_office(
                _(
                    "The sheet goes to %(office)s for scoring; the unit can change it again only if it is returned."
                )
            )
        )
    else:
        if blank == total:
            problems.append(
                _("%(unit)s never self-assessed: no item has self-assessed points.")
                % {"unit": assessment.organisation.name}
            )
            consequences.append(guardrails.not_ranked_reason())
        consequences.append(
            _(
                "Every item is scored from the indicator values, judgements and deductions, and the total "
                "becomes final; a final sheet cannot be changed."
            )
        )
    return render(
        request,
        "core/confirm.html",
        {
            "title": f"{step.label}：{assessment.organisation.name}",
            "back": assessment,
            "problems": problems,
            "consequences": consequences,
            "button": step.label,
        },
    )


TRANSITION_DONE = {
    "submit": with_office_lazy(gettext_lazy("The self-assessment was submitted to %(office)s.")),
    "return": gettext_lazy("The sheet was returned to the unit for more evidence."),
    "finalise": gettext_lazy("The scores are final."),
}


@login_required
@require_http_methods(["GET", "POST"])
def transition(request, pk: int, name: str):
    assessment = _assessment(request, pk)
    if name not in ASSESSMENT_WORKFLOW.transitions:
        raise Http404
    if request.method == "GET":
        if name not in CONFIRMED_STEPS:
            raise Http404
        return _step_confirmation(request, assessment, name)
    form = ReasonForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        actions.transition(request.user, assessment, name, reason=reason, confirmed=is_confirmed(request))
    except NeedsConfirmation as refusal:
        messages.error(request, refusal.message)
        return _step_confirmation(request, assessment, name)
    except ActionRefused as refusal:
        messages.error(request, refusal.message)
    else:
        done = str(TRANSITION_DONE[name])
        blank, total = guardrails.blank_items(assessment)
        if name == "submit" and blank:
            done += " " + _("%(blank)d of %(total)d items were left blank.") % {
                "blank": blank,
                "total": total,
            }
        messages.success(request, done)
    return redirect(assessment)


def _download(data: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = content_disposition(filename)
    return response


@login_required
def letter_docx(request, pk: int):
    assessment = _assessment(request, pk)
    return _download(
        letters.letter_docx(assessment),
        DOCX_CONTENT_TYPE,
        f"{assessment.scheme.year}-{assessment.organisation.name}-反馈函.docx",
    )


@login_required
def letter_pdf(request, pk: int):
    assessment = _assessment(request, pk)
    return _download(
        letters.letter_pdf(assessment),
        "application/pdf",
        f"{assessment.scheme.year}-{assessment.organisation.name}-反馈函.pdf",
    )


@login_required
def export_results(request, pk: int):
    """The final scores the user may see, one row per unit, one column per item."""
    scheme = get_visible_by_region_or_404(actions.AssessmentScheme.objects, request.user, pk=pk)
    items = [item for area in scheme.areas.prefetch_related("items") for item in area.items.all()]
    header = [
        _("Organisation"),
        _("ranked among"),
        _("final score"),
        _("rank"),
        *[f"{item.number} {item.title}（{item.max_points.normalize():f}）" for item in items],
    ]
    rows = []
    for assessment in dashboards.final_assessments(request.user, scheme).order_by("group", "rank"):
        points = {s.item_id: s.final_points for s in assessment.scores.all()}
        rows.append(
            [
                assessment.organisation.name,
                assessment.get_group_display(),
                assessment.total,
                assessment.rank,
                *[points.get(item.pk) for item in items],
            ]
        )
    return xlsx_response(f"{scheme.year}年度法治政府建设考核结果.xlsx", _("Results"), header, rows)


@login_required
def dashboard(request):
    schemes = list(dashboards.schemes_with_results(request.user))
    if not scope_of(request.user).regions(Purpose.SCORE) and not request.user.is_superuser:
        own = scope_of(request.user).organisations(Purpose.READ).first()
        if own is not None:
            return redirect("assessment:unit_dashboard", pk=own.pk)
    chosen = next(
        (s for s in schemes if str(s.pk) == request.GET.get("scheme")), schemes[0] if schemes else None
    )
    context = {"schemes": schemes, "scheme": chosen}
    if chosen is not None:
        summary = dashboards.region_summary(request.user, chosen)
        context |= summary | {
            "distribution_chart": charts.histogram(
                summary["totals"],
                title=_("Distribution of final scores"),
                high=float(summary["full_marks"] or 100),
            ),
            "trend_chart": charts.line_chart(
                [(point.year, point.share) for point in summary["trend"]],
                title=_("Mean final score by year, as a share of the scheme's full marks (%)"),
                low=0,
                high=100,
            ),
            "ranking_charts": {
                group: charts.bar_chart(
                    [a.organisation.name for a in members],
                    [a.total for a in members],
                    title=group,
                    max_value=summary["full_marks"],
                )
                for group, members in summary["groups"].items()
            },
        }
    return render(request, "assessment/dashboard.html", context)


@login_required
def unit_dashboard(request, pk: int):
    organisation = get_visible_or_404(Organisation.objects, request.user, pk=pk)
    summary = dashboards.unit_summary(request.user, organisation)
    return render(
        request,
        "assessment/unit_dashboard.html",
        summary
        | {
            "organisation": organisation,
            "trend_chart": charts.line_chart(
                summary["trend"],
                title=_("Final score by year, as a share of the scheme's full marks (%)"),
                low=0,
                high=100,
            ),
            "lost_chart": charts.bar_chart(
                list(summary["lost_by_area"]),
                list(summary["lost_by_area"].values()),
                title=_("Points lost by area"),
            )
            if summary["lost_by_area"]
            else "",
            "assessments_visible": visible(
                Assessment.objects.filter(organisation=organisation), request.user
            ),
        },
    )
