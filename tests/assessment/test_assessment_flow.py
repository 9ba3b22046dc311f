"""The assessment flow: self-assessment → review with reasons → final → ranking; who may do what."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from django.core.exceptions import PermissionDenied

from fazhi.assessment import actions, actions_schemes
from fazhi.assessment.models import AssessmentEvent, AssessmentStatus, SchemeStatus
from fazhi.core.actions import ActionRefused
from fazhi.core.providers import Period
from fazhi.indicators.actions import record_value


def score_of(assessment, number):
    return assessment.scores.select_related("item").get(item__number=number)


HEAD = {"numerator": 9, "denominator": 20, "definition": "负责人出庭的开庭次数 ÷ 开庭审理次数"}


def test_default_scheme_has_the_outline_areas_and_known_codes(scheme):
    assert [area.code for area in scheme.areas.all()] == [
        "functions",
        "rules",
        "decisions",
        "enforcement",
        "emergency",
        "disputes",
        "oversight",
        "digital",
        "leadership",
    ]
    assert scheme.max_total == D(100)
    assert all(item.basis for area in scheme.areas.all() for item in area.items.all())


def test_open_creates_one_sheet_per_unit_grouped_by_kind(opened, unit_a, unit_b, office):
    assert opened[unit_a].group == "departments" and opened[unit_b].group == "townships"
    assert office in opened  # the justice bureau is a department too
    # 3.2 applies to departments only
    assert opened[unit_a].scores.filter(item__number="3.2").exists()
    assert not opened[unit_b].scores.filter(item__number="3.2").exists()


def test_the_whole_flow_with_hand_computed_scores(
    opened, unit_a, filer_a, leader_a, reviewer, evaluator, record
):
    sheet = opened[unit_a]
    record(unit_a, "disputes.head_appearance_rate", "45", **HEAD)  # 8 × 45/90 = 4
    record(unit_a, "disputes.litigation_losses", "2")  # 6 − 2×2 = 2
    record(
        unit_a,
        "enforcement.random_plan_completion_rate",
        "85",
        numerator=17,
        denominator=20,
        definition="完成 ÷ 计划",
    )  # 6 − 1 = 5
    actions.self_assess(
        filer_a, score_of(sheet, "5.1"), points=5, evidence_url="https://example.gov.cn/report"
    )
    actions.transition(leader_a, sheet, "submit", confirmed=True)  # items left blank
    actions.judge(reviewer, score_of(sheet, "5.1"), passed=True, reason="报告已于2月20日公开")
    actions.judge(evaluator, score_of(sheet, "4.3"), passed=False, reason="评查发现1卷不合格")
    actions.deduct(evaluator, score_of(sheet, "6.1"), points=1, reason="一次开庭负责人未出庭且未说明理由")
    actions.adjust(reviewer, score_of(sheet, "1.1"), points=2, reason="网上可办率数据未提供，按材料酌情给分")
    sheet = actions.finalise(reviewer, sheet)

    assert score_of(sheet, "6.1").computed_points == D("4.00")
    assert score_of(sheet, "6.1").final_points == D("3.00")  # 4 − 1 deduction
    assert score_of(sheet, "6.2").final_points == D("2.00")
    assert score_of(sheet, "4.1").final_points == D("5.00")
    assert score_of(sheet, "5.1").final_points == D("5.00")
    assert score_of(sheet, "9.1").final_points == D("0.00")  # no annual-report value recorded
    assert score_of(sheet, "4.3").final_points == D("0.00")
    assert score_of(sheet, "1.1").final_points == D("2.00")  # adjusted over the missing value
    assert score_of(sheet, "2.1").final_points == D("0.00")  # no value recorded
    assert sheet.total == D("17.00") and sheet.status == AssessmentStatus.FINAL
    computation = score_of(sheet, "6.1").computation
    assert "9 / 20" in computation and "负责人出庭的开庭次数" in computation and "手工录入" in computation
    assert score_of(sheet, "6.1").indicator_value.code == "disputes.head_appearance_rate"


def test_ranking_within_groups_after_all_final(
    opened, scheme, reviewer, admin_user, unit_a, office, unit_b, record
):
    record(
        unit_a, "disputes.head_appearance_rate", "90", numerator=9, denominator=10, definition="出庭 ÷ 开庭"
    )
    with pytest.raises(ActionRefused):
        actions.publish_ranking(reviewer, scheme)  # not all final
    for sheet in opened.values():
        # A sheet never self-assessed would be left out of the ranking (test_assessment_guardrails).
        # Entered for the units by the administrator: the reviewer may not finalise what he entered.
        actions.self_assess(
            admin_user,
            score_of(sheet, "5.1"),
            points=5,
            evidence_text="年度报告已公开",
            proxy_reason="测试：单位无账号，由系统管理员代为录入",
        )
        actions.finalise(reviewer, sheet)
    actions.publish_ranking(reviewer, scheme)
    scheme.refresh_from_db()
    assert scheme.status == SchemeStatus.CLOSED
    a, bureau, b = (opened[o].__class__.objects.get(pk=opened[o].pk) for o in (unit_a, office, unit_b))
    assert (a.rank, a.group_size) == (1, 2) and bureau.rank == 2
    assert (b.rank, b.group_size) == (1, 1)


def test_unit_b_cannot_touch_unit_a_sheet(opened, unit_a, filer_b):
    score = score_of(opened[unit_a], "5.1")
    events = AssessmentEvent.objects.count()
    with pytest.raises(PermissionDenied):
        actions.self_assess(filer_b, score, points=5, evidence_text="伪造")
    with pytest.raises(PermissionDenied):
        actions.transition(filer_b, opened[unit_a], "submit")
    score.refresh_from_db()
    assert score.self_points is None and AssessmentEvent.objects.count() == events


def test_evaluator_scores_but_neither_self_assesses_nor_finalises_nor_enters_values(
    opened, unit_a, evaluator
):
    sheet = opened[unit_a]
    actions.deduct(evaluator, score_of(sheet, "6.1"), points=1, reason="理由")
    with pytest.raises(PermissionDenied):
        actions.self_assess(evaluator, score_of(sheet, "5.1"), points=5, evidence_text="x")
    with pytest.raises(PermissionDenied):
        actions.finalise(evaluator, sheet)
    with pytest.raises(PermissionDenied):
        record_value(evaluator, unit_a, "disputes.litigation_losses", Period.year(2025), "0", "manual")
    with pytest.raises(PermissionDenied):
        actions.publish_ranking(evaluator, sheet.scheme)


def test_bad_input_is_refused_in_chinese(opened, unit_a, filer_a, reviewer):
    sheet = opened[unit_a]
    cases = [
        (lambda: actions.self_assess(filer_a, score_of(sheet, "5.1"), points=7, evidence_text="x"), "0 到 5"),
        (lambda: actions.self_assess(filer_a, score_of(sheet, "5.1"), points=5), "证明材料"),
        (lambda: actions.adjust(reviewer, score_of(sheet, "1.1"), points=2, reason="  "), "理由"),
        (lambda: actions.deduct(reviewer, score_of(sheet, "1.1"), points=0, reason="x"), "大于零"),
        (lambda: actions.judge(reviewer, score_of(sheet, "6.1"), passed=True, reason="x"), "是/否"),
        (lambda: actions.transition(reviewer, sheet, "return", reason="补充材料"), "不能"),
    ]
    for attempt, words in cases:
        with pytest.raises(ActionRefused) as caught:
            attempt()
        assert words in caught.value.message, caught.value.message


def test_final_sheets_and_published_schemes_are_frozen(opened, scheme, unit_a, reviewer, filer_a):
    sheet = actions.finalise(reviewer, opened[unit_a], confirmed=True)
    with pytest.raises(ActionRefused):
        actions.adjust(reviewer, score_of(sheet, "1.1"), points=1, reason="晚了")
    with pytest.raises(ActionRefused):
        actions.self_assess(filer_a, score_of(sheet, "5.1"), points=1, evidence_text="x")
    item = scheme.areas.first().items.first()
    with pytest.raises(ActionRefused):
        actions_schemes.save_item(
            reviewer, item.area, {"title": "改", "max_points": 1, "kind": "judged"}, item
        )


def test_copy_makes_next_years_editable_version(scheme, reviewer, filer_a):
    copy = actions_schemes.copy_scheme(reviewer, scheme, year=2026, name=scheme.name)
    assert copy.status == SchemeStatus.DRAFT and copy.based_on == scheme and copy.year == 2026
    assert copy.max_total == scheme.max_total
    area = copy.areas.get(code="disputes")
    item = actions_schemes.save_item(
        reviewer,
        area,
        {
            "number": "6.3",
            "title": "行政复议纠错",
            "max_points": 2,
            "kind": "threshold",
            "indicator_code": "disputes.reconsideration_correction_rate",
            "target": 10,
            "higher_is_better": False,
        },
    )
    assert item.area == area and copy.max_total == scheme.max_total + 2
    with pytest.raises(actions_schemes.SchemeInvalid) as caught:
        actions_schemes.save_item(
            reviewer,
            area,
            {
                "number": "6.4",
                "title": "x",
                "max_points": 2,
                "kind": "linear",
                "indicator_code": "no.code",
                "target": 5,
            },
        )
    assert len(caught.value.problems) == 2  # zero-point value missing, unknown code
    with pytest.raises(PermissionDenied):
        actions_schemes.copy_scheme(filer_a, scheme, year=2027, name="抄")


def test_areas_are_edited_in_a_draft_only(scheme, reviewer):
    copy = actions_schemes.copy_scheme(reviewer, scheme, year=2026, name=scheme.name)
    area = actions_schemes.save_area(reviewer, copy, {"code": "education", "name": "法治宣传教育", "cap": 5})
    assert area.order == 10 and copy.areas.count() == 10
    for bad, words in [
        ({"code": "disputes", "name": "重复"}, "重复出现"),
        ({"code": "x", "name": "y", "cap": -1}, "大于零"),
        ({"code": "", "name": ""}, "代码和名称"),
    ]:
        with pytest.raises(actions_schemes.SchemeInvalid) as caught:
            actions_schemes.save_area(reviewer, copy, bad)
        assert any(words in problem.message for problem in caught.value.problems), caught.value.problems
    assert copy.areas.count() == 10
    changed = actions_schemes.save_area(
        reviewer,
        copy,
        {"code": "disputes", "name": "矛盾纠纷化解", "cap": 12},
        copy.areas.get(code="disputes"),
    )
    assert (
        changed.cap == 12 and copy.max_total == scheme.max_total - 2
    )  # disputes items total 14, capped at 12
