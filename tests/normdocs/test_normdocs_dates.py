"""Dates of issue, coming into force and clean-up are checked against what came before (issue 11 §2)."""

from __future__ import annotations

import datetime as dt

import pytest

from fazhi.core.actions import ActionRefused
from fazhi.normdocs import actions, actions_cleanup
from fazhi.normdocs.models import CleanupDecision

from .conftest import all_yes, draft_of, issued_of, official_text


def reviewed_draft(filer_a, reviewer, unit_a, reviewed_on=dt.date(2025, 3, 20)):
    document = draft_of(filer_a, unit_a)
    actions.submit_for_review(filer_a, document, today=dt.date(2025, 3, 17))
    actions.install_default_checklist(reviewer, unit_a.region_code)
    actions.record_review(reviewer, document, outcome="passed", answers=all_yes(), today=reviewed_on)
    return document


def test_a_document_cannot_be_issued_before_its_review_passed(listed, filer_a, reviewer, unit_a):
    document = reviewed_draft(filer_a, reviewer, unit_a)
    with pytest.raises(ActionRefused) as refused:
        actions.issue_document(
            filer_a,
            document,
            document_number="德市监〔2025〕1号",
            issued_on=dt.date(2025, 3, 19),
            today=dt.date(2025, 4, 1),
        )
    assert refused.value.field == "issued_on" and "2025-03-20" in refused.value.message


def test_coming_into_force_within_30_days_needs_a_reason(listed, filer_a, reviewer, unit_a):
    document = reviewed_draft(filer_a, reviewer, unit_a)
    issue = dict(
        document_number="德市监〔2025〕1号", issued_on=dt.date(2025, 4, 1), today=dt.date(2025, 4, 1)
    )
    with pytest.raises(ActionRefused) as refused:
        actions.issue_document(filer_a, document, effective_on=dt.date(2025, 4, 10), **issue)
    assert refused.value.field == "early_effect_reason"
    issued = actions.issue_document(
        filer_a,
        document,
        effective_on=dt.date(2025, 4, 10),
        early_effect_reason="涉及节日期间食品安全，需立即施行",
        official_text=official_text(),
        **issue,
    )
    assert issued.effective_on == dt.date(2025, 4, 10)
    assert issued.events.get(verb="issue").data["early_effect_reason"].startswith("涉及节日")


def test_a_clean_up_decision_cannot_predate_its_campaign(listed, filer_a, reviewer, unit_a, office):
    document = issued_of(filer_a, reviewer, unit_a)
    campaign = actions_cleanup.create_campaign(
        reviewer, office, title="2025年清理", started_on=dt.date(2025, 10, 1)
    )
    with pytest.raises(ActionRefused) as refused:
        actions_cleanup.decide_cleanup(
            reviewer, campaign, document, outcome="retain", decided_on=dt.date(2025, 9, 30)
        )
    assert refused.value.field == "decided_on" and "2025-10-01" in refused.value.message
    assert not CleanupDecision.objects.exists()
