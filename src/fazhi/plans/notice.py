"""The progress notice (通报) on the year plan's key tasks, as a Word document."""

from __future__ import annotations

import datetime as dt

from fazhi.core.deadlines import local_today
from fazhi.core.documents import (
    Heading,
    OfficialDocument,
    Table,
    chinese_date,
    official_docx,
)
from fazhi.org.naming import document_number, office_display_name, region_addressees
from fazhi.org.offices import office_of_region
from fazhi.plans.models import TaskStatus

STATUS_WORDS = {TaskStatus.NOT_STARTED: "未开始", TaskStatus.IN_PROGRESS: "推进中", TaskStatus.DONE: "已完成"}


def notice_docx(plan, tasks, today: dt.date | None = None) -> bytes:
    """``tasks``: the plan's tasks the office may see, with lead units selected."""
    today = today or local_today()
    tasks = list(tasks)
    done = [t for t in tasks if t.status == TaskStatus.DONE]
    overdue = [t for t in tasks if t.is_overdue(today)]
    office = office_of_region(plan.region_code)
    issuer = office_display_name(office, region_code=plan.region_code)
    body: list = [
        f"《{plan.title}》共列重点任务{len(tasks)}项。截至{chinese_date(today)}，"
        f"已完成{len(done)}项，推进中{sum(t.status == TaskStatus.IN_PROGRESS for t in tasks)}项，"
        f"未开始{sum(t.status == TaskStatus.NOT_STARTED for t in tasks)}项，逾期未完成{len(overdue)}项。",
        Table(
            ["序号", "重点任务", "牵头单位", "完成时限", "进度", "状态"],
            [
                [
                    str(task.number),
                    task.title,
                    task.lead_unit.name,
                    chinese_date(task.deadline),
                    f"{task.percent_done}%",
                    "逾期未完成" if task.is_overdue(today) else STATUS_WORDS[TaskStatus(task.status)],
                ]
                for task in tasks
            ],
        ),
    ]
    if overdue:
        body.append(Heading(1, "一、逾期未完成的任务"))
        body += [
            f"{task.number}. {task.title}（牵头单位：{task.lead_unit.name}，"
            f"完成时限：{chinese_date(task.deadline)}，进度{task.percent_done}%）"
            for task in overdue
        ]
        body.append("请上述牵头单位于接到通报后10个工作日内报送整改措施和完成时间。")
    return official_docx(
        OfficialDocument(
            issuer=issuer,
            number=document_number(office, today.year, f"plans.notice:{plan.pk}:{today.isoformat()}")
            if office
            else "",
            title=f"关于{plan.year}年度法治政府建设重点任务推进情况的通报",
            addressees=region_addressees(plan.region_code),
            body=body,
            signed_on=today,
        )
    )
