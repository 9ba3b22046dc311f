"""Peer benchmark: other regions' published reports in bulk, and their numbers side by side.

Uploaded archives are opened in memory and never extracted to disk, so a
member's path cannot land anywhere; members are still refused when their name
tries to climb out (``..``, absolute paths), and the archive as a whole is
bounded in members, in bytes and in compression ratio (zip bombs).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import PurePosixPath
from xml.sax.saxutils import escape

from django.utils.translation import gettext as _

from fazhi.filings import rules

MAX_ARCHIVE_MEMBERS = 500
MAX_ARCHIVE_TOTAL_BYTES = 200 * 1024 * 1024
# Text and office files compress well, but not a thousandfold: beyond this a
# member is a bomb, whatever its header claims.
MAX_COMPRESSION_RATIO = 100
# An uploaded archive itself (compressed) may be at most this large.
MAX_ARCHIVE_UPLOAD_BYTES = 100 * 1024 * 1024
MEMBER_KINDS = {"docx", "pdf", "html", "htm", "txt"}


@dataclass
class Incoming:
    name: str
    data: bytes


@dataclass
class Unpacked:
    files: list[Incoming] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (name, reason)


def _unsafe(name: str) -> bool:
    path = PurePosixPath(name.replace("\\", "/"))
    return path.is_absolute() or ".." in path.parts or ":" in name


def unpack(name: str, data: bytes) -> Unpacked:
    """The report files in one upload: the file itself, or the members of a zip archive."""
    out = Unpacked()
    limit = rules.max_report_bytes()
    if not name.lower().endswith(".zip"):
        if len(data) > limit:
            out.skipped.append((name, _("larger than %(limit)d MB") % {"limit": limit // (1024 * 1024)}))
        elif not data:
            out.skipped.append((name, _("The file is empty.")))
        else:
            out.files.append(Incoming(name, data))
        return out
    if len(data) > MAX_ARCHIVE_UPLOAD_BYTES:
        out.skipped.append(
            (name, _("larger than %(limit)d MB") % {"limit": MAX_ARCHIVE_UPLOAD_BYTES // (1024 * 1024)})
        )
        return out
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, ValueError):
        out.skipped.append((name, _("The zip archive is damaged.")))
        return out
    if len(members) > MAX_ARCHIVE_MEMBERS:
        out.skipped.append((name, _("The archive holds more than %(n)d files.") % {"n": MAX_ARCHIVE_MEMBERS}))
        return out
    total = 0
    for member in members:
        if member.is_dir():
            continue
        shown = member.filename[:200]
        extension = PurePosixPath(member.filename).suffix.lower().lstrip(".")
        if _unsafe(member.filename):
            out.skipped.append((shown, _("unsafe path in the archive")))
        elif member.flag_bits & 0x1:
            out.skipped.append((shown, _("encrypted")))
        elif extension not in MEMBER_KINDS:
            out.skipped.append((shown, _("not a report file (docx, pdf, html, txt)")))
        elif member.compress_size and member.file_size / member.compress_size > MAX_COMPRESSION_RATIO:
            out.skipped.append((shown, _("compressed suspiciously well (a zip bomb?)")))
        elif member.file_size > limit:
            out.skipped.append((shown, _("larger than %(limit)d MB") % {"limit": limit // (1024 * 1024)}))
        else:
            try:
                with archive.open(member) as stream:
                    # Never trust the header's size: read at most one byte past the limit.
                    content = stream.read(limit + 1)
            except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError):
                out.skipped.append((shown, _("damaged in the archive")))
                continue
            total += len(content)
            if len(content) > limit or total > MAX_ARCHIVE_TOTAL_BYTES:
                out.skipped.append((shown, _("larger than %(limit)d MB") % {"limit": limit // (1024 * 1024)}))
                if total > MAX_ARCHIVE_TOTAL_BYTES:
                    break
                continue
            out.files.append(Incoming(shown, content))
    return out


@dataclass
class Cell:
    value: Decimal | float | int
    unit: str
    sentence: str
    url: str


@dataclass
class ComparisonRow:
    region_code: str
    region_name: str
    year: int | None
    is_own: bool
    cells: dict[str, Cell]


def comparison(benchmark_set, codes: list[str], own_rows: list[ComparisonRow]) -> list[ComparisonRow]:
    """One row per (region, year) of the set, plus the own region's accepted facts."""
    from django.urls import reverse

    rows: dict[tuple[str, int | None], ComparisonRow] = {}
    for report in benchmark_set.reports.all():
        key = (report.region_code or report.source, report.year)
        row = rows.setdefault(
            key,
            ComparisonRow(
                report.region_code,
                report.region_name or report.source,
                report.year,
                report.region_code == benchmark_set.region_code,
                {},
            ),
        )
        for index, fact in enumerate(report.reading.get("facts") or []):
            code = fact.get("indicator")
            if code in codes and code not in row.cells:
                url = (
                    reverse("filings:benchmark_report", args=[benchmark_set.pk, report.pk]) + f"#fact-{index}"
                )
                row.cells[code] = Cell(fact["value"], fact.get("unit", ""), fact["evidence"]["text"], url)
    for own in own_rows:
        rows.setdefault((own.region_code + "·own", own.year), own)
    return sorted(rows.values(), key=lambda r: (not r.is_own, r.region_code, r.year or 0))


def available_codes(benchmark_set) -> list[tuple[str, str]]:
    """(code, name) of the indicators the set's reports state, most frequent first."""
    seen: dict[str, tuple[str, int]] = {}
    for reading in benchmark_set.reports.values_list("reading", flat=True):
        for fact in reading.get("facts") or []:
            code = fact.get("indicator")
            if code:
                name, count = seen.get(code, (fact.get("name") or code, 0))
                seen[code] = (name, count + 1)
    return [(code, name) for code, (name, _count) in sorted(seen.items(), key=lambda item: -item[1][1])]


CHART_WIDTH = 640
BAR_HEIGHT = 22
LABEL_WIDTH = 220


def bar_chart_svg(title: str, rows: list[ComparisonRow], code: str) -> str:
    """A horizontal bar chart as SVG markup (rendered on the server; no script, no network)."""
    bars = [
        (
            f"{row.region_name} {row.year or ''}",
            float(row.cells[code].value),
            row.is_own,
            row.cells[code].unit,
        )
        for row in rows
        if code in row.cells
    ]
    height = 40 + BAR_HEIGHT * max(len(bars), 1)
    top = max((value for _label, value, _own, _unit in bars), default=0) or 1
    span = CHART_WIDTH - LABEL_WIDTH - 90
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{CHART_WIDTH}" height="{height}" '
        f'viewBox="0 0 {CHART_WIDTH} {height}" class="chart"><title>{escape(title)}</title>',
        f'<text x="0" y="16" font-size="14" font-weight="bold">{escape(title)}</text>',
    ]
    for index, (label, value, own, unit) in enumerate(bars):
        y = 30 + index * BAR_HEIGHT
        width = max(1, round(span * value / top))
        colour = "#b0302a" if own else "#5b7aa6"
        marker = ' data-own="1"' if own else ""
        shown = f"{value:g}{unit}"
        parts.append(f'<text x="0" y="{y + 15}" font-size="12">{escape(label[:24])}</text>')
        parts.append(
            f'<rect x="{LABEL_WIDTH}" y="{y + 3}" width="{width}" height="{BAR_HEIGHT - 6}" '
            f'fill="{colour}"{marker}/>'
        )
        parts.append(
            f'<text x="{LABEL_WIDTH + width + 4}" y="{y + 15}" font-size="12">{escape(shown)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
