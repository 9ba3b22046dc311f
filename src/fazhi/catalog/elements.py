"""The statutory parts of an annual rule-of-law report (督察规定's five items)."""

from __future__ import annotations

# code -> Chinese name; the order is the order the rules list them in.
ELEMENTS: dict[str, str] = {
    "results": "主要举措和成效",
    "shortcomings": "存在的不足和原因",
    "first_responsible": "党政主要负责人履行推进法治建设第一责任人职责情况",
    "next_plan": "下一年度主要安排",
    "other": "其他需要报告的情况",
}

# A report is compliant when these all have a section of their own.
REQUIRED = ("results", "shortcomings", "first_responsible", "next_plan")

STATUSES = ("section", "mentioned", "absent")

LEVELS = ("province", "city", "county", "township", "department")

KINDS = ("annual_report", "multi_year_report", "not_report")
