"""Uploads: every format is read; broken, empty, huge, disguised and non-report files are refused
with a Chinese message and leave the filing as it was."""

from __future__ import annotations

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from fazhi.filings.models import AnnualReportFiling, FilingEvent, ReportVersion

from .conftest import docx_bytes, html_bytes, pdf_bytes, report


def _url(season, unit):
    return reverse("filings:upload", args=[season.pk, unit.pk])


@pytest.mark.parametrize(
    "name,make",
    [
        ("报告.docx", docx_bytes),
        ("报告.pdf", pdf_bytes),
        ("报告.html", html_bytes),
        ("报告.txt", lambda text: text.encode("gb18030")),
    ],
)
def test_each_format_is_read_and_reviewed(login, season, filer_a, unit_a, name, make):
    client = login(filer_a)
    response = client.post(_url(season, unit_a), {"file": SimpleUploadedFile(name, make(report()))})
    filing = AnnualReportFiling.objects.get(season=season, organisation=unit_a)
    assert response.status_code == 302 and response["Location"] == filing.get_absolute_url()
    version = filing.current_version
    assert version.kind == name.rsplit(".", 1)[1]
    assert version.reading["year"] == 2025
    assert version.reading["elements"]["results"]["status"] == "section"
    page = client.get(filing.get_absolute_url()).content.decode()
    assert "自动审查" in page and "主要举措和成效" in page and "有专门部分" in page
    assert "报告中的数据" in page


def test_pasted_text_is_read(login, season, filer_a, unit_a):
    response = login(filer_a).post(_url(season, unit_a), {"text": report()})
    assert response.status_code == 302
    assert AnnualReportFiling.objects.get(organisation=unit_a).current_version.kind == "pasted"


def test_a_report_body_without_its_head_goes_to_review_with_the_engines_reasons(
    login, season, filer_a, unit_a
):
    # Pasted from the middle of a report: no title, no opening. The rules say uncertain (schema
    # 1.1), or a report by its body's shape (its statutory parts' headings), or the learned model
    # settles it; never by a title. Either way the upload is not refused, and the review says why
    # the page is not taken as a filed report.
    text = "\n".join(report().split("\n")[3:])
    client = login(filer_a)
    assert client.post(_url(season, unit_a), {"text": text}).status_code == 302
    filing = AnnualReportFiling.objects.get(organisation=unit_a)
    reading = filing.current_version.reading
    assert reading["kind"] == "uncertain" or reading["metadata_evidence"]["kind"]["source"] in {
        "model",
        "body_shape",
    }
    assert not reading["title"]
    page = client.get(filing.get_absolute_url()).content.decode()
    assert "✗ 是否为年度报告：未找到报告标题；" in page


def test_review_shows_parts_defects_numbers_and_checks(login, season, filer_a, unit_a):
    text = report(unit="德清县武康街道办事处", year=2024, leave_out=("first_responsible",), placeholder=True)
    client = login(filer_a)
    client.post(_url(season, unit_a), {"text": text})
    filing = AnnualReportFiling.objects.get(organisation=unit_a)
    page = client.get(filing.get_absolute_url()).content.decode()
    assert "✗ 年度是否正确：报告年度为 2024；本次报送年度为 2025" in page
    # The issuer is named as the report names itself, with or without its county in front.
    assert re.search(r"✗ 单位是否正确：报告主体为 (德清县)?武康街道办事处", page)
    assert 'data-part="first_responsible"' in page and "未找到" in page
    assert "残留占位符：“XX次”" in page
    # Each number comes with its sentence.
    fact = filing.current_version.reading["facts"][0]
    assert fact["evidence"]["text"] in page


