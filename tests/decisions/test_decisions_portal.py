"""The portal's open calls for public comment: listed while open, in published catalogues only."""

from __future__ import annotations

import datetime as dt

from fazhi.core.deadlines import local_today
from fazhi.decisions import actions

from .conftest import open_call


def calls_section(client) -> str:
    page = client.get("/portal/decisions/").content.decode()
    return page[page.index("正在公开征求意见") :]


def test_an_open_call_is_listed_with_its_days_left_and_its_page(catalogue, item_a, reviewer, filer_a, client):
    today = local_today()
    call = open_call(filer_a, item_a, started_on=today - dt.timedelta(days=10), days=31)  # ends in 20 days
    actions.publish_catalogue(reviewer, catalogue)
    section = calls_section(client)
    assert "甲单位的决策事项" in section and "德清县市场监督管理局" in section
    assert (
        f"{(today - dt.timedelta(days=10)).isoformat()} — {(today + dt.timedelta(days=20)).isoformat()}"
        in section
    )
    assert "还剩 20 天" in section
    assert "电子邮件：zqyj@example.gov.cn<br>信函：武康街道 A 路 1 号" in section
    assert f'href="/portal/decisions/calls/{call.pk}/"' in section
    assert "暂无正在征求意见的事项" not in section

    page = client.get(f"/portal/decisions/calls/{call.pk}/").content.decode()
    assert "正在征求意见" in page and "还剩 20 天" in page
    assert "甲单位的决策事项（征求意见稿）<br>起草说明" in page
    assert "zqyj@example.gov.cn" in page


def test_the_last_day_is_said_in_words(catalogue, item_a, reviewer, filer_a, client):
    today = local_today()
    open_call(filer_a, item_a, started_on=today - dt.timedelta(days=29))  # 30 days, the last one today
    actions.publish_catalogue(reviewer, catalogue)
    assert "今日截止" in calls_section(client)


def test_closed_and_future_calls_are_not_listed(
    catalogue, item_a, item_b, reviewer, filer_a, filer_b, client
):
    today = local_today()
    closed = open_call(filer_a, item_a, started_on=today - dt.timedelta(days=30))  # ended yesterday
    future = open_call(filer_b, item_b, started_on=today + dt.timedelta(days=1))
    actions.publish_catalogue(reviewer, catalogue)
    section = calls_section(client)
    assert "甲单位的决策事项" not in section and "乙单位的决策事项" not in section
    assert "暂无正在征求意见的事项" in section
    # The closed call's page says it is over; a call not started yet has no page.
    page = client.get(f"/portal/decisions/calls/{closed.pk}/").content.decode()
    assert "征求意见已结束" in page and "还剩" not in page
    assert client.get(f"/portal/decisions/calls/{future.pk}/").status_code == 404


def test_calls_of_an_unpublished_catalogue_are_not_public(catalogue, item_a, filer_a, client):
    call = open_call(filer_a, item_a, started_on=local_today())
    assert "甲单位的决策事项" not in calls_section(client)
    assert client.get(f"/portal/decisions/calls/{call.pk}/").status_code == 404


def test_a_procedure_other_than_a_call_has_no_call_page(catalogue, item_a, reviewer, filer_a, client):
    actions.publish_catalogue(reviewer, catalogue)
    review = actions.record_procedure(
        filer_a,
        item_a,
        kind="legality_review",
        started_on=dt.date(2025, 6, 3),
        ended_on=dt.date(2025, 6, 13),
        documents="合法性审查意见书（内部）",
        outcome="合法",
    )
    past = actions.record_procedure(
        filer_a,
        actions.add_item(reviewer, catalogue, item_a.organisation, title="另一事项", reason="新增"),
        kind="public_participation",
        started_on=dt.date(2025, 4, 1),
        ended_on=dt.date(2025, 5, 6),
        documents="征求意见稿",
        outcome="采纳18条",
    )
    for procedure in (review, past):
        assert client.get(f"/portal/decisions/calls/{procedure.pk}/").status_code == 404
