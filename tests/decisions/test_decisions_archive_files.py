"""Files in the full-process archive (一事一档): checked on the way in, streamed only after the scoped look-up."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from fazhi.core.exports import plain_docx
from fazhi.decisions import actions
from fazhi.decisions.models import ArchiveDocument, DecisionEvent

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def counts():
    return ArchiveDocument.objects.count(), DecisionEvent.objects.count()


def test_unit_archives_a_document_with_its_file(login, filer_a, item_a, media):
    content = plain_docx("", "关于启动老旧小区改造决策程序的请示")
    client = login(filer_a)
    response = client.post(
        f"/decisions/{item_a.pk}/document/",
        {
            "dated_on": "2025-03-20",
            "title": "决策启动请示",
            "reference": "德建〔2025〕3号",
            "file": SimpleUploadedFile("../../请示 final(2).docx", content),
        },
    )
    assert response.status_code == 302
    document = ArchiveDocument.objects.get()
    # Stored under <org>/<year>/<uuid>.docx: the uploader's name (with its ../) is never used as a path.
    assert document.file.name.startswith(f"decisions/{item_a.organisation_id}/")
    assert document.file.name.endswith(".docx") and "请示" not in document.file.name
    event = DecisionEvent.objects.get(decision=item_a, verb="document")
    assert event.data["file"] == "请示 final(2).docx" and event.data["bytes"] == len(content)
    page = client.get(f"/decisions/{item_a.pk}/").content.decode()
    url = f"/decisions/{item_a.pk}/documents/{document.pk}/file/"
    assert url in page
    response = client.get(url)
    assert b"".join(response.streaming_content) == content
    assert (
        "filename*=UTF-8''%E5%86%B3%E7%AD%96%E5%90%AF%E5%8A%A8%E8%AF%B7%E7%A4%BA.docx"
        in response["Content-Disposition"]
    )
    assert response["Cache-Control"] == "private, no-store"


def test_the_office_reads_the_file_and_unit_b_does_not(login, filer_a, filer_b, reviewer, item_a, item_b):
    content = b"%PDF-1.7\n" + os.urandom(200)
    document = actions.archive_document(
        filer_a,
        item_a,
        dated_on=dt.date(2025, 3, 20),
        title="风险评估报告",
        file=SimpleUploadedFile("风险评估.pdf", content),
    )
    url = f"/decisions/{item_a.pk}/documents/{document.pk}/file/"
    assert b"".join(login(reviewer).get(url).streaming_content) == content
    client = login(filer_b)
    before = counts()
    for forged in (
        url,
        f"/decisions/{item_b.pk}/documents/{document.pk}/file/",  # B's own decision, A's file
        f"/decisions/{item_a.pk}/documents/{document.pk + 1}/file/",
    ):
        response = client.get(forged)
        assert response.status_code == 404
        assert content not in response.content and "风险评估" not in response.content.decode()
    assert counts() == before


def test_a_document_without_a_file_has_no_download(login, filer_a, item_a):
    document = actions.archive_document(filer_a, item_a, dated_on=dt.date(2025, 3, 20), title="会议纪要")
    client = login(filer_a)
    assert "data-archive-file" not in client.get(f"/decisions/{item_a.pk}/").content.decode()
    assert client.get(f"/decisions/{item_a.pk}/documents/{document.pk}/file/").status_code == 404
    assert "file" not in DecisionEvent.objects.get(verb="document").data


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        pytest.param(
            "请示.pdf",
            os.urandom(4096),
            "文件不是真正的 pdf 文件（可能已损坏或被改名）。",
            id="renamed-binary",
        ),
        pytest.param(
            "请示.docx",
            b"%PDF-1.4 a pdf",
            "文件不是真正的 docx 文件（可能已损坏或被改名）。",
            id="pdf-named-docx",
        ),
        pytest.param("空白.pdf", b"", "文件为空。", id="empty"),
        pytest.param(
            "巨大.zip", b"PK\x03\x04" + b"0" * (20 * 1024 * 1024), "文件超过 20 MB。", id="oversize"
        ),
        pytest.param(
            "请示.exe",
            b"MZ\x90\x00",
            "不接受此类文件，请选择：doc、docx、jpg、pdf、png、xls、xlsx、zip。",
            id="exe",
        ),
        pytest.param("纪要.txt", "会议纪要".encode(), "不接受此类文件", id="txt-not-for-the-archive"),
    ],
)
def test_bad_files_are_refused_in_chinese_and_nothing_is_saved(
    login, filer_a, item_a, media, name, content, message
):
    before = counts()
    response = login(filer_a).post(
        f"/decisions/{item_a.pk}/document/",
        {"dated_on": "2025-03-20", "title": "决策启动请示", "file": SimpleUploadedFile(name, content)},
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert counts() == before
    assert not any(media.rglob("*.*"))


def test_b_cannot_archive_a_file_into_a_decision(login, filer_b, item_a, media):
    before = counts()
    response = login(filer_b).post(
        f"/decisions/{item_a.pk}/document/",
        {"dated_on": "2025-03-20", "title": "冒充", "file": SimpleUploadedFile("x.pdf", b"%PDF-1.4 x")},
    )
    assert response.status_code == 404
    assert counts() == before and not any(media.rglob("*.*"))
