"""Assessment pages and API as each persona: a unit sees only its own sheet; forged posts change nothing."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse
from docx import Document
from openpyxl import load_workbook

from fazhi.assessment import actions
from fazhi.assessment.models import AssessmentEvent, Deduction

NOT_VISIBLE = "页面不存在，或您无权查看。"


@pytest.fixture
def ranked(opened, scheme, reviewer, admin_user, unit_a, record):
    record(
        unit_a, "disputes.head_appearance_rate", "90", numerator=9, denominator=10, definition="出庭 ÷ 开庭"
    )
    for sheet in opened.values():
        score = sheet.scores.get(item__number="5.1")
        # The administrator enters the units' self-assessments; the reviewer, who did none, finalises.
        actions.self_assess(
            admin_user,
            score,
            points=5,
            evidence_text="年度报告已公开",
            proxy_reason="测试：单位无账号，由系统管理员代为录入",
        )
        actions.finalise(reviewer, sheet)
    actions.publish_ranking(reviewer, scheme)
    return opened


def test_index_lists_only_own_sheets(login, filer_a, reviewer, opened, unit_a, unit_b):
    page = login(filer_a).get(reverse("assessment:index")).content.decode()
    assert unit_a.name in page and unit_b.name not in page
    page = login(reviewer).get(reverse("assessment:index")).content.decode()
    assert unit_a.name in page and unit_b.name in page


@pytest.mark.parametrize(
    "name", ["assessment:detail", "assessment:letter_docx", "assessment:letter_pdf", "assessment:compute"]
)
def test_b_cannot_open_a_sheet_or_its_letters(login, filer_b, ranked, unit_a, name):
    client = login(filer_b)
    url = reverse(name, args=[ranked[unit_a].pk])
    response = client.post(url) if name == "assessment:compute" else client.get(url)
    assert response.status_code == 404 and unit_a.name not in response.content.decode()


def test_a_reads_its_sheet_with_how_each_score_was_computed_and_its_letter(login, filer_a, ranked, unit_a):
    client = login(filer_a)
    page = client.get(reverse("assessment:detail", args=[ranked[unit_a].pk])).content.decode()
    assert "计算过程" in page and "9 / 10" in page and "排名" in page
    document = Document(
        io.BytesIO(client.get(reverse("assessment:letter_docx", args=[ranked[unit_a].pk])).content)
    )
    assert unit_a.name in "\n".join(p.text for p in document.paragraphs)


@pytest.mark.parametrize(
    "name", ["assessment:self_assess", "assessment:judge", "assessment:adjust", "assessment:deduct"]
)
def test_forged_score_posts_for_another_unit_change_nothing(login, filer_b, opened, unit_a, snapshot, name):
    score = opened[unit_a].scores.get(item__number="5.1")
    before, events = snapshot(score), AssessmentEvent.objects.count()
    response = login(filer_b).post(
        reverse(name, args=[score.pk]),
        {"points": "1", "reason": "伪造", "passed": "no", "evidence_text": "伪造"},
    )
    assert response.status_code == 404
    assert snapshot(score) == before and AssessmentEvent.objects.count() == events
    assert not Deduction.objects.exists()


def test_forged_transition_for_another_unit_changes_nothing(login, filer_b, opened, unit_a, snapshot):
    sheet = opened[unit_a]
    before = snapshot(sheet)
    response = login(filer_b).post(reverse("assessment:transition", args=[sheet.pk, "submit"]))
    assert response.status_code == 404 and snapshot(sheet) == before


def test_own_unit_self_assessment_with_bad_points_shows_chinese(login, filer_a, opened, unit_a):
    score = opened[unit_a].scores.get(item__number="5.1")
    response = login(filer_a).post(
        reverse("assessment:self_assess", args=[score.pk]),
        {"points": "99", "evidence_text": "年报链接"},
        follow=True,
    )
    assert "分值应在 0 到 5 之间" in response.content.decode()
    score.refresh_from_db()
    assert score.self_points is None


def test_evaluator_reviews_but_cannot_manage_schemes(login, evaluator, opened, scheme, unit_a, snapshot):
    client = login(evaluator)
    score = opened[unit_a].scores.get(item__number="5.1")
    client.post(reverse("assessment:judge", args=[score.pk]), {"passed": "yes", "reason": "年报已公开"})
    score.refresh_from_db()
    assert score.judged_passed is True
    before = snapshot(scheme)
    assert client.post(reverse("assessment:scheme_rank", args=[scheme.pk])).status_code == 403
    assert (
        client.post(
            reverse("assessment:scheme_copy", args=[scheme.pk]), {"year": 2026, "name": "抄"}
        ).status_code
        == 403
    )
    assert snapshot(scheme) == before and scheme.copies.count() == 0
    assert client.post(reverse("assessment:scheme_default"), {"year": 2030}).status_code == 403


def test_scheme_of_another_region_is_invisible(login, reviewer, scheme, elsewhere):
    from fazhi.org.models import Membership, User

    outsider_office = User.objects.create(username="luzhou", full_name="泸州审核")
    Membership.objects.create(user=outsider_office, organisation=elsewhere, role="office_reviewer")
    client = login(outsider_office)
    assert client.get(reverse("assessment:scheme", args=[scheme.pk])).status_code == 404
    assert client.get(reverse("assessment:scheme_yaml", args=[scheme.pk])).status_code == 404
    assert client.get(reverse("assessment:scheme_xlsx", args=[scheme.pk])).status_code == 404
    assert client.get(reverse("assessment:results_xlsx", args=[scheme.pk])).status_code == 404
    assert client.get("/api/assessment/schemes").json()["items"] == []
    assert client.get(f"/api/assessment/schemes/{scheme.pk}").status_code == 404


def test_unit_reads_scheme_but_cannot_change_it(login, filer_a, scheme, snapshot):
    client = login(filer_a)
    assert client.get(reverse("assessment:scheme", args=[scheme.pk])).status_code == 200
    before = snapshot(scheme)
    item = scheme.areas.first().items.first()
    # The scheme is visible to the unit, so changing it is forbidden (403); its items' editing
    # pages are not offered to a unit at all (404), like item_edit below.
    for name, args, status in [
        ("assessment:scheme_publish", [scheme.pk], 403),
        ("assessment:scheme_open", [scheme.pk], 403),
        ("assessment:item_delete", [scheme.pk, item.pk], 404),
    ]:
        assert client.post(reverse(name, args=args)).status_code == status, name
    assert (
        client.get(reverse("assessment:item_edit", args=[scheme.pk, item.area_id, item.pk])).status_code
        == 404
    )
    assert (
        client.post(
            reverse("assessment:item_add", args=[scheme.pk, item.area_id]),
            {"number": "9", "title": "x", "max_points": 1, "kind": "judged"},
        ).status_code
        == 404
    )
    assert (
        client.post(reverse("assessment:area_add", args=[scheme.pk]), {"code": "x", "name": "y"}).status_code
        == 404
    )
    assert (
        client.post(
            reverse("assessment:area_edit", args=[scheme.pk, item.area_id]), {"code": "x", "name": "y"}
        ).status_code
        == 404
    )
    assert snapshot(scheme) == before and scheme.areas.first().items.filter(pk=item.pk).exists()
    assert client.get(reverse("assessment:scheme_import")).status_code == 403


def test_results_export_holds_only_visible_rows(login, filer_a, reviewer, ranked, scheme, unit_a, unit_b):
    def rows(user):
        response = login(user).get(reverse("assessment:results_xlsx", args=[scheme.pk]))
        return list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))

    own = rows(filer_a)
    assert [row[0] for row in own[1:]] == [unit_a.name]
    assert {row[0] for row in rows(reviewer)[1:]} >= {unit_a.name, unit_b.name}


def test_scheme_exports_and_import_page(login, reviewer, scheme):
    client = login(reviewer)
    response = client.get(reverse("assessment:scheme_yaml", args=[scheme.pk]))
    assert "disputes.head_appearance_rate" in response.content.decode()
    xlsx = client.get(reverse("assessment:scheme_xlsx", args=[scheme.pk])).content
    assert load_workbook(io.BytesIO(xlsx))["考核细则"]["A1"].value == "领域代码"
    upload = io.BytesIO(b"name: x\nyear: 2026\nareas: []\n")
    upload.name = "bad.yaml"
    page = client.post(reverse("assessment:scheme_import"), {"file": upload}).content.decode()
    assert "没有考核领域" in page


def test_dashboards_show_region_to_office_and_only_own_to_unit(
    login, reviewer, filer_a, ranked, unit_a, unit_b
):
    page = login(reviewer).get(reverse("assessment:dashboard")).content.decode()
    assert "<svg" in page and unit_a.name in page and unit_b.name in page and "最终得分分布" in page
    response = login(filer_a).get(reverse("assessment:dashboard"))
    assert response.status_code == 302
    page = login(filer_a).get(response["Location"]).content.decode()
    assert unit_a.name in page and unit_b.name not in page
    assert login(filer_a).get(reverse("assessment:unit_dashboard", args=[unit_b.pk])).status_code == 404


def test_api_scoping(login, filer_b, reviewer, ranked, scheme, unit_a, unit_b):
    client = login(filer_b)
    sheets = client.get("/api/assessment/sheets").json()["items"]
    assert [sheet["organisation_name"] for sheet in sheets] == [unit_b.name]
    assert client.get(f"/api/assessment/sheets/{ranked[unit_a].pk}").status_code == 404
    detail = client.get(f"/api/assessment/sheets/{ranked[unit_b].pk}").json()
    assert detail["scores"] and all("computation" in score for score in detail["scores"])
    assert client.get("/api/assessment/schemes").json()["items"][0]["id"] == scheme.pk
    body = client.get(f"/api/assessment/schemes/{scheme.pk}").json()
    assert len(body["definition"]["areas"]) == 9


def test_the_flow_through_the_pages(login, filer_a, leader_a, reviewer, opened, unit_a):
    sheet = opened[unit_a]
    score = sheet.scores.get(item__number="5.1")
    response = login(filer_a).post(
        reverse("assessment:self_assess", args=[score.pk]),
        {"points": "5", "evidence_url": "https://www.deqing.gov.cn/report-2025"},
    )
    assert response.status_code == 302
    login(leader_a).post(reverse("assessment:transition", args=[sheet.pk, "submit"]), {"confirm": "1"})
    client = login(reviewer)
    client.post(reverse("assessment:judge", args=[score.pk]), {"passed": "yes", "reason": "已于2月公开"})
    client.post(
        reverse("assessment:deduct", args=[sheet.scores.get(item__number="6.2").pk]),
        {"points": "2", "reason": "败诉一件"},
    )
    client.post(reverse("assessment:transition", args=[sheet.pk, "finalise"]))
    sheet.refresh_from_db()
    score.refresh_from_db()
    assert sheet.status == "final" and score.self_points == 5 and score.final_points == 5
    page = client.get(reverse("assessment:detail", args=[sheet.pk])).content.decode()
    assert (
        "败诉一件" in page
        and "已于2月公开" in page
        and "没有指标" in page
        and "行政机关负责人出庭应诉率" in page
    )
    events = list(sheet.events.values_list("verb", flat=True))
    assert {"self_assess", "submit", "judge", "deduct", "compute", "finalise"} <= set(events)
