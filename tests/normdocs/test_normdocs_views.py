"""The pages and endpoints working for the people they are for, in Chinese."""

from __future__ import annotations

import datetime as dt
import io
import json

from openpyxl import Workbook

from fazhi.normdocs import actions
from fazhi.normdocs.models import ChecklistItem, DocumentStatus, IssuerListing, NormativeDocument

from .conftest import draft_of, issued_of, official_text


def test_filer_drafts_and_submits_through_the_pages(listed, filer_a, unit_a, login):
    client = login(filer_a)
    response = client.post(
        "/normdocs/new/",
        {
            "organisation": unit_a.pk,
            "title": "关于规范户外广告设置的通知",
            "comment_from": "2025-03-03",
            "comment_until": "2025-03-14",
        },
    )
    document = NormativeDocument.objects.get(title="关于规范户外广告设置的通知")
    assert response.status_code == 302
    page = client.get(f"/normdocs/{document.pk}/").content.decode()
    assert "报送合法性审核" in page and "变更历史" in page
    client.post(f"/normdocs/{document.pk}/submit/")
    document.refresh_from_db()
    assert document.status == DocumentStatus.IN_REVIEW


def test_empty_and_too_long_input_read_in_chinese(listed, filer_a, unit_a, login):
    client = login(filer_a)
    page = client.post("/normdocs/new/", {"organisation": unit_a.pk, "title": ""}).content.decode()
    # The wording of Django's "required" message is shared by every app's catalogue; the error sits on the title.
    assert 'id="id_title_error"' in page and not NormativeDocument.objects.exists()
    page = client.post("/normdocs/new/", {"organisation": unit_a.pk, "title": "长" * 201}).content.decode()
    assert "200" in page and not NormativeDocument.objects.exists()
    page = client.post("/normdocs/new/", {"organisation": "abc", "title": "x"}).content.decode()
    assert "选择一个有效的选项" in page


def test_submit_refusal_shows_the_reason(listed, filer_a, unit_a, login):
    document = draft_of(filer_a, unit_a, comment_from=None, comment_until=None)
    response = login(filer_a).post(f"/normdocs/{document.pk}/submit/", follow=True)
    assert "报送审核前请填写公开征求意见的起止日期。" in response.content.decode()


def test_office_reviews_with_the_checklist_page(listed, filer_a, reviewer, unit_a, login):
    document = draft_of(filer_a, unit_a)
    actions.submit_for_review(filer_a, document)
    client = login(reviewer)
    page = client.get(f"/normdocs/{document.pk}/review/").content.decode()
    assert "设定行政许可" in page and "公开征求意见不少于7个工作日" in page
    data = {"outcome": "passed", **{f"item_{item.pk}": "1" for item in actions.checklist("330521")}}
    data[f"item_{ChecklistItem.objects.filter(text='设定行政许可').get().pk}"] = "0"
    page = client.post(f"/normdocs/{document.pk}/review/", data).content.decode()
    assert "以下审核要点未通过，不能审核通过：设定行政许可" in page
    data["outcome"] = "returned"
    data["opinions"] = "第五条设定行政许可，请删除。"
    assert client.post(f"/normdocs/{document.pk}/review/", data).status_code == 302
    document.refresh_from_db()
    assert document.status == DocumentStatus.RETURNED
    # A unit may not review.
    assert login(filer_a).get(f"/normdocs/{document.pk}/review/").status_code == 403


def test_office_edits_the_checklist(reviewer, login):
    client = login(reviewer)
    page = client.get("/normdocs/checklist/").content.decode()
    assert page.count("<li") >= 22
    client.post("/normdocs/checklist/", {"kind": "prohibited", "text": "违法设定证明事项"})
    item = ChecklistItem.objects.get(text="违法设定证明事项")
    client.post("/normdocs/checklist/", {"toggle": item.pk})
    item.refresh_from_db()
    assert not item.is_active


def test_office_keeps_the_issuer_lists(reviewer, unit_b, login):
    client = login(reviewer)
    client.post(
        "/normdocs/issuers/",
        {"organisation": unit_b.pk, "listing": "negative", "listed_on": "2025-01-01", "basis": "内设机构"},
    )
    assert IssuerListing.objects.get(organisation=unit_b).listing == "negative"
    page = client.get("/normdocs/issuers/").content.decode()
    assert "负面清单 (1)" in page


def _workbook(rows):
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    buffer.name = "lists.xlsx"
    return buffer


def test_import_issuer_lists_with_row_errors(reviewer, unit_a, unit_b, login):
    client = login(reviewer)
    header = ["单位", "清单", "列入日期", "依据"]
    bad = _workbook(
        [
            header,
            [unit_a.name, "正面清单", "2025-01-01", ""],
            [unit_b.name, "白名单", "2025-13-01", ""],
            ["不存在的局", "负面清单", "2025-01-01", ""],
        ]
    )
    page = client.post("/normdocs/import/issuers/", {"file": bad}).content.decode()
    assert "未导入任何数据" in page
    assert "不是以下之一" in page or "白名单" in page
    assert "没有名为不存在的局且您有权操作的单位。" in page
    assert not IssuerListing.objects.exists()
    good = _workbook(
        [
            header,
            [unit_a.name, "正面清单", "2025-01-01", ""],
            [unit_b.name, "负面清单", "2025-01-01", "内设机构"],
        ]
    )
    assert client.post("/normdocs/import/issuers/", {"file": good}).status_code == 302
    assert IssuerListing.objects.count() == 2


