"""Counsel (issue 11 §6, §7): a warning before engagements lapse with no successor, in the work list
and as a reminder; an exact duplicate refused; search finds lawyers' names."""

from __future__ import annotations

import datetime as dt

import pytest

from fazhi.core.actions import ActionRefused
from fazhi.core.deadlines import local_today
from fazhi.core.worklist import work_for
from fazhi.counsel import reminders
from fazhi.counsel.models import EngagementEvent, EngagementReminderSent

from .test_counsel import engage


def _ending(actor, unit, days, **extra):
    today = local_today()
    return engage(
        actor,
        unit,
        starts_on=today - dt.timedelta(days=300),
        ends_on=today + dt.timedelta(days=days),
        **extra,
    )


def test_engagements_about_to_lapse_are_in_the_work_list(filer_a, unit_a, reviewer, filer_b):
    _ending(filer_a, unit_a, 20)
    mine = {item.label: item for item in work_for(filer_a)}
    assert mine["本单位即将到期的法律顾问聘任"].count == 1
    assert mine["本单位即将到期的法律顾问聘任"].url == "/counsel/?expiring=on"
    office = {item.label: item for item in work_for(reviewer)}
    assert office["本地区即将到期的法律顾问聘任"].count == 1
    assert not any("法律顾问" in item.label for item in work_for(filer_b))


def test_a_successor_or_a_distant_end_needs_no_warning(filer_a, unit_a):
    _ending(filer_a, unit_a, 20)
    _ending(filer_a, unit_a, 400, name="续聘律所")
    _ending(filer_a, unit_a, 90, kind="public_lawyer", name="公职律师")
    assert not any("法律顾问" in item.label for item in work_for(filer_a))


def test_the_unit_is_reminded_once_before_the_end(filer_a, unit_a, login):
    engagement = _ending(filer_a, unit_a, 20)
    assert reminders.send_reminders(local_today()) == 1
    assert reminders.send_reminders(local_today()) == 0
    assert reminders.send_reminders(local_today() - dt.timedelta(days=30)) == 0  # 50 days ahead
    assert EngagementReminderSent.objects.get().due == engagement.ends_on
    assert EngagementEvent.objects.filter(engagement=engagement, verb="remind").exists()
    page = login(filer_a).get("/counsel/?expiring=on").content.decode()
    assert engagement.provider_name in page


def test_an_exact_duplicate_is_refused(filer_a, unit_a):
    engage(filer_a, unit_a, name="甲律所")
    with pytest.raises(ActionRefused) as refusal:
        engage(filer_a, unit_a, name="甲律所")
    assert "已录入" in refusal.value.message
    engage(filer_a, unit_a, name="甲律所", kind="public_lawyer")  # another kind is another engagement


def test_search_finds_lawyers_names(filer_a, unit_a, login):
    engage(filer_a, unit_a, name="甲律所", lawyer_names="王明远、李青")
    page = login(filer_a).get("/counsel/?q=李青").content.decode()
    assert "甲律所" in page
