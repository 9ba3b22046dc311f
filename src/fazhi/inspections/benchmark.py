"""Timings of a big draw and a big Excel import, on throw-away data rolled back at the end.

``fazhi inspections benchmark`` prints them; the goals (docs/inspections.md) are a draw over
50,000 entities under 2 s and an import of 30,000 entities under 60 s.
"""

from __future__ import annotations

import datetime as dt
import io
import time
from collections.abc import Iterator

from django.db import transaction
from openpyxl import Workbook
from stdnum.cn import uscc

from fazhi.inspections import actions, draws
from fazhi.inspections.importers import EntityImporter
from fazhi.inspections.models import RiskGrade
from fazhi.org.models import Membership, Organisation, User


class _RollBack(Exception):
    pass


def _code(number: int, prefix: str) -> str:
    body = f"91330521{prefix}{number:07d}"
    return body + uscc.calc_check_digit(body)


def _rows(count: int, prefix: str) -> list[dict]:
    return [
        {
            "name": f"基准测试主体{number}",
            "credit_code": _code(number, prefix),
            "category": "食品经营",
            "risk_grade": "high" if number % 20 == 0 else "medium",
        }
        for number in range(count)
    ]


def _workbook(header: list[str], rows: list[dict], unit: str) -> io.BytesIO:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(header)
    for row in rows:
        sheet.append(
            [
                unit,
                row["name"],
                row["credit_code"],
                "",
                "",
                row["category"],
                str(RiskGrade.MEDIUM.label),
                "否",
                "否",
            ]
        )
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    buffer.name = "entities.xlsx"
    return buffer


def run(entities: int, inspectors: int, import_rows: int) -> Iterator[str]:
    lines: list[str] = []
    try:
        with transaction.atomic():
            lines += _measure(entities, inspectors, import_rows)
            raise _RollBack
    except _RollBack:
        pass
    yield from lines


def _measure(entities: int, inspectors: int, import_rows: int) -> list[str]:
    lines = []
    unit = Organisation.objects.create(name="基准测试市场监管局", kind="department", region_code="330521")
    other = Organisation.objects.create(name="基准测试导入部门", kind="department", region_code="330521")
    user = User.objects.create(username="inspections-benchmark", full_name="基准测试")
    for organisation in (unit, other):
        Membership.objects.create(user=user, organisation=organisation, role="unit_filer")

    started = time.perf_counter()
    actions.add_entities(user, unit, _rows(entities, "MA"))
    lines.append(f"pool: {entities} entities added in {time.perf_counter() - started:.2f} s")
    for number in range(inspectors):
        actions.add_inspector(user, unit, name=f"检查员{number}", certificate_number=f"BENCH{number:05d}")
    matter = actions.add_matter(
        user,
        unit,
        name="基准事项",
        legal_basis="基准依据",
        object_type="企业",
        kind="general",
        method="现场检查",
    )
    plan = actions.create_plan(
        user,
        unit,
        title="基准计划",
        matters=[matter],
        starts_on=dt.date(2026, 1, 1),
        ends_on=dt.date(2026, 12, 31),
    )
    started, cpu = time.perf_counter(), time.process_time()
    draw = actions.commit_draw(user, plan)
    committed, committed_cpu = time.perf_counter() - started, time.process_time() - cpu
    started, cpu = time.perf_counter(), time.process_time()
    actions.perform_draw(user, draw)
    drawn, drawn_cpu = time.perf_counter() - started, time.process_time() - cpu
    started, cpu = time.perf_counter(), time.process_time()
    draws.draw(draws.parse_snapshot(draw.snapshot, strict=False), draw.seed)
    algorithm, algorithm_cpu = time.perf_counter() - started, time.process_time() - cpu
    started = time.perf_counter()
    verification = draws.verify(draw.snapshot.encode(), draw.seed, draw.result.encode())
    verified = time.perf_counter() - started
    lines.append(
        f"draw over {entities} entities, {inspectors} inspectors: snapshot and commitment {committed:.2f} s, "
        f"draw with {draw.tasks.count()} tasks {drawn:.2f} s, total {committed + drawn:.2f} s (goal < 2 s); "
        f"CPU time of this process {committed_cpu:.2f} + {drawn_cpu:.2f} s"
    )
    lines.append(f"the draw algorithm alone: {algorithm:.2f} s (CPU {algorithm_cpu:.2f} s)")
    lines.append(f"verification {verified:.2f} s, matches: {verification.matches}")

    if not import_rows:
        return lines
    importer = EntityImporter(user)
    header = [str(column.header) for column in importer.columns]
    file = _workbook(header, _rows(import_rows, "MB"), other.name)
    started, cpu = time.perf_counter(), time.process_time()
    result = importer.run(user, file)
    lines.append(
        f"Excel import of {import_rows} entities: {time.perf_counter() - started:.2f} s "
        f"(goal < 60 s; CPU {time.process_time() - cpu:.2f} s), saved {result.saved}, errors {len(result.errors)}"
    )
    return lines
