"""Public pages. Nothing here uses the scoping helper: every query names the
published records it shows, and nothing a unit keeps to itself is reachable."""

from __future__ import annotations

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import defaults

from fazhi.catalog import indicators as catalog
from fazhi.core.deadlines import local_today
from fazhi.core.modules import Module, app_modules
from fazhi.core.opendata import datasets, public_region_or_404, public_regions
from fazhi.decisions.models import Decision
from fazhi.filings.models import AnnualReportFiling, FilingStatus
from fazhi.indicators import regional
from fazhi.normdocs.models import PUBLISHED_STATUSES, DocumentStatus, NormativeDocument
from fazhi.portal.charts import comparison_chart

# The public's name for each app's pages, where it says more than the app's own name.
PUBLIC_NAMES = {
    "filings": gettext_lazy("Annual reports on building a rule-of-law government"),
    "normdocs": gettext_lazy("Normative documents"),
    "decisions": gettext_lazy("Catalogue of major administrative decisions"),
    "enforcement": gettext_lazy("Enforcement publicity"),
    "inspections": gettext_lazy("Random inspection results"),
    "disputes": gettext_lazy("Published reconsideration decisions"),
    "education": gettext_lazy("Legal education publicity"),
}
# Apps whose records of the year a region's year page counts (``_sections``); the others are linked.
COUNTED = ("filings", "normdocs", "decisions")


def public_sections() -> list[Module]:
    """Each installed app that publishes (its ``portal.py``, found as fazhi.portal.urls mounts it)."""
    return [
        Module(
            config.label,
            PUBLIC_NAMES.get(config.label, config.verbose_name),
            "",
            namespace=f"{config.label}_portal",
        )
        for config, _module in app_modules("portal")
    ]


def home(request):
    regions = public_regions()
    years = regional.years_with_figures_by_region(region.code for region in regions)
    return render(
        request,
        "portal/home.html",
        {
            "sections": public_sections(),
            "regions": [(region, years.get(region.code, [])) for region in regions],
        },
    )


def region_home(request, region: str):
    """A region's address: its latest year with figures (last year before any are recorded)."""
    public_region_or_404(region)
    years = regional.years_with_figures(region)
    return redirect("portal:year", region=region, year=years[0] if years else local_today().year - 1)


def _by_area(figures, previous):
    names = catalog.areas()
    grouped: dict[str, list] = {}
    for figure in figures:
        last = previous.get(figure.code)
        grouped.setdefault(figure.area, []).append(
            {"figure": figure, "last": last, "change": regional.change(figure, last)}
        )
    return [(area, names[area], rows) for area, rows in grouped.items()]


def _sections(region: str, year: int) -> list[dict]:
    """The year's public records of the region, counted, each linking to its list."""
    reports = AnnualReportFiling.objects.filter(
        status=FilingStatus.PUBLISHED, organisation__region_code=region, season__year=year
    ).count()
    documents = NormativeDocument.objects.filter(
        status__in=PUBLISHED_STATUSES, organisation__region_code=region, issued_on__year=year
    )
    in_force = NormativeDocument.objects.filter(
        status=DocumentStatus.IN_FORCE, organisation__region_code=region
    )
    items = Decision.objects.filter(
        catalogue__published_on__isnull=False,
        catalogue__year=year,
        catalogue__organisation__region_code=region,
    ).count()
    return [
        {
            "name": _("Annual reports published"),
            "count": reports,
            "url": reverse("filings_portal:index") + f"?region={region}&year={year}",
        },
        {
            "name": _("Normative documents issued in the year"),
            "count": documents.count(),
            "url": reverse("normdocs_portal:index") + f"?region={region}",
            "extra": _("%(n)d in force today") % {"n": in_force.count()},
        },
        {
            "name": _("Items in the decision catalogues"),
            "count": items,
            "url": reverse("decisions_portal:index") + f"?region={region}",
        },
    ]


def year_page(request, region: str, year: int):
    """The region's year: headline figures with definitions and sources, against last year."""
    place = public_region_or_404(region)
    figures = regional.headline_figures(region, year)
    previous = {figure.code: figure for figure in regional.headline_figures(region, year - 1)}
    rates = [
        (figure.name, figure.value, previous[figure.code].value if figure.code in previous else None)
        for figure in figures
        if figure.unit == "%" and (figure.value is not None or previous.get(figure.code, None))
    ]
    chart = comparison_chart(
        rates,
        title=_("Rates in %(year)d and %(previous)d") % {"year": year, "previous": year - 1},
        legend=(str(year), str(year - 1)),
    )
    return render(
        request,
        "portal/year.html",
        {
            "portal_region": place,
            "year": year,
            "areas": _by_area(figures, previous),
            "chart": chart if rates else "",
            "sections": _sections(region, year),
            "other_sections": [s for s in public_sections() if s.code not in COUNTED],
            "years": regional.years_with_figures(region),
            "datasets": datasets(),
        },
    )


def page_not_found(request, exception=None):
    """The portal's 404 serves a citizen: back to the public pages, never to the login page."""
    if request.path.startswith("/portal/"):
        return render(request, "portal/404.html", status=404)
    return defaults.page_not_found(request, exception)
