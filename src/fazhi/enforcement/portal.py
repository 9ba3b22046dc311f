"""Public pages (行政执法公示): the published bodies with their chain heads, and decisions published
within their display period. A natural person's name is masked once its shorter period is over;
a withdrawn decision is gone."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import path

from fazhi.core.deadlines import local_today
from fazhi.core.public_region import region_filter
from fazhi.enforcement import queries
from fazhi.enforcement.models import BodyStatus, EnforcementBody, Publicity

PAGE_SIZE = 50


def published_bodies():
    return EnforcementBody.objects.filter(
        status=BodyStatus.ACTIVE, published_on__isnull=False
    ).select_related("organisation")


def shown_publicity(today):
    return Publicity.objects.filter(
        published_on__isnull=False,
        published_on__lte=today,
        display_until__gte=today,
        withdrawn_on__isnull=True,
    ).select_related("case__body")


def masked(name: str) -> str:
    """张三 → 张*: the surname stays, as the usual publicity practice shows it."""
    return name[:1] + "*" * max(len(name) - 1, 1)


def party_shown(publicity: Publicity, today) -> str:
    case = publicity.case
    if case.party_is_natural_person and (
        publicity.name_shown_until is None or today > publicity.name_shown_until
    ):
        return masked(case.party_name)
    return case.party_name


def index(request):
    where = region_filter(request)
    bodies = queries.with_chain_head(where.apply(published_bodies())).order_by(
        "organisation__region_code", "name", "pk"
    )
    return render(
        request,
        "enforcement/portal_index.html",
        {
            "page": Paginator(bodies, PAGE_SIZE).get_page(request.GET.get("page")),
            "region_filter": where,
            "pager": where.query,
        },
    )


def publicity(request):
    today = local_today()
    where = region_filter(request)
    shown = where.apply(shown_publicity(today), "case__body__organisation__region_code")
    page = Paginator(shown.order_by("-published_on", "-pk"), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "enforcement/portal_publicity.html",
        {
            "page": page,
            "rows": [(item, party_shown(item, today)) for item in page],
            "region_filter": where,
            "pager": where.query,
        },
    )


urlpatterns = [
    path("", index, name="index"),
    path("decisions/", publicity, name="publicity"),
]
