"""Litigation pages: lawsuits of the bodies the user acts for, their hearings and suggestions,
and the appearance and loss rates per body (counts only, open to evaluators)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from fazhi.core.actions import ActionRefused
from fazhi.core.exports import xlsx_response
from fazhi.core.history import history_rows
from fazhi.core.pages import add_refusal, event_rows, paged
from fazhi.core.scoping import Purpose, get_visible_or_404, scope_of, visible
from fazhi.disputes import forms
from fazhi.disputes import litigation_actions as actions
from fazhi.disputes.models import LOSSES, WINS, CourtHearing, CourtSuggestion, Lawsuit


def proxy_reason(data: dict) -> str:
    """The proxy-entry reason of a form's cleaned data, "" unless the box is ticked."""
    ticked = data.pop("proxy", False)
    reason = data.pop("proxy_reason", "")
    return reason if ticked else ""


def _lawsuits(user):
    return visible(Lawsuit.objects.select_related("defendant"), user, Purpose.EDIT)


@login_required
def index(request):
    lawsuits = _lawsuits(request.user)
    page = paged(request, lawsuits)
    suggestions = visible(CourtSuggestion.objects.select_related("addressee"), request.user, Purpose.EDIT)
    return render(
        request,
        "disputes/lawsuits.html",
        {
            "page": page,
            "suggestions": paged(request, suggestions.filter(replied_on__isnull=True), param="suggestions"),
            "can_edit": not scope_of(request.user).is_empty(Purpose.EDIT),
        },
    )


@login_required
def export(request):
    header = [
        _("Court case number"),
        _("Defendant"),
        _("Court"),
        _("Complaint served on"),
        _("Outcome"),
        _("Closed on"),
    ]
    rows = (
        [s.court_case_number, s.defendant.name, s.court, s.served_on, s.get_outcome_display(), s.closed_on]
        for s in _lawsuits(request.user).iterator()
    )
    return xlsx_response("行政应诉案件.xlsx", _("Lawsuits"), header, rows)


@login_required
@require_http_methods(["GET", "POST"])
def create(request):
    form = forms.LawsuitForm(request.POST if request.method == "POST" else None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        reason = proxy_reason(data)
        try:
            lawsuit = actions.register_lawsuit(
                request.user, data.pop("defendant"), proxy_reason=reason, **data
            )
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            return redirect(lawsuit)
    return render(request, "core/form.html", {"form": form, "title": _("Register a lawsuit")})


@login_required
def detail(request, pk: int):
    lawsuit = get_visible_or_404(
        Lawsuit.objects.select_related("defendant"), request.user, Purpose.EDIT, pk=pk
    )
    return render(
        request,
        "disputes/lawsuit.html",
        {
            "lawsuit": lawsuit,
            "hearings": lawsuit.hearings.all(),
            "suggestions": lawsuit.suggestions.all(),
            "events": event_rows(request, lawsuit.events),
            "history": history_rows(request, lawsuit),
        },
    )


def _suggest(actor, lawsuit, **data):
    return actions.receive_suggestion(actor, lawsuit.defendant, lawsuit=lawsuit, **data)


STEPS = {
    "hearing": (forms.CourtHearingForm, actions.record_court_hearing, gettext_lazy("Record a court hearing")),
    "close": (forms.LawsuitCloseForm, actions.close_lawsuit, gettext_lazy("Record the outcome")),
    "suggestion": (forms.SuggestionForm, _suggest, gettext_lazy("Record a suggestion")),
}


@login_required
@require_http_methods(["GET", "POST"])
def step(request, pk: int, name: str):
    if name not in STEPS:
        raise Http404(_("The page does not exist, or you may not see it."))
    lawsuit = get_visible_or_404(
        Lawsuit.objects.select_related("defendant"), request.user, Purpose.EDIT, pk=pk
    )
    form_class, action, title = STEPS[name]
    form = form_class(request.POST if request.method == "POST" else None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        reason = proxy_reason(data)
        try:
            action(request.user, lawsuit, proxy_reason=reason, **data)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            return redirect(lawsuit)
    return render(request, "core/form.html", {"form": form, "title": title, "back": lawsuit})


@login_required
@require_http_methods(["GET", "POST"])
def reply(request, pk: int):
    suggestion = get_visible_or_404(CourtSuggestion.objects, request.user, Purpose.EDIT, pk=pk)
    form = forms.ReplyForm(request.POST if request.method == "POST" else None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        reason = proxy_reason(data)
        try:
            actions.reply_to_suggestion(request.user, suggestion, proxy_reason=reason, **data)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            return redirect("disputes:lawsuits")
    return render(request, "core/form.html", {"form": form, "title": _("Reply to the suggestion")})


@login_required
def statistics(request):
    """Hearings with the head present and lawsuits lost, per defendant: counts only."""
    hearings = visible(CourtHearing.objects.all(), request.user)
    appearance = (
        hearings.values("lawsuit__defendant__name")
        .annotate(total=Count("pk"), appeared=Count("pk", filter=Q(head_appeared=True)))
        .order_by("lawsuit__defendant__name")
    )
    lawsuits = visible(Lawsuit.objects.all(), request.user)
    outcomes = (
        lawsuits.values("defendant__name")
        .annotate(
            lost=Count("pk", filter=Q(outcome__in=sorted(LOSSES))),
            won=Count("pk", filter=Q(outcome__in=sorted(WINS))),
        )
        .order_by("defendant__name")
    )
    region = hearings.aggregate(total=Count("pk"), appeared=Count("pk", filter=Q(head_appeared=True)))
    return render(
        request,
        "disputes/lawsuit_statistics.html",
        {"appearance": appearance, "outcomes": outcomes, "region": region},
    )
