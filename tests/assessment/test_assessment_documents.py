"""Feedback letters and Excel/YAML exports, read back with the libraries that wrote them."""

from __future__ import annotations

import io

import pytest
import yaml
from docx import Document
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader

from fazhi.assessment import actions_schemes, letters, schemes
from fazhi.assessment.models import AssessmentScheme

REGION = "330521"


def test_word_letter_lists_lost_points_with_reasons(final_sheet, unit_a):
    document = Document(io.BytesIO(letters.letter_docx(final_sheet)))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "2025年度法治政府建设考核结果反馈函" in text and unit_a.name in text
    assert "满分 100 分" in text
    row = next(i for i, cell in enumerate(cells) if cell.startswith("6.1 "))
    assert cells[row + 1] == "4/8" and cells[row + 2] == "4"
    assert "9 / 20" in cells[row + 3] and "负责人出庭的开庭次数" in cells[row + 3]
    assert any("扣 2 分：败诉案件未按期整改" in cell for cell in cells)


def test_pdf_letter_is_in_chinese(final_sheet, unit_a):
    reader = PdfReader(io.BytesIO(letters.letter_pdf(final_sheet)))
    text = "".join(page.extract_text() for page in reader.pages)
    # In 三号 (GB/T 9704) the letter runs over two pages, each numbered.
    assert len(reader.pages) <= 3
    assert "反馈函" in text and unit_a.name in text and "败诉案件未按期整改" in text


def test_scheme_yaml_round_trip_makes_an_identical_draft(scheme, reviewer):
    text = schemes.to_yaml(scheme)
    data = yaml.safe_load(text)
    data["year"] = 2026
    copy = actions_schemes.create_scheme(reviewer, REGION, data, verb="import_scheme")
    assert schemes.scheme_to_dict(copy) | {"year": 2025} == schemes.scheme_to_dict(scheme)


def test_scheme_excel_export_reads_back_and_imports(scheme, reviewer):
    content = schemes.to_xlsx(scheme)
    book = load_workbook(io.BytesIO(content))
    rows = list(book["考核细则"].iter_rows(values_only=True))
    assert rows[0][:7] == ("领域代码", "领域名称", "领域分值上限", "序号", "考核内容", "分值", "评分方式")
    head = next(row for row in rows if row[3] == "6.1")
    assert head[7] == "disputes.head_appearance_rate" and head[8] == 90 and head[6] == "线性计分"
    meta = {row[0]: row[1] for row in book["方案信息"].iter_rows(values_only=True)}
    assert meta["年度"] == 2025
    book["方案信息"]["B1"] = "另一方案"
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    data, problems = schemes.from_xlsx(buffer)
    assert problems == []
    imported = actions_schemes.create_scheme(reviewer, REGION, data, verb="import_scheme")
    assert imported.max_total == scheme.max_total and imported.areas.count() == 9


def test_bad_excel_scheme_names_each_row_and_saves_nothing(reviewer):
    book = Workbook()
    sheet = book.active
    sheet.title = "考核细则"
    sheet.append([label for _key, label in schemes.COLUMNS])
    sheet.append(
        [
            "disputes",
            "矛盾纠纷",
            None,
            "1",
            "出庭率",
            6,
            "线性计分",
            "disputes.head_appearance_rate",
            90,
            None,
            None,
            None,
            None,
            "是",
            "全部单位",
            "",
        ]
    )  # no zero-point value
    sheet.append(
        ["disputes", "矛盾纠纷", None, "2", "", "六", "魔法", "", None, None, None, None, None, "是", "", ""]
    )
    meta = book.create_sheet("方案信息")
    meta.append(["名称", "坏方案"])
    meta.append(["年度", 2025])
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    data, problems = schemes.from_xlsx(buffer)
    texts = [str(problem) for problem in problems]
    assert any(text.startswith("第 2 行") and "零分值" in text for text in texts)
    assert any(text.startswith("第 3 行") and "缺少考核内容" in text for text in texts)
    assert any(text.startswith("第 3 行") and "评分方式" in text for text in texts)
    assert any(text.startswith("第 3 行") and "不是数字" in text for text in texts)
    with pytest.raises(actions_schemes.SchemeInvalid):
        actions_schemes.create_scheme(reviewer, REGION, data)
    assert not AssessmentScheme.objects.exists()


def test_broken_yaml_and_non_workbook_are_refused():
    assert "YAML" in str(schemes.from_yaml(b"areas: [unclosed")[1][0])
    assert "Excel" in str(schemes.from_xlsx(io.BytesIO(b"not a workbook"))[1][0])
    assert schemes.from_yaml(b"- just a list")[1]
