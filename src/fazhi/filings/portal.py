"""Public pages for published annual reports (督察规定 Art. 24): no login, published records only."""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import path
from django.utils.translation import gettext as _

from fazhi.core.deadlines import DeadlineStatus
from fazhi.core.pages import paged
from fazhi.core.public_region import region_filter
from fazhi.core.uploads import private_file_response
from fazhi.filings.models import AnnualReportFiling, FilingStatus


def _published():
    # The one choice the public gets: published filings, nothing else.
    return AnnualReportFiling.objects.filter(
        status=FilingStatus.PUBLISHED, current_version__isnull=False
    ).select_related("season", "organisation", "current_version")


def _published_or_404(pk: int) -> AnnualReportFiling:
    try:
        return _published().get(pk=pk)
    except AnnualReportFiling.DoesNotExist:
        raise Http404(_("The page does not exist, or you may not see it.")) from None


def _on_time(filing) -> bool:
    return filing.season.publication_deadline.status(done_on=filing.published_on) == DeadlineStatus.ON_TIME


def index(request):
    where = region_filter(request)
    filings = where.apply(_published()).order_by(
        "-season__year", "organisation__region_code", "organisation__sort_order"
    )
    years = sorted(set(_published().values_list("season__year", flat=True)), reverse=True)
    year = request.GET.get("year", "")
    if year.isdigit():
        filings = filings.filter(season__year=int(year))
    text = request.GET.get("q", "").strip()[:50]
    if text:
        filings = filings.filter(organisation__name__contains=text)
    page = paged(request, filings)
    rows = [(filing, _on_time(filing)) for filing in page]
    return render(
        request,
        "filings/portal_index.html",
        {
            "page": page,
            "rows": rows,
            "years": years,
            "year": year,
            "q": text,
            "region_filter": where,
        },
    )


def report(request, pk: int):
    filing = _published_or_404(pk)
    return render(
        request,
        "filings/portal_report.html",
        {"filing": filing, "text": filing.current_version.text, "on_time": _on_time(filing)},
    )


def report_file(request, pk: int):
    filing = _published_or_404(pk)
    version = filing.current_version
    if not version.file:
        response = HttpResponse(version.text, content_type="text/plain; charset=utf-8")
        response["Content-Disposition"] = "attachment; filename=report.txt"
        return response
    return private_file_response(version.file, version.download_name)


urlpatterns = [
    path("", index, name="index"),
    path("<int:pk>/", report, name="report"),
    path("<int:pk>/file/", report_file, name="report_file"),
]
