"""The litigation and mediation API: a unit works on its own records, another unit gets nothing."""

from __future__ import annotations

import datetime as dt

from django.db import connection
from django.test.utils import CaptureQueriesContext

from fazhi.disputes import litigation_actions as litigation
from fazhi.disputes import mediation_actions as mediation
from fazhi.disputes.models import (
    CourtHearing,
    CourtSuggestion,
    Lawsuit,
    LawsuitEvent,
    MediationCase,
    MonthlyMediationReport,
)

D = dt.date
JSON = "application/json"


def _post(client, url, payload):
    return client.post(url, payload, content_type=JSON)


def test_a_unit_runs_its_lawsuit_through_the_api(login, filer_a, unit_a):
    client = login(filer_a)
    created = _post(
        client,
        "/api/disputes/lawsuits",
        {
            "defendant_id": unit_a.pk,
            "court_case_number": "(2024)浙0521行初9号",
            "court": "德清县人民法院",
            "plaintiff": "某公司",
            "subject": "行政处罚",
            "served_on": "2024-03-01",
        },
    )
    assert created.status_code == 200, created.content
    lawsuit_id = created.json()["id"]
    hearing = _post(
        client,
        f"/api/disputes/lawsuits/{lawsuit_id}/hearings",
        {
            "notice_received_on": "2024-04-01",
            "held_on": "2024-04-10",
            "head_appeared": False,
            "appeared_name": "刘晓燕",
            "absence_reason": "duty",
            "absence_note": "参加防汛会议",
        },
    )
    assert hearing.status_code == 200 and hearing.json()["absence_reason_label"] == "需要本人履行职责的公务"
    refused = _post(
        client,
        f"/api/disputes/lawsuits/{lawsuit_id}/hearings",
        {
            "notice_received_on": "2024-04-01",
            "held_on": "2024-04-12",
            "head_appeared": False,
            "appeared_name": "刘",
        },
    )
    assert refused.status_code == 400 and "理由" in refused.json()["detail"]
    closed = _post(
        client, f"/api/disputes/lawsuits/{lawsuit_id}/close", {"outcome": "revoke", "closed_on": "2024-06-01"}
    )
    assert closed.json()["is_lost"] is True and "撤销" in closed.json()["outcome_label"]
    suggestion = _post(
        client,
        "/api/disputes/suggestions",
        {
            "addressee_id": unit_a.pk,
            "kind": "judicial",
            "issuer": "德清县人民法院",
            "received_on": "2024-06-03",
            "content": "规范执法程序",
            "lawsuit_id": lawsuit_id,
        },
    ).json()
    assert suggestion["reply_due_on"] == "2024-08-02" and suggestion["kind_label"].startswith("司法建议")
    reply = _post(
        client,
        f"/api/disputes/suggestions/{suggestion['id']}/reply",
        {"replied_on": "2024-07-01", "reply": "已采纳"},
    )
    assert reply.json()["replied_on"] == "2024-07-01"
    detail = client.get(f"/api/disputes/lawsuits/{lawsuit_id}").json()
    assert [h["head_appeared"] for h in detail["hearings"]] == [False]
    assert [s["reply"] for s in detail["suggestions"]] == ["已采纳"]


