"""The enforcement pages: a body sees only its own officers and cases; B gets 404 on A's records and
changes nothing; the office's pages refuse a unit; list pages run a fixed number of queries."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import Workbook

from fazhi.enforcement import actions_cases
from fazhi.enforcement import actions_supervision as supervision
from fazhi.enforcement.models import Case, EnforcementEvent, Officer, Publicity, SupervisionLetter

from .conftest import FILED, close_case, open_case


def test_lists_hold_nothing_of_a(login, filer_b, case_a, case_b, officers_a, reviewer, office):
    supervision.issue_letter(reviewer, office, case_a.body, kind="opinion", subject="甲局超期", text="请纠正")
    client = login(filer_b)
    for name in ("index", "officers", "cases", "campaigns", "letters"):
        response = client.get(reverse(f"enforcement:{name}"))
        assert response.status_code == 200
        text = response.content.decode()
        assert case_a.number not in text and "张明" not in text and "甲局超期" not in text, name
    assert case_b.number in client.get(reverse("enforcement:cases")).content.decode()
    for name in ("officers_export", "cases_export"):
        text = b"".join(client.get(reverse(f"enforcement:{name}")).streaming_content).decode()
        assert case_a.number not in text and "张明" not in text
    assert "武执罚" in b"".join(client.get(reverse("enforcement:cases_export")).streaming_content).decode()


def test_b_gets_404_on_a_records_and_nothing_changes(
    login, filer_a, filer_b, snapshot, case_a, officers_a, reviewer, office
):
    actions_cases.advance(filer_a, case_a, stage="investigated", on=FILED)
    letter = supervision.issue_letter(reviewer, office, case_a.body, kind="opinion", subject="甲", text="乙")
    client = login(filer_b)
    before = (snapshot(case_a), snapshot(officers_a[0]), EnforcementEvent.objects.count())
    gets = [
        ("body", case_a.body_id),
        ("officer", officers_a[0].pk),
        ("case", case_a.pk),
        ("letter_docx", letter.pk),
    ]
    posts = [
        ("officer_create", case_a.body_id, {"name": "冒名", "staff_number": "9"}),
        (
            "case_create",
            case_a.body_id,
            {
                "number": "X",
                "case_type": "penalty",
                "title": "t",
                "party_name": "p",
                "filed_on": "2026-03-02",
            },
        ),
        ("training_create", officers_a[0].pk, {"held_on": "2026-03-02", "subject": "s", "hours": "8"}),
        ("case_advance", case_a.pk, {"on": "2026-03-03"}),
        (
            "case_review",
            case_a.pk,
            {
                "situation": "complex",
                "reviewer": officers_a[0].pk,
                "reviewed_on": "2026-03-03",
                "passed": "on",
                "opinion": "o",
            },
        ),
        (
            "case_record",
            case_a.pk,
            {"stage": "filed", "kind": "document", "title": "t", "content_hash": "ab" * 32},
        ),
        ("case_publish", case_a.pk, {"published_on": "2026-03-03", "summary": "s"}),
        ("letter_reply", letter.pk, {"reply": "冒名回复"}),
    ]
    for name, pk in gets:
        assert client.get(reverse(f"enforcement:{name}", args=[pk])).status_code == 404, name
    for name, pk, data in posts:
        assert client.post(reverse(f"enforcement:{name}", args=[pk]), data).status_code == 404, name
    assert (snapshot(case_a), snapshot(officers_a[0]), EnforcementEvent.objects.count()) == before
    assert not SupervisionLetter.objects.filter(replied_on__isnull=False).exists()


def test_the_office_pages_refuse_a_unit(login, filer_a, case_a, officers_a):
    client = login(filer_a)
    certificate = officers_a[0].certificates.get()
    for name, args in [
        ("body_create", []),
        ("verify", []),
        ("campaign_create", []),
        ("letter_create", []),
        ("complaint_create", []),
        ("certificate_create", [officers_a[0].pk]),
        ("certificate_review", [certificate.pk]),
        ("certificate_change", [certificate.pk]),
    ]:
        assert client.post(reverse(f"enforcement:{name}", args=args), {}).status_code in (403, 404), name
    assert client.get(reverse("enforcement:complaints")).content.decode().count("<tr>") <= 2


def test_a_unit_walks_its_case_through_the_pages(login, filer_a, case_a, officers_a):
    client = login(filer_a)
    for _stage in ("investigated", "reviewed"):
        response = client.post(reverse("enforcement:case_advance", args=[case_a.pk]), {"on": "2026-03-04"})
        assert response.status_code == 302
    response = client.post(
        reverse("enforcement:case_advance", args=[case_a.pk]), {"on": "2026-03-06", "fine_amount": "5000"}
    )
    assert response.status_code == 302
    case = Case.objects.get(pk=case_a.pk)
    assert (case.stage, case.fine_amount) == ("decided", 5000)
    response = client.post(
        reverse("enforcement:case_publish", args=[case.pk]), {"published_on": "2026-03-09", "summary": "罚款"}
    )
    assert response.status_code == 302
    assert Publicity.objects.get(case=case).published_on == dt.date(2026, 3, 9)
    page = client.get(reverse("enforcement:case", args=[case.pk])).content.decode()
    assert "2026-03-17" in page  # publish by: 7 working days after 03-06


def test_a_refusal_reads_in_chinese_beside_its_field(login, filer_a, body_a, officers_a):
    client = login(filer_a)
    response = client.post(
        reverse("enforcement:case_create", args=[body_a.pk]),
        {
            "number": "X1",
            "case_type": "penalty",
            "title": "t",
            "party_name": "p",
            "filed_on": "2026-03-02",
            "officers": [officers_a[1].pk, officers_a[2].pk],
        },
    )
    assert response.status_code == 200
    assert "执法证" in response.content.decode()
    assert not Case.objects.exists()


def _workbook(header, *rows) -> io.BytesIO:
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    buffer.name = "import.xlsx"
    return buffer


def test_import_officers_with_row_errors_saves_nothing(login, filer_a, body_a, body_b):
    client = login(filer_a)
    bad = _workbook(
        ["执法主体", "姓名", "工号"],
        [body_a.name, "孙丽", "0101"],
        [body_b.name, "冒名", "0102"],
        [body_a.name, "", "0103"],
    )
    response = client.post(reverse("enforcement:officers_import"), {"file": bad})
    assert response.status_code == 200
    text = response.content.decode()
    assert "第" in text or "3" in text
    assert not Officer.objects.exists()
    good = _workbook(["执法主体", "姓名", "工号"], [body_a.name, "孙丽", "0101"])
    assert client.post(reverse("enforcement:officers_import"), {"file": good}).status_code == 302
    assert Officer.objects.get().name == "孙丽"


def test_import_cases_walks_their_stages_and_refuses_one_certified_officer(
    login, filer_a, body_a, officers_a
):
    client = login(filer_a)
    header = [
        "执法主体",
        "案件编号",
        "案件类型",
        "案由",
        "当事人",
        "执法人员工号",
        "立案日期",
        "调查取证日期",
        "审核日期",
        "决定日期",
        "罚款（元）",
    ]
    good = [
        body_a.name,
        "I-1",
        "行政处罚",
        "无证经营",
        "某公司",
        "0001、0002",
        "2026-03-02",
        "2026-03-03",
        "2026-03-04",
        "2026-03-05",
        3000,
    ]
    bad = [body_a.name, "I-2", "行政处罚", "无证经营", "某公司", "0002、0003", "2026-03-02", "", "", "", ""]
    response = client.post(reverse("enforcement:cases_import"), {"file": _workbook(header, good, bad)})
    assert response.status_code == 200 and not Case.objects.exists()
    assert (
        client.post(reverse("enforcement:cases_import"), {"file": _workbook(header, good)}).status_code == 302
    )
    case = Case.objects.get()
    assert (case.stage, case.decided_on, case.fine_amount) == ("decided", dt.date(2026, 3, 5), 3000)


def _count(client, url) -> int:
    client.get(url)  # the first request of a login loads its session and scope
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("name", ["index", "officers", "cases", "campaigns", "letters", "complaints"])
def test_list_pages_query_count_does_not_grow_with_rows(
    login, reviewer, office, filer_a, body_a, officers_a, name
):
    client = login(reviewer)

    def grow(total):
        for number in range(Case.objects.count(), total):
            case = open_case(filer_a, body_a, officers_a[:2], number=f"Q{number}")
            supervision.issue_letter(
                reviewer, office, body_a, kind="opinion", subject=f"函{number}", text="t"
            )
            supervision.record_complaint(
                reviewer, body_a, source="12345", received_on=FILED, subject=f"诉{number}"
            )
            if number < 2:
                close_case(filer_a, case)
            Officer.objects.create(body=body_a, name=f"员{number}", staff_number=f"Q{number}")

    grow(3)
    standard = supervision.create_standard(reviewer, office, name="标准")
    supervision.start_campaign(
        reviewer, office, title="评查", year=2026, standard=standard, sample_size=2, seed=1
    )
    url = reverse(f"enforcement:{name}")
    few = _count(client, url)
    grow(30)
    supervision.start_campaign(
        reviewer, office, title="评查二", year=2026, standard=standard, sample_size=2, seed=2
    )
    assert _count(client, url) == few


def test_a_crime_transfer_through_the_pages_and_b_gets_404(login, filer_a, filer_b, snapshot, case_a):
    client = login(filer_a)
    response = client.post(
        reverse("enforcement:case_transfer", args=[case_a.pk]), {"reported_on": "2026-03-02"}
    )
    assert response.status_code == 302
    transfer = case_a.crime_transfers.get()
    response = client.post(
        reverse("enforcement:transfer_step", args=[transfer.pk]), {"decided_on": "2026-03-04"}
    )
    assert response.status_code == 302
    transfer.refresh_from_db()
    assert transfer.decided_on == dt.date(2026, 3, 4)
    page = client.get(reverse("enforcement:case", args=[case_a.pk])).content.decode()
    assert "移送公安机关（24小时）" in page
    other = login(filer_b)
    before = (snapshot(transfer), EnforcementEvent.objects.count())
    assert (
        other.post(
            reverse("enforcement:case_transfer", args=[case_a.pk]), {"reported_on": "2026-03-02"}
        ).status_code
        == 404
    )
    assert (
        other.post(
            reverse("enforcement:transfer_step", args=[transfer.pk]), {"decided_on": "2026-03-05"}
        ).status_code
        == 404
    )
    assert (snapshot(transfer), EnforcementEvent.objects.count()) == before
