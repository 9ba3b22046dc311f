"""The decisions demo: an open call for comment on the portal whenever it is loaded, and nothing added twice."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from fazhi.core.deadlines import local_today
from fazhi.decisions.models import CallState, Decision, DecisionEvent, Procedure, calls_in_state


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def load():
    """The decisions demo again, on top of ``demo_county`` (the whole demo, loaded once per session)."""
    from fazhi.decisions import demo as decisions_demo

    out = io.StringIO()
    decisions_demo.load(out)
    return out.getvalue()


def rows():
    return Decision.objects.count(), Procedure.objects.count(), DecisionEvent.objects.count()


def test_the_demo_opens_a_call_the_portal_shows_and_a_second_run_adds_nothing(demo_county, client):
    today = local_today()
    call = calls_in_state(CallState.OPEN, today).get()
    assert (call.ended_on - call.started_on).days + 1 >= 30 and not call.short_period_reason
    assert call.decision.organisation.name == "德清县市场监督管理局" and call.decision.catalogue.is_published
    section = client.get("/portal/decisions/").content.decode()
    assert call.decision.title in section and "暂无正在征求意见的事项" not in section
    assert "还剩 20 天" in section
    before = rows()
    # The demo prints this (in Chinese, the platform's language) only when it opens a call.
    assert "正在公开征求意见" in demo_county
    assert "正在公开征求意见" not in load()
    assert rows() == before


def test_a_demo_loaded_long_ago_gets_a_new_open_call(demo_county):
    today = local_today()
    # Forty days later: the call has closed and waits for its outcome.
    Procedure.objects.filter(outcome="").update(
        started_on=today - dt.timedelta(days=40), ended_on=today - dt.timedelta(days=10)
    )
    assert "正在公开征求意见" in load()
    assert calls_in_state(CallState.OPEN, today).count() == 1
    assert calls_in_state(CallState.TO_RECORD, today).count() == 1
    from fazhi.core.worklist import work_for
    from fazhi.org.models import User

    waiting = [
        item for item in work_for(User.objects.get(username="scj_filer")) if item.url.endswith("to_record")
    ]
    assert [item.count for item in waiting] == [1]
