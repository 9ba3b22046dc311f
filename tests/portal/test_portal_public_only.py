"""Open data holds only what the law makes public, of the region asked for: never a draft,
never another region's record, and the same through the downloads and the API."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from fazhi.normdocs.models import NormativeDocument


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.fixture
def documents(office, unit_a, elsewhere):
    from fazhi.org.models import Organisation

    Organisation.objects.create(
        name="泸州市江阳区司法局（依法治区办）",
        kind="department",
        region_code="510502",
        is_rule_of_law_office=True,
    )
    issued = dt.date(2025, 3, 1)
    return {
        "public": NormativeDocument.objects.create(
            organisation=unit_a,
            title="公开的文件",
            status="in_force",
            document_number="德市监〔2025〕1号",
            issued_on=issued,
        ),
        "draft": NormativeDocument.objects.create(
            organisation=unit_a, title="草案文件", status="approved", issued_on=issued
        ),
        "elsewhere": NormativeDocument.objects.create(
            organisation=elsewhere,
            title="外地的文件",
            status="in_force",
            document_number="江司〔2025〕1号",
            issued_on=issued,
        ),
    }


def test_downloads_and_api_hold_only_the_regions_published_documents(client, documents):
    for url in (
        "/portal/data/330521/2025/normative-documents.json",
        "/portal/data/330521/2025/normative-documents.csv",
        "/api/public/330521/2025/normative-documents",
    ):
        text = body(client.get(url)).decode("utf-8-sig")
        if url.startswith("/api/"):
            text = json.dumps(json.loads(text), ensure_ascii=False)
        assert "公开的文件" in text, url
        assert "草案文件" not in text and "外地的文件" not in text, url
    rows = json.loads(body(client.get("/portal/data/510502/2025/normative-documents.json")))["rows"]
    assert [row["title"] for row in rows] == ["外地的文件"]


def test_the_year_page_and_the_data_index_need_no_login(client, documents):
    for url in (
        "/portal/",
        "/portal/data/",
        "/portal/330521/2025/",
        "/portal/data/catalog.json",
        "/api/public/regions",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert b"/login" not in body(response), url
