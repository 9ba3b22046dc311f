"""Scoring a reading against the corpus labels (see $FAZHI_CORPUS/README.md)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

from fazhi.catalog import indicators

META_FIELDS = ("title", "kind", "region", "level", "issuer", "year", "period", "published", "script")


def contract_codes(corpus: Path) -> set[str]:
    """Codes listed in the steering repo's indicators.md; only these are compared."""
    doc = corpus.parent / "docs" / "indicators.md"
    if doc.exists():
        return set(re.findall(r"^\| ([a-z]+\.[a-z_]+) \|", doc.read_text("utf-8"), re.M))
    return set(indicators.codes())


def normal_title(title: str | None) -> str | None:
    if title is None:
        return None
    title = unicodedata.normalize("NFKC", title)
    title = re.sub(r"\s+", "", title)
    return re.sub(r"[—–\-－~～]+", "-", title)


def same(field: str, got, want) -> bool:
    if field == "title":
        return normal_title(got) == normal_title(want)
    if field == "region":
        if want is None or got is None:
            return want == got
        return got.get("code") == want.get("code") and got.get("name") == want.get("name")
    return got == want


def match_facts(got: list[dict], gold: list[dict], codes: set[str]) -> tuple[int, int, int, list, list]:
    """(matched required, compared given, required gold, misses, false positives)."""
    required = Counter()
    optional = Counter()
    for fact in gold:
        if fact["indicator"] not in codes:
            continue
        key = (fact["indicator"], round(float(fact["value"]), 4))
        (optional if fact.get("optional") else required)[key] += 1
    matched = 0
    compared = 0
    false_positives = []
    for fact in got:
        if fact["indicator"] not in codes:
            continue
        key = (fact["indicator"], round(float(fact["value"]), 4))
        if required[key] > 0:
            required[key] -= 1
            matched += 1
            compared += 1
        elif optional[key] > 0:
            optional[key] -= 1
        else:
            compared += 1
            false_positives.append((key, fact["evidence"]["text"][:60]))
    misses = [key for key, n in required.items() for _ in range(n)]
    total_required = sum(1 for f in gold if f["indicator"] in codes and not f.get("optional"))
    return matched, compared, total_required, misses, false_positives


def defect_found(defect: dict, got: list[dict]) -> bool:
    want = re.sub(r"\s+", "", defect["text"])
    for found in got:
        if found["type"] != defect["type"]:
            continue
        text = re.sub(r"\s+", "", found["text"])
        if want in text or (text and text in want):
            return True
    return False
