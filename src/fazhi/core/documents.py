"""Official documents (公文) in the layout of GB/T 9704-2012 《党政机关公文格式》, as Word files.

Every notice (通报) and letter (函) the platform writes is an ``OfficialDocument`` turned into a
.docx by ``official_docx``::

    document = OfficialDocument(
        issuer="德清县依法治县办",
        number=document_number(office, 2026, f"filings.notice:{season.pk}"),   # org.naming; 德依法治办〔2026〕3号
        title="关于……的通报",
        addressees="各乡镇人民政府、街道办事处，县政府各部门",
        body=["正文段落……", Heading(1, "一、总体情况"), Table(["序号", "单位"], rows)],
        signed_on=date(2026, 12, 2),
    )
    data = official_docx(document)

What the standard fixes and this module follows: A4 paper; margins top 37 mm, bottom 35 mm,
left 28 mm, right 26 mm (type area 156 × 225 mm); 22 lines a page; the issuing office's mark
in red 小标宋 with the document number under it and a red rule; the title in 2号 小标宋,
centred; the addressees flush left ending in a full-width colon; the body in 3号 仿宋 with a
two-character first-line indent; headings 一、(黑体) （一）(楷体) 1.(仿宋 bold) （1）(仿宋);
attachments after the body; the office's name and the date (``chinese_date``: 2026年12月2日,
Arabic numerals, no leading zeros) at the right; page numbers in 4号 宋体 as ``— 1 —``, odd
pages at the right and even pages at the left.

Fonts are named for both Latin and East Asian text (``w:rFonts`` ascii, hAnsi and eastAsia):
python-docx's ``font.name`` sets only the Latin names, and Word would then draw Chinese in
its default font.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field

from fazhi.core.formatting import chinese_date

# Font names as Word knows them on Chinese government machines.
TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
HEADING_FONTS = {1: "黑体", 2: "楷体_GB2312", 3: BODY_FONT, 4: BODY_FONT}
PAGE_NUMBER_FONT = "宋体"
RED = "FF0000"

# Sizes in points: 初号 42, 小初 36, 一号 26, 二号 22, 三号 16, 四号 14.
ISSUER_MARK_SIZE = 36
TITLE_SIZE = 22
BODY_SIZE = 16
TABLE_SIZE = 14
PAGE_NUMBER_SIZE = 14

# Millimetres.
PAGE_WIDTH, PAGE_HEIGHT = 210, 297
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 37, 35, 28, 26
# The page number sits 7 mm below the type area; its line is about 5 mm high.
FOOTER_DISTANCE = MARGIN_BOTTOM - 7 - 5
# 22 lines in the 225 mm type area.
LINE_PITCH_PT = (PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM) / 25.4 * 72 / 22


@dataclass(frozen=True)
class Heading:
    level: int  # 1: 一、 2: （一） 3: 1. 4: （1）; the caller writes the numbering into ``text``
    text: str


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[list[str]]


@dataclass
class OfficialDocument:
    issuer: str  # 发文机关: the mark at the top and the name above the date
    title: str
    body: list[str | Heading | Table]
    signed_on: dt.date  # 成文日期
    number: str = ""  # 发文字号, e.g. 德依法治办〔2026〕3号
    addressees: str = ""  # 主送机关, without the colon
    attachments: list[str] = field(default_factory=list)
    signature: str = ""  # the name above the date; the issuer's when empty


def format_document_number(prefix: str, year: int, number: int) -> str:
    """德依法治办〔2026〕3号: hexagonal brackets round the year, no leading zeros."""
    return f"{prefix}〔{year}〕{number}号"


def official_docx(document: OfficialDocument) -> bytes:
    """The document as a .docx laid out after GB/T 9704-2012."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    word = Document()
    _page_setup(word)
    _base_style(word)
    if document.issuer:
        mark = _paragraph(word, WD_ALIGN_PARAGRAPH.CENTER)
        _run(mark, document.issuer, TITLE_FONT, ISSUER_MARK_SIZE, color=RED)
        mark.paragraph_format.space_after = _pt(LINE_PITCH_PT)
    if document.number:
        number = _paragraph(word, WD_ALIGN_PARAGRAPH.CENTER)
        _run(number, document.number, BODY_FONT, BODY_SIZE)
    if document.issuer or document.number:
        _red_rule(word)
    title = _paragraph(word, WD_ALIGN_PARAGRAPH.CENTER)
    _run(title, document.title, TITLE_FONT, TITLE_SIZE)
    title.paragraph_format.space_after = _pt(LINE_PITCH_PT)
    if document.addressees:
        addressees = _paragraph(word)
        text = document.addressees.rstrip("：:") + "："
        _run(addressees, text, BODY_FONT, BODY_SIZE)
    for block in document.body:
        if isinstance(block, Heading):
            _heading(word, block)
        elif isinstance(block, Table):
            _table(word, block)
        else:
            _body_paragraph(word, block)
    if document.attachments:
        _paragraph(word)
        _attachments(word, document.attachments)
    _signature(word, document.signature or document.issuer, chinese_date(document.signed_on))
    _page_numbers(word)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


