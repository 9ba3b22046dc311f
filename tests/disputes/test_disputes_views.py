"""The case list, the receipt form, the Word documents and the portal."""

from __future__ import annotations

import datetime as dt
import io

from django.db import connection
from django.test.utils import CaptureQueriesContext

from fazhi.disputes import actions
from fazhi.disputes.models import ReconsiderationCase

from .conftest import receive

D = dt.date


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_list_and_statistics_query_counts_do_not_grow_with_the_rows(login, reviewer, office, unit_a):
    client = login(reviewer)
    for _ in range(3):
        receive(reviewer, office, unit_a)
    client.get("/disputes/")  # the first request of a session loads what later ones reuse
    counts = (_queries(client, "/disputes/"), _queries(client, "/disputes/statistics/"))
    for _ in range(27):
        receive(reviewer, office, unit_a)
    assert (_queries(client, "/disputes/"), _queries(client, "/disputes/statistics/")) == counts


def test_a_unit_cannot_receive_an_application(login, filer_b, unit_a):
    response = login(filer_b).post(
        "/disputes/new/",
        {
            "respondent": unit_a.pk,
            "applicant_kind": "person",
            "applicant_name": "张三",
            "application_form": "written",
            "channel": "post",
            "act_kind": "penalty",
            "act_description": "处罚决定",
            "known_on": "2024-09-10",
            "received_on": "2024-09-30",
        },
    )
    assert response.status_code == 403
    assert not ReconsiderationCase.objects.exists()


def test_the_office_receives_and_a_bad_date_is_refused_in_chinese(login, reviewer, unit_a):
    data = {
        "respondent": unit_a.pk,
        "applicant_kind": "person",
        "applicant_name": "张三",
        "application_form": "oral",
        "channel": "in_person",
        "act_kind": "penalty",
        "act_description": "处罚决定",
        "known_on": "2024-10-01",
        "received_on": "2024-09-30",
        "notified_of_right": "on",
    }
    response = login(reviewer).post("/disputes/new/", data)
    assert "申请人不可能在知道该行政行为之前提出申请。" in response.content.decode()
    data["known_on"] = "2024-09-10"
    response = login(reviewer).post("/disputes/new/", data)
    case = ReconsiderationCase.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/disputes/{case.pk}/"
    assert case.acceptance_due_on == D(2024, 10, 12)


def test_word_documents_are_numbered_once(login, reviewer, office, unit_a):
    case = receive(reviewer, office, unit_a)
    client = login(reviewer)
    assert client.get(f"/disputes/{case.pk}/document/acceptance/").status_code == 404
    actions.accept(reviewer, case, decided_on=D(2024, 10, 8))
    first = client.get(f"/disputes/{case.pk}/document/acceptance/")
    second = client.get(f"/disputes/{case.pk}/document/acceptance/")
    assert first.status_code == 200
    assert first["Content-Disposition"] == second["Content-Disposition"]
    assert "%E3%80%942024%E3%80%951%E5%8F%B7" in first["Content-Disposition"]  # 〔2024〕1号


def test_the_portal_shows_published_decisions_without_the_applicant(client, reviewer, office, unit_a):
    published = receive(reviewer, office, unit_a, case_number="德复〔2024〕9号", applicant_name="赵六")
    actions.accept(reviewer, published, decided_on=D(2024, 10, 8))
    actions.close(
        reviewer, published, outcome="confirm_illegal", closed_on=D(2024, 11, 1), reasons="程序违法"
    )
    actions.publish(reviewer, published, published_on=D(2024, 11, 5), text="确认该处罚决定违法。")
    hidden = receive(reviewer, office, unit_a, case_number="德复〔2024〕10号")
    index = client.get("/portal/disputes/").content.decode()
    assert "德复〔2024〕9号" in index and "德复〔2024〕10号" not in index
    page = client.get(f"/portal/disputes/{published.pk}/").content.decode()
    assert "确认该处罚决定违法。" in page and "赵六" not in page
    assert client.get(f"/portal/disputes/{hidden.pk}/").status_code == 404


def test_api_holds_nothing_of_another_unit_and_changes_nothing(
    login, filer_b, reviewer, office, unit_a, snapshot
):
    case = receive(reviewer, office, unit_a, applicant_name="孙八")
    actions.accept(reviewer, case, decided_on=D(2024, 10, 8))
    client = login(filer_b)
    assert client.get("/api/disputes/cases").json()["items"] == []
    assert client.get(f"/api/disputes/cases/{case.pk}").status_code == 404
    before = snapshot(case)
    response = client.post(
        f"/api/disputes/cases/{case.pk}/close",
        {"outcome": "revoke", "closed_on": "2024-11-01", "reasons": "x"},
        content_type="application/json",
    )
    assert response.status_code == 404 and snapshot(case) == before
    assert client.get("/api/disputes/statistics").json()["total"] == 0
    assert client.get("/api/disputes/lawsuits").json()["items"] == []


