"""A progress report's attachment passes core.uploads.check_upload: content, not only the name."""

from __future__ import annotations

import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from fazhi.plans.models import KeyTask, PlanEvent, ProgressReport

pytestmark = pytest.mark.django_db

TEN_MB = 10 * 1024 * 1024

REFUSED = [
    pytest.param(
        "制度文件.pdf",
        os.urandom(2048),
        "文件不是真正的 pdf 文件（可能已损坏或被改名）。",
        id="renamed-binary",
    ),
    pytest.param(
        "进展.docx",
        b"%PDF-1.4 not a word file",
        "文件不是真正的 docx 文件（可能已损坏或被改名）。",
        id="pdf-named-docx",
    ),
    pytest.param("说明.txt", b"\x00\x01\x02binary\x00", "文件不是文本文件。", id="binary-txt"),
    pytest.param("空白.pdf", b"", "文件为空。", id="empty"),
    pytest.param("巨大.pdf", b"%PDF-1.4 " + b"x" * TEN_MB, "文件超过 10 MB。", id="oversize"),
    pytest.param(
        "setup.exe",
        b"MZ\x90\x00",
        "不接受此类文件，请选择：doc、docx、jpg、pdf、png、txt、xls、xlsx、zip。",
        id="wrong-extension",
    ),
    pytest.param("改名的.doc", b"PK\x03\x04", "不是真正的 doc 文件", id="renamed-doc"),
]


@pytest.mark.parametrize(("name", "content", "message"), REFUSED)
def test_bad_attachment_is_refused_and_nothing_saved(
    login, filer_a, task_a, unit_a, snapshot, settings, tmp_path, name, content, message
):
    settings.MEDIA_ROOT = tmp_path
    before, events = snapshot(task_a), PlanEvent.objects.count()
    response = login(filer_a).post(
        f"/plans/tasks/{task_a.pk}/progress/",
        {
            "organisation": unit_a.pk,
            "text": "已印发制度",
            "percent_done": 50,
            "attachment": SimpleUploadedFile(name, content),
        },
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not ProgressReport.objects.exists() and PlanEvent.objects.count() == events
    assert snapshot(task_a) == before and KeyTask.objects.get(pk=task_a.pk).percent_done == 0
    assert not any(tmp_path.rglob("*.*"))


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("制度.pdf", b"%PDF-1.7\n%demo"),
        ("照片.JPEG", b"\xff\xd8\xff\xe0demo"),
        ("台账.txt", "一、已完成\n".encode()),
    ],
)
def test_genuine_attachments_are_accepted(login, filer_a, task_a, unit_a, settings, tmp_path, name, content):
    settings.MEDIA_ROOT = tmp_path
    client = login(filer_a)
    response = client.post(
        f"/plans/tasks/{task_a.pk}/progress/",
        {
            "organisation": unit_a.pk,
            "text": "已印发制度",
            "percent_done": 50,
            "attachment": SimpleUploadedFile(name, content),
        },
    )
    assert response.status_code == 302
    report = ProgressReport.objects.get()
    response = client.get(f"/plans/tasks/{task_a.pk}/progress/{report.pk}/file/")
    assert b"".join(response.streaming_content) == content
    assert (
        response["X-Content-Type-Options"] == "nosniff" and response["Cache-Control"] == "private, no-store"
    )
