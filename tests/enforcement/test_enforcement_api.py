"""The API: same scoping, same actions; lists keep a fixed number of queries."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext

from fazhi.enforcement.models import Case, EnforcementEvent

from .conftest import open_case


def test_api_lists_hold_nothing_of_a(login, filer_b, case_a, case_b):
    client = login(filer_b)
    assert [row["number"] for row in client.get("/api/enforcement/cases").json()["items"]] == [case_b.number]
    assert {row["name"] for row in client.get("/api/enforcement/officers").json()["items"]} == {
        "赵敏",
        "钱进",
    }
    bodies = client.get("/api/enforcement/bodies").json()["items"]
    assert [row["id"] for row in bodies] == [case_b.body_id]
    assert bodies[0]["chain_entries"] == 1 and len(bodies[0]["chain_head"]) == 64


def test_api_b_gets_404_and_changes_nothing(login, filer_b, snapshot, case_a):
    client = login(filer_b)
    before = (snapshot(case_a), EnforcementEvent.objects.count())
    assert client.get(f"/api/enforcement/cases/{case_a.pk}").status_code == 404
    response = client.post(
        f"/api/enforcement/cases/{case_a.pk}/stages",
        {"stage": "investigated", "on": "2026-03-03"},
        content_type="application/json",
    )
    assert response.status_code == 404
    assert (snapshot(case_a), EnforcementEvent.objects.count()) == before


def test_api_advances_a_case_and_refuses_a_skipped_stage(login, filer_a, case_a):
    client = login(filer_a)
    response = client.post(
        f"/api/enforcement/cases/{case_a.pk}/stages",
        {"stage": "decided", "on": "2026-03-03"},
        content_type="application/json",
    )
    assert response.status_code in (400, 422)
    response = client.post(
        f"/api/enforcement/cases/{case_a.pk}/stages",
        {"stage": "investigated", "on": "2026-03-03"},
        content_type="application/json",
    )
    assert response.status_code == 200 and response.json()["stage"] == "investigated"
    assert Case.objects.get(pk=case_a.pk).stage == "investigated"


def _count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_api_lists_query_count_does_not_grow(login, reviewer, filer_a, body_a, officers_a):
    client = login(reviewer)
    for number in range(3):
        open_case(filer_a, body_a, officers_a[:2], number=f"Q{number}")
    urls = ["/api/enforcement/cases", "/api/enforcement/officers", "/api/enforcement/bodies"]
    few = [_count(client, url) for url in urls]
    for number in range(3, 30):
        open_case(filer_a, body_a, officers_a[:2], number=f"Q{number}")
    assert [_count(client, url) for url in urls] == few
