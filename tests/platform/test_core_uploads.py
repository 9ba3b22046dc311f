from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile

from fazhi.core.uploads import check_upload, private_file_response, upload_name

REPORT_KINDS = ("docx", "pdf", "html", "txt")


def upload(name, content):
    return SimpleUploadedFile(name, content)


@pytest.mark.parametrize(
    "name, content, kind",
    [
        ("报告.pdf", b"%PDF-1.7\n...", "pdf"),
        ("报告.DOCX", b"PK\x03\x04rest", "docx"),
        ("报告.txt", "二〇二四年法治政府建设情况".encode(), "txt"),
        ("报告.htm", "<html>法治</html>".encode(), "html"),
        ("utf16.txt", "\ufeff法治".encode("utf-16"), "txt"),
    ],
)
def test_accepted(name, content, kind):
    assert check_upload(upload(name, content), REPORT_KINDS) == kind


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("报告.exe", b"MZ", "不接受此类文件"),
        ("报告.pdf", b"", "文件为空。"),
        ("报告.pdf", b"PK\x03\x04", "不是真正的 pdf 文件"),
        ("报告.docx", b"%PDF-1.4", "不是真正的 docx 文件"),
        ("报告.txt", b"\x00\x01\x02binary", "不是文本文件"),
        ("报告", b"text", "不接受此类文件"),
    ],
)
def test_refused_with_a_chinese_message(name, content, message):
    with pytest.raises(ValidationError) as refusal:
        check_upload(upload(name, content), REPORT_KINDS)
    assert message in refusal.value.messages[0]


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@pytest.mark.parametrize(
    "name, content, kind", [("旧版.doc", OLE + b"rest", "doc"), ("台账.XLS", OLE, "xls")]
)
def test_office_97_files_are_checked_by_their_ole_signature(name, content, kind):
    assert check_upload(upload(name, content), ("doc", "xls")) == kind


@pytest.mark.parametrize("name, content", [("旧版.doc", b"PK\x03\x04"), ("台账.xls", b"%PDF-1.4")])
def test_a_renamed_file_is_not_an_office_97_file(name, content):
    with pytest.raises(ValidationError) as refusal:
        check_upload(upload(name, content), ("doc", "xls"))
    assert refusal.value.code == "content"


def test_too_large():
    with pytest.raises(ValidationError) as refusal:
        check_upload(upload("a.txt", b"x" * 2048), ("txt",), max_bytes=1024)
    assert refusal.value.code == "size"


def test_storage_name_ignores_the_users_file_name(unit_a):
    name = upload_name(unit_a, "../../etc/passwd 报告.DOCX")
    assert name.startswith(f"{unit_a.pk}/") and name.endswith(".docx") and ".." not in name


def test_private_response_streams_as_attachment(tmp_path):
    storage = FileSystemStorage(location=tmp_path)
    stored = storage.save("x/a.pdf", ContentFile(b"%PDF-1.7"))

    class Field:
        def open(self, mode):
            return storage.open(stored, mode)

    response = private_file_response(Field(), "德清县报告.pdf")
    assert response["Content-Disposition"].startswith("attachment; filename*=UTF-8''")
    assert response["Cache-Control"] == "private, no-store"
    assert b"".join(response.streaming_content) == b"%PDF-1.7"
