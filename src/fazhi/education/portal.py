"""Public pages: legal-education events, demonstration villages and communities, and the
published 谁执法谁普法 responsibility lists (the 2017 opinion asks for them to be public)."""

from __future__ import annotations

from django.shortcuts import get_object_or_404, render
from django.urls import path

from fazhi.core.pages import paged
from fazhi.core.public_region import region_filter
from fazhi.education.models import Activity, ActivityKind, DemonstrationSite, ListStatus, ResponsibilityList


def published_lists():
    return ResponsibilityList.objects.filter(
        status__in=(ListStatus.PUBLISHED, ListStatus.REVIEWED), published_on__isnull=False
    ).select_related("organisation")


def index(request):
    where = region_filter(request)
    events = where.apply(Activity.objects.filter(kind=ActivityKind.CAMPAIGN)).select_related("organisation")
    return render(
        request,
        "education/portal_index.html",
        {
            "events": paged(request, events),
            "sites": paged(
                request, where.apply(DemonstrationSite.objects.select_related("organisation")), param="sites"
            ),
            "lists": paged(
                request,
                where.apply(published_lists()).order_by("-year", "organisation__sort_order", "id"),
                param="lists",
            ),
            "region_filter": where,
        },
    )


def responsibility_list(request, pk: int):
    return render(
        request, "education/portal_list.html", {"list": get_object_or_404(published_lists(), pk=pk)}
    )


urlpatterns = [
    path("", index, name="index"),
    path("lists/<int:pk>/", responsibility_list, name="list"),
]
