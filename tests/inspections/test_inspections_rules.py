"""Bad input is refused with its Chinese message; the pools keep their rules."""

from __future__ import annotations

import pytest

from fazhi.core.actions import ActionRefused
from fazhi.inspections import actions
from fazhi.inspections.models import Entity, Plan

from .conftest import MATTER, PERIOD, credit_code, entity_rows, make_plan


def refused(call, *args, **kwargs) -> str:
    with pytest.raises(ActionRefused) as refusal:
        call(*args, **kwargs)
    return refusal.value.message


def test_a_wrong_check_digit_or_a_duplicate_refuses_the_whole_batch(filer_a, unit_a):
    code = credit_code(1)
    wrong = code[:-1] + ("0" if code[-1] != "0" else "1")
    rows = entity_rows(3)
    rows[2]["credit_code"] = wrong
    assert (
        refused(actions.add_entities, filer_a, unit_a, rows)
        == f"{wrong} 不是有效的统一社会信用代码（校验码不符）。"
    )
    assert (
        refused(actions.add_entities, filer_a, unit_a, entity_rows(2) + entity_rows(1))
        == "统一社会信用代码重复出现。"
    )
    assert not Entity.objects.exists()
    actions.add_entities(filer_a, unit_a, entity_rows(2))
    assert refused(actions.add_entities, filer_a, unit_a, entity_rows(1)).startswith("已在名录库中：")


def test_plan_numbers(filer_a, unit_a, filer_b, unit_b):
    matter = actions.add_matter(filer_a, unit_a, **MATTER)
    plan = {"title": "计划", "matters": [matter], **PERIOD}
    assert (
        refused(actions.create_plan, filer_a, unit_a, sampling_percent=4, **plan)
        == "抽查比例应在 5% 至 100% 之间。"
    )
    assert (
        refused(actions.create_plan, filer_a, unit_a, sampling_percent=20, raised_percent=10, **plan)
        == "提高后的抽查比例应在一般抽查比例至 100% 之间。"
    )
    assert (
        refused(actions.create_plan, filer_a, unit_a, inspectors_per_object=1, **plan)
        == "每户检查对象至少选派两名检查人员。"
    )
    assert (
        refused(actions.create_plan, filer_a, unit_a, **{**plan, "matters": []})
        == "抽查计划至少包含清单中的一个抽查事项。"
    )
    matter_b = actions.add_matter(filer_b, unit_b, **MATTER)
    assert (
        refused(actions.create_plan, filer_a, unit_a, **{**plan, "matters": [matter_b]})
        == "抽查计划只能选择参与部门的现行抽查事项。"
    )
    created = actions.create_plan(filer_a, unit_a, **plan)
    assert (created.sampling_percent, created.raised_percent, created.inspectors_per_object) == (5, 10, 2)
    assert Plan.objects.count() == 1


def test_the_office_enters_a_departments_step_only_by_proxy(reviewer, unit_a):
    message = refused(actions.add_matter, reviewer, unit_a, **MATTER)
    assert "代为录入" in message
    matter = actions.add_matter(
        reviewer, unit_a, proxy_reason="该局尚未开通账号，依书面材料代为录入", **MATTER
    )
    assert matter.organisation == unit_a


def test_another_unit_cannot_act_on_a_plan(plan_a, filer_b):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        actions.commit_draw(filer_b, plan_a)
    assert not plan_a.draws.exists()
    with pytest.raises(PermissionDenied):
        make_plan(filer_b, plan_a.organisation)
