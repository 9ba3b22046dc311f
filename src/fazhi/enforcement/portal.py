"""Public pages (行政执法公示): the published bodies with their chain heads, and decisions published
within their display period. A natural person's name is masked once its shorter period is over;
a withdrawn decision is gone."""

from __future__ import annotations

from django.shortcuts import render
from django.urls import path

from fazhi.core.deadlines import local_today
from fazhi.core.pages import paged
from fazhi.core.public_region import region_filter
from fazhi.enforcement import queries
from fazhi.enforcement.models import BodyStatus, EnforcementBody, TypicalCase
from fazhi.enforcement.queries import party_shown, shown_publicity


def published_bodies():
    return EnforcementBody.objects.filter(
        status=BodyStatus.ACTIVE, published_on__isnull=False
    ).select_related("organisation")


def index(request):
    where = region_filter(request)
    bodies = queries.with_chain_head(where.apply(published_bodies())).order_by(
        "organisation__region_code", "name", "pk"
    )
    return render(
        request,
        "enforcement/portal_index.html",
        {
            "page": paged(request, bodies),
            "region_filter": where,
        },
    )


def publicity(request):
    today = local_today()
    where = region_filter(request)
    shown = where.apply(shown_publicity(today), "case__body__organisation__region_code")
    page = paged(request, shown.order_by("-published_on", "-pk"))
    return render(
        request,
        "enforcement/portal_publicity.html",
        {
            "page": page,
            "rows": [(item, party_shown(item, today)) for item in page],
            "region_filter": where,
        },
    )


def typical_cases(request):
    """Typical cases whose decision is on show: the office's summary, no party or officer names."""
    shown = shown_publicity(local_today()).values("case_id")
    typical = (
        TypicalCase.objects.filter(case_id__in=shown)
        .select_related("case__body")
        .order_by("-marked_on", "-pk")
    )
    return render(
        request,
        "enforcement/portal_typical.html",
        {"page": paged(request, typical)},
    )


urlpatterns = [
    path("", index, name="index"),
    path("decisions/", publicity, name="publicity"),
    path("typical/", typical_cases, name="typical_cases"),
]
