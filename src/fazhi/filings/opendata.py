"""Open data of annual reports: the published ones, by report year (see core.opendata)."""

from __future__ import annotations

from collections.abc import Iterator

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from fazhi.core.deadlines import DeadlineStatus
from fazhi.core.opendata import (
    BOOLEAN,
    DATE,
    INTEGER,
    TEXT,
    Dataset,
    Field,
    codes_of,
    date_text,
)
from fazhi.filings.models import AnnualReportFiling, FilingStatus
from fazhi.org.models import OrganisationKind


def annual_report_rows(region: str, year: int) -> Iterator[dict]:
    filings = (
        AnnualReportFiling.objects.filter(
            status=FilingStatus.PUBLISHED,
            current_version__isnull=False,
            organisation__region_code=region,
            season__year=year,
        )
        .select_related("season", "organisation")
        .order_by("organisation__sort_order", "organisation__pk")
    )
    for filing in filings.iterator(chunk_size=500):
        deadline = filing.season.publication_deadline
        yield {
            "organisation": filing.organisation.name,
            "organisation_kind": filing.organisation.kind,
            "report_year": filing.season.year,
            "published_on": date_text(filing.published_on),
            "published_on_time": deadline.status(done_on=filing.published_on) == DeadlineStatus.ON_TIME,
            "page": reverse("filings_portal:report", args=[filing.pk]),
        }


PAGE = Field("page", TEXT, _("page on the portal"))

DATASETS = (
    Dataset(
        "annual-reports",
        _("Published annual reports"),
        _("Annual reports on building a rule-of-law government published by the government and its units."),
        (
            Field("organisation", TEXT, _("organisation")),
            Field("organisation_kind", TEXT, _("kind"), codes=codes_of(OrganisationKind)),
            Field("report_year", INTEGER, _("report year")),
            Field("published_on", DATE, _("published on")),
            Field("published_on_time", BOOLEAN, _("published on time")),
            PAGE,
        ),
        annual_report_rows,
    ),
)
