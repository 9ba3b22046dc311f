"""Public pages (行政执法公示): the published bodies with their chain heads, and decisions published
within their display period. A natural person's name is masked once its shorter period is over;
a withdrawn decision is gone."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import path

from fazhi.core.deadlines import local_today
from fazhi.enforcement import queries
from fazhi.enforcement.models import BodyStatus, EnforcementBody
from fazhi.enforcement.queries import party_shown, shown_publicity

PAGE_SIZE = 50


def published_bodies():
    return EnforcementBody.objects.filter(
        status=BodyStatus.ACTIVE, published_on__isnull=False
    ).select_related("organisation")


def index(request):
    bodies = queries.with_chain_head(published_bodies()).order_by("organisation__region_code", "name", "pk")
    return render(
        request,
        "enforcement/portal_index.html",
        {"page": Paginator(bodies, PAGE_SIZE).get_page(request.GET.get("page"))},
    )


def publicity(request):
    today = local_today()
    page = Paginator(shown_publicity(today).order_by("-published_on", "-pk"), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "enforcement/portal_publicity.html",
        {"page": page, "rows": [(item, party_shown(item, today)) for item in page]},
    )


urlpatterns = [
    path("", index, name="index"),
    path("decisions/", publicity, name="publicity"),
]