def test_another_unit_gets_nothing_and_changes_nothing(login, filer_a, filer_b, unit_a):
    lawsuit = litigation.register_lawsuit(
        filer_a,
        unit_a,
        court_case_number="(2024)浙0521行初1号",
        court="德清县人民法院",
        plaintiff="张三",
        subject="行政处罚",
        served_on=D(2024, 3, 1),
    )
    suggestion = litigation.receive_suggestion(
        filer_a, unit_a, kind="judicial", issuer="德清县人民法院", received_on=D(2024, 5, 6), content="整改"
    )
    body = mediation.register_organisation(filer_a, unit_a, name="消费纠纷调解委员会", kind="industry")
    mediation.record_case(
        filer_a,
        body,
        dispute_type="contract",
        source="application",
        parties="李四、某商店",
        summary="退货",
        received_on=D(2024, 3, 2),
    )
    events = LawsuitEvent.objects.count()
    client = login(filer_b)
    for url in (
        "/api/disputes/lawsuits",
        "/api/disputes/suggestions",
        "/api/disputes/mediation/organisations",
        "/api/disputes/mediation/cases",
        "/api/disputes/mediation/reports",
    ):
        response = client.get(url)
        assert response.status_code == 200 and response.json() == {"items": [], "count": 0}, url
    for url in (f"/api/disputes/lawsuits/{lawsuit.pk}", f"/api/disputes/mediation/organisations/{body.pk}"):
        assert client.get(url).status_code == 404
    forged = [
        (
            f"/api/disputes/lawsuits/{lawsuit.pk}/hearings",
            {
                "notice_received_on": "2024-04-01",
                "held_on": "2024-04-10",
                "head_appeared": True,
                "appeared_name": "x",
            },
        ),
        (f"/api/disputes/lawsuits/{lawsuit.pk}/close", {"outcome": "revoke", "closed_on": "2024-06-01"}),
        (f"/api/disputes/suggestions/{suggestion.pk}/reply", {"replied_on": "2024-07-01", "reply": "x"}),
        (
            "/api/disputes/lawsuits",
            {
                "defendant_id": unit_a.pk,
                "court_case_number": "x",
                "court": "x",
                "plaintiff": "x",
                "subject": "x",
                "served_on": "2024-03-01",
            },
        ),
        (
            "/api/disputes/suggestions",
            {
                "addressee_id": unit_a.pk,
                "kind": "judicial",
                "issuer": "x",
                "received_on": "2024-03-01",
                "content": "x",
            },
        ),
        (
            f"/api/disputes/mediation/organisations/{body.pk}/cases",
            {
                "dispute_type": "family",
                "source": "application",
                "parties": "x",
                "summary": "x",
                "received_on": "2024-03-01",
            },
        ),
        (
            f"/api/disputes/mediation/organisations/{body.pk}/reports",
            {"month": "2024-03-01", "disputes_mediated": 1, "disputes_settled": 1},
        ),
    ]
    for url, payload in forged:
        assert _post(client, url, payload).status_code == 404, url
    lawsuit.refresh_from_db()
    suggestion.refresh_from_db()
    assert lawsuit.outcome == "" and suggestion.replied_on is None
    assert (Lawsuit.objects.count(), CourtHearing.objects.count(), CourtSuggestion.objects.count()) == (
        1,
        0,
        1,
    )
    assert MediationCase.objects.count() == 1 and not MonthlyMediationReport.objects.exists()
    assert LawsuitEvent.objects.count() == events


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_mediation_through_the_api_with_flat_query_counts(login, filer_b, unit_b):
    body = mediation.register_organisation(filer_b, unit_b, name="某村人民调解委员会", kind="village")
    client = login(filer_b)
    case = {"dispute_type": "neighbour", "source": "application", "parties": "甲、乙", "summary": "宅基地"}
    first = _post(
        client,
        f"/api/disputes/mediation/organisations/{body.pk}/cases",
        {
            **case,
            "received_on": "2024-03-05",
            "outcome": "settled",
            "agreement_form": "written",
            "closed_on": "2024-03-08",
        },
    )
    assert first.status_code == 200 and first.json()["outcome_label"] == "调解成功"
    report = _post(
        client,
        f"/api/disputes/mediation/organisations/{body.pk}/reports",
        {"month": "2024-03-01", "disputes_mediated": 3, "disputes_settled": 4},
    )
    assert report.status_code == 400 and not MonthlyMediationReport.objects.exists()
    _post(
        client,
        f"/api/disputes/mediation/organisations/{body.pk}/reports",
        {"month": "2024-03-01", "disputes_mediated": 10, "disputes_settled": 9},
    )
    assert client.get("/api/disputes/mediation/reports").json()["items"][0]["disputes_settled"] == 9
    assert (
        client.get("/api/disputes/mediation/organisations").json()["items"][0]["kind_label"]
        == "村人民调解委员会"
    )
    counts = _queries(client, "/api/disputes/mediation/cases")
    for day in range(10, 30):
        _post(
            client,
            f"/api/disputes/mediation/organisations/{body.pk}/cases",
            {**case, "received_on": f"2024-03-{day}"},
        )
    assert client.get("/api/disputes/mediation/cases").json()["count"] == 21
    assert _queries(client, "/api/disputes/mediation/cases") == counts
