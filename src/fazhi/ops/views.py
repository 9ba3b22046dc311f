"""A user's own jobs: start an export, watch its progress, download the result.

A job belongs to the user who started it; anyone else gets 404. What the job
wrote was scoped to its requester when it ran (``tasks``).
"""

from __future__ import annotations

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from fazhi.core.deadlines import local_today
from fazhi.core.pages import paged
from fazhi.core.uploads import private_file_response
from fazhi.ops import tasks
from fazhi.ops.models import Job, JobStatus


@login_required
def index(request):
    jobs = paged(request, Job.objects.filter(requested_by=request.user).order_by("-created_at", "-id"))
    may_refresh = tasks.may_refresh_indicators(request.user)
    return render(
        request,
        "ops/jobs.html",
        {"jobs": jobs, "may_refresh": may_refresh, "refresh_form": RefreshForm() if may_refresh else None},
    )


class RefreshForm(forms.Form):
    year = forms.IntegerField(label=_("Year"), initial=lambda: local_today().year - 1)

    def clean_year(self):
        year = self.cleaned_data["year"]
        if not 2000 <= year <= local_today().year + 1:
            raise forms.ValidationError(_("The year %(year)s is out of range.") % {"year": year})
        return year


@login_required
@require_POST
def start_indicator_refresh(request):
    if not tasks.may_refresh_indicators(request.user):
        raise PermissionDenied
    form = RefreshForm(request.POST)
    if not form.is_valid():
        jobs = paged(request, Job.objects.filter(requested_by=request.user).order_by("-created_at", "-id"))
        return render(
            request, "ops/jobs.html", {"jobs": jobs, "may_refresh": True, "refresh_form": form}, status=400
        )
    job = tasks.start_indicator_refresh(request.user, form.cleaned_data["year"])
    return redirect("ops:detail", pk=job.pk)


@login_required
@require_POST
def start_indicator_values_export(request):
    job = tasks.start_indicator_values_export(request.user)
    return redirect("ops:detail", pk=job.pk)


def _own_job(request, pk: int) -> Job:
    return get_object_or_404(Job, pk=pk, requested_by=request.user)


@login_required
def detail(request, pk: int):
    return render(request, "ops/job.html", {"job": _own_job(request, pk)})


@login_required
def progress(request, pk: int):
    """The progress fragment the job page polls (htmx) until the job has finished."""
    return render(request, "ops/_progress.html", {"job": _own_job(request, pk)})


@login_required
def download(request, pk: int):
    job = _own_job(request, pk)
    if job.status != JobStatus.DONE or not job.result:
        raise Http404
    return private_file_response(job.result, job.result_name or job.result.name.rsplit("/", 1)[-1])
