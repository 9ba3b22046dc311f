"""The API: the same scope as the pages; B never reads or changes A."""

from __future__ import annotations

import json
import re

import pytest
from django.test import Client

from fazhi.org.models import OrganisationEvent


def patch(client, url, data):
    return client.patch(url, data=json.dumps(data), content_type="application/json")


def test_openapi_description_lists_the_endpoints(client, db):
    schema = client.get("/api/openapi.json").json()
    assert {
        "/api/me",
        "/api/orgs",
        "/api/orgs/{organisation_id}",
        "/api/orgs/{organisation_id}/contact",
    } <= set(schema["paths"])


def test_api_docs_page_uses_no_cdn(client, db):
    page = client.get("/api/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in page
    # Every script, style and image is our own: no address names another host. (A bare "cdn"
    # substring test failed at random when the page's CSRF token happened to contain it.)
    addresses = re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)""", page)
    assert addresses
    assert [address for address in addresses if re.match(r"(?:[a-z]+:)?//", address)] == []


def test_visitor_gets_401(client, unit_a):
    assert client.get("/api/me").status_code == 401
    assert client.get("/api/orgs").status_code == 401
    assert client.get(f"/api/orgs/{unit_a.pk}").status_code == 401


def test_me_lists_own_roles(login, filer_a, unit_a):
    body = login(filer_a).get("/api/me").json()
    assert body["username"] == "filer_a"
    assert body["memberships"] == [
        {
            "organisation_id": unit_a.pk,
            "organisation_name": unit_a.name,
            "role": "unit_filer",
            "role_label": "单位填报人员",
        }
    ]


def test_list_is_scoped(login, filer_a, filer_b, reviewer, unit_a, unit_b):
    names = [item["name"] for item in login(filer_a).get("/api/orgs").json()["items"]]
    assert names == [unit_a.name]
    names = {item["name"] for item in login(reviewer).get("/api/orgs?limit=100").json()["items"]}
    assert {unit_a.name, unit_b.name} <= names


def test_filters_do_not_widen_the_scope(login, filer_b, unit_a):
    items = login(filer_b).get("/api/orgs", {"q": unit_a.name[:5], "kind": "department"}).json()["items"]
    assert unit_a.name not in [item["name"] for item in items]


def test_b_cannot_read_a(login, filer_b, unit_a):
    response = login(filer_b).get(f"/api/orgs/{unit_a.pk}")
    assert response.status_code == 404
    assert unit_a.name not in response.content.decode()


def test_b_cannot_change_a(login, filer_b, unit_a, snapshot):
    before = snapshot(unit_a)
    response = patch(login(filer_b), f"/api/orgs/{unit_a.pk}/contact", {"contact_person": "冒名"})
    assert response.status_code == 404
    assert snapshot(unit_a) == before
    assert not OrganisationEvent.objects.exists()


def test_evaluator_cannot_change(login, evaluator, unit_a, snapshot):
    before = snapshot(unit_a)
    response = patch(login(evaluator), f"/api/orgs/{unit_a.pk}/contact", {"contact_person": "评估改"})
    assert response.status_code == 403
    assert response.json()["detail"] == "您可以查看该单位，但无权修改。"
    assert snapshot(unit_a) == before


def test_filer_changes_own_unit_through_the_action(login, filer_a, unit_a):
    response = patch(login(filer_a), f"/api/orgs/{unit_a.pk}/contact", {"contact_phone": "0572-8811111"})
    assert response.status_code == 200 and response.json()["contact_phone"] == "0572-8811111"
    event = OrganisationEvent.objects.get()
    assert event.actor == filer_a and event.organisation == unit_a


@pytest.mark.parametrize(
    ("data", "status"),
    [
        # The model's validators refuse text of the right type: 400 with the field's message.
        ({"contact_phone": "电话"}, 400),
        ({"contact_person": "甲" * 31}, 400),
        # The schema refuses a wrong type before the action runs: 422.
        ({"contact_person": 12345678}, 422),
        ({"address": ["not", "text"]}, 422),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(login, filer_a, unit_a, snapshot, data, status):
    before = snapshot(unit_a)
    response = patch(login(filer_a), f"/api/orgs/{unit_a.pk}/contact", data)
    assert response.status_code == status
    assert snapshot(unit_a) == before
    assert not OrganisationEvent.objects.exists()


def test_write_without_csrf_token_is_refused(filer_a, unit_a, snapshot):
    client = Client(enforce_csrf_checks=True)
    client.force_login(filer_a)
    before = snapshot(unit_a)
    response = patch(client, f"/api/orgs/{unit_a.pk}/contact", {"contact_person": "跨站"})
    assert response.status_code == 403
    assert snapshot(unit_a) == before


def test_list_pages_are_bounded(login, reviewer, unit_a):
    response = login(reviewer).get("/api/orgs", {"limit": 100000})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "limit"]
    assert login(reviewer).get("/api/orgs", {"limit": 500}).status_code == 200
