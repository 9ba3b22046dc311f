"""Open data of the demo county: each dataset downloads as CSV and JSON, and both validate
against the dataset's published JSON Schema; the DCAT catalogue lists them all."""

from __future__ import annotations

import csv
import io
import json

import pytest
from jsonschema import Draft202012Validator

from fazhi.core.opendata import datasets

YEAR = 2025
REGION = "330521"  # 德清县, the demo county


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def typed(value: str, schema: dict):
    """A CSV cell read back by its schema: empty is null, then the declared type."""
    if value == "" and "anyOf" in schema:
        return None
    types = {schema.get("type")} | {option.get("type") for option in schema.get("anyOf", [])}
    if "boolean" in types:
        return {"true": True, "false": False}.get(value, value)
    if "integer" in types:
        return int(value)
    if "number" in types:
        number = float(value)
        return int(number) if number.is_integer() else number
    return value


@pytest.mark.parametrize("year", [YEAR - 1, YEAR])
def test_every_dataset_downloads_and_validates_against_its_schema(client, demo_county, year):
    counts = {}
    for dataset in datasets():
        base = f"/portal/data/{REGION}/{year}/{dataset.slug}"
        schema_response = client.get(base + ".schema.json")
        assert schema_response.status_code == 200
        schema = schema_response.json()
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)

        document = json.loads(body(client.get(base + ".json")))
        errors = [error.message for error in validator.iter_errors(document)]
        assert errors == [], (dataset.slug, errors[:3])
        assert document["$schema"].endswith(base + ".schema.json")

        response = client.get(base + ".csv")
        assert response["Content-Type"].startswith("text/csv")
        rows = list(csv.reader(io.StringIO(body(response).decode("utf-8-sig"))))
        assert rows[0] == dataset.field_names
        row_schema = schema["$defs"]["row"]["properties"]
        csv_rows = [
            {name: typed(cell, row_schema[name]) for name, cell in zip(rows[0], row, strict=True)}
            for row in rows[1:]
        ]
        csv_document = {"dataset": dataset.slug, "region": REGION, "year": year, "rows": csv_rows}
        errors = [error.message for error in validator.iter_errors(csv_document)]
        assert errors == [], (dataset.slug, errors[:3])
        assert csv_rows == document["rows"]
        counts[dataset.slug] = len(document["rows"])
    # The demo county publishes something in every dataset of 2025 (the year the demos fill).
    if year == YEAR:
        assert all(counts.values()), counts


def test_a_schema_refuses_a_wrong_row(client, demo_county):
    """The test above can fail: a code outside the code list breaks the schema."""
    schema = client.get(f"/portal/data/{REGION}/{YEAR}/normative-documents.schema.json").json()
    document = json.loads(body(client.get(f"/portal/data/{REGION}/{YEAR}/normative-documents.json")))
    document["rows"][0]["status"] = "draft"  # drafts are never public
    assert not Draft202012Validator(schema).is_valid(document)


def test_the_catalogue_lists_every_dataset_with_working_links(client, demo_county):
    catalogue = client.get("/portal/data/catalog.json").json()
    assert catalogue["@type"] == "dcat:Catalog"
    identifiers = {entry["dct:identifier"] for entry in catalogue["dcat:dataset"]}
    assert {f"{REGION}/{YEAR}/{dataset.slug}" for dataset in datasets()} <= identifiers
    entry = next(
        e for e in catalogue["dcat:dataset"] if e["dct:identifier"] == f"{REGION}/{YEAR}/annual-reports"
    )
    assert entry["dct:publisher"]["foaf:name"] == "德清县司法局"
    for distribution in entry["dcat:distribution"]:
        url = distribution["dcat:downloadURL"]["@id"].removeprefix("http://testserver")
        assert client.get(url).status_code == 200


def test_unknown_region_dataset_or_year_is_a_404(client, demo_county):
    assert client.get("/portal/data/999999/2025/annual-reports.csv").status_code == 404
    assert client.get(f"/portal/data/{REGION}/2025/no-such-thing.json").status_code == 404
    assert client.get(f"/portal/data/{REGION}/1990/annual-reports.json").status_code == 404


def test_the_api_answers_the_same_rows_without_login(client, demo_county):
    for dataset in datasets():
        api_rows = client.get(f"/api/public/{REGION}/{YEAR}/{dataset.slug}").json()
        document = json.loads(body(client.get(f"/portal/data/{REGION}/{YEAR}/{dataset.slug}.json")))
        assert api_rows == document["rows"], dataset.slug
    openapi = client.get("/api/openapi.json").json()
    operation = openapi["paths"]["/api/public/{region}/{year}/normative-documents"]["get"]
    assert operation["summary"] == "行政规范性文件（按地区和年度）"
    assert "无需登录" in operation["description"]


def test_no_portal_link_leads_to_the_login_page(client, demo_county):
    """Follow every link of the portal from its home (the demo county): each answers without login."""
    import re

    seen, queue, pages = set(), ["/portal/"], 0
    while queue and pages < 300:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        assert response.status_code == 200, url
        pages += 1
        if not response.get("Content-Type", "").startswith("text/html"):
            continue
        text = body(response).decode()
        assert "/login" not in text, url
        for link in re.findall(r'href="([^"#]+)', text):
            link = link.replace("&amp;", "&")
            if link.startswith("/") and not link.startswith("/static/") and link not in seen:
                queue.append(link)
    assert pages > 20 and any("/portal/normdocs/" in url for url in seen)


def test_the_csv_streams_through_core_s_export_writer(client, demo_county, monkeypatch):
    """One CSV writer for every export (core.exports): the portal keeps its file name and cells."""
    from fazhi.core import exports

    written = []
    real = exports.csv_lines

    def spy(*args, **kwargs):
        written.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(exports, "csv_lines", spy)
    response = client.get(f"/portal/data/{REGION}/{YEAR}/annual-reports.csv")
    assert response.streaming
    assert written == [next(d for d in datasets() if d.slug == "annual-reports").field_names]
    assert response["Content-Disposition"].startswith(
        f'attachment; filename="{REGION}-{YEAR}-annual-reports.csv"'
    )
    assert response["Link"].endswith('annual-reports.schema.json>; rel="describedby"')
    text = body(response).decode("utf-8")
    assert text.startswith("\ufeff")
    # Open data's cells (core.opendata.csv_cell), not a list export's: booleans as the schema reads them.
    dataset = next(d for d in datasets() if d.slug == "annual-reports")
    booleans = [i for i, f in enumerate(dataset.fields) if f.type == "boolean"]
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))[1:]
    assert rows and booleans
    assert {row[i] for row in rows for i in booleans} <= {"true", "false", ""}
