"""The official document builder, read back with python-docx: GB/T 9704-2012 layout, fonts, 文号, date."""

from __future__ import annotations

import datetime as dt
import io
import threading

import pytest
from django.db import connection
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from fazhi.core import documents
from fazhi.core.documents import Heading, OfficialDocument, Table, chinese_date
from fazhi.core.models import DocumentNumberSequence, IssuedDocumentNumber
from fazhi.org.naming import document_number


def build(**overrides) -> Document:
    fields = {
        "issuer": "德清县依法治县办",
        "number": "德依法治办〔2026〕3号",
        "title": "关于2025年度法治政府建设年度报告报送情况的通报",
        "addressees": "各乡镇人民政府、街道办事处，县政府各部门",
        "body": [
            "根据有关规定，现将报送情况通报如下。",
            Heading(1, "一、总体情况"),
            Heading(2, "（一）按时报送情况"),
            Table(["序号", "单位"], [["1", "德清县市场监督管理局"]]),
        ],
        "signed_on": dt.date(2026, 12, 2),
        "attachments": ["未按时报送单位名单"],
    }
    return Document(io.BytesIO(documents.official_docx(OfficialDocument(**(fields | overrides)))))


def east_asia_font(run) -> str | None:
    fonts = run.element.rPr.rFonts
    return fonts.get(qn("w:eastAsia")) if fonts is not None else None


def paragraph_with(document, text):
    return next(p for p in document.paragraphs if p.text == text)


def test_a4_paper_and_the_standard_margins():
    section = build().sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    for actual, expected in (
        (section.top_margin, 37),
        (section.bottom_margin, 35),
        (section.left_margin, 28),
        (section.right_margin, 26),
    ):
        assert abs(actual.mm - expected) <= 1
    assert round(section.page_width.mm - section.left_margin.mm - section.right_margin.mm) == 156
    assert round(section.page_height.mm - section.top_margin.mm - section.bottom_margin.mm) == 225


def test_fonts_are_named_for_chinese_text_and_sized_by_the_standard():
    document = build()
    title = paragraph_with(document, "关于2025年度法治政府建设年度报告报送情况的通报")
    assert title.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert east_asia_font(title.runs[0]) == "方正小标宋简体" and title.runs[0].font.size.pt == 22
    body = paragraph_with(document, "根据有关规定，现将报送情况通报如下。")
    assert east_asia_font(body.runs[0]) == "仿宋_GB2312" and body.runs[0].font.size.pt == 16
    assert body.paragraph_format.first_line_indent.pt == 32
    assert east_asia_font(paragraph_with(document, "一、总体情况").runs[0]) == "黑体"
    assert east_asia_font(paragraph_with(document, "（一）按时报送情况").runs[0]) == "楷体_GB2312"
    normal = document.styles["Normal"].element.rPr.rFonts
    assert normal.get(qn("w:eastAsia")) == "仿宋_GB2312" and normal.get(qn("w:eastAsiaTheme")) is None
    mark = paragraph_with(document, "德清县依法治县办")
    assert str(mark.runs[0].font.color.rgb) == "FF0000"
    assert east_asia_font(document.tables[0].rows[1].cells[1].paragraphs[0].runs[0]) == "仿宋_GB2312"


def test_number_addressees_signature_date_and_attachments_in_their_places():
    document = build()
    texts = [p.text for p in document.paragraphs]
    assert texts.index("德依法治办〔2026〕3号") < texts.index(
        "关于2025年度法治政府建设年度报告报送情况的通报"
    )
    addressees = paragraph_with(document, "各乡镇人民政府、街道办事处，县政府各部门：")
    assert addressees.alignment is None and addressees.paragraph_format.first_line_indent is None
    assert "附件：未按时报送单位名单" in texts
    date = paragraph_with(document, "2026年12月2日")
    assert texts.index("2026年12月2日") == len(texts) - 1
    assert texts[-2] == "德清县依法治县办"
    assert date.alignment == WD_ALIGN_PARAGRAPH.RIGHT


def test_page_numbers_are_a_page_field_odd_right_even_left():
    document = build()
    section = document.sections[0]
    assert document.settings.odd_and_even_pages_header_footer
    odd, even = section.footer.paragraphs[0], section.even_page_footer.paragraphs[0]
    assert odd.alignment == WD_ALIGN_PARAGRAPH.RIGHT and even.alignment == WD_ALIGN_PARAGRAPH.LEFT
    for paragraph in (odd, even):
        assert paragraph.text == "— 1 —"
        assert "PAGE" in "".join(t.text for t in paragraph._p.iter(qn("w:instrText")))
        assert paragraph.runs[0].font.size.pt == 14 and east_asia_font(paragraph.runs[0]) == "宋体"


@pytest.mark.parametrize(
    ("day", "text"),
    [(dt.date(2026, 12, 2), "2026年12月2日"), (dt.date(2027, 1, 9), "2027年1月9日")],
)
def test_the_date_is_written_without_leading_zeros(day, text):
    assert chinese_date(day) == text


def test_numbers_follow_a_per_office_yearly_sequence_and_stay_with_their_document(office, government):
    assert document_number(office, 2026, "a") == "德依法治办〔2026〕1号"
    assert document_number(office, 2026, "b") == "德依法治办〔2026〕2号"
    assert document_number(office, 2026, "a") == "德依法治办〔2026〕1号"
    assert document_number(office, 2027, "c") == "德依法治办〔2027〕1号"
    assert document_number(government, 2026, "d") == "德依法治办〔2026〕1号"
    office.document_number_prefix = "德法办"
    office.save()
    assert document_number(office, 2026, "e") == "德法办〔2026〕3号"
    assert DocumentNumberSequence.objects.get(organisation=office, year=2026).last_number == 3


@pytest.mark.django_db(transaction=True)
def test_numbers_taken_at_the_same_time_never_repeat(office):
    if connection.vendor == "sqlite":
        pytest.skip("SQLite serialises writers; the row lock is exercised on PostgreSQL")
    numbers, errors = [], []

    def take(index):
        try:
            numbers.append(document_number(office, 2026, f"concurrent-{index}"))
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=take, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(IssuedDocumentNumber.objects.values_list("number", flat=True)) == list(range(1, 9))


def test_the_plans_and_oversight_notices_are_official_documents_too(office, unit_a):
    from fazhi.oversight.notice import rectification_notice_docx

    document = Document(io.BytesIO(rectification_notice_docx(office, [], today=dt.date(2026, 12, 2))))
    texts = [p.text for p in document.paragraphs if p.text]
    assert texts[:3] == ["德清县依法治县办", "德依法治办〔2026〕1号", "关于问题清单整改情况的通报"]
    assert texts[-1] == "2026年12月2日"
    assert round(document.sections[0].page_height.mm) == 297