def test_review_writes_sums_of_money_in_wan(login, season, filer_a, unit_a):
    lines = report().split("\n")
    first_part = next(index for index, line in enumerate(lines) if line.startswith("一、"))
    lines.insert(first_part + 1, "全年办理行政处罚案件412件，罚没金额386万元。")
    client = login(filer_a)
    client.post(_url(season, unit_a), {"text": "\n".join(lines)})
    filing = AnnualReportFiling.objects.get(organisation=unit_a)
    amount = [
        f for f in filing.current_version.reading["facts"] if f["indicator"] == "enforcement.penalty_amount"
    ]
    assert [(fact["value"], fact["unit"]) for fact in amount] == [(3860000, "元")]
    page = client.get(filing.get_absolute_url()).content.decode()
    assert "386万元" in page and "3860000" not in page


def _state(filing):
    return (
        AnnualReportFiling.objects.get(pk=filing.pk).current_version_id,
        ReportVersion.objects.count(),
        FilingEvent.objects.count(),
    )


BAD = [
    ("empty", "报告.txt", b"", "所提交的是空文件。"),
    ("broken docx", "报告.docx", b"PK\x03\x04" + b"\x00" * 200, "DOCX 文件已损坏"),
    ("broken pdf", "报告.pdf", b"%PDF-1.4\n" + b"x" * 300, "PDF 文件已损坏"),
    ("renamed", "报告.pdf", b"not a pdf at all " * 30, "文件不是真正的 pdf 文件"),
    ("wrong kind", "报告.exe", b"MZ" + b"\x00" * 100, "不接受此类文件"),
    (
        "not a report",
        "通知.txt",
        ("关于做好春节期间安全生产工作的通知\n各单位：" + "请认真做好值班值守工作。" * 40).encode(),
        "该文件不是法治政府建设年度报告",
    ),
    ("too little text", "报告.txt", "德清县2025年法治政府建设年度报告".encode(), "不像是年度报告"),
]


@pytest.mark.parametrize("label,name,data,message", BAD, ids=[b[0] for b in BAD])
def test_bad_files_are_refused_and_change_nothing(
    login, draft_a, filer_a, unit_a, season, label, name, data, message
):
    before = _state(draft_a)
    response = login(filer_a).post(_url(season, unit_a), {"file": SimpleUploadedFile(name, data)})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert _state(draft_a) == before


def test_huge_file_is_refused(login, draft_a, filer_a, unit_a, season, settings):
    settings.FAZHI_FILING_MAX_BYTES = 1024 * 1024
    before = _state(draft_a)
    big = report().encode() + b" " * (1024 * 1024 + 1)
    response = login(filer_a).post(_url(season, unit_a), {"file": SimpleUploadedFile("报告.txt", big)})
    assert "文件超过 1 MB。" in response.content.decode()
    assert _state(draft_a) == before


def test_replacing_keeps_every_version(login, draft_a, filer_a, unit_a, season):
    client = login(filer_a)
    client.post(_url(season, unit_a), {"file": SimpleUploadedFile("第二稿.docx", docx_bytes(report()))})
    draft_a.refresh_from_db()
    assert list(draft_a.versions.values_list("number", flat=True)) == [2, 1]
    assert draft_a.current_version.number == 2
    first = client.get(reverse("filings:version_file", args=[draft_a.pk, 1]))
    assert b"".join(first.streaming_content).decode() == report()
    second = client.get(reverse("filings:version_file", args=[draft_a.pk, 2]))
    from docx import Document

    assert (
        Document(io.BytesIO(b"".join(second.streaming_content)))
        .paragraphs[0]
        .text.startswith("德清县市场监督管理局")
    )


def test_unit_with_planning_in_its_name_can_file(season, reviewer, government):
    """The engine's title rule reads 规划 in 自然资源和规划局 as "a plan"; the statutory sections decide."""
    from fazhi.filings import actions
    from fazhi.org.models import Organisation

    unit = Organisation.objects.create(
        name="德清县自然资源和规划局", kind="department", region_code="330521", parent=government
    )
    season.required_organisations.add(unit)
    filing = actions.upload_report(
        reviewer,
        season,
        unit,
        data=report(unit.name).encode(),
        name="r.txt",
        kind="txt",
        proxy_reason="该单位尚无账号",
    )
    assert filing.current_version.reading["title"] == "德清县自然资源和规划局2025年法治政府建设年度报告"
