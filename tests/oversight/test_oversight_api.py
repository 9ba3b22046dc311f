"""The oversight API: the same scope and the same actions as the pages."""

from __future__ import annotations

import json

import pytest

from fazhi.oversight.models import OversightEvent, Problem, ProblemStatus

pytestmark = pytest.mark.django_db


def post(client, url, data):
    return client.post(url, data=json.dumps(data), content_type="application/json")


def test_openapi_lists_the_oversight_endpoints(client):
    paths = set(client.get("/api/openapi.json").json()["paths"])
    assert {"/api/oversight/inspections", "/api/oversight/problems",
            "/api/oversight/problems/{problem_id}/steps/{step}"} <= paths


def test_problem_list_is_scoped(login, filer_a, reviewer, problem_a, problem_b):
    items = login(filer_a).get("/api/oversight/problems").json()["items"]
    assert [item["id"] for item in items] == [problem_a.pk]
    assert items[0]["status"] == "open" and items[0]["deadline_status"] in {"open", "due_soon", "overdue"}
    ids = {item["id"] for item in login(reviewer).get("/api/oversight/problems").json()["items"]}
    assert ids == {problem_a.pk, problem_b.pk}


def test_b_cannot_read_a_problem(login, filer_b, problem_a):
    response = login(filer_b).get(f"/api/oversight/problems/{problem_a.pk}")
    assert response.status_code == 404 and problem_a.description not in response.content.decode()


def test_b_cannot_step_a_problem(login, filer_b, problem_a, snapshot):
    before, count = snapshot(problem_a), OversightEvent.objects.count()
    response = post(login(filer_b), f"/api/oversight/problems/{problem_a.pk}/steps/submit_plan", {"plan": "冒充"})
    assert response.status_code == 404
    assert snapshot(problem_a) == before and OversightEvent.objects.count() == count


def test_loop_through_the_api(login, filer_a, reviewer, problem_a):
    unit, office = login(filer_a), None
    assert post(unit, f"/api/oversight/problems/{problem_a.pk}/steps/submit_plan", {"plan": "方案"}).status_code == 200
    response = post(unit, f"/api/oversight/problems/{problem_a.pk}/steps/submit_evidence", {"evidence": ""})
    assert response.status_code == 400 and response.json()["detail"] == "这个字段是必填项。"
    assert post(unit, f"/api/oversight/problems/{problem_a.pk}/steps/submit_evidence",
                {"evidence": "材料"}).json()["status"] == "submitted"
    assert post(unit, f"/api/oversight/problems/{problem_a.pk}/steps/accept", {}).status_code == 403
    office = login(reviewer)
    response = post(office, f"/api/oversight/problems/{problem_a.pk}/steps/accept", {"note": "到位"})
    assert response.status_code == 200 and response.json()["status"] == "closed"
    assert Problem.objects.get(pk=problem_a.pk).status == ProblemStatus.CLOSED
    assert post(office, f"/api/oversight/problems/{problem_a.pk}/steps/fly", {}).status_code == 404


def test_inspections_list_and_detail_are_scoped(login, filer_a, filer_b, reviewer, inspection, unit_a, unit_b):
    item = login(filer_a).get(f"/api/oversight/inspections/{inspection.pk}").json()
    assert item["unit_ids"] == [unit_a.pk]  # a unit learns only that it is itself inspected
    assert {i["id"] for i in login(reviewer).get("/api/oversight/inspections").json()["items"]} == {inspection.pk}
    full = login(reviewer).get(f"/api/oversight/inspections/{inspection.pk}").json()
    assert set(full["unit_ids"]) == {unit_a.pk, unit_b.pk}


def test_b_cannot_read_an_inspection_of_a_only(login, filer_b, reviewer, office, unit_a):
    import datetime as dt

    from fazhi.oversight import actions
    only_a = actions.plan_inspection(reviewer, office, title="只督察A", form="written", topics="x", units=[unit_a],
                                     starts_on=dt.date(2024, 5, 1), ends_on=dt.date(2024, 5, 2))
    client = login(filer_b)
    assert client.get(f"/api/oversight/inspections/{only_a.pk}").status_code == 404
    assert client.get("/api/oversight/inspections").json()["items"] == []
