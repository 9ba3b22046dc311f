"""The work list and the daily reminders of reconsideration cases."""

from __future__ import annotations

import datetime as dt

from fazhi.core.deadlines import local_today
from fazhi.core.models import Notice
from fazhi.disputes import actions, reminders, todo
from fazhi.disputes import litigation_actions as litigation

D = dt.date


def test_the_office_sees_cases_to_review_and_to_decide_overdue_first(reviewer, filer_a, receive_case):
    today = local_today()
    late = receive_case()
    actions.accept(reviewer, late, decided_on=D(2024, 10, 8))
    receive_case(received_on=today, known_on=today, act_on=today, today=today)
    items = {item.label: item for item in todo.work_for(reviewer)}
    deciding = items["待作出决定的行政复议案件"]
    assert (deciding.count, deciding.overdue, deciding.due_on) == (1, 1, D(2024, 12, 9))
    reviewing = items["受理审查中的行政复议申请"]
    assert (reviewing.count, reviewing.overdue) == (1, 0)
    assert todo.work_for(filer_a)[0].count == 0  # the respondent owes nothing yet


def test_a_body_sees_the_replies_it_owes(filer_a, unit_a, filer_b):
    litigation.receive_suggestion(
        filer_a,
        unit_a,
        kind="procuratorial",
        issuer="德清县人民检察院",
        received_on=D(2024, 5, 6),
        content="整改",
    )
    items = {item.label: item for item in todo.work_for(filer_a)}
    assert (items["待回复的司法建议、检察建议"].count, items["待回复的司法建议、检察建议"].overdue) == (1, 1)
    assert all(item.count == 0 for item in todo.work_for(filer_b))


def test_reminders_go_out_once_per_due_day(reviewer, receive_case, django_capture_on_commit_callbacks):
    case = receive_case()
    actions.accept(reviewer, case, decided_on=D(2024, 10, 8))
    with django_capture_on_commit_callbacks(execute=True):
        assert reminders.send_reminders(local_today()) == 1
    assert reminders.send_reminders(local_today()) == 0
    assert Notice.objects.filter(recipient=reviewer).count() == 1
    assert case.events.filter(verb="remind").count() == 1
