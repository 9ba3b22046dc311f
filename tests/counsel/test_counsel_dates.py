"""A participation is recorded once it happened; terms lie in the accepted range (issue 11 §2)."""

from __future__ import annotations

import datetime as dt

import pytest

from fazhi.core.actions import ActionRefused
from fazhi.core.deadlines import local_today
from fazhi.counsel import actions
from fazhi.counsel.models import Participation


def test_a_participation_in_the_future_is_refused(filer_a, unit_a):
    today = local_today()
    engagement = actions.engage(
        filer_a,
        unit_a,
        kind="counsel",
        provider_type="firm",
        provider_name="浙江德清阳光律师事务所",
        starts_on=today - dt.timedelta(days=30),
        ends_on=today + dt.timedelta(days=300),
    )
    with pytest.raises(ActionRefused) as refused:
        actions.record_participation(
            filer_a, engagement, kind="meeting", occurred_on=today + dt.timedelta(days=1), subject="常务会议"
        )
    assert refused.value.field == "occurred_on"
    assert not Participation.objects.exists()
    actions.record_participation(filer_a, engagement, kind="meeting", occurred_on=today, subject="常务会议")


def test_a_term_ending_in_9999_is_refused(filer_a, unit_a):
    with pytest.raises(ActionRefused) as refused:
        actions.engage(
            filer_a,
            unit_a,
            kind="counsel",
            provider_type="firm",
            provider_name="律所",
            starts_on=dt.date(2025, 1, 1),
            ends_on=dt.date(9999, 12, 31),
        )
    assert refused.value.field == "ends_on"
