"""Work-list lines and reminders: decisions to publish, transfers past a clock, letters past their
reply date; certificates before expiry, training short of the year's hours, overdue transfers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from fazhi.core.models import Notice
from fazhi.enforcement import actions, actions_cases
from fazhi.enforcement import actions_supervision as supervision
from fazhi.enforcement.reminders import send_reminders
from fazhi.enforcement.todo import work_for


def test_work_for_the_body_and_the_office(filer_a, filer_b, reviewer, office, case_a):
    for stage in ("investigated", "reviewed", "decided"):
        actions_cases.advance(filer_a, case_a, stage=stage, on=dt.date(2026, 3, 2))
    actions_cases.report_suspected_crime(filer_a, case_a, reported_on=dt.date(2026, 3, 2))
    supervision.issue_letter(
        reviewer, office, case_a.body, kind="opinion", subject="超期", text="t", issued_on=dt.date(2026, 4, 1)
    )
    lines = {str(item.label): item for item in work_for(filer_a)}
    assert len(lines) == 2
    assert all(item.count == 1 and item.overdue == 1 for item in lines.values())
    assert work_for(filer_b) == []
    assert [item.count for item in work_for(reviewer)] == [1]


def test_reminders_go_once(filer_a, reviewer, officers_a, case_a, django_capture_on_commit_callbacks):
    actions.record_training(
        filer_a, officers_a[0], held_on=dt.date(2026, 3, 1), subject="培训", hours=Decimal(60)
    )
    actions_cases.report_suspected_crime(filer_a, case_a, reported_on=dt.date(2026, 3, 2))
    # 2029-11-15: both certificates expire within 60 days; 张明 has no 2029 training, nor 李华, nor 王强.
    with django_capture_on_commit_callbacks(execute=True):
        sent = send_reminders(dt.date(2029, 11, 15))
    assert sent == 2 + 3 + 1
    assert send_reminders(dt.date(2029, 11, 15)) == 0
    assert Notice.objects.filter(recipient=filer_a).count() == sent
