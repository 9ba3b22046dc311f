"""The progress notice (通报) on the year plan's key tasks, as a Word document."""

from __future__ import annotations

import datetime as dt
import io

from fazhi.core.deadlines import local_today
from fazhi.core.formatting import chinese_date
from fazhi.plans.models import TaskStatus

STATUS_WORDS = {TaskStatus.NOT_STARTED: "未开始", TaskStatus.IN_PROGRESS: "推进中", TaskStatus.DONE: "已完成"}


def notice_docx(plan, tasks, today: dt.date | None = None) -> bytes:
    """``tasks``: the plan's tasks the office may see, with lead units selected."""
    from docx import Document

    today = today or local_today()
    tasks = list(tasks)
    done = [t for t in tasks if t.status == TaskStatus.DONE]
    overdue = [t for t in tasks if t.is_overdue(today)]
    document = Document()
    document.add_heading(f"关于{plan.year}年度法治政府建设重点任务推进情况的通报", level=1)
    document.add_paragraph(f"{plan.organisation.name}　{chinese_date(today)}")
    document.add_paragraph(
        f"《{plan.title}》共列重点任务{len(tasks)}项。截至{chinese_date(today)}，"
        f"已完成{len(done)}项，推进中{sum(t.status == TaskStatus.IN_PROGRESS for t in tasks)}项，"
        f"未开始{sum(t.status == TaskStatus.NOT_STARTED for t in tasks)}项，逾期未完成{len(overdue)}项。"
    )
    table = document.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells, ["序号", "重点任务", "牵头单位", "完成时限", "进度", "状态"], strict=True
    ):
        cell.text = text
    for task in tasks:
        status = "逾期未完成" if task.is_overdue(today) else STATUS_WORDS[TaskStatus(task.status)]
        row = table.add_row().cells
        for cell, text in zip(
            row,
            [
                str(task.number),
                task.title,
                task.lead_unit.name,
                task.deadline.isoformat(),
                f"{task.percent_done}%",
                status,
            ],
            strict=True,
        ):
            cell.text = text
    if overdue:
        document.add_heading("逾期未完成的任务", level=2)
        for task in overdue:
            document.add_paragraph(
                f"{task.number}. {task.title}（牵头单位：{task.lead_unit.name}，"
                f"完成时限：{task.deadline.isoformat()}，进度{task.percent_done}%）",
                style="List Bullet",
            )
        document.add_paragraph("请上述牵头单位于接到通报后10个工作日内报送整改措施和完成时间。")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
