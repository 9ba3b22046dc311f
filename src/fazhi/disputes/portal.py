"""Public pages: published reconsideration decisions (2023 law Art. 79).

Only what the office published: the respondent, the act's kind, the outcome and
the published text, which the publishing action checked for the applicant's
name. Never the applicant's name or contacts.
"""

from __future__ import annotations

from django.shortcuts import get_object_or_404, render
from django.urls import path

from fazhi.core.pages import paged
from fazhi.core.public_region import region_filter
from fazhi.disputes.models import ReconsiderationCase

PUBLIC_FIELDS = (
    "pk",
    "case_number",
    "respondent__name",
    "act_kind",
    "outcome",
    "closed_on",
    "published_on",
    "published_text",
)


def published():
    return ReconsiderationCase.objects.filter(published_on__isnull=False).order_by("-published_on", "-pk")


def index(request):
    where = region_filter(request)
    page = paged(
        request,
        where.apply(published(), "respondent__region_code")
        .select_related("respondent")
        .only(*PUBLIC_FIELDS[1:-1]),
    )
    return render(
        request,
        "disputes/portal_index.html",
        {"page": page, "region_filter": where},
    )


def decision(request, pk: int):
    case = get_object_or_404(published().select_related("respondent").only(*PUBLIC_FIELDS[1:]), pk=pk)
    return render(request, "disputes/portal_decision.html", {"case": case})


urlpatterns = [
    path("", index, name="index"),
    path("<int:pk>/", decision, name="decision"),
]
