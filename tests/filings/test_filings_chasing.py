"""Chasing the annual reports as offices do (issue 11 §6): reminders, 催报 to all late units, a notice
when a season opens, a correction deadline in working days, 逾期 on the filer's pages, and a 待您签发
notice for the current version only."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse

from fazhi.core.models import Notice
from fazhi.core.worklist import work_for
from fazhi.filings import actions, reminders
from fazhi.filings.models import AnnualReportFiling, FilingEvent, FilingReminderSent

from .conftest import report


def test_opening_a_season_tells_every_required_unit(
    reviewer, unit_a, unit_b, government, office, filer_a, filer_b, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        actions.open_season(reviewer, region_code="330521", year=2025)
    for filer in (filer_a, filer_b):
        assert (
            Notice.objects.filter(
                recipient=filer, text__contains="2025 年度法治政府建设年度报告报送工作已开始"
            ).count()
            == 1
        )
    assert not Notice.objects.filter(recipient=reviewer).exists()


def test_reminders_go_to_units_not_signed_off_once_per_deadline(
    season, submitted_a, filer_b, filer_a, django_capture_on_commit_callbacks
):
    # 2026-02-25 is three working days before the deadline (Saturday 2026-02-28, a 调休 workday).
    assert reminders.send_reminders(dt.date(2026, 1, 5)) == 0
    assert reminders.send_reminders(dt.date(2026, 2, 25)) == 1
    assert reminders.send_reminders(dt.date(2026, 2, 25)) == 0
    with django_capture_on_commit_callbacks(execute=True):
        assert reminders.send_reminders(dt.date(2026, 3, 2)) == 1
    assert FilingReminderSent.objects.filter(organisation=filer_b.memberships.get().organisation).count() == 2
    assert Notice.objects.filter(recipient=filer_b, text__contains="逾期").count() == 1
    # Unit A signed off: never reminded.
    assert not Notice.objects.filter(recipient=filer_a, text__contains="逾期").exists()


def test_the_reminders_command_runs_the_filings_reminders(season, filer_b, monkeypatch):
    from django.core.management import call_command

    monkeypatch.setattr("fazhi.core.management.commands.reminders.local_today", lambda: dt.date(2026, 3, 2))
    call_command("reminders", "filings")
    assert FilingEvent.objects.filter(season=season, verb="remind").exists()


def test_remind_every_late_unit_with_one_button(
    login, reviewer, season, submitted_a, filer_b, django_capture_on_commit_callbacks
):
    client = login(reviewer)
    page = client.get(season.get_absolute_url()).content.decode()
    assert 'value="remind_late"' in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("filings:season_bulk", args=[season.pk]), {"step": "remind_late"})
    outcomes = {o.label: o.done for o in response.context["outcomes"]}
    # Every required unit not signed off is chosen; unit A signed off and is left out.
    assert outcomes["德清县武康街道办事处"] and "德清县市场监督管理局" not in outcomes
    assert Notice.objects.filter(recipient=filer_b, text__contains="催报").exists()


def test_a_returned_report_has_a_correction_deadline_in_working_days(
    submitted_a, reviewer, filer_a, login, monkeypatch, django_capture_on_commit_callbacks
):
    # Returned on Friday 2026-03-06: five working days later is Friday 2026-03-13.
    monkeypatch.setattr("fazhi.filings.actions.local_today", lambda: dt.date(2026, 3, 6))
    with django_capture_on_commit_callbacks(execute=True):
        actions.return_filing(reviewer, submitted_a, reasons="缺少第一责任人履职部分")
    filing = AnnualReportFiling.objects.get(pk=submitted_a.pk)
    assert filing.correction_due == dt.date(2026, 3, 13)
    assert Notice.objects.filter(recipient=filer_a, text__contains="2026-03-13").exists()
    assert 'id="correction-due">2026-03-13' in login(filer_a).get(filing.get_absolute_url()).content.decode()
    assert reminders.send_reminders(dt.date(2026, 3, 11)) == 1  # due soon
    assert reminders.send_reminders(dt.date(2026, 3, 16)) == 1  # overdue
    assert 'id="overdue"' in login(filer_a).get(filing.get_absolute_url()).content.decode()


def test_the_filer_sees_an_overdue_draft(draft_a, filer_a, login):
    # The 2025 season's deadline (2026-02-28) has passed and the draft is not signed off.
    mine = {item.label: item for item in work_for(filer_a)}
    item = mine["已上传待签发的年度报告"]
    assert (item.count, item.overdue) == (1, 1)
    page = login(filer_a).get(draft_a.get_absolute_url()).content.decode()
    assert 'id="overdue"' in page and "已逾期" in page


def test_only_the_current_version_awaits_sign_off(
    season, filer_a, unit_a, leader_a, django_capture_on_commit_callbacks
):
    for n in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            actions.upload_report(
                filer_a, season, unit_a, data=(report() + "\n" * n).encode(), name="报告.txt", kind="txt"
            )
    assert Notice.objects.filter(recipient=leader_a).count() == 2
    unread = Notice.objects.filter(recipient=leader_a, read_at__isnull=True)
    assert "第 2 版" in unread.get().text


def test_a_figure_as_at_the_end_of_december_is_the_report_years():
    from fazhi.filings.rules import period_is_report_year

    assert period_is_report_year("截至12月底", 2025)
    assert period_is_report_year("截至2025年12月末", 2025)
    assert period_is_report_year("截止12月31日", 2025)
    assert not period_is_report_year("截至2024年12月底", 2025)
    assert not period_is_report_year("截至6月底", 2025)
    assert not period_is_report_year("2024年", 2025)


def test_reports_on_time_are_an_indicator_for_the_assessment(
    season, submitted_a, reviewer, government, unit_a, unit_b
):
    from fazhi.core.providers import Period, providers
    from fazhi.filings.indicators import annual_reports_on_time

    assert providers()["leadership.annual_reports_on_time"][0] == "filings"
    year = Period.year(2025)
    # Unit A signed off on 2026-02-10 (on time) but has not published yet.
    assert annual_reports_on_time(unit_a, year).value == 0
    actions.accept_filing(reviewer, submitted_a)
    actions.publish_filing(reviewer, submitted_a, published_on=dt.date(2026, 3, 20))
    assert annual_reports_on_time(unit_a, year).value == 100
    assert annual_reports_on_time(unit_b, year).value == 0
    assert annual_reports_on_time(unit_a, Period.year(2024)) is None  # no season that year
