"""The assessment's part of the work list (assessment/todo.py)."""

from __future__ import annotations

from fazhi.assessment import actions
from fazhi.core.worklist import work_for

LABELS = {"待评分的考核表", "待您审定提交的自评", "待填写的自评"}


def items(user) -> dict:
    return {item.label: (item.count, item.url) for item in work_for(user) if item.label in LABELS}


def test_self_assessment_then_scoring(
    opened, unit_a, unit_b, filer_a, leader_a, filer_b, reviewer, evaluator
):
    sheet_a, sheet_b = opened[unit_a], opened[unit_b]
    assert items(filer_a) == {"待填写的自评": (1, f"/assessment/sheets/{sheet_a.pk}/")}
    assert items(leader_a) == {"待您审定提交的自评": (1, f"/assessment/sheets/{sheet_a.pk}/")}
    assert items(filer_b) == {"待填写的自评": (1, f"/assessment/sheets/{sheet_b.pk}/")}
    # The office's own sheets are filled in by the office's unit users, not by its reviewer.
    assert items(reviewer) == {} and items(evaluator) == {}

    actions.transition(leader_a, sheet_a, "submit", confirmed=True)
    assert items(filer_a) == {} and items(leader_a) == {}
    for scorer in (reviewer, evaluator):
        assert items(scorer) == {"待评分的考核表": (1, f"/assessment/sheets/{sheet_a.pk}/")}
    assert items(filer_b) == {"待填写的自评": (1, f"/assessment/sheets/{sheet_b.pk}/")}

    leader_b = _leader_of(unit_b)
    actions.transition(leader_b, sheet_b, "submit", confirmed=True)
    assert items(evaluator) == {"待评分的考核表": (2, "/assessment/")}


def _leader_of(unit):
    from fazhi.org.models import Membership, User

    user = User.objects.create(username="leader_b", full_name="徐海涛")
    Membership.objects.create(user=user, organisation=unit, role="unit_leader")
    return user
