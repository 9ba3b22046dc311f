"""Excel and CSV export for list pages: the rows a user sees, nothing more.

Pass an already-scoped queryset (``visible(...)``); the helper only formats.
Exports stream (issue 18 §3: a province's problem list took 162 s and an
indicator export 2.1 GB when built in memory): give ``rows`` as a generator over
``queryset.iterator(chunk_size=EXPORT_CHUNK)`` (``queryset_rows`` does it), and
``csv_response`` writes each row to the client as it is read, while
``xlsx_response`` writes them into openpyxl's write-only workbook, saved to a
temporary file that the response then sends in blocks: memory holds a chunk of
rows, never the table.
Every cell written to a workbook goes through ``safe_cell``: Excel must not
evaluate user text as a formula, and openpyxl refuses control characters.
``plain_docx`` is the plainest Word file (a heading and paragraphs), for demo
documents and the like; official layouts (notices, letters) are built with
``fazhi.core.documents``.
"""

from __future__ import annotations

import csv
import io
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO
from urllib.parse import quote

from django.http import FileResponse, HttpResponse, StreamingHttpResponse
from django.utils.functional import Promise

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# Rows an export reads from the database at a time (``queryset.iterator(chunk_size=EXPORT_CHUNK)``):
# with the write-only workbook, a province's list never sits in memory as model instances.
EXPORT_CHUNK = 500

# A text starting with one of these is read by Excel as a formula (CSV/Excel injection).
FORMULA_STARTS = "=+-@"
FORMULA_GUARD = "'"
# What the XML of a workbook cannot hold (openpyxl raises IllegalCharacterError): C0 controls
# other than tab, line feed and carriage return.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def safe_cell(value):
    """The value as it may go into a workbook cell: control characters dropped, formulas guarded."""
    if isinstance(value, Promise):
        value = str(value)  # a lazily translated label
    if not isinstance(value, str):
        return value
    value = CONTROL_CHARACTERS.sub("", value)
    if value[:1] and value[0] in FORMULA_STARTS:
        return FORMULA_GUARD + value
    return value


def unguard(value):
    """The text ``safe_cell`` was given back from a workbook cell (for imports of our own exports)."""
    if isinstance(value, str) and value[:1] == FORMULA_GUARD and value[1:2] and value[1] in FORMULA_STARTS:
        return value[1:]
    return value


def queryset_rows(queryset, row: Callable) -> Iterator[Sequence]:
    """``row(record)`` for each record, read ``EXPORT_CHUNK`` at a time (never the whole list)."""
    return (row(record) for record in queryset.iterator(chunk_size=EXPORT_CHUNK))


def write_workbook(target: IO[bytes], title: str, header: Sequence[str], rows: Iterable[Sequence]) -> int:
    """Write a one-sheet workbook into ``target`` row by row; the number of rows written.

    openpyxl's write-only sheet keeps its rows in a temporary file, not in memory.
    """
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(CONTROL_CHARACTERS.sub("", str(title))[:31])
    sheet.append([safe_cell(str(cell)) for cell in header])
    written = 0
    for row in rows:
        sheet.append([safe_cell(cell) for cell in row])
        written += 1
    workbook.save(target)
    return written


def workbook_bytes(title: str, header: Sequence[str], rows: Iterable[Sequence]) -> bytes:
    """A small workbook as bytes (templates, one record's sheet); lists use ``xlsx_response``."""
    buffer = io.BytesIO()
    write_workbook(buffer, title, header, rows)
    return buffer.getvalue()


class Download(FileResponse):
    """A file sent in blocks. ``content`` reads it whole, for tests and small callers; servers stream it."""

    @property
    def content(self) -> bytes:
        if not hasattr(self, "_read_whole"):
            self._read_whole = b"".join(self.streaming_content)
        return self._read_whole


def xlsx_response(filename: str, title: str, header: Sequence[str], rows: Iterable[Sequence]) -> Download:
    """The workbook of ``rows`` written to a temporary file, then sent from it (deleted when sent)."""
    spool = tempfile.TemporaryFile(prefix="fazhi-export-")  # noqa: SIM115 - the response closes it
    try:
        write_workbook(spool, title, header, rows)
        spool.seek(0)
    except BaseException:
        spool.close()
        raise
    response = Download(spool, content_type=XLSX)
    response["Content-Disposition"] = content_disposition(filename)
    return response


class _Echo:
    """A file whose ``write`` gives the text back, so that csv.writer produces one line at a time."""

    def write(self, value):
        return value


def guarded_csv_cell(cell) -> str:
    """A list export's CSV cell: empty for null, text guarded as in a workbook."""
    return "" if cell is None else safe_cell(cell)


def csv_lines(
    header: Sequence[str], rows: Iterable[Sequence], cell: Callable = guarded_csv_cell
) -> Iterator[str]:
    """The CSV text of ``rows``, a line at a time, each value written by ``cell``."""
    writer = csv.writer(_Echo())
    yield "\ufeff"  # Excel reads UTF-8 only with the byte-order mark
    yield writer.writerow([str(name) for name in header])
    for row in rows:
        yield writer.writerow([cell(value) for value in row])


def csv_response(
    filename: str, header: Sequence[str], rows: Iterable[Sequence], cell: Callable = guarded_csv_cell
) -> StreamingHttpResponse:
    """A CSV download written row by row as ``rows`` is read (pass ``queryset_rows(...)``).

    ``cell`` writes one value; list exports guard formulas (the default), open data writes
    values as its published schema reads them (``core.opendata.csv_cell``).
    """
    response = StreamingHttpResponse(csv_lines(header, rows, cell), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition(filename)
    return response


def xlsx_file_response(filename: str, data: bytes) -> HttpResponse:
    return download_response(data, XLSX, filename)


def download_response(data: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = content_disposition(filename)
    return response


def ascii_filename(filename: str) -> str:
    """An ASCII stand-in for a Chinese file name, for clients that ignore ``filename*``."""
    stem, dot, extension = filename.rpartition(".")
    if not dot:
        stem, extension = filename, ""
    kept = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-.")
    kept = kept or "download"
    return f"{kept}.{extension}" if extension.isascii() and extension.isalnum() else kept


def content_disposition(filename: str, *, attachment: bool = True) -> str:
    """``attachment; filename="<ASCII>"; filename*=UTF-8''<name>`` (RFC 6266 with RFC 5987)."""
    kind = "attachment" if attachment else "inline"
    return f"{kind}; filename=\"{ascii_filename(filename)}\"; filename*=UTF-8''{quote(filename)}"


def plain_docx(title: str, *paragraphs: str) -> bytes:
    """A Word document of a level-1 heading (when ``title`` is given) and the paragraphs."""
    from docx import Document

    document = Document()
    if title:
        document.add_heading(title, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
