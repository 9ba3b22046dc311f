"""Publication and season dates a reviewer types are checked (issue 11 §2)."""

from __future__ import annotations

import datetime as dt

import pytest

from fazhi.core.actions import ActionRefused
from fazhi.filings import actions
from fazhi.filings.models import AnnualReportFiling, FilingEvent, FilingStatus


def test_a_report_cannot_be_published_before_it_was_filed(submitted_a, reviewer, leader_a):
    filing = AnnualReportFiling.objects.get(pk=submitted_a.pk)
    filing.submitted_on = dt.date(2026, 2, 27)
    filing.save(update_fields=["submitted_on"])
    events = FilingEvent.objects.count()
    with pytest.raises(ActionRefused) as refused:
        actions.accept_filing(reviewer, filing, publish_on=dt.date(2026, 1, 5))
    assert refused.value.field == "published_on" and "2026-02-27" in refused.value.message
    filing.refresh_from_db()
    assert filing.status == FilingStatus.SUBMITTED and FilingEvent.objects.count() == events
    accepted = actions.accept_filing(reviewer, filing)
    with pytest.raises(ActionRefused):
        actions.publish_filing(reviewer, accepted, published_on=dt.date(2026, 2, 26))
    published = actions.publish_filing(reviewer, accepted, published_on=dt.date(2026, 2, 27))
    assert published.published_on == dt.date(2026, 2, 27)


def test_a_season_deadline_in_year_9999_is_refused(season, reviewer):
    with pytest.raises(ActionRefused) as refused:
        actions.update_season(
            reviewer,
            season,
            filing_due=dt.date(2026, 2, 27),
            publication_due=dt.date(9999, 12, 31),
            requires_publication=True,
            required_organisations=[],
        )
    assert refused.value.field == "publication_due"


@pytest.mark.parametrize("year", [1, 20000])
def test_a_season_for_an_absurd_year_is_refused(reviewer, unit_a, year):
    with pytest.raises(ActionRefused) as refused:
        actions.open_season(reviewer, region_code="330521", year=year)
    assert refused.value.field == "year"
