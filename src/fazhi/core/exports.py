"""Excel export for list pages: the rows a user sees, nothing more.

Pass an already-scoped queryset (``visible(...)``); the helper only formats.
``plain_docx`` is the plainest Word file (a heading and paragraphs), for demo
documents and the like; official layouts (notices, letters) are each app's.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from urllib.parse import quote

from django.http import HttpResponse

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def workbook_bytes(title: str, header: Sequence[str], rows: Iterable[Sequence]) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(str(title)[:31])
    sheet.append([str(cell) for cell in header])
    for row in rows:
        # A leading "=" would make Excel evaluate user text as a formula.
        sheet.append([f"'{cell}" if isinstance(cell, str) and cell[:1] in "=+-@" else cell for cell in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xlsx_response(filename: str, title: str, header: Sequence[str], rows: Iterable[Sequence]) -> HttpResponse:
    return xlsx_file_response(filename, workbook_bytes(title, header, rows))


def xlsx_file_response(filename: str, data: bytes) -> HttpResponse:
    response = HttpResponse(data, content_type=XLSX)
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(filename)}"
    return response


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
