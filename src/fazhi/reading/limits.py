"""How much a source may unpack to, and how much text the engine takes.

A compressed source can be tiny and unpack to hundreds of megabytes (a
"decompression bomb": issue 18 had a 951 KB DOCX whose document.xml held
300 MB, which took 53 s and 5.2 GB of memory to read). The file-size limit of
``decode`` sees only the packed bytes, so zip-based sources (DOCX, and XLSX
or ZIP on the platform side) are measured member by member before any parser
opens them, by the sizes the archive declares; a PDF stream is bounded by
pypdf's own output limit (75 MB by default, set through ``pypdf.Configuration``
in pypdf 7), whose error becomes ours; and the text any format yields is
capped, page by page for a PDF, before the later stages run.
"""

from __future__ import annotations

import zipfile

from .model import InputTooLarge

__all__ = [
    "MAX_UNPACKED_BYTES",
    "InputTooLarge",
    "UnpackedTooLarge",
    "check_text",
    "check_text_length",
    "check_zip",
]

# Everything in one DOCX, unpacked. A long report with photos unpacks to a few
# megabytes of XML and some tens of images; 100 MB leaves room for a scan-heavy one.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024

# Members of one zip: a DOCX has a few dozen parts, a workbook a few hundred.
MAX_MEMBERS = 5000

# Characters of text the engine reads. A county report is 10 000 to 60 000
# characters; a provincial compilation a few hundred thousand.
MAX_TEXT_CHARS = 2_000_000


class UnpackedTooLarge(InputTooLarge):
    """The source unpacks to more than the engine reads (a compressed source that is, or acts as, a bomb)."""


def _refuse(limit_bytes: int) -> UnpackedTooLarge:
    return UnpackedTooLarge(
        f"文件解压后超过 {limit_bytes // 1024 // 1024} MB 的上限（可能是压缩炸弹），未读取"
    )


def check_zip(archive: zipfile.ZipFile, limit_bytes: int = MAX_UNPACKED_BYTES) -> None:
    """Refuse ``archive`` if its members unpack to more than ``limit_bytes`` in total.

    The sizes the archive declares are enough: Python's zipfile (which
    python-docx and openpyxl read through) stops a member at its declared size
    and fails its checksum, so a header that understates cannot inflate more.
    """
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise UnpackedTooLarge(f"压缩包内有 {len(members)} 个文件，超过 {MAX_MEMBERS} 个的上限，未读取")
    if sum(member.file_size for member in members) > limit_bytes:
        raise _refuse(limit_bytes)


def check_text_length(length: int) -> None:
    if length > MAX_TEXT_CHARS:
        raise InputTooLarge(f"文件的文字超过 {MAX_TEXT_CHARS} 个字符的上限（{length} 个），未读取")


def check_text(text: str) -> str:
    check_text_length(len(text))
    return text
