"""Reconsideration pages. Thin: look up through the scoping helper, call one action."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from fazhi.catalog import calendar
from fazhi.core.actions import ActionRefused
from fazhi.core.deadlines import local_today
from fazhi.core.exports import download_response, xlsx_file_response, xlsx_response
from fazhi.core.formatting import DOCX_CONTENT_TYPE
from fazhi.core.history import history_rows
from fazhi.core.pages import add_refusal, event_rows, import_page, paged
from fazhi.core.scoping import Purpose, can, get_visible_or_404, scope_of, visible
from fazhi.disputes import actions, clocks, documents, forms, queries
from fazhi.disputes.importers import ApplicationImporter
from fazhi.disputes.models import CASE_WORKFLOW, DECISIONS_ISSUED, CaseStatus, OpinionLetter, Outcome
from fazhi.org.naming import with_office
from fazhi.org.offices import require_office


def _cases(request):
    form = forms.CaseFilterForm(request.GET or None)
    cases = queries.cases_for(request.user).select_related("respondent")
    if form.is_valid():
        text = form.cleaned_data["q"]
        if text:
            cases = cases.filter(
                Q(case_number__contains=text)
                | Q(applicant_name__contains=text)
                | Q(respondent__name__contains=text)
                | Q(act_description__contains=text)
            )
        if form.cleaned_data["status"]:
            cases = cases.filter(status=form.cleaned_data["status"])
        if form.cleaned_data["overdue"]:
            cases = cases.filter(status__in=[CaseStatus.RECEIVED, CaseStatus.ACCEPTED]).filter(
                decision_due_on__lt=local_today()
            )
    return form, cases


@login_required
def index(request):
    form, cases = _cases(request)
    page = paged(request, cases)
    return render(
        request,
        "disputes/index.html",
        {
            "form": form,
            "page": page,
            "can_receive": not scope_of(request.user).is_empty(Purpose.REVIEW),
            "today": local_today(),
        },
    )


@login_required
def export(request):
    _form, cases = _cases(request)
    header = [
        _("Case number"),
        _("Respondent"),
        _("Applicant"),
        _("Act challenged"),
        _("Received on"),
        _("Accepted on"),
        _("Decision due"),
        _("Status"),
        _("Outcome"),
        _("Closed on"),
    ]
    rows = (
        [
            case.case_number,
            case.respondent.name,
            case.applicant_name,
            case.act_description,
            case.received_on,
            case.accepted_on,
            case.decision_due_on,
            case.get_status_display(),
            case.get_outcome_display(),
            case.closed_on,
        ]
        for case in cases.iterator()
    )
    return xlsx_response("行政复议案件.xlsx", _("Reconsideration cases"), header, rows)


@login_required
@require_http_methods(["GET", "POST"])
def receive(request):
    office = require_office(request.user)
    form = forms.ApplicationForm(request.POST if request.method == "POST" else None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            case = actions.receive_application(request.user, office=office, **form.cleaned_data)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            if case.status == CaseStatus.NOT_ACCEPTED:
                messages.warning(request, case.outcome_reasons)
            return redirect(case)
    return render(request, "core/form.html", {"form": form, "title": _("Receive an application")})


def _clock_rows(case, today):
    rows = []
    if case.acceptance_due_on:
        rows.append(
            (_("Acceptance review"), case.acceptance_due_on, case.accepted_on or case.not_accepted_on)
        )
    if case.accepted_on and case.status != CaseStatus.NOT_ACCEPTED:
        copy = clocks.copy_due(case.received_on, case.accepted_on, case.is_simplified)
        rows.append((_("Copy to the respondent"), copy.due, case.copy_sent_on))
    if case.copy_received_on:
        answer = clocks.answer_due(case.received_on, case.copy_received_on, case.is_simplified)
        rows.append((_("Respondent's answer"), answer.due, case.answer_received_on))
    if case.decision_due_on:
        rows.append((_("Decision"), case.decision_due_on, case.closed_on))
    return [
        {
            "label": label,
            "due": due,
            "done": done,
            "late": (done or today) > due,
            "working_days_left": None if done else calendar.working_days_between(today, due),
        }
        for label, due, done in rows
    ]


@login_required
def detail(request, pk: int):
    case = queries.case_or_404(request.user, pk)
    today = local_today()
    may_review = can(request.user, Purpose.REVIEW, case.respondent)
    return render(
        request,
        "disputes/detail.html",
        {
            "case": case,
            "clocks": _clock_rows(case, today),
            "deemed_accepted": case.status == CaseStatus.RECEIVED and today > case.acceptance_due_on,
            "transitions": CASE_WORKFLOW.available(
                request.user, state=case.status, organisation=case.respondent
            ),
            "may_review": may_review and case.is_open,
            "may_publish": may_review and case.outcome in DECISIONS_ISSUED and not case.published_on,
            "may_perform": case.outcome in DECISIONS_ISSUED
            and not case.performed_on
            and can(request.user, Purpose.EDIT, case.respondent),
            "hearings": case.hearings.all(),
            "suspensions": case.suspensions.all(),
            "letters": case.opinion_letters.all(),
            "documents": documents.TITLES,
            "events": event_rows(request, case.events),
            "history": history_rows(request, case),
        },
    )


def _accept(actor, case, *, confirm, **data):
    return actions.accept(actor, case, confirmed=confirm, **data)


def _perform(actor, case, *, proxy=False, proxy_reason="", **data):
    return actions.record_performance(actor, case, proxy_reason=proxy_reason if proxy else "", **data)


def _opinion(actor, case, **data):
    return actions.issue_opinion(actor, office=case.office, addressee=case.respondent, case=case, **data)


# name: (form, action, title)
STEPS = {
    "supplement": (forms.SupplementForm, actions.request_supplement, gettext_lazy("Request a supplement")),
    "supplement_received": (
        forms.SupplementReceivedForm,
        actions.receive_supplement,
        gettext_lazy("Record the supplement"),
    ),
    "deem_abandoned": (
        forms.AbandonedForm,
        actions.deem_abandoned,
        gettext_lazy("record the application as abandoned"),
    ),
    "accept": (forms.AcceptForm, _accept, gettext_lazy("Accept")),
    "not_accept": (forms.NotAcceptForm, actions.not_accept, gettext_lazy("Do not accept")),
    "copy": (forms.CopyForm, actions.send_copy, gettext_lazy("Send the copy to the respondent")),
    "answer": (forms.AnswerForm, actions.record_answer, gettext_lazy("Record the answer")),
    "hearing": (forms.HearingForm, actions.hold_hearing, gettext_lazy("Record a hearing")),
    "suspend": (forms.SuspendForm, actions.suspend, gettext_lazy("Suspend")),
    "resume": (forms.ResumeForm, actions.resume, gettext_lazy("Resume")),
    "extend": (forms.ExtendForm, actions.extend, gettext_lazy("Extend the decision period")),
    "close": (forms.CloseForm, actions.close, gettext_lazy("Close the case")),
    "perform": (forms.PerformForm, _perform, gettext_lazy("Record the performance")),
    "publish": (forms.PublishForm, actions.publish, gettext_lazy("Publish the reconsideration decision")),
    "opinion": (forms.OpinionForm, _opinion, gettext_lazy("Issue an opinion letter")),
}


@login_required
@require_http_methods(["GET", "POST"])
def step(request, pk: int, name: str):
    if name not in STEPS:
        raise Http404(_("The page does not exist, or you may not see it."))
    case = queries.case_or_404(request.user, pk)
    form_class, action, title = STEPS[name]
    data = request.POST if request.method == "POST" else None
    form = form_class(data, user=request.user) if name == "perform" else form_class(data)
    if request.method == "POST" and form.is_valid():
        try:
            action(request.user, case, **form.cleaned_data)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("Saved."))
            return redirect(case)
    return render(request, "core/form.html", {"form": form, "title": title, "back": case})


@login_required
def document(request, pk: int, kind: str):
    case = queries.case_or_404(request.user, pk)
    if not can(request.user, Purpose.REVIEW, case.respondent):
        raise PermissionDenied(with_office(_("Only %(office)s may do this.")))
    try:
        filename, data = documents.case_document(case, kind)
    except ActionRefused as refusal:
        raise Http404(refusal.message) from None
    return download_response(data, DOCX_CONTENT_TYPE, filename)


@login_required
def statistics(request):
    """Counts and rates only: the page evaluators see (no applicant, no case)."""
    cases = queries.counted_cases_for(request.user)
    counts = queries.case_counts(cases)
    return render(
        request,
        "disputes/statistics.html",
        {
            "counts": counts,
            "by_status": [(label, counts["by_status"].get(value, 0)) for value, label in CaseStatus.choices],
            "by_outcome": [(label, counts["by_outcome"].get(value, 0)) for value, label in Outcome.choices],
            "rates": queries.correction_rates(cases),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def report_correction(request, pk: int):
    """The addressee of an opinion letter reports what it corrected (2023 law Art. 76)."""
    letter = get_visible_or_404(
        OpinionLetter.objects.select_related("case"), request.user, Purpose.EDIT, pk=pk
    )
    form = forms.CorrectionReportForm(request.POST if request.method == "POST" else None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        reason = data.pop("proxy_reason", "") if data.pop("proxy", False) else ""
        data.pop("proxy_reason", None)
        try:
            actions.report_correction(request.user, letter, proxy_reason=reason, **data)
        except ActionRefused as refusal:
            add_refusal(form, refusal)
        else:
            messages.success(request, _("Saved."))
            return redirect("disputes:opinion_letters")
    return render(request, "core/form.html", {"form": form, "title": _("Report the correction")})


@login_required
def opinion_letters(request):
    """Opinion letters to the bodies the user acts for, with their correction reports."""
    letters = visible(OpinionLetter.objects.select_related("addressee", "case"), request.user, Purpose.EDIT)
    page = paged(request, letters)
    return render(request, "disputes/opinion_letters.html", {"page": page})


@login_required
@require_http_methods(["GET", "POST"])
def import_cases(request):
    office = require_office(request.user)
    return import_page(
        request,
        ApplicationImporter(request.user, office),
        template="disputes/import_cases.html",
        done_message=_("%(n)d rows imported."),
        done_url="disputes:index",
    )


@login_required
def import_cases_template(request):
    office = require_office(request.user)
    return xlsx_file_response(
        "行政复议案件导入模板.xlsx", ApplicationImporter(request.user, office).template()
    )
