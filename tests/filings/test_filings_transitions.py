"""The filing's steps: upload, sign-off, return, resubmit, accept (numbers kept), publish; each with its event."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied

from fazhi.core.actions import ActionRefused
from fazhi.core.deadlines import local_today
from fazhi.core.models import Notice
from fazhi.filings import actions
from fazhi.filings.models import AnnualReportFiling, FilingEvent, FilingStatus, ReportFact

from .conftest import report


def test_full_cycle_with_return_and_resubmission(
    season, filer_a, leader_a, reviewer, unit_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        filing = actions.upload_report(
            filer_a, season, unit_a, data=report(placeholder=True).encode(), name="报告.txt", kind="txt"
        )
    assert filing.status == FilingStatus.DRAFT
    assert (
        Notice.objects.get(recipient=leader_a).text
        == "德清县市场监督管理局 2025 年度报告（第 1 版）待您签发。"
    )
    with django_capture_on_commit_callbacks(execute=True):
        actions.submit_filing(leader_a, filing)
    assert filing.status == FilingStatus.SUBMITTED and filing.submitted_on is not None
    assert Notice.objects.filter(recipient=reviewer).exists()

    with django_capture_on_commit_callbacks(execute=True):
        actions.return_filing(reviewer, filing, reasons="请删除占位符。")
    assert filing.status == FilingStatus.RETURNED
    assert Notice.objects.filter(recipient=filer_a, text__contains="退回").exists()

    filing = actions.upload_report(
        filer_a, season, unit_a, data=report().encode(), name="报告2.txt", kind="txt"
    )
    assert filing.status == FilingStatus.RETURNED  # still returned until signed off again
    assert filing.current_version.number == 2
    actions.submit_filing(leader_a, filing)
    actions.accept_filing(reviewer, filing)
    assert filing.status == FilingStatus.ACCEPTED
    actions.publish_filing(reviewer, filing, published_on=local_today())
    assert filing.status == FilingStatus.PUBLISHED

    verbs = list(
        FilingEvent.objects.filter(filing=filing)
        .order_by("created_at", "id")
        .values_list("verb", "actor__username")
    )
    assert verbs == [
        ("upload", "filer_a"),
        ("submit", "leader_a"),
        ("return", "reviewer"),
        ("upload", "filer_a"),
        ("submit", "leader_a"),
        ("accept", "reviewer"),
        ("publish", "reviewer"),
    ]
    # History names the actor of each saved change.
    assert {h.history_user.username for h in filing.history.all()} == {"filer_a", "leader_a", "reviewer"}
    assert filing.versions.count() == 2


def test_accepting_keeps_the_numbers_with_their_sentences(submitted_a, reviewer):
    actions.accept_filing(reviewer, submitted_a)
    facts = list(ReportFact.objects.filter(filing=submitted_a))
    reading_facts = submitted_a.current_version.reading["facts"]
    assert len(facts) == len(reading_facts) > 3
    text = submitted_a.current_version.text
    for fact in facts:
        assert fact.year == 2025 and fact.organisation == submitted_a.organisation
        assert text[fact.evidence_start : fact.evidence_end] == fact.evidence
    coded = [f for f in facts if f.indicator]
    assert coded, "some numbers carry an indicator code"


def test_filer_cannot_sign_off(draft_a, filer_a):
    with pytest.raises(PermissionDenied):
        actions.submit_filing(filer_a, draft_a)
    draft_a.refresh_from_db()
    assert draft_a.status == FilingStatus.DRAFT


def test_unit_cannot_accept_or_return_its_own_report(submitted_a, leader_a, filer_a):
    for user in (leader_a, filer_a):
        with pytest.raises(PermissionDenied):
            actions.accept_filing(user, submitted_a)
        with pytest.raises(PermissionDenied):
            actions.return_filing(user, submitted_a, reasons="x")


def test_illegal_transitions_are_refused_with_the_reason(
    draft_a, reviewer, leader_a, filer_a, season, unit_a
):
    with pytest.raises(ActionRefused) as refusal:
        actions.accept_filing(reviewer, draft_a)
    assert refusal.value.message == "不能审核通过：当前状态为起草中，只有在已报送时才可以。"
    with pytest.raises(ActionRefused):
        actions.publish_filing(reviewer, draft_a)
    actions.submit_filing(leader_a, draft_a)
    with pytest.raises(ActionRefused):
        actions.submit_filing(leader_a, draft_a)
    with pytest.raises(ActionRefused) as refusal:
        actions.upload_report(filer_a, season, unit_a, data=report().encode(), name="a.txt", kind="txt")
    assert "已报送" in refusal.value.message


def test_return_needs_reasons(submitted_a, reviewer):
    with pytest.raises(ActionRefused) as refusal:
        actions.return_filing(reviewer, submitted_a, reasons="  ")
    assert refusal.value.message == "请说明退回理由。"
    assert AnnualReportFiling.objects.get(pk=submitted_a.pk).status == FilingStatus.SUBMITTED


def test_publication_date_cannot_be_in_the_future(submitted_a, reviewer):
    actions.accept_filing(reviewer, submitted_a)
    with pytest.raises(ActionRefused):
        actions.publish_filing(reviewer, submitted_a, published_on=dt.date(2999, 1, 1))


def test_unit_outside_the_season_cannot_file(season, reviewer, filer_a, unit_a, government):
    actions.update_season(
        reviewer,
        season,
        filing_due=season.filing_due,
        publication_due=season.publication_due,
        requires_publication=True,
        required_organisations=[government],
    )
    with pytest.raises(ActionRefused) as refusal:
        actions.upload_report(filer_a, season, unit_a, data=report().encode(), name="a.txt", kind="txt")
    assert "不在本年度" in refusal.value.message
