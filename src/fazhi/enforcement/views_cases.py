"""Case pages: the list, a case with its stages, process records, legal review, publicity and
transfers, and the forms of each step. Thin: the scoping helper, one action."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from fazhi.core.actions import ActionRefused
from fazhi.core.deadlines import local_today
from fazhi.core.exports import csv_response, xlsx_file_response
from fazhi.core.history import history_rows
from fazhi.core.pages import event_rows, paged
from fazhi.core.scoping import Purpose, can, get_visible_or_404, scope_of, visible
from fazhi.core.uploads import check_upload
from fazhi.enforcement import actions_cases, forms, rules
from fazhi.enforcement.importers import CaseImporter
from fazhi.enforcement.models import STAGE_ORDER, Case, CrimeTransfer, EnforcementBody, Publicity, Stage
from fazhi.enforcement.pages import excel_import, form_page, refuse_unless
from fazhi.org.offices import office_for

# Documents are kept here; audio and video stay in the body's own store and only their hash is recorded.
DOCUMENT_KINDS = ("pdf", "docx", "doc", "jpg", "png")


def _cases(request):
    form = forms.CaseFilterForm(request.GET or None)
    cases = visible(Case.objects.select_related("body"), request.user)
    if form.is_valid():
        data = form.cleaned_data
        if data["q"]:
            cases = cases.filter(
                Q(number__contains=data["q"])
                | Q(title__contains=data["q"])
                | Q(party_name__contains=data["q"])
            )
        if data["case_type"]:
            cases = cases.filter(case_type=data["case_type"])
        if data["stage"]:
            cases = cases.filter(stage=data["stage"])
    return form, cases.order_by("-filed_on", "-pk")


@login_required
def cases(request):
    form, cases = _cases(request)
    return render(
        request,
        "enforcement/cases.html",
        {
            "form": form,
            "page": paged(request, cases),
            "can_edit": not scope_of(request.user).is_empty(Purpose.EDIT),
        },
    )


@login_required
def cases_export(request):
    _form, cases = _cases(request)
    header = [
        _("Enforcement body"),
        _("Case number"),
        _("Case type"),
        _("Subject"),
        _("Party"),
        _("Stage"),
        _("Case filed on"),
        _("Decided on"),
        _("Case closed on"),
        _("Fine (yuan)"),
        _("Confiscation (yuan)"),
    ]
    rows = (
        [
            case.body.name,
            case.number,
            case.get_case_type_display(),
            case.title,
            "" if case.party_is_natural_person else case.party_name,
            case.get_stage_display(),
            case.filed_on,
            case.decided_on,
            case.closed_on,
            case.fine_amount,
            case.confiscation_amount,
        ]
        for case in cases.iterator(chunk_size=2000)
    )
    return csv_response("执法案件.csv", header, rows)


@login_required
@require_http_methods(["GET", "POST"])
def case_create(request, pk: int):
    body = get_visible_or_404(EnforcementBody.objects.select_related("organisation"), request.user, pk=pk)
    refuse_unless(can(request.user, Purpose.EDIT, body.organisation))
    form = forms.CaseForm(request.POST or None, user=request.user, body=body)
    return form_page(
        request,
        form,
        lambda data: actions_cases.open_case(request.user, body, **data),
        title=_("New enforcement case"),
        back=body,
        proxy=True,
        to_result=True,
    )


def _case(request, pk):
    return get_visible_or_404(Case.objects.select_related("body__organisation"), request.user, pk=pk)


@login_required
def case(request, pk: int):
    case = _case(request, pk)
    position = STAGE_ORDER.index(case.stage)
    next_stage = Stage(STAGE_ORDER[position + 1]) if position + 1 < len(STAGE_ORDER) else None
    publicity = Publicity.objects.filter(case=case).first()
    transfers = list(case.crime_transfers.all())
    return render(
        request,
        "enforcement/case.html",
        {
            "case": case,
            "stages": [(Stage(stage), case.stage_date(stage)) for stage in STAGE_ORDER],
            "next_stage": next_stage,
            "decision_due": rules.decision_deadline(case.filed_on).due,
            "officers": case.officers.all(),
            "records": case.process_records.order_by("sequence"),
            "reviews": case.legal_reviews.select_related("reviewer"),
            "publicity": publicity,
            "transfers": [(transfer, rules.transfer_clocks(transfer)) for transfer in transfers],
            "file_reviews": case.file_reviews.select_related("campaign"),
            "may_edit": can(request.user, Purpose.EDIT, case.body.organisation),
            "office": office_for(request.user),
            "today": local_today(),
            "events": event_rows(request, case.events),
            "history": history_rows(request, case),
        },
    )


def _editable(request, pk):
    case = _case(request, pk)
    refuse_unless(can(request.user, Purpose.EDIT, case.body.organisation))
    return case


@login_required
@require_http_methods(["GET", "POST"])
def case_advance(request, pk: int):
    case = _editable(request, pk)
    position = STAGE_ORDER.index(case.stage)
    refuse_unless(position + 1 < len(STAGE_ORDER), _("The case is closed."))
    stage = STAGE_ORDER[position + 1]
    form = forms.AdvanceForm(
        request.POST or None, user=request.user, case=case, initial={"on": local_today()}
    )

    def act(data):
        data["exemption"] = data.get("exemption") or None if "exemption" in data else None
        actions_cases.advance(
            request.user, case, stage=stage, **{k: v for k, v in data.items() if v is not None}
        )

    return form_page(request, form, act, title=Stage(stage).label, back=case, proxy=True, edits=case)


@login_required
@require_http_methods(["GET", "POST"])
def case_review(request, pk: int):
    case = _editable(request, pk)
    form = forms.LegalReviewForm(request.POST or None, user=request.user, case=case)
    return form_page(
        request,
        form,
        lambda data: actions_cases.review_decision(request.user, case, **data),
        title=_("Legal review"),
        back=case,
        proxy=True,
    )


@login_required
@require_http_methods(["GET", "POST"])
def case_record(request, pk: int):
    case = _editable(request, pk)
    form = forms.ProcessRecordForm(
        request.POST or None, request.FILES or None, user=request.user, initial={"stage": case.stage}
    )

    def act(data):
        upload = data.pop("upload")
        if upload is not None:
            try:
                check_upload(upload, kinds=DOCUMENT_KINDS)
            except ValidationError as refusal:
                raise ActionRefused(refusal.messages[0], field="upload") from None
        actions_cases.add_process_record(request.user, case, upload=upload, **data)

    return form_page(request, form, act, title=_("Add a process record"), back=case, proxy=True)


@login_required
@require_http_methods(["GET", "POST"])
def case_publish(request, pk: int):
    case = _editable(request, pk)
    publicity = get_visible_or_404(Publicity.objects, request.user, Purpose.EDIT, case=case)
    form = forms.PublishForm(request.POST or None, user=request.user, initial={"published_on": local_today()})
    return form_page(
        request,
        form,
        lambda data: actions_cases.publish(request.user, publicity, **data),
        title=_("Publish the decision"),
        back=case,
        proxy=True,
        edits=publicity,
    )


@login_required
@require_http_methods(["GET", "POST"])
def cases_import(request):
    return excel_import(
        request,
        CaseImporter(request.user),
        heading=_("Import cases"),
        done_url="enforcement:cases",
        template_url="enforcement:cases_import_template",
    )


@login_required
def cases_import_template(request):
    return xlsx_file_response("执法案件导入模板.xlsx", CaseImporter(request.user).template())


@login_required
@require_http_methods(["GET", "POST"])
def case_transfer(request, pk: int):
    """Report a suspected crime (行刑衔接): the clocks start."""
    case = _editable(request, pk)
    form = forms.TransferReportForm(
        request.POST or None, user=request.user, initial={"reported_on": local_today()}
    )
    return form_page(
        request,
        form,
        lambda data: actions_cases.report_suspected_crime(request.user, case, **data),
        title=_("Report a suspected crime"),
        back=case,
        proxy=True,
    )


@login_required
@require_http_methods(["GET", "POST"])
def transfer_step(request, pk: int):
    transfer = get_visible_or_404(
        CrimeTransfer.objects.select_related("case__body__organisation"), request.user, pk=pk
    )
    refuse_unless(can(request.user, Purpose.EDIT, transfer.case.body.organisation))
    form = forms.TransferStepForm(request.POST or None, user=request.user)

    def act(data):
        data["police_answer"] = data.get("police_answer") or None
        if data["procuratorate_suggestion"] == "":
            data["procuratorate_suggestion"] = None
        actions_cases.record_transfer(
            request.user, transfer, **{k: v for k, v in data.items() if v is not None or k == "proxy_reason"}
        )

    return form_page(
        request,
        form,
        act,
        title=_("Record the transfer's next step"),
        back=transfer.case,
        proxy=True,
        edits=transfer,
    )
