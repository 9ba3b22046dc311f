"""The shared Excel writer: formula guard, empty cells, control characters, download names."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from fazhi.core import exports
from fazhi.core.importers import as_text


def cells_of(data: bytes) -> list[tuple]:
    return list(load_workbook(io.BytesIO(data)).worksheets[0].iter_rows(values_only=True))


def test_empty_cells_stay_empty_and_numbers_stay_numbers():
    rows = cells_of(exports.workbook_bytes("t", ["a", "b", "c"], [["", None, 3]]))
    assert rows[1] == (None, None, 3)


@pytest.mark.parametrize("text", ["=1+2", "+1", "-2", "@SUM(A1)"])
def test_formula_starts_are_guarded_and_read_back_by_importers(text):
    rows = cells_of(exports.workbook_bytes("t", ["a"], [[text]]))
    assert rows[1][0] == "'" + text
    assert as_text(rows[1][0]) == text


def test_control_characters_are_dropped_instead_of_breaking_the_export():
    text = "整改\x00情况\x0b说明\x1f\t第二栏\n第二行"
    rows = cells_of(exports.workbook_bytes("t\x07", ["列\x01"], [[text]]))
    assert rows[0] == ("列",)
    assert rows[1][0] == "整改情况说明\t第二栏\n第二行"


def test_safe_cell_leaves_plain_text_and_other_types_alone():
    assert exports.safe_cell("德清县") == "德清县"
    assert exports.safe_cell("") == ""
    assert exports.safe_cell(12) == 12 and exports.safe_cell(None) is None


def test_download_names_are_chinese_with_an_ascii_fallback():
    response = exports.xlsx_response("年度报告报送情况-2025.xlsx", "t", ["a"], [])
    header = response["Content-Disposition"]
    assert header.startswith('attachment; filename="2025.xlsx"; ')
    assert "filename*=UTF-8''%E5%B9%B4%E5%BA%A6" in header
    assert exports.content_disposition("反馈函.pdf").startswith('attachment; filename="download.pdf"')
    assert exports.ascii_filename("scheme-2025.yaml") == "scheme-2025.yaml"
