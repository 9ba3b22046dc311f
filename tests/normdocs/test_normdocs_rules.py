"""The rules: issuer lists, comment period, review checklist, issue, filing deadline, expiry, clean-up."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied

from fazhi.core.actions import ActionRefused
from fazhi.normdocs import actions, actions_cleanup, reminders, rules
from fazhi.normdocs.models import DocumentStatus, NormativeDocument, NormativeDocumentEvent

from .conftest import all_yes, draft_of, issued_of, official_text

# --- who may issue ----------------------------------------------------------------


def test_a_body_not_on_the_positive_list_is_refused(filer_a, unit_a):
    with pytest.raises(ActionRefused) as refusal:
        draft_of(filer_a, unit_a)
    assert (
        refusal.value.message == "德清县市场监督管理局未列入规范性文件制定主体正面清单，不得制定规范性文件。"
    )
    assert not NormativeDocument.objects.exists()


def test_a_body_on_the_negative_list_is_refused_and_told_so(admin_user, filer_a, unit_a):
    actions.set_issuer_listing(admin_user, unit_a, listing="negative", listed_on=dt.date(2024, 1, 1))
    with pytest.raises(ActionRefused) as refusal:
        draft_of(filer_a, unit_a)
    assert "负面清单" in refusal.value.message


def test_a_body_taken_off_the_list_cannot_submit_its_draft(listed_draft, admin_user, filer_a, unit_a):
    actions.set_issuer_listing(admin_user, unit_a, listing="negative", listed_on=dt.date(2025, 1, 1))
    with pytest.raises(ActionRefused):
        actions.submit_for_review(filer_a, listed_draft)
    listed_draft.refresh_from_db()
    assert listed_draft.status == DocumentStatus.DRAFT


def test_only_the_office_keeps_the_lists(filer_a, unit_a):
    with pytest.raises(PermissionDenied):
        actions.set_issuer_listing(filer_a, unit_a, listing="positive", listed_on=dt.date(2024, 1, 1))


# --- drafting and review --------------------------------------------------------------


def test_comment_period_of_seven_working_days(listed, filer_a, unit_a):
    # 2025-09-29 (Mon) to 2025-10-09 spans the National Day holiday: only 4 working days.
    document = draft_of(
        filer_a, unit_a, comment_from=dt.date(2025, 9, 29), comment_until=dt.date(2025, 10, 9)
    )
    with pytest.raises(ActionRefused) as refusal:
        actions.submit_for_review(filer_a, document)
    assert refusal.value.message == "公开征求意见时间不得少于 7 个工作日。"


def test_market_related_documents_need_thirty_days(listed, filer_a, unit_a):
    document = draft_of(filer_a, unit_a, is_market_related=True)
    with pytest.raises(ActionRefused) as refusal:
        actions.submit_for_review(filer_a, document)
    assert "30" in refusal.value.message


def test_review_pass_needs_every_line_satisfied(listed_draft, filer_a, reviewer):
    actions.submit_for_review(filer_a, listed_draft, today=dt.date(2025, 3, 17))
    actions.install_default_checklist(reviewer, "330521")
    answers = all_yes()
    assert len(answers) == 22
    first = next(iter(answers))
    answers[first] = False
    with pytest.raises(ActionRefused) as refusal:
        actions.record_review(reviewer, listed_draft, outcome="passed", answers=answers)
    assert refusal.value.message.startswith("以下审核要点未通过，不能审核通过：")
    partial = dict(list(all_yes().items())[:5])
    with pytest.raises(ActionRefused) as refusal:
        actions.record_review(reviewer, listed_draft, outcome="passed", answers=partial)
    assert refusal.value.message.startswith("请逐项填写审核要点：")
    with pytest.raises(ActionRefused) as refusal:
        actions.record_review(reviewer, listed_draft, outcome="returned", answers=answers, opinions=" ")
    assert refusal.value.message == "退回修改时请填写审核意见。"
    actions.record_review(
        reviewer, listed_draft, outcome="returned", answers=answers, opinions="第五条设定了行政许可，应删除。"
    )
    listed_draft.refresh_from_db()
    assert listed_draft.status == DocumentStatus.RETURNED
    # The unit resubmits: a second round.
    review = actions.submit_for_review(filer_a, listed_draft, today=dt.date(2025, 3, 24))
    assert review.round == 2


def test_review_due_in_fifteen_working_days(listed_draft, filer_a):
    review = actions.submit_for_review(filer_a, listed_draft, today=dt.date(2025, 9, 26))
    # 15 working days after Fri 26 Sep 2025: 28 (Sun, worked), 29, 30 Sep; the holiday 1–8 Oct;
    # 9, 10, 11 (Sat, worked), 13–17, 20–23 Oct.
    assert review.due_on == dt.date(2025, 10, 23)


def test_unit_cannot_review_its_own_draft(listed_draft, filer_a, leader_a):
    actions.submit_for_review(filer_a, listed_draft)
    with pytest.raises(PermissionDenied):
        actions.record_review(leader_a, listed_draft, outcome="passed", answers=all_yes())


def test_illegal_transitions_are_refused_with_the_state(listed_draft, filer_a):
    with pytest.raises(ActionRefused) as refusal:
        actions.issue_document(filer_a, listed_draft, document_number="X", issued_on=dt.date(2025, 4, 1))
    assert refusal.value.message == "不能印发：当前状态为起草中，只有在合法性审核通过时才可以。"
    actions.submit_for_review(filer_a, listed_draft)
    with pytest.raises(ActionRefused) as refusal:
        actions.submit_for_review(filer_a, listed_draft)
    assert "当前状态为合法性审核中" in refusal.value.message


# --- issue and filing --------------------------------------------------------------


def test_issue_sets_number_dates_and_validity(listed, filer_a, reviewer, unit_a):
    document = issued_of(filer_a, reviewer, unit_a, issued_on=dt.date(2025, 4, 1))
    assert document.status == DocumentStatus.IN_FORCE
    assert document.effective_on == dt.date(2025, 5, 1)  # 30 days after publication
    assert document.valid_until == dt.date(2030, 4, 30)  # five years


def test_issue_refuses_validity_beyond_five_years_and_a_used_number(listed, filer_a, reviewer, unit_a):
    issued_of(filer_a, reviewer, unit_a, number="德市监〔2025〕1号")
    document = draft_of(filer_a, unit_a, title="第二件")
    actions.submit_for_review(filer_a, document)
    actions.record_review(reviewer, document, outcome="passed", answers=all_yes(), today=dt.date(2025, 3, 20))
    with pytest.raises(ActionRefused) as refusal:
        actions.issue_document(
            filer_a,
            document,
            document_number="德市监〔2025〕2号",
            issued_on=dt.date(2025, 4, 1),
            valid_until=dt.date(2031, 1, 1),
            today=dt.date(2025, 4, 1),
            official_text=official_text(),
        )
    assert refusal.value.message == "有效期最迟至 2030-04-30。"
    with pytest.raises(ActionRefused) as refusal:
        actions.issue_document(
            filer_a,
            document,
            document_number="德市监〔2025〕1号",
            issued_on=dt.date(2025, 4, 1),
            today=dt.date(2025, 4, 1),
            official_text=official_text(),
        )
    assert refusal.value.field == "document_number"


def test_filing_deadline_counts_calendar_days_and_moves_past_a_holiday(settings):
    # 30 calendar days after 2025-09-05 is 2025-10-05, inside the National Day holiday: due on 9 Oct.
    assert rules.filing_deadline(dt.date(2025, 9, 5)).due == dt.date(2025, 10, 9)
    assert rules.filing_deadline(dt.date(2025, 3, 3)).due == dt.date(2025, 4, 2)
    settings.NORMDOCS_FILING_DAYS = 3
    settings.NORMDOCS_FILING_IN_WORKING_DAYS = True
    # Three working days after Tue 30 Sep 2025: 9, 10, 11 Oct (11 Oct is an adjusted workday).
    assert rules.filing_deadline(dt.date(2025, 9, 30)).due == dt.date(2025, 10, 11)


def test_filing_goes_to_the_office_and_is_timed(listed, filer_a, reviewer, unit_a, office):
    document = issued_of(filer_a, reviewer, unit_a, issued_on=dt.date(2025, 9, 5))
    filing = actions.file_document(
        filer_a, document, filed_on=dt.date(2025, 10, 9), today=dt.date(2025, 10, 10)
    )
    assert filing.receiver == office
    assert filing.due_on == dt.date(2025, 10, 9)
    assert filing.is_on_time
    with pytest.raises(ActionRefused) as refusal:
        actions.file_document(filer_a, document, filed_on=dt.date(2025, 10, 9), today=dt.date(2025, 10, 10))
    assert refusal.value.message == "该文件已报送备案。"


def test_filing_review_refusal_needs_reasons(listed, filer_a, reviewer, unit_a):
    document = issued_of(filer_a, reviewer, unit_a)
    filing = actions.file_document(
        filer_a, document, filed_on=dt.date(2025, 4, 20), today=dt.date(2025, 4, 20)
    )
    with pytest.raises(PermissionDenied):
        actions.decide_filing(filer_a, filing, accept=True)
    with pytest.raises(ActionRefused) as refusal:
        actions.decide_filing(reviewer, filing, accept=False, reasons="")
    assert refusal.value.message == "不予备案的，请写明理由。"
    actions.decide_filing(reviewer, filing, accept=False, reasons="第三条增设行政许可，不予备案。")
    filing.refresh_from_db()
    assert filing.status == "refused"


# --- validity and clean-up ------------------------------------------------------------


def test_expiry_reminders_are_sent_once_within_six_months(listed, filer_a, leader_a, reviewer, unit_a):
    document = issued_of(filer_a, reviewer, unit_a, issued_on=dt.date(2025, 4, 1))  # valid until 2030-04-30
    assert reminders.send_reminders(dt.date(2029, 10, 31)) == 0  # 181 days before
    assert reminders.send_reminders(dt.date(2029, 11, 1)) == 1
    assert reminders.send_reminders(dt.date(2029, 12, 1)) == 0  # once only
    assert list(document.expiry_reminders.values_list("due", flat=True)) == [dt.date(2030, 4, 30)]
    assert NormativeDocumentEvent.objects.filter(document=document, verb="remind_expiry").count() == 1


@pytest.mark.django_db(transaction=True)
def test_reminder_notices_reach_the_unit(listed, filer_a, leader_a, reviewer, unit_a):
    from fazhi.core.models import Notice

    issued_of(filer_a, reviewer, unit_a, issued_on=dt.date(2025, 4, 1))
    reminders.send_reminders(dt.date(2030, 1, 2))
    texts = list(Notice.objects.filter(recipient__in=[filer_a, leader_a]).values_list("text", flat=True))
    assert sum("2030-04-30" in text for text in texts) == 2


def test_lapsed_documents_become_expired(listed, filer_a, reviewer, unit_a):
    document = issued_of(filer_a, reviewer, unit_a, issued_on=dt.date(2025, 4, 1))
    assert actions_cleanup.lapse_expired(today=dt.date(2030, 4, 30)) == 0
    assert actions_cleanup.lapse_expired(today=dt.date(2030, 5, 1)) == 1
    document.refresh_from_db()
    assert document.status == DocumentStatus.EXPIRED


def test_cleanup_outcomes_show_on_the_portal(listed, filer_a, reviewer, unit_a, office, client):
    titles = ["保留的文件", "修改的文件", "废止的文件", "失效的文件"]
    documents = [
        issued_of(filer_a, reviewer, unit_a, title=t, number=f"德市监〔2025〕{n}号")
        for n, t in enumerate(titles, start=1)
    ]
    campaign = actions_cleanup.create_campaign(
        reviewer, office, title="2025年清理", started_on=dt.date(2025, 9, 1)
    )
    for document, outcome in zip(documents, ["retain", "amend", "abolish", "expire"], strict=True):
        actions_cleanup.decide_cleanup(
            reviewer, campaign, document, outcome=outcome, reason="清理结论", decided_on=dt.date(2025, 10, 1)
        )
    with pytest.raises(ActionRefused) as refusal:
        actions_cleanup.decide_cleanup(reviewer, campaign, documents[0], outcome="abolish")
    assert refusal.value.message == "该文件在本次清理中已有结论。"
    page = client.get("/portal/normdocs/").content.decode()
    rows = {t: page.split(t, 1)[1].split("</tr>", 1)[0] for t in titles}
    assert "现行有效" in rows["保留的文件"]
    assert "已修改" in rows["修改的文件"]
    assert "已废止" in rows["废止的文件"]
    assert "已失效" in rows["失效的文件"]
    abolished = client.get("/portal/normdocs/?status=abolished").content.decode()
    assert "废止的文件" in abolished and "保留的文件" not in abolished
    other = actions_cleanup.create_campaign(
        reviewer, office, title="2026年清理", started_on=dt.date(2026, 9, 1)
    )
    with pytest.raises(ActionRefused):  # an abolished document is not retained later
        actions_cleanup.decide_cleanup(reviewer, other, documents[2], outcome="retain")


def test_portal_never_shows_drafts(listed_draft, client):
    page = client.get("/portal/normdocs/").content.decode()
    assert listed_draft.title not in page
    assert client.get(f"/portal/normdocs/{listed_draft.pk}/").status_code == 404


def test_evaluation_of_an_issued_document(listed, filer_a, reviewer, unit_a, filer_b):
    document = issued_of(filer_a, reviewer, unit_a)
    with pytest.raises(PermissionDenied):
        actions_cleanup.record_evaluation(
            filer_b, document, evaluated_on=dt.date(2029, 11, 1), conclusion="continue", summary="x"
        )
    actions_cleanup.record_evaluation(
        filer_a,
        document,
        evaluated_on=dt.date(2029, 11, 1),
        conclusion="continue",
        summary="实施效果良好，建议继续有效。",
    )
    assert document.evaluations.count() == 1
