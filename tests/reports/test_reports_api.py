"""The own report through the API: the office drafts and edits, evaluators and leaders read."""

import json

import pytest

from fazhi.core.providers import Period
from fazhi.indicators.actions import record_value
from fazhi.reports import actions
from fazhi.reports.models import DraftEdit, ReportDraft
from tests.conftest import make_user, member, organisation

REGION = "330521"


@pytest.fixture
def draft(reviewer, government):
    record_value(
        reviewer, government, "disputes.litigation_losses", Period.year(2025), 2, "manual", unit="件"
    )
    record_value(
        reviewer, government, "disputes.litigation_losses", Period.year(2024), 3, "manual", unit="件"
    )
    return actions.create_draft(reviewer, region_code=REGION, year=2025)


def _put(client, url, text):
    return client.put(url, content_type="application/json", data=json.dumps({"text": text}))


def test_the_office_reads_a_draft_with_its_sentences_figures_and_notes(login, reviewer, draft):
    client = login(reviewer)
    listed = client.get("/api/reports/drafts?year=2025").json()["items"]
    assert [row["id"] for row in listed] == [draft.pk] and listed[0]["clean"] is True
    body = client.get(f"/api/reports/drafts/{draft.pk}").json()
    assert [p["part"] for p in body["parts"]] == [
        "results",
        "shortcomings",
        "first_responsible",
        "next_plan",
        "other",
    ]
    results = body["parts"][0]
    assert "行政诉讼败诉案件从3件减至2件。" in results["sentences"]
    (figure,) = body["figures"]
    assert figure["code"] == "disputes.litigation_losses" and figure["name"] == "行政诉讼败诉案件数"
    assert float(figure["value"]) == 2 and float(figure["previous"]) == 3 and figure["value_ids"]
    assert {"part": "results", "code": "disputes.litigation_win_rate", "name": "行政诉讼胜诉率"} in body[
        "omitted"
    ]
    assert body["placeholders"] > 0


def test_the_office_edits_through_the_api_and_the_history_and_read_back_follow(login, reviewer, draft):
    client = login(reviewer)
    url = f"/api/reports/drafts/{draft.pk}/parts/other"
    response = _put(client, url, "本年度无其他需要报告的事项。")
    assert response.status_code == 200
    assert response.json()["parts"][4]["text"] == "本年度无其他需要报告的事项。"
    response = _put(client, url, "本年度另有3件事项需要报告。")
    assert response.json()["clean"] is False
    edits = client.get(f"/api/reports/drafts/{draft.pk}/edits").json()
    assert [e["after"] for e in edits] == ["本年度无其他需要报告的事项。", "本年度另有3件事项需要报告。"]
    assert edits[1]["before"] == edits[0]["after"] and edits[0]["edited_by"] == "陈思远"
    readback = client.get(f"/api/reports/drafts/{draft.pk}/readback").json()
    assert readback["clean"] is False and readback["kind"] == "annual_report" and readback["problems"]
    refused = client.get(f"/api/reports/drafts/{draft.pk}/word")
    assert refused.status_code == 400 and "回读未通过" in refused.json()["detail"]
    _put(client, url, "无其他需要报告的情况。")
    exported = client.get(f"/api/reports/drafts/{draft.pk}/word")
    assert exported.status_code == 200 and exported.content[:2] == b"PK"
    assert "attachment" in exported["Content-Disposition"]


def test_evaluators_read_but_may_not_draft_or_edit(login, evaluator, draft):
    client = login(evaluator)
    assert [row["id"] for row in client.get("/api/reports/drafts").json()["items"]] == [draft.pk]
    assert client.get(f"/api/reports/drafts/{draft.pk}").status_code == 200
    assert client.get(f"/api/reports/drafts/{draft.pk}/readback").status_code == 200
    assert client.get(f"/api/reports/drafts/{draft.pk}/word").status_code == 200
    refused = _put(client, f"/api/reports/drafts/{draft.pk}/parts/other", "改。")
    assert refused.status_code == 403 and "依法治" in refused.json()["detail"]
    refused = client.post(
        "/api/reports/drafts",
        content_type="application/json",
        data=json.dumps({"region_code": REGION, "year": 2025}),
    )
    assert refused.status_code == 403
    assert not DraftEdit.objects.exists() and ReportDraft.objects.count() == 1


def test_units_and_other_regions_see_nothing(login, filer_a, draft):
    elsewhere = organisation(
        name="安吉县司法局", kind="department", region_code="330523", is_rule_of_law_office=True
    )
    outside_reviewer = member(make_user("reviewer_aj", "吴晓"), elsewhere, "office_reviewer")
    for user in (filer_a, outside_reviewer):
        client = login(user)
        assert client.get("/api/reports/drafts").json()["items"] == []
        assert client.get(f"/api/reports/drafts/{draft.pk}").status_code == 404
        assert client.get(f"/api/reports/drafts/{draft.pk}/edits").status_code == 404
        assert client.get(f"/api/reports/drafts/{draft.pk}/readback").status_code == 404
        assert client.get(f"/api/reports/drafts/{draft.pk}/word").status_code == 404
        forged = client.post(
            "/api/reports/drafts",
            content_type="application/json",
            data=json.dumps({"region_code": REGION, "year": 2025}),
        )
        assert forged.status_code in (403, 404)
        assert _put(client, f"/api/reports/drafts/{draft.pk}/parts/other", "改。").status_code == 404
    assert not DraftEdit.objects.exists() and ReportDraft.objects.count() == 1


def test_the_office_drafts_through_the_api_and_bad_input_is_refused(login, reviewer, government):
    client = login(reviewer)
    response = client.post(
        "/api/reports/drafts",
        content_type="application/json",
        data=json.dumps({"region_code": REGION, "year": 2025}),
    )
    assert response.status_code == 201 and response.json()["version"] == 1
    response = client.post(
        "/api/reports/drafts",
        content_type="application/json",
        data=json.dumps({"region_code": REGION, "year": 1900}),
    )
    assert response.status_code == 400 and "1900" in response.json()["detail"]
    draft_id = ReportDraft.objects.get().pk
    assert _put(client, f"/api/reports/drafts/{draft_id}/parts/other", "  ").status_code == 400
    assert _put(client, f"/api/reports/drafts/{draft_id}/parts/nothing", "改。").status_code == 404


def test_the_list_takes_a_flat_number_of_queries(login, reviewer, government, django_assert_max_num_queries):
    for _ in range(3):
        actions.create_draft(reviewer, region_code=REGION, year=2025)
    client = login(reviewer)
    with django_assert_max_num_queries(12):
        assert len(client.get("/api/reports/drafts").json()["items"]) == 3
