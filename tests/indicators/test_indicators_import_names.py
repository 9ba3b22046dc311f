"""Indicator values import: units by their short names, every error of a row, the codes sheet."""

from __future__ import annotations

import io

from openpyxl import Workbook, load_workbook

from fazhi.indicators.importers import IndicatorValueImporter
from fazhi.indicators.models import IndicatorValue
from fazhi.org.models import Organisation

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
    return buffer


def test_a_unit_is_found_by_its_short_name(reviewer, unit_a):
    Organisation.objects.filter(pk=unit_a.pk).update(short_name="市场监管局")
    result = IndicatorValueImporter(reviewer, PROXY_REASON).run(
        reviewer, workbook(("市场监管局", "行政诉讼败诉案件数", 2025, 2, None, None, None, None, None, None))
    )
    assert result.ok, result.errors
    assert IndicatorValue.objects.get().organisation == unit_a


def test_every_error_of_a_row_is_reported(reviewer, unit_a):
    result = IndicatorValueImporter(reviewer, PROXY_REASON).run(
        reviewer,
        workbook(("没有这个单位", "没有这个指标", "去年", "很多", None, None, None, None, None, None)),
    )
    columns = sorted(error.column for error in result.errors)
    assert columns == sorted(["单位", "指标代码", "年度", "数值"])


def test_the_template_lists_indicator_codes_with_names_and_an_example(reviewer):
    book = load_workbook(io.BytesIO(IndicatorValueImporter(reviewer).template()))
    codes = list(book["代码表"].iter_rows(values_only=True))
    assert ("disputes.litigation_losses", "行政诉讼败诉案件数") in codes
    assert ("exact", "确数") in codes or any(row[1] == "确数" for row in codes if len(row) > 1)
    example = list(book.worksheets[0].iter_rows(values_only=True))[1]
    assert example[:4] == ("市场监管局", "行政机关负责人出庭应诉率", 2025, 45)
