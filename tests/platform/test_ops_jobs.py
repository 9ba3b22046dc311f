"""The job runner: daily jobs queued once and run by the worker; a user's export with its progress.

The worker's one-round mode (``fazhi worker --once``) runs here on the test
database, through the same code the resident worker runs. Rows are committed
(transaction=True) because the worker, like the real one, works outside any
request's transaction.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from openpyxl import load_workbook

from fazhi.core.models import Notice
from fazhi.core.providers import Period
from fazhi.ops import schedule
from fazhi.ops.models import Job, JobStatus, ScheduledRun
from fazhi.ops.worker import WorkerLoop

pytestmark = pytest.mark.django_db(transaction=True)

SHANGHAI = dt.timezone(dt.timedelta(hours=8))


@pytest.fixture
def overdue_task(reviewer, office, unit_a, filer_a):
    from fazhi.plans import actions

    plan = actions.create_plan(reviewer, office, year=2024, title="德清县2024年法治政府建设工作要点")
    return actions.add_task(
        reviewer,
        plan,
        number=1,
        title="落实重大执法决定法制审核制度",
        lead_unit=unit_a,
        deadline=dt.date(2024, 10, 16),
    )


def test_latest_due_is_today_at_the_hour_once_it_has_passed():
    before = dt.datetime(2026, 3, 2, 6, 59, tzinfo=SHANGHAI)
    after = dt.datetime(2026, 3, 2, 7, 0, tzinfo=SHANGHAI)
    assert schedule.latest_due(7, before) == dt.datetime(2026, 3, 1, 7, 0, tzinfo=SHANGHAI)
    assert schedule.latest_due(7, after) == dt.datetime(2026, 3, 2, 7, 0, tzinfo=SHANGHAI)


def test_each_occurrence_is_queued_once_however_often_the_scheduler_looks(settings):
    settings.REMINDERS_HOUR = 7
    morning = dt.datetime(2026, 3, 2, 8, 0, tzinfo=SHANGHAI)
    assert "reminders" in schedule.enqueue_due(morning)
    assert "reminders" not in schedule.enqueue_due(morning + dt.timedelta(hours=3))
    assert "reminders" in schedule.enqueue_due(morning + dt.timedelta(days=1))
    runs = ScheduledRun.objects.filter(name="reminders").order_by("due_at")
    assert [timezone.localtime(run.due_at).day for run in runs] == [2, 3]
    assert DBTaskResult.objects.filter(task_path__endswith="send_reminders").count() == 2


def test_the_worker_round_sends_the_daily_reminders(overdue_task, filer_a, leader_a, monkeypatch):
    Notice.objects.all().delete()
    # Both rounds look at the schedule at one instant: two rounds that straddle the daily hour
    # (07:00 in Shanghai, 23:00 UTC) would rightly queue the next day's reminders in the second.
    now = timezone.now()
    monkeypatch.setattr("fazhi.ops.worker.enqueue_due", lambda: schedule.enqueue_due(now))
    loop = WorkerLoop(worker_id="test-worker")
    assert set(loop.round()) == {"reminders", "indicators_refresh"}

    reminders = DBTaskResult.objects.get(task_path__endswith="send_reminders")
    assert reminders.status == "SUCCESSFUL", reminders.traceback
    assert Notice.objects.filter(recipient=filer_a, text__contains="逾期").count() == 1
    assert Notice.objects.filter(recipient=leader_a, text__contains="逾期").count() == 1
    refresh = DBTaskResult.objects.get(task_path__endswith="refresh_indicators")
    assert refresh.status == "SUCCESSFUL", refresh.traceback

    # A second round the same day queues nothing and sends nothing (other apps' reminders included).
    sent = Notice.objects.filter(recipient=filer_a).count()
    assert loop.round() == []
    assert Notice.objects.filter(recipient=filer_a).count() == sent


def test_worker_command_once_runs_what_is_waiting(overdue_task, filer_a):
    Notice.objects.all().delete()
    call_command("worker", "--once")
    assert DBTaskResult.objects.filter(status="SUCCESSFUL").count() == 2
    assert Notice.objects.filter(recipient=filer_a, text__contains="逾期").count() == 1


@pytest.fixture
def values(reviewer, unit_a, unit_b):
    from fazhi.indicators.actions import record_value

    rows = [(unit_a, 2024, 8), (unit_a, 2025, 9), (unit_b, 2025, 6)]
    return [
        record_value(
            reviewer,
            unit,
            "disputes.head_appearance_rate",
            Period.year(year),
            str(numerator * 10),
            "manual",
            numerator=numerator,
            denominator=10,
            definition="负责人出庭次数 ÷ 开庭次数",
        )
        for unit, year, numerator in rows
    ]


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_an_export_runs_as_a_job_with_its_progress_and_a_download(values, reviewer, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    client = logged_in(reviewer)
    response = client.post(reverse("ops:export_indicator_values"))
    job = Job.objects.get()
    assert response.url == reverse("ops:detail", args=[job.pk])
    assert job.status == JobStatus.QUEUED and job.task_id

    page = client.get(reverse("ops:progress", args=[job.pk])).content.decode()
    assert 'hx-trigger="every 1s"' in page  # the page keeps polling while the job waits

    WorkerLoop(worker_id="test-worker").round()
    job.refresh_from_db()
    assert job.status == JobStatus.DONE
    assert (job.done, job.total, job.percent) == (3, 3, 100)
    assert job.finished_at is not None

    page = client.get(reverse("ops:progress", args=[job.pk])).content.decode()
    assert "hx-trigger" not in page  # finished: polling stops
    assert reverse("ops:download", args=[job.pk]) in page

    download = client.get(reverse("ops:download", args=[job.pk]))
    assert download.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(download.streaming_content))).active
    rows = list(sheet.values)
    assert len(rows) == 4  # header and three values
    assert sorted(row[4] for row in rows[1:]) == [60, 80, 90]


def test_a_job_is_its_requesters_alone_and_exports_only_their_scope(
    values, filer_a, filer_b, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path / "media"
    own = logged_in(filer_b)
    own.post(reverse("ops:export_indicator_values"))
    job = Job.objects.get()
    WorkerLoop(worker_id="test-worker").round()
    job.refresh_from_db()
    assert job.total == 1  # unit_b's one value, nothing of unit_a
    sheet = load_workbook(
        io.BytesIO(b"".join(own.get(reverse("ops:download", args=[job.pk])).streaming_content))
    )
    assert [row[0] for row in list(sheet.active.values)[1:]] == ["德清县武康街道办事处"]

    other = logged_in(filer_a)
    for name in ("ops:detail", "ops:progress", "ops:download"):
        assert other.get(reverse(name, args=[job.pk])).status_code == 404
    assert reverse("ops:detail", args=[job.pk]) not in other.get(reverse("ops:index")).content.decode()


def test_starting_a_job_needs_a_post(filer_a):
    client = logged_in(filer_a)
    home = client.get(reverse("home")).content.decode()
    assert f'href="{reverse("ops:index")}">我的后台任务</a>' in home  # reached from every page's top bar
    assert client.get(reverse("ops:export_indicator_values")).status_code == 405
    assert not Job.objects.exists()


def test_a_failed_job_says_so(values, reviewer, settings, tmp_path, monkeypatch):
    from fazhi.ops import tasks

    settings.MEDIA_ROOT = tmp_path / "media"

    def broken(job):
        raise RuntimeError("disk full")

    monkeypatch.setattr(tasks, "_write_indicator_values", broken)
    client = logged_in(reviewer)
    client.post(reverse("ops:export_indicator_values"))
    WorkerLoop(worker_id="test-worker").round()
    job = Job.objects.get()
    assert job.status == JobStatus.FAILED and job.message == "disk full"
    assert client.get(reverse("ops:download", args=[job.pk])).status_code == 404


def test_the_office_recomputes_its_regions_indicator_values_as_a_job(reviewer, unit_a, unit_b, filer_a):
    from fazhi.core.providers import providers

    client = logged_in(reviewer)
    assert reverse("ops:refresh_indicators") in client.get(reverse("ops:index")).content.decode()
    response = client.post(reverse("ops:refresh_indicators"), {"year": "2025"})
    job = Job.objects.get()
    assert response.url == reverse("ops:detail", args=[job.pk])
    assert job.parameters == {"year": 2025}

    WorkerLoop(worker_id="test-worker").round()
    job.refresh_from_db()
    assert job.status == JobStatus.DONE, job.message
    organisations = 4  # the government, the office, unit_a, unit_b
    assert job.total == job.done == len(providers()) * organisations
    assert job.message.startswith("已保存")  # the counts, in Chinese
    page = client.get(reverse("ops:detail", args=[job.pk])).content.decode()
    assert job.message in page and reverse("ops:download", args=[job.pk]) not in page


def test_a_unit_may_not_recompute_and_a_bad_year_is_refused(reviewer, filer_a):
    filer = logged_in(filer_a)
    assert reverse("ops:refresh_indicators") not in filer.get(reverse("ops:index")).content.decode()
    assert filer.post(reverse("ops:refresh_indicators"), {"year": "2025"}).status_code == 403
    office = logged_in(reviewer)
    response = office.post(reverse("ops:refresh_indicators"), {"year": "1999"})
    assert response.status_code == 400 and "1999" in response.content.decode()
    assert not Job.objects.exists()


def test_a_failed_round_does_not_end_the_resident_worker(monkeypatch):
    from django.db import OperationalError

    from fazhi.ops import worker

    loop = WorkerLoop(interval=0.1, worker_id="test-worker")
    calls = []

    def due_then_stop():
        calls.append(1)
        if len(calls) == 1:
            raise OperationalError("database is locked")
        loop.stop()
        return []

    monkeypatch.setattr(worker, "enqueue_due", due_then_stop)
    loop.run()
    assert len(calls) == 2  # the locked round was logged and the next one ran

    calls.clear()
    with pytest.raises(OperationalError):  # --once reports the failure as its exit status
        WorkerLoop(worker_id="once").run(once=True)
