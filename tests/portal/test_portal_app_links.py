"""The portal's home and a region's year page link every duty app's public pages, by their public
names, and each link answers a visitor who is not logged in."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db

# The public pages of the four duty apps, with their Chinese names on the portal.
DUTY_PAGES = {
    "/portal/enforcement/": "行政执法公示",
    "/portal/inspections/": "双随机抽查结果",
    "/portal/disputes/": "行政复议决定公开",
    "/portal/education/": "普法宣传公开",
}


def _links(page: str) -> dict[str, str]:
    return {
        href: name.strip()
        for href, name in re.findall(r'<a href="(/portal/[a-z]+/(?:\?region=\d{6})?)">([^<]+)</a>', page)
    }


def _year_url(client) -> str:
    home = client.get("/portal/").content.decode()
    return re.search(r'href="(/portal/\d{6}/\d{4}/)"', home).group(1)


def test_the_home_links_each_duty_app_by_its_public_name(client, demo_county):
    links = _links(client.get("/portal/").content.decode())
    assert {href: links.get(href) for href in DUTY_PAGES} == DUTY_PAGES


def test_a_year_page_links_each_duty_app_by_its_public_name(client, demo_county):
    links = _links(client.get(_year_url(client)).content.decode())
    # The year page's links keep its region (the lists take ?region=, docs/portal.md).
    assert {href: links.get(f"{href}?region=330521") for href in DUTY_PAGES} == DUTY_PAGES


@pytest.mark.parametrize("url", list(DUTY_PAGES))
def test_each_linked_page_answers_a_visitor(client, demo_county, url):
    assert client.get(url).status_code == 200
