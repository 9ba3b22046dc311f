"""The rectification loop through the actions: transitions, refusals with their messages, events, notices."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied

from fazhi.core.actions import ActionRefused
from fazhi.core.models import Notice
from fazhi.oversight import actions
from fazhi.oversight.models import OversightEvent, Problem, ProblemSource, ProblemStatus

pytestmark = pytest.mark.django_db(transaction=False)


def verbs(problem):
    return list(OversightEvent.objects.filter(problem=problem).order_by("id").values_list("verb", flat=True))


def test_full_loop_with_one_return(django_capture_on_commit_callbacks, problem_a, filer_a, reviewer):
    actions.submit_plan(filer_a, problem_a, plan="明确责任科室，补齐审核意见")
    assert problem_a.status == ProblemStatus.RECTIFYING
    with django_capture_on_commit_callbacks(execute=True):
        actions.submit_evidence(filer_a, problem_a, evidence="已补齐 12 份审核意见")
    assert Notice.objects.filter(recipient=reviewer, text__contains="整改材料").exists()
    with django_capture_on_commit_callbacks(execute=True):
        actions.return_rectification(reviewer, problem_a, reasons="缺少审核人签字")
    assert problem_a.status == ProblemStatus.RETURNED
    assert Notice.objects.filter(recipient=filer_a, text__contains="缺少审核人签字").exists()
    actions.submit_evidence(filer_a, problem_a, evidence="已补签字")
    actions.accept_rectification(
        reviewer, problem_a, note="已现场核验整改材料。", today=dt.date(2024, 10, 10)
    )
    problem_a.refresh_from_db()
    assert problem_a.status == ProblemStatus.CLOSED
    assert problem_a.closed_on == dt.date(2024, 10, 10)
    assert problem_a.return_reasons == ""
    assert verbs(problem_a) == [
        "record_problem",
        "submit_plan",
        "submit_evidence",
        "return",
        "submit_evidence",
        "accept",
    ]
    returned = OversightEvent.objects.get(problem=problem_a, verb="return")
    assert returned.actor == reviewer and returned.note == "缺少审核人签字"
    # history names the actor of each save
    assert problem_a.history.first().history_user == reviewer


def test_illegal_transitions_are_refused_with_the_state(problem_a, filer_a, reviewer):
    with pytest.raises(ActionRefused) as refused:
        actions.submit_evidence(filer_a, problem_a, evidence="材料")
    assert "当前状态为待报整改方案" in refused.value.message
    with pytest.raises(ActionRefused) as refused:
        actions.accept_rectification(reviewer, problem_a)
    assert "待核验" in refused.value.message
    with pytest.raises(ActionRefused):
        actions.reopen_problem(
            reviewer, problem_a, reasons="回头看", rectification_deadline=dt.date(2030, 1, 1)
        )
    assert Problem.objects.get(pk=problem_a.pk).status == ProblemStatus.OPEN
    assert verbs(problem_a) == ["record_problem"]


def test_who_may_do_which_step(problem_a, filer_a, filer_b, reviewer, evaluator, leader_a):
    with pytest.raises(PermissionDenied):
        actions.submit_plan(filer_b, problem_a, plan="冒充")
    with pytest.raises(PermissionDenied):
        actions.submit_plan(evaluator, problem_a, plan="评估人员不改记录")
    actions.submit_plan(leader_a, problem_a, plan="方案")
    actions.submit_evidence(filer_a, problem_a, evidence="材料")
    with pytest.raises(PermissionDenied):
        actions.accept_rectification(filer_a, problem_a)  # a unit does not verify its own work
    with pytest.raises(PermissionDenied):
        actions.return_rectification(leader_a, problem_a, reasons="自己退回")
    assert Problem.objects.get(pk=problem_a.pk).status == ProblemStatus.SUBMITTED


def test_return_needs_reasons_and_plan_needs_text(problem_a, filer_a, reviewer):
    with pytest.raises(ActionRefused) as refused:
        actions.submit_plan(filer_a, problem_a, plan="   ")
    assert refused.value.field == "plan" and refused.value.message == "这个字段是必填项。"
    with pytest.raises(ActionRefused) as refused:
        actions.submit_plan(filer_a, problem_a, plan="长" * 4001)
    assert "4000" in refused.value.message
    actions.submit_plan(filer_a, problem_a, plan="方案")
    actions.submit_evidence(filer_a, problem_a, evidence="材料")
    with pytest.raises(ActionRefused) as refused:
        actions.return_rectification(reviewer, problem_a, reasons="")
    assert refused.value.field == "reasons"
    assert Problem.objects.get(pk=problem_a.pk).status == ProblemStatus.SUBMITTED


def test_follow_up_review_reopens_with_a_new_deadline(problem_a, filer_a, reviewer):
    actions.submit_plan(filer_a, problem_a, plan="方案")
    actions.submit_evidence(filer_a, problem_a, evidence="材料")
    actions.accept_rectification(
        reviewer, problem_a, note="已现场核验整改材料。", today=dt.date(2024, 10, 10)
    )
    with pytest.raises(ActionRefused) as refused:
        actions.reopen_problem(
            reviewer, problem_a, reasons="回头看发现反弹", rectification_deadline=dt.date(2024, 1, 1)
        )
    assert refused.value.field == "rectification_deadline"
    actions.reopen_problem(
        reviewer, problem_a, reasons="回头看发现反弹", rectification_deadline=dt.date(2030, 1, 4)
    )
    problem_a.refresh_from_db()
    assert (problem_a.status, problem_a.closed_on, problem_a.reopen_count) == (
        ProblemStatus.RECTIFYING,
        None,
        1,
    )
    assert problem_a.rectification_deadline == dt.date(2030, 1, 4)
    # the unit goes on from evidence; the plan stands
    actions.submit_evidence(filer_a, problem_a, evidence="再次整改")
    assert problem_a.status == ProblemStatus.SUBMITTED


def test_finding_must_concern_an_inspected_unit(reviewer, office, unit_a, unit_b, elsewhere):
    inspection = actions.plan_inspection(
        reviewer,
        office,
        title="书面督察",
        form="written",
        topics="规范性文件",
        units=[unit_a],
        starts_on=dt.date(2024, 5, 1),
        ends_on=dt.date(2024, 5, 31),
    )
    with pytest.raises(ActionRefused) as refused:
        actions.record_problem(
            reviewer,
            unit_b,
            source=ProblemSource.INSPECTION,
            inspection=inspection,
            description="问题",
            severity="general",
            found_on=dt.date(2024, 5, 10),
        )
    assert "不在本次督察的单位之中" in refused.value.message
    assert not Problem.objects.exists()


def test_inspection_reaches_only_the_offices_region(reviewer, office, unit_a, elsewhere):
    with pytest.raises(ActionRefused) as refused:
        actions.plan_inspection(
            reviewer,
            office,
            title="越界督察",
            form="on_site",
            topics="x",
            units=[unit_a, elsewhere],
            starts_on=dt.date(2024, 5, 1),
            ends_on=dt.date(2024, 5, 2),
        )
    assert refused.value.field == "units"
    with pytest.raises(ActionRefused) as refused:
        actions.plan_inspection(
            reviewer,
            office,
            title="日期颠倒",
            form="on_site",
            topics="x",
            units=[unit_a],
            starts_on=dt.date(2024, 5, 3),
            ends_on=dt.date(2024, 5, 2),
        )
    assert refused.value.message == "督察结束日期不能早于开始日期。"


def test_units_cannot_plan_inspections(filer_a, unit_a, office):
    with pytest.raises(PermissionDenied):
        actions.plan_inspection(
            filer_a,
            office,
            title="x",
            form="on_site",
            topics="x",
            units=[unit_a],
            starts_on=dt.date(2024, 5, 1),
            ends_on=dt.date(2024, 5, 2),
        )


def test_self_inspection_by_the_unit_and_not_for_another(filer_a, unit_a, unit_b):
    problem = actions.record_problem(
        filer_a,
        unit_a,
        source=ProblemSource.SELF_INSPECTION,
        description="自查发现",
        severity="general",
        found_on=dt.date(2024, 3, 1),
    )
    assert problem.organisation == unit_a and problem.inspection is None
    with pytest.raises(PermissionDenied):
        actions.record_problem(
            filer_a,
            unit_b,
            source=ProblemSource.SELF_INSPECTION,
            description="替别人自查",
            severity="general",
            found_on=dt.date(2024, 3, 1),
        )
    with pytest.raises(PermissionDenied):  # other sources are the office's to record
        actions.record_problem(
            filer_a,
            unit_a,
            source=ProblemSource.OTHER,
            description="其他来源",
            severity="general",
            found_on=dt.date(2024, 3, 1),
        )


def test_future_finding_and_deadline_before_finding_refused(reviewer, inspection, unit_a):
    with pytest.raises(ActionRefused) as refused:
        actions.record_problem(
            reviewer,
            unit_a,
            source=ProblemSource.INSPECTION,
            inspection=inspection,
            description="问题",
            severity="general",
            found_on=dt.date(2099, 1, 1),
        )
    assert refused.value.field == "found_on"
    with pytest.raises(ActionRefused) as refused:
        actions.record_problem(
            reviewer,
            unit_a,
            source=ProblemSource.INSPECTION,
            inspection=inspection,
            description="问题",
            severity="general",
            found_on=dt.date(2024, 10, 1),
            rectification_deadline=dt.date(2024, 9, 1),
        )
    assert refused.value.field == "rectification_deadline"


def test_checks_and_conclusion(reviewer, inspection, unit_a, elsewhere):
    actions.record_check(
        reviewer,
        inspection,
        organisation=unit_a,
        kind="case_file_review",
        done_on=dt.date(2024, 9, 24),
        summary="查阅处罚案卷 20 卷",
    )
    assert inspection.status == "under_way"
    with pytest.raises(ActionRefused):
        actions.record_check(
            reviewer,
            inspection,
            organisation=elsewhere,
            kind="interview",
            done_on=dt.date(2024, 9, 24),
            summary="x",
        )
    actions.move_inspection(reviewer, inspection, "conclude")
    with pytest.raises(ActionRefused) as refused:
        actions.record_problem(
            reviewer,
            unit_a,
            source=ProblemSource.INSPECTION,
            inspection=inspection,
            description="结束后",
            severity="general",
            found_on=dt.date(2024, 9, 30),
        )
    assert "督察已结束" in refused.value.message


def test_talk_recorded_against_a_unit(reviewer, office, unit_a, problem_b, filer_b):
    with pytest.raises(ActionRefused):
        actions.record_consequence(
            reviewer,
            office,
            unit_a,
            kind="talk",
            held_on=dt.date(2024, 11, 1),
            subject="约谈",
            problem=problem_b,
        )
    talk = actions.record_consequence(
        reviewer, office, unit_a, kind="talk", held_on=dt.date(2024, 11, 1), subject="整改滞后约谈"
    )
    assert OversightEvent.objects.filter(consequence=talk, verb="record_consequence").count() == 1
    with pytest.raises(PermissionDenied):
        actions.record_consequence(
            filer_b, office, unit_a, kind="notice", held_on=dt.date(2024, 11, 1), subject="通报"
        )
