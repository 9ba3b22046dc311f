"""A decompression bomb uploaded as a report is refused fast, in Chinese, and nothing is kept (issue 18)."""

from __future__ import annotations

import io
import time
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from fazhi.core.actions import ActionRefused
from fazhi.filings import actions
from fazhi.filings.models import FilingEvent, ReportVersion

MB = 1024 * 1024


@pytest.fixture(scope="module")
def bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as stream:
            for _ in range(300):
                stream.write(b"\0" * MB)
    return buffer.getvalue()


def test_the_upload_page_refuses_a_bomb_before_reading_it(
    login, filer_a, season, unit_a, bomb, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    events = FilingEvent.objects.count()
    started = time.perf_counter()
    response = login(filer_a).post(
        reverse("filings:upload", args=[season.pk, unit_a.pk]),
        {"file": SimpleUploadedFile("年度报告.docx", bomb)},
    )
    assert time.perf_counter() - started < 5
    assert "文件解压后超过 100 MB" in response.content.decode()
    assert not ReportVersion.objects.exists() and FilingEvent.objects.count() == events
    assert not any(tmp_path.rglob("*.*"))


def test_the_upload_action_refuses_a_bomb_through_the_engine(filer_a, season, unit_a, bomb):
    with pytest.raises(ActionRefused) as refused:
        actions.upload_report(filer_a, season, unit_a, data=bomb, name="年度报告.docx", kind="docx")
    assert refused.value.field == "file" and "解压后超过" in refused.value.message
    assert not ReportVersion.objects.exists()


def test_a_version_history_row_does_not_copy_the_reading(draft_a):
    version = draft_a.current_version
    assert version.reading["text"]
    historical = version.history.first()
    assert not hasattr(historical, "reading")
