"""Pages, API and portal: another unit sees and changes nothing; the office reads the region;
lists keep their query count; the portal verifies uploaded files."""

from __future__ import annotations

import io
import json
import re
from types import SimpleNamespace

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from fazhi.core.deadlines import local_today
from fazhi.inspections import actions, actions_pools
from fazhi.inspections.models import (
    Conflict,
    Draw,
    Entity,
    InspectionEvent,
    Inspector,
    Matter,
    Plan,
    Task,
)

from .conftest import MATTER, credit_code, fill_pools, make_plan


def state():
    return (
        Plan.objects.count(),
        Draw.objects.filter(status="drawn").count(),
        Task.objects.exclude(outcome="").count(),
        Matter.objects.count(),
        Entity.objects.count(),
        Inspector.objects.count(),
        Conflict.objects.count(),
        InspectionEvent.objects.filter(kind="plan").count(),
        InspectionEvent.objects.filter(kind="list").count(),
    )


@pytest.fixture
def drawn_a(plan_a, filer_a):
    return actions.perform_draw(filer_a, actions.commit_draw(filer_a, plan_a))


@pytest.mark.parametrize(
    ("method", "url", "data"),
    [
        ("get", "/inspections/plans/{plan}/", {}),
        ("post", "/inspections/plans/{plan}/commit/", {}),
        ("post", "/inspections/plans/{plan}/publish/", {}),
        ("get", "/inspections/draws/{draw}/", {}),
        ("post", "/inspections/draws/{draw}/draw/", {}),
        ("post", "/inspections/draws/{draw}/void/", {"reason": "乙单位想作废甲单位的摇号"}),
        ("get", "/inspections/draws/{draw}/results.xlsx", {}),
        ("get", "/inspections/draws/{draw}/seed/", {}),
        ("get", "/inspections/tasks/{task}/", {}),
        ("post", "/inspections/tasks/{task}/", {"outcome": "case", "inspected_on": "2026-01-05"}),
        ("get", "/inspections/matters/{matter}/", {}),
        ("post", "/inspections/matters/{matter}/", {**MATTER, "change_reason": "乙单位篡改"}),
    ],
)
def test_b_gets_404_on_a_records_and_nothing_changes(drawn_a, filer_b, login, method, url, data):
    client = login(filer_b)
    before = state()
    ids = {
        "plan": drawn_a.plan_id,
        "draw": drawn_a.pk,
        "task": drawn_a.tasks.first().pk,
        "matter": drawn_a.plan.matters.first().pk,
    }
    response = getattr(client, method)(url.format(**ids), data)
    assert response.status_code == 404
    assert "市场监督管理局" not in response.content.decode("utf-8", errors="ignore")
    assert state() == before


def test_api_b_gets_404_on_a_records_and_nothing_changes(drawn_a, filer_b, login):
    client = login(filer_b)
    before = state()
    assert client.get(f"/api/inspections/draws/{drawn_a.pk}").status_code == 404
    assert client.get(f"/api/inspections/draws/{drawn_a.pk}/tasks").status_code == 404
    response = client.post(
        f"/api/inspections/tasks/{drawn_a.tasks.first().pk}/result",
        content_type="application/json",
        data=json.dumps({"outcome": "case", "inspected_on": "2026-01-05"}),
    )
    assert response.status_code == 404
    assert state() == before


def test_lists_hold_nothing_of_a(drawn_a, filer_b, unit_b, login):
    fill_pools(filer_b, unit_b, entities=3, inspectors=2, start=500, prefix="B")
    make_plan(filer_b, unit_b, title="乙单位的计划")
    client = login(filer_b)
    page = client.get("/inspections/").content.decode()
    assert "乙单位的计划" in page and "2026年食品经营双随机抽查" not in page
    sheet = load_workbook(io.BytesIO(client.get("/inspections/export/").content)).active
    assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["乙单位的计划"]
    entities = client.get("/inspections/entities/").content.decode()
    assert credit_code(500) in entities and credit_code(0) not in entities
    sheet = load_workbook(io.BytesIO(client.get("/inspections/entities/export/").content)).active
    assert {row[2] for row in sheet.iter_rows(min_row=2, values_only=True)} == {
        credit_code(n) for n in (500, 501, 502)
    }
    assert "33052100A000" not in client.get("/inspections/inspectors/").content.decode()
    assert "市场监督管理局" not in client.get("/inspections/matters/").content.decode()
    assert [row["title"] for row in client.get("/api/inspections/plans").json()["items"]] == ["乙单位的计划"]
    assert len(client.get("/api/inspections/entities").json()["items"]) == 3


