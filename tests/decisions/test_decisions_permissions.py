"""Unit B cannot see or change unit A's decisions: every view and endpoint."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from openpyxl import load_workbook

from fazhi.decisions.models import ArchiveDocument, Catalogue, Decision, DecisionEvent, Procedure

from .conftest import hold, open_call


@pytest.fixture
def world(catalogue, item_a, item_b, filer_a):
    hold(filer_a, item_a, "legality_review")
    # A's call for comment has closed and waits for its outcome: B must not record it.
    open_call(filer_a, item_a, started_on=dt.date(2025, 4, 1))
    return {"catalogue": catalogue, "item": item_a}


def state():
    return (
        list(Decision.objects.order_by("pk").values()),
        list(Catalogue.objects.order_by("pk").values()),
        list(Procedure.objects.order_by("pk").values()),
        ArchiveDocument.objects.count(),
        DecisionEvent.objects.count(),
    )


CALL = {"started_on": "2025-04-01", "ended_on": "2030-05-01", "documents": "x", "how_to_comment": "y"}


PAGES = [
    ("get", "/decisions/{item}/", {}),
    ("get", "/decisions/{item}/procedure/", {}),
    (
        "post",
        "/decisions/{item}/procedure/",
        {
            "kind": "expert_argumentation",
            "started_on": "2025-05-01",
            "ended_on": "2025-05-01",
            "documents": "x",
            "outcome": "y",
        },
    ),
    ("get", "/decisions/{item}/call/", {}),
    ("post", "/decisions/{item}/call/", CALL),
    ("get", "/decisions/{item}/call/outcome/", {}),
    ("post", "/decisions/{item}/call/outcome/", {"outcome": "冒充的意见采纳情况", "documents": "x"}),
    ("get", "/decisions/{item}/take/", {}),
    ("post", "/decisions/{item}/take/", {"taken_on": "2025-06-20"}),
    ("get", "/decisions/{item}/document/", {}),
    ("post", "/decisions/{item}/document/", {"dated_on": "2025-05-01", "title": "x"}),
    ("get", "/decisions/{item}/evaluate/", {}),
    (
        "post",
        "/decisions/{item}/evaluate/",
        {"evaluated_on": "2025-05-01", "evaluator": "x", "conclusion": "y"},
    ),
    ("get", "/decisions/{item}/adjust/", {}),
    ("post", "/decisions/{item}/adjust/", {"kind": "remove", "reason": "x", "adjusted_on": "2025-05-01"}),
    ("get", "/decisions/catalogues/{catalogue}/", {}),
    ("post", "/decisions/catalogues/{catalogue}/publish/", {}),
    ("get", "/decisions/catalogues/{catalogue}/add/", {}),
    ("post", "/decisions/catalogues/{catalogue}/add/", {"title": "x"}),
    ("get", "/decisions/catalogues/{catalogue}/import/", {}),
]


@pytest.mark.parametrize(("method", "template", "data"), PAGES)
def test_b_gets_404_on_a_records_and_nothing_changes(world, filer_b, login, method, template, data):
    client = login(filer_b)
    before = state()
    url = template.format(item=world["item"].pk, catalogue=world["catalogue"].pk)
    response = getattr(client, method)(url, data)
    assert response.status_code == 404
    assert "甲单位" not in response.content.decode()
    assert state() == before


@pytest.mark.parametrize(
    ("method", "template", "payload"),
    [
        ("get", "/api/decisions/{item}", None),
        (
            "post",
            "/api/decisions/{item}/procedures",
            {
                "kind": "expert_argumentation",
                "started_on": "2025-05-01",
                "ended_on": "2025-05-01",
                "documents": "x",
                "outcome": "y",
            },
        ),
        ("post", "/api/decisions/{item}/call", CALL),
        ("post", "/api/decisions/{item}/call/outcome", {"outcome": "冒充的意见采纳情况"}),
        ("post", "/api/decisions/{item}/take", {"taken_on": "2025-06-20"}),
    ],
)
def test_api_b_gets_404_on_a_records_and_nothing_changes(world, filer_b, login, method, template, payload):
    client = login(filer_b)
    before = state()
    url = template.format(item=world["item"].pk)
    response = (
        client.get(url)
        if method == "get"
        else client.post(url, data=json.dumps(payload), content_type="application/json")
    )
    assert response.status_code == 404
    assert state() == before


def test_lists_hold_nothing_of_a(world, filer_b, login):
    client = login(filer_b)
    page = client.get("/decisions/").content.decode()
    assert "甲单位的决策事项" not in page and "乙单位的决策事项" in page
    body = client.get("/api/decisions").json()
    assert [row["title"] for row in body["items"]] == ["乙单位的决策事项"]
    sheet = load_workbook(io.BytesIO(client.get("/decisions/export/").content)).active
    assert [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["乙单位的决策事项"]


def test_office_pages_are_refused_to_a_unit(world, filer_b, login, government):
    client = login(filer_b)
    before = state()
    assert client.get("/decisions/catalogues/new/").status_code == 403
    assert (
        client.post("/decisions/catalogues/new/", {"organisation": government.pk, "year": 2026}).status_code
        == 403
    )
    assert client.get("/decisions/catalogues/import/template/").status_code == 200  # an empty template
    assert state() == before


def test_a_unit_reads_but_does_not_adjust_its_own_item(world, filer_a, login):
    client = login(filer_a)
    before = state()
    assert client.get(f"/decisions/{world['item'].pk}/").status_code == 200
    assert (
        client.post(
            f"/decisions/{world['item'].pk}/adjust/",
            {"kind": "remove", "reason": "x", "adjusted_on": "2025-05-01"},
        ).status_code
        == 403
    )
    assert state() == before
