"""Item 9.1 (按时报送并公开年度报告) is scored from the filings indicator, not by hand (issue 11 §7)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from fazhi.assessment import actions, actions_schemes
from fazhi.assessment.defaults import default_scheme
from fazhi.assessment.models import RuleKind
from fazhi.filings.models import AnnualReportFiling, FilingSeason
from fazhi.indicators.actions import refresh

from .conftest import REGION

pytestmark = pytest.mark.django_db
CODE = "leadership.annual_reports_on_time"


def test_the_default_schemes_item_9_1_reads_the_indicator():
    items = [item for area in default_scheme(2025)["areas"] for item in area["items"]]
    item = next(item for item in items if item["number"] == "9.1")
    assert item["kind"] == RuleKind.THRESHOLD and item["indicator_code"] == CODE and item["target"] == 100


def test_9_1_scores_full_for_a_unit_on_time_and_nothing_for_a_late_one(opened, reviewer, unit_a, unit_b):
    season = FilingSeason.objects.create(
        region_code=REGION, year=2025, filing_due=dt.date(2026, 1, 31), publication_due=dt.date(2026, 3, 31)
    )
    season.required_organisations.add(unit_a, unit_b)
    AnnualReportFiling.objects.create(
        season=season,
        organisation=unit_a,
        submitted_on=dt.date(2026, 1, 20),
        published_on=dt.date(2026, 3, 1),
    )
    AnnualReportFiling.objects.create(
        season=season,
        organisation=unit_b,
        submitted_on=dt.date(2026, 2, 20),
        published_on=dt.date(2026, 3, 1),
    )
    refresh(2025, organisations=[unit_a, unit_b])
    on_time = actions.compute(reviewer, opened[unit_a]).scores.get(item__number="9.1")
    late = actions.compute(reviewer, opened[unit_b]).scores.get(item__number="9.1")
    assert on_time.computed_points == D("6.00") and on_time.indicator_value.code == CODE
    assert on_time.indicator_value.source == "computed" and "100" in on_time.computation
    assert late.computed_points == D("0.00") and late.indicator_value.value == 0


def test_9_1_is_not_judged_by_hand(opened, reviewer, unit_a):
    from fazhi.core.actions import ActionRefused

    with pytest.raises(ActionRefused) as refusal:
        actions.judge(reviewer, opened[unit_a].scores.get(item__number="9.1"), passed=True, reason="已公开")
    assert "指标" in refusal.value.message


def test_an_imported_scheme_judging_the_annual_report_by_hand_gets_the_indicator(reviewer):
    data = default_scheme(2026)
    for area in data["areas"]:
        for item in area["items"]:
            if item["number"] == "9.1":
                item.update(
                    kind="judged", indicator_code="", target=None, title="按期报送、公开年度法治政府建设报告"
                )
    scheme = actions_schemes.create_scheme(reviewer, REGION, data)
    item = scheme.areas.get(code="leadership").items.get(number="9.1")
    assert item.kind == RuleKind.THRESHOLD and item.indicator_code == CODE and item.target == 100
    judged = scheme.areas.get(code="enforcement").items.get(number="4.3")
    assert judged.kind == RuleKind.JUDGED  # other judged items stay judged
