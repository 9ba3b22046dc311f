"""The year page's figures against hand counts, its header, and the portal's 404."""

from __future__ import annotations

from decimal import Decimal

import pytest

from fazhi.core.providers import Period
from fazhi.indicators.actions import record_value
from fazhi.indicators.regional import headline_figures

YEAR = 2025


def figure(region, code, year=YEAR):
    return next(f for f in headline_figures(region, year) if f.code == code)


@pytest.fixture
def values(reviewer, unit_a, unit_b, government):
    period = Period.year(YEAR)
    rate = "enforcement.random_plan_completion_rate"
    # 3 of 4 and 1 of 16: the region did 4 of 20, 20 %, not the mean of 75 % and 6.25 %.
    record_value(
        reviewer, unit_a, rate, period, "75", "manual", numerator=3, denominator=4, definition="完成数÷计划数"
    )
    record_value(
        reviewer,
        unit_b,
        rate,
        period,
        "6.25",
        "manual",
        numerator=1,
        denominator=16,
        definition="完成数÷计划数",
    )
    record_value(reviewer, unit_a, "education.activities", period, "7", "manual")
    record_value(reviewer, unit_b, "education.activities", period, "5", "manual")
    record_value(reviewer, unit_a, "education.activities", Period.year(YEAR - 1), "9", "manual")
    # The government's own figure wins over the units' total.
    record_value(reviewer, unit_a, "oversight.hotline_requests", period, "10", "manual")
    record_value(
        reviewer, government, "oversight.hotline_requests", period, "52000", "import", source_system="hotline"
    )
    return unit_a.region_code


def test_a_rate_is_the_units_numerators_over_their_denominators(values):
    rate = figure(values, "enforcement.random_plan_completion_rate")
    assert (rate.numerator, rate.denominator, rate.value) == (Decimal(4), Decimal(20), Decimal(20))
    assert rate.definition == "完成数÷计划数"
    assert rate.units_counted == 2


def test_a_count_is_summed_and_the_government_figure_wins(values):
    assert figure(values, "education.activities").value == 12
    assert figure(values, "education.activities", YEAR - 1).value == 9
    hotline = figure(values, "oversight.hotline_requests")
    assert hotline.value == 52000 and hotline.units_counted == 0
    assert hotline.source == "德清县人民政府：Excel 导入（12345热线）"


def test_a_rate_without_parts_from_a_unit_is_not_averaged(values, reviewer, government, office):
    record_value(
        reviewer, office, "enforcement.random_plan_completion_rate", Period.year(YEAR), "90", "report"
    )
    assert figure(values, "enforcement.random_plan_completion_rate").value is None


def test_the_year_page_shows_figures_change_and_names_region_and_office(client, values):
    response = client.get(f"/portal/{values}/{YEAR}/")
    text = response.content.decode()
    assert response.status_code == 200
    assert "德清县2025年法治政府建设情况" in text
    assert "发布单位：德清县司法局" in text
    assert "比上年：+3场" in text  # 12 against 9 legal-education events
    assert "4 / 20" in text and "完成数÷计划数" in text
    assert "<svg" in text  # the chart of rates
    assert "/login" not in text


def test_the_region_address_goes_to_its_latest_year(client, values):
    response = client.get(f"/portal/{values}/")
    assert response.status_code == 302 and response["Location"] == f"/portal/{values}/{YEAR}/"


def test_the_portal_404_serves_a_citizen(client, office):
    for url in ("/portal/no-such-page/", "/portal/999999/2025/", "/portal/normdocs/999999/"):
        response = client.get(url)
        text = response.content.decode()
        assert response.status_code == 404, url
        assert "返回政务公开首页" in text and "/login" not in text, url
    assert "返回政务公开首页" not in client.get("/no-such-page/").content.decode()
