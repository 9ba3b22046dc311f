"""Key-task import takes Chinese names where it asks for codes, and units' short names."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook, load_workbook

from fazhi.org.models import Organisation
from fazhi.plans.importers import KeyTaskImporter

pytestmark = pytest.mark.django_db
HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限", "领域代码", "指标代码"]


def workbook(*rows) -> io.BytesIO:
    book = Workbook()
    book.active.append(HEADER)
    for row in rows:
        book.active.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    return buffer


def test_area_and_indicators_by_chinese_name_and_units_by_short_name(reviewer, plan, unit_a, unit_b):
    Organisation.objects.filter(pk=unit_a.pk).update(short_name="市场监管局")
    Organisation.objects.filter(pk=unit_b.pk).update(short_name="武康街道")
    row = (
        7,
        "规范涉企行政检查",
        "市场监管局",
        "武康街道",
        f"{plan.year}-06-30",
        "行政执法",
        "行政机关负责人出庭应诉率",
    )
    result = KeyTaskImporter(reviewer, plan).run(reviewer, workbook(row))
    assert result.ok, result.errors
    task = plan.tasks.get(number=7)
    assert task.lead_unit == unit_a and list(task.co_units.all()) == [unit_b]
    assert task.area == "enforcement" and task.indicator_codes == ["disputes.head_appearance_rate"]


def test_unknown_names_are_each_reported_on_the_row(reviewer, plan, unit_a):
    row = (8, "任务", unit_a.name, "", "不是日期", "没有这个领域", "没有这个指标")
    result = KeyTaskImporter(reviewer, plan).run(reviewer, workbook(row))
    messages = {error.column: error.message for error in result.errors}
    assert set(messages) == {"完成时限", "领域代码", "指标代码"}
    assert "没有这个领域" in messages["领域代码"] and "没有这个指标" in messages["指标代码"]


def test_the_template_lists_areas_and_indicators_with_their_names(reviewer, plan):
    book = load_workbook(io.BytesIO(KeyTaskImporter(reviewer, plan).template()))
    codes = list(book["代码表"].iter_rows(values_only=True))
    assert ("enforcement", "行政执法") in codes
    assert ("disputes.head_appearance_rate", "行政机关负责人出庭应诉率") in codes
    assert list(book.worksheets[0].iter_rows(values_only=True))[1][2] == "司法局"
