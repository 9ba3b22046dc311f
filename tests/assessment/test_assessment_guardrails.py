"""Guardrails on the assessment steps that cannot be undone (issue 11 §3).

A scheme whose points do not add up to 100 is not published; a
self-assessment with blank items is submitted only on confirmation that
names the count; a sheet never self-assessed is finalised only on
confirmation and left out of the ranking with the reason; the office
finalises many sheets in one request, each outcome reported.
"""

from __future__ import annotations

import copy

import pytest
from django.urls import reverse

from fazhi.assessment import actions, actions_schemes
from fazhi.assessment.defaults import default_scheme
from fazhi.assessment.models import Assessment, AssessmentEvent, AssessmentStatus, SchemeStatus
from fazhi.core.actions import ActionRefused, NeedsConfirmation

REGION = "330521"


def score_of(assessment, number):
    return assessment.scores.select_related("item").get(item__number=number)


@pytest.fixture
def draft_98(reviewer):
    """The default scheme with item 1.1 cut from its points to two less: 98 in all."""
    data = copy.deepcopy(default_scheme(2025))  # its items are shared module data
    item = data["areas"][0]["items"][0]
    item["max_points"] = item["max_points"] - 2
    return actions_schemes.create_scheme(reviewer, REGION, data)


def test_a_98_point_scheme_is_not_published(draft_98, reviewer):
    assert draft_98.max_total == 98
    with pytest.raises(ActionRefused) as refusal:
        actions_schemes.publish_scheme(reviewer, draft_98)
    assert "98" in refusal.value.message and "100" in refusal.value.message
    draft_98.refresh_from_db()
    assert draft_98.status == SchemeStatus.DRAFT


def test_full_marks_follow_the_setting(draft_98, reviewer, settings):
    settings.FAZHI_ASSESSMENT_FULL_MARKS = 98
    actions_schemes.publish_scheme(reviewer, draft_98)
    assert draft_98.status == SchemeStatus.PUBLISHED


def test_publish_page_shows_the_total_and_refuses_a_98_point_scheme(login, reviewer, draft_98):
    client = login(reviewer)
    url = reverse("assessment:scheme_publish", args=[draft_98.pk])
    page = client.get(url).content.decode()
    assert "合计 98 分，不是 100 分" in page and 'id="blocked"' in page and 'id="confirm"' not in page
    client.post(url, {"confirm": "1"})
    draft_98.refresh_from_db()
    assert draft_98.status == SchemeStatus.DRAFT


def test_publish_page_confirms_a_100_point_scheme(login, reviewer):
    scheme = actions_schemes.create_scheme(reviewer, REGION, default_scheme(2025))
    client = login(reviewer)
    url = reverse("assessment:scheme_publish", args=[scheme.pk])
    page = client.get(url).content.decode()
    assert "总分：100 分" in page and "冻结" in page and 'name="confirm" value="1"' in page
    client.post(url, {})  # no confirm=1: the page again, nothing published
    scheme.refresh_from_db()
    assert scheme.status == SchemeStatus.DRAFT
    client.post(url, {"confirm": "1"})
    scheme.refresh_from_db()
    assert scheme.status == SchemeStatus.PUBLISHED


def test_submitting_with_blank_items_needs_confirmation_naming_the_count(
    login, opened, unit_a, filer_a, leader_a
):
    sheet = opened[unit_a]
    total = sheet.scores.count()
    for number in ("8.1", "2.3", "4.3", "5.1"):
        actions.self_assess(filer_a, score_of(sheet, number), points=1, evidence_text="台账")
    with pytest.raises(NeedsConfirmation) as refusal:
        actions.transition(leader_a, sheet, "submit")
    assert f"{total} 项中有 {total - 4} 项未填写" in refusal.value.message
    client = login(leader_a)
    url = reverse("assessment:transition", args=[sheet.pk, "submit"])
    page = client.get(url).content.decode()
    assert f"{total} 项中有 {total - 4} 项未填写自评分" in page and 'name="confirm" value="1"' in page
    client.post(url, {})
    assert Assessment.objects.get(pk=sheet.pk).status == AssessmentStatus.SELF_ASSESSMENT
    response = client.post(url, {"confirm": "1"}, follow=True)
    assert Assessment.objects.get(pk=sheet.pk).status == AssessmentStatus.SUBMITTED
    text = " ".join(m.message for m in response.context["messages"])
    assert "自评已提交" in text and f"{total - 4} 项未填写" in text and "操作完成" not in text


