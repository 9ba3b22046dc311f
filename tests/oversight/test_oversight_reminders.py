"""Reminders before the deadline and once overdue: in-app always, mail when configured, each once."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail

from fazhi.core.models import Notice
from fazhi.oversight import actions, reminders
from fazhi.oversight.models import OversightEvent

pytestmark = pytest.mark.django_db


def test_due_soon_then_overdue_each_once(
    settings, django_capture_on_commit_callbacks, problem_a, filer_a, leader_a, filer_b
):
    settings.FAZHI_EMAIL_ENABLED = True
    filer_a.email = "filer_a@example.gov.cn"
    filer_a.save()
    Notice.objects.all().delete()
    # due 2024-10-16; 10-11 still has 4 working days: nothing yet
    with django_capture_on_commit_callbacks(execute=True):
        assert reminders.send_reminders(dt.date(2024, 10, 11)) == 0
    with django_capture_on_commit_callbacks(execute=True):
        assert reminders.send_reminders(dt.date(2024, 10, 12)) == 1
    texts = list(Notice.objects.filter(recipient=filer_a).values_list("text", flat=True))
    assert texts == [f"整改将于2024-10-16到期（{problem_a.organisation.name}）：{problem_a}"]
    assert Notice.objects.filter(recipient=leader_a).count() == 1
    assert not Notice.objects.filter(recipient=filer_b).exists()
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["filer_a@example.gov.cn"]
    with django_capture_on_commit_callbacks(execute=True):
        assert reminders.send_reminders(dt.date(2024, 10, 14)) == 0  # already reminded
        assert reminders.send_reminders(dt.date(2024, 10, 17)) == 1  # overdue now
        assert reminders.send_reminders(dt.date(2024, 10, 18)) == 0
    assert Notice.objects.filter(recipient=filer_a, text__startswith="整改已于2024-10-16逾期").count() == 1
    assert OversightEvent.objects.filter(problem=problem_a, verb="remind").count() == 2


def test_no_mail_when_mail_is_not_enabled(settings, django_capture_on_commit_callbacks, problem_a, filer_a):
    settings.FAZHI_EMAIL_ENABLED = False
    filer_a.email = "filer_a@example.gov.cn"
    filer_a.save()
    with django_capture_on_commit_callbacks(execute=True):
        assert reminders.send_reminders(dt.date(2024, 10, 17)) == 1
    assert Notice.objects.filter(recipient=filer_a, text__contains="逾期").exists()  # in-app always
    assert mail.outbox == []


def test_mail_names_the_problem_and_links_to_it(
    settings, django_capture_on_commit_callbacks, problem_a, filer_a
):
    settings.FAZHI_EMAIL_ENABLED = True
    filer_a.email = "filer_a@example.gov.cn"
    filer_a.save()
    with django_capture_on_commit_callbacks(execute=True):
        reminders.send_reminders(dt.date(2024, 10, 17))
    (message,) = mail.outbox
    assert message.subject.startswith("[法治] 整改已于2024-10-16逾期")
    assert problem_a.description in message.body and f"/oversight/problems/{problem_a.pk}/" in message.body


def test_command_twice_the_same_day_sends_once(
    settings, django_capture_on_commit_callbacks, capsys, problem_a, filer_a
):
    from django.core.management import call_command

    settings.FAZHI_EMAIL_ENABLED = True
    filer_a.email = "filer_a@example.gov.cn"
    filer_a.save()
    Notice.objects.all().delete()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("reminders", "oversight")  # the problem is long overdue today
    with django_capture_on_commit_callbacks(execute=True):
        call_command("reminders", "oversight")
    assert capsys.readouterr().out.splitlines() == [
        "oversight: 已发送 1 条提醒。",
        "oversight: 已发送 0 条提醒。",
    ]
    assert len(mail.outbox) == 1
    assert Notice.objects.filter(recipient=filer_a).count() == 1


def test_closed_problems_are_not_reminded(problem_a, filer_a, reviewer):
    actions.submit_plan(filer_a, problem_a, plan="方案")
    actions.submit_evidence(filer_a, problem_a, evidence="材料")
    actions.accept_rectification(
        reviewer, problem_a, note="已现场核验整改材料。", today=dt.date(2024, 10, 10)
    )
    assert reminders.send_reminders(dt.date(2024, 10, 20)) == 0


def test_reopened_problem_gets_reminded_of_its_new_deadline(problem_a, filer_a, reviewer):
    assert reminders.send_reminders(dt.date(2024, 10, 17)) == 1
    actions.submit_plan(filer_a, problem_a, plan="方案")
    actions.submit_evidence(filer_a, problem_a, evidence="材料")
    actions.accept_rectification(
        reviewer, problem_a, note="已现场核验整改材料。", today=dt.date(2024, 10, 18)
    )
    actions.reopen_problem(reviewer, problem_a, reasons="回头看", rectification_deadline=dt.date(2030, 3, 2))
    assert reminders.send_reminders(dt.date(2030, 3, 3)) == 1


def test_command_runs(capsys):
    from django.core.management import call_command

    call_command("reminders", "oversight")
    assert "oversight: 已发送 0 条提醒。" in capsys.readouterr().out
