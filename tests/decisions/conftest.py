from __future__ import annotations

import datetime as dt

import pytest

from fazhi.decisions import actions

STEPS = {
    "public_participation": (dt.date(2025, 4, 1), dt.date(2025, 5, 6)),
    "expert_argumentation": (dt.date(2025, 5, 12), dt.date(2025, 5, 12)),
    "risk_assessment": (dt.date(2025, 5, 15), dt.date(2025, 5, 30)),
    "legality_review": (dt.date(2025, 6, 3), dt.date(2025, 6, 13)),
    "collective_discussion": (dt.date(2025, 6, 20), dt.date(2025, 6, 20)),
}


def hold(actor, decision, *kinds):
    for kind in kinds:
        start, end = STEPS[kind]
        actions.record_procedure(
            actor,
            decision,
            kind=kind,
            started_on=start,
            ended_on=end,
            documents=f"{kind} 文件",
            outcome="通过",
        )


@pytest.fixture
def catalogue(reviewer, government):
    return actions.create_catalogue(reviewer, government, year=2025)


@pytest.fixture
def item_a(catalogue, reviewer, unit_a):
    return actions.add_item(reviewer, catalogue, unit_a, title="甲单位的决策事项")


@pytest.fixture
def item_b(catalogue, reviewer, unit_b):
    return actions.add_item(reviewer, catalogue, unit_b, title="乙单位的决策事项")


HOW_TO_COMMENT = "电子邮件：zqyj@example.gov.cn\n信函：武康街道 A 路 1 号"


def open_call(actor, decision, *, started_on, days=30, **extra):
    """A call for comment of ``days`` calendar days from ``started_on``, both ends counted."""
    from fazhi.core.deadlines import local_today

    extra.setdefault("today", min(started_on, local_today()))
    return actions.open_comment_call(
        actor,
        decision,
        started_on=started_on,
        ended_on=started_on + dt.timedelta(days=days - 1),
        documents=f"{decision.title}（征求意见稿）\n起草说明",
        how_to_comment=HOW_TO_COMMENT,
        **extra,
    )