def test_a_complete_self_assessment_submits_without_a_question(opened, unit_a, filer_a, leader_a):
    sheet = opened[unit_a]
    for score in sheet.scores.select_related("item"):
        actions.self_assess(filer_a, score, points=0, evidence_text="台账")
    actions.transition(leader_a, sheet, "submit")
    assert sheet.status == AssessmentStatus.SUBMITTED


def test_finalising_a_sheet_never_self_assessed_needs_confirmation(opened, unit_a, reviewer):
    sheet = opened[unit_a]
    with pytest.raises(NeedsConfirmation) as refusal:
        actions.finalise(reviewer, sheet)
    assert "未进行自评" in refusal.value.message
    assert Assessment.objects.get(pk=sheet.pk).status == AssessmentStatus.SELF_ASSESSMENT
    actions.finalise(reviewer, sheet, confirmed=True)
    assert Assessment.objects.get(pk=sheet.pk).status == AssessmentStatus.FINAL


def test_ranking_leaves_out_sheets_never_self_assessed_with_the_reason(
    login, opened, scheme, reviewer, admin_user, unit_a, office, unit_b
):
    actions.self_assess(
        admin_user,
        score_of(opened[unit_a], "5.1"),
        points=5,
        evidence_text="年度报告已公开",
        proxy_reason="测试：单位无账号，由系统管理员代为录入",
    )
    for sheet in opened.values():
        actions.finalise(reviewer, sheet, confirmed=True)
    client = login(reviewer)
    url = reverse("assessment:scheme_rank", args=[scheme.pk])
    page = client.get(url).content.decode()
    assert f"{office.name}：不参加排名：该单位未进行自评" in page and "1 个单位将按最终得分" in page
    client.post(url, {"confirm": "1"})
    a, bureau, b = (Assessment.objects.get(pk=opened[o].pk) for o in (unit_a, office, unit_b))
    assert (a.rank, a.group_size) == (1, 1)
    assert bureau.rank is None and b.rank is None  # not tied at 0.00 with the others
    event = AssessmentEvent.objects.get(verb="rank")
    assert {row["unit"] for row in event.data["not_ranked"]} == {office.name, unit_b.name}
    page = client.get(reverse("assessment:scheme", args=[scheme.pk])).content.decode()
    assert "不参加排名：该单位未进行自评" in page


def test_ranking_with_no_sheet_self_assessed_is_refused(opened, scheme, reviewer):
    for sheet in opened.values():
        actions.finalise(reviewer, sheet, confirmed=True)
    with pytest.raises(ActionRefused):
        actions.publish_ranking(reviewer, scheme)
    scheme.refresh_from_db()
    assert scheme.status == SchemeStatus.PUBLISHED


def test_bulk_finalise_confirms_then_reports_each_sheet(login, opened, scheme, reviewer, unit_a, unit_b):
    sheets = [opened[unit_a], opened[unit_b]]
    actions.finalise(reviewer, opened[unit_b], confirmed=True)  # already final: refused in the bulk step
    client = login(reviewer)
    url = reverse("assessment:scheme_finalise", args=[scheme.pk])
    chosen = [s.pk for s in sheets]
    page = client.post(url, {"chosen": chosen}).content.decode()
    assert "未进行自评" in page and 'name="confirm" value="1"' in page
    assert Assessment.objects.get(pk=opened[unit_a].pk).status == AssessmentStatus.SELF_ASSESSMENT
    response = client.post(url, {"chosen": chosen, "confirm": "1"})
    outcomes = {o.label: o for o in response.context["outcomes"]}
    assert outcomes[unit_a.name].done and not outcomes[unit_b.name].done
    assert Assessment.objects.get(pk=opened[unit_a].pk).status == AssessmentStatus.FINAL


def test_units_cannot_finalise_in_bulk(login, opened, scheme, filer_a, leader_a, unit_a, snapshot):
    sheet = opened[unit_a]
    before = snapshot(sheet)
    for user in (filer_a, leader_a):
        response = login(user).post(
            reverse("assessment:scheme_finalise", args=[scheme.pk]), {"chosen": [sheet.pk], "confirm": "1"}
        )
        assert response.status_code in (403, 404)
    assert snapshot(Assessment.objects.get(pk=sheet.pk)) == before
