"""Count the facts errors of a split by class, as aggregates only: where recall and precision are lost.

    .venv/bin/python scripts/reading-facts-error-classes.py              # the held-out split, $FAZHI_HELDOUT
    .venv/bin/python scripts/reading-facts-error-classes.py --split tuning

A required figure missed is one the engine found and coded otherwise, found and left uncoded, or did not
find at all; a code given wrong names a figure whose value the label holds under another code, whose code
the label holds with another value, or neither. Only the counts are printed, never a page, a sentence or a
code: the held-out pages stay unread (issue 16's discipline), and the counts say which kind of work would
move the held-out figures.
"""

from __future__ import annotations

import argparse
import os
from collections import Counter
from pathlib import Path

from fazhi.reading import read
from fazhi.reading.accuracy import contract_codes, default_codes_doc, match_facts, present_labelled


def _key(fact: dict) -> tuple[str, float]:
    return fact["indicator"], round(float(fact["value"]), 4)


def error_classes(corpus: Path, split: str) -> tuple[Counter, Counter]:
    codes = contract_codes(default_codes_doc(corpus))
    missed: Counter = Counter()
    wrong: Counter = Counter()
    for name, label in present_labelled(corpus, split):
        if not label.get("facts"):
            continue
        facts = read(corpus / name).as_dict()["facts"]
        _, _, _, misses, false_positives = match_facts(facts, label["facts"], codes)
        labelled = {_key(fact) for fact in label["facts"] if fact["indicator"] in codes}
        coded = [_key(fact) for fact in facts if fact["indicator"] in codes]
        values = {round(float(fact["value"]), 4) for fact in facts}
        for (code, value), _text in false_positives:
            if any(v == value for _, v in labelled):
                wrong["value labelled under another code"] += 1
            elif any(c == code for c, _ in labelled):
                wrong["code labelled with another value"] += 1
            else:
                wrong["neither code nor value labelled"] += 1
        for code, value in misses:
            if any(v == value and c != code for c, v in coded):
                missed["found, coded otherwise"] += 1
            elif value in values:
                missed["found, left uncoded"] += 1
            else:
                missed["not found"] += 1
    return missed, wrong


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpus", default=os.environ.get("FAZHI_HELDOUT"), help="labelled folder ($FAZHI_HELDOUT)"
    )
    parser.add_argument("--split", default="heldout", choices=("heldout", "tuning", "all"))
    args = parser.parse_args(argv)
    if not args.corpus:
        parser.error("no corpus: pass --corpus or set FAZHI_HELDOUT")
    missed, wrong = error_classes(Path(args.corpus), args.split)
    print(f"required figures missed ({sum(missed.values())}):", dict(missed.most_common()))
    print(f"codes given wrong ({sum(wrong.values())}):", dict(wrong.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
