"""Excel import of values: row-level Chinese errors, nothing half-imported; read back with openpyxl."""

from __future__ import annotations

import io

from django.urls import reverse
from openpyxl import Workbook, load_workbook

from fazhi.indicators.importers import IndicatorValueImporter
from fazhi.indicators.models import IndicatorEvent, IndicatorValue

HEADER = ["单位", "指标代码", "年度", "数值", "计量单位", "限定", "分子", "分母", "统计口径", "证明材料链接"]

PROXY_REASON = "单位尚未开通账号，按其报送材料代为录入"  # the office imports for units by proxy


def workbook(*rows) -> io.BytesIO:
    book = Workbook()
    book.active.append(HEADER)
    for row in rows:
        book.active.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    buffer.name = "values.xlsx"
    return buffer


def test_template_header_is_the_chinese_columns(filer_a):
    sheet = load_workbook(io.BytesIO(IndicatorValueImporter(filer_a).template())).active
    assert [cell.value for cell in sheet[1]] == HEADER


def test_good_rows_import_with_source_import(reviewer, unit_a, unit_b):
    result = IndicatorValueImporter(reviewer, PROXY_REASON).run(
        reviewer,
        workbook(
            (
                unit_a.name,
                "disputes.head_appearance_rate",
                2025,
                90,
                "%",
                "确数",
                9,
                10,
                "出庭次数 ÷ 开庭次数",
                "",
            ),
            (unit_b.name, "行政诉讼败诉案件数", 2025, 2, None, None, None, None, None, None),
        ),
    )
    assert result.ok and result.saved == 2
    assert set(IndicatorValue.objects.values_list("source", flat=True)) == {"import"}
    assert IndicatorValue.objects.get(organisation=unit_b).code == "disputes.litigation_losses"


def test_bad_rows_are_reported_by_row_and_nothing_is_saved(reviewer, unit_a, unit_b, elsewhere):
    result = IndicatorValueImporter(reviewer, PROXY_REASON).run(
        reviewer,
        workbook(
            (unit_a.name, "disputes.head_appearance_rate", 2025, 90, "%", None, 9, 10, "口径", ""),  # fine
            (unit_a.name, "disputes.head_appearance_rate", 2024, 120, "%", None, 12, 10, "口径", ""),  # > 100
            (
                elsewhere.name,
                "disputes.litigation_losses",
                2025,
                1,
                None,
                None,
                None,
                None,
                None,
                None,
            ),  # not ours
            (unit_b.name, "no.such_code", 2025, 1, None, None, None, None, None, None),
            (unit_b.name, "disputes.litigation_losses", 2025, "很多", None, None, None, None, None, None),
            (
                unit_b.name,
                "disputes.head_appearance_rate",
                2025,
                90,
                None,
                None,
                None,
                None,
                None,
                None,
            ),  # no parts
        ),
    )
    assert not result.ok and result.saved == 0
    by_row = {error.row: error.message for error in result.errors}
    assert set(by_row) == {3, 4, 5, 6, 7}
    assert "0 到 100" in by_row[3] and elsewhere.name in by_row[4] and "未知的指标代码" in by_row[5]
    assert "不是数字" in by_row[6] and "分子和分母" in by_row[7]
    assert not IndicatorValue.objects.exists() and not IndicatorEvent.objects.exists()


def test_a_filer_cannot_import_for_another_unit(filer_b, unit_a):
    result = IndicatorValueImporter(filer_b).run(
        filer_b,
        workbook((unit_a.name, "disputes.litigation_losses", 2025, 1, None, None, None, None, None, None)),
    )
    assert not result.ok and unit_a.name in result.errors[0].message
    assert not IndicatorValue.objects.exists()


def test_import_page_shows_errors_and_saves_nothing(login, filer_b, unit_a):
    response = login(filer_b).post(
        reverse("indicators:import"),
        {
            "file": workbook(
                (unit_a.name, "disputes.litigation_losses", 2025, 1, None, None, None, None, None, None)
            )
        },
    )
    assert response.status_code == 200
    assert "未导入任何数据" in response.content.decode()
    assert not IndicatorValue.objects.exists()


def test_import_page_is_refused_to_the_evaluator(login, evaluator):
    assert login(evaluator).get(reverse("indicators:import")).status_code == 403
    assert login(evaluator).get(reverse("indicators:enter")).status_code == 403
