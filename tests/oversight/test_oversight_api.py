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
    assert {
        "/api/oversight/inspections",
        "/api/oversight/problems",
        "/api/oversight/problems/{problem_id}/steps/{step}",
    } <= paths


def test_problem_list_is_scoped(login, filer_a, reviewer, problem_a, problem_b):
    items = login(filer_a).get("/api/oversight/problems").json()["items"]
    assert [item["id"] for item in items] == [problem_a.pk]
    # Found in September 2024: its rectification deadline has long passed.
    assert items[0]["status"] == "open" and items[0]["deadline_status"] == "overdue"
    ids = {item["id"] for item in login(reviewer).get("/api/oversight/problems").json()["items"]}
    assert ids == {problem_a.pk, problem_b.pk}


def test_b_cannot_read_a_problem(login, filer_b, problem_a):
    response = login(filer_b).get(f"/api/oversight/problems/{problem_a.pk}")
    assert response.status_code == 404 and problem_a.description not in response.content.decode()


def test_b_cannot_step_a_problem(login, filer_b, problem_a, snapshot):
    before, count = snapshot(problem_a), OversightEvent.objects.count()
    response = post(
        login(filer_b), f"/api/oversight/problems/{problem_a.pk}/steps/submit_plan", {"plan": "冒充"}
    )
    assert response.status_code == 404
    assert snapshot(problem_a) == before and OversightEvent.objects.count() == count


def test_loop_through_the_api(login, filer_a, reviewer, problem_a):
    unit, office = login(filer_a), None
    assert (
        post(unit, f"/api/oversight/problems/{problem_a.pk}/steps/submit_plan", {"plan": "方案"}).status_code
        == 200
    )
    response = post(unit, f"/api/oversight/problems/{problem_a.pk}/steps/submit_evidence", {"evidence": ""})
    assert response.status_code == 400 and response.json()["detail"] == "这个字段是必填项。"
    assert (
        post(
            unit, f"/api/oversight/problems/{problem_a.pk}/steps/submit_evidence", {"evidence": "材料"}
        ).json()["status"]
        == "submitted"
    )
    assert post(unit, f"/api/oversight/problems/{problem_a.pk}/steps/accept", {}).status_code == 403
    office = login(reviewer)
    response = post(office, f"/api/oversight/problems/{problem_a.pk}/steps/accept", {"note": "到位"})
    assert response.status_code == 200 and response.json()["status"] == "closed"
    assert Problem.objects.get(pk=problem_a.pk).status == ProblemStatus.CLOSED
    assert post(office, f"/api/oversight/problems/{problem_a.pk}/steps/fly", {}).status_code == 404


def test_inspections_list_and_detail_are_scoped(
    login, filer_a, filer_b, reviewer, inspection, unit_a, unit_b
):
    item = login(filer_a).get(f"/api/oversight/inspections/{inspection.pk}").json()
    assert item["unit_ids"] == [unit_a.pk]  # a unit learns only that it is itself inspected
    assert {i["id"] for i in login(reviewer).get("/api/oversight/inspections").json()["items"]} == {
        inspection.pk
    }
    full = login(reviewer).get(f"/api/oversight/inspections/{inspection.pk}").json()
    assert set(full["unit_ids"]) == {unit_a.pk, unit_b.pk}


def test_b_cannot_read_an_inspection_of_a_only(login, filer_b, reviewer, office, unit_a):
    import datetime as dt

    from fazhi.oversight import actions

    only_a = actions.plan_inspection(
        reviewer,
        office,
        title="只督察A",
        form="written",
        topics="x",
        units=[unit_a],
        starts_on=dt.date(2024, 5, 1),
        ends_on=dt.date(2024, 5, 2),
    )
    client = login(filer_b)
    assert client.get(f"/api/oversight/inspections/{only_a.pk}").status_code == 404
    assert client.get("/api/oversight/inspections").json()["items"] == []


def test_office_plans_and_records_through_the_api(login, reviewer, unit_a, unit_b, elsewhere):
    office = login(reviewer)
    response = post(
        office,
        "/api/oversight/inspections",
        {
            "title": "越界",
            "form": "written",
            "topics": "x",
            "unit_ids": [unit_a.pk, elsewhere.pk],
            "starts_on": "2024-05-06",
            "ends_on": "2024-05-31",
        },
    )
    assert response.status_code == 400 and response.json()["detail"] == "只能督察本地区的单位。"
    response = post(
        office,
        "/api/oversight/inspections",
        {
            "title": "书面督察",
            "form": "written",
            "topics": "备案",
            "unit_ids": [unit_a.pk],
            "starts_on": "2024-05-06",
            "ends_on": "2024-05-31",
        },
    )
    assert response.status_code == 200
    inspection_id = response.json()["id"]
    response = post(
        office,
        f"/api/oversight/inspections/{inspection_id}/findings",
        {"organisation_id": unit_b.pk, "description": "不在督察范围", "found_on": "2024-05-10"},
    )
    assert response.status_code == 400
    response = post(
        office,
        f"/api/oversight/inspections/{inspection_id}/findings",
        {
            "organisation_id": unit_a.pk,
            "description": "报备超期",
            "severity": "major",
            "found_on": "2024-05-10",
        },
    )
    assert (
        response.status_code == 200 and response.json()["rectification_deadline"] == "2024-05-23"
    )  # Saturday 5-11 was a workday


def test_units_cannot_plan_or_record_through_the_api(login, filer_a, filer_b, inspection, unit_a):
    count = OversightEvent.objects.count()
    response = post(
        login(filer_a),
        "/api/oversight/inspections",
        {
            "title": "x",
            "form": "written",
            "topics": "x",
            "unit_ids": [unit_a.pk],
            "starts_on": "2024-05-06",
            "ends_on": "2024-05-31",
        },
    )
    assert response.status_code == 403
    response = post(
        login(filer_a),
        f"/api/oversight/inspections/{inspection.pk}/findings",
        {"organisation_id": unit_a.pk, "description": "自己给自己记", "found_on": "2024-09-30"},
    )
    assert response.status_code == 403
    assert OversightEvent.objects.count() == count
    assert not Problem.objects.filter(description="自己给自己记").exists()