# --- layout helpers -----------------------------------------------------------


def _pt(points: float):
    from docx.shared import Pt

    return Pt(points)


def set_run_fonts(run_or_style, font: str) -> None:
    """Name ``font`` for Latin and East Asian text alike, dropping theme fonts that would win."""
    run_or_style.font.name = font
    _name_fonts(run_or_style.element.get_or_add_rPr().get_or_add_rFonts(), font)


def _name_fonts(fonts, font: str) -> None:
    from docx.oxml.ns import qn

    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        fonts.set(qn(attribute), font)


def _page_setup(word) -> None:
    from docx.shared import Mm

    section = word.sections[0]
    section.page_width, section.page_height = Mm(PAGE_WIDTH), Mm(PAGE_HEIGHT)
    section.top_margin, section.bottom_margin = Mm(MARGIN_TOP), Mm(MARGIN_BOTTOM)
    section.left_margin, section.right_margin = Mm(MARGIN_LEFT), Mm(MARGIN_RIGHT)
    section.footer_distance = Mm(FOOTER_DISTANCE)


def _base_style(word) -> None:
    from docx.enum.text import WD_LINE_SPACING
    from docx.oxml.ns import qn

    # The template's defaults name theme fonts (minorEastAsia...), which Word prefers over names.
    defaults = word.styles.element.find(qn("w:docDefaults"))
    fonts = (
        defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
        if defaults is not None
        else None
    )
    if fonts is not None:
        _name_fonts(fonts, BODY_FONT)
    normal = word.styles["Normal"]
    set_run_fonts(normal, BODY_FONT)
    normal.font.size = _pt(BODY_SIZE)
    normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    normal.paragraph_format.line_spacing = _pt(LINE_PITCH_PT)
    normal.paragraph_format.space_before = _pt(0)
    normal.paragraph_format.space_after = _pt(0)


def _paragraph(word, alignment=None):
    paragraph = word.add_paragraph()
    if alignment is not None:
        paragraph.alignment = alignment
    return paragraph


def _run(paragraph, text: str, font: str, size: float, *, bold: bool = False, color: str = ""):
    from docx.shared import RGBColor

    run = paragraph.add_run(text)
    set_run_fonts(run, font)
    run.font.size = _pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def _body_paragraph(word, text: str) -> None:
    paragraph = _paragraph(word)
    paragraph.paragraph_format.first_line_indent = _pt(2 * BODY_SIZE)
    _run(paragraph, text, BODY_FONT, BODY_SIZE)


def _heading(word, heading: Heading) -> None:
    paragraph = _paragraph(word)
    paragraph.paragraph_format.first_line_indent = _pt(2 * BODY_SIZE)
    paragraph.paragraph_format.keep_with_next = True
    font = HEADING_FONTS.get(heading.level, BODY_FONT)
    _run(paragraph, heading.text, font, BODY_SIZE, bold=heading.level == 3)


