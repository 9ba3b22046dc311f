"""Litigation and mediation pages: another unit gets nothing, imports report row errors."""

from __future__ import annotations

import datetime as dt
import io

from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import Workbook, load_workbook

from fazhi.disputes import litigation_actions as litigation
from fazhi.disputes import mediation_actions as mediation
from fazhi.disputes.models import CourtHearing, Lawsuit, LawsuitEvent, MonthlyMediationReport

D = dt.date


def _sheet_rows(response) -> int:
    return load_workbook(io.BytesIO(response.content)).active.max_row


def _lawsuit(actor, unit, number="(2024)浙0521行初1号"):
    return litigation.register_lawsuit(
        actor,
        unit,
        court_case_number=number,
        court="德清县人民法院",
        plaintiff="钱七",
        subject="行政处罚",
        served_on=D(2024, 3, 1),
    )


def test_lawsuit_pages_hold_nothing_of_another_unit(login, filer_a, filer_b, unit_a, snapshot):
    lawsuit = _lawsuit(filer_a, unit_a)
    suggestion = litigation.receive_suggestion(
        filer_a,
        unit_a,
        kind="judicial",
        issuer="德清县人民法院",
        received_on=D(2024, 5, 6),
        content="规范程序",
    )
    client = login(filer_b)
    for url in ("/disputes/lawsuits/", "/disputes/lawsuits/statistics/"):
        page = client.get(url).content.decode()
        assert "钱七" not in page and "德清县市场监督管理局" not in page
    assert _sheet_rows(client.get("/disputes/lawsuits/export/")) == 1  # the header only
    before, events = snapshot(lawsuit), LawsuitEvent.objects.count()
    assert client.get(f"/disputes/lawsuits/{lawsuit.pk}/").status_code == 404
    forged = {
        "notice_received_on": "2024-04-01",
        "held_on": "2024-04-10",
        "head_appeared": "on",
        "appeared_name": "x",
    }
    assert client.post(f"/disputes/lawsuits/{lawsuit.pk}/step/hearing/", forged).status_code == 404
    assert (
        client.post(
            f"/disputes/suggestions/{suggestion.pk}/reply/", {"replied_on": "2024-06-01", "reply": "x"}
        ).status_code
        == 404
    )
    assert snapshot(lawsuit) == before and LawsuitEvent.objects.count() == events
    assert not CourtHearing.objects.exists()


def test_a_unit_records_its_lawsuit_through_the_pages(login, filer_a, unit_a):
    client = login(filer_a)
    response = client.post(
        "/disputes/lawsuits/new/",
        {
            "defendant": unit_a.pk,
            "court_case_number": "(2024)浙0521行初8号",
            "court": "德清县人民法院",
            "court_instance": "first",
            "plaintiff": "钱七",
            "subject": "处罚",
            "served_on": "2024-03-01",
        },
    )
    lawsuit = Lawsuit.objects.get()
    assert response.status_code == 302
    response = client.post(
        f"/disputes/lawsuits/{lawsuit.pk}/step/hearing/",
        {"notice_received_on": "2024-04-01", "held_on": "2024-04-10", "appeared_name": "刘晓燕"},
    )
    assert "负责人未出庭的，请选择理由并作出说明。" in response.content.decode()
    assert not CourtHearing.objects.exists()


def test_list_query_counts_do_not_grow(login, filer_a, unit_a):
    client = login(filer_a)
    for number in range(3):
        _lawsuit(filer_a, unit_a, f"(2024)浙0521行初{number}号")
        mediation.register_organisation(filer_a, unit_a, name=f"调解室{number}", kind="industry")
    client.get("/disputes/lawsuits/")

    def count(url):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    before = (count("/disputes/lawsuits/"), count("/disputes/mediation/"))
    for number in range(3, 30):
        _lawsuit(filer_a, unit_a, f"(2024)浙0521行初{number}号")
        mediation.register_organisation(filer_a, unit_a, name=f"调解室{number}", kind="industry")
    assert (count("/disputes/lawsuits/"), count("/disputes/mediation/")) == before


