"""The rectification notice (整改情况通报) of the problem list, as a Word document, per responsible unit."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from fazhi.core.deadlines import local_today
from fazhi.core.documents import (
    Heading,
    OfficialDocument,
    Table,
    chinese_date,
    official_docx,
)
from fazhi.org.naming import document_number, office_display_name, region_addressees
from fazhi.oversight.models import ProblemStatus


def rectification_notice_docx(office, problems, today: dt.date | None = None) -> bytes:
    """``problems``: the problem list the office may see, with responsible units selected."""
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
    body: list = [
        f"截至{chinese_date(today)}，问题清单共列问题{listed}条，已整改销号{closed}条，"
        f"尚未销号{listed - closed}条，其中逾期未整改{len(overdue)}条。",
        Table(
            ["责任单位", "问题数", "已销号", "逾期未整改"],
            [
                [
                    unit,
                    str(len(rows)),
                    str(sum(p.status == ProblemStatus.CLOSED for p in rows)),
                    str(sum(p.pk in overdue_ids for p in rows)),
                ]
                for unit, rows in sorted(by_unit.items())
            ],
        ),
    ]
    if overdue:
        body.append(Heading(1, "一、逾期未整改的问题"))
        body += [
            f"{problem.organisation.name}：{problem.description}（整改期限"
            f"{chinese_date(problem.rectification_deadline)}）"
            for problem in sorted(overdue, key=lambda p: (p.organisation.name, p.rectification_deadline))
        ]
        body.append("请上述单位于接到通报后10个工作日内完成整改并报送整改材料。")
    return official_docx(
        OfficialDocument(
            issuer=office_display_name(office),
            number=document_number(office, today.year, f"oversight.notice:{today.isoformat()}"),
            title="关于问题清单整改情况的通报",
            addressees=region_addressees(office.region_code),
            body=body,
            signed_on=today,
        )
    )
