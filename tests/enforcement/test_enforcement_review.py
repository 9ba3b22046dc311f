"""Case-file review (案卷评查), supervision letters and complaints."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from docx import Document

from fazhi.core.actions import ActionRefused
from fazhi.enforcement import actions_supervision as supervision
from fazhi.enforcement.letters import letter_docx
from fazhi.enforcement.models import FileReview, ItemPart

from .conftest import close_case, open_case


@pytest.fixture
def closed_cases(filer_a, filer_b, body_a, body_b, officers_a, officers_b):
    cases = [
        close_case(filer_a, open_case(filer_a, body_a, officers_a[:2], number=f"A{n}")) for n in range(5)
    ]
    cases += [close_case(filer_b, open_case(filer_b, body_b, officers_b, number=f"B{n}")) for n in range(3)]
    return cases


@pytest.fixture
def standard(reviewer, office):
    return supervision.create_standard(reviewer, office, name="德清县行政执法案卷评查标准")


def test_the_draw_records_its_seed_and_reruns(reviewer, office, standard, closed_cases):
    campaign = supervision.start_campaign(
        reviewer, office, title="2026年案卷评查", year=2026, standard=standard, sample_size=4, seed=20261202
    )
    drawn = sorted(campaign.file_reviews.values_list("case_id", flat=True))
    assert len(drawn) == 4 and campaign.seed == 20261202
    assert campaign.pool == sorted(case.pk for case in closed_cases)
    assert supervision.redraw(campaign) == drawn
    other = supervision.start_campaign(
        reviewer, office, title="再抽", year=2026, standard=standard, sample_size=4
    )
    assert other.seed is not None and supervision.redraw(other) == sorted(
        other.file_reviews.values_list("case_id", flat=True)
    )


def test_only_the_office_draws(filer_a, office, standard, closed_cases):
    with pytest.raises(PermissionDenied):
        supervision.start_campaign(filer_a, office, title="x", year=2026, standard=standard, sample_size=1)


def _campaign(reviewer, office, standard):
    campaign = supervision.start_campaign(
        reviewer, office, title="评查", year=2026, standard=standard, sample_size=1, seed=7
    )
    return campaign.file_reviews.get()


def test_scores_veto_layout_and_content(reviewer, office, standard, closed_cases):
    file_review = _campaign(reviewer, office, standard)
    items = {item.text: item.pk for item in standard.items.all()}
    veto = items["证据不足、事实不清"]
    scored = supervision.score_file(
        reviewer, file_review, vetoed_items=[veto], deductions={}, comments="证据不足"
    )
    assert (scored.score, scored.grade) == (0, "fail")
    layout = [pk for pk in standard.items.filter(part=ItemPart.LAYOUT).values_list("pk", flat=True)]
    deductions = {
        layout[0]: Decimal(5),
        layout[1]: Decimal(5),
        layout[2]: Decimal(10),
        items["调查取证不全面"]: Decimal(8),
    }
    scored = supervision.score_file(
        reviewer, file_review, vetoed_items=[], deductions=deductions, comments="卷面不规范"
    )
    # 卷面 20 - 20 = 0, 内容 80 - 8 = 72
    assert (scored.score, scored.grade) == (72, "pass")
    with pytest.raises(ActionRefused):
        supervision.score_file(
            reviewer, file_review, vetoed_items=[], deductions={layout[0]: Decimal(6)}, comments="x"
        )
    with pytest.raises(ActionRefused):
        supervision.score_file(reviewer, file_review, vetoed_items=[layout[0]], deductions={}, comments="x")
    with pytest.raises(ActionRefused):
        supervision.score_file(reviewer, file_review, vetoed_items=[], deductions={}, comments=" ")


def test_a_reviewer_who_entered_the_case_for_the_body_does_not_score_it(
    reviewer, office, standard, body_a, officers_a
):
    case = open_case(reviewer, body_a, officers_a[:2], number="P1", proxy_reason="单位尚未开通账号")
    close_case_by_proxy(reviewer, case)
    campaign = supervision.start_campaign(
        reviewer, office, title="评查", year=2026, standard=standard, sample_size=1, seed=1
    )
    with pytest.raises(ActionRefused):
        supervision.score_file(
            reviewer, campaign.file_reviews.get(), vetoed_items=[], deductions={}, comments="好"
        )


def close_case_by_proxy(actor, case):
    from fazhi.enforcement import actions_cases

    from .conftest import FILED, STAGES_AFTER_FILING

    for stage in STAGES_AFTER_FILING:
        actions_cases.advance(actor, case, stage=stage, on=FILED, proxy_reason="单位尚未开通账号")


def test_the_body_answers_its_own_file_only(reviewer, filer_a, filer_b, office, standard, closed_cases):
    file_review = _campaign(reviewer, office, standard)
    owner, stranger = (
        (filer_a, filer_b)
        if file_review.case.body.organisation.name.endswith("管理局")
        else (filer_b, filer_a)
    )
    with pytest.raises(ActionRefused):
        supervision.answer_review(owner, file_review, answer="已整改")
    supervision.score_file(reviewer, file_review, vetoed_items=[], deductions={}, comments="规范")
    with pytest.raises(PermissionDenied):
        supervision.answer_review(stranger, file_review, answer="已整改")
    supervision.answer_review(owner, file_review, answer="已补正卷宗目录")
    assert FileReview.objects.get(pk=file_review.pk).answer == "已补正卷宗目录"


def test_a_supervision_letter_is_an_official_document(reviewer, filer_a, office, body_a):
    letter = supervision.issue_letter(
        reviewer,
        office,
        body_a,
        kind="opinion",
        subject="行政处罚案件超期未结",
        text="经查，你局……\n请依法纠正。",
        issued_on=dt.date(2026, 4, 1),
    )
    assert letter.reply_due_on == dt.date(2026, 5, 1)
    text = "\n".join(p.text for p in Document(io.BytesIO(letter_docx(letter))).paragraphs)
    assert "行政执法监督意见书" in text and "〔2026〕1号" in text and body_a.name in text
    with pytest.raises(PermissionDenied):
        supervision.issue_letter(filer_a, office, body_a, kind="opinion", subject="x", text="y")
    supervision.reply_to_letter(filer_a, letter, reply="已整改", replied_on=dt.date(2026, 4, 20))
    assert letter.replied_on == dt.date(2026, 4, 20)


def test_a_complaint_from_12345_is_recorded_and_handled(reviewer, body_a):
    complaint = supervision.record_complaint(
        reviewer, body_a, source="12345", received_on=dt.date(2026, 5, 6), subject="执法人员未出示证件"
    )
    supervision.handle_complaint(reviewer, complaint, outcome="经核实属实，已责令整改", is_substantiated=True)
    assert complaint.is_substantiated and complaint.handled_on
