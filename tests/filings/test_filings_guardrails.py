"""Guardrails on the irreversible filing steps (issue 11 §3).

Sign-off lists what the automatic review found and needs an explicit
confirmation when it found anything; the review and the upload message say
内容不全 / 信息不符 at the top; the office accepts, publishes and reminds
several units at once from the coverage board, each unit's outcome reported.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from fazhi.core.actions import ActionRefused
from fazhi.core.models import Notice
from fazhi.filings import actions
from fazhi.filings.models import AnnualReportFiling, FilingEvent, FilingStatus

from .conftest import report

# A report of another county's unit for another year, missing two statutory parts.
WRONG = report("泸州市江阳区司法局", 2023, leave_out=("first_responsible", "next_plan"))


@pytest.fixture
def flawed_a(season, filer_a, unit_a):
    return actions.upload_report(filer_a, season, unit_a, data=WRONG.encode(), name="错.txt", kind="txt")


def test_sign_off_of_a_flawed_report_is_refused_without_confirmation(flawed_a, leader_a):
    with pytest.raises(ActionRefused) as refusal:
        actions.submit_filing(leader_a, flawed_a)
    problems = refusal.value.problems
    assert any("年份" in line or "年度" in line for line in problems), problems
    assert sum("法定内容" in line for line in problems) == 2
    assert AnnualReportFiling.objects.get(pk=flawed_a.pk).status == FilingStatus.DRAFT
    actions.submit_filing(leader_a, flawed_a, confirmed=True)
    event = FilingEvent.objects.get(filing=flawed_a, verb="submit")
    assert event.data["confirmed_problems"] == problems


def test_clean_report_signs_off_without_a_list(draft_a, leader_a):
    actions.submit_filing(leader_a, draft_a)
    assert draft_a.status == FilingStatus.SUBMITTED


def test_sign_off_page_lists_the_failed_checks_and_needs_confirm(login, flawed_a, leader_a):
    client = login(leader_a)
    url = reverse("filings:submit", args=[flawed_a.pk])
    page = client.get(url).content.decode()
    assert "内容不全" in page and "信息不符" in page
    assert "第一责任人" in page and "签发后不能撤回" in page
    assert 'name="confirm" value="1"' in page
    client.post(url, {})  # no confirm=1: nothing happens, the page asks again
    assert AnnualReportFiling.objects.get(pk=flawed_a.pk).status == FilingStatus.DRAFT
    response = client.post(url, {"confirm": "1"})
    assert response.status_code == 302
    assert AnnualReportFiling.objects.get(pk=flawed_a.pk).status == FilingStatus.SUBMITTED


def test_review_says_incomplete_and_mismatched_on_top(login, flawed_a, filer_a):
    page = login(filer_a).get(flawed_a.get_absolute_url()).content.decode()
    verdict = page[page.index('id="verdict"') : page.index("法定内容</h3>")]
    assert "内容不全" in verdict and "信息不符" in verdict


def test_upload_message_warns_when_the_review_finds_problems(login, season, filer_a, unit_a):
    client = login(filer_a)
    url = reverse("filings:upload", args=[season.pk, unit_a.pk])
    response = client.post(url, {"text": WRONG}, follow=True)
    messages = [(m.level_tag, m.message) for m in response.context["messages"]]
    assert messages and messages[0][0] == "warning", messages
    assert "内容不全" in messages[0][1] and "信息不符" in messages[0][1]


def _second_unit_submitted(season, admin_user, unit_b):
    filing = actions.upload_report(
        admin_user,
        season,
        unit_b,
        data=report("德清县武康街道办事处").encode(),
        name="b.txt",
        kind="txt",
        proxy_reason="测试：单位无账号，由系统管理员代为录入",
    )
    return actions.submit_filing(admin_user, filing, proxy_reason="测试：单位无账号，由系统管理员代为录入")


def test_bulk_accept_confirms_then_reports_each_outcome(
    login, reviewer, season, submitted_a, admin_user, unit_b, government
):
    filing_b = _second_unit_submitted(season, admin_user, unit_b)
    actions.accept_filing(reviewer, filing_b)  # already accepted: refused in the bulk step
    client = login(reviewer)
    url = reverse("filings:season_bulk", args=[season.pk])
    chosen = [submitted_a.organisation_id, unit_b.pk, government.pk]
    page = client.post(url, {"step": "accept", "chosen": chosen}).content.decode()
    assert 'name="confirm" value="1"' in page and "不能撤回" in page
    assert AnnualReportFiling.objects.get(pk=submitted_a.pk).status == FilingStatus.SUBMITTED
    response = client.post(url, {"step": "accept", "chosen": chosen, "confirm": "1"})
    page = response.content.decode()
    assert AnnualReportFiling.objects.get(pk=submitted_a.pk).status == FilingStatus.ACCEPTED
    outcomes = {o.label: o for o in response.context["outcomes"]}
    assert outcomes["德清县市场监督管理局"].done
    assert not outcomes["德清县武康街道办事处"].done and outcomes["德清县武康街道办事处"].reason
    assert "1 项完成" in page


def test_bulk_publish(login, reviewer, season, submitted_a):
    actions.accept_filing(reviewer, submitted_a)
    client = login(reviewer)
    url = reverse("filings:season_bulk", args=[season.pk])
    client.post(url, {"step": "publish", "chosen": [submitted_a.organisation_id], "confirm": "1"})
    assert AnnualReportFiling.objects.get(pk=submitted_a.pk).status == FilingStatus.PUBLISHED


def test_bulk_remind_tells_late_units_only(
    login, reviewer, season, submitted_a, filer_b, unit_b, django_capture_on_commit_callbacks
):
    client = login(reviewer)
    url = reverse("filings:season_bulk", args=[season.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"step": "remind", "chosen": [unit_b.pk, submitted_a.organisation_id]})
    outcomes = {o.label: o for o in response.context["outcomes"]}
    assert outcomes["德清县武康街道办事处"].done
    assert not outcomes["德清县市场监督管理局"].done  # signed off already
    assert Notice.objects.filter(recipient=filer_b, text__contains="催报").exists()
    assert FilingEvent.objects.filter(season=season, verb="remind").count() == 1


def test_units_cannot_use_the_bulk_steps(login, filer_b, leader_a, season, submitted_a, snapshot):
    before = snapshot(submitted_a)
    url = reverse("filings:season_bulk", args=[season.pk])
    for user in (filer_b, leader_a):
        response = login(user).post(
            url, {"step": "accept", "chosen": [submitted_a.organisation_id], "confirm": "1"}
        )
        assert response.status_code in (403, 404)
    assert snapshot(AnnualReportFiling.objects.get(pk=submitted_a.pk)) == before
    assert not Notice.objects.filter(text__contains="催报").exists()
