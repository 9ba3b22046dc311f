"""Excel import of organisations: row-level errors, nothing half-imported."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook, load_workbook

from fazhi.org.importers import OrganisationImporter
from fazhi.org.models import Organisation, OrganisationEvent

HEADER = ["名称", "简称", "类型", "行政区划代码", "上级单位", "排序"]


def workbook(*rows, header=HEADER) -> io.BytesIO:
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    return buffer


def test_template_has_the_chinese_header(reviewer):
    sheet = load_workbook(io.BytesIO(OrganisationImporter(reviewer).template())).active
    assert [cell.value for cell in sheet[1]] == HEADER


def test_good_file_imports_every_row_through_the_action(reviewer, government):
    file = workbook(
        ["德清县退役军人事务局", "退役军人局", "政府工作部门", 330521, "德清县人民政府", 30],
        ["德清县退役军人服务中心", "", "其他单位", "330521", "德清县退役军人事务局", None],
    )
    result = OrganisationImporter(reviewer).run(reviewer, file)
    assert result.ok, result.errors
    assert result.saved == 2
    centre = Organisation.objects.get(name="德清县退役军人服务中心")
    assert centre.parent.name == "德清县退役军人事务局" and centre.kind == "other"
    assert OrganisationEvent.objects.filter(verb="create", actor=reviewer).count() == 2


def test_one_bad_row_imports_nothing_and_says_where(reviewer, government):
    before = Organisation.objects.count()
    file = workbook(
        ["德清县退役军人事务局", "", "政府工作部门", "330521", "德清县人民政府", 1],
        ["", "", "衙门", "999999", "不存在的单位", "第一"],
        ["德清县退役军人事务局", "", "政府工作部门", "330521", "", ""],
    )
    result = OrganisationImporter(reviewer).run(reviewer, file)
    assert not result.ok
    messages = {(error.row, error.column, error.message) for error in result.errors}
    assert (3, "名称", "此单元格必填。") in messages
    assert any(row == 3 and column == "类型" and "应为" in message for row, column, message in messages)
    assert (3, "排序", "不是整数：第一") in messages
    assert (4, "名称", "该单位在文件中重复出现。") in messages
    assert Organisation.objects.count() == before


def test_row_checks_against_the_database(reviewer, government):
    result = OrganisationImporter(reviewer).run(
        reviewer,
        workbook(
            ["甲单位", "", "其他单位", "999999", "", ""],
            ["乙单位", "", "其他单位", "330521", "泸州市江阳区司法局", ""],
        ),
    )
    assert {(e.row, e.column) for e in result.errors} == {(2, "行政区划代码"), (3, "上级单位")}


def test_action_refusal_rolls_back_the_whole_file(reviewer, government):
    """The office of 德清 cannot create a body in 泸州; the good first row must not stay."""
    before = Organisation.objects.count()
    result = OrganisationImporter(reviewer).run(
        reviewer,
        workbook(
            ["德清县新单位", "", "其他单位", "330521", "德清县人民政府", ""],
            ["泸州市某单位", "", "其他单位", "510502", "", ""],
        ),
    )
    assert not result.ok
    assert result.errors[0].row == 3 and "无权" in result.errors[0].message
    assert Organisation.objects.count() == before


def test_filer_cannot_import_into_the_tree(filer_a, government):
    result = OrganisationImporter(filer_a).run(
        filer_a, workbook(["德清县新单位", "", "其他单位", "330521", "德清县人民政府", ""])
    )
    assert not result.ok and Organisation.objects.filter(name="德清县新单位").count() == 0


@pytest.mark.parametrize(
    "content, message",
    [
        (b"not a workbook", "文件不是 Excel 工作簿（.xlsx）。"),
        (b"", "文件不是 Excel 工作簿（.xlsx）。"),
    ],
)
def test_not_a_workbook(reviewer, content, message):
    result = OrganisationImporter(reviewer).run(reviewer, io.BytesIO(content))
    assert [error.message for error in result.errors] == [message]


def test_missing_columns_and_empty_files(reviewer):
    result = OrganisationImporter(reviewer).run(reviewer, workbook(header=["名称", "类型"]))
    assert {error.column for error in result.errors} == {"行政区划代码"}
    result = OrganisationImporter(reviewer).run(reviewer, workbook())
    assert [error.message for error in result.errors] == ["文件中没有数据行。"]


def test_too_long_cell(reviewer, government):
    result = OrganisationImporter(reviewer).run(
        reviewer, workbook(["单" * 101, "", "其他单位", "330521", "", ""])
    )
    assert [(e.column, e.message) for e in result.errors] == [("名称", "不能超过 100 个字符。")]
