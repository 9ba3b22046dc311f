"""The rectification notice (整改情况通报) of the problem list, as a Word document, per responsible unit."""

from __future__ import annotations

import datetime as dt
import io
from collections import defaultdict

from fazhi.core.deadlines import local_today
from fazhi.oversight.models import ProblemStatus


def rectification_notice_docx(office, problems, today: dt.date | None = None) -> bytes:
    """``problems``: the problem list the office may see, with responsible units selected."""
    from docx import Document

    today = today or local_today()
    by_unit: dict[str, list] = defaultdict(list)
    for problem in problems:
        by_unit[problem.organisation.name].append(problem)
    listed = sum(len(rows) for rows in by_unit.values())
    closed = sum(p.status == ProblemStatus.CLOSED for rows in by_unit.values() for p in rows)
    overdue = [
        p
        for rows in by_unit.values()
        for p in rows
        if p.status != ProblemStatus.CLOSED and p.rectification_deadline < today
    ]
    overdue_ids = {p.pk for p in overdue}
    date = f"{today.year}年{today.month}月{today.day}日"
    document = Document()
    document.add_heading("关于问题清单整改情况的通报", level=1)
    document.add_paragraph(f"{office.name}　{date}")
    document.add_paragraph(
        f"截至{date}，问题清单共列问题{listed}条，已整改销号{closed}条，"
        f"尚未销号{listed - closed}条，其中逾期未整改{len(overdue)}条。"
    )
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["责任单位", "问题数", "已销号", "逾期未整改"], strict=True):
        cell.text = text
    for unit, rows in sorted(by_unit.items()):
        cells = table.add_row().cells
        values = [
            unit,
            len(rows),
            sum(p.status == ProblemStatus.CLOSED for p in rows),
            sum(p.pk in overdue_ids for p in rows),
        ]
        for cell, value in zip(cells, values, strict=True):
            cell.text = str(value)
    if overdue:
        document.add_heading("逾期未整改的问题", level=2)
        for problem in sorted(overdue, key=lambda p: (p.organisation.name, p.rectification_deadline)):
            document.add_paragraph(
                f"{problem.organisation.name}：{problem.description}（整改期限"
                f"{problem.rectification_deadline.isoformat()}）",
                style="List Bullet",
            )
        document.add_paragraph("请上述单位于接到通报后10个工作日内完成整改并报送整改材料。")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
