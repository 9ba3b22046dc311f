"""No unit sees another unit's draft or review, through any page or endpoint; attempts change nothing."""

from __future__ import annotations

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from fazhi.filings import actions
from fazhi.filings.models import AnnualReportFiling, FilingEvent, FilingStatus

from .conftest import report

A_SECRET = "德清县市场监督管理局"


def _events():
    return FilingEvent.objects.count()


@pytest.mark.parametrize("name", ["detail", "return"])
def test_b_cannot_open_a_filing_pages(login, draft_a, filer_b, name):
    response = login(filer_b).get(reverse(f"filings:{name}", args=[draft_a.pk]))
    assert response.status_code == 404
    assert A_SECRET not in response.content.decode()


def test_b_cannot_download_a_version(login, draft_a, filer_b):
    response = login(filer_b).get(reverse("filings:version_file", args=[draft_a.pk, 1]))
    assert response.status_code == 404


@pytest.mark.parametrize("name", ["submit", "accept", "publish", "return"])
def test_b_forged_posts_change_nothing(login, submitted_a, filer_b, snapshot, name):
    before, events = snapshot(submitted_a), _events()
    response = login(filer_b).post(reverse(f"filings:{name}", args=[submitted_a.pk]), {"reasons": "x"})
    assert response.status_code == 404
    assert snapshot(submitted_a) == before and _events() == events


def test_b_cannot_upload_for_a(login, draft_a, filer_b, season, unit_a, snapshot):
    before, events = snapshot(draft_a), _events()
    response = login(filer_b).post(
        reverse("filings:upload", args=[season.pk, unit_a.pk]),
        {"file": SimpleUploadedFile("a.txt", report().encode())},
    )
    assert response.status_code == 404
    assert snapshot(draft_a) == before and _events() == events and draft_a.versions.count() == 1


def test_filer_cannot_sign_off_or_review_through_the_pages(login, draft_a, filer_a, snapshot):
    client = login(filer_a)
    before = snapshot(draft_a)
    for name in ("submit", "accept", "publish"):
        response = client.post(reverse(f"filings:{name}", args=[draft_a.pk]))
        assert response.status_code == 403
    assert client.get(reverse("filings:return", args=[draft_a.pk])).status_code == 403
    assert snapshot(draft_a) == before


def test_leader_signs_off_through_the_page(login, draft_a, leader_a):
    response = login(leader_a).post(reverse("filings:submit", args=[draft_a.pk]), {"confirm": "1"})
    assert response.status_code == 302
    assert AnnualReportFiling.objects.get(pk=draft_a.pk).status == FilingStatus.SUBMITTED


def test_season_board_shows_b_only_its_own_row(login, draft_a, filer_b, season):
    page = login(filer_b).get(reverse("filings:season", args=[season.pk])).content.decode()
    assert "德清县武康街道办事处" in page
    assert A_SECRET not in page


def test_season_export_holds_only_own_rows(login, draft_a, filer_b, season):
    import io

    from openpyxl import load_workbook

    response = login(filer_b).get(reverse("filings:season_export", args=[season.pk]))
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert [r[0] for r in rows[1:]] == ["德清县武康街道办事处"]


@pytest.mark.parametrize("name", ["season_edit", "season_notice"])
def test_units_cannot_manage_the_season_or_draw_the_notice(login, season, filer_a, leader_a, name):
    for user in (filer_a, leader_a):
        assert login(user).get(reverse(f"filings:{name}", args=[season.pk])).status_code == 404


def test_units_cannot_open_a_season(login, filer_a, government, snapshot):
    response = login(filer_a).post(reverse("filings:season_new"), {"year": 2025})
    assert response.status_code == 403
    assert not FilingEvent.objects.exists()


def test_forged_season_edit_changes_nothing(login, season, filer_a, snapshot):
    before = snapshot(season)
    response = login(filer_a).post(
        reverse("filings:season_edit", args=[season.pk]),
        {"filing_due": "2026-01-01", "publication_due": "2026-03-31"},
    )
    assert response.status_code == 404
    assert snapshot(season) == before


def test_other_region_sees_no_season(login, season, far_filer):
    client = login(far_filer)
    assert client.get(reverse("filings:season", args=[season.pk])).status_code == 404
    assert str(season.year) not in client.get(reverse("filings:index")).content.decode().split("<main")[-1]


def test_index_lists_own_filings_only(login, draft_a, filer_b, season, unit_b):
    actions.upload_report(
        filer_b, season, unit_b, data=report("德清县武康街道办事处").encode(), name="b.txt", kind="txt"
    )
    page = login(filer_b).get(reverse("filings:index")).content.decode()
    assert "德清县武康街道办事处" in page and A_SECRET not in page


# The API: same scoping, same actions.


def test_api_b_cannot_read_a(login, draft_a, filer_b):
    client = login(filer_b)
    assert client.get(f"/api/filings/filings/{draft_a.pk}").status_code == 404
    assert client.get(f"/api/filings/filings/{draft_a.pk}/review").status_code == 404
    listed = client.get("/api/filings/filings").json()
    assert listed["items"] == []


def test_api_b_cannot_upload_for_a(login, draft_a, filer_b, season, unit_a, snapshot):
    before, events = snapshot(draft_a), _events()
    client = login(filer_b)
    response = client.post(
        f"/api/filings/seasons/{season.pk}/units/{unit_a.pk}/upload",
        {"file": SimpleUploadedFile("a.txt", report().encode())},
    )
    assert response.status_code == 404
    assert snapshot(draft_a) == before and _events() == events


def test_api_lists_seasons_of_own_region(login, season, filer_b, far_filer):
    assert [s["year"] for s in login(filer_b).get("/api/filings/seasons").json()["items"]] == [2025]
    assert login(filer_b).get(f"/api/filings/seasons/{season.pk}").json()["year"] == 2025
    client = login(far_filer)
    assert client.get("/api/filings/seasons").json()["items"] == []
    assert client.get(f"/api/filings/seasons/{season.pk}").status_code == 404


def test_api_upload_and_review(login, season, filer_a, unit_a):
    client = login(filer_a)
    response = client.post(
        f"/api/filings/seasons/{season.pk}/units/{unit_a.pk}/upload",
        {"file": SimpleUploadedFile("报告.txt", report().encode())},
    )
    assert response.status_code == 200, response.content
    filing = response.json()
    assert filing["status"] == "draft" and filing["version"] == 1
    review = client.get(f"/api/filings/filings/{filing['id']}/review").json()
    assert review["complete"] is True
    assert {p["code"] for p in review["parts"]} >= {"results", "shortcomings", "next_plan"}
    assert review["reading"]["year"] == 2025
    refused = client.post(
        f"/api/filings/seasons/{season.pk}/units/{unit_a.pk}/upload",
        {"file": SimpleUploadedFile("报告.pdf", b"%PDF-1.4 broken" * 20)},
    )
    assert refused.status_code == 400
    assert "PDF 文件已损坏" in json.loads(refused.content)["detail"]


def test_endpoints_are_in_the_openapi_description(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in (
        "/api/filings/seasons",
        "/api/filings/seasons/{season_id}",
        "/api/filings/filings",
        "/api/filings/filings/{filing_id}",
        "/api/filings/filings/{filing_id}/review",
        "/api/filings/seasons/{season_id}/units/{organisation_id}/upload",
    ):
        assert path in paths, path
    upload = paths["/api/filings/seasons/{season_id}/units/{organisation_id}/upload"]["post"]
    assert "multipart/form-data" in upload["requestBody"]["content"]