def test_office_runs_a_cleanup_through_the_pages(listed, filer_a, reviewer, unit_a, office, login):
    document = issued_of(filer_a, reviewer, unit_a)
    client = login(reviewer)
    client.post(
        "/normdocs/cleanups/", {"organisation": office.pk, "title": "2025年清理", "started_on": "2025-09-01"}
    )
    campaign = office.normdoc_cleanups.get()
    client.post(
        f"/normdocs/cleanups/{campaign.pk}/",
        {"document": document.pk, "outcome": "abolish", "reason": "上位法废止", "decided_on": "2025-10-01"},
    )
    document.refresh_from_db()
    assert document.status == DocumentStatus.ABOLISHED
    assert "已废止" in client.get("/portal/normdocs/").content.decode()
    detail = client.get(f"/portal/normdocs/{document.pk}/").content.decode()
    assert "2025年清理" in detail and "已废止（2025-10-01）" in detail


def test_api_walks_a_document(listed, filer_a, reviewer, unit_a, login):
    client = login(filer_a)
    body = client.post(
        "/api/normdocs",
        data=json.dumps(
            {
                "organisation_id": unit_a.pk,
                "title": "API 试行办法",
                "comment_from": "2025-03-03",
                "comment_until": "2025-03-14",
            }
        ),
        content_type="application/json",
    ).json()
    document_id = body["id"]
    assert client.post(f"/api/normdocs/{document_id}/submit").json()["status"] == "in_review"
    actions.install_default_checklist(reviewer, "330521")
    answers = {str(item.pk): True for item in actions.checklist("330521")}
    office = login(reviewer)
    refused = office.post(
        f"/api/normdocs/{document_id}/review",
        data=json.dumps({"outcome": "returned", "answers": answers}),
        content_type="application/json",
    )
    assert refused.status_code == 400 and refused.json()["detail"] == "退回修改时请填写审核意见。"
    office.post(
        f"/api/normdocs/{document_id}/review",
        data=json.dumps({"outcome": "passed", "answers": answers}),
        content_type="application/json",
    )
    client = login(filer_a)
    # The text is attached on the document's page (the API carries no files); issuing needs it.
    actions.attach_official_text(filer_a, NormativeDocument.objects.get(pk=document_id), official_text())
    today = dt.date.today().isoformat()
    issued = client.post(
        f"/api/normdocs/{document_id}/issue",
        data=json.dumps({"document_number": "德市监〔2025〕8号", "issued_on": today}),
        content_type="application/json",
    ).json()
    assert issued["status"] == "in_force"
    filing = client.post(
        f"/api/normdocs/{document_id}/file",
        data=json.dumps({"filed_on": today}),
        content_type="application/json",
    ).json()
    assert filing["status"] == "filed"
    office = login(reviewer)
    assert office.get("/api/normdocs/filings").json()["count"] == 1
    decided = office.post(
        f"/api/normdocs/{document_id}/filing/decide",
        data=json.dumps({"accept": True}),
        content_type="application/json",
    ).json()
    assert decided["status"] == "accepted"


def test_portal_needs_no_login(listed, filer_a, reviewer, unit_a, client):
    document = issued_of(filer_a, reviewer, unit_a)
    page = client.get("/portal/normdocs/").content.decode()
    assert document.document_number in page and "现行有效" in page
    assert client.get(f"/portal/normdocs/{document.pk}/").status_code == 200


def test_filings_page_lists_issued_documents_not_yet_filed(listed, filer_a, reviewer, unit_a, filer_b, login):
    overdue = issued_of(
        filer_a,
        reviewer,
        unit_a,
        title="逾期未报备的文件",
        number="甲〔2025〕1号",
        issued_on=dt.date(2025, 4, 1),
    )
    filed = issued_of(
        filer_a, reviewer, unit_a, title="已报备的文件", number="甲〔2025〕2号", issued_on=dt.date(2025, 4, 2)
    )
    actions.file_document(filer_a, filed, filed_on=dt.date(2025, 4, 10), today=dt.date(2025, 4, 10))
    page = login(reviewer).get("/normdocs/filings/").content.decode()
    row = page.split("逾期未报备的文件", 1)[1].split("</tr>", 1)[0]
    assert "2025-05-06" in row and "已逾期" in row  # 1 May falls in the Labour Day holiday (1–5 May)
    waiting = page.split("已印发未报备的文件", 1)[1].split("</table>", 1)[0]
    assert "逾期未报备的文件" in waiting and "已报备的文件" not in waiting
    assert overdue.title not in login(filer_b).get("/normdocs/filings/").content.decode()


def test_the_pager_keeps_the_filter(listed, filer_a, unit_a, login):
    for n in range(51):
        draft_of(filer_a, unit_a, title=f"草案{n}")
    page = login(filer_a).get("/normdocs/?status=draft&q=草案").content.decode()
    assert "?status=draft&amp;q=%E8%8D%89%E6%A1%88&amp;page=2" in page
