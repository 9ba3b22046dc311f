"""The regional roll-up: a provincial office sees its cities, counties and units, in a few queries."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.conftest import make_user, member, organisation

pytestmark = pytest.mark.django_db

# Two counties in two cities of 浙江 (the fixtures' 德清县 is in 湖州市).
COUNTIES = {"330521": "3305", "330106": "3301"}
YEAR = 2025
GOAL = 15


@pytest.fixture
def provincial_reviewer(db):
    office = organisation(
        name="浙江省司法厅", kind="department", region_code="330000", is_rule_of_law_office=True
    )
    return member(make_user("province", "省厅审核员"), office, "office_reviewer")


def _build(size: int) -> None:
    """In each county, ``size`` units; each required to file, with an overdue problem and a score."""
    from fazhi.assessment.models import Assessment, AssessmentScheme
    from fazhi.filings.models import FilingSeason
    from fazhi.indicators.models import IndicatorValue
    from fazhi.oversight.models import Problem

    for county in COUNTIES:
        season, _new = FilingSeason.objects.get_or_create(
            region_code=county,
            year=YEAR,
            defaults={"filing_due": dt.date(YEAR + 1, 1, 31), "publication_due": dt.date(YEAR + 1, 3, 31)},
        )
        scheme, _new = AssessmentScheme.objects.get_or_create(region_code=county, year=YEAR, name="考核方案")
        for n in range(size):
            unit = organisation(name=f"{county}单位{size}-{n}", kind="department", region_code=county)
            season.required_organisations.add(unit)
            Problem.objects.create(
                organisation=unit,
                source="other",
                description=f"问题{n}",
                severity="general",
                found_on=dt.date(2024, 5, 2),
                rectification_deadline=dt.date(2024, 6, 14),
            )
            IndicatorValue.objects.create(
                code="rules.normdocs_filing_rate",
                organisation=unit,
                period_start=dt.date(YEAR, 1, 1),
                period_end=dt.date(YEAR, 12, 31),
                value=50,
                unit="%",
                source="computed",
                numerator=1,
                denominator=2,
            )
            Assessment.objects.create(
                scheme=scheme, organisation=unit, group="all", status="final", total=Decimal(80 + n % 2 * 10)
            )


def _lines(page: str) -> dict[str, str]:
    return dict(re.findall(r'<tr data-line="([^"]+)">(.*?)</tr>', page, re.S))


def _cells(row: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<td>(.*?)</td>", row, re.S)]


def test_the_province_sees_each_city_then_county_then_unit(client, provincial_reviewer):
    _build(3)
    client.force_login(provincial_reviewer)
    lines = _lines(client.get(reverse("rollup:index")).content.decode())
    # 湖州市: 3 units, 0 of 3 filed, 3 open and 3 overdue problems, 3 of 6 documents filed, 3 scored.
    assert _cells(lines["3305"]) == ["湖州市", "3", "0 / 3", "0.0%", "3", "3", "3 / 6 (50.0%)", "3", "83.3"]
    assert _cells(lines["3301"])[:2] == ["杭州市", "3"]
    assert _cells(lines["3300"])[:2] == ["浙江省本级", "1"]  # the office itself
    assert _cells(lines["3302"])[1:3] == ["0", "0 / 0"]  # a city with nothing yet
    city = _lines(client.get(reverse("rollup:index") + "?region=330500").content.decode())
    assert _cells(city["330521"])[:6] == ["德清县", "3", "0 / 3", "0.0%", "3", "3"]
    county = client.get(reverse("rollup:index") + "?region=330521").content.decode()
    units = _lines(county)
    assert len(units) == 3 and all(
        _cells(row)[1:6] == ["1", "0 / 1", "0.0%", "1", "1"] for row in units.values()
    )
    assert "330521单位3-0" in county


def test_the_roll_up_makes_as_many_queries_for_twenty_units_as_for_two(client, provincial_reviewer):
    client.force_login(provincial_reviewer)
    counts = {}
    for size in (2, 20):
        _build(size)
        for region in ("330000", "330500", "330521"):
            url = reverse("rollup:index") + f"?region={region}"
            client.get(url)
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            counts[size, region] = len(queries)
    assert all(counts[2, r] == counts[20, r] <= GOAL for r in ("330000", "330500", "330521")), counts


def test_only_an_office_sees_it_and_only_its_own_region(client, filer_a, reviewer):
    client.force_login(filer_a)
    assert client.get(reverse("rollup:index")).status_code == 403
    client.force_login(reviewer)  # the county office of 德清县
    assert client.get(reverse("rollup:index")).status_code == 200
    assert client.get(reverse("rollup:index") + "?region=330000").status_code == 403
    assert client.get(reverse("rollup:index") + "?region=999999").status_code == 404
    page = client.get(reverse("rollup:index") + "?year=abc").content.decode()
    assert "年份应在" in page
