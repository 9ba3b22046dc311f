"""Public pages: published decision catalogues (with adjustments) and open calls for comment."""

from __future__ import annotations

from django.shortcuts import get_object_or_404, render
from django.urls import path

from fazhi.core.deadlines import local_today
from fazhi.decisions import rules
from fazhi.decisions.models import Catalogue, Procedure, ProcedureKind


def published():
    return Catalogue.objects.filter(published_on__isnull=False).select_related("organisation")


def index(request):
    today = local_today()
    calls = (Procedure.objects.filter(kind=ProcedureKind.PUBLIC_PARTICIPATION, ended_on__gte=today,
                                      started_on__lte=today, decision__catalogue__published_on__isnull=False,
                                      decision__status="planned")
             .select_related("decision", "decision__organisation").order_by("ended_on"))
    return render(request, "decisions/portal_index.html", {"catalogues": published(), "calls": calls})


def catalogue(request, pk: int):
    catalogue = get_object_or_404(published(), pk=pk)
    items = catalogue.decisions.select_related("organisation", "merged_into")
    return render(request, "decisions/portal_catalogue.html", {
        "catalogue": catalogue, "items": items, "counts": rules.catalogue_counts(catalogue),
        "adjusted": [item for item in items if item.is_added_later or item.status in ("merged", "removed")]})


urlpatterns = [
    path("", index, name="index"),
    path("<int:pk>/", catalogue, name="catalogue"),
]
