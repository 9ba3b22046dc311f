"""Providers against a hand-counted fixture; results, publication and their rules."""

from __future__ import annotations

import datetime as dt

import pytest

from fazhi.core.actions import ActionRefused
from fazhi.core.deadlines import local_today
from fazhi.core.providers import Period, providers
from fazhi.inspections import actions, rules
from fazhi.inspections.indicators import PROVIDERS
from fazhi.inspections.models import Matter

from .conftest import MATTER, fill_pools, make_plan

YEAR = Period.year(local_today().year)


@pytest.fixture
def counted(filer_a, unit_a, filer_b, unit_b):
    """Unit A: 3 matters on the list (one revised: still 3), 2 of them planned; a drawn plan with
    4 tasks, 3 results, 2 published; a voided draw. Unit B joins A in a joint plan, drawn."""
    fill_pools(filer_a, unit_a)
    planned = make_plan(filer_a, unit_a, sampling_percent=10)
    second = actions.add_matter(filer_a, unit_a, **{**MATTER, "name": "广告发布监督检查"})
    planned.matters.add(second)
    third = actions.add_matter(filer_a, unit_a, **{**MATTER, "name": "计量器具监督检查"})
    actions.revise_matter(filer_a, third, change_reason="依据修订", legal_basis="《计量法》第十八条")
    draw = actions.perform_draw(filer_a, actions.commit_draw(filer_a, planned))
    tasks = list(draw.tasks.all())
    today = local_today()
    for task in tasks[:2]:
        actions.record_result(filer_a, task, outcome="no_problem", inspected_on=today)
    actions.publish_results(filer_a, planned)
    actions.record_result(filer_a, tasks[2], outcome="rectify", inspected_on=today, findings="台账不全")

    voided_plan = make_plan(filer_a, unit_a, title="作废的计划", matters=[second])
    actions.void_draw(
        filer_a,
        actions.perform_draw(filer_a, actions.commit_draw(filer_a, voided_plan)),
        reason="抽取范围设置错误，重新抽取",
    )

    fill_pools(filer_b, unit_b, start=1000, prefix="B")
    matter_b = actions.add_matter(filer_b, unit_b, **{**MATTER, "name": "消防安全检查"})
    joint = actions.create_plan(
        filer_a,
        unit_a,
        title="联合抽查",
        matters=[Matter.objects.filter(organisation=unit_a, is_current=True).first(), matter_b],
        partners=[unit_b],
        starts_on=dt.date(today.year, 1, 1),
        ends_on=dt.date(today.year, 12, 31),
    )
    actions.perform_draw(filer_a, actions.commit_draw(filer_a, joint))
    return draw


def test_each_rate_equals_the_hand_count(counted, unit_a, government, unit_b):
    value = PROVIDERS["enforcement.random_list_coverage_rate"](unit_a, YEAR)
    assert (value.numerator, value.denominator) == (2, 3)
    value = PROVIDERS["enforcement.random_plan_completion_rate"](unit_a, YEAR)
    # 4 tasks of the plan, plus 80 entities × 5 % = 4 tasks of the joint plan; 3 results.
    assert (value.numerator, value.denominator) == (3, 8)
    value = PROVIDERS["enforcement.random_result_publicity_rate"](unit_a, YEAR)
    assert (value.numerator, value.denominator) == (2, 3)
    assert PROVIDERS["enforcement.random_inspection_objects"](unit_a, YEAR).value == 3
    assert PROVIDERS["enforcement.random_inspection_batches"](unit_a, YEAR).value == 1
    assert PROVIDERS["enforcement.random_joint_batches"](unit_a, YEAR).value == 1
    # The region counts the joint batch once (for its lead), the partner not at all.
    assert PROVIDERS["enforcement.random_joint_batches"](government, YEAR).value == 1
    assert PROVIDERS["enforcement.random_joint_batches"](unit_b, YEAR).value == 0
    value = PROVIDERS["enforcement.random_list_coverage_rate"](unit_b, YEAR)
    assert (value.numerator, value.denominator) == (1, 1)


def test_the_providers_are_registered():
    assert {code for code, (label, _f) in providers().items() if label == "inspections"} == set(PROVIDERS)


def test_a_published_result_is_final_and_publication_has_a_deadline(counted, filer_a):
    task = counted.tasks.exclude(published_on=None).first()
    with pytest.raises(ActionRefused):
        actions.record_result(filer_a, task, outcome="case", inspected_on=local_today())
    with pytest.raises(ActionRefused):
        actions.record_result(
            filer_a,
            counted.tasks.filter(outcome="").first(),
            outcome="case",
            inspected_on=dt.date(2000, 1, 1),
        )
    # 20 working days after Monday 2026-03-02, no holiday in March: four weeks later.
    assert rules.publication_due(dt.date(2026, 3, 2)) == dt.date(2026, 3, 30)


def test_the_revised_matter_keeps_its_old_version(filer_a, unit_a):
    matter = actions.add_matter(filer_a, unit_a, **MATTER)
    revised = actions.revise_matter(filer_a, matter, change_reason="法律修订", name="食品经营监督检查")
    matter.refresh_from_db()
    assert (matter.is_current, matter.version, matter.name) == (False, 1, MATTER["name"])
    assert (revised.is_current, revised.version, revised.series) == (True, 2, matter.series)
    with pytest.raises(ActionRefused):
        actions.revise_matter(filer_a, matter, change_reason="再改旧版本")
