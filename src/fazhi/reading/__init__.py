"""fazhi.reading: read a published rule-of-law report into structured, checked data.

One entry point, ``read(source) -> Reading``; ``source`` is bytes, a path or a
binary file. Pure function of the bytes: no network, no Django, no state.

Stages: decode -> repair (``repair/``: characters, page chrome) -> segment ->
classify (kind, title, year; publication date from the dropped chrome; issuer and
region; statutory parts) -> extract (``extract/``: the facts) -> check. The module
map, and where to look when a page is misread, is in docs/reading.md.

The cascade of fallbacks, in order:
- format: PDF magic -> pypdf text layer (page numbers dropped, layout lines
  joined back into paragraphs); zip with ``word/`` -> python-docx; otherwise
  text, and HTML when it has tags.
- encoding: BOM -> UTF-16 by its NUL bytes -> strict UTF-8 -> the HTML charset
  declaration -> GB18030 or Big5, whichever decodes into more common Chinese
  characters -> charset-normalizer when both fail.
- HTML main text: trafilatura -> the whole page's text when trafilatura keeps
  too little (``decode.MIN_MAIN_TEXT_CHARS``) or mostly layout-table rows,
  cleaned by the repair stage's chrome filter.
- title: a title-shaped line at the top (joined across a line break, never
  to a date line) -> the HTML ``ArticleTitle`` -> the first of ``<title>`` and
  ``<h1>`` that names a rule-of-law topic -> none.
- year reported on: the title (a range gives a multi-year period) -> the
  opening ``2021年，…`` -> ``现将…2022年度…报告如下`` -> the most frequent year
  of the opening -> the publication year minus one -> the latest Party
  congress or plenum the opening refers to. Chinese-numeral years count.
- publication date: a labelled page line (发布时间, 日期) or a date-and-time line
  in the page header -> HTML meta tags -> none. Never a site clock
  (今天是, 星期) and never a date in the body.
- reporting body: the title's subject -> the opening sentence's subject ->
  first-person words (我县, 全市, 我局) with the region names the text mentions
  (short names of autonomous areas, 恩施州, included).

Errors: ``ReadingError`` (with a Chinese ``message``) for a source that cannot
be read: empty (0 bytes), no text in it (whitespace or markup only, a DOCX
without paragraphs, a PDF without a text layer), nothing left but page chrome,
a damaged DOCX or PDF, a missing file; ``InputTooLarge`` for one over
``MAX_INPUT_BYTES``.
"""

from __future__ import annotations

from .decode import MAX_INPUT_BYTES, decode, has_text, load
from .model import SCHEMA_VERSION, Defect, Element, Fact, Heading, InputTooLarge, Reading, ReadingError, Span

# The source had characters, but all of them were page chrome that the repair stage drops.
NO_TEXT_AFTER_REPAIR_MESSAGE = "文件中只有网页框架（发布信息、导航、版权等），没有正文文字，未读取"

__all__ = [
    "MAX_INPUT_BYTES",
    "SCHEMA_VERSION",
    "Defect",
    "Element",
    "Fact",
    "Heading",
    "InputTooLarge",
    "Reading",
    "ReadingError",
    "Span",
    "read",
]


def read(source, name: str | None = None) -> Reading:
    """Read one report. ``name`` is what ``Reading.source`` shows (default: the path as given)."""
    from .check import check
    from .classify import classify
    from .extract import extract
    from .issuer import identify
    from .parts import count_part_headings, read_parts
    from .repair import repair
    from .segment import headings, tree

    data, shown = load(source)
    decoded = decode(data)
    repaired = repair(decoded.text, decoded.hints.get("page"))
    text = repaired.text
    if not has_text(text):
        # Everything there was is page chrome (发布时间, 网站地图, counters): no report text.
        raise ReadingError(NO_TEXT_AFTER_REPAIR_MESSAGE)
    lines = text.split("\n")
    flat = headings(text)
    metadata = classify(
        text, lines, repaired.signals, decoded.hints, count_part_headings(flat), chrome=repaired.chrome
    )
    body = identify(metadata.title, lines, metadata.title_line, text, repaired.chrome)
    elements, compliance = read_parts(text, flat)
    facts = extract(text, metadata.year)
    defects = check(text)
    return Reading(
        source=name if name is not None else shown,
        format=decoded.format,
        title=metadata.title,
        kind=metadata.kind,
        region=body.region,
        level=body.level,
        issuer=body.issuer,
        year=metadata.year,
        period=metadata.period,
        published=metadata.published,
        script=repaired.script,
        repairs=repaired.repairs,
        text=text,
        outline=tree(flat),
        elements=elements,
        compliance=compliance,
        facts=facts,
        defects=defects,
        metadata_evidence=_metadata_evidence(metadata.evidence, body.evidence),
    )


def _metadata_evidence(classified: dict, body: dict) -> dict:
    """The evidence of each metadata field, in the documented order."""
    from .model import METADATA_FIELDS

    found = {**classified, **body}
    return {name: found[name] for name in METADATA_FIELDS if name in found}
