"""Classify, kind: a small learned model of "is this a year's rule-of-law report".

A logistic regression over the character bigrams and trigrams of the title, the opening and the
last lines of a page (where a byline or a source sits). It is trained by
``scripts/train_kind_model.py`` on the tuning part of the held-out set, the dev set and the
genre fixtures, and shipped as a weights file (``data/kind_model.json``): pure Python, nothing
downloaded, loaded once per process.

The rules decide whenever they have evidence either way (a report title, an opening over a
report's body, a look-alike's mark); the model only settles what they leave ``uncertain``
(``decide``): a report-shaped body without a report title, or an opening without a report's shape.
"""

from __future__ import annotations

import json
import math
from functools import cache
from itertools import repeat
from pathlib import Path

WEIGHTS = Path(__file__).with_name("data") / "kind_model.json"

# What the model reads: the title, the opening and the page's tail (bylines, sources, editors).
OPENING_CHARS = 400
TAIL_CHARS = 120
NGRAMS = (2, 3)


def features(title: str | None, text: str) -> set[str]:
    """The page's character n-grams, each marked with the place it comes from."""
    found: set[str] = set()
    for mark, place in (("t", title or ""), ("o", text[:OPENING_CHARS]), ("e", text[-TAIL_CHARS:])):
        part = place.replace("\n", "|")
        for size in NGRAMS:
            found.update(mark + part[i : i + size] for i in range(len(part) - size + 1))
    if not title:
        found.add("t:none")
    return found


@cache
def _weights() -> tuple[float, dict[str, float]]:
    data = json.loads(WEIGHTS.read_text("utf-8"))
    return data["bias"], data["weights"]


def probability(title: str | None, text: str) -> float:
    """The model's probability that the page is a year's rule-of-law report (0–1)."""
    bias, weights = _weights()
    score = bias + sum(map(weights.get, features(title, text), repeat(0.0)))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


# The model's say: a page the rules leave unsure is a report at or above REPORT, not one at or
# below NOT_REPORT, and stays ``uncertain`` between. (Letting it also doubt a report the rules found
# by its opening alone changed nothing on the held-out split and turned a report down in
# cross-validation: it does not.)
REPORT = 0.8
NOT_REPORT = 0.2
# Off only for scripts/train_kind_model.py, which compares the rules alone with the combination.
ENABLED = True


def decide(kind: str, chance: float) -> tuple[str, str | None]:
    """The kind once the model is heard: (kind, the model's reason, or None when it kept the rules')."""
    if kind != "uncertain":
        return kind, None
    if chance >= REPORT:
        return "annual_report", f"模型判断为报告（概率 {chance:.2f}）"
    if chance <= NOT_REPORT:
        return "not_report", f"模型判断不是报告（概率 {chance:.2f}）"
    return "uncertain", f"模型也不能确定（概率 {chance:.2f}）"
