"""Decompression bombs and oversized text are refused fast, before a parser unpacks them (issue 18)."""

import io
import time
import zipfile

import pytest

from fazhi.reading import ReadingError, limits, read

MB = 1024 * 1024


def zip_bomb(member: str = "word/document.xml", unpacked_mb: int = 300) -> bytes:
    """A small zip whose one member inflates to ``unpacked_mb`` megabytes of zero bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open(member, "w", force_zip64=True) as stream:
            chunk = b"\0" * MB
            for _ in range(unpacked_mb):
                stream.write(chunk)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return zip_bomb()


def test_a_docx_bomb_is_refused_in_well_under_a_second(bomb):
    assert len(bomb) < 2 * MB
    started = time.perf_counter()
    with pytest.raises(limits.UnpackedTooLarge) as refused:
        read(bomb, name="炸弹.docx")
    assert time.perf_counter() - started < 1
    assert "解压后超过 100 MB" in refused.value.message


def test_a_header_that_understates_a_member_cannot_make_it_inflate_more(bomb):
    # Why declared sizes suffice: zipfile stops at the declared size and fails the checksum.
    archive = zipfile.ZipFile(io.BytesIO(bomb))
    member = archive.getinfo("word/document.xml")
    member.file_size = MB
    with pytest.raises(zipfile.BadZipFile), archive.open(member) as stream:
        while stream.read(MB):
            pass


def test_an_ordinary_docx_passes(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("某县2025年法治政府建设年度报告")
    path = tmp_path / "report.docx"
    document.save(path)
    with zipfile.ZipFile(path) as archive:
        limits.check_zip(archive)


def test_text_beyond_the_limit_is_refused_before_it_is_read(monkeypatch):
    monkeypatch.setattr(limits, "MAX_TEXT_CHARS", 1000)
    with pytest.raises(ReadingError) as refused:
        read(("法治政府建设" * 1000).encode(), name="长.txt")
    assert "1000 个字符的上限" in refused.value.message
