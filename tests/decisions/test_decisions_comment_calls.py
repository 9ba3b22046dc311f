"""Public participation in two steps: open the call for comment, record its outcome after the period."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from fazhi.core.actions import ActionRefused
from fazhi.core.deadlines import local_today
from fazhi.core.providers import Period
from fazhi.decisions import actions
from fazhi.decisions.indicators import PROVIDERS
from fazhi.decisions.models import DecisionEvent, DecisionStatus, Procedure

from .conftest import HOW_TO_COMMENT, hold, open_call

START = dt.date(2025, 4, 1)
CALL = {"documents": "征求意见稿\n起草说明", "how_to_comment": HOW_TO_COMMENT}


def days(start: dt.date, n: int) -> dict:
    """A period of ``n`` calendar days, both ends counted."""
    return {"started_on": start, "ended_on": start + dt.timedelta(days=n - 1)}


# Rules and actions.


def test_a_call_of_29_days_needs_a_reason_and_30_days_do_not(item_a, item_b, filer_a, filer_b):
    with pytest.raises(ActionRefused) as refusal:
        actions.open_comment_call(filer_a, item_a, **days(START, 29), **CALL, today=START)
    assert refusal.value.message == "公开征求意见期限一般不少于 30 日；缩短的，请说明理由。"
    assert refusal.value.field == "short_period_reason"
    assert not Procedure.objects.exists()
    call = actions.open_comment_call(
        filer_a,
        item_a,
        **days(START, 29),
        **CALL,
        today=START,
        short_period_reason="防汛工作紧急，需在汛期前出台",
    )
    assert (call.kind, call.outcome, call.is_outcome_pending) == ("public_participation", "", True)
    assert call.how_to_comment == HOW_TO_COMMENT
    assert actions.open_comment_call(
        filer_b, item_b, **days(START, 30), **CALL, today=START
    ).ended_on == dt.date(2025, 4, 30)
    assert [e.verb for e in DecisionEvent.objects.filter(decision=item_a).order_by("pk")] == [
        "create",
        "call_open",
    ]
    assert DecisionEvent.objects.get(verb="call_open", decision=item_a).data == {
        "started_on": "2025-04-01",
        "ended_on": "2025-04-29",
    }


def test_the_comment_days_are_a_setting(item_a, filer_a, settings):
    settings.DECISIONS_COMMENT_DAYS = 20
    actions.open_comment_call(filer_a, item_a, **days(START, 20), **CALL, today=START)


@pytest.mark.parametrize(
    ("change", "message", "field"),
    [
        (
            {"how_to_comment": "  "},
            "请写明公众提交意见的途径（地址、电子邮箱或网上留言链接）。",
            "how_to_comment",
        ),
        ({"documents": ""}, "请列明该程序的材料。", "documents"),
        ({"ended_on": START - dt.timedelta(days=1)}, "程序结束日期早于开始日期。", "ended_on"),
    ],
)
def test_a_call_says_what_is_missing(item_a, filer_a, change, message, field):
    with pytest.raises(ActionRefused) as refusal:
        actions.open_comment_call(filer_a, item_a, **{**days(START, 30), **CALL, **change}, today=START)
    assert (refusal.value.message, refusal.value.field) == (message, field)


def test_a_period_already_over_is_recorded_with_its_outcome_not_opened(item_a, filer_a):
    with pytest.raises(ActionRefused) as refusal:
        actions.open_comment_call(filer_a, item_a, **days(START, 30), **CALL, today=dt.date(2025, 5, 1))
    assert refusal.value.message == "该征求意见期限已经届满，请直接记录公众参与程序及意见采纳情况。"
    actions.record_procedure(
        filer_a,
        item_a,
        kind="public_participation",
        **days(START, 30),
        documents="征求意见稿",
        outcome="收到意见3条，采纳1条",
        today=dt.date(2025, 5, 1),
    )


def test_a_running_period_is_not_recorded_in_one_step(item_a, filer_a):
    with pytest.raises(ActionRefused) as refusal:
        actions.record_procedure(
            filer_a,
            item_a,
            kind="public_participation",
            **days(START, 30),
            documents="征求意见稿",
            outcome="征求意见中",
            today=dt.date(2025, 4, 30),
        )
    assert refusal.value.message == "征求意见期限至 2025-04-30 止，期满后方可记录意见采纳情况。"
    assert not Procedure.objects.exists()


def test_the_outcome_waits_until_the_period_has_closed(item_a, filer_a):
    call = open_call(filer_a, item_a, started_on=START)  # 2025-04-01 to 2025-04-30
    for today in (dt.date(2025, 4, 15), dt.date(2025, 4, 30)):  # the last day still takes comments
        with pytest.raises(ActionRefused) as refusal:
            actions.record_comment_outcome(filer_a, item_a, outcome="收到意见5条", today=today)
        assert refusal.value.message == "征求意见期限至 2025-04-30 止，期满后方可记录意见采纳情况。"
    with pytest.raises(ActionRefused) as refusal:
        actions.record_comment_outcome(filer_a, item_a, outcome=" ", today=dt.date(2025, 5, 1))
    assert refusal.value.message == "请填写该程序的结论。"
    call.refresh_from_db()
    assert call.is_outcome_pending and not DecisionEvent.objects.filter(verb="call_outcome").exists()

    actions.record_comment_outcome(
        filer_a,
        item_a,
        outcome="收到意见5条，采纳2条",
        documents="意见采纳情况说明",
        today=dt.date(2025, 5, 1),
    )
    call.refresh_from_db()
    assert call.outcome == "收到意见5条，采纳2条"
    assert call.documents == "甲单位的决策事项（征求意见稿）\n起草说明\n意见采纳情况说明"
    event = DecisionEvent.objects.get(verb="call_outcome")
    assert (event.note, event.data) == ("收到意见5条，采纳2条", {"added_documents": "意见采纳情况说明"})
    # django-simple-history keeps the open call and its closing.
    assert [h.outcome for h in call.history.order_by("history_date")] == ["", "收到意见5条，采纳2条"]
    with pytest.raises(ActionRefused) as refusal:
        actions.record_comment_outcome(filer_a, item_a, outcome="再次记录", today=dt.date(2025, 5, 2))
    assert refusal.value.message == "没有待记录意见采纳情况的征求意见。"


def test_the_decision_waits_for_the_outcome_of_the_call_and_says_which(item_a, filer_a):
    open_call(filer_a, item_a, started_on=START)
    hold(
        filer_a, item_a, "expert_argumentation", "risk_assessment", "legality_review", "collective_discussion"
    )
    with pytest.raises(ActionRefused) as refusal:
        actions.take_decision(filer_a, item_a, taken_on=dt.date(2025, 6, 20))
    assert refusal.value.message == "不能记录为已决策：以下法定程序尚未记录结论：公众参与。"
    item_a.refresh_from_db()
    assert item_a.status == DecisionStatus.PLANNED and not DecisionEvent.objects.filter(verb="take").exists()
    actions.record_comment_outcome(filer_a, item_a, outcome="收到意见5条，采纳2条", today=dt.date(2025, 5, 1))
    actions.take_decision(filer_a, item_a, taken_on=dt.date(2025, 6, 20))
    assert item_a.status == DecisionStatus.TAKEN


def test_b_can_neither_open_nor_close_a_call_of_a(item_a, filer_a, filer_b):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        actions.open_comment_call(filer_b, item_a, **days(START, 30), **CALL, today=START)
    open_call(filer_a, item_a, started_on=START)
    with pytest.raises(PermissionDenied):
        actions.record_comment_outcome(filer_b, item_a, outcome="冒充", today=dt.date(2025, 5, 1))
    assert Procedure.objects.get().is_outcome_pending


def test_a_call_waiting_for_its_outcome_is_not_a_procedure_performed(catalogue, reviewer, filer_a, unit_a):
    decision = actions.add_item(
        reviewer,
        catalogue,
        unit_a,
        title="只需公众参与",
        requires_expert_argumentation=False,
        requires_risk_assessment=False,
    )
    open_call(filer_a, decision, started_on=START)
    hold(filer_a, decision, "legality_review", "collective_discussion")
    rate = PROVIDERS["decisions.procedures_complete_rate"]
    assert rate(catalogue.organisation, Period.year(2025)).value == Decimal("0.00")
    actions.record_comment_outcome(filer_a, decision, outcome="未收到意见", today=dt.date(2025, 5, 1))
    assert rate(catalogue.organisation, Period.year(2025)).value == Decimal("100.00")


# Pages.


def test_the_unit_opens_a_call_and_records_its_outcome_through_the_pages(item_a, filer_a, login):
    client = login(filer_a)
    today = local_today()
    assert "公开征求意见" in client.get(f"/decisions/{item_a.pk}/").content.decode()
    response = client.post(
        f"/decisions/{item_a.pk}/call/",
        {
            "started_on": (today - dt.timedelta(days=5)).isoformat(),
            "ended_on": (today + dt.timedelta(days=24)).isoformat(),
            "documents": "征求意见稿\n起草说明",
            "how_to_comment": HOW_TO_COMMENT,
        },
    )
    assert response.status_code == 302
    detail = client.get(f"/decisions/{item_a.pk}/").content.decode()
    assert f"正在公开征求意见，截止日期 {(today + dt.timedelta(days=24)).isoformat()}。" in detail
    assert "期满后记录意见采纳情况" in detail and "尚待记录结论： 公众参与" in detail
    assert f"/decisions/{item_a.pk}/call/outcome/" not in detail  # not before the end

    before = Procedure.objects.get().outcome, DecisionEvent.objects.count()
    page = client.post(f"/decisions/{item_a.pk}/call/outcome/", {"outcome": "收到意见5条"}).content.decode()
    assert (
        f"征求意见期限至 {(today + dt.timedelta(days=24)).isoformat()} 止，期满后方可记录意见采纳情况。"
        in page
    )
    assert (Procedure.objects.get().outcome, DecisionEvent.objects.count()) == before

    # The period closes: the outcome page is offered and takes the outcome.
    Procedure.objects.update(started_on=today - dt.timedelta(days=40), ended_on=today - dt.timedelta(days=1))
    detail = client.get(f"/decisions/{item_a.pk}/").content.decode()
    assert f"/decisions/{item_a.pk}/call/outcome/" in detail and "请记录意见采纳情况" in detail
    response = client.post(
        f"/decisions/{item_a.pk}/call/outcome/",
        {"outcome": "收到意见5条，采纳2条", "documents": "意见汇总表"},
    )
    assert response.status_code == 302
    assert Procedure.objects.get().outcome == "收到意见5条，采纳2条"
    detail = client.get(f"/decisions/{item_a.pk}/").content.decode()
    assert "收到意见5条，采纳2条" in detail and "意见汇总表" in detail and "尚待记录结论" not in detail


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"days": 29}, "公开征求意见期限一般不少于 30 日；缩短的，请说明理由。"),
        ({"how_to_comment": ""}, "请写明公众提交意见的途径（地址、电子邮箱或网上留言链接）。"),
        ({"documents": ""}, "这个字段是必填项。"),
        ({"started_on": "明天"}, "输入一个有效的日期。"),
        (
            {"how_to_comment": "长" * 20, "short_period_reason": "长" * 301},
            "确保该变量包含不超过 300 字符 (目前字符数 301)。",
        ),
    ],
)
def test_the_call_form_says_what_is_wrong_in_chinese(item_a, filer_a, login, data, message):
    today = local_today()
    n = data.pop("days", 30)
    form = {
        "started_on": today.isoformat(),
        "ended_on": (today + dt.timedelta(days=n - 1)).isoformat(),
        "documents": "征求意见稿",
        "how_to_comment": HOW_TO_COMMENT,
        **data,
    }
    before = Procedure.objects.count(), DecisionEvent.objects.count()
    response = login(filer_a).post(f"/decisions/{item_a.pk}/call/", form)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert (Procedure.objects.count(), DecisionEvent.objects.count()) == before


def test_the_outcome_form_wants_the_outcome(item_a, filer_a, login):
    open_call(filer_a, item_a, started_on=START)
    page = login(filer_a).post(f"/decisions/{item_a.pk}/call/outcome/", {"outcome": ""}).content.decode()
    assert "这个字段是必填项。" in page
    assert Procedure.objects.get().is_outcome_pending


def test_a_filter_lists_the_decisions_whose_outcome_is_to_record(
    item_a, catalogue, reviewer, unit_a, filer_a, login
):
    other = actions.add_item(reviewer, catalogue, unit_a, title="甲单位仍在征求意见的事项")
    open_call(filer_a, item_a, started_on=START)
    open_call(filer_a, other, started_on=local_today())
    page = login(filer_a).get("/decisions/?call=to_record").content.decode()
    assert "甲单位的决策事项" in page and "甲单位仍在征求意见的事项" not in page
    page = login(filer_a).get("/decisions/?call=open").content.decode()
    assert "甲单位的决策事项" not in page and "甲单位仍在征求意见的事项" in page


# API.


def _post(client, url, payload):
    return client.post(url, data=json.dumps(payload), content_type="application/json")


def test_the_api_opens_a_call_shows_its_state_and_refuses_an_early_outcome(item_a, filer_a, login):
    client = login(filer_a)
    today = local_today()
    body = _post(
        client,
        f"/api/decisions/{item_a.pk}/call",
        {
            "started_on": today.isoformat(),
            "ended_on": (today + dt.timedelta(days=29)).isoformat(),
            "documents": "征求意见稿",
            "how_to_comment": HOW_TO_COMMENT,
        },
    ).json()
    assert body["comment_call"] == {
        "started_on": today.isoformat(),
        "ended_on": (today + dt.timedelta(days=29)).isoformat(),
        "how_to_comment": HOW_TO_COMMENT,
        "is_open": True,
        "outcome_pending": True,
        "outcome": "",
    }
    assert body["pending_procedures"] == ["public_participation"]
    assert "public_participation" not in body["missing_procedures"]
    response = _post(client, f"/api/decisions/{item_a.pk}/call/outcome", {"outcome": "收到意见5条"})
    assert response.status_code == 400
    assert "期满后方可记录意见采纳情况" in response.json()["detail"]

    Procedure.objects.update(started_on=today - dt.timedelta(days=40), ended_on=today - dt.timedelta(days=1))
    body = _post(client, f"/api/decisions/{item_a.pk}/call/outcome", {"outcome": "收到意见5条"}).json()
    assert (body["comment_call"]["is_open"], body["comment_call"]["outcome_pending"]) == (False, False)
    assert body["pending_procedures"] == []


def test_the_api_refuses_a_short_period_in_chinese(item_a, filer_a, login):
    today = local_today()
    response = _post(
        login(filer_a),
        f"/api/decisions/{item_a.pk}/call",
        {
            "started_on": today.isoformat(),
            "ended_on": (today + dt.timedelta(days=10)).isoformat(),
            "documents": "征求意见稿",
            "how_to_comment": HOW_TO_COMMENT,
        },
    )
    assert response.status_code == 400
    assert response.json()["detail"] == "公开征求意见期限一般不少于 30 日；缩短的，请说明理由。"
    assert not Procedure.objects.exists()


def test_forged_posts_of_unit_b_neither_open_nor_close_a_call_of_a(
    item_a, item_b, filer_a, filer_b, login, snapshot
):
    today = local_today()
    form = {
        "started_on": today.isoformat(),
        "ended_on": (today + dt.timedelta(days=29)).isoformat(),
        "documents": "征求意见稿",
        "how_to_comment": HOW_TO_COMMENT,
    }
    client = login(filer_b)
    before = list(Procedure.objects.values()), DecisionEvent.objects.count()
    assert client.post(f"/decisions/{item_a.pk}/call/", form).status_code == 404
    assert _post(client, f"/api/decisions/{item_a.pk}/call", form).status_code == 404
    assert (list(Procedure.objects.values()), DecisionEvent.objects.count()) == before

    # The same form opens A's call for A (the refusal above is B's, not the form's), and B's own call for B.
    assert login(filer_a).post(f"/decisions/{item_a.pk}/call/", form).status_code == 302
    client = login(filer_b)
    assert client.post(f"/decisions/{item_b.pk}/call/", form).status_code == 302
    Procedure.objects.update(started_on=today - dt.timedelta(days=40), ended_on=today - dt.timedelta(days=1))
    call_of_a = Procedure.objects.get(decision=item_a)
    before = snapshot(call_of_a), snapshot(item_a), DecisionEvent.objects.count()
    response = client.post(f"/decisions/{item_a.pk}/call/outcome/", {"outcome": "冒充的意见采纳情况"})
    assert response.status_code == 404 and "甲单位" not in response.content.decode()
    assert _post(client, f"/api/decisions/{item_a.pk}/call/outcome", {"outcome": "冒充"}).status_code == 404
    assert (snapshot(call_of_a), snapshot(item_a), DecisionEvent.objects.count()) == before
    assert Procedure.objects.get(decision=item_a).is_outcome_pending
