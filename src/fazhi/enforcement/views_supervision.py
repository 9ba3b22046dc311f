"""The office's supervision pages: case-file review campaigns, letters, complaints."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from fazhi.core.deadlines import local_today
from fazhi.core.exports import download_response
from fazhi.core.formatting import DOCX_CONTENT_TYPE
from fazhi.core.history import history_rows
from fazhi.core.pages import paged
from fazhi.core.scoping import (
    Purpose,
    can,
    get_visible_by_region_or_404,
    get_visible_or_404,
    visible,
    visible_by_region,
)
from fazhi.enforcement import actions_supervision as supervision
from fazhi.enforcement import forms
from fazhi.enforcement.letters import letter_docx, letter_filename
from fazhi.enforcement.models import Complaint, FileReview, ReviewCampaign, ReviewStandard, SupervisionLetter
from fazhi.enforcement.pages import form_page, refuse_unless
from fazhi.org.offices import office_for, require_office


@login_required
def campaigns(request):
    # A body sees the files of its own cases under review (file_reviews); the campaigns are the office's.
    campaigns = visible_by_region(ReviewCampaign.objects.select_related("standard"), request.user).order_by(
        "-year", "-pk"
    )
    files = visible(FileReview.objects.select_related("case__body", "campaign"), request.user).order_by("-pk")
    return render(
        request,
        "enforcement/campaigns.html",
        {
            "page": paged(request, campaigns),
            "files": paged(request, files, param="files"),
            "office": office_for(request.user),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def campaign_create(request):
    office = require_office(request.user)
    standards = ReviewStandard.objects.filter(region_code=office.region_code, is_current=True)
    form = forms.CampaignForm(request.POST or None, standards=standards, initial={"year": local_today().year})

    def act(data):
        # The first campaign of a region starts on the typical standard, which the office may then edit.
        data["standard"] = data["standard"] or supervision.create_standard(
            request.user, office, name=str(_("Case-file review standard")), year=data["year"]
        )
        supervision.start_campaign(request.user, office, **data)

    return form_page(request, form, act, title=_("New case-file review"), back="enforcement:campaigns")


@login_required
def campaign(request, pk: int):
    campaign = get_visible_by_region_or_404(
        ReviewCampaign.objects.select_related("standard", "office"), request.user, pk=pk
    )
    files = visible(campaign.file_reviews.select_related("case__body"), request.user)
    return render(
        request,
        "enforcement/campaign.html",
        {
            "campaign": campaign,
            "files": files,
            "redraw_matches": sorted(files.values_list("case_id", flat=True)) == supervision.redraw(campaign)
            if can(request.user, Purpose.REVIEW, campaign.office)
            else None,
            "history": history_rows(request, campaign),
        },
    )


def _file_review(request, pk, purpose=Purpose.READ):
    return get_visible_or_404(
        FileReview.objects.select_related("case__body__organisation", "campaign__standard"),
        request.user,
        purpose,
        pk=pk,
    )


@login_required
@require_http_methods(["GET", "POST"])
def file_score(request, pk: int):
    file_review = _file_review(request, pk, Purpose.REVIEW)
    require_office(request.user)
    form = forms.ScoreForm(
        request.POST or None, items=file_review.campaign.standard.items.filter(is_active=True)
    )

    def act(data):
        vetoed, deductions = form.scores()
        supervision.score_file(
            request.user, file_review, vetoed_items=vetoed, deductions=deductions, comments=data["comments"]
        )

    return form_page(
        request, form, act, title=_("Score the case file"), back=file_review.campaign, edits=file_review
    )


@login_required
@require_http_methods(["GET", "POST"])
def file_answer(request, pk: int):
    file_review = _file_review(request, pk)
    refuse_unless(can(request.user, Purpose.EDIT, file_review.case.body.organisation))
    form = forms.AnswerForm(request.POST or None, user=request.user)
    return form_page(
        request,
        form,
        lambda data: supervision.answer_review(request.user, file_review, **data),
        title=_("Answer the review"),
        back=file_review.case,
        proxy=True,
        edits=file_review,
    )


@login_required
def letters(request):
    letters = visible(SupervisionLetter.objects.select_related("body"), request.user).order_by(
        "-issued_on", "-pk"
    )
    return render(
        request,
        "enforcement/letters.html",
        {
            "page": paged(request, letters),
            "office": office_for(request.user),
            "today": local_today(),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def letter_create(request):
    office = require_office(request.user)
    form = forms.LetterForm(request.POST or None, user=request.user, initial={"issued_on": local_today()})

    def act(data):
        supervision.issue_letter(request.user, office, data.pop("body"), **data)

    return form_page(request, form, act, title=_("New supervision letter"), back="enforcement:letters")


def _letter(request, pk):
    return get_visible_or_404(
        SupervisionLetter.objects.select_related("body__organisation", "office"), request.user, pk=pk
    )


@login_required
def letter_docx_view(request, pk: int):
    letter = _letter(request, pk)
    return download_response(letter_docx(letter), DOCX_CONTENT_TYPE, letter_filename(letter))


@login_required
@require_http_methods(["GET", "POST"])
def letter_reply(request, pk: int):
    letter = _letter(request, pk)
    refuse_unless(can(request.user, Purpose.EDIT, letter.body.organisation))
    form = forms.ReplyForm(request.POST or None, user=request.user)
    return form_page(
        request,
        form,
        lambda data: supervision.reply_to_letter(request.user, letter, **data),
        title=_("Reply to the letter"),
        back="enforcement:letters",
        proxy=True,
        edits=letter,
    )


@login_required
def complaints(request):
    complaints = visible(Complaint.objects.select_related("body"), request.user, Purpose.REVIEW).order_by(
        "-received_on", "-pk"
    )
    return render(
        request,
        "enforcement/complaints.html",
        {
            "page": paged(request, complaints),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def complaint_create(request):
    require_office(request.user)
    form = forms.ComplaintForm(
        request.POST or None, user=request.user, initial={"received_on": local_today()}
    )

    def act(data):
        supervision.record_complaint(request.user, data.pop("body"), **data)

    return form_page(request, form, act, title=_("New complaint"), back="enforcement:complaints")


@login_required
@require_http_methods(["GET", "POST"])
def complaint_handle(request, pk: int):
    complaint = get_visible_or_404(
        Complaint.objects.select_related("body__organisation"), request.user, Purpose.REVIEW, pk=pk
    )
    require_office(request.user)
    form = forms.ComplaintOutcomeForm(request.POST or None)
    return form_page(
        request,
        form,
        lambda data: supervision.handle_complaint(request.user, complaint, **data),
        title=_("Handle the complaint"),
        back="enforcement:complaints",
        edits=complaint,
    )
