"""Reminders and work-list lines for the answers a body owes: the correction report on an opinion
letter (意见书, 60 calendar days, 2023 law Art. 76) and the reply to a court's suggestion."""

from __future__ import annotations

import datetime as dt

from fazhi.core.models import Notice
from fazhi.disputes import actions, reminders, todo
from fazhi.disputes import litigation_actions as litigation
from fazhi.disputes.models import OpinionLetterReminderSent, SuggestionReminderSent

D = dt.date


def _letter(reviewer, office, unit_a):
    # Sixty calendar days from 2024-08-02 end on 10-01, National Day: the period runs to 10-08.
    return actions.issue_opinion(
        reviewer,
        office=office,
        addressee=unit_a,
        issued_on=D(2024, 8, 2),
        problems="执法程序不规范",
        recommendations="规范告知程序",
    )


def test_the_opinion_letter_report_is_reminded_due_soon_then_overdue_once_each(
    reviewer, office, unit_a, filer_a, filer_b, django_capture_on_commit_callbacks
):
    letter = _letter(reviewer, office, unit_a)
    assert letter.report_due_on == D(2024, 10, 8)
    assert reminders.send_reminders(D(2024, 9, 26)) == 0  # 10-08 is more than 3 working days away
    with django_capture_on_commit_callbacks(execute=True):
        assert reminders.send_reminders(D(2024, 9, 30)) == 1  # 09-30 → 10-08, 10-09, 10-10
    assert reminders.send_reminders(D(2024, 10, 1)) == 0
    with django_capture_on_commit_callbacks(execute=True):
        assert reminders.send_reminders(D(2024, 10, 9)) == 1
    kinds = sorted(OpinionLetterReminderSent.objects.values_list("kind", flat=True))
    assert kinds == ["due_soon", "overdue"]
    assert Notice.objects.filter(recipient=filer_a).count() == 2
    assert not Notice.objects.filter(recipient=filer_b).exists()
    assert list(letter.events.order_by("pk").values_list("verb", flat=True)) == ["issue", "remind", "remind"]
    actions.report_correction(filer_a, letter, reported_on=D(2024, 10, 9), summary="已整改")
    assert letter.events.filter(verb="report", data__on_time=False).exists()
    assert reminders.send_reminders(D(2024, 10, 20)) == 0


def test_the_suggestion_reply_is_reminded_until_answered(filer_a, unit_a):
    suggestion = litigation.receive_suggestion(
        filer_a,
        unit_a,
        kind="judicial",
        issuer="德清县人民法院",
        received_on=D(2024, 5, 6),
        content="规范行政执法程序",
    )
    assert suggestion.reply_due_on == D(2024, 7, 5)
    assert reminders.send_reminders(D(2024, 7, 8)) == 1
    assert SuggestionReminderSent.objects.get().kind == "overdue"
    litigation.reply_to_suggestion(filer_a, suggestion, replied_on=D(2024, 7, 9), reply="已采纳")
    assert reminders.send_reminders(D(2024, 7, 20)) == 0
    assert list(suggestion.events.order_by("pk").values_list("verb", flat=True)) == [
        "receive",
        "remind",
        "reply",
    ]


def test_the_office_sees_the_reports_it_awaits_and_the_body_the_reports_it_owes(
    reviewer, office, unit_a, filer_a, filer_b
):
    _letter(reviewer, office, unit_a)
    office_items = {item.label: item for item in todo.work_for(reviewer)}
    awaited = office_items["待被建议单位报送纠正情况的行政复议意见书"]
    assert (awaited.count, awaited.overdue, awaited.due_on) == (1, 1, D(2024, 10, 8))
    owed = {item.label: item for item in todo.work_for(filer_a)}["待报送纠正情况的行政复议意见书"]
    assert (owed.count, owed.overdue) == (1, 1)
    assert all(item.count == 0 for item in todo.work_for(filer_b))
