"""Public pages (一公开): plans with their draws, published results, and the draw verifier where
anyone uploads the published files and sees whether they match."""

from __future__ import annotations

from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import path
from django.views.decorators.http import require_http_methods

from fazhi.core.pages import paged
from fazhi.core.public_region import region_filter
from fazhi.inspections import forms, published
from fazhi.inspections.models import Draw, Plan, Task


def _plans():
    """Plans with a draw: the commitment is public from the moment it is made."""
    return (
        Plan.objects.filter(draws__isnull=False)
        .distinct()
        .select_related("organisation")
        .annotate(
            published_results=Count(
                "draws__tasks", filter=Q(draws__tasks__published_on__isnull=False), distinct=True
            )
        )
        .order_by("-starts_on", "-id")
    )


def index(request):
    where = region_filter(request)
    page = paged(request, where.apply(_plans()))
    return render(
        request,
        "inspections/portal_index.html",
        {"page": page, "region_filter": where},
    )


def plan(request, pk: int):
    plan = get_object_or_404(_plans(), pk=pk)
    tasks = (
        Task.objects.filter(draw__plan=plan, published_on__isnull=False)
        .select_related("entity", "draw")
        .order_by("draw_id", "position")
    )
    page = paged(request, tasks)
    return render(
        request,
        "inspections/portal_plan.html",
        {"plan": plan, "draws": plan.draws.all(), "page": page, "partners": plan.partners.all()},
    )


@require_http_methods(["GET", "POST"])
def draw(request, pk: int):
    draw = get_object_or_404(published.published_draws(), pk=pk)
    form = forms.VerifyForm(request.POST or None, request.FILES or None)
    verification = problems = None
    if request.method == "POST" and form.is_valid():
        files = form.cleaned_data
        verification = published.verify_draw(
            draw,
            files["snapshot"].read(),
            files["seed"].read().decode("utf-8", errors="replace"),
            files["result"].read(),
        )
        problems = published.problem_messages(verification)
    return render(
        request,
        "inspections/portal_draw.html",
        {"draw": draw, "form": form, "verification": verification, "problems": problems},
    )


def draw_file(request, pk: int, name: str):
    from fazhi.inspections.views import file_response

    if name not in ("snapshot", "seed", "result"):
        raise Http404
    return file_response(get_object_or_404(Draw.objects.all(), pk=pk), name)


urlpatterns = [
    path("", index, name="index"),
    path("plans/<int:pk>/", plan, name="plan"),
    path("draws/<int:pk>/", draw, name="draw"),
    path("draws/<int:pk>/<str:name>/", draw_file, name="draw_file"),
]
