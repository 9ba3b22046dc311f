"""Train the kind model (``fazhi.reading.kind_model``) and compare it with the rules.

    .venv/bin/python scripts/train_kind_model.py --heldout $FAZHI_HELDOUT --corpus $FAZHI_CORPUS
    .venv/bin/python scripts/train_kind_model.py ... --compare     # rules, model, combination

Trains a logistic regression over the model's character n-grams, in pure Python (a few hundred
pages: no numerical library needed), on the TUNING part of the held-out set
(``accuracy.split_of``), the dev set, the seeds and the genre fixtures, and writes the weights
to ``src/fazhi/reading/data/kind_model.json``. ``--compare`` reads both splits and prints only
aggregate figures for the held-out part: its pages and labels are never printed nor trained on.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path

from fazhi.reading import kind_model, read
from fazhi.reading.accuracy import present_labelled
from fazhi.reading.kind_model import WEIGHTS, decide, features

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "reading" / "fixtures"
NOT_REPORT_FIXTURES = {
    "news_article",
    "notice_work_points",
    "plan_by_planning_bureau",
    "policy_interpretation",
    "template_placeholders",
}
REPORT_KINDS = {"annual_report", "multi_year_report"}


def page(path: Path) -> dict:
    reading = read(path.read_bytes(), name=path.name)
    evidence = reading.as_dict()["metadata_evidence"]["kind"]
    return {
        "title": reading.title,
        "text": reading.text,
        "rule_kind": reading.kind,
        "rule_source": evidence["source"],
    }


def labelled(folder: Path, split: str) -> list[dict]:
    return [
        {**page(folder / name), "report": label["kind"] in REPORT_KINDS}
        for name, label in present_labelled(folder, split)
    ]


def training_pages(heldout: Path, corpus: Path) -> list[dict]:
    pages = labelled(heldout, "tuning") + labelled(corpus / "dev", "all")
    pages += [{**page(path), "report": True} for path in sorted((corpus / "seeds").glob("*.txt"))]
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix in (".txt", ".html"):
            report = not (path.stem.startswith("not_") or path.stem in NOT_REPORT_FIXTURES)
            pages.append({**page(path), "report": report})
    return pages


def train(pages: list[dict], **settings) -> tuple[float, dict]:
    rows = [(sorted(features(p["title"], p["text"])), 1.0 if p["report"] else 0.0) for p in pages]
    return train_rows(rows, **settings)


def train_rows(
    rows: list[tuple[list[str], float]], *, epochs: int = 10, rate: float = 0.2, l2: float = 1e-3
) -> tuple[float, dict]:
    """Logistic regression by AdaGrad over binary features (sorted, for a deterministic run),
    L2-regularised; ``rows`` are (features, target 0 or 1)."""
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    bias, bias_square = 0.0, 1e-8
    order = list(range(len(rows)))
    shuffle = random.Random(16)
    for _ in range(epochs):
        shuffle.shuffle(order)
        for index in order:
            found, target = rows[index]
            score = bias + sum(weights.get(f, 0.0) for f in found)
            error = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score)))) - target
            bias_square += error * error
            bias -= rate * error / math.sqrt(bias_square)
            for f in found:
                w = weights.get(f, 0.0)
                gradient = error + l2 * w
                squares[f] = squares.get(f, 1e-8) + gradient * gradient
                weights[f] = w - rate * gradient / math.sqrt(squares[f])
    return bias, weights


def probability(bias: float, weights: dict, p: dict) -> float:
    score = bias + sum(weights.get(f, 0.0) for f in features(p["title"], p["text"]))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def save(bias: float, weights: dict, out: Path, *, keep: float = 0.01) -> int:
    kept = {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= keep}
    out.write_text(
        json.dumps({"bias": round(bias, 4), "weights": kept}, ensure_ascii=False, separators=(",", ":")),
        "utf-8",
    )
    return len(kept)


def kind_right(p: dict, kind: str) -> bool:
    return (kind in REPORT_KINDS) == p["report"] and kind != "uncertain"


# Measured, not shipped: the model also doubting a report the rules found by its opening or its
# body's shape alone (never by its title), at a probability fixed before measuring.
VETO = 0.1


def _vetoed(p: dict, chance: float) -> str | None:
    if p["rule_kind"] == "annual_report" and p["rule_source"] in ("opening", "body_shape") and chance <= VETO:
        return "uncertain"
    return None


def figures(pages: list[dict], probability_of) -> dict[str, str]:
    """Kind accuracy of the rules, the model alone and the combination; look-alikes as reports."""
    out = {}
    for method in ("rules", "model", "combined", "combined, model vetoes"):
        right = look_alikes = 0
        for p in pages:
            chance = probability_of(p)
            if method == "rules":
                kind = p["rule_kind"]
            elif method == "model":
                kind = "annual_report" if chance >= 0.5 else "not_report"
            elif method == "combined":
                kind = decide(p["rule_kind"], chance)[0]
            else:
                kind = _vetoed(p, chance) or decide(p["rule_kind"], chance)[0]
            right += kind_right(p, kind)
            look_alikes += not p["report"] and kind in REPORT_KINDS
        negatives = sum(not p["report"] for p in pages)
        out[method] = (
            f"kind {right / len(pages):.3f} ({right}/{len(pages)}), look-alikes as reports {look_alikes}/{negatives}"
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds on the training pages")
    parser.add_argument("--compare", action="store_true", help="also score the held-out split (aggregates)")
    args = parser.parse_args(argv)
    kind_model.ENABLED = False  # the rules' own kind is what the combination starts from
    pages = training_pages(args.heldout, args.corpus)
    print(f"training pages: {len(pages)} ({sum(p['report'] for p in pages)} reports)")
    if args.folds > 1:
        # Each page scored by a model trained without it: the figures a new page would get.
        unseen: dict[int, float] = {}
        for fold in range(args.folds):
            bias, weights = train([p for i, p in enumerate(pages) if i % args.folds != fold])
            for i in range(fold, len(pages), args.folds):
                unseen[id(pages[i])] = probability(bias, weights, pages[i])
        for method, line in figures(pages, lambda p: unseen[id(p)]).items():
            print(f"cross-validated on the training pages, {method}: {line}")
    bias, weights = train(pages)
    print(f"weights kept: {save(bias, weights, args.out)}, {args.out.stat().st_size / 1e6:.2f} MB")
    if args.compare:
        heldout = labelled(args.heldout, "heldout")
        for method, line in figures(heldout, lambda p: probability(bias, weights, p)).items():
            print(f"held-out split, {method}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
