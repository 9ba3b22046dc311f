"""Uploaded files: checked on the way in, streamed by scoped views on the way out.

    kind = check_upload(request.FILES["file"], kinds=("docx", "pdf", "html", "txt"))
    ...record.file.save(upload_name(record.organisation, upload.name), upload)...
    return private_file_response(record.file, "报告.docx")   # after get_visible_or_404

Files are never served by URL (there is no MEDIA_URL route): the only way
out is a view that has looked the record up through the scoping helper.
"""

from __future__ import annotations

import uuid
import zipfile
from pathlib import PurePath
from urllib.parse import quote

from django.core.exceptions import ValidationError
from django.http import FileResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from fazhi.reading.limits import MAX_UNPACKED_BYTES, InputTooLarge, check_zip

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

# Leading bytes of each kind; text kinds are checked by decoding instead.
_MAGIC = {
    "pdf": (b"%PDF-",),
    "docx": (b"PK\x03\x04",),
    "xlsx": (b"PK\x03\x04",),
    "zip": (b"PK\x03\x04",),
    # Word 97-2003 and Excel 97-2003 files are OLE compound documents; offices still send many.
    "doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",),
    "xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",),
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpg": (b"\xff\xd8\xff",),
}
_TEXT_KINDS = {"txt", "html", "htm", "csv"}
# Zip-based kinds are unpacked by openpyxl or python-docx: measured first (decompression bombs).
_ZIP_KINDS = {"docx", "xlsx", "zip"}
_ALIASES = {"jpeg": "jpg", "htm": "html"}


def check_upload(upload, kinds: tuple[str, ...], max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The file's kind (its extension), or ValidationError with a message for the user."""
    if upload is None:
        raise ValidationError(_("Choose a file."), code="missing")
    extension = PurePath(upload.name or "").suffix.lower().lstrip(".")
    kind = _ALIASES.get(extension, extension)
    allowed = {_ALIASES.get(k, k) for k in kinds}
    if kind not in allowed:
        raise ValidationError(
            _("This kind of file is not accepted; choose one of: %(kinds)s.")
            % {"kinds": "、".join(sorted(allowed))},
            code="kind",
        )
    if upload.size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    if upload.size > max_bytes:
        raise ValidationError(
            _("The file is larger than %(limit)d MB.") % {"limit": max_bytes // (1024 * 1024)}, code="size"
        )
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    if kind in _MAGIC and not head.startswith(_MAGIC[kind]):
        raise ValidationError(
            _("The file is not really a %(kind)s file (it may be damaged or renamed).") % {"kind": kind},
            code="content",
        )
    if kind in _ZIP_KINDS:
        check_unpacked(upload)
    if kind in _TEXT_KINDS and b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValidationError(_("The file is not a text file."), code="content")
    return kind


def check_unpacked(upload) -> None:
    """ValidationError when the zip container ``upload`` (docx, xlsx, zip) unpacks past the limit.

    Every reader of an uploaded Office file calls this before python-docx or
    openpyxl inflates it: a decompression bomb is refused from its declared sizes.
    """
    try:
        with zipfile.ZipFile(upload) as archive:
            check_zip(archive)
    except InputTooLarge:
        raise ValidationError(
            _("The file unpacks to more than %(limit)d MB (it may be a decompression bomb).")
            % {"limit": MAX_UNPACKED_BYTES // (1024 * 1024)},
            code="unpacked_size",
        ) from None
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError):
        # A damaged archive unpacks to nothing; the reader that opens it says what is wrong.
        pass
    finally:
        upload.seek(0)


def upload_name(organisation, original_name: str) -> str:
    """A storage path that never trusts the user's file name: org/year/uuid.ext."""
    extension = PurePath(original_name or "").suffix.lower()[:10]
    return f"{organisation.pk}/{timezone.localdate():%Y}/{uuid.uuid4().hex}{extension}"


def private_file_response(field_file, download_name: str, *, inline: bool = False) -> FileResponse:
    """Stream a stored file; call only after the record was found through the scoping helper."""
    response = FileResponse(field_file.open("rb"), as_attachment=not inline)
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f"{disposition}; filename*=UTF-8''{quote(download_name)}"
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
