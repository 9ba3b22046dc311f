"""Review files, campaigns and complaints through the pages: B reaches nothing of A."""

from __future__ import annotations

from django.urls import reverse

from fazhi.enforcement import actions_supervision as supervision
from fazhi.enforcement.models import Complaint, EnforcementEvent, FileReview

from .conftest import close_case


def test_b_gets_404_on_a_review_files_and_complaints(
    login, reviewer, office, filer_a, filer_b, snapshot, case_a
):
    close_case(filer_a, case_a)
    standard = supervision.create_standard(reviewer, office, name="标准")
    campaign = supervision.start_campaign(
        reviewer, office, title="评查", year=2026, standard=standard, sample_size=1, seed=1
    )
    file_review = campaign.file_reviews.get()
    supervision.score_file(reviewer, file_review, vetoed_items=[], deductions={}, comments="卷面不规范")
    complaint = supervision.record_complaint(
        reviewer, case_a.body, source="12345", received_on=case_a.filed_on, subject="投诉甲"
    )
    client = login(filer_b)
    before = (snapshot(file_review), snapshot(complaint), EnforcementEvent.objects.count())
    assert (
        case_a.number not in client.get(reverse("enforcement:campaign", args=[campaign.pk])).content.decode()
    )
    assert (
        client.post(reverse("enforcement:file_answer", args=[file_review.pk]), {"answer": "冒名"}).status_code
        == 404
    )
    assert (
        client.post(reverse("enforcement:file_score", args=[file_review.pk]), {"comments": "x"}).status_code
        == 404
    )
    assert "投诉甲" not in client.get(reverse("enforcement:complaints")).content.decode()
    assert (
        client.post(
            reverse("enforcement:complaint_handle", args=[complaint.pk]), {"outcome": "x"}
        ).status_code
        == 404
    )
    assert (snapshot(file_review), snapshot(complaint), EnforcementEvent.objects.count()) == before
    owner = login(filer_a)
    assert (
        owner.post(
            reverse("enforcement:file_answer", args=[file_review.pk]), {"answer": "已补正目录"}
        ).status_code
        == 302
    )
    assert FileReview.objects.get(pk=file_review.pk).answer == "已补正目录"
    assert not Complaint.objects.filter(handled_on__isnull=False).exists()


def test_the_office_scores_a_file_through_the_page(login, reviewer, office, filer_a, case_a):
    close_case(filer_a, case_a)
    standard = supervision.create_standard(reviewer, office, name="标准")
    campaign = supervision.start_campaign(
        reviewer, office, title="评查", year=2026, standard=standard, sample_size=1, seed=1
    )
    file_review = campaign.file_reviews.get()
    item = standard.items.get(text="文书不规范")
    client = login(reviewer)
    response = client.post(
        reverse("enforcement:file_score", args=[file_review.pk]),
        {"comments": "文书不规范", f"item_{item.pk}": "3"},
    )
    assert response.status_code == 302
    file_review.refresh_from_db()
    assert file_review.score == 97 and file_review.grade == "excellent"
