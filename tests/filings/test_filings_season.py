"""Seasons: defaults from the rule, working-day deadlines, who may open and change them."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied

from fazhi.core.actions import ActionRefused
from fazhi.core.deadlines import DeadlineStatus
from fazhi.filings import actions
from fazhi.filings.models import FilingEvent, default_filing_due, default_publication_due


def test_default_deadlines_follow_the_working_day_calendar():
    # "Before 3-01": 2026-03-01 is a Sunday, and Saturday 2026-02-28 is an
    # adjusted workday (调休) of the Spring Festival schedule: it is the last working day.
    assert default_filing_due(2025) == dt.date(2026, 2, 28)
    # 2025-03-01 is a Saturday: back to Friday 2025-02-28.
    assert default_filing_due(2024) == dt.date(2025, 2, 28)
    # A leap year: 2024-02-29 is a Thursday.
    assert default_filing_due(2023) == dt.date(2024, 2, 29)
    # "Before 4-01" (Art. 24): 2026-03-31 is a Tuesday.
    assert default_publication_due(2025) == dt.date(2026, 3, 31)


def test_office_opens_a_season_with_the_default_units(season, government, office, unit_a, unit_b, evaluator):
    required = set(season.required_organisations.values_list("name", flat=True))
    # The government, its departments and streets; the law society (kind "other") does not report.
    assert required == {government.name, office.name, unit_a.name, unit_b.name}
    assert season.filing_due == dt.date(2026, 2, 28)
    assert season.requires_publication
    event = FilingEvent.objects.get(season=season, verb="open_season")
    assert event.actor.username == "reviewer"


def test_deadline_status_counts_working_days(season):
    deadline = season.filing_deadline
    assert deadline.status(done_on=dt.date(2026, 2, 28)) == DeadlineStatus.ON_TIME
    assert deadline.status(done_on=dt.date(2026, 3, 2)) == DeadlineStatus.LATE
    assert deadline.status(today=dt.date(2026, 3, 1)) == DeadlineStatus.OVERDUE
    # 2026-02-24 (Tue) to 02-28 (adjusted Saturday): 4 working days left -> not yet "due soon".
    assert deadline.status(today=dt.date(2026, 2, 24)) == DeadlineStatus.OPEN
    assert deadline.status(today=dt.date(2026, 2, 25)) == DeadlineStatus.DUE_SOON
    assert deadline.official


def test_one_season_per_year_and_region(season, reviewer):
    with pytest.raises(ActionRefused) as refusal:
        actions.open_season(reviewer, region_code="330521", year=2025)
    assert "已有" in refusal.value.message


@pytest.mark.parametrize("persona", ["filer_a", "leader_a", "evaluator", "outsider"])
def test_only_the_office_opens_a_season(request, persona, government):
    user = request.getfixturevalue(persona)
    with pytest.raises(PermissionDenied):
        actions.open_season(user, region_code="330521", year=2025)


def test_office_cannot_open_a_season_elsewhere(reviewer, elsewhere):
    with pytest.raises(PermissionDenied):
        actions.open_season(reviewer, region_code="510502", year=2025)


def test_office_edits_deadlines_and_units(season, reviewer, unit_a, government):
    actions.update_season(
        reviewer,
        season,
        filing_due=dt.date(2026, 1, 30),
        publication_due=dt.date(2026, 3, 31),
        requires_publication=True,
        required_organisations=[government, unit_a],
    )
    season.refresh_from_db()
    assert season.filing_due == dt.date(2026, 1, 30)
    assert set(season.required_organisations.all()) == {government, unit_a}
    event = FilingEvent.objects.get(season=season, verb="update_season")
    assert event.data["changed"]["filing_due"] == ["2026-02-28", "2026-01-30"]


def test_season_dates_are_checked(season, reviewer, unit_a, elsewhere):
    with pytest.raises(ActionRefused) as refusal:
        actions.update_season(
            reviewer,
            season,
            filing_due=dt.date(2026, 3, 31),
            publication_due=dt.date(2026, 2, 1),
            requires_publication=True,
            required_organisations=[unit_a],
        )
    assert refusal.value.message == "公开期限不能早于报送期限。"
    with pytest.raises(ActionRefused):
        actions.update_season(
            reviewer,
            season,
            filing_due=dt.date(2026, 2, 1),
            publication_due=dt.date(2026, 3, 31),
            requires_publication=True,
            required_organisations=[elsewhere],
        )
