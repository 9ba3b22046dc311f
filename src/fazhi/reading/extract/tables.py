"""Figures in a table's rows, as text extraction leaves them: a header line of names, then lines of values.

Reports and their statistics annexes print tables (人大代表建议  政协提案  满意率 / 127件  188件  99.5%). A Word
file's text gives a row's cells between tabs, a web page's between runs of spaces, a PDF's between single spaces.
Read line by line, a value stands with no word of its own; read as its row, it is named by its column's header
and the row's label. So each data row is read again as the sentence a report would write
(人大代表建议127件，政协提案188件，满意率99.5%), and each value takes the reading of its place in that sentence.
Only plain grids are read: a header whose every cell is a name (no figure, so no columns of years) and rows with
one value per column, or a label and then one value per column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Cells of a row: between tabs, a bar, or two spaces or more.
_CELL_BREAK = re.compile(r"\t|[ \u3000]*\|[ \u3000]*|[ \u3000]{2,}")
# A value cell: one figure, with a qualifier and a measure word.
_VALUE = re.compile(
    r"(?:约|近|逾|超过|达)?(?P<number>\d+(?:\.\d+)?)(?:余|多)?(?:万|亿)?"
    r"(?P<unit>%|[件个次场项人份条家户卷部期批次元万元亿元人次场次]{0,3})"
)
# A name cell: a few characters of words, a unit in brackets at most (调解案件（件）, 罚没金额（万元）).
_NAME = re.compile(r"[\u4e00-\u9fff“”、·]{1,24}(?:[（(](?P<unit>[\u4e00-\u9fff%]{1,3})[)）])?")
# Header cells that name the row labels' column, not a value's.
_LABEL_HEADERS = frozenset({"项目", "类别", "类型", "指标", "名称", "内容", "单位", "事项", "序号"})
# Columns that name only a measure (人民调解委员会 / 个数 215), and labels that name no thing (数量 / 127件).
_MEASURE_OF_COUNT = {
    "个数": "个",
    "件数": "件",
    "人数": "人",
    "次数": "次",
    "场次": "场",
    "人次": "人次",
    "数量": "",
}
_GENERIC_LABELS = frozenset({"", "数量", "数值", "合计", "总计", "全年", "本年", "本年度", "件数", "数据"})
# The measure a bare value takes from its column's head noun (行政处罚案件 / 1432).
_MEASURE_OF_NOUN = (
    ("案件", "件"),
    ("文件", "件"),
    ("建议", "件"),
    ("提案", "件"),
    ("人员", "人"),
    ("组织", "个"),
    ("主体", "个"),
    ("事项", "项"),
    ("项目", "个"),
    ("活动", "场"),
    ("培训", "场"),
)
# The unit a table's caption gives all its bare values (…情况如下（单位：件）).
_TABLE_UNIT = re.compile(r"单位\s*[：:]\s*(件|个|次|人|项|人次|场|份|户|家|卷|部)\s*[)）]")
_MAX_CELLS = 8
_MAX_ROWS = 40


@dataclass(frozen=True)
class TableRow:
    """A data row read as a sentence: where the row stands in the text, the sentence, for each value cell its
    position in the text and in the sentence, and where the table's header line starts."""

    start: int
    end: int
    sentence: str
    cells: tuple[tuple[int, int], ...]  # (position in the text, position in the sentence) of each value
    header_start: int
    # The row's own label names what its values count (项目 数量 / 审查合同（件） 37): the row says it alone.
    named_by_label: bool = False


def table_rows(text: str) -> list[TableRow]:
    """The data rows of the plain tables in ``text``, each read as a sentence."""
    if "\t" not in text and "  " not in text and "|" not in text and not _spaced_hint(text):
        return []
    lines = _lines(text)
    rows: list[TableRow] = []
    index = 0
    while index < len(lines):
        header = _header_cells(lines[index][1])
        if header is None:
            index += 1
            continue
        caption = _caption(lines[index - 1][1]) if index else ""
        unit_above = _TABLE_UNIT.search(lines[index - 1][1]) if index else None  # （单位：件）
        header_start = lines[index][0]
        index += 1
        for start, line in lines[index : index + _MAX_ROWS]:
            if line.strip():  # a web page's table leaves an empty line between its rows
                row = _data_row(
                    header, (start, line), caption, header_start, unit_above.group(1) if unit_above else ""
                )
                if row is None:
                    break
                rows.append(row)
            index += 1
    return rows


# A line of names or values separated by single spaces (a PDF's table): tried only when some line holds a
# space between two figures. Spelt from the space or the bracket before the figure, the engine skips along
# the text to them (a class of every Han character first was tried at every position of the whole text);
# lookbehinds then say what stands before the space. One pattern for each of the three characters: the
# engine skips along to one plain character faster than it tests a class of three at every character
# (about 17 -> 6 us a bench text).
_SPACED_HINTS = (
    re.compile(r" (?:(?<=[\d\u4e00-\u9fff）)] )|(?<=[\d\u4e00-\u9fff）)][%件个次场项人份条家户卷部元] ))\d"),
    re.compile(r"\)\d"),
    re.compile(r"）\d"),
)


