"""A unit cannot see or change another unit's drafts: every view and endpoint.

Unit B's filer tries unit A's records. Each case asserts two things: nothing
of A came back, and nothing changed (a snapshot of the rows and the count of
event rows before and after).
"""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from openpyxl import Workbook, load_workbook

from fazhi.normdocs import actions, actions_cleanup
from fazhi.normdocs.models import (
    CleanupCampaign,
    Filing,
    IssuerListing,
    NormativeDocument,
    NormativeDocumentEvent,
)

from .conftest import draft_of, issued_of


@pytest.fixture
def world(listed, filer_a, filer_b, reviewer, unit_a, unit_b, office):
    draft = draft_of(filer_a, unit_a, title="甲单位的草案")
    issued = issued_of(filer_a, reviewer, unit_a, title="甲单位的已印发文件")
    actions.file_document(filer_a, issued, filed_on=dt.date(2025, 4, 10), today=dt.date(2025, 4, 10))
    submitted = draft_of(filer_a, unit_a, title="甲单位审核中的草案")
    actions.submit_for_review(filer_a, submitted)
    campaign = actions_cleanup.create_campaign(
        reviewer, office, title="办公室的清理", started_on=dt.date(2025, 9, 1)
    )
    return {"draft": draft, "issued": issued, "submitted": submitted, "campaign": campaign}


def state(world):
    rows = {}
    for key in ("draft", "issued", "submitted"):
        document = NormativeDocument.objects.get(pk=world[key].pk)
        rows[key] = {f.attname: getattr(document, f.attname) for f in document._meta.concrete_fields}
    return (
        rows,
        NormativeDocumentEvent.objects.count(),
        NormativeDocument.objects.count(),
        list(Filing.objects.values()),
        CleanupCampaign.objects.count(),
        IssuerListing.objects.count(),
    )


RECORD_PAGES = [
    ("get", "/normdocs/{draft}/", {}),
    ("get", "/normdocs/{draft}/edit/", {}),
    ("post", "/normdocs/{draft}/edit/", {"title": "被篡改"}),
    ("post", "/normdocs/{draft}/submit/", {}),
    ("get", "/normdocs/{submitted}/review/", {}),
    ("post", "/normdocs/{submitted}/review/", {"outcome": "passed"}),
    ("get", "/normdocs/{draft}/issue/", {}),
    ("post", "/normdocs/{draft}/issue/", {"document_number": "X", "issued_on": "2025-04-01"}),
    ("get", "/normdocs/{issued}/file/", {}),
    ("post", "/normdocs/{issued}/file/", {"filed_on": "2025-04-10"}),
    ("get", "/normdocs/{issued}/filing/decide/", {}),
    ("post", "/normdocs/{issued}/filing/decide/", {"accept": "0", "reasons": "x"}),
    ("get", "/normdocs/{issued}/evaluate/", {}),
    (
        "post",
        "/normdocs/{issued}/evaluate/",
        {"evaluated_on": "2025-05-01", "conclusion": "abolish", "summary": "x"},
    ),
    ("get", "/normdocs/cleanups/{campaign}/", {}),
    ("post", "/normdocs/cleanups/{campaign}/", {"close": "1"}),
]


def _url(template, world):
    return template.format(**{key: getattr(world[key], "pk", None) for key in world})


@pytest.mark.parametrize(("method", "template", "data"), RECORD_PAGES)
def test_b_gets_404_on_a_records_and_nothing_changes(world, filer_b, login, method, template, data):
    client = login(filer_b)
    before = state(world)
    response = getattr(client, method)(_url(template, world), data)
    assert response.status_code == 404
    assert "甲单位" not in response.content.decode()
    assert state(world) == before


