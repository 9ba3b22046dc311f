"""Public pages: published decision catalogues (with adjustments) and open calls for comment."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import path

from fazhi.core.deadlines import local_today
from fazhi.core.pages import paged
from fazhi.core.public_region import region_filter
from fazhi.decisions import rules
from fazhi.decisions.models import (
    IN_CATALOGUE,
    CallState,
    Catalogue,
    Procedure,
    ProcedureKind,
    calls_in_state,
)


def published():
    return Catalogue.objects.filter(published_on__isnull=False).select_related("organisation")


def _days_left(call: Procedure, today) -> int:
    """Calendar days after today still open for comment: 0 on the last day."""
    return (call.ended_on - today).days


def index(request):
    today = local_today()
    where = region_filter(request)
    calls = (
        where.apply(calls_in_state(CallState.OPEN, today), "decision__organisation__region_code")
        .filter(decision__catalogue__published_on__isnull=False)
        .select_related("decision", "decision__organisation")
        .order_by("ended_on", "pk")
    )
    return render(
        request,
        "decisions/portal_index.html",
        {
            "catalogues": paged(request, where.apply(published()), param="catalogues"),
            "region_filter": where,
            "calls": [(call, _days_left(call, today)) for call in calls],
        },
    )


def call(request, pk: int):
    """One call for comment: the documents published with it and how to comment, once it has started."""
    today = local_today()
    call = get_object_or_404(
        Procedure.objects.select_related("decision", "decision__organisation", "decision__catalogue"),
        pk=pk,
        kind=ProcedureKind.PUBLIC_PARTICIPATION,
        decision__catalogue__published_on__isnull=False,
        decision__status__in=IN_CATALOGUE,
        started_on__lte=today,
    )
    if not call.how_to_comment:
        raise Http404  # a past consultation entered afterwards, never published here as a call
    return render(
        request,
        "decisions/portal_call.html",
        {"call": call, "is_open": call.is_open_on(today), "days_left": _days_left(call, today)},
    )


def catalogue(request, pk: int):
    catalogue = get_object_or_404(published(), pk=pk)
    items = catalogue.decisions.select_related("organisation", "merged_into")
    return render(
        request,
        "decisions/portal_catalogue.html",
        {
            "catalogue": catalogue,
            "items": items,
            "counts": rules.catalogue_counts(catalogue),
            "adjusted": [
                item for item in items if item.is_added_later or item.status in ("merged", "removed")
            ],
        },
    )


urlpatterns = [
    path("", index, name="index"),
    path("<int:pk>/", catalogue, name="catalogue"),
    path("calls/<int:pk>/", call, name="call"),
]