def _table(word, table: Table) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    grid = word.add_table(rows=1, cols=len(table.header))
    grid.style = "Table Grid"
    for cell, text in zip(grid.rows[0].cells, table.header, strict=True):
        _cell(cell, text, bold=True, alignment=WD_ALIGN_PARAGRAPH.CENTER)
    for row in table.rows:
        for cell, text in zip(grid.add_row().cells, row, strict=True):
            _cell(cell, text)


def _cell(cell, text: str, *, bold: bool = False, alignment=None) -> None:
    paragraph = cell.paragraphs[0]
    if alignment is not None:
        paragraph.alignment = alignment
    paragraph.paragraph_format.line_spacing = 1.0
    _run(paragraph, str(text), BODY_FONT, TABLE_SIZE, bold=bold)


def _red_rule(word) -> None:
    """The red separating line under the document number (版头中的分隔线)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph = _paragraph(word)
    properties = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in (("w:val", "single"), ("w:sz", "12"), ("w:space", "1"), ("w:color", RED)):
        bottom.set(qn(name), value)
    borders.append(bottom)
    properties.append(borders)


def _attachments(word, names: list[str]) -> None:
    for index, name in enumerate(names, 1):
        paragraph = _paragraph(word)
        if index == 1:
            lead = "附件：" + (f"{index}. " if len(names) > 1 else "")
            paragraph.paragraph_format.first_line_indent = _pt(2 * BODY_SIZE)
        else:
            lead = f"{index}. "
            paragraph.paragraph_format.left_indent = _pt(5 * BODY_SIZE)
        _run(paragraph, lead + name, BODY_FONT, BODY_SIZE)


def _width(text: str) -> float:
    """Width in body characters: ASCII (digits) is half as wide as a Chinese character."""
    return sum(0.5 if char.isascii() else 1 for char in text)


def _signature(word, signature: str, date_text: str) -> None:
    """The office's name and the date (GB/T 9704-2012, 7.3.5.2, no seal).

    The name stands two characters from the right margin and the date on the next line starts
    two characters right of the name's first character; when the name is too short for that,
    the date stands four characters from the margin with the name centred above it.
    """
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    _paragraph(word)
    name_width, date_width = _width(signature), _width(date_text)
    if name_width - 2 >= date_width:
        name_right, date_right = 2.0, name_width - date_width
    else:
        date_right = 4.0
        name_right = 4.0 + (date_width - name_width) / 2
    for text, right in ((signature, name_right), (date_text, date_right)):
        if not text:
            continue
        paragraph = _paragraph(word, WD_ALIGN_PARAGRAPH.RIGHT)
        paragraph.paragraph_format.right_indent = _pt(right * BODY_SIZE)
        _run(paragraph, text, BODY_FONT, BODY_SIZE)


def _page_numbers(word) -> None:
    """— 1 — in 4号 宋体: odd pages one character from the right, even pages from the left."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    word.settings.odd_and_even_pages_header_footer = True
    section = word.sections[0]
    for footer, alignment in (
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        paragraph.alignment = alignment
        indent = _pt(PAGE_NUMBER_SIZE)
        if alignment == WD_ALIGN_PARAGRAPH.RIGHT:
            paragraph.paragraph_format.right_indent = indent
        else:
            paragraph.paragraph_format.left_indent = indent
        _run(paragraph, "— ", PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE)
        _page_field(_run(paragraph, "", PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE))
        _run(paragraph, " —", PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE)


def _page_field(run) -> None:
    """A PAGE field inside ``run``: Word shows the page's number."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def char(kind: str):
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        return element

    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = " PAGE "
    shown = OxmlElement("w:t")
    shown.text = "1"
    for element in (char("begin"), instruction, char("separate"), shown, char("end")):
        run._r.append(element)
