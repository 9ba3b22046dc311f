"""The coverage board, its Excel export and the notice (通报), read back with openpyxl and python-docx."""

from __future__ import annotations

import datetime as dt
import io
from urllib.parse import unquote

from django.urls import reverse
from django.utils import timezone

from fazhi.filings import actions, coverage
from fazhi.filings.models import FilingStatus

from .conftest import report


def _at(day):
    return timezone.make_aware(dt.datetime.combine(day, dt.time(9)))


def _scene(season, filer_a, leader_a, reviewer, unit_a, unit_b, admin_user):
    """unit_a: filed on time and published; unit_b: filed late, parts missing; government, office: not filed."""
    filing_a = actions.upload_report(
        filer_a, season, unit_a, data=report().encode(), name="a.txt", kind="txt"
    )
    actions.submit_filing(leader_a, filing_a, at=_at(dt.date(2026, 2, 27)))
    actions.accept_filing(reviewer, filing_a, publish_on=dt.date(2026, 3, 20))
    text_b = report("德清县武康街道办事处", leave_out=("first_responsible",))
    # Unit B has no leader here: the system administrator enters its filing (代为录入).
    filing_b = actions.upload_report(
        admin_user, season, unit_b, data=text_b.encode(), name="b.txt", kind="txt", proxy_reason="测试"
    )
    actions.submit_filing(
        admin_user, filing_b, at=_at(dt.date(2026, 3, 2)), confirmed=True, proxy_reason="测试"
    )
    return filing_a, filing_b


def test_board_statuses_flags_and_counts(
    season, filer_a, leader_a, reviewer, unit_a, unit_b, admin_user, government, office
):
    _scene(season, filer_a, leader_a, reviewer, unit_a, unit_b, admin_user)
    rows = {r.organisation.name: r for r in coverage.board(season, reviewer, today=dt.date(2026, 3, 10))}
    assert rows[unit_a.name].status == FilingStatus.PUBLISHED and not rows[unit_a.name].is_late
    assert rows[unit_b.name].status == FilingStatus.SUBMITTED
    assert rows[unit_b.name].is_late and rows[unit_b.name].is_incomplete
    # Not filed and past the deadline: late too.
    assert rows[government.name].status == coverage.NOT_FILED and rows[government.name].is_late
    counts = {label: (n, pct) for label, n, pct in coverage.counts(list(rows.values()))}
    assert counts["未报送"] == (2, 50.0)
    assert counts["已公开"] == (1, 25.0)
    assert counts["逾期报送"] == (3, 75.0)
    assert counts["内容不全"] == (1, 25.0)
    # Before the deadline nobody unfiled is late yet.
    early = coverage.board(season, reviewer, today=dt.date(2026, 2, 20))
    assert not any(r.is_late for r in early if r.status == coverage.NOT_FILED)


def test_board_page_filters(login, season, filer_a, leader_a, reviewer, unit_a, unit_b, admin_user):
    _scene(season, filer_a, leader_a, reviewer, unit_a, unit_b, admin_user)
    client = login(reviewer)
    page = client.get(reverse("filings:season", args=[season.pk]), {"flag": "incomplete"}).content.decode()
    assert 'data-unit="德清县武康街道办事处"' in page and 'data-unit="德清县市场监督管理局"' not in page
    page = client.get(reverse("filings:season", args=[season.pk]), {"status": "published"}).content.decode()
    assert 'data-unit="德清县市场监督管理局"' in page and 'data-unit="德清县武康街道办事处"' not in page


def test_excel_export_rows(login, season, filer_a, leader_a, reviewer, unit_a, unit_b, admin_user):
    from openpyxl import load_workbook

    _scene(season, filer_a, leader_a, reviewer, unit_a, unit_b, admin_user)
    response = login(reviewer).get(reverse("filings:season_export", args=[season.pk]))
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert rows[0] == (
        "单位",
        "类型",
        "状态",
        "报送日期",
        "报送期限",
        "逾期",
        "内容不全",
        "公开日期",
        "公开情况",
    )
    by_unit = {row[0]: row for row in rows[1:]}
    assert len(by_unit) == 4
    assert by_unit["德清县市场监督管理局"][2:9] == (
        "已公开",
        "2026-02-27",
        "2026-02-28",
        "否",
        "否",
        "2026-03-20",
        "按时完成",
    )
    assert by_unit["德清县武康街道办事处"][2:7] == ("已报送", "2026-03-02", "2026-02-28", "是", "是")
    assert by_unit["德清县人民政府"][2] == "未报送"


def test_notice_lists_late_and_incomplete_units(
    login, season, filer_a, leader_a, reviewer, unit_a, unit_b, admin_user
):
    from docx import Document

    _scene(season, filer_a, leader_a, reviewer, unit_a, unit_b, admin_user)
    response = login(reviewer).get(reverse("filings:season_notice", args=[season.pk]))
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.wordprocessingml"
    )
    document = Document(io.BytesIO(response.content))
    paragraphs = [p.text for p in document.paragraphs if p.text]
    title = paragraphs.index("关于2025年度法治政府建设年度报告报送情况的通报")
    assert paragraphs[:title] == ["德清县依法治县办", f"德依法治办〔{timezone.localdate().year}〕1号"]
    assert paragraphs[title + 1] == "各乡镇人民政府、街道办事处，县政府各部门、各直属单位："
    assert "应报送单位4家，已报送2家，已公开1家" in paragraphs[title + 2]
    assert "2026年2月28日前报送" in paragraphs[title + 2]
    table = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    assert table[0] == ["序号", "单位", "状态", "问题"]
    named = {row[1]: row for row in table[1:]}
    assert "德清县市场监督管理局" not in named  # on time and complete
    assert named["德清县武康街道办事处"][3] == "逾期报送、内容不全"
    assert named["德清县人民政府"][2] == "未报送"
    assert paragraphs[-2] == "德清县依法治县办"
    today = timezone.localdate()
    assert paragraphs[-1] == f"{today.year}年{today.month}月{today.day}日"
    assert "2025年度法治政府建设年度报告报送情况通报.docx" in unquote(response["Content-Disposition"])


def test_the_board_reads_whether_a_report_is_complete_without_loading_its_reading(
    season, filer_a, leader_a, reviewer, unit_a, unit_b, admin_user
):
    """A reading is 10-35 KB; the board needs one boolean of it (issue 18 §3)."""
    _scene(season, filer_a, leader_a, reviewer, unit_a, unit_b, admin_user)
    rows = {r.organisation.name: r for r in coverage.board(season, reviewer, today=dt.date(2026, 3, 10))}
    assert not rows[unit_a.name].is_incomplete and rows[unit_b.name].is_incomplete
    for name in (unit_a.name, unit_b.name):
        assert "reading" in rows[name].filing.current_version.get_deferred_fields()
