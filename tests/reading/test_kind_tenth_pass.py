"""Metadata: the tenth pass of issue 16 (docs/reading.md, "Metadata, tenth pass").

``fixtures/genre/kind_tenth_pass.tsv`` holds openings written for these tests: real reports'
openings of every level and year style (a 2015 body addressed to the government above, the 2020s
`现将…情况报告如下`, a township's and a department's, one in a work summary's form) beside the
look-alikes whose opening reads like a report's (a news story's headline over a dated lead, a
leader's speech, a year-end summary of all the work with next year's ideas, a half-year summary,
an inspection's feedback and the rectification report, a meeting's minutes, a yearbook entry, a
述法 report, a sharing site's template, a content farm's copy). A look-alike may be `not_report`
or `uncertain` (`not_annual`), never `annual_report`, with the learned model or without it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fazhi.reading import kind_model

from .conftest import read_text

TABLE = Path(__file__).parent / "fixtures" / "genre" / "kind_tenth_pass.tsv"


def cases() -> list[tuple[str, str, str]]:
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            ident, kind, page = line.split("\t")
            rows.append((ident, kind, page.replace("\\n", "\n")))
    return rows


CASES = cases()
LOOK_ALIKES = [case for case in CASES if case[1] != "annual_report"]


def test_the_table_holds_both_sides():
    kinds = [kind for _, kind, _ in CASES]
    assert kinds.count("annual_report") >= 10 and len(kinds) - kinds.count("annual_report") >= 15


@pytest.mark.parametrize(("page", "kind"), [c[2:0:-1] for c in CASES], ids=[c[0] for c in CASES])
def test_an_opening_is_read_by_its_genre(page, kind):
    got = read_text(page).kind
    if kind == "not_annual":
        assert got in ("not_report", "uncertain")
    else:
        assert got == kind


@pytest.mark.parametrize("page", [c[2] for c in LOOK_ALIKES], ids=[c[0] for c in LOOK_ALIKES])
def test_the_rules_alone_never_make_a_look_alike_a_report(page, monkeypatch):
    monkeypatch.setattr(kind_model, "ENABLED", False)
    assert read_text(page).kind != "annual_report"
