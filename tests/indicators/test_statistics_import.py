"""Statistics of other systems (suggestions, audit, disclosure, 12345, services) imported from Excel:
the system named on every value, codes checked against the system's code list, nothing half-imported."""

from __future__ import annotations

import io

from django.urls import reverse
from openpyxl import Workbook, load_workbook

from fazhi.indicators.models import IndicatorEvent, IndicatorValue
from fazhi.indicators.statistics import SYSTEM_CODES, StatisticsImporter

HEADER = ["来源系统", "单位", "指标代码", "年度", "数值", "限定", "分子", "分母", "统计口径", "证明材料链接"]


def workbook(*rows) -> io.BytesIO:
    book = Workbook()
    book.active.append(HEADER)
    for row in rows:
        book.active.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    buffer.name = "statistics.xlsx"
    return buffer


def test_the_template_has_the_columns_and_a_code_list(filer_a):
    book = load_workbook(io.BytesIO(StatisticsImporter(filer_a).template()))
    assert [cell.value for cell in book.worksheets[0][1]] == HEADER
    rows = [[cell.value for cell in row][:2] for row in book["代码表"].iter_rows()]
    assert ["oversight.hotline_ontime_rate", "12345热线按时办结率（12345热线）"] in rows
    assert ["hotline", "12345热线"] in rows
    listed = {row[0] for row in rows}
    assert all(code in listed for codes in SYSTEM_CODES.values() for code in codes)
    assert "disputes.head_appearance_rate" not in listed  # no other system reports it


def test_good_rows_are_stored_as_imports_with_the_system_named(reviewer, government, unit_a):
    result = StatisticsImporter(reviewer).run(
        reviewer,
        workbook(
            ("12345热线", government.name, "oversight.hotline_requests", 2025, 52311),
            (
                "hotline",
                government.name,
                "12345热线按时办结率",
                2025,
                97.5,
                None,
                39,
                40,
                "按时办结数÷交办数",
            ),
            ("审计", unit_a.name, "oversight.audit_projects", 2025, 3),
            ("人大代表建议和政协提案", government.name, "oversight.npc_suggestions", 2025, 86),
        ),
    )
    assert result.ok, result.errors
    assert result.saved == 4
    stored = {(v.code, v.source, v.source_system) for v in IndicatorValue.objects.all()}
    assert stored == {
        ("oversight.hotline_requests", "import", "hotline"),
        ("oversight.hotline_ontime_rate", "import", "hotline"),
        ("oversight.audit_projects", "import", "audit"),
        ("oversight.npc_suggestions", "import", "suggestions"),
    }
    assert IndicatorEvent.objects.count() == 4


def test_a_code_outside_the_systems_list_is_refused_and_nothing_is_saved(reviewer, government):
    result = StatisticsImporter(reviewer).run(
        reviewer,
        workbook(
            ("12345热线", government.name, "oversight.hotline_requests", 2025, 52311),
            ("审计", government.name, "oversight.hotline_requests", 2025, 10),
            ("信访", government.name, "oversight.audit_projects", 2025, 10),
        ),
    )
    assert not result.ok
    messages = [(error.row, error.column, error.message) for error in result.errors]
    assert (3, "指标代码", "审计不报送指标oversight.hotline_requests，请查看“代码表”工作表。") in messages
    assert any(row == 4 and column == "来源系统" for row, column, _message in messages)
    assert IndicatorValue.objects.count() == 0


def test_a_unit_cannot_import_for_another_unit(filer_b, unit_a):
    result = StatisticsImporter(filer_b).run(
        filer_b, workbook(("审计", unit_a.name, "oversight.audit_projects", 2025, 3))
    )
    assert not result.ok
    assert (result.errors[0].column, unit_a.name in result.errors[0].message) == ("单位", True)
    assert IndicatorValue.objects.count() == 0 and IndicatorEvent.objects.count() == 0


def test_the_pages_import_and_the_value_page_names_the_system(client, login, reviewer, government):
    login(reviewer)
    assert client.get(reverse("indicators:statistics_template"))["Content-Type"].startswith(
        "application/vnd.openxmlformats"
    )
    response = client.post(
        reverse("indicators:import_statistics"),
        {"file": workbook(("12345热线", government.name, "oversight.hotline_requests", 2025, 52311))},
    )
    assert response.status_code == 302
    value = IndicatorValue.objects.get()
    assert (
        "Excel 导入（12345热线）"
        in client.get(reverse("indicators:detail", args=[value.pk])).content.decode()
    )


def test_an_evaluator_may_not_import(client, login, evaluator, government):
    login(evaluator)
    assert client.get(reverse("indicators:import_statistics")).status_code == 403
    response = client.post(
        reverse("indicators:import_statistics"),
        {"file": workbook(("审计", government.name, "oversight.audit_projects", 2025, 3))},
    )
    assert response.status_code == 403
    assert IndicatorValue.objects.count() == 0