def _workbook(rows) -> io.BytesIO:
    book = Workbook()
    sheet = book.active
    sheet.append(["调解组织", "月份", "调处纠纷数", "调解成功数", "书面协议数", "口头协议数", "司法确认数"])
    for row in rows:
        sheet.append(row)
    data = io.BytesIO()
    book.save(data)
    data.seek(0)
    data.name = "月报.xlsx"
    return data


def test_import_with_row_errors_imports_nothing(login, filer_b, unit_b, unit_a, filer_a):
    mediation.register_organisation(filer_b, unit_b, name="某村人民调解委员会", kind="village")
    mediation.register_organisation(filer_a, unit_a, name="消费纠纷调解委员会", kind="industry")
    client = login(filer_b)
    rows = [
        ["某村人民调解委员会", "2024-03-01", 10, 9, 5, 4, 1],
        ["消费纠纷调解委员会", "2024-03-01", 3, 3, 3, 0, 0],  # another unit's
        ["某村人民调解委员会", "2024-04-01", 3, 4, 0, 0, 0],  # settled > mediated
    ]
    page = client.post("/disputes/mediation/import/", {"file": _workbook(rows)}).content.decode()
    assert "消费纠纷调解委员会" in page and "调解成功的纠纷数多于调处的纠纷数" in page
    assert not MonthlyMediationReport.objects.exists()
    client.post("/disputes/mediation/import/", {"file": _workbook(rows[:1])})
    assert MonthlyMediationReport.objects.get().disputes_settled == 9


def test_mediation_pages_hold_nothing_of_another_unit(login, filer_a, filer_b, unit_a, snapshot):
    body = mediation.register_organisation(filer_a, unit_a, name="消费纠纷调解委员会", kind="industry")
    client = login(filer_b)
    assert "消费纠纷调解委员会" not in client.get("/disputes/mediation/").content.decode()
    assert _sheet_rows(client.get("/disputes/mediation/export/")) == 1
    before = snapshot(body)
    forged = {
        "dispute_type": "family",
        "source": "application",
        "parties": "甲",
        "summary": "x",
        "received_on": "2024-03-01",
    }
    assert client.post(f"/disputes/mediation/{body.pk}/", forged).status_code == 404
    assert not body.cases.exists() and snapshot(body) == before
    response = client.post(
        "/disputes/mediation/new/", {"organisation": unit_a.pk, "name": "伪造", "kind": "other"}
    )
    assert (
        response.status_code == 200
        and not body.organisation.mediation_organisations.filter(name="伪造").exists()
    )


def test_mediation_steps_through_the_pages_and_not_for_another_unit(
    login, filer_a, filer_b, unit_b, snapshot
):
    body = mediation.register_organisation(filer_b, unit_b, name="某村人民调解委员会", kind="village")
    case = mediation.record_case(
        filer_b,
        body,
        dispute_type="neighbour",
        source="court",
        parties="甲、乙",
        summary="排水纠纷",
        received_on=D(2024, 3, 1),
    )
    closing = {"outcome": "settled", "closed_on": "2024-03-10", "agreement_form": "written"}
    stranger = login(filer_a)
    before = snapshot(case)
    assert stranger.post(f"/disputes/mediation/cases/{case.pk}/close/", closing).status_code == 404
    assert stranger.post(f"/disputes/mediation/{body.pk}/mediators/new/", {"name": "某"}).status_code == 404
    assert snapshot(case) == before and not body.mediators.exists()
    own = login(filer_b)
    assert own.post(f"/disputes/mediation/cases/{case.pk}/close/", closing).status_code == 302
    confirm = {"applied_on": "2024-04-20", "confirmed": "on"}
    page = own.post(f"/disputes/mediation/cases/{case.pk}/confirm/", confirm).content.decode()
    assert "应当自调解协议生效之日起三十日内申请司法确认。" in page
    confirm["applied_on"] = "2024-03-20"
    assert own.post(f"/disputes/mediation/cases/{case.pk}/confirm/", confirm).status_code == 302
    assert own.post(f"/disputes/mediation/{body.pk}/mediators/new/", {"name": "沈调解"}).status_code == 302
    case.refresh_from_db()
    assert case.is_judicially_confirmed and body.mediators.get().name == "沈调解"
