"""The transition helper later apps build their flows on."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.db import models

from fazhi.core.actions import ActionRefused
from fazhi.core.duties import Side
from fazhi.core.scoping import Purpose
from fazhi.core.workflow import Transition, Workflow
from fazhi.org.models import OrganisationEvent


class Status(models.TextChoices):
    DRAFT = "draft", "草稿"
    SUBMITTED = "submitted", "已报送"
    RETURNED = "returned", "已退回"
    ACCEPTED = "accepted", "已通过"


FLOW = Workflow(
    Status,
    [
        Transition(
            "submit",
            "报送",
            {Status.DRAFT, Status.RETURNED},
            Status.SUBMITTED,
            Purpose.SIGN_OFF,
            side=Side.UNIT,
        ),
        Transition("return", "退回", {Status.SUBMITTED}, Status.RETURNED, Purpose.REVIEW, side=Side.OFFICE),
        Transition("accept", "通过", {Status.SUBMITTED}, Status.ACCEPTED, Purpose.REVIEW, side=Side.OFFICE),
    ],
)


def test_allowed_transition(leader_a, reviewer, unit_a):
    assert FLOW.check(leader_a, "submit", state="draft", organisation=unit_a).target == "submitted"
    events = OrganisationEvent.objects.filter(organisation=unit_a)  # an office step reads the record's events
    assert (
        FLOW.check(reviewer, "accept", state="submitted", organisation=unit_a, events=events).target
        == "accepted"
    )


def test_illegal_transition_says_why(reviewer, unit_a):
    with pytest.raises(ActionRefused) as refusal:
        FLOW.check(reviewer, "accept", state="draft", organisation=unit_a)
    assert refusal.value.message == "不能通过：当前状态为草稿，只有在已报送时才可以。"


def test_wrong_role_or_unit_is_denied(filer_a, leader_a, unit_b, unit_a):
    with pytest.raises(PermissionDenied):
        FLOW.check(filer_a, "submit", state="draft", organisation=unit_a)  # filers do not sign off
    with pytest.raises(PermissionDenied):
        FLOW.check(leader_a, "submit", state="draft", organisation=unit_b)


def test_available_lists_what_the_user_may_do_now(leader_a, reviewer, evaluator, unit_a):
    assert [t.name for t in FLOW.available(leader_a, state="returned", organisation=unit_a)] == ["submit"]
    assert [t.name for t in FLOW.available(reviewer, state="submitted", organisation=unit_a)] == [
        "return",
        "accept",
    ]
    assert FLOW.available(evaluator, state="submitted", organisation=unit_a) == []


def test_unknown_states_are_caught_when_declared():
    with pytest.raises(ValueError):
        Workflow(Status, [Transition("x", "x", {"nowhere"}, Status.DRAFT, Purpose.EDIT, side=Side.UNIT)])