def _spaced_hint(text: str) -> bool:
    """Whether some line of ``text`` may hold a table spaced by single spaces (see ``_SPACED_HINTS``)."""
    return any(hint.search(text) for hint in _SPACED_HINTS)


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line of ``text`` with where it starts."""
    out = []
    position = 0
    for line in text.split("\n"):
        out.append((position, line))
        position += len(line) + 1
    return out


def _cells(line: str) -> list[tuple[int, str]]:
    """The cells of a line with their offsets in it: split at tabs, bars or wide spaces, else at single spaces."""
    stripped = line.strip(" \u3000\t|")
    if not stripped:
        return []
    offset = line.index(stripped)
    parts = _split(stripped, _CELL_BREAK)
    if len(parts) < 2:
        parts = _split(stripped, _SINGLE_BREAK)
    return [(offset + at, cell) for at, cell in parts]


# A single space, or none after a unit in brackets (罚没金额（万元）行政复议案件, 出台政府规章（部）3: the reader's
# clean-up takes out a space after a full-width bracket).
_SINGLE_BREAK = re.compile(r"[ \u3000]|(?<=[)）])(?=[\u4e00-\u9fff\d])")


def _split(line: str, pattern: re.Pattern) -> list[tuple[int, str]]:
    parts, at = [], 0
    for match in pattern.finditer(line):
        if match.start() > at:
            parts.append((at, line[at : match.start()]))
        at = match.end()
    if at < len(line):
        parts.append((at, line[at:]))
    return parts


# The characters of a header line: its names' (_NAME) and the breaks between its cells. A line holding any other
# (most lines of a table's text: a sentence's ，。 or a figure) is no header, and is not split into cells.
_HEADER_LINE = re.compile(r"[\u4e00-\u9fff“”、·（()）% \u3000\t|]*")


def _header_cells(line: str) -> list[tuple[str, str]] | None:
    """(name, unit in brackets) of each cell of a header line, or None."""
    if _HEADER_LINE.fullmatch(line) is None:
        return None
    cells = _cells(line)
    if not 2 <= len(cells) <= _MAX_CELLS:
        return None
    header = []
    for _, cell in cells:
        name = _NAME.fullmatch(cell)
        if name is None:
            return None
        header.append(
            (cell[: name.start("unit") - 1] if name.group("unit") else cell, name.group("unit") or "")
        )
    return header


def _measure_of_noun(name: str) -> str:
    return next((measure for noun, measure in _MEASURE_OF_NOUN if name.endswith(noun)), "")


def _caption(line_above: str) -> str:
    """The short line right above a header that names the table (12345热线), if any."""
    above = line_above.strip(" \u3000\t|")
    return above if 0 < len(above) <= 16 and not _VALUE.search(above.replace("12345", "")) else ""


def _data_row(
    header: list[tuple[str, str]],
    data: tuple[int, str],
    caption: str,
    header_start: int,
    table_unit: str = "",
) -> TableRow | None:
    """A data line (``data``: where it starts, its text) under ``header`` read as a sentence, or None."""
    start, line = data
    cells = _cells(line)
    label = ""
    names = header
    if header[0][0] in _LABEL_HEADERS:
        names = header[1:]
    if cells and _NAME.fullmatch(cells[0][1]) and len(cells) == len(header) and names is header:
        names = header[1:]  # the first column holds the rows' labels (调解组织 / 人民调解委员会)
    label_unit = ""
    if len(cells) == len(names) + 1 and (labelled := _NAME.fullmatch(cells[0][1])):
        label, cells = cells[0][1], cells[1:]
        if labelled.group("unit"):
            # 出台政府规章（部） 3: the row's label gives the measure of a bare value
            label, label_unit = label[: labelled.start("unit") - 1], labelled.group("unit")
    elif len(cells) != len(names):
        return None
    if not names:
        return None
    sentence = f"{caption}，" if caption else ""
    sentence += label if label not in _GENERIC_LABELS else ""
    positions: list[tuple[int, int]] = []
    for (name, unit), (at, cell) in zip(names, cells, strict=True):
        value = _VALUE.fullmatch(cell)
        if value is None:
            return None
        measure = unit or label_unit or _MEASURE_OF_COUNT.get(name) or _measure_of_noun(name) or table_unit
        written = cell if value.group("unit") or not measure else f"{cell}{measure}"
        # A column that only says what is counted (个数, 件数) leaves the row's label to name it.
        named = "" if name in _MEASURE_OF_COUNT else name
        positions.append(
            (start + at + value.start("number"), len(sentence) + len(named) + value.start("number"))
        )
        sentence += f"{named}{written}，"
    named_by_label = label not in _GENERIC_LABELS and all(name in _MEASURE_OF_COUNT for name, _ in names)
    return TableRow(
        start, start + len(line), sentence[:-1] + "。", tuple(positions), header_start, named_by_label
    )
