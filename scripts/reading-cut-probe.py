"""Cut the labelled tuning pages and count the readings that then guess a wrong value.

    .venv/bin/python scripts/reading-cut-probe.py                      # every cut, $FAZHI_HELDOUT
    .venv/bin/python scripts/reading-cut-probe.py --cut drop_first --list

Rules written from a page's form do not reach pages of forms nobody has seen (docs/reading.md,
"Where it stands"). A cut makes such forms out of the tuning pages: the page without its first line
(a title or the opening that named the body), without its last lines (a signature), without its
title line, from a fifth of the way in (an excerpt), or with a space before every counter (PDF
text). On a cut page a field may rightly become unknown; a field that comes out *wrong* (another
region, another year, a look-alike made a report) is a guess the engine should not make. The probe
counts right, abstained (null or ``uncertain``) and wrong readings per cut and field, against the
page's label, of the fields the uncut page reads right (those it reads wrong are counted apart), and
for facts the figures lost or gained against the uncut page.

Only the tuning split is read: the held-out pages are never cut nor printed (issue 16's discipline).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from fazhi.reading import ReadingError, read
from fazhi.reading.accuracy import contract_codes, default_codes_doc, match_facts, present_labelled, same

FIELDS = ("kind", "region", "level", "year")
TITLE_LINES = 8
TITLE_LINE_MAX = 60
COUNTERS = "件次场项个名人期家条部篇份起"


def _drop_first(text: str) -> str:
    return "\n".join(text.splitlines()[1:])


def _drop_last_three(text: str) -> str:
    return "\n".join(text.splitlines()[:-3])


def _drop_title(text: str) -> str:
    lines = text.splitlines()
    for index, line in enumerate(lines[:TITLE_LINES]):
        if "报告" in line and len(line) < TITLE_LINE_MAX:
            return "\n".join(lines[index + 1 :])
    return text


def _excerpt(text: str) -> str:
    return text[len(text) // 5 :]


def _spaced_counters(text: str) -> str:
    return re.sub(rf"(\d)(?=[{COUNTERS}])", r"\1 ", text)


CUTS: dict[str, Callable[[str], str]] = {
    "drop_first": _drop_first,
    "drop_last3": _drop_last_three,
    "drop_title": _drop_title,
    "excerpt": _excerpt,
    "spaced": _spaced_counters,
}


def _reading(text: str) -> dict | None:
    try:
        return read(text.encode("utf-8")).as_dict()
    except ReadingError:
        return None


def _shown(field: str, value) -> str:
    return value.get("name", "") if field == "region" and isinstance(value, dict) else repr(value)


def probe(corpus: Path, cuts: list[str]) -> tuple[Counter, list[str]]:
    codes = contract_codes(default_codes_doc(corpus))
    counts: Counter = Counter()
    wrong: list[str] = []
    for name, label in present_labelled(corpus, "tuning"):
        text = (corpus / name).read_text("utf-8")
        uncut = _reading(text)
        for cut in cuts:
            changed = CUTS[cut](text)
            if changed == text or not changed.strip():
                continue
            reading = _reading(changed)
            if reading is None:
                counts[(cut, "refused")] += 1
                continue
            for field in FIELDS:
                if field not in label:
                    continue
                got = reading.get(field)
                if uncut is None or not same(field, uncut.get(field), label[field]):
                    counts[(cut, field, "wrong uncut")] += 1
                elif same(field, got, label[field]):
                    counts[(cut, field, "right")] += 1
                elif got is None or got == "uncertain":
                    counts[(cut, field, "abstained")] += 1
                else:
                    counts[(cut, field, "wrong")] += 1
                    wrong.append(
                        f"{cut}\t{name}\t{field}\t{_shown(field, got)}\t{_shown(field, label[field])}"
                    )
            if uncut is not None and label.get("facts"):
                before = match_facts(uncut["facts"], label["facts"], codes)
                after = match_facts(reading["facts"], label["facts"], codes)
                counts[(cut, "facts", "lost")] += max(0, before[0] - after[0])
                counts[(cut, "facts", "gained wrong")] += max(0, len(after[4]) - len(before[4]))
    return counts, wrong


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[1].strip())
    parser.add_argument(
        "--corpus", default=os.environ.get("FAZHI_HELDOUT"), help="labelled folder ($FAZHI_HELDOUT)"
    )
    parser.add_argument("--cut", action="append", choices=sorted(CUTS), help="a cut (default: all)")
    parser.add_argument("--list", action="store_true", help="list every wrong reading (tuning pages only)")
    args = parser.parse_args(argv)
    if not args.corpus:
        parser.error("no corpus: pass --corpus or set FAZHI_HELDOUT")
    counts, wrong = probe(Path(args.corpus), args.cut or list(CUTS))
    for key in sorted(counts):
        print(" ".join(key), counts[key])
    if args.list:
        print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main())
