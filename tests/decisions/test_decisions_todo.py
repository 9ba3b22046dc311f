"""The major decisions' part of the work list (decisions/todo.py): closed calls whose outcome is to record."""

from __future__ import annotations

import datetime as dt

from fazhi.core.deadlines import local_today
from fazhi.core.worklist import work_for
from fazhi.decisions import actions

from .conftest import open_call

LABEL = "征求意见期满待记录意见采纳情况的决策事项"


def item(user):
    return next((entry for entry in work_for(user) if entry.label == LABEL), None)


def test_a_closed_call_waits_for_its_own_unit_only(
    catalogue, item_a, item_b, reviewer, filer_a, leader_a, filer_b, unit_a, login
):
    today = local_today()
    still_open = actions.add_item(reviewer, catalogue, unit_a, title="甲单位仍在征求意见的事项")
    open_call(filer_a, item_a, started_on=today - dt.timedelta(days=40))  # closed 11 days ago
    open_call(filer_a, still_open, started_on=today - dt.timedelta(days=29))  # its last day is today
    b_closed = [
        actions.add_item(reviewer, catalogue, item_b.organisation, title=f"乙单位事项{n}") for n in range(2)
    ]
    for decision in (item_b, *b_closed):
        open_call(filer_b, decision, started_on=dt.date(2025, 4, 1))

    waiting = item(filer_a)
    assert (waiting.count, waiting.overdue, waiting.due_on) == (1, 0, None)
    assert waiting.url == "/decisions/?call=to_record"
    assert item(leader_a).count == 1  # the unit's leader edits too
    assert item(filer_b).count == 3  # B's three, never A's; and A's never count B's
    # The office reaches every unit of the region but this is the units' chore.
    assert item(reviewer) is None
    # The link lists exactly that decision.
    page = login(filer_a).get(waiting.url).content.decode()
    assert "甲单位的决策事项" in page and "甲单位仍在征求意见的事项" not in page and "乙单位" not in page

    actions.record_comment_outcome(filer_a, item_a, outcome="收到意见5条，采纳2条")
    assert item(filer_a) is None
    assert item(filer_b).count == 3


def test_calls_of_decisions_no_longer_in_preparation_do_not_wait(catalogue, item_a, reviewer, filer_a):
    open_call(filer_a, item_a, started_on=dt.date(2025, 4, 1))
    actions.publish_catalogue(reviewer, catalogue)
    actions.remove_item(reviewer, item_a, reason="上级政策调整")
    assert item(filer_a) is None


def test_nothing_waits_for_people_without_a_unit(outsider, evaluator, admin_user):
    for user in (outsider, evaluator, admin_user):
        assert item(user) is None
