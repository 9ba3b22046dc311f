"""The feedback letter as an official document: layout, 文号, date, scheme named once, right attribution."""

from __future__ import annotations

import io

import pytest
from django.utils import timezone
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from fazhi.assessment import actions, letters


@pytest.fixture
def adjusted_sheet(opened, unit_a, reviewer, evaluator):
    sheet = opened[unit_a]
    actions.adjust(evaluator, sheet.scores.get(item__number="7.2"), points=1, reason="公开不及时")
    actions.adjust(reviewer, sheet.scores.get(item__number="8.1"), points=2, reason="系统使用率偏低")
    return actions.finalise(reviewer, sheet, confirmed=True)  # never self-assessed


def texts(document) -> list[str]:
    return [p.text for p in document.paragraphs if p.text]


def test_word_letter_is_an_official_document(adjusted_sheet, unit_a):
    document = Document(io.BytesIO(letters.letter_docx(adjusted_sheet)))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert [round(m.mm) for m in (section.top_margin, section.bottom_margin)] == [37, 35]
    assert [round(m.mm) for m in (section.left_margin, section.right_margin)] == [28, 26]
    lines = texts(document)
    year = timezone.localdate().year
    assert lines[:3] == ["德清县依法治县办", f"德依法治办〔{year}〕1号", "2025年度法治政府建设考核结果反馈函"]
    assert lines[3] == unit_a.name + "："
    today = timezone.localdate()
    assert lines[-2:] == ["德清县依法治县办", f"{today.year}年{today.month}月{today.day}日"]
    opening = lines[4]
    assert "2025年度县级法治政府建设考核方案" in opening and "2025年2025" not in opening
    run = next(p for p in document.paragraphs if p.text == opening).runs[0]
    assert run.element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    # The same letter downloaded again keeps its number.
    again = Document(io.BytesIO(letters.letter_docx(adjusted_sheet)))
    assert texts(again)[1] == f"德依法治办〔{year}〕1号"


def test_an_adjustment_is_attributed_to_whoever_made_it(adjusted_sheet):
    document = Document(io.BytesIO(letters.letter_docx(adjusted_sheet)))
    cells = [cell.text for row in document.tables[0].rows for cell in row.cells]
    reasons = "\n".join(cells)
    assert "考核评估人员核定为 1 分：公开不及时" in reasons
    assert "德清县依法治县办核定为 2 分：系统使用率偏低" in reasons
    assert "依法治区办" not in reasons


def test_pdf_letter_is_a4_with_number_signature_and_date(adjusted_sheet):
    reader = PdfReader(io.BytesIO(letters.letter_pdf(adjusted_sheet)))
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    text = "".join(p.extract_text() for p in reader.pages)
    today = timezone.localdate()
    assert f"德依法治办〔{today.year}〕1号" in text
    assert f"{today.year}年{today.month}月{today.day}日" in text and "德清县依法治县办" in text


def test_pdf_letter_body_in_sanhao_with_page_numbers(adjusted_sheet):
    reader = PdfReader(io.BytesIO(letters.letter_pdf(adjusted_sheet)))
    sizes = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            sizes.append(round(font_size * tm[0], 1))

    reader.pages[0].extract_text(visitor_text=visit)
    assert 16 in sizes  # 三号 body
    for number, page in enumerate(reader.pages, start=1):
        assert f"— {number} —" in page.extract_text()
