"""The API of every record type: a unit reads and writes only its own, the office its region,
an evaluator reads only, nobody approves his own step; lists keep their query count."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from fazhi.education import actions
from fazhi.education.models import (
    AccountabilityReport,
    EducationEvent,
    ResponsibilityList,
    School,
    VicePrincipal,
)

from .conftest import RECORDERS, report, report_file

# kind -> a body the API accepts for a new record of ``unit`` (reports are a multipart upload)
NEW = {
    "topics": {"year": 2025, "month": 3, "topic": "学习民法典"},
    "study": {"kind": "party_group", "held_on": "2025-03-12", "topic": "学习民法典", "speaker": "律师"},
    "exams": {
        "kind": "pre_appointment",
        "held_on": "2025-03-12",
        "title": "任前考法",
        "takers": 3,
        "passed": 3,
    },
    "oaths": {"held_on": "2025-03-12", "presided_by": "县长", "swearers": "张三\n李四"},
    "lists": {"year": 2026, "items": "向经营者讲解"},
    "cases": {"held_on": "2025-03-12", "case_title": "某案", "lesson": "讲解", "audience": "群众"},
    "activities": {"kind": "campaign", "held_on": "2025-03-12", "title": "宪法日", "place": "广场"}
    | {"audience": "居民", "reached": 5},
    "materials": {"form": "booklet", "title": "民法典手册", "issued_on": "2025-03-12", "copies": 50},
    "sites": {"name": "新示范村", "kind": "village", "level": "city", "year": 2025},
    "schools": {"name": "新学校"},
}


def _post(client, url, body):
    return client.post(url, body, content_type="application/json")


@pytest.fixture
def records_a(filer_a, unit_a, media_root):
    return {kind: record(filer_a, unit_a, 0) for kind, record in RECORDERS.items()}


@pytest.mark.parametrize("kind", list(RECORDERS))
def test_b_neither_reads_nor_writes_a_record_of_a(kind, records_a, filer_b, unit_a, login, snapshot):
    record = records_a[kind]
    client = login(filer_b)
    before, events = snapshot(record), EducationEvent.objects.count()
    assert client.get(f"/api/education/{kind}").json() == {"items": [], "count": 0}
    assert client.get(f"/api/education/{kind}?organisation_id={unit_a.pk}").json()["count"] == 0
    assert client.get(f"/api/education/{kind}/{record.pk}").status_code == 404
    if kind in NEW:
        assert (
            _post(client, f"/api/education/{kind}", NEW[kind] | {"organisation_id": unit_a.pk}).status_code
            == 404
        )
    steps = {
        "reports": ("evaluate", {"rating": "good", "note": "冒名"}),
        "lists": ("publish", {}),
        "schools": ("vice-principals", {"name": "冒名", "employer": "冒名"}),
    }
    if kind in steps:
        step, body = steps[kind]
        body |= {"starts_on": "2025-01-01", "ends_on": "2026-01-01"} if kind == "schools" else {}
        assert _post(client, f"/api/education/{kind}/{record.pk}/{step}", body).status_code == 404
    if kind == "lists":
        assert (
            _post(
                client, f"/api/education/lists/{record.pk}/review", {"rating": "good", "note": "冒名"}
            ).status_code
            == 404
        )
    record.refresh_from_db()
    assert snapshot(record) == before
    assert EducationEvent.objects.count() == events


@pytest.mark.parametrize("kind", list(NEW))
def test_a_unit_records_for_itself_and_reads_it_back(kind, filer_a, unit_a, login):
    client = login(filer_a)
    response = _post(client, f"/api/education/{kind}", NEW[kind] | {"organisation_id": unit_a.pk})
    assert response.status_code == 200, response.content
    created = response.json()
    assert created["organisation_id"] == unit_a.pk and created["organisation_name"] == unit_a.name
    assert client.get(f"/api/education/{kind}/{created['id']}").json() == created
    assert [row["id"] for row in client.get(f"/api/education/{kind}").json()["items"]] == [created["id"]]
    assert EducationEvent.objects.get().data["id"] == created["id"]


def test_bad_input_is_refused_in_chinese_and_nothing_is_saved(filer_a, unit_a, login):
    client = login(filer_a)
    body = NEW["exams"] | {"organisation_id": unit_a.pk, "passed": 4}
    response = _post(client, "/api/education/exams", body)
    assert response.status_code == 400
    assert response.json() == {"detail": "通过人数多于参考人数。", "field": "passed"}
    response = _post(
        client, "/api/education/oaths", NEW["oaths"] | {"organisation_id": unit_a.pk, "swearers": " "}
    )
    assert response.status_code == 400 and response.json()["field"] == "swearers"
    assert not EducationEvent.objects.exists()


def test_the_office_reads_the_region_and_enters_for_a_unit_only_with_a_reason(
    records_a, reviewer, unit_a, login
):
    client = login(reviewer)
    for kind in RECORDERS:
        assert client.get(f"/api/education/{kind}").json()["count"] == 1, kind
    body = NEW["cases"] | {"organisation_id": unit_a.pk}
    response = _post(client, "/api/education/cases", body)
    assert response.status_code == 400 and response.json()["field"] == "proxy_reason"
    assert _post(client, "/api/education/cases", body | {"proxy_reason": "该单位无账号"}).status_code == 200


def test_an_evaluator_reads_but_writes_nothing(records_a, evaluator, unit_a, login):
    client = login(evaluator)
    events = EducationEvent.objects.count()
    for kind in RECORDERS:
        assert client.get(f"/api/education/{kind}/{records_a[kind].pk}").status_code == 200, kind
    for kind, body in NEW.items():
        assert (
            _post(client, f"/api/education/{kind}", body | {"organisation_id": unit_a.pk}).status_code == 404
        )
    rating = {"rating": "good", "note": "评议"}
    assert (
        _post(client, f"/api/education/reports/{records_a['reports'].pk}/evaluate", rating).status_code == 403
    )
    assert EducationEvent.objects.count() == events


def test_a_report_is_uploaded_and_evaluated_by_another_person(filer_a, reviewer, unit_a, login, media_root):
    form = {"organisation_id": unit_a.pk, "year": 2025, "reporter": "周立新", "position": "局长"}
    form |= {"reported_on": "2026-01-15", "text_file": report_file()}
    response = login(filer_a).post("/api/education/reports", form)
    assert response.status_code == 200, response.content
    assert response.json()["duties_part"] == "section"
    report_id = response.json()["id"]
    rating = {"rating": "excellent", "note": "履职到位", "on": "2026-02-01"}
    assert _post(login(filer_a), f"/api/education/reports/{report_id}/evaluate", rating).status_code == 403
    response = _post(login(reviewer), f"/api/education/reports/{report_id}/evaluate", rating)
    assert response.status_code == 200
    assert (response.json()["status"], response.json()["rating"]) == ("evaluated", "excellent")


def test_the_office_does_not_evaluate_a_report_it_entered(reviewer, unit_a, login, media_root):
    entered = report(reviewer, unit_a, proxy_reason="该单位无账号")
    response = _post(
        login(reviewer), f"/api/education/reports/{entered.pk}/evaluate", {"rating": "good", "note": "好"}
    )
    assert response.status_code == 400
    entered.refresh_from_db()
    assert entered.status == "submitted"


def test_a_list_is_published_by_the_unit_and_reviewed_by_the_office(filer_a, reviewer, unit_a, login):
    drafted = actions.draft_list(filer_a, unit_a, year=2025, items="向经营者讲解")
    review = {"rating": "good", "note": "清单完整"}
    assert _post(login(filer_a), f"/api/education/lists/{drafted.pk}/review", review).status_code == 403
    response = _post(
        login(filer_a), f"/api/education/lists/{drafted.pk}/publish", {"published_on": "2025-02-01"}
    )
    assert response.status_code == 200 and response.json()["status"] == "published"
    assert _post(login(filer_a), f"/api/education/lists/{drafted.pk}/review", review).status_code == 403
    response = _post(login(reviewer), f"/api/education/lists/{drafted.pk}/review", review)
    assert response.status_code == 200
    assert ResponsibilityList.objects.get().status == "reviewed"


def test_a_vice_principal_is_appointed_through_the_api(filer_b, unit_b, login):
    school = actions.add_school(filer_b, unit_b, name="城关小学")
    body = {"name": "王法官", "employer": "县法院", "starts_on": "2025-09-01", "ends_on": "2025-08-31"}
    client = login(filer_b)
    response = _post(client, f"/api/education/schools/{school.pk}/vice-principals", body)
    assert response.status_code == 400 and response.json()["field"] == "ends_on"
    body["ends_on"] = "2028-08-31"
    assert _post(client, f"/api/education/schools/{school.pk}/vice-principals", body).status_code == 200
    assert [
        vp["name"] for vp in client.get(f"/api/education/schools/{school.pk}").json()["vice_principals"]
    ] == ["王法官"]
    assert VicePrincipal.objects.count() == 1 and School.objects.count() == 1


def test_lists_filter_by_year_and_unit(filer_a, filer_b, unit_a, unit_b, login, media_root):
    RECORDERS["exams"](filer_a, unit_a, 0)
    RECORDERS["exams"](filer_a, unit_a, 400)  # a year earlier
    RECORDERS["exams"](filer_b, unit_b, 0)
    RECORDERS["reports"](filer_a, unit_a, 0)
    client = login(filer_a)
    assert client.get("/api/education/exams?year=2025").json()["count"] == 1
    assert client.get("/api/education/exams?year=2024").json()["count"] == 1
    assert client.get(f"/api/education/exams?organisation_id={unit_a.pk}").json()["count"] == 2
    assert client.get("/api/education/reports?year=2025").json()["count"] == 1
    assert client.get("/api/education/reports?year=2024").json()["count"] == 0
    assert client.get("/api/education/exams?year=99999").status_code == 422


def test_every_operation_has_a_chinese_summary(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    operations = [
        (path, operation)
        for path, methods in paths.items()
        if path.startswith("/api/education")
        for operation in methods.values()
    ]
    assert len(operations) >= 35
    for path, operation in operations:
        assert re.search(r"[\u4e00-\u9fff]", operation["summary"]), path


def _count_queries(client, url) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


# The pinned number of queries of each list: session and user, the scope, count, page (+ prefetch).
PINNED = {kind: 6 for kind in RECORDERS} | {"schools": 7}


@pytest.mark.parametrize("kind", list(RECORDERS))
def test_each_list_keeps_its_query_count_at_two_sizes(kind, filer_a, unit_a, login, media_root):
    client = login(filer_a)
    url = f"/api/education/{kind}?limit=100"
    RECORDERS[kind](filer_a, unit_a, 0)
    RECORDERS[kind](filer_a, unit_a, 1)
    small = _count_queries(client, url)
    for index in range(2, 14):
        RECORDERS[kind](filer_a, unit_a, index)
    assert client.get(url).json()["count"] == 14
    assert _count_queries(client, url) == small <= PINNED[kind]
    assert AccountabilityReport.objects.count() == (14 if kind == "reports" else 0)
