"""Every public list takes ``?region=``: the region and the regions under it (the catalog's
tree), named on the page and kept in the pager's links; the queries do not grow with the rows."""

from __future__ import annotations

import datetime as dt

import pytest

from fazhi.normdocs.models import NormativeDocument
from tests.conftest import organisation

ISSUED = dt.date(2025, 3, 1)


@pytest.fixture
def two_counties(office, unit_a):
    anji = organisation(
        name="安吉县司法局", kind="department", region_code="330523", is_rule_of_law_office=True
    )
    shaoxing = organisation(
        name="绍兴市越城区司法局", kind="department", region_code="330602", is_rule_of_law_office=True
    )

    def issue(unit, title, n=1):
        for i in range(n):
            NormativeDocument.objects.create(
                organisation=unit,
                title=f"{title}{i}",
                status="in_force",
                document_number=f"{title}〔2025〕{i}号",
                issued_on=ISSUED,
            )

    return issue, unit_a, anji, shaoxing


def test_the_documents_list_keeps_a_region_and_its_subordinates(client, two_counties):
    issue, deqing, anji, shaoxing = two_counties
    issue(deqing, "德清文件")
    issue(anji, "安吉文件")
    issue(shaoxing, "越城文件")
    page = client.get("/portal/normdocs/?region=330521").content.decode()
    assert "德清文件0" in page and "安吉文件0" not in page and "越城文件0" not in page
    assert 'id="region-shown"' in page and "浙江省湖州市德清县" in page
    assert '<option value="330521" selected>' in page
    page = client.get("/portal/normdocs/?region=330500").content.decode()  # 湖州市: both its counties
    assert "德清文件0" in page and "安吉文件0" in page and "越城文件0" not in page
    page = client.get("/portal/normdocs/").content.decode()
    assert "越城文件0" in page and 'id="region-shown"' not in page
    page = client.get("/portal/normdocs/?region=99x").content.decode()
    assert "没有代码为99x的地区" in page and "越城文件0" in page


def test_the_filter_is_kept_across_pages_and_the_queries_stay_flat(
    client, two_counties, settings, django_assert_max_num_queries
):
    issue, deqing, anji, _shaoxing = two_counties
    issue(deqing, "德清文件", 60)
    issue(anji, "安吉文件", 3)
    with django_assert_max_num_queries(10):
        page = client.get("/portal/normdocs/?region=330521&status=in_force").content.decode()
    assert "region=330521" in page and "page=2" in page
    second = client.get("/portal/normdocs/?region=330521&status=in_force&page=2").content.decode()
    assert "德清文件" in second and "安吉文件" not in second
    issue(deqing, "更多文件", 60)
    with django_assert_max_num_queries(10):
        client.get("/portal/normdocs/?region=330521&page=2")


@pytest.mark.parametrize(
    "url",
    [
        f"/portal/{section}/?region=330523"
        for section in (
            "filings",
            "decisions",
            "normdocs",
            "enforcement",
            "enforcement/decisions",
            "inspections",
            "disputes",
            "education",
        )
    ],
)
def test_each_list_names_the_region_chosen(client, two_counties, url, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        page = client.get(url).content.decode()
    assert "浙江省湖州市安吉县" in page and 'name="region"' in page
