"""The filings notice (通报) as an official document: layout, 文号, Chinese dates, unpublished units."""

from __future__ import annotations

import datetime as dt
import io

from docx import Document
from docx.oxml.ns import qn

from fazhi.filings import coverage

from .test_filings_coverage import _scene

AFTER_PUBLICATION = dt.date(2026, 6, 1)


def notice(season, reviewer, today):
    rows = coverage.board(season, reviewer, today=today)
    return Document(io.BytesIO(coverage.notice_docx(season, rows, today=today)))


def texts(document) -> list[str]:
    return [p.text for p in document.paragraphs if p.text]


def test_units_that_filed_but_did_not_publish_in_time_are_listed(
    season, filer_a, leader_a, reviewer, unit_a, unit_b, admin_user
):
    _scene(season, filer_a, leader_a, reviewer, unit_a, unit_b, admin_user)
    document = notice(season, reviewer, AFTER_PUBLICATION)
    publication = season.publication_due
    heading = f"二、已报送但截至{publication.year}年{publication.month}月{publication.day}日未公开的单位"
    assert heading in texts(document)
    unpublished = [[cell.text for cell in row.cells] for row in document.tables[1].rows]
    assert unpublished[0] == ["序号", "单位", "状态", "公开日期"]
    assert [row[1] for row in unpublished[1:]] == ["德清县武康街道办事处"]
    assert unpublished[1][3] == "未公开"
    assert "请上述单位立即整改，并将整改情况报送德清县依法治县办。" in texts(document)


def test_before_the_publication_deadline_nobody_is_listed_as_unpublished(
    season, filer_a, leader_a, reviewer, unit_a, unit_b, admin_user
):
    _scene(season, filer_a, leader_a, reviewer, unit_a, unit_b, admin_user)
    document = notice(season, reviewer, dt.date(2026, 3, 10))
    assert "已报送单位均已按时公开年度报告。" in texts(document)
    assert len(document.tables) == 1


def test_the_notice_is_a4_in_chinese_fonts_with_a_stable_number_and_chinese_dates(season, reviewer):
    first = notice(season, reviewer, AFTER_PUBLICATION)
    again = notice(season, reviewer, AFTER_PUBLICATION)
    section = first.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert (round(section.top_margin.mm), round(section.left_margin.mm)) == (37, 28)
    assert "德依法治办〔2026〕1号" in texts(first) and "德依法治办〔2026〕1号" in texts(again)
    body = next(p for p in first.paragraphs if p.text.startswith("根据"))
    assert body.runs[0].element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert "2026年2月28日" in body.text and "2026-" not in body.text
    assert texts(first)[-1] == "2026年6月1日"
    assert not any("2025年2025" in text or "依法治区办" in text for text in texts(first))


def test_the_board_export_downloads_under_a_chinese_name(login, season, reviewer):
    from urllib.parse import unquote

    from django.urls import reverse

    response = login(reviewer).get(reverse("filings:season_export", args=[season.pk]))
    disposition = response["Content-Disposition"]
    assert 'filename="2025.xlsx"' in disposition
    assert "2025年度法治政府建设年度报告报送情况.xlsx" in unquote(disposition)
