"""Peer benchmark pages: sets, bulk upload, the comparison (table and SVG chart), a report's text."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from fazhi.core.actions import ActionRefused
from fazhi.core.pages import paged
from fazhi.core.scoping import Purpose, get_visible_by_region_or_404, visible_by_region
from fazhi.filings import actions_benchmark, benchmark
from fazhi.filings.models import BenchmarkSet, FilingStatus, ReportFact
from fazhi.org.naming import with_office, with_office_lazy
from fazhi.org.offices import office_for, require_office

# Office and evaluators read benchmarks (SCORE reaches their region); units do not.
READ_PURPOSE = Purpose.SCORE


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class BenchmarkSetForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("name"), max_length=100)


class BenchmarkUploadForm(forms.Form):
    files = forms.FileField(
        label=gettext_lazy("Published reports (docx, pdf, html, txt) or zip archives"),
        widget=MultipleFileInput,
        required=False,
    )


def _set(request, pk: int, purpose: Purpose = READ_PURPOSE) -> BenchmarkSet:
    return get_visible_by_region_or_404(BenchmarkSet.objects, request.user, purpose, pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
def benchmarks(request):
    # Counted in the query, a page at a time: one query for the page, however many sets a region keeps.
    sets = visible_by_region(
        BenchmarkSet.objects.annotate(report_count=Count("reports")).order_by("-created_at", "-id"),
        request.user,
        READ_PURPOSE,
    )
    form = BenchmarkSetForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        office = require_office(
            request.user, with_office(_("Only %(office)s of this region may manage its filing season."))
        )
        try:
            created = actions_benchmark.create_benchmark_set(
                request.user, region_code=office.region_code, name=form.cleaned_data["name"]
            )
        except ActionRefused as refusal:
            form.add_error(None, refusal.message)
        else:
            return redirect(created)
    return render(
        request,
        "filings/benchmarks.html",
        {
            "sets": paged(request, sets),
            "form": form,
            "can_create": office_for(request.user) is not None,
            # Who makes the sets, for those who only read them (an evaluator's empty list says whom to ask);
            # lazy: the office's name is looked up only where an empty list shows it.
            "made_by": with_office_lazy(
                gettext_lazy("%(office)s makes the benchmark sets; they show here once made.")
            ),
        },
    )


def _own_rows(benchmark_set, codes):
    """The own region's government report numbers, accepted through the filing flow."""
    facts = ReportFact.objects.filter(
        organisation__region_code=benchmark_set.region_code,
        organisation__kind="government",
        indicator__in=codes,
        filing__status__in=[FilingStatus.ACCEPTED, FilingStatus.PUBLISHED],
    ).select_related("organisation", "filing")
    rows: dict[int, benchmark.ComparisonRow] = {}
    for fact in facts:
        row = rows.setdefault(
            fact.year,
            benchmark.ComparisonRow(benchmark_set.region_code, fact.organisation.name, fact.year, True, {}),
        )
        row.cells.setdefault(
            fact.indicator,
            benchmark.Cell(fact.value, fact.unit, fact.evidence, fact.filing.get_absolute_url() + "#facts"),
        )
    return list(rows.values())


@login_required
@require_http_methods(["GET", "POST"])
def benchmark_detail(request, pk: int):
    benchmark_set = _set(request, pk)
    upload_form = BenchmarkUploadForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST":
        uploads = [
            (f.name, f.read(benchmark.MAX_ARCHIVE_UPLOAD_BYTES + 1)) for f in request.FILES.getlist("files")
        ]
        try:
            result = actions_benchmark.add_benchmark_reports(request.user, benchmark_set, uploads)
        except ActionRefused as refusal:
            upload_form.add_error(None, refusal.message)
        else:
            messages.success(request, _("%(n)d reports read and added.") % {"n": len(result.added)})
            upload_form = BenchmarkUploadForm()  # done: no "no file submitted" under the success
    choices = benchmark.available_codes(benchmark_set)
    known = {code for code, _name in choices}
    codes = [c for c in request.GET.getlist("indicator") if c in known] or [
        code for code, _name in choices[:3]
    ]
    rows = benchmark.comparison(benchmark_set, codes, _own_rows(benchmark_set, codes))
    names = dict(choices)
    charts = [mark_safe(benchmark.bar_chart_svg(names.get(code, code), rows, code)) for code in codes]  # noqa: S308 -- labels escaped in bar_chart_svg
    return render(
        request,
        "filings/benchmark.html",
        {
            "set": benchmark_set,
            "upload_form": upload_form,
            "result": result,
            "choices": choices,
            "codes": codes,
            "names": [names.get(c, c) for c in codes],
            "rows": rows,
            "charts": charts,
            "reports": benchmark_set.reports.all(),
            "can_upload": visible_by_region(
                BenchmarkSet.objects.filter(pk=pk), request.user, Purpose.REVIEW
            ).exists(),
        },
    )


@login_required
def benchmark_report(request, pk: int, report_pk: int):
    benchmark_set = _set(request, pk)
    report = benchmark_set.reports.filter(pk=report_pk).first()
    if report is None:
        raise Http404(_("The page does not exist, or you may not see it."))
    text = report.reading.get("text", "")
    facts = report.reading.get("facts") or []
    # The text cut at each fact's sentence, so the template can mark and anchor it.
    pieces, position = [], 0
    for index, fact in sorted(enumerate(facts), key=lambda item: item[1]["evidence"]["start"]):
        start, end = fact["evidence"]["start"], fact["evidence"]["end"]
        if start < position:
            continue
        pieces.append((text[position:start], None, None))
        pieces.append((text[start:end], index, fact))
        position = end
    pieces.append((text[position:], None, None))
    return render(
        request, "filings/benchmark_report.html", {"set": benchmark_set, "report": report, "pieces": pieces}
    )
