"""Every record has a page of its own, linked from its list: its fields in Chinese, its event
rows and history; another unit's is a 404. Irreversible steps ask for confirmation first."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from fazhi.education.listing import DETAIL_URLS, OWN_PAGES, PAGES
from fazhi.education.models import EducationEvent, ResponsibilityList

from .conftest import RECORDERS, published_list, report

SHARED = [kind for kind in PAGES if kind not in OWN_PAGES]

# A Chinese field label each record page shows.
LABELS = {
    "topics": "计划月份",
    "exams": "合格人数",
    "oaths": "宣誓人",
    "cases": "案例",
    "activities": "受众人数",
    "materials": "份数",
    "sites": "命名年度",
}


def test_every_list_links_its_rows_to_a_page():
    assert set(DETAIL_URLS) == set(PAGES)
    assert set(LABELS) == set(SHARED)


@pytest.mark.parametrize("kind", SHARED)
def test_a_record_page_shows_its_fields_events_and_history(kind, filer_a, unit_a, login, media_root):
    record = RECORDERS[kind](filer_a, unit_a, 0)
    client = login(filer_a)
    listing = client.get(f"/education/{kind}/").content.decode()
    assert f'href="{record.get_absolute_url()}"' in listing
    page = client.get(record.get_absolute_url())
    assert page.status_code == 200
    text = page.content.decode()
    assert LABELS[kind] in text and unit_a.name in text
    assert "已录入" in text and filer_a.full_name in text  # the event row
    assert "变更历史" in text


@pytest.mark.parametrize("kind", SHARED)
def test_b_gets_404_on_a_record_page_of_a(kind, filer_a, filer_b, unit_a, login, media_root):
    record = RECORDERS[kind](filer_a, unit_a, 0)
    assert login(filer_b).get(record.get_absolute_url()).status_code == 404


def test_own_pages_are_not_served_as_shared_record_pages(filer_a, unit_a, login, media_root):
    study = RECORDERS["study"](filer_a, unit_a, 0)
    assert login(filer_a).get(f"/education/study/{study.pk}/").status_code == 200
    assert "已录入" in login(filer_a).get(study.get_absolute_url()).content.decode()


def test_the_school_page_shows_the_appointments_events(filer_b, unit_b, login):
    school = RECORDERS["schools"](filer_b, unit_b, 0)
    text = login(filer_b).get(f"/education/schools/{school.pk}/").content.decode()
    assert "王法官" in text and text.count("已录入") == 2


def test_lists_are_paginated(filer_a, unit_a, login, settings):
    settings.LIST_PAGE_SIZE = 5
    for index in range(7):
        RECORDERS["exams"](filer_a, unit_a, index)
    client = login(filer_a)
    first = client.get("/education/exams/?year=2025").content.decode()
    assert first.count("考试") >= 5 and "page=2" in first and "year=2025" in first
    second = client.get("/education/exams/?year=2025&page=2").content.decode()
    assert "考试5" in second and "考试6" in second and "考试0" not in second


def test_publishing_asks_for_confirmation_first(filer_a, unit_a, login):
    from fazhi.education import actions

    drafted = actions.draft_list(filer_a, unit_a, year=2025, items="向经营者讲解")
    client = login(filer_a)
    page = client.post(f"/education/lists/{drafted.pk}/publish/")
    assert page.status_code == 200 and "公布后不能撤回" in page.content.decode()
    assert ResponsibilityList.objects.get().status == "draft"
    response = client.post(f"/education/lists/{drafted.pk}/publish/", {"confirm": "1"})
    assert response.status_code == 302
    assert ResponsibilityList.objects.get().status == "published"


def test_the_review_asks_for_confirmation_and_carries_the_form(filer_a, reviewer, unit_a, login):
    published = published_list(filer_a, unit_a)
    client = login(reviewer)
    form = {"rating": "good", "note": "清单完整", "on": "2025-12-20"}
    page = client.post(published.get_absolute_url(), form)
    text = page.content.decode()
    assert page.status_code == 200 and "保存后不能更改" in text and "清单完整" in text
    assert 'name="confirm" value="1"' in text and 'name="rating" value="good"' in text
    assert ResponsibilityList.objects.get().status == "published"
    assert client.post(published.get_absolute_url(), form | {"confirm": "1"}).status_code == 302
    assert ResponsibilityList.objects.get().rating == "good"


def test_the_evaluation_asks_for_confirmation(filer_a, reviewer, unit_a, login, media_root):
    submitted = report(filer_a, unit_a)
    client = login(reviewer)
    events = EducationEvent.objects.count()
    page = client.post(submitted.get_absolute_url(), {"rating": "fair", "note": "不够具体"})
    assert page.status_code == 200 and "保存后不能更改" in page.content.decode()
    assert EducationEvent.objects.count() == events
    assert (
        client.post(
            submitted.get_absolute_url(), {"rating": "fair", "note": "不够具体", "confirm": "1"}
        ).status_code
        == 302
    )
    submitted.refresh_from_db()
    assert submitted.status == "evaluated"


def _count_queries(client, url) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("kind", list(PAGES))
def test_each_list_page_keeps_its_query_count_at_two_sizes(kind, filer_a, unit_a, login, media_root):
    client = login(filer_a)
    RECORDERS[kind](filer_a, unit_a, 0)
    RECORDERS[kind](filer_a, unit_a, 1)
    small = _count_queries(client, f"/education/{kind}/")
    for index in range(2, 14):
        RECORDERS[kind](filer_a, unit_a, index)
    assert _count_queries(client, f"/education/{kind}/") == small <= 15


def _figures(client, year=2025) -> dict[str, str]:
    import re

    page = client.get(f"/education/?year={year}").content.decode()
    rows = re.findall(r'<th scope="row">([^<]+)</th><td data-figure="\d+"><a [^>]+>(\d+)</a>', page)
    return dict(rows)


def test_the_dashboard_adds_up_what_the_user_may_read(
    filer_a, filer_b, reviewer, unit_a, unit_b, login, media_root
):
    from fazhi.education import actions

    for index in range(3):
        RECORDERS["study"](filer_a, unit_a, index)  # before executive meetings, March 2025
    RECORDERS["study"](filer_b, unit_b, 0)
    RECORDERS["exams"](filer_a, unit_a, 0)  # 10 sat, 9 passed
    RECORDERS["exams"](filer_a, unit_a, 400)  # in 2024
    RECORDERS["oaths"](filer_a, unit_a, 0)  # two swore
    listed = published_list(filer_a, unit_a)
    actions.review_list(reviewer, listed, rating="good", review_result="完整")
    mine = _figures(login(filer_a))
    assert mine["常务会议会前学法（次）"] == "3"
    assert (mine["参加学法考试人数"], mine["学法考试合格人数"]) == ("10", "9")
    assert mine["宪法宣誓人数"] == "2"
    assert (mine["已公布普法责任清单（份）"], mine["已评查普法责任清单（份）"]) == ("1", "1")
    assert mine["普法活动受众人数"] == "0"
    assert _figures(login(filer_a), 2024)["参加学法考试人数"] == "10"
    assert _figures(login(filer_b))["常务会议会前学法（次）"] == "1"
    assert _figures(login(reviewer))["常务会议会前学法（次）"] == "4"


def test_the_dashboard_keeps_its_query_count(filer_a, unit_a, login, media_root):
    client = login(filer_a)
    for kind in RECORDERS:
        RECORDERS[kind](filer_a, unit_a, 0)
    small = _count_queries(client, "/education/?year=2025")
    for kind in RECORDERS:
        for index in range(1, 6):
            RECORDERS[kind](filer_a, unit_a, index)
    # The bodies-below-minimum list is paged: the paginator counts it and an empty page reads no
    # rows, so the unit leaving the list (its sessions now enough) saves one query; the five more
    # records of each kind cost none.
    big = _count_queries(client, "/education/?year=2025")
    assert small - 1 <= big <= small <= 20
