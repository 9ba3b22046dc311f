"""Every form of the genre in ``fixtures/genre/forms_*.tsv`` gets its indicator, or none.

Each file is one pass of issue 16 (its test module says what the pass taught the engine); the rows
are sentences of our own: ``sentence<TAB>value<TAB>code``, with ``-`` for a figure that must stay
uncoded (value ``-``: no figure of the sentence may take a code). One module checks them all, so a
new pass adds a file, not a copy of these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fazhi.catalog import indicators as catalog
from fazhi.reading.extract import extract

GENRE = Path(__file__).parent / "fixtures" / "genre"


def rows(name: str) -> list[tuple[str, float | None, str | None]]:
    """The rows of one forms file: (sentence, value or None, code or None)."""
    found = []
    for line in (GENRE / name).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        sentence, value, code = line.split("\t")
        found.append((sentence, None if value == "-" else float(value), None if code == "-" else code))
    return found


FILES = sorted(path.name for path in GENRE.glob("forms_*.tsv"))
ROWS = [(name, *row) for name in FILES for row in rows(name)]
CODED = [row for row in ROWS if row[3] is not None]
UNCODED = [row for row in ROWS if row[3] is None]


def _ids(rows_of: list[tuple]) -> list[str]:
    return [f"{row[0].removesuffix('.tsv')}-{row[3] or 'none'}-{index}" for index, row in enumerate(rows_of)]


def test_every_file_names_real_indicators_and_keeps_look_alikes():
    assert len(FILES) >= 3
    for name in FILES:
        coded = [row[3] for row in CODED if row[0] == name]
        assert coded and all(catalog.get(code) is not None for code in coded), name
        assert any(row[0] == name for row in UNCODED), f"{name} has no look-alike figure"


@pytest.mark.parametrize(("forms", "sentence", "value", "code"), CODED, ids=_ids(CODED))
def test_a_form_of_the_genre_gets_its_indicator(forms, sentence, value, code):
    found = [(f.value, f.indicator) for f in extract(sentence)]
    assert (value, code) in found, f"{sentence}: {found}"


@pytest.mark.parametrize(("forms", "sentence", "value", "code"), UNCODED, ids=_ids(UNCODED))
def test_a_look_alike_figure_gets_no_code(forms, sentence, value, code):
    facts = extract(sentence)
    if value is None:
        assert all(f.indicator is None for f in facts), [(f.value, f.indicator) for f in facts]
    else:
        mine = [f.indicator for f in facts if f.value == value]
        assert mine, f"{value} not read in {sentence}"
        assert all(c is None for c in mine), f"{sentence}: {mine}"