def test_api_lets_the_office_close_and_counts_the_rates(login, reviewer, evaluator, office, unit_a):
    case = receive(reviewer, office, unit_a, applicant_name="孙八")
    actions.accept(reviewer, case, decided_on=D(2024, 10, 8))
    response = login(reviewer).post(
        f"/api/disputes/cases/{case.pk}/close",
        {"outcome": "uphold", "closed_on": "2024-11-01", "reasons": "事实清楚"},
        content_type="application/json",
    )
    assert response.status_code == 200 and response.json()["outcome"] == "uphold"
    client = login(evaluator)
    assert client.get("/api/disputes/cases").json()["items"] == []
    statistics = client.get("/api/disputes/statistics").json()
    assert statistics["direct_correction"] == {"numerator": 0, "denominator": 1, "percent": 0.0}
    assert "孙八" not in str(statistics)


def test_api_list_query_count_does_not_grow(login, reviewer, office, unit_a):
    client = login(reviewer)
    for _ in range(3):
        receive(reviewer, office, unit_a)
    client.get("/api/disputes/cases")
    counts = _queries(client, "/api/disputes/cases")
    for _ in range(27):
        receive(reviewer, office, unit_a)
    assert _queries(client, "/api/disputes/cases") == counts


def test_opinion_letters_are_the_addressees_and_reported_once(
    login, reviewer, filer_a, filer_b, office, unit_a
):
    case = receive(reviewer, office, unit_a)
    actions.accept(reviewer, case, decided_on=D(2024, 10, 8))
    letter = actions.issue_opinion(
        reviewer,
        office=office,
        addressee=unit_a,
        case=case,
        issued_on=D(2024, 11, 1),
        problems="未告知申请复议的权利",
        recommendations="规范文书告知内容",
    )
    assert letter.report_due_on == D(2024, 12, 31)
    other = login(filer_b)
    assert "2024-11-01" not in other.get("/disputes/opinion-letters/").content.decode()
    forged = {"reported_on": "2024-12-01", "summary": "已整改"}
    assert other.post(f"/disputes/opinion-letters/{letter.pk}/report/", forged).status_code == 404
    letter.refresh_from_db()
    assert letter.reported_on is None
    own = login(filer_a)
    assert "2024-11-01" in own.get("/disputes/opinion-letters/").content.decode()
    assert own.post(f"/disputes/opinion-letters/{letter.pk}/report/", forged).status_code == 302
    letter.refresh_from_db()
    assert (letter.reported_on, letter.report_summary) == (D(2024, 12, 1), "已整改")
    page = own.post(f"/disputes/opinion-letters/{letter.pk}/report/", forged).content.decode()
    assert "纠正情况已经报送。" in page


def _book(rows):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(
        [
            "案件编号",
            "被申请人",
            "申请人",
            "申请",
            "申请渠道",
            "行政行为类型",
            "被申请复议的行政行为",
            "申请人知道该行政行为的日期",
            "收到日期",
        ]
    )
    for row in rows:
        sheet.append(row)
    data = io.BytesIO()
    book.save(data)
    data.seek(0)
    data.name = "案件.xlsx"
    return data


def test_case_import_with_row_errors_imports_nothing(login, reviewer, filer_a, unit_a, elsewhere):
    good = [
        "德政复〔2024〕3号",
        unit_a.name,
        "张三",
        "书面",
        "邮寄",
        "行政处罚",
        "处罚决定",
        "2024-09-10",
        "2024-09-30",
    ]
    outside = [
        "德政复〔2024〕4号",
        elsewhere.name,
        "李四",
        "书面",
        "邮寄",
        "行政处罚",
        "处罚决定",
        "2024-09-10",
        "2024-09-30",
    ]
    backwards = [
        "德政复〔2024〕5号",
        unit_a.name,
        "王五",
        "书面",
        "邮寄",
        "行政处罚",
        "处罚决定",
        "2024-10-10",
        "2024-09-30",
    ]
    client = login(reviewer)
    page = client.post("/disputes/import/", {"file": _book([good, outside, backwards])}).content.decode()
    assert elsewhere.name in page and "申请人不可能在知道该行政行为之前提出申请。" in page
    assert not ReconsiderationCase.objects.exists()
    assert client.post("/disputes/import/", {"file": _book([good])}).status_code == 302
    assert ReconsiderationCase.objects.get().acceptance_due_on == D(2024, 10, 12)
    assert login(filer_a).post("/disputes/import/", {"file": _book([good])}).status_code == 403
