"""Each main list page and API list makes as many queries for 20 records as for 2 (issue 18 §3).

An N+1 (a query per row) makes the two counts differ; a page that grows
past the goal of 15 queries fails too. The records are made directly in
the tables: what is counted is the reading, not the making.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from fazhi.assessment.models import AssessmentScheme
from fazhi.counsel.models import Engagement
from fazhi.decisions.models import Catalogue, Decision
from fazhi.filings.models import FilingSeason
from fazhi.normdocs.models import IssuerListing
from fazhi.org.models import Organisation
from fazhi.plans.models import YearPlan

pytestmark = pytest.mark.django_db

REGION = "330521"
GOAL = 15


def _build(size: int, government, office) -> None:
    """``size`` units, each with an engagement, a listing and a decision; ``size`` seasons, plans, schemes."""
    for n in range(size):
        unit = Organisation.objects.create(
            name=f"测试单位{size}-{n}", kind="department", region_code=REGION, parent=government
        )
        IssuerListing.objects.create(organisation=unit, listing="positive", listed_on=dt.date(2024, 1, 1))
        Engagement.objects.create(
            organisation=unit,
            provider_type="firm",
            provider_name=f"律师事务所{n}",
            starts_on=dt.date(2020, 1, 1),
            ends_on=dt.date(2099, 12, 31),
        )
        catalogue = Catalogue.objects.create(organisation=unit, year=2000 + n + size)
        Decision.objects.create(catalogue=catalogue, organisation=unit, title=f"重大决策{n}")
        year = 1900 + n + size
        FilingSeason.objects.create(
            region_code=REGION,
            year=year,
            filing_due=dt.date(year + 1, 1, 31),
            publication_due=dt.date(year + 1, 3, 31),
        ).required_organisations.add(unit)
        YearPlan.objects.create(organisation=office, region_code=REGION, year=year, title=f"工作要点{year}")
        AssessmentScheme.objects.create(region_code=REGION, year=year, name=f"考核方案{year}")


PAGES = [
    ("filings:index", "reviewer"),
    ("filings:index", "filer_a"),
    ("plans:index", "reviewer"),
    ("assessment:index", "reviewer"),
    ("counsel:index", "reviewer"),
    ("counsel:coverage", "reviewer"),
    ("normdocs:issuers", "reviewer"),
    ("decisions:index", "reviewer"),
    ("/api/filings/seasons", "reviewer"),
    ("/api/decisions", "reviewer"),
    ("/api/counsel", "reviewer"),
    ("/api/counsel/coverage", "reviewer"),
    ("/api/assessment/schemes", "reviewer"),
]


def _count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.parametrize(("name", "persona"), PAGES, ids=[f"{n}-{p}" for n, p in PAGES])
def test_a_list_makes_as_many_queries_for_twenty_records_as_for_two(
    request, client, name, persona, government, office, unit_a
):
    user = request.getfixturevalue(persona)
    url = name if name.startswith("/") else reverse(name)
    client.force_login(user)
    _build(2, government, office)
    client.get(url)  # the first request fills per-process caches (translations, the scope)
    small = _count(client, url)
    _build(20, government, office)
    large = _count(client, url)
    assert (small, large) == (small, small), f"{url}: {small} queries for 2 records, {large} for 20"
    assert large <= GOAL, f"{url}: {large} queries"
