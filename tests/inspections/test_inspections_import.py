"""Excel import of the entity pool: row errors, nothing half-imported; work list and reminders."""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import Workbook

from fazhi.core.models import Notice
from fazhi.inspections import actions, reminders, todo
from fazhi.inspections.importers import EntityImporter
from fazhi.inspections.models import DrawReminder, Entity

from .conftest import credit_code


def workbook(rows) -> io.BytesIO:
    book = Workbook()
    sheet = book.active
    sheet.append([str(column.header) for column in EntityImporter.columns])
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    buffer.name = "entities.xlsx"
    return buffer


def row(unit, number, code=None, grade="中风险"):
    return [unit.name, f"公司{number}", code or credit_code(number), "", "", "食品经营", grade, "否", "否"]


def test_row_errors_and_nothing_half_imported(filer_a, unit_a, login):
    bad_code = credit_code(3)[:-1] + ("0" if credit_code(3)[-1] != "0" else "1")
    rows = [
        row(unit_a, 1),
        row(unit_a, 2),
        row(unit_a, 3, code=bad_code),
        row(unit_a, 4, code=credit_code(1)),
    ]
    response = login(filer_a).post("/inspections/entities/import/", {"file": workbook(rows)})
    page = response.content.decode()
    assert response.status_code == 200
    assert "校验码" in page and bad_code in page  # row 4: the check digit
    assert "已在名录库中或在文件中重复" in page  # row 5: the same code as row 2
    assert not Entity.objects.exists()
    response = login(filer_a).post("/inspections/entities/import/", {"file": workbook(rows[:2])})
    assert response.status_code == 302
    assert sorted(Entity.objects.values_list("credit_code", flat=True)) == [credit_code(1), credit_code(2)]
    # A second import of the same rows: already in the pool, nothing added.
    result = EntityImporter(filer_a).run(filer_a, workbook(rows[:1]))
    assert not result.ok and Entity.objects.count() == 2


def test_an_import_into_another_units_pool_is_refused(filer_b, unit_a, login):
    response = login(filer_b).post("/inspections/entities/import/", {"file": workbook([row(unit_a, 1)])})
    assert response.status_code == 200
    assert "没有名为德清县市场监督管理局且您有权操作的单位" in response.content.decode()
    assert not Entity.objects.exists()


def test_work_list_and_reminders(plan_a, filer_a, filer_b, django_capture_on_commit_callbacks):
    draw = actions.perform_draw(filer_a, actions.commit_draw(filer_a, plan_a))
    task = draw.tasks.first()
    actions.record_result(filer_a, task, outcome="no_problem", inspected_on=draw.drawn_on)
    items = {item.label: item for item in todo.work_for(filer_a)}
    assert [(item.count, item.overdue) for item in items.values()] == [(3, 0), (1, 0)]
    assert [item.count for item in todo.work_for(filer_b)] in ([], [0, 0])
    late = draw.drawn_on + dt.timedelta(days=60)
    with django_capture_on_commit_callbacks(execute=True):
        assert reminders.send_reminders(late) == 1
    assert reminders.send_reminders(late) == 0  # once per draw and due date
    assert DrawReminder.objects.get().kind == "overdue"
    assert Notice.objects.filter(recipient=filer_a).count() == 1
    assert reminders.send_reminders(draw.drawn_on) == 0  # 20 working days ahead: not yet
