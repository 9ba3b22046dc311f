"""Import templates (codes sheet, example row), every error of a row, and units by their short names."""

from __future__ import annotations

import io

from openpyxl import Workbook, load_workbook

from fazhi.org.importers import OrganisationImporter
from fazhi.org.models import Organisation

HEADER = ["名称", "简称", "类型", "行政区划代码", "上级单位", "排序"]


def workbook(*rows) -> io.BytesIO:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    return buffer


def test_the_template_carries_an_example_row_and_a_sheet_of_codes(reviewer):
    book = load_workbook(io.BytesIO(OrganisationImporter(reviewer).template()))
    data, codes = book.worksheets
    rows = list(data.iter_rows(values_only=True))
    assert rows[0] == tuple(HEADER)
    assert rows[1] == ("德清县统计局", "统计局", "政府工作部门", "330521", "县政府", 30)
    assert codes.title == "代码表"
    listed = list(codes.iter_rows(values_only=True))
    assert listed[0][0] == "类型" and listed[1] == ("代码", "中文名称")
    assert ("department", "政府工作部门") in listed and ("street", "街道") in listed


def test_an_untouched_example_row_is_not_imported(reviewer, government):
    template = io.BytesIO(OrganisationImporter(reviewer).template())
    result = OrganisationImporter(reviewer).read(template)
    assert [error.message for error in result.errors] == ["文件中没有数据行。"]
    assert not Organisation.objects.filter(name="德清县统计局").exists()


def test_every_error_of_a_row_is_reported_not_only_the_first(reviewer, government):
    result = OrganisationImporter(reviewer).run(
        reviewer, workbook(["德清县统计局", "", "衙门", "999999", "不存在的单位", "第一"])
    )
    columns = sorted(error.column for error in result.errors if error.row == 2)
    assert columns == ["上级单位", "排序", "类型", "行政区划代码"]


def test_a_parent_is_found_by_its_short_name(reviewer, government):
    Organisation.objects.filter(pk=government.pk).update(short_name="县政府")
    result = OrganisationImporter(reviewer).run(
        reviewer,
        workbook(
            ["德清县统计局", "统计局", "政府工作部门", "330521", "县政府", 40],
            ["德清县统计调查中心", "", "其他单位", "330521", "统计局", 31],
        ),
    )
    assert result.ok, result.errors
    assert Organisation.objects.get(name="德清县统计局").parent == government
    assert Organisation.objects.get(name="德清县统计调查中心").parent.name == "德清县统计局"