def test_the_office_reads_the_region_but_acts_only_by_proxy(drawn_a, reviewer, unit_a, login):
    client = login(reviewer)
    assert "2026年食品经营双随机抽查" in client.get("/inspections/").content.decode()
    assert credit_code(0) in client.get("/inspections/entities/").content.decode()
    before = state()
    task = drawn_a.tasks.first()
    response = client.post(
        f"/inspections/tasks/{task.pk}/", {"outcome": "case", "inspected_on": "2026-01-05"}
    )
    assert response.status_code == 200
    assert "代为录入" in response.content.decode()
    assert state() == before


def test_forged_posts_for_another_unit_change_nothing(drawn_a, filer_b, unit_a, login):
    client = login(filer_b)
    before = state()
    inspector = Inspector.objects.filter(organisation=unit_a).first()
    posts = [
        (
            "/inspections/plans/new/",
            {
                "organisation": unit_a.pk,
                "title": "伪造",
                "matters": [drawn_a.plan.matters.first().pk],
                "sampling_percent": "5",
                "raised_percent": "10",
                "inspectors_per_object": 2,
                "starts_on": "2026-01-01",
                "ends_on": "2026-12-31",
            },
        ),
        ("/inspections/matters/new/", {"organisation": unit_a.pk, **MATTER}),
        (
            "/inspections/entities/new/",
            {
                "organisation": unit_a.pk,
                "name": "伪造公司",
                "credit_code": credit_code(777),
                "risk_grade": "low",
            },
        ),
        (
            "/inspections/inspectors/new/",
            {"organisation": unit_a.pk, "name": "伪造", "certificate_number": "X1"},
        ),
        ("/inspections/inspectors/roster/", {"organisation": unit_a.pk}),
        (
            "/inspections/inspectors/recusals/new/",
            {"inspector": inspector.pk, "credit_code": credit_code(1), "reason": "伪造"},
        ),
    ]
    for url, data in posts:
        response = client.post(url, data)
        assert response.status_code == 200, url  # the form again, with the choice refused
        assert "选择一个有效的选项" in response.content.decode(), url
    assert state() == before


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


LISTS = [
    "/inspections/",
    "/inspections/matters/",
    "/inspections/entities/",
    "/inspections/inspectors/",
    "/portal/inspections/",
    "/api/inspections/plans",
    "/api/inspections/entities",
]


def test_list_query_counts_do_not_grow_with_rows(filer_a, unit_a, login):
    client = login(filer_a)
    fill_pools(filer_a, unit_a, entities=3, inspectors=3)
    plan = make_plan(filer_a, unit_a, sampling_percent=100, raised_percent=100)
    draw = actions.perform_draw(filer_a, actions.commit_draw(filer_a, plan))
    urls = [
        *LISTS,
        f"/inspections/draws/{draw.pk}/",
        f"/portal/inspections/plans/{plan.pk}/",
        f"/api/inspections/draws/{draw.pk}/tasks",
    ]
    for task in draw.tasks.all():
        actions.record_result(filer_a, task, outcome="no_problem", inspected_on=draw.drawn_on)
    actions.publish_results(filer_a, plan)
    for url in urls:
        client.get(url)  # the first request of a session loads what later ones have cached
    small = {url: _queries(client, url) for url in urls}
    fill_pools(filer_a, unit_a, entities=30, inspectors=30, start=100, prefix="C")
    for _n in range(10):
        make_plan(filer_a, unit_a)
    bigger = make_plan(filer_a, unit_a, sampling_percent=100, raised_percent=100)
    big_draw = actions.perform_draw(filer_a, actions.commit_draw(filer_a, bigger))
    for task in big_draw.tasks.all():
        actions.record_result(filer_a, task, outcome="no_problem", inspected_on=big_draw.drawn_on)
    actions.publish_results(filer_a, bigger)
    urls_big = [
        *LISTS,
        f"/inspections/draws/{big_draw.pk}/",
        f"/portal/inspections/plans/{bigger.pk}/",
        f"/api/inspections/draws/{big_draw.pk}/tasks",
    ]
    assert big_draw.tasks.count() == 33
    assert [_queries(client, url) for url in urls_big] == list(small.values())


