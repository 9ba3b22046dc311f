"""Exports stream (issue 18 §3): memory holds a chunk of rows, never the list; the file is right."""

from __future__ import annotations

import datetime as dt
import io
import re
import tracemalloc

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from fazhi.core import exports


def _rows(n: int):
    for i in range(n):
        yield [
            f"单位{i % 50}",
            f"问题描述第{i}条：某某事项未按期整改",
            dt.date(2024, 5, 2),
            dt.date(2024, 6, 14),
            i,
            "",
        ]


def _peak_of_xlsx(n: int) -> tuple[int, exports.Download]:
    tracemalloc.start()
    try:
        response = exports.xlsx_response("问题清单.xlsx", "问题清单", ["单位"] * 6, _rows(n))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak, response


def test_an_xlsx_export_s_memory_does_not_grow_with_its_rows():
    _peak_of_xlsx(10)  # imports and first-use caches are not the export's
    small, _ = _peak_of_xlsx(2_000)
    large, response = _peak_of_xlsx(20_000)
    tracemalloc.start()
    as_list = list(_rows(20_000))
    _current, listed = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del as_list
    # Measured: about 380 KB for 2,000 and for 20,000 rows; the 20,000 rows themselves take 5-8 MB.
    assert large < small + 512 * 1024, (small, large)
    assert large < listed / 4, (large, listed)
    assert response.streaming and response["Content-Type"] == exports.XLSX
    sheet = load_workbook(io.BytesIO(response.content), read_only=True).worksheets[0]
    assert sum(1 for _row in sheet.iter_rows()) == 20_001


def test_a_csv_export_reads_its_rows_as_it_sends_them():
    pulled = []

    def rows():
        for i in range(10_000):
            pulled.append(i)
            yield [f"单位{i}", "=1+1", None]

    response = exports.csv_response("单位.csv", ["单位", "公式", "空"], rows())
    assert pulled == []  # nothing read before the client asks
    lines = iter(response.streaming_content)
    head = [next(lines) for _n in range(4)]  # the byte-order mark, the header, two rows
    assert len(pulled) == 2
    assert head[1].decode() == "单位,公式,空\r\n" and head[3].decode() == "单位1,'=1+1,\r\n"
    assert response["Content-Disposition"].endswith("UTF-8''%E5%8D%95%E4%BD%8D.csv")


@pytest.mark.django_db
def test_the_problem_export_streams_a_workbook_with_chinese_headers(client, reviewer, unit_a):
    from fazhi.oversight.models import Problem

    for n in range(7):
        Problem.objects.create(
            organisation=unit_a,
            source="other",
            description=f"导出的问题{n}",
            severity="general",
            found_on=dt.date(2024, 5, 2),
            rectification_deadline=dt.date(2024, 6, 14),
        )
    client.force_login(reviewer)
    response = client.get(reverse("oversight:problem_export"))
    assert response.status_code == 200 and response.streaming
    rows = list(load_workbook(io.BytesIO(b"".join(response.streaming_content))).worksheets[0].values)
    header, body = rows[0], rows[1:]
    assert all(re.search(r"[\u4e00-\u9fff]", cell) for cell in header), header
    assert "整改期限" in header
    assert sorted(row[2] for row in body) == [f"导出的问题{n}" for n in range(7)]
