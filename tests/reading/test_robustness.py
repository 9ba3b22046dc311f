"""No input crashes or hangs the engine: property tests and a bounded fuzz run."""

from __future__ import annotations

import io
import random
import time

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from fazhi.reading import ReadingError, read
from fazhi.reading.decode import unwrap

from .conftest import fixture_text

# Any single input must be read within this many seconds (a hang shows up here);
# generous so that a loaded CI machine does not fail it. Typical: well under 0.5 s.
PER_INPUT_SECONDS = 10

# Examples per property: 150 in ``make test``, the fuzz profile's count under ``make fuzz``.
EXAMPLES = max(150, settings().max_examples)

# The huge inputs below take about 2 s on an idle core.
HUGE_INPUT_SECONDS = 30

GENRE_ALPHABET = st.sampled_from(
    list(
        "一二三四五六七八九十百千万亿零两余近约逾超过以上左右年月日件项次人个场份条户家%元，。、；：（）()“”《》\n 0123456789"
    )
    + [
        "法治政府建设",
        "报告",
        "行政复议案件",
        "出庭率从",
        "升至",
        "今年",
        "第一责任人",
        "存在的问题",
        "下一步",
        "关于",
        "人民政府",
        "区",
        "县",
        "市",
        "镇",
        "(shè)",
        "發布時間：",
        "2020925",
        "*区",
        "??",
        "\ufffd",
        "其中",
        "撤回",
        "通过考试",
        "同比增长",
        "逾三成",
        "成",
        "清单",
        "二〇二三年",
        "恩施州",
        "街道办事处",
        "十九大",
    ]
)


def _check_reading(reading) -> None:
    text = reading.text
    for fact in reading.facts:
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text
    for defect in reading.defects:
        assert text[defect.start : defect.end] == defect.text
    for element in reading.elements.values():
        if element.evidence is not None:
            assert text[element.evidence.start : element.evidence.end] == element.evidence.text
    reading.as_dict()


def _read_quickly(data: bytes, limit: float = PER_INPUT_SECONDS):
    started = time.perf_counter()
    try:
        reading = read(data)
    except ReadingError:
        reading = None
    assert time.perf_counter() - started < limit
    if reading is not None:
        _check_reading(reading)
    return reading


@settings(max_examples=EXAMPLES)
@given(st.binary(max_size=4000))
def test_random_bytes_never_crash(data):
    _read_quickly(data)


@settings(max_examples=EXAMPLES)
@given(st.lists(GENRE_ALPHABET, max_size=400).map("".join))
@example("一，\n，")  # a line break inside a run of clause marks once crashed repair()
def test_genre_shaped_text_never_crashes_and_spans_hold(text):
    for encoding in ("utf-8", "gb18030", "utf-16"):
        _read_quickly(text.encode(encoding, errors="replace"))


@settings(max_examples=EXAMPLES)
@given(st.lists(st.sampled_from(list("法治政府建设报告。，：1 \n")), max_size=600).map("".join))
def test_unwrapping_pdf_lines_only_removes_line_breaks_and_their_spaces(text):
    unwrapped = unwrap(text)
    assert "".join(unwrapped.split()) == "".join(text.split())
    assert unwrapped.count("\n") <= text.count("\n")


@settings(max_examples=max(60, EXAMPLES // 3))
@given(st.integers(min_value=0, max_value=10**6), st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_cutting_a_report_anywhere_never_crashes(cut, encoding):
    data = fixture_text("city_annual_2019.txt").encode(encoding)
    _read_quickly(data[: cut % (len(data) + 1)])


def _docx() -> bytes:
    import docx

    document = docx.Document()
    for line in fixture_text("department_report_2023.txt").splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _pdf() -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.setFont("STSong-Light", 10)
    for index, line in enumerate(fixture_text("township_report_2022.txt").splitlines()):
        pdf.drawString(20, 800 - 14 * index, line[:60])
    pdf.save()
    return buffer.getvalue()


@pytest.mark.parametrize(
    "make", [_docx, _pdf, lambda: fixture_text("../fixtures/province_report_2024.html").encode()]
)
def test_truncated_and_corrupted_documents_never_crash(make):
    data = make()
    rng = random.Random(7)
    cuts = sorted({len(data) * i // 25 for i in range(25)} | {rng.randrange(len(data)) for _ in range(10)})
    for cut in cuts:
        _read_quickly(data[:cut])
    for _ in range(15):
        corrupted = bytearray(data)
        for _ in range(20):
            corrupted[rng.randrange(len(corrupted))] = rng.randrange(256)
        _read_quickly(bytes(corrupted))


def test_huge_lines_are_read_in_bounded_time():
    line = "全年办理行政复议案件20件，" * 15000  # one 210,000-character line
    reading = _read_quickly(line.encode(), HUGE_INPUT_SECONDS)
    assert reading is not None and len(reading.facts) >= 1
    no_breaks = ("法" * 300000).encode()
    _read_quickly(no_breaks, HUGE_INPUT_SECONDS)
    punctuation = ("，" * 200000 + "。" * 200000).encode()
    _read_quickly(punctuation, HUGE_INPUT_SECONDS)
    digits = ("2020925" * 50000).encode()
    _read_quickly(digits, HUGE_INPUT_SECONDS)
