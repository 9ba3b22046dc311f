"""An Excel import refuses a decompression bomb before openpyxl inflates it (issue 18)."""

from __future__ import annotations

import io
import time
import zipfile

import pytest

from fazhi.assessment.schemes import from_xlsx
from fazhi.org.importers import OrganisationImporter
from fazhi.org.models import Organisation

MB = 1024 * 1024


@pytest.fixture(scope="module")
def xlsx_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as stream:
            for _ in range(200):
                stream.write(b"\0" * MB)
    return buffer.getvalue()


def test_an_import_refuses_a_bomb_in_chinese_and_keeps_nothing(reviewer, xlsx_bomb):
    organisations = Organisation.objects.count()
    started = time.perf_counter()
    result = OrganisationImporter(reviewer).read(io.BytesIO(xlsx_bomb))
    assert time.perf_counter() - started < 5
    assert [error.message for error in result.errors] == ["文件解压后超过 100 MB（可能是压缩炸弹），未接受。"]
    assert Organisation.objects.count() == organisations


def test_a_scheme_workbook_bomb_is_refused(xlsx_bomb):
    data, problems = from_xlsx(io.BytesIO(xlsx_bomb))
    assert data == {}
    assert [problem.message for problem in problems] == ["文件解压后超过 100 MB（可能是压缩炸弹），未接受。"]
