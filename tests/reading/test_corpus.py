"""Accuracy on the real documents of $FAZHI_CORPUS: the seed gate and the dev floors.

Runs only when FAZHI_CORPUS points at the corpus folder; nothing of it is in
the repository. Prints the figures (run with ``-s``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from fazhi.reading import read
from fazhi.reading.accuracy import META_FIELDS, contract_codes, defect_found, match_facts, same

CORPUS = os.environ.get("FAZHI_CORPUS")
FLOORS = json.loads((Path(__file__).parent / "accuracy_floors.json").read_text("utf-8"))

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not CORPUS, reason="FAZHI_CORPUS is not set"),
]


def _labels(folder: str) -> tuple[Path, dict]:
    root = Path(CORPUS) / folder
    return root, json.loads((root / "labels.json").read_text("utf-8"))


def test_seeds_meet_the_gate():
    root, labels = _labels("seeds")
    codes = contract_codes(Path(CORPUS).parent / "docs" / "indicators.md")
    wrong = []
    matched = compared = required = 0
    missing_defects = []
    print()
    for name, label in sorted(labels.items()):
        reading = read(root / name).as_dict()
        for field in META_FIELDS:
            if field in label and not same(field, reading[field], label[field]):
                wrong.append(f"{name} {field}: got {reading[field]!r}, want {label[field]!r}")
        for code, status in label.get("elements", {}).items():
            if reading["elements"][code]["status"] != status:
                wrong.append(f"{name} part {code}: got {reading['elements'][code]['status']}, want {status}")
        if "compliance" in label and reading["compliance"] != label["compliance"]:
            wrong.append(f"{name} compliance: got {reading['compliance']}, want {label['compliance']}")
        m, c, r, misses, false_positives = match_facts(reading["facts"], label.get("facts", []), codes)
        matched, compared, required = matched + m, compared + c, required + r
        print(f"  {name[:3]} facts: recall {m}/{r}  precision {m}/{c}")
        for miss in misses:
            print(f"      missed {miss}")
        for key, evidence in false_positives:
            print(f"      extra  {key}  {evidence}")
        for defect in label.get("defects", []):
            if not defect_found(defect, reading["defects"]):
                missing_defects.append(f"{name} {defect}")
    recall = matched / required if required else 1.0
    precision = matched / compared if compared else 1.0
    print(
        f"SEEDS metadata/parts/compliance errors: {len(wrong)}; facts recall {recall:.3f} "
        f"({matched}/{required}), precision {precision:.3f} ({matched}/{compared}); "
        f"defects missed: {len(missing_defects)}"
    )
    assert not wrong, "\n".join(wrong)
    assert not missing_defects, "\n".join(missing_defects)
    assert recall >= FLOORS["seeds"]["facts_recall"]
    assert precision >= FLOORS["seeds"]["facts_precision"]


def dev_figures() -> dict[str, float]:
    root, labels = _labels("dev")
    codes = contract_codes(Path(CORPUS).parent / "docs" / "indicators.md")
    right: dict[str, int] = {}
    total: dict[str, int] = {}
    matched = compared = required = 0
    errors = []
    for name, label in sorted(labels.items()):
        reading = read(root / name).as_dict()
        for field in META_FIELDS:
            if field not in label:
                continue
            total[field] = total.get(field, 0) + 1
            if same(field, reading[field], label[field]):
                right[field] = right.get(field, 0) + 1
            else:
                errors.append(f"  {name} {field}: got {reading[field]!r}, want {label[field]!r}")
        if label.get("facts"):
            m, c, r, _misses, _fps = match_facts(reading["facts"], label["facts"], codes)
            matched, compared, required = matched + m, compared + c, required + r
    figures = {f"meta_{field}": right.get(field, 0) / total[field] for field in total}
    figures["facts_recall"] = matched / required if required else 1.0
    figures["facts_precision"] = matched / compared if compared else 1.0
    print()
    for error in errors:
        print(error)
    for key, value in figures.items():
        detail = ""
        if key.startswith("meta_"):
            field = key[5:]
            detail = f" ({right.get(field, 0)}/{total[field]})"
        print(f"DEV {key:22} {value:.3f}{detail}")
    print(f"DEV facts: matched {matched}, required {required}, compared {compared}")
    return figures


def test_dev_stays_above_floors():
    figures = dev_figures()
    below = [
        f"{key}: {figures.get(key, 0):.3f} < floor {floor:.3f}"
        for key, floor in FLOORS["dev"].items()
        if figures.get(key, 0) + 1e-9 < floor
    ]
    assert not below, "\n".join(below)
