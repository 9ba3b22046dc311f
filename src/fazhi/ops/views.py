"""A user's own jobs: start an export, watch its progress, download the result.

A job belongs to the user who started it; anyone else gets 404. What the job
wrote was scoped to its requester when it ran (``tasks``).
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from fazhi.core.uploads import private_file_response
from fazhi.ops import tasks
from fazhi.ops.models import Job, JobStatus

RECENT_JOBS = 20


@login_required
def index(request):
    jobs = Job.objects.filter(requested_by=request.user)[:RECENT_JOBS]
    return render(request, "ops/jobs.html", {"jobs": jobs})


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
