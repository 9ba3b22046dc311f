"""Public list of normative documents (规范性文件): number, title, issuer, dates, status, official text.

Only issued documents are shown, chosen explicitly by status; drafts never are, nor their files.
"""

from __future__ import annotations

from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import path

from fazhi.core.pages import paged
from fazhi.core.public_region import region_filter
from fazhi.core.uploads import private_file_response
from fazhi.normdocs.models import PUBLISHED_STATUSES, DocumentStatus, NormativeDocument


def published():
    return NormativeDocument.objects.filter(status__in=PUBLISHED_STATUSES).select_related("organisation")


def index(request):
    where = region_filter(request)
    documents = where.apply(published())
    status = request.GET.get("status", "")
    if status in {s.value for s in PUBLISHED_STATUSES}:
        documents = documents.filter(status=status)
    text = request.GET.get("q", "").strip()[:50]
    if text:
        documents = documents.filter(Q(title__contains=text) | Q(document_number__contains=text))
    page = paged(request, documents.order_by("-issued_on", "-id"))
    statuses = [(s.value, s.label) for s in PUBLISHED_STATUSES]
    return render(
        request,
        "normdocs/portal_index.html",
        {
            "page": page,
            "statuses": statuses,
            "status": status,
            "q": text,
            "region_filter": where,
        },
    )


def detail(request, pk: int):
    document = get_object_or_404(published(), pk=pk)
    return render(
        request,
        "normdocs/portal_detail.html",
        {
            "document": document,
            "in_force": document.status == DocumentStatus.IN_FORCE,
            "cleanups": document.cleanup_decisions.select_related("campaign"),
        },
    )


def official_text(request, pk: int):
    """The official text of a published document; a draft's or a not yet issued document's is a 404."""
    document = get_object_or_404(published(), pk=pk)
    if not document.official_text:
        raise Http404
    return private_file_response(document.official_text, document.official_text_name)


urlpatterns = [
    path("", index, name="index"),
    path("<int:pk>/", detail, name="detail"),
    path("<int:pk>/text/", official_text, name="official_text"),
]