API_CALLS = [
    ("get", "/api/normdocs/{draft}", None),
    ("post", "/api/normdocs/{draft}/submit", {}),
    ("post", "/api/normdocs/{submitted}/review", {"outcome": "passed", "answers": {}}),
    ("post", "/api/normdocs/{draft}/issue", {"document_number": "X", "issued_on": "2025-04-01"}),
    ("post", "/api/normdocs/{issued}/file", {"filed_on": "2025-04-10"}),
    ("post", "/api/normdocs/{issued}/filing/decide", {"accept": False, "reasons": "x"}),
]


@pytest.mark.parametrize(("method", "template", "payload"), API_CALLS)
def test_api_b_gets_404_on_a_records_and_nothing_changes(world, filer_b, login, method, template, payload):
    client = login(filer_b)
    before = state(world)
    url = _url(template, world)
    if method == "get":
        response = client.get(url)
    else:
        response = client.post(url, data=json.dumps(payload), content_type="application/json")
    assert response.status_code == 404
    assert "甲单位" not in response.content.decode()
    assert state(world) == before


def test_lists_hold_nothing_of_a(world, filer_b, login):
    client = login(filer_b)
    for url in (
        "/normdocs/",
        "/normdocs/?q=草案",
        "/normdocs/filings/",
        "/normdocs/cleanups/",
        "/normdocs/issuers/",
    ):
        page = client.get(url).content.decode()
        assert "甲单位" not in page and "办公室的清理" not in page and "市场监督管理局" not in page, url
    for url in ("/api/normdocs", "/api/normdocs/filings"):
        body = client.get(url).json()
        assert body["count"] == 0, url


def test_export_holds_nothing_of_a(world, filer_b, login):
    response = login(filer_b).get("/normdocs/export/")
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet.max_row == 1  # the header only


def test_forged_post_to_draft_for_a_changes_nothing(world, filer_b, unit_a, login):
    client = login(filer_b)
    before = state(world)
    response = client.post(
        "/normdocs/new/",
        {
            "organisation": unit_a.pk,
            "title": "冒名草案",
            "comment_from": "2025-03-03",
            "comment_until": "2025-03-14",
        },
    )
    assert response.status_code == 200
    assert "选择一个有效的选项" in response.content.decode()
    response = client.post(
        "/api/normdocs",
        data=json.dumps({"organisation_id": unit_a.pk, "title": "冒名草案"}),
        content_type="application/json",
    )
    assert response.status_code == 403
    assert state(world) == before


def test_office_pages_are_refused_to_a_unit(world, filer_b, unit_a, login):
    client = login(filer_b)
    before = state(world)
    assert client.get("/normdocs/checklist/").status_code == 403
    assert client.post("/normdocs/checklist/", {"kind": "procedure", "text": "x"}).status_code == 403
    assert (
        client.post(
            "/normdocs/issuers/",
            {"organisation": unit_a.pk, "listing": "negative", "listed_on": "2025-01-01"},
        ).status_code
        == 403
    )
    assert client.post("/normdocs/cleanups/", {"title": "x", "started_on": "2025-01-01"}).status_code == 403
    assert client.get("/normdocs/import/issuers/").status_code == 403
    assert client.get("/normdocs/import/issuers/template/").status_code == 403
    assert state(world) == before


def _workbook(rows):
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    buffer.name = "documents.xlsx"
    return buffer


def test_import_for_a_is_refused_row_by_row(world, filer_b, unit_a, unit_b, login):
    client = login(filer_b)
    before = state(world)
    header = ["制定机关", "标题", "文号", "印发日期", "施行日期", "有效期至", "暂行/试行"]
    upload = _workbook(
        [
            header,
            [unit_b.name, "乙单位文件", "乙〔2024〕1号", "2024-03-01", "", "", "否"],
            [unit_a.name, "冒名文件", "甲〔2024〕9号", "2024-03-01", "", "", "否"],
        ]
    )
    response = client.post("/normdocs/import/documents/", {"file": upload})
    page = response.content.decode()
    assert "未导入任何数据" in page
    assert f"没有名为{unit_a.name}且您有权操作的单位。" in page
    assert state(world) == before
    assert client.get("/normdocs/import/documents/template/").status_code == 200
