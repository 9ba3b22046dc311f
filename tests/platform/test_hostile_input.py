"""Input that used to come back as a 500 (issue 18 §1) gets a 4xx with a message."""

from __future__ import annotations

import pytest
from django.test import Client

from fazhi.normdocs.models import NormativeDocument


@pytest.fixture
def api_as(db):
    def client_for(user):
        client = Client(raise_request_exception=False)
        client.force_login(user)
        return client

    return client_for


HUGE = str(10**20)


@pytest.mark.parametrize(
    "url",
    [
        "/api/indicators/values?year=-1",
        f"/api/indicators/values?year={HUGE}",
        f"/api/indicators/values?offset={HUGE}",
        f"/api/orgs?offset={HUGE}",
        f"/api/plans/tasks?offset={HUGE}",
        f"/api/plans/tasks?year={HUGE}",
        "/api/assessment/schemes?year=-1",
        f"/api/assessment/sheets?year={HUGE}",
        "/api/counsel/coverage?on=0001-01-01",
    ],
)
def test_absurd_numbers_in_a_list_query_are_refused(api_as, reviewer, url):
    response = api_as(reviewer).get(url)
    assert response.status_code == 422, response.content[:300]


@pytest.mark.parametrize("title", ["草案\u0000标题", "草案\ud800标题"])
def test_a_nul_or_an_unpaired_surrogate_in_json_is_refused(api_as, filer_a, unit_a, title):
    # Written by hand: json.dumps would escape the surrogate the same way, as \ud800.
    escaped = title.encode("unicode_escape").decode().replace("\\x00", "\\u0000")
    body = f'{{"organisation_id": {unit_a.pk}, "title": "{escaped}"}}'
    response = api_as(filer_a).post("/api/normdocs", data=body, content_type="application/json")
    assert response.status_code == 400
    assert "NUL" in response.json()["detail"]
    assert not NormativeDocument.objects.exists()


def test_a_surrogate_pair_is_ordinary_text(api_as, reviewer, unit_a):
    body = '{"contact_person": "\\u5f20\\ud83d\\ude00"}'
    response = api_as(reviewer).patch(
        f"/api/orgs/{unit_a.pk}/contact", data=body, content_type="application/json"
    )
    assert response.status_code == 200, response.content
    unit_a.refresh_from_db()
    assert unit_a.contact_person == "张\U0001f600"


def test_a_date_outside_the_range_in_a_json_body_is_refused(api_as, filer_a, unit_a):
    body = {"organisation_id": unit_a.pk, "title": "草案", "comment_from": "0001-01-01"}
    response = api_as(filer_a).post("/api/normdocs", data=body, content_type="application/json")
    assert response.status_code == 422
    assert "2000-01-01" in response.content.decode("unicode_escape")
    assert not NormativeDocument.objects.exists()
