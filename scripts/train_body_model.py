"""Train the body model (``fazhi.reading.body_model``) and compare the engine with and without it.

    .venv/bin/python scripts/train_body_model.py --heldout $FAZHI_HELDOUT --corpus $FAZHI_CORPUS

Trains a logistic regression over the model's organ n-grams (``body_model.features``), in pure
Python, on the reports of the TUNING part of the held-out set (``accuracy.split_of``), the dev set
and the seeds: each page whole and cut as the pages the model is asked about are (below its title,
from a fifth and from two fifths of the way in), labelled department or not by its level. Writes
the weights to ``src/fazhi/reading/data/body_model.json``.

Before that it cross-validates by page: each fold's pages (every cut of a page in the same fold)
are read by the whole engine with weights trained on the other folds, and the levels it gives are
counted against the labels, with the model and without it. The held-out split is never read here:
judge it with ``make accuracy`` once the weights are written.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

from train_kind_model import save, train_rows

from fazhi.reading import ReadingError, body_model, read
from fazhi.reading.accuracy import present_labelled
from fazhi.reading.body_model import WEIGHTS, features

CUTS = {
    "whole": lambda text: text,
    "below_title": lambda text: "\n".join(text.splitlines()[1:]),
    "from_a_fifth": lambda text: text[len(text) // 5 :],
    "from_two_fifths": lambda text: text[2 * len(text) // 5 :],
}


def labelled_reports(folder: Path, split: str) -> list[tuple[str, str]]:
    """(text, level) of the folder's labelled reports that carry a level (pages present only)."""
    return [
        ((folder / name).read_text("utf-8"), label["level"])
        for name, label in present_labelled(folder, split)
        if label.get("level")
    ]


def cut_pages(pages: list[tuple[str, str]]) -> list[list[dict]]:
    """Each page's cuts: the raw cut text, the engine's repaired text and the label's level."""
    out = []
    for raw, level in pages:
        cuts = []
        for cut, make in CUTS.items():
            text = make(raw)
            try:
                repaired = read(text.encode("utf-8")).text
            except ReadingError:
                continue
            cuts.append({"cut": cut, "raw": text, "text": repaired, "level": level})
        out.append(cuts)
    return out


def rows_of(pages: list[list[dict]]) -> list[tuple[list[str], float]]:
    return [
        (sorted(features(cut["text"])), 1.0 if cut["level"] == "department" else 0.0)
        for cuts in pages
        for cut in cuts
    ]


def level_of(raw: str) -> str | None:
    try:
        return read(raw.encode("utf-8")).level
    except ReadingError:
        return None


def cross_validate(pages: list[list[dict]], folds: int) -> Counter:
    """(cut, right without the model, right with it) counts, each page read with weights trained
    on the other folds' pages."""
    tally: Counter = Counter()
    with tempfile.TemporaryDirectory() as scratch:
        weights_file = Path(scratch) / "body_model.json"
        body_model.WEIGHTS = weights_file
        for fold in range(folds):
            bias, weights = train_rows(rows_of([p for i, p in enumerate(pages) if i % folds != fold]))
            save(bias, weights, weights_file)
            body_model._weights.cache_clear()
            for cuts in pages[fold::folds]:
                for cut in cuts:
                    body_model.ENABLED = False
                    before = level_of(cut["raw"]) == cut["level"]
                    body_model.ENABLED = True
                    after = level_of(cut["raw"]) == cut["level"]
                    tally[(cut["cut"], before, after)] += 1
    body_model.WEIGHTS = WEIGHTS
    body_model._weights.cache_clear()
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds (0: none)")
    args = parser.parse_args(argv)
    body_model.ENABLED = False  # the texts the rules give, with no weights needed yet
    pages = cut_pages(
        labelled_reports(args.heldout, "tuning")
        + labelled_reports(args.corpus / "dev", "all")
        + labelled_reports(args.corpus / "seeds", "all")
    )
    departments = sum(cuts[0]["level"] == "department" for cuts in pages if cuts)
    print(f"training pages: {len(pages)} ({departments} departments), {sum(map(len, pages))} with their cuts")
    if args.folds > 1:
        tally = cross_validate(pages, args.folds)
        for cut in CUTS:
            counts = {key[1:]: n for key, n in tally.items() if key[0] == cut}
            total = sum(counts.values())
            print(
                f"cross-validated, {cut}: level right {sum(n for (b, _), n in counts.items() if b)}/{total}"
                f" without the model, {sum(n for (_, a), n in counts.items() if a)}/{total} with it"
                f" (made right {counts.get((False, True), 0)}, made wrong {counts.get((True, False), 0)})"
            )
    bias, weights = train_rows(rows_of(pages))
    print(f"weights kept: {save(bias, weights, args.out)}, {args.out.stat().st_size / 1e6:.2f} MB")
    body_model.ENABLED = True
    return 0


if __name__ == "__main__":
    sys.exit(main())
