"""The office's pages: open and change a season, accept without publishing, publish later; the demo season."""

from __future__ import annotations

import datetime as dt
import re

from django.urls import reverse

from fazhi.filings.models import AnnualReportFiling, FilingSeason, FilingStatus


def test_office_opens_a_season_with_defaults(login, reviewer, government, office, unit_a, unit_b):
    client = login(reviewer)
    assert "开启年度报送" in client.get(reverse("filings:index")).content.decode()
    response = client.post(reverse("filings:season_new"), {"year": "2025", "requires_publication": "on"})
    season = FilingSeason.objects.get()
    assert response.status_code == 302 and response["Location"] == season.get_absolute_url()
    assert season.filing_due == dt.date(2026, 2, 28) and season.publication_due == dt.date(2026, 3, 31)
    assert season.required_organisations.count() == 4
    again = client.post(reverse("filings:season_new"), {"year": "2025"})
    assert "本地区已有 2025 年度的报送工作。" in again.content.decode()


def test_office_changes_deadlines_and_units_through_the_page(login, reviewer, season, unit_a, government):
    client = login(reviewer)
    response = client.post(
        reverse("filings:season_edit", args=[season.pk]),
        {
            "filing_due": "2026-01-30",
            "publication_due": "2026-01-20",
            "requires_publication": "on",
            "required_organisations": [unit_a.pk, government.pk],
        },
    )
    assert response.status_code == 200
    assert "公开期限不能早于报送期限。" in response.content.decode()
    response = client.post(
        reverse("filings:season_edit", args=[season.pk]),
        {
            "filing_due": "2026-01-30",
            "publication_due": "2026-03-31",
            "requires_publication": "on",
            "required_organisations": [unit_a.pk, government.pk],
        },
    )
    assert response.status_code == 302
    season.refresh_from_db()
    assert season.filing_due == dt.date(2026, 1, 30)
    assert set(season.required_organisations.values_list("pk", flat=True)) == {unit_a.pk, government.pk}


def test_accept_without_publishing_then_publish(login, submitted_a, reviewer):
    client = login(reviewer)
    client.post(reverse("filings:accept", args=[submitted_a.pk]), {})
    assert AnnualReportFiling.objects.get(pk=submitted_a.pk).status == FilingStatus.ACCEPTED
    response = client.post(reverse("filings:publish", args=[submitted_a.pk]), {"published_on": "2026-03-15"})
    assert response.status_code == 302
    filing = AnnualReportFiling.objects.get(pk=submitted_a.pk)
    assert filing.status == FilingStatus.PUBLISHED and filing.published_on == dt.date(2026, 3, 15)


def test_a_refused_step_shows_the_chinese_reason(login, draft_a, reviewer):
    response = login(reviewer).post(
        reverse("filings:accept", args=[draft_a.pk]), {"publish": "on"}, follow=True
    )
    assert "不能审核通过：当前状态为起草中" in response.content.decode()
    assert AnnualReportFiling.objects.get(pk=draft_a.pk).status == FilingStatus.DRAFT


def test_demo_season_is_in_progress(demo_county):
    """Loading the demo again adds nothing: tests/platform/test_org_demo.py::test_load_demo_again_adds_no_row."""
    from fazhi.filings import coverage
    from fazhi.org.models import User

    season = FilingSeason.objects.get(region_code="330521")
    rows = coverage.board(season, User.objects.get(username="reviewer"))
    statuses = {row.status for row in rows}
    assert statuses == {"not_filed", "draft", "submitted", "returned", "accepted", "published"}
    assert any(row.is_late and row.filing for row in rows), "some units filed late"
    assert any(row.is_incomplete for row in rows)
    scj = next(r for r in rows if r.organisation.name == "德清县市场监督管理局")
    assert scj.status == "draft"


def test_season_page_offers_a_unit_its_own_upload_and_the_office_none(
    login, season, draft_a, filer_a, reviewer, unit_a
):
    url = reverse("filings:season", args=[season.pk])
    upload = reverse("filings:upload", args=[season.pk, unit_a.pk])
    unit_page = login(filer_a).get(url).content.decode()
    assert upload in unit_page and f'id="own-{unit_a.pk}"' in unit_page
    office_page = login(reviewer).get(url).content.decode()
    assert "/upload/" not in office_page


def test_index_shows_the_office_its_review_queue_and_units_none(login, submitted_a, reviewer, filer_b):
    page = login(reviewer).get(reverse("filings:index")).content.decode()
    assert 'id="awaiting"' in page and submitted_a.get_absolute_url() in page
    assert 'id="awaiting"' not in login(filer_b).get(reverse("filings:index")).content.decode()


def test_demo_evaluator_opens_a_comparison_of_the_neighbouring_governments(client, demo_county):
    """An evaluator's first look at 对标比较 in the demo is a comparison with figures, read from the
    neighbouring governments' reports by the engine, not an empty list."""
    from fazhi.filings.demo import PEER_GOVERNMENTS
    from fazhi.filings.models import BenchmarkSet
    from fazhi.org.models import User

    peers = BenchmarkSet.objects.get(region_code="330521")
    assert sorted(peers.reports.values_list("source", flat=True)) == sorted(
        f"{n}.txt" for n in PEER_GOVERNMENTS
    )
    # Each report is placed in its own county or district, and read for the demo season's year.
    assert len(set(peers.reports.values_list("region_code", flat=True))) == len(PEER_GOVERNMENTS)
    season = FilingSeason.objects.get(region_code="330521")
    assert set(peers.reports.values_list("year", flat=True)) == {season.year}
    client.force_login(User.objects.get(username="evaluator"))
    listing = client.get(reverse("filings:benchmarks")).content.decode()
    assert peers.get_absolute_url() in listing and "4 份报告" in listing
    page = client.get(peers.get_absolute_url()).content.decode()
    for name in PEER_GOVERNMENTS:
        assert name in page
    assert re.search(r"<td[^>]*>\s*<a[^>]*>\s*\d+", page), (
        "the comparison shows figures linked to their sentences"
    )
    assert "上传并读取" not in page  # evaluators read the set; only the office adds to it
