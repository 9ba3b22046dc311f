"""The feedback letter's PDF font: an embedded TrueType CJK font when one is usable, else STSong-Light.

No CJK TrueType font is installed by ``make test`` (fonts-noto-cjk has CFF outlines, which reportlab
cannot embed), so the embedding path is tested with a tiny TrueType font built here: one square glyph
drawn for every character the letter prints.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from pypdf import PdfReader

from fazhi.assessment import letters

NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
# ASCII, CJK symbols and punctuation, CJK unified ideographs, full-width forms.
RANGES = ((0x20, 0x7E), (0x3000, 0x303F), (0x4E00, 0x9FFF), (0xFF00, 0xFFEF))


def tiny_cjk_truetype(path: Path) -> Path:
    """A valid TrueType font (glyf outlines): glyph 1, a square, for every character of RANGES."""
    square = struct.pack(">hhhhh", 1, 100, 0, 700, 700) + struct.pack(">HH", 3, 0) + bytes([1] * 4)
    square += struct.pack(">4h", 100, 600, 0, -600) + struct.pack(">4h", 0, 0, 700, 0)
    square += b"\0" * (-len(square) % 4)
    name = "FazhiTestCJK".encode("utf-16-be")
    groups = b"".join(struct.pack(">III", start, end, 1) for start, end in RANGES)
    tables = {
        b"head": struct.pack(
            ">IIIIHHQQhhhhHHhhh",
            0x10000,
            0x10000,
            0,
            0x5F0F3CF5,
            0,
            1000,
            0,
            0,
            0,
            0,
            800,
            800,
            0,
            8,
            2,
            0,
            0,
        ),
        b"hhea": struct.pack(">I10h4hhH", 0x10000, 800, -200, 0, 1000, 0, 0, 800, 1, 0, 0, 0, 0, 0, 0, 0, 2),
        b"maxp": struct.pack(">IH13H", 0x10000, 2, 4, 1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0),
        b"post": struct.pack(">IIhhIIIII", 0x30000, 0, -100, 50, 0, 0, 0, 0, 0),
        b"name": struct.pack(">HHH", 0, 1, 18) + struct.pack(">6H", 3, 1, 0x409, 6, len(name), 0) + name,
        b"cmap": struct.pack(">HH", 0, 1)
        + struct.pack(">HHI", 3, 10, 12)
        + struct.pack(">HHIII", 13, 0, 16 + len(groups), 0, len(RANGES))
        + groups,
        b"hmtx": struct.pack(">4H", 500, 0, 1000, 100),
        b"loca": struct.pack(">3H", 0, 0, len(square) // 2),
        b"glyf": square,
    }
    offset = 12 + 16 * len(tables)
    directory, data = b"", b""
    for tag in sorted(tables):
        body = tables[tag] + b"\0" * (-len(tables[tag]) % 4)
        checksum = sum(struct.unpack(f">{len(body) // 4}I", body)) & 0xFFFFFFFF
        directory += struct.pack(">4sIII", tag, checksum, offset + len(data), len(tables[tag]))
        data += body
    path.write_bytes(struct.pack(">IHHHH", 0x10000, len(tables), 128, 3, 16) + directory + data)
    return path


def pdf_of(sheet) -> tuple[bytes, str]:
    content = letters.letter_pdf(sheet)
    reader = PdfReader(io.BytesIO(content))
    return content, "".join(page.extract_text() for page in reader.pages)


@pytest.fixture(autouse=True)
def fresh_font_choice():
    letters._registered_font.cache_clear()
    yield
    letters._registered_font.cache_clear()


@pytest.fixture
def no_system_fonts(monkeypatch, tmp_path):
    # This machine's fonts must not decide the outcome: only FAZHI_PDF_FONT or nothing.
    monkeypatch.setattr(letters, "CJK_FONT_CANDIDATES", ((str(tmp_path / "absent.ttc"), 0),))


def test_a_truetype_font_is_embedded_and_the_text_reads_back(
    settings, tmp_path, no_system_fonts, final_sheet, unit_a
):
    settings.FAZHI_PDF_FONT = str(tiny_cjk_truetype(tmp_path / "tiny-cjk.ttf"))
    content, text = pdf_of(final_sheet)
    assert letters.pdf_font().startswith("FazhiCJK-")
    assert b"/FontFile2" in content and b"STSong-Light" not in content
    assert unit_a.name in text and "败诉案件未按期整改" in text and "反馈函" in text


def test_without_a_usable_font_it_falls_back_to_stsong(settings, no_system_fonts, final_sheet, unit_a):
    settings.FAZHI_PDF_FONT = ""
    content, text = pdf_of(final_sheet)
    assert letters.pdf_font() == "STSong-Light"
    assert b"/FontFile2" not in content and b"STSong-Light" in content
    assert unit_a.name in text and "败诉案件未按期整改" in text


@pytest.mark.parametrize(
    "configured",
    [
        pytest.param(NOTO_CJK, id="noto-cjk-has-cff-outlines"),
        pytest.param(DEJAVU, id="latin-only-truetype"),
        pytest.param(Path("/nonexistent/font.ttf"), id="missing-file"),
    ],
)
def test_an_unusable_configured_font_is_skipped_with_a_warning(
    settings, no_system_fonts, caplog, final_sheet, unit_a, configured
):
    if not configured.parent.exists() and configured.name != "font.ttf":
        pytest.skip(f"{configured} is not installed here")
    settings.FAZHI_PDF_FONT = str(configured)
    with caplog.at_level("WARNING", logger="fazhi.assessment.letters"):
        content, text = pdf_of(final_sheet)
    assert letters.pdf_font() == "STSong-Light"
    assert str(configured) in caplog.text
    assert unit_a.name in text


def test_the_machines_own_choice_embeds_whenever_it_is_truetype(settings, final_sheet, unit_a):
    """Whatever this machine has: a found TrueType CJK font is embedded; otherwise STSong-Light."""
    settings.FAZHI_PDF_FONT = ""
    content, text = pdf_of(final_sheet)
    embedded = letters.pdf_font() != "STSong-Light"
    assert (b"/FontFile2" in content) is embedded
    assert unit_a.name in text and "败诉案件未按期整改" in text
