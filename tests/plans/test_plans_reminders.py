"""Reminders go through core.notices: in-app always, mail only when enabled, once per deadline."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.core.management import call_command

from fazhi.core.models import Notice
from fazhi.plans import reminders
from fazhi.plans.models import PlanEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def addressed(filer_a, leader_a):
    filer_a.email = "filer_a@example.gov.cn"
    filer_a.save()  # the leader has no address: in-app only
    Notice.objects.all().delete()
    return filer_a


def test_mail_goes_out_when_enabled(
    settings, django_capture_on_commit_callbacks, task_a, addressed, leader_a
):
    settings.FAZHI_EMAIL_ENABLED = True
    with django_capture_on_commit_callbacks(execute=True):
        assert reminders.send_reminders(dt.date(2024, 10, 17)) == 1
    (message,) = mail.outbox
    assert message.to == ["filer_a@example.gov.cn"]
    assert message.subject.startswith("[法治] 重点任务已于2024-10-16逾期")
    assert f"/plans/tasks/{task_a.pk}/" in message.body
    assert Notice.objects.filter(recipient=leader_a).count() == 1


def test_no_mail_when_disabled_but_the_notice_still_goes(
    settings, django_capture_on_commit_callbacks, task_a, addressed
):
    settings.FAZHI_EMAIL_ENABLED = False
    with django_capture_on_commit_callbacks(execute=True):
        assert reminders.send_reminders(dt.date(2024, 10, 17)) == 1
    assert mail.outbox == []
    assert (
        Notice.objects.filter(recipient=addressed, text=f"重点任务已于2024-10-16逾期：{task_a}").count() == 1
    )


def test_command_twice_the_same_day_sends_once(
    settings, django_capture_on_commit_callbacks, capsys, task_a, addressed
):
    settings.FAZHI_EMAIL_ENABLED = True
    with django_capture_on_commit_callbacks(execute=True):
        call_command("reminders", "plans")  # the task is long overdue today
    with django_capture_on_commit_callbacks(execute=True):
        call_command("reminders", "plans")
    assert capsys.readouterr().out.splitlines() == ["plans: 已发送 1 条提醒。", "plans: 已发送 0 条提醒。"]
    assert len(mail.outbox) == 1
    assert Notice.objects.filter(recipient=addressed).count() == 1
    assert PlanEvent.objects.filter(task=task_a, verb="remind").count() == 1


def test_nothing_is_sent_before_commit(settings, django_capture_on_commit_callbacks, task_a, addressed):
    settings.FAZHI_EMAIL_ENABLED = True
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        reminders.send_reminders(dt.date(2024, 10, 17))
        assert mail.outbox == [] and not Notice.objects.exists()
    assert len(callbacks) == 1
