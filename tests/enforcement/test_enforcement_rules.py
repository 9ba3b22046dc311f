"""The rules of issue 12's "Done when": officers, legal review, publicity in working days,
the annual review, the crime-transfer clocks; and the other statutory checks of a case."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from fazhi.core.actions import ActionRefused
from fazhi.enforcement import actions, actions_cases, rules
from fazhi.enforcement.models import (
    Case,
    CertificateStatus,
    CrimeTransfer,
    EnforcementEvent,
    ProcessRecord,
    Publicity,
    RecordKind,
)

from .conftest import FILED, make_officer, open_case


def walk(filer, case, *stages, on=FILED, **extra):
    for stage in stages:
        actions_cases.advance(filer, case, stage=stage, on=on, **extra)
    return case


# ≥ 2 certified officers (行政处罚法 Art. 42) -------------------------------------


def test_a_case_with_one_certified_officer_is_refused(filer_a, body_a, officers_a):
    certified, uncertified = officers_a[1], officers_a[2]
    with pytest.raises(ActionRefused) as refusal:
        open_case(filer_a, body_a, [certified, uncertified])
    assert refusal.value.field == "officers"
    assert "2" in refusal.value.message
    assert not Case.objects.exists() and not ProcessRecord.objects.exists()


def test_a_certificate_expired_or_suspended_does_not_count(filer_a, reviewer, body_a, officers_a):
    certificate = officers_a[1].certificates.get()
    actions.change_certificate(
        reviewer, certificate, status=CertificateStatus.SUSPENDED, reason="离岗培训", on=FILED
    )
    with pytest.raises(ActionRefused):
        open_case(filer_a, body_a, officers_a[:2])
    with pytest.raises(ActionRefused):  # filed after the certificates expire
        open_case(filer_a, body_a, [officers_a[0]], filed_on=dt.date(2030, 1, 2))


def test_officers_of_another_body_are_refused(filer_a, body_a, officers_a, officers_b):
    with pytest.raises(ActionRefused) as refusal:
        open_case(filer_a, body_a, [officers_a[0], officers_b[0]])
    assert officers_b[0].name in refusal.value.message


def test_two_certified_officers_open_a_case(case_a):
    assert case_a.officers.count() == 2 and case_a.stage == "filed"


# Legal review of major decisions (Art. 58) ------------------------------------


def test_a_major_decision_without_a_passed_review_is_refused(filer_a, body_a, officers_a):
    case = open_case(filer_a, body_a, officers_a[:2], is_major=True)
    walk(filer_a, case, "investigated", "reviewed")
    with pytest.raises(ActionRefused) as refusal:
        actions_cases.advance(filer_a, case, stage="decided", on=FILED)
    assert refusal.value.field == "stage"
    actions_cases.review_decision(
        filer_a,
        case,
        situation="public_interest",
        reviewer=officers_a[0],
        reviewed_on=FILED,
        passed=False,
        opinion="证据不足，退回补充调查",
    )
    with pytest.raises(ActionRefused):
        actions_cases.advance(filer_a, case, stage="decided", on=FILED)
    assert Case.objects.get(pk=case.pk).stage == "reviewed"
    actions_cases.review_decision(
        filer_a,
        case,
        situation="public_interest",
        reviewer=officers_a[0],
        reviewed_on=FILED,
        passed=True,
        opinion="事实清楚，证据确凿，同意",
    )
    actions_cases.advance(filer_a, case, stage="decided", on=FILED)
    assert Case.objects.get(pk=case.pk).stage == "decided"


def test_a_reviewer_without_the_legal_qualification_is_refused(filer_a, body_a, officers_a):
    case = open_case(filer_a, body_a, officers_a[:2], is_major=True)
    walk(filer_a, case, "investigated")
    with pytest.raises(ActionRefused) as refusal:
        actions_cases.review_decision(
            filer_a,
            case,
            situation="complex",
            reviewer=officers_a[1],
            reviewed_on=FILED,
            passed=True,
            opinion="同意",
        )
    assert refusal.value.field == "reviewer"


# Publicity in working days (7 to publish, 3 to withdraw) ---------------------


def test_the_publicity_deadline_counts_working_days_over_a_holiday(filer_a, case_a):
    # 2026-09-30 (Wed) + 7 working days: the National Day holiday to 10-07, 10-10 an adjusted workday.
    walk(filer_a, case_a, "investigated", "reviewed", "decided", on=dt.date(2026, 9, 30))
    assert Publicity.objects.get(case=case_a).due_on == dt.date(2026, 10, 15)


def test_the_publicity_deadline_skips_a_weekend(filer_a, case_a):
    walk(filer_a, case_a, "investigated", "reviewed", "decided", on=dt.date(2026, 3, 6))
    assert Publicity.objects.get(case=case_a).due_on == dt.date(2026, 3, 17)


def test_the_withdrawal_is_due_in_three_working_days(filer_a, case_a):
    walk(filer_a, case_a, "investigated", "reviewed", "decided", on=dt.date(2026, 3, 6))
    publicity = Publicity.objects.get(case=case_a)
    actions_cases.publish(filer_a, publicity, published_on=dt.date(2026, 3, 10), summary="罚款 5000 元")
    actions_cases.order_withdrawal(filer_a, publicity, changed_on=dt.date(2026, 3, 13), reason="复议撤销")
    assert publicity.withdrawal_due_on == dt.date(2026, 3, 18)
    actions_cases.withdraw(filer_a, publicity, withdrawn_on=dt.date(2026, 3, 16))
    assert Publicity.objects.get(pk=publicity.pk).withdrawn_on == dt.date(2026, 3, 16)


def test_a_natural_persons_name_is_shown_for_a_shorter_period(filer_a, body_a, officers_a):
    case = open_case(filer_a, body_a, officers_a[:2], party_name="张三", party_is_natural_person=True)
    walk(filer_a, case, "investigated", "reviewed", "decided", on=dt.date(2026, 3, 6))
    publicity = actions_cases.publish(
        filer_a, case.publicity, published_on=dt.date(2026, 3, 9), summary="警告"
    )
    assert publicity.display_until == dt.date(2031, 3, 9)
    assert publicity.name_shown_until == dt.date(2028, 3, 9)


def test_an_exempted_case_is_not_published(filer_a, case_a):
    walk(filer_a, case_a, "investigated", "reviewed")
    actions_cases.advance(filer_a, case_a, stage="decided", on=FILED, exemption="first_violation")
    assert not Publicity.objects.filter(case=case_a).exists()


# Annual review (年审) ---------------------------------------------------------


def test_a_certificate_failing_its_annual_review_is_suspended(filer_a, reviewer, officers_a):
    officer = officers_a[0]
    actions.record_training(
        filer_a, officer, held_on=dt.date(2025, 5, 1), subject="行政处罚法", hours=Decimal(20)
    )
    certificate = officer.certificates.get()
    review = actions.review_certificate(
        reviewer, certificate, year=2025, exam_passed=True, reviewed_on=dt.date(2026, 1, 5)
    )
    assert not review.passed and review.training_hours == 20
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.SUSPENDED
    assert EnforcementEvent.objects.filter(verb="suspend").count() == 1


def test_a_failed_exam_fails_the_review_and_enough_training_with_a_pass_keeps_it(
    filer_a, reviewer, officers_a
):
    for officer in officers_a[:2]:
        actions.record_training(
            filer_a, officer, held_on=dt.date(2025, 6, 1), subject="培训", hours=Decimal(60)
        )
    failed = officers_a[0].certificates.get()
    kept = officers_a[1].certificates.get()
    assert not actions.review_certificate(reviewer, failed, year=2025, exam_passed=False).passed
    assert actions.review_certificate(reviewer, kept, year=2025, exam_passed=True).passed
    failed.refresh_from_db()
    kept.refresh_from_db()
    assert (failed.status, kept.status) == (CertificateStatus.SUSPENDED, CertificateStatus.VALID)


def test_the_unit_cannot_run_the_annual_review(filer_a, officers_a):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        actions.review_certificate(filer_a, officers_a[0].certificates.get(), year=2025, exam_passed=True)


def test_a_revoked_officer_may_not_reapply_within_two_years(reviewer, officers_a):
    officer = officers_a[0]
    certificate = officer.certificates.get()
    actions.change_certificate(
        reviewer, certificate, status="revoked", reason="两次考试不合格", on=dt.date(2026, 1, 10)
    )
    assert certificate.reapply_from == dt.date(2028, 1, 10)
    with pytest.raises(ActionRefused) as refusal:
        actions.issue_certificate(
            reviewer,
            officer,
            number="330529999",
            field="市场监管",
            issued_on=dt.date(2026, 6, 1),
            expires_on=dt.date(2031, 5, 31),
            public_law_exam_passed_on=dt.date(2026, 5, 1),
        )
    assert refusal.value.field == "issued_on"


def test_cancelling_a_certificate_takes_the_officer_off_the_roster(reviewer, officers_a):
    certificate = officers_a[1].certificates.get()
    actions.change_certificate(
        reviewer, certificate, status="cancelled", reason="退休", on=dt.date(2026, 2, 1)
    )
    officers_a[1].refresh_from_db()
    assert not officers_a[1].is_active


# Crime transfers (行刑衔接): 3 days / 24 hours / 3 days ---------------------


def test_the_crime_transfer_clocks(filer_a, case_a):
    transfer = actions_cases.report_suspected_crime(filer_a, case_a, reported_on=dt.date(2026, 3, 2))
    (decision,) = rules.transfer_clocks(transfer, today=dt.date(2026, 3, 5))
    assert (decision["due"], decision["overdue"]) == (dt.date(2026, 3, 5), False)
    (decision,) = rules.transfer_clocks(transfer, today=dt.date(2026, 3, 6))
    assert decision["overdue"]

    actions_cases.record_transfer(filer_a, transfer, decided_on=dt.date(2026, 3, 4))
    _, handover = rules.transfer_clocks(transfer, today=dt.date(2026, 3, 5))
    assert handover["due"] == timezone.make_aware(dt.datetime(2026, 3, 6, 0, 0))
    assert not handover["overdue"]
    assert rules.transfer_clocks(transfer, today=dt.date(2026, 3, 6))[1]["overdue"]

    late = timezone.make_aware(dt.datetime(2026, 3, 6, 9, 0))
    actions_cases.record_transfer(filer_a, transfer, transferred_at=late)
    decision, handover, police = rules.transfer_clocks(transfer, today=dt.date(2026, 3, 9))
    assert not decision["late"] and handover["late"]
    assert (police["due"], police["overdue"]) == (dt.date(2026, 3, 9), False)
    assert rules.transfer_clocks(transfer, today=dt.date(2026, 3, 10))[2]["overdue"]

    actions_cases.record_transfer(
        filer_a, transfer, police_answer="not_filed", police_answered_on=dt.date(2026, 3, 9)
    )
    assert not any(clock["overdue"] or clock["late"] for clock in rules.transfer_clocks(transfer)[2:])
    assert CrimeTransfer.objects.get(pk=transfer.pk).police_answer == "not_filed"


def test_a_transfer_before_its_decision_is_refused(filer_a, case_a):
    transfer = actions_cases.report_suspected_crime(filer_a, case_a, reported_on=dt.date(2026, 3, 2))
    with pytest.raises(ActionRefused):
        actions_cases.record_transfer(filer_a, transfer, transferred_at=timezone.now())


# Other statutory checks ---------------------------------------------------


def test_stages_go_in_order_and_not_backwards_in_time(filer_a, case_a):
    with pytest.raises(ActionRefused):
        actions_cases.advance(filer_a, case_a, stage="decided", on=FILED)
    with pytest.raises(ActionRefused):
        actions_cases.advance(filer_a, case_a, stage="investigated", on=FILED - dt.timedelta(days=1))


def test_an_on_the_spot_fine_over_the_limit_is_refused(filer_a, body_a, officers_a):
    case = open_case(
        filer_a, body_a, officers_a[:2], party_name="李四", party_is_natural_person=True, is_on_the_spot=True
    )
    walk(filer_a, case, "investigated", "reviewed")
    with pytest.raises(ActionRefused) as refusal:
        actions_cases.advance(filer_a, case, stage="decided", on=FILED, fine_amount=Decimal(201))
    assert refusal.value.field == "fine_amount"
    actions_cases.advance(filer_a, case, stage="decided", on=FILED, fine_amount=Decimal(200))


def test_a_seizure_without_its_video_record_is_refused(filer_a, body_a, officers_a):
    case = open_case(filer_a, body_a, officers_a[:2], case_type="coercion", coercive_measure="seal_seize")
    walk(filer_a, case, "investigated", "reviewed", "decided", "served")
    with pytest.raises(ActionRefused):
        actions_cases.advance(filer_a, case, stage="executed", on=FILED)
    actions_cases.add_process_record(
        filer_a,
        case,
        stage="executed",
        kind=RecordKind.VIDEO,
        title="查封现场执法记录仪视频",
        content_hash="0f" * 32,
        file_name="查封.mp4",
    )
    actions_cases.advance(filer_a, case, stage="executed", on=FILED)


def test_the_decision_clock_is_ninety_days(case_a):
    # 90 days from 2026-03-02 is Sunday 05-31: a period ending on a rest day runs to the next working day.
    assert rules.decision_deadline(case_a.filed_on).due == dt.date(2026, 6, 1)


def test_file_scores(db):
    assert rules.file_score(20, 80, True, 0, 0) == 0
    assert rules.file_score(20, 80, False, 25, 10) == 70
    assert rules.file_score(20, 80, False, 3, 5) == 92
    assert [rules.grade_of(Decimal(v)) for v in (92, 80, 60, 59.5)] == ["excellent", "good", "pass", "fail"]


def test_an_officer_without_a_certificate_is_on_the_roster_uncertified(filer_a, reviewer, body_a):
    officer = make_officer(filer_a, reviewer, body_a, "孙丽", "0099", certified=False)
    assert not officer.certificates.exists()
