"""Identify, body kind: a small learned model of "does a department speak here, or a government".

A page cut below its title (an excerpt, a mirror's copy) often names no reporting body at all, and
the rules then read a government from the words it speaks as (全市, 我县); a title may name only a
place (某县2023年法治政府建设年度报告). A bureau's report speaks of its place too, so on such pages the
place's level was a guess, wrong for about a third of the departments' pages cut so (docs/reading.md,
"The learned body model"). What tells a bureau's text from its government's is how it names organs:
局机关, 各科室, 局属单位 against 各乡镇, 县直部门, 政府常务会议. The model is a logistic regression over
the character bigrams and trigrams of the text's start that hold an organ's or a place's character
(局, 股, 县, 府…): the topic words both share are left out, which is what made it tell the two apart.
Characters that also start topic words are left out too (政 of 行政, 处 of 处罚, 科 of 科学, 系 of
体系): with them a short government text, with little else to go on, read as a bureau's.

It is trained by ``scripts/train_body_model.py`` on the tuning part of the held-out set, the dev
set and the seeds, and shipped as a weights file (``data/body_model.json``): pure Python, nothing
downloaded, loaded once per process. It is asked only where the rules read a government that no
title, letterhead, opening or signature names as one (``issuer.identify``).
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from itertools import repeat
from pathlib import Path

WEIGHTS = Path(__file__).with_name("data") / "body_model.json"

SCAN_CHARS = 1500
NGRAMS = (2, 3)
# Organ and place characters: an n-gram holding none of them is a topic word both kinds share.
ORGAN_CHARACTERS = frozenset("局厅股室委县市区省镇乡街府部")
# At or above this probability the body is a department; below it the rules' government stands.
# Chosen by cross-validation of the tuning pages' cuts with the whole engine (0.9: 72 levels made
# right, 2 wrong; 0.8: 92 and 4; 0.7: 102 and 10); the held-out split read the same at 0.9 and 0.8.
DEPARTMENT = 0.8
# Off only for scripts/train_body_model.py, which compares the rules alone with the combination.
ENABLED = True


_ORGAN = re.compile("[" + "".join(sorted(ORGAN_CHARACTERS)) + "]")
# Where the n-grams holding a character start, from it, with their sizes: (-1, 2), (0, 2), (-2, 3)…
_AROUND = tuple((first, size) for size in NGRAMS for first in range(1 - size, 1))


def features(text: str) -> set[str]:
    """The n-grams of the text's start that hold an organ's or a place's character: those around
    each such character, so that the rest of the text costs one regex scan."""
    part = text[:SCAN_CHARS].replace("\n", "|")
    end = len(part)
    places = [match.start() for match in _ORGAN.finditer(part)]
    found: set[str] = set()
    # One comprehension for each place an n-gram can take around its character, over all the characters:
    # three loops for each character (their ranges, bounds and calls) cost a third more.
    for first, size in _AROUND:
        found.update([part[at + first : at + first + size] for at in places if 0 <= at + first <= end - size])
    return found


@cache
def _weights() -> tuple[float, dict[str, float]]:
    data = json.loads(WEIGHTS.read_text("utf-8"))
    return data["bias"], data["weights"]


def probability(text: str) -> float:
    """The model's probability that a department, not a government, wrote the text (0–1)."""
    bias, weights = _weights()
    score = bias + sum(map(weights.get, features(text), repeat(0.0)))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def department_reason(text: str) -> str | None:
    """Why the body is a department, when the model is sure of it; else None."""
    if not ENABLED:
        return None
    chance = probability(text)
    if chance < DEPARTMENT:
        return None
    return f"没有写出报告机关；正文称谓像政府部门而不是政府（模型判断，概率 {chance:.2f}）"
