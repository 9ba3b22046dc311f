"""Indicator provider: leadership.annual_reports_on_time — of the units required to report for the
period's year (the season of the organisation's region), those that signed off by the filing
deadline and, where publication is required, published by the publication deadline; for the
organisation and everything below it. Assessment item 9.1 reads it through the indicators app."""

from __future__ import annotations

from django.db.models import F, Q

from fazhi.core.providers import Measurement, Period, rate, subtree_ids
from fazhi.filings.models import AnnualReportFiling, FilingSeason

DEFINITION = "按期签发报送且按期公开年度报告的单位数 ÷ 应报送单位数"


def annual_reports_on_time(organisation, period: Period) -> Measurement | None:
    season = FilingSeason.objects.filter(region_code=organisation.region_code, year=period.start.year).first()
    if season is None:
        return None
    required = season.required_organisations.filter(pk__in=subtree_ids(organisation)).values("pk")
    on_time = Q(submitted_on__lte=F("season__filing_due"))
    if season.requires_publication:
        on_time &= Q(published_on__lte=F("season__publication_due"))
    done = AnnualReportFiling.objects.filter(season=season, organisation__in=required).filter(on_time).count()
    return rate(done, required.count(), DEFINITION)


PROVIDERS = {"leadership.annual_reports_on_time": annual_reports_on_time}
