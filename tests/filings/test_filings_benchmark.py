"""Peer benchmark: bulk upload (files and zip archives, safely), comparison table and chart, numbers linked
to their sentences, own region highlighted; only the office and evaluators of the region see it."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from fazhi.filings import actions, actions_benchmark, benchmark
from fazhi.filings.demo import report_text
from fazhi.filings.models import BenchmarkReport, BenchmarkSet, FilingEvent

from .conftest import docx_bytes

CODE = "education.activities"


def _peer(name: str, year: int = 2024) -> bytes:
    return report_text(name, year, seed=3).encode()


def _zip(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.fixture
def benchmark_set(reviewer, office):
    return actions_benchmark.create_benchmark_set(reviewer, region_code="330521", name="周边县区 2024")


def test_zip_members_are_read_and_unsafe_ones_skipped(benchmark_set, reviewer):
    archive = _zip(
        {
            "reports/江阳区.txt": _peer("泸州市江阳区人民政府"),
            "reports/吴兴区.docx": docx_bytes(_peer("湖州市吴兴区人民政府").decode()),
            "../../etc/evil.txt": _peer("湖州市南浔区人民政府"),
            "/abs/path.txt": _peer("湖州市南浔区人民政府"),
            "photo.jpg": b"\xff\xd8\xff" + b"\x00" * 100,
            "notice.txt": (
                "关于做好春节期间安全生产工作的通知\n各单位：" + "请认真做好值班值守工作。" * 40
            ).encode(),
            "bomb.txt": b"0" * (5 * 1024 * 1024),
            "nested.zip": _zip({"x.txt": b"x"}),
        }
    )
    result = actions_benchmark.add_benchmark_reports(reviewer, benchmark_set, [("peers.zip", archive)])
    assert sorted(result.added) == ["reports/吴兴区.docx", "reports/江阳区.txt"]
    reasons = dict(result.skipped)
    assert reasons["../../etc/evil.txt"] == "压缩包内的路径不安全"
    assert reasons["/abs/path.txt"] == "压缩包内的路径不安全"
    assert reasons["photo.jpg"] == "不是报告文件（docx、pdf、html、txt）"
    assert reasons["nested.zip"] == "不是报告文件（docx、pdf、html、txt）"
    assert reasons["bomb.txt"] == "压缩比异常（可能是压缩炸弹）"
    assert "该文件不是法治政府建设年度报告" in reasons["notice.txt"]
    codes = dict(BenchmarkReport.objects.values_list("region_code", "region_name"))
    assert codes == {"510502": "四川省泸州市江阳区", "330502": "浙江省湖州市吴兴区"}
    # Uploading the same files again adds nothing.
    again = actions_benchmark.add_benchmark_reports(reviewer, benchmark_set, [("peers.zip", archive)])
    assert again.added == [] and BenchmarkReport.objects.count() == 2
    assert FilingEvent.objects.filter(benchmark_set=benchmark_set, verb="add_benchmark_reports").count() == 2


def test_damaged_and_oversized_archives_are_refused(benchmark_set, reviewer, settings):
    result = actions_benchmark.add_benchmark_reports(
        reviewer, benchmark_set, [("bad.zip", b"PK\x03\x04broken")]
    )
    assert result.skipped == [("bad.zip", "压缩包已损坏。")]
    settings.FAZHI_FILING_MAX_BYTES = 1024 * 1024
    big = _zip({"big.txt": bytes(range(256)) * 8000}, compression=zipfile.ZIP_STORED)
    result = actions_benchmark.add_benchmark_reports(reviewer, benchmark_set, [("big.zip", big)])
    assert result.skipped == [("big.txt", "超过 1 MB")]
    assert not BenchmarkReport.objects.exists()


def test_zip_header_lying_about_size_is_still_bounded(settings):
    settings.FAZHI_FILING_MAX_BYTES = 1000
    data = bytearray(_zip({"r.txt": bytes(range(256)) * 20}, compression=zipfile.ZIP_STORED))
    # Forge the declared sizes (local header and central directory) to 10 bytes.
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.index(signature)
        data[at + offset : at + offset + 4] = (10).to_bytes(4, "little")
    unpacked = benchmark.unpack("forged.zip", bytes(data))
    assert not unpacked.files and unpacked.skipped


def test_comparison_links_each_number_to_its_sentence_and_marks_own_region(
    login, benchmark_set, reviewer, government, season, admin_user
):
    own = actions.upload_report(
        admin_user,
        season,
        government,
        data=report_text(government.name, 2025, 3).encode(),
        name="own.txt",
        kind="txt",
        proxy_reason="测试：政府无账号，由系统管理员代为录入",
    )
    actions.submit_filing(admin_user, own, proxy_reason="测试：政府无账号，由系统管理员代为录入")
    actions.accept_filing(reviewer, own)
    actions_benchmark.add_benchmark_reports(
        reviewer,
        benchmark_set,
        [("江阳区.txt", _peer("泸州市江阳区人民政府")), ("吴兴区.txt", _peer("湖州市吴兴区人民政府", 2023))],
    )
    client = login(reviewer)
    page = client.get(
        reverse("filings:benchmark", args=[benchmark_set.pk]), {"indicator": CODE}
    ).content.decode()
    table = page[page.index('id="comparison"') : page.index("</table>", page.index('id="comparison"'))]
    assert 'class="own" data-own="1"' in table and "德清县人民政府" in table
    assert "四川省泸州市江阳区" in table and "浙江省湖州市吴兴区" in table
    assert "<svg" in page and 'data-own="1"' in page[page.index("<svg") :]
    # Follow a peer's number to its sentence.
    report = BenchmarkReport.objects.get(region_code="510502")
    link = re.search(
        rf'href="(/filings/benchmarks/{benchmark_set.pk}/reports/{report.pk}/#fact-(\d+))"', table
    )
    index = int(link.group(2))
    fact = report.reading["facts"][index]
    assert fact["indicator"] == CODE
    text_page = client.get(link.group(1).split("#")[0]).content.decode()
    assert f'<mark id="fact-{index}"' in text_page
    assert f"{fact['evidence']['text']}</mark>" in text_page


def test_chart_escapes_labels():
    row = benchmark.ComparisonRow(
        "1", "<script>x</script>", 2024, False, {CODE: benchmark.Cell(5, "场", "s", "/")}
    )
    svg = benchmark.bar_chart_svg("a&b", [row], CODE)
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "a&amp;b" in svg


@pytest.mark.parametrize("persona", ["filer_a", "leader_a", "far_filer"])
def test_units_and_other_regions_see_no_benchmark(login, request, benchmark_set, persona):
    client = login(request.getfixturevalue(persona))
    assert client.get(reverse("filings:benchmark", args=[benchmark_set.pk])).status_code == 404
    assert client.get(reverse("filings:benchmark_report", args=[benchmark_set.pk, 1])).status_code == 404
    assert benchmark_set.name not in client.get(reverse("filings:benchmarks")).content.decode()


def test_units_cannot_create_or_fill_a_set(login, benchmark_set, filer_a, evaluator):
    events = FilingEvent.objects.count()
    assert login(filer_a).post(reverse("filings:benchmarks"), {"name": "x"}).status_code == 403
    response = login(filer_a).post(
        reverse("filings:benchmark", args=[benchmark_set.pk]),
        {"files": SimpleUploadedFile("a.txt", _peer("泸州市江阳区人民政府"))},
    )
    assert response.status_code == 404
    # The evaluator reads the set but adds nothing.
    client = login(evaluator)
    assert client.get(reverse("filings:benchmark", args=[benchmark_set.pk])).status_code == 200
    response = client.post(
        reverse("filings:benchmark", args=[benchmark_set.pk]),
        {"files": SimpleUploadedFile("a.txt", _peer("泸州市江阳区人民政府"))},
    )
    assert response.status_code == 403
    assert FilingEvent.objects.count() == events and not BenchmarkReport.objects.exists()


def test_office_creates_a_set_and_uploads_through_the_pages(login, reviewer, office):
    client = login(reviewer)
    response = client.post(reverse("filings:benchmarks"), {"name": "全省县区"})
    created = BenchmarkSet.objects.get(name="全省县区")
    assert response["Location"] == created.get_absolute_url()
    page = client.post(
        created.get_absolute_url(),
        {
            "files": [
                SimpleUploadedFile("a.txt", _peer("泸州市江阳区人民政府")),
                SimpleUploadedFile("b.zip", _zip({"b.txt": _peer("湖州市吴兴区人民政府")})),
            ]
        },
    ).content.decode()
    assert "已识别并加入 2 份报告。" in page
    assert created.reports.count() == 2


def test_one_report_in_two_formats_is_counted_once(benchmark_set, reviewer):
    text = _peer("泸州市江阳区人民政府")
    result = actions_benchmark.add_benchmark_reports(
        reviewer, benchmark_set, [("江阳区.txt", text), ("江阳区.docx", docx_bytes(text.decode()))]
    )
    assert result.added == ["江阳区.txt"]
    assert result.skipped == [("江阳区.docx", "该报告已在对比组中")]
    assert benchmark_set.reports.count() == 1


def test_the_page_after_an_upload_and_its_numbers(login, reviewer, benchmark_set, filer_a):
    client = login(reviewer)
    page = client.post(
        benchmark_set.get_absolute_url(),
        {"files": SimpleUploadedFile("a.txt", _peer("泸州市江阳区人民政府"))},
    ).content.decode()
    assert "已识别并加入 1 份报告。" in page
    assert "未提交文件" not in page and "errorlist" not in page
    table = page[page.index('id="comparison"') :]
    assert not re.search(r"\d\.0000", table)
    # A unit's filer is not offered the form to create a set.
    assert 'id="create-set"' in client.get(reverse("filings:benchmarks")).content.decode()
    assert 'id="create-set"' not in login(filer_a).get(reverse("filings:benchmarks")).content.decode()


def test_an_empty_list_tells_a_reader_who_makes_the_sets(login, evaluator, reviewer, office):
    hint = "创建后在此显示"
    page = login(evaluator).get(reverse("filings:benchmarks")).content.decode()
    assert "尚无对标报告集" in page and hint in page
    # The office itself gets the form to make one instead of the hint.
    office_page = login(reviewer).get(reverse("filings:benchmarks")).content.decode()
    assert hint not in office_page and 'id="create-set"' in office_page