def test_the_portal_verifies_uploaded_files(drawn_a, client):
    page = client.get(f"/portal/inspections/draws/{drawn_a.pk}/")
    assert drawn_a.snapshot_sha256 in page.content.decode()
    files = {
        name: client.get(f"/portal/inspections/draws/{drawn_a.pk}/{name}/").content
        for name in ("snapshot", "seed", "result")
    }
    upload = {name: SimpleUploadedFile(f"{name}.txt", content) for name, content in files.items()}
    response = client.post(f"/portal/inspections/draws/{drawn_a.pk}/", upload)
    assert 'data-verification="match"' in response.content.decode()
    changed = files["snapshot"].replace(credit_code(5).encode(), credit_code(5555).encode())
    upload = {
        name: SimpleUploadedFile(f"{name}.txt", content)
        for name, content in {**files, "snapshot": changed}.items()
    }
    response = client.post(f"/portal/inspections/draws/{drawn_a.pk}/", upload)
    assert 'data-verification="mismatch"' in response.content.decode()


def test_the_seed_stays_secret_until_the_draw(plan_a, filer_a, client):
    draw = actions.commit_draw(filer_a, plan_a)
    assert client.get(f"/portal/inspections/draws/{draw.pk}/seed/").status_code == 404
    assert draw.seed not in client.get(f"/portal/inspections/draws/{draw.pk}/").content.decode()
    assert client.get(f"/portal/inspections/draws/{draw.pk}/snapshot/").status_code == 200


def test_roster_officers_join_the_pool_certified_and_in_date_only(filer_a, unit_a, unit_b, monkeypatch):
    import datetime as dt

    officers = [
        {
            "name": "在证人员",
            "certificate_number": "ZF001",
            "organisation_id": unit_a.pk,
            "field": "市场监管",
            "expires_on": dt.date(2099, 1, 1),
        },
        {
            "name": "过期人员",
            "certificate_number": "ZF002",
            "organisation_id": unit_a.pk,
            "field": "市场监管",
            "expires_on": dt.date(2000, 1, 1),
        },
        {
            "name": "别的单位",
            "certificate_number": "ZF003",
            "organisation_id": unit_b.pk,
            "field": "市场监管",
            "expires_on": None,
        },
    ]
    roster = SimpleNamespace(certified_officers=lambda region_code, on: list(officers))
    monkeypatch.setattr(actions_pools, "roster_providers", lambda: [roster])
    assert actions.take_roster(filer_a, unit_a) == 1
    assert actions.take_roster(filer_a, unit_a) == 0  # twice adds nothing
    assert list(Inspector.objects.values_list("name", "source")) == [("在证人员", "roster")]


def test_the_office_draws_for_a_department_by_proxy_with_a_reason(plan_a, reviewer, login):
    client = login(reviewer)
    assert 'name="proxy_reason"' in client.get(f"/inspections/plans/{plan_a.pk}/").content.decode()
    client.post(f"/inspections/plans/{plan_a.pk}/commit/", {})
    assert not plan_a.draws.exists()
    reason = "该局尚未开通账号，依其书面申请代为摇号"
    response = client.post(f"/inspections/plans/{plan_a.pk}/commit/", {"proxy": "on", "proxy_reason": reason})
    draw = plan_a.draws.get()
    assert response.status_code == 302 and response["Location"] == f"/inspections/draws/{draw.pk}/"
    client.post(f"/inspections/draws/{draw.pk}/draw/", {"proxy": "on", "proxy_reason": reason})
    draw.refresh_from_db()
    assert draw.status == "drawn"
    assert InspectionEvent.objects.get(plan=plan_a, verb="draw").proxy_reason == reason


def test_a_result_saved_on_a_stale_page_is_refused_and_the_first_result_stays(
    drawn_a, filer_a, leader_a, login
):
    client = login(filer_a)
    task = drawn_a.tasks.first()
    opened = re.search(
        r'name="version" value="(\d+)"', client.get(f"/inspections/tasks/{task.pk}/").content.decode()
    )
    # Meanwhile the department's leader records the result.
    actions.record_result(
        leader_a, Task.objects.get(pk=task.pk), outcome="no_problem", inspected_on=local_today()
    )
    events = InspectionEvent.objects.filter(verb="result").count()
    response = client.post(
        f"/inspections/tasks/{task.pk}/",
        {
            "outcome": "case",
            "inspected_on": local_today().isoformat(),
            "findings": "无证经营",
            "version": opened.group(1),
        },
    )
    page = response.content.decode()
    assert response.status_code == 200 and "修改了这条记录" in page and "无证经营" in page
    task.refresh_from_db()
    assert (task.outcome, task.findings) == ("no_problem", "")
    assert InspectionEvent.objects.filter(verb="result").count() == events
