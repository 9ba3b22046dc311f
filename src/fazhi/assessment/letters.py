"""The one-page feedback letter (反馈函) to each unit: its score, rank, and every point lost and why.

Word through python-docx, PDF through reportlab. Both are built from
``letter_content``, so the two always say the same thing.

The PDF's font (``pdf_font``): the TrueType file named by the setting
``FAZHI_PDF_FONT``, else the first usable TrueType-outline CJK font of
``CJK_FONT_CANDIDATES``, embedded as a subset so that every viewer shows the
glyphs; when none is usable, reportlab's built-in CID font STSong-Light, which
is not embedded and shows as missing glyphs in viewers without Adobe's Asian
font pack. docs/indicators-assessment.md says which Debian packages qualify.
"""

from __future__ import annotations

import functools
import hashlib
import io
import logging
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

from fazhi.assessment.models import Assessment

log = logging.getLogger(__name__)

# Debian's CJK fonts with TrueType (glyf) outlines, in order of preference. fonts-noto-cjk is not
# here on purpose: its .ttc files carry CFF outlines, which reportlab cannot embed ("postscript
# outlines are not supported").
CJK_FONT_CANDIDATES = (
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),  # fonts-wqy-zenhei
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),  # fonts-wqy-microhei
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),  # fonts-arphic-uming
    ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),  # fonts-arphic-gbsn00lp
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),  # fonts-droid-fallback
)
FALLBACK_FONT = "STSong-Light"
# A font is used only if it draws these: a Latin-only TrueType file named by mistake would
# otherwise print every Chinese character as an empty box.
REQUIRED_CHARACTERS = "法治政府考核反馈函单位扣分：；，。（）"


def pdf_font() -> str:
    """The registered reportlab font name for the letter: an embeddable TrueType CJK font or STSong-Light."""
    return _registered_font(getattr(settings, "FAZHI_PDF_FONT", "") or "")


@functools.cache
def _registered_font(configured: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    candidates = [(configured, 0)] if configured else []
    for path, index in [*candidates, *CJK_FONT_CANDIDATES]:
        font = _truetype_font(path, index, explicit=path == configured)
        if font is not None:
            pdfmetrics.registerFont(font)
            return font.fontName
    if FALLBACK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_FONT))
    return FALLBACK_FONT


def _truetype_font(path: str, index: int, *, explicit: bool):
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    if not Path(path).is_file():
        if explicit:
            log.warning("FAZHI_PDF_FONT %s is not a file; looking for another CJK font", path)
        return None
    name = "FazhiCJK-" + hashlib.sha256(f"{path}#{index}".encode()).hexdigest()[:10]
    try:
        font = TTFont(name, path, subfontIndex=index)
    except (TTFError, OSError, ValueError) as error:
        (log.warning if explicit else log.info)("PDF font %s cannot be embedded: %s", path, error)
        return None
    missing = [char for char in REQUIRED_CHARACTERS if ord(char) not in font.face.charToGlyph]
    if missing:
        (log.warning if explicit else log.info)("PDF font %s lacks %s", path, "".join(missing))
        return None
    return font


@dataclass(frozen=True)
class LostLine:
    number: str
    title: str
    max_points: Decimal
    final_points: Decimal
    reasons: list[str]

    @property
    def lost(self) -> Decimal:
        return self.max_points - self.final_points


@dataclass(frozen=True)
class LetterContent:
    title: str
    addressee: str
    opening: str
    lines: list[LostLine]
    closing: str


def _n(value) -> str:
    return f"{Decimal(value).normalize():f}"


def letter_content(assessment: Assessment) -> LetterContent:
    scheme, unit = assessment.scheme, assessment.organisation
    lines = []
    for score in assessment.scores.select_related("item").prefetch_related("deductions"):
        final = score.final_points if score.final_points is not None else Decimal(0)
        if final >= score.item.max_points:
            continue
        reasons = [score.computation] if score.computation else []
        if score.adjusted_points is not None:
            reasons.append(
                _("Set by the office to %(points)s points: %(reason)s")
                % {"points": _n(score.adjusted_points), "reason": score.adjustment_reason}
            )
        reasons += [
            _("Deducted %(points)s points: %(reason)s") % {"points": _n(d.points), "reason": d.reason}
            for d in score.deductions.all()
        ]
        lines.append(LostLine(score.item.number, score.item.title, score.item.max_points, final, reasons))
    total = _n(assessment.total) if assessment.total is not None else "—"
    rank = (
        _("rank %(rank)d of %(size)d %(group)s")
        % {"rank": assessment.rank, "size": assessment.group_size, "group": assessment.get_group_display()}
        if assessment.rank
        else _("not ranked yet")
    )
    opening = _(
        "Under %(scheme)s, your unit scored %(total)s of %(max)s points, %(rank)s. "
        "The items where points were lost, and why:"
    ) % {"scheme": f"{scheme.year}年{scheme.name}", "total": total, "max": _n(scheme.max_total), "rank": rank}
    closing = _(
        "Every rate above is shown with its numerator, denominator and definition; each score's "
        "computation can be checked on the platform. Please rectify the items above."
    )
    return LetterContent(
        _("Feedback on the %(year)s rule-of-law assessment") % {"year": scheme.year},
        unit.name + "：",
        opening,
        lines,
        closing,
    )


def letter_docx(assessment: Assessment) -> bytes:
    from docx import Document
    from docx.shared import Pt

    content = letter_content(assessment)
    document = Document()
    style = document.styles["Normal"]
    style.font.size = Pt(10.5)
    document.add_heading(content.title, level=1)
    document.add_paragraph(content.addressee)
    document.add_paragraph(content.opening)
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells, [_("Item"), _("Points"), _("Lost"), _("Reasons")], strict=True
    ):
        cell.text = text
    for line in content.lines:
        cells = table.add_row().cells
        cells[0].text = f"{line.number} {line.title}"
        cells[1].text = f"{_n(line.final_points)}/{_n(line.max_points)}"
        cells[2].text = _n(line.lost)
        cells[3].text = "；".join(line.reasons)
    if not content.lines:
        document.add_paragraph(_("No points were lost."))
    document.add_paragraph(content.closing)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def letter_pdf(assessment: Assessment) -> bytes:
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    content = letter_content(assessment)
    body = ParagraphStyle("body", fontName=pdf_font(), fontSize=9.5, leading=14, wordWrap="CJK")
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=11)
    heading = ParagraphStyle("heading", parent=body, fontSize=15, leading=22, alignment=1)
    story = [
        Paragraph(escape(content.title), heading),
        Spacer(1, 4 * mm),
        Paragraph(escape(content.addressee), body),
        Paragraph(escape(content.opening), body),
        Spacer(1, 3 * mm),
    ]
    rows = [[Paragraph(escape(text), small) for text in (_("Item"), _("Points"), _("Lost"), _("Reasons"))]]
    for line in content.lines:
        rows.append(
            [
                Paragraph(escape(f"{line.number} {line.title}"), small),
                Paragraph(f"{_n(line.final_points)}/{_n(line.max_points)}", small),
                Paragraph(_n(line.lost), small),
                Paragraph(escape("；".join(line.reasons)), small),
            ]
        )
    if content.lines:
        table = Table(rows, colWidths=[48 * mm, 16 * mm, 12 * mm, 104 * mm], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
                ]
            )
        )
        story.append(table)
    else:
        story.append(Paragraph(escape(_("No points were lost.")), body))
    story += [Spacer(1, 3 * mm), Paragraph(escape(content.closing), body)]
    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=content.title,
    ).build(story)
    return buffer.getvalue()
