"""The problem list's part of the work list (oversight/todo.py)."""

from __future__ import annotations

import datetime as dt

from fazhi.core.deadlines import local_today
from fazhi.core.worklist import work_for
from fazhi.oversight import actions

LABELS = {
    "待核验的整改",
    "本地区逾期未整改的问题",
    "待报送整改方案的问题",
    "待报送整改材料的问题",
    "被退回重新整改的问题",
}


def items(user) -> dict:
    return {item.label: (item.count, item.overdue) for item in work_for(user) if item.label in LABELS}


def test_a_problem_follows_its_unit_through_rectification(problem_a, problem_b, filer_a, filer_b, reviewer):
    # Both found in 2024: long overdue. Each unit sees its own one.
    assert items(filer_a) == {"待报送整改方案的问题": (1, 1)}
    assert items(filer_b) == {"待报送整改方案的问题": (1, 1)}
    assert items(reviewer) == {"本地区逾期未整改的问题": (2, 2)}

    actions.submit_plan(filer_a, problem_a, plan="逐卷补附法制审核意见")
    assert items(filer_a) == {"待报送整改材料的问题": (1, 1)}
    actions.submit_evidence(filer_a, problem_a, evidence="已补附 15 卷")
    assert items(filer_a) == {}
    assert items(reviewer) == {"待核验的整改": (1, 0), "本地区逾期未整改的问题": (2, 2)}
    assert items(filer_b) == {"待报送整改方案的问题": (1, 1)}

    actions.return_rectification(reviewer, problem_a, reasons="缺少审核意见原件")
    assert items(filer_a) == {"被退回重新整改的问题": (1, 1)}
    assert items(reviewer) == {"本地区逾期未整改的问题": (2, 2)}


def test_a_problem_within_its_deadline_is_not_overdue(reviewer, inspection, unit_a, filer_a):
    today = local_today()
    actions.record_problem(
        reviewer,
        unit_a,
        source="inspection",
        inspection=inspection,
        description="未公示执法主体",
        severity="general",
        found_on=today,
        rectification_deadline=today + dt.timedelta(days=20),
    )
    item = next(item for item in work_for(filer_a) if item.label == "待报送整改方案的问题")
    assert (item.count, item.overdue, item.due_on) == (1, 0, today + dt.timedelta(days=20))
    assert item.url == "/oversight/problems/?status=open"
    assert items(reviewer) == {}
