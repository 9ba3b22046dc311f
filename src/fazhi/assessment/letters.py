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

import datetime as dt
import functools
import hashlib
import io
import logging
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from fazhi.assessment.models import Assessment
from fazhi.core.deadlines import local_today
from fazhi.core.documents import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    OfficialDocument,
    Table,
    chinese_date,
    official_docx,
)
from fazhi.org.models import Membership, Role
from fazhi.org.naming import document_number, office_display_name
from fazhi.org.offices import office_of_region

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
    addressee: str  # the unit, without the colon
    opening: str
    lines: list[LostLine]
    closing: str
    issuer: str = ""  # the rule-of-law office, named for its level
    number: str = ""  # 文号, when the region has an office
    signed_on: dt.date | None = None


def _n(value) -> str:
    return f"{Decimal(value).normalize():f}"


def _scheme_title(scheme) -> str:
    """The scheme as the letter names it, with its year once (not 2026年德清县2026年度…)."""
    name = scheme.name.strip()
    return name if str(scheme.year) in name else f"{scheme.year}年度{name}"


def _setters(assessment: Assessment, issuer: str) -> dict[str, str]:
    """Who set each adjusted item's points, by item number: the office, or an evaluator."""
    events = assessment.events.filter(verb="review").select_related("actor").order_by("created_at", "id")
    office_people = set(
        Membership.objects.filter(
            is_active=True,
            role__in=(Role.OFFICE_REVIEWER, Role.SYSTEM_ADMIN),
            organisation__is_rule_of_law_office=True,
        ).values_list("user_id", flat=True)
    )
    evaluators = set(
        Membership.objects.filter(is_active=True, role=Role.EVALUATOR).values_list("user_id", flat=True)
    )
    setters = {}
    for event in events:
        if event.actor_id in office_people:
            setters[event.data.get("item")] = issuer
        elif event.actor_id in evaluators:
            setters[event.data.get("item")] = _("the evaluator")
        else:
            setters[event.data.get("item")] = ""
    return setters


def _signed_on(assessment: Assessment) -> dt.date:
    finalised = assessment.events.filter(verb="finalise").order_by("-created_at", "-id").first()
    return timezone.localdate(finalised.created_at) if finalised else local_today()


def letter_content(assessment: Assessment) -> LetterContent:
    scheme, unit = assessment.scheme, assessment.organisation
    office = office_of_region(scheme.region_code)
    issuer = office_display_name(office, region_code=scheme.region_code)
    setters = _setters(assessment, issuer)
    lines = []
    for score in assessment.scores.select_related("item").prefetch_related("deductions"):
        final = score.final_points if score.final_points is not None else Decimal(0)
        if final >= score.item.max_points:
            continue
        reasons = [score.computation] if score.computation else []
        if score.adjusted_points is not None:
            setter = setters.get(score.item.number, "")
            values = {"points": _n(score.adjusted_points), "reason": score.adjustment_reason, "by": setter}
            reasons.append(
                (
                    _("Set by %(by)s to %(points)s points: %(reason)s")
                    if setter
                    else _("Set to %(points)s points: %(reason)s")
                )
                % values
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
    ) % {"scheme": _scheme_title(scheme), "total": total, "max": _n(scheme.max_total), "rank": rank}
    closing = _(
        "Every rate above is shown with its numerator, denominator and definition; each score's "
        "computation can be checked on the platform. Please rectify the items above."
    )
    signed_on = _signed_on(assessment)
    number = document_number(office, signed_on.year, f"assessment.letter:{assessment.pk}") if office else ""
    return LetterContent(
        _("Feedback on the %(year)s rule-of-law assessment") % {"year": scheme.year},
        unit.name,
        opening,
        lines,
        closing,
        issuer=issuer,
        number=number,
        signed_on=signed_on,
    )


def letter_docx(assessment: Assessment) -> bytes:
    content = letter_content(assessment)
    body: list = [content.opening]
    if content.lines:
        body.append(
            Table(
                [_("Item"), _("Points"), _("Lost"), _("Reasons")],
                [
                    [
                        f"{line.number} {line.title}",
                        f"{_n(line.final_points)}/{_n(line.max_points)}",
                        _n(line.lost),
                        "；".join(line.reasons),
                    ]
                    for line in content.lines
                ],
            )
        )
    else:
        body.append(_("No points were lost."))
    body.append(content.closing)
    return official_docx(
        OfficialDocument(
            issuer=content.issuer,
            number=content.number,
            title=content.title,
            addressees=content.addressee,
            body=body,
            signed_on=content.signed_on,
        )
    )


def letter_pdf(assessment: Assessment) -> bytes:
    """The same letter on A4 with the margins of GB/T 9704-2012, in an embedded CJK font when one is usable."""
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as PdfTable

    content = letter_content(assessment)
    font = pdf_font()
    # GB/T 9704-2012: body in 三号 (16 pt), 22 lines a page (leading 28.9 pt), two characters' indent;
    # the title in 二号 (22 pt). The score table stays small to fit its four columns.
    body = ParagraphStyle(
        "body", fontName=font, fontSize=BODY_PT, leading=28.9, wordWrap="CJK", firstLineIndent=2 * BODY_PT
    )
    flush = ParagraphStyle("flush", parent=body, firstLineIndent=0)
    right = ParagraphStyle("right", parent=flush, alignment=2, rightIndent=4 * BODY_PT)
    centred = ParagraphStyle("centred", parent=flush, alignment=1)
    small = ParagraphStyle("small", parent=flush, fontSize=7.5, leading=9.5)
    heading = ParagraphStyle("heading", parent=flush, fontSize=22, leading=33, alignment=1)
    mark = ParagraphStyle("mark", parent=heading, fontSize=26, leading=36, textColor=colors.red)
    story = []
    if content.issuer:
        story.append(Paragraph(escape(content.issuer), mark))
    if content.number:
        story.append(Paragraph(escape(content.number), centred))
    story += [
        Spacer(1, 4 * mm),
        Paragraph(escape(content.title), heading),
        Spacer(1, 3 * mm),
        Paragraph(escape(content.addressee + "："), flush),
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
        table = PdfTable(rows, colWidths=[44 * mm, 12 * mm, 9 * mm, 91 * mm], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        story.append(table)
    else:
        story.append(Paragraph(escape(_("No points were lost.")), body))
    story += [Spacer(1, 3 * mm), Paragraph(escape(content.closing), body), Spacer(1, 4 * mm)]
    if content.issuer:
        story.append(Paragraph(escape(content.issuer), right))
    story.append(Paragraph(escape(chinese_date(content.signed_on)), right))
    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer,
        pagesize=A4,
        topMargin=MARGIN_TOP * mm,
        bottomMargin=MARGIN_BOTTOM * mm,
        leftMargin=MARGIN_LEFT * mm,
        rightMargin=MARGIN_RIGHT * mm,
        title=content.title,
    ).build(story, onFirstPage=_page_number(font), onLaterPages=_page_number(font))
    return buffer.getvalue()


BODY_PT = 16  # 三号
MM = 72 / 25.4  # points in a millimetre


def _page_number(font: str):
    """GB/T 9704 page numbers: 四号 (14 pt) figures between em dashes, under the text block."""

    def draw(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(font, 14)
        canvas.drawCentredString(
            document.pagesize[0] / 2, document.bottomMargin - 7 * MM, f"— {document.page} —"
        )
        canvas.restoreState()

    return draw
