"""Catalogue adjustments counted right; a decision is not taken with a procedure missing."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied

from fazhi.core.actions import ActionRefused
from fazhi.decisions import actions, rules
from fazhi.decisions.models import Decision, DecisionEvent, DecisionStatus

from .conftest import hold


def test_jingan_catalogue_22_plus_3_merged_1_removed_1_is_23(catalogue, reviewer, unit_a, client):
    items = [actions.add_item(reviewer, catalogue, unit_a, title=f"事项{n}") for n in range(1, 23)]
    actions.publish_catalogue(reviewer, catalogue, published_on=dt.date(2023, 4, 1))
    for n in range(3):
        actions.add_item(reviewer, catalogue, unit_a, title=f"新增事项{n}", reason="年中新增")
    actions.merge_item(reviewer, items[5], into=items[6], reason="合并实施")
    actions.remove_item(reviewer, items[7], reason="不再作为重大决策")
    assert rules.catalogue_counts(catalogue) == {
        "initial": 22,
        "added": 3,
        "merged": 1,
        "removed": 1,
        "final": 23,
    }
    page = client.get(f"/portal/decisions/{catalogue.pk}/").content.decode()
    assert "22 项，新增 3 项，合并 1 项，调出 1 项：目录现有 23 项。" in page
    assert "合并实施" in page and "不再作为重大决策" in page


def test_adjusting_a_published_catalogue_needs_a_reason(catalogue, reviewer, unit_a, item_a):
    actions.publish_catalogue(reviewer, catalogue)
    with pytest.raises(ActionRefused) as refusal:
        actions.add_item(reviewer, catalogue, unit_a, title="无理由新增")
    assert refusal.value.message == "调整已公布的目录，请写明理由。"
    with pytest.raises(ActionRefused):
        actions.remove_item(reviewer, item_a, reason=" ")
    with pytest.raises(ActionRefused) as refusal:
        actions.merge_item(reviewer, item_a, into=item_a, reason="x")
    assert refusal.value.message == "请选择同一目录中的其他事项作为合并对象。"
    assert Decision.objects.filter(status=DecisionStatus.PLANNED).count() == 1


def test_only_the_office_keeps_the_catalogue(catalogue, filer_a, unit_a, item_a):
    with pytest.raises(PermissionDenied):
        actions.add_item(filer_a, catalogue, unit_a, title="x")
    with pytest.raises(PermissionDenied):
        actions.remove_item(filer_a, item_a, reason="x")


def test_a_decision_is_refused_while_a_procedure_is_missing_and_says_which(item_a, filer_a):
    hold(filer_a, item_a, "public_participation", "legality_review")
    before = DecisionEvent.objects.count()
    with pytest.raises(ActionRefused) as refusal:
        actions.take_decision(filer_a, item_a, taken_on=dt.date(2025, 6, 20))
    assert refusal.value.message == "不能记录为已决策：尚缺以下法定程序：专家论证、风险评估、集体讨论决定。"
    item_a.refresh_from_db()
    assert item_a.status == DecisionStatus.PLANNED and DecisionEvent.objects.count() == before
    hold(filer_a, item_a, "expert_argumentation", "risk_assessment", "collective_discussion")
    actions.take_decision(
        filer_a, item_a, taken_on=dt.date(2025, 6, 20), decision_document="德政发〔2025〕20号"
    )
    assert Decision.objects.get(pk=item_a.pk).status == DecisionStatus.TAKEN


def test_procedures_not_required_are_not_asked_for(catalogue, reviewer, filer_a, unit_a):
    decision = actions.add_item(
        reviewer,
        catalogue,
        unit_a,
        title="只需审查和讨论",
        requires_public_participation=False,
        requires_expert_argumentation=False,
        requires_risk_assessment=False,
    )
    with pytest.raises(ActionRefused) as refusal:
        actions.take_decision(filer_a, decision, taken_on=dt.date(2025, 6, 20))
    assert refusal.value.message.endswith("合法性审查、集体讨论决定。")
    hold(filer_a, decision, "legality_review", "collective_discussion")
    actions.take_decision(filer_a, decision, taken_on=dt.date(2025, 6, 20))


def test_collective_discussion_comes_after_the_legality_review(item_a, filer_a):
    with pytest.raises(ActionRefused) as refusal:
        hold(filer_a, item_a, "collective_discussion")
    assert refusal.value.message == "决策草案经合法性审查后方可提交集体讨论。"


def test_public_comment_of_thirty_days_or_a_reason(item_a, filer_a):
    args = {
        "kind": "public_participation",
        "started_on": dt.date(2025, 4, 1),
        "ended_on": dt.date(2025, 4, 20),
        "documents": "征求意见稿",
        "outcome": "收到意见3条",
    }
    with pytest.raises(ActionRefused) as refusal:
        actions.record_procedure(filer_a, item_a, **args)
    assert refusal.value.message == "公开征求意见期限一般不少于 30 日；缩短的，请说明理由。"
    actions.record_procedure(filer_a, item_a, **args, short_period_reason="防汛工作紧急")
    with pytest.raises(ActionRefused) as refusal:
        actions.record_procedure(filer_a, item_a, **args, short_period_reason="重复")
    assert refusal.value.message == "该决策已记录此项程序。"


def test_the_archive_is_in_date_order(item_a, filer_a):
    hold(
        filer_a,
        item_a,
        "public_participation",
        "expert_argumentation",
        "risk_assessment",
        "legality_review",
        "collective_discussion",
    )
    actions.archive_document(filer_a, item_a, dated_on=dt.date(2025, 3, 20), title="决策启动请示")
    actions.take_decision(filer_a, item_a, taken_on=dt.date(2025, 6, 21))
    actions.evaluate_decision(
        filer_a, item_a, evaluated_on=dt.date(2026, 6, 1), evaluator="第三方机构", conclusion="实施效果良好"
    )
    dates = [row[0] for row in actions.archive_in_order(item_a)]
    assert dates == sorted(dates) and len(dates) == 8
    assert actions.archive_in_order(item_a)[0][1] == "决策启动请示"


def test_evaluation_only_after_the_decision(item_a, filer_a):
    with pytest.raises(ActionRefused) as refusal:
        actions.evaluate_decision(
            filer_a, item_a, evaluated_on=dt.date(2026, 1, 1), evaluator="x", conclusion="y"
        )
    assert refusal.value.message == "只有已作出的决策才能开展后评估。"


def test_publishing_asks_first_then_says_it_is_done(catalogue, item_a, reviewer, login):
    from django.urls import reverse

    from fazhi.decisions.models import Catalogue

    client = login(reviewer)
    url = reverse("decisions:catalogue_publish", args=[catalogue.pk])
    page = client.post(url).content.decode()
    assert 'id="confirmation"' in page and "发布后" in page
    assert not Catalogue.objects.get(pk=catalogue.pk).is_published
    response = client.post(url, {"confirm": "1"}, follow=True)
    assert Catalogue.objects.get(pk=catalogue.pk).is_published
    assert "目录已发布。" in response.content.decode()


def test_items_are_corrected_before_publication_only(catalogue, item_a, reviewer, unit_a, filer_a, login):
    from django.urls import reverse

    from fazhi.decisions.models import Decision

    client = login(reviewer)
    url = reverse("decisions:item_edit", args=[item_a.pk])
    assert f'href="{url}"' in client.get(catalogue.get_absolute_url()).content.decode()
    form = client.get(url).content.decode()
    assert 'name="title"' in form and 'name="reason"' not in form
    response = client.post(
        url, {"title": "更正后的事项名称", "organisation": unit_a.pk, "planned_for": "2025-09"}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    item = Decision.objects.get(pk=item_a.pk)
    assert item.title == "更正后的事项名称"
    assert item.events.filter(verb="edit").exists()
    assert login(filer_a).get(url).status_code in (403, 404)
    actions.publish_catalogue(reviewer, catalogue)
    client.post(url, {"title": "发布后再改", "organisation": unit_a.pk})
    assert Decision.objects.get(pk=item_a.pk).title == "更正后的事项名称"
