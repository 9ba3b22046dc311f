"""How well the engine reads a labelled folder of real pages: ``python -m fazhi.reading.accuracy``.

A labelled folder holds text files and a ``labels.json`` (the layout of the corpus's ``dev``
set: per file ``kind``, ``script`` and, for reports, ``level``, ``year``, ``published``,
``region``, ``title``, ``facts``; a field a label lacks is not known). The same comparison
scores the seeds and the dev set (``tests/reading/test_corpus.py``) and the held-out set
(``$FAZHI_HELDOUT``, ``make accuracy``):

- a metadata field counts only where the label has it; it must be equal (titles modulo
  width, whitespace and dash style; regions by name and code);
- a fact matches a gold fact with the same indicator code and value; only the codes of the
  contract (``shared/docs/indicators.md``) are compared; gold facts marked ``optional`` count
  neither way; facts are compared on the pages whose label lists some.

The held-out set is split by a hash of the file name (``split_of``): a third is held out,
the rest is for tuning. ``tests/reading/corpus-manifest.csv`` records every file's URL,
SHA-256 and split (``--write-manifest``), so anyone can tell which pages a figure was
computed on and that no tuning page counts as held out.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from fazhi.catalog import indicators

META_FIELDS = ("title", "kind", "region", "level", "issuer", "year", "period", "published", "script")
SPLITS = ("tuning", "heldout")
MANIFEST_COLUMNS = ("file", "url", "sha256", "split")
# The held-out pages of sites with no tuning page, printed apart by ``--split each``.
NEW_SITES = "heldout, sites with no tuning page"


def split_of(name: str) -> str:
    """``heldout`` for a third of the file names, by the SHA-256 of the name; else ``tuning``."""
    return "heldout" if int(hashlib.sha256(name.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "tuning"


def site_of(url: str) -> str:
    """The host a page was published on, without ``www.``."""
    return (urlsplit(url).hostname or "").removeprefix("www.")


def on_unseen_sites(urls: dict[str, str]) -> set[str]:
    """The held-out names published on a site with no tuning page. Their figures are the honest
    part of the held-out split: a rule written from a tuning page can fit its site's siblings."""
    tuning_sites = {site_of(url) for name, url in urls.items() if split_of(name) == "tuning"}
    return {
        name
        for name, url in urls.items()
        if split_of(name) == "heldout" and url and site_of(url) not in tuning_sites
    }


def contract_codes(doc: Path | None) -> set[str]:
    """Codes listed in the steering repo's indicators.md; the catalog's when it is not at hand."""
    if doc is not None and doc.exists():
        return set(re.findall(r"^\| ([a-z]+\.[a-z_]+) \|", doc.read_text("utf-8"), re.M))
    return set(indicators.codes())


def normal_title(title: str | None) -> str | None:
    if title is None:
        return None
    title = unicodedata.normalize("NFKC", title)
    title = re.sub(r"\s+", "", title)
    return re.sub(r"[—–\-－~～]+", "-", title)


def same(field_name: str, got, want) -> bool:
    if field_name == "title":
        return normal_title(got) == normal_title(want)
    if field_name == "region":
        if want is None or got is None:
            return want == got
        return got.get("code") == want.get("code") and got.get("name") == want.get("name")
    return got == want


def match_facts(got: list[dict], gold: list[dict], codes: set[str]) -> tuple[int, int, int, list, list]:
    """(matched required, compared given, required gold, misses, false positives)."""
    required: Counter = Counter()
    optional: Counter = Counter()
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


@dataclass
class Figures:
    """What one scoring run found: counts, so that splits can be added up."""

    pages: int = 0
    right: Counter = field(default_factory=Counter)
    total: Counter = field(default_factory=Counter)
    # Of the misses, those where the reading gave no value (null, ``uncertain``): an abstention
    # costs a user less than a wrong value (issue 16), so the two are counted apart.
    abstained: Counter = field(default_factory=Counter)
    look_alikes: int = 0
    look_alikes_as_reports: int = 0
    # Of those, how many had no report title (issue 16: this must be none).
    look_alikes_as_reports_untitled: int = 0
    matched: int = 0
    compared: int = 0
    required: int = 0
    errors: list[str] = field(default_factory=list)
    # Labelled pages whose file is not in the folder (a folder being rebuilt): not scored, but told.
    missing: int = 0

    def __add__(self, other: Figures) -> Figures:
        return Figures(
            pages=self.pages + other.pages,
            right=self.right + other.right,
            total=self.total + other.total,
            abstained=self.abstained + other.abstained,
            look_alikes=self.look_alikes + other.look_alikes,
            look_alikes_as_reports=self.look_alikes_as_reports + other.look_alikes_as_reports,
            look_alikes_as_reports_untitled=self.look_alikes_as_reports_untitled
            + other.look_alikes_as_reports_untitled,
            missing=self.missing + other.missing,
            matched=self.matched + other.matched,
            compared=self.compared + other.compared,
            required=self.required + other.required,
            errors=self.errors + other.errors,
        )

    def rate(self, field_name: str) -> float:
        return self.right[field_name] / self.total[field_name] if self.total[field_name] else 1.0

    @property
    def metadata(self) -> float:
        total = sum(self.total.values())
        return sum(self.right.values()) / total if total else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.required if self.required else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.compared if self.compared else 1.0

    def as_floors(self) -> dict[str, float]:
        """The figures the floors pin, by the keys of ``accuracy_floors.json``."""
        figures = {f"meta_{name}": self.rate(name) for name in META_FIELDS if self.total[name]}
        figures["metadata"] = self.metadata
        figures["facts_recall"] = self.recall
        figures["facts_precision"] = self.precision
        return figures


def titled_report(reading: dict) -> bool:
    """The reading's kind rests on a report title (not on an opening, a body's shape or the model)."""
    evidence = (reading.get("metadata_evidence") or {}).get("kind") or {}
    return evidence.get("source") == "title"


def load_labels(corpus: Path) -> dict[str, dict]:
    return json.loads((corpus / "labels.json").read_text("utf-8"))


def score(corpus: Path, names: list[str], labels: dict[str, dict], codes: set[str]) -> Figures:
    """Read each named file of ``corpus`` and compare the reading with its label."""
    from . import ReadingError, read

    figures = Figures()
    for name in sorted(names):
        label = labels[name]
        if not (corpus / name).exists():
            figures.missing += 1
            continue
        try:
            reading = read(corpus / name).as_dict()
        except ReadingError as error:
            reading = {"facts": []}
            figures.errors.append(f"{name}: {error.message}")
        figures.pages += 1
        for field_name in META_FIELDS:
            if field_name not in label:
                continue
            figures.total[field_name] += 1
            if same(field_name, reading.get(field_name), label[field_name]):
                figures.right[field_name] += 1
            else:
                figures.abstained[field_name] += reading.get(field_name) in (None, "uncertain")
                figures.errors.append(
                    f"{name} {field_name}: got {reading.get(field_name)!r}, want {label[field_name]!r}"
                )
        if label.get("kind") == "not_report":
            figures.look_alikes += 1
            # a multi-year report is a report too: a look-alike read so is misread just the same
            as_report = reading.get("kind") in ("annual_report", "multi_year_report")
            figures.look_alikes_as_reports += as_report
            figures.look_alikes_as_reports_untitled += as_report and not titled_report(reading)
        if label.get("facts"):
            matched, compared, required, misses, false_positives = match_facts(
                reading["facts"], label["facts"], codes
            )
            figures.matched += matched
            figures.compared += compared
            figures.required += required
            figures.errors += [f"{name} fact missed {key}" for key in misses]
            figures.errors += [f"{name} fact extra {key} {text}" for key, text in false_positives]
    return figures


def names_in(labels: dict[str, dict], split: str) -> list[str]:
    return [name for name in labels if split == "all" or split_of(name) == split]


def present_labelled(corpus: Path, split: str = "all") -> list[tuple[str, dict]]:
    """The labelled pages of ``split`` that are in the folder, by name: the training scripts' pages
    (a rebuilt folder may lack some of the manifest's pages)."""
    labels = load_labels(corpus)
    return [(name, labels[name]) for name in sorted(names_in(labels, split)) if (corpus / name).exists()]


def render(title: str, figures: Figures) -> str:
    lines = [f"{title}: {figures.pages} pages"]
    if figures.missing:
        lines[0] += f" ({figures.missing} labelled pages not in the folder, not scored)"
    for field_name in META_FIELDS:
        if figures.total[field_name]:
            missed = figures.total[field_name] - figures.right[field_name]
            abstained = figures.abstained[field_name]
            lines.append(
                f"  {field_name:10} {figures.rate(field_name):.3f}"
                f"  ({figures.right[field_name]}/{figures.total[field_name]})"
                + (f"  wrong {missed - abstained}, none given {abstained}" if missed else "")
            )
    lines.append(f"  {'metadata':10} {figures.metadata:.3f}  (all fields)")
    lines.append(f"  look-alikes read as a report: {figures.look_alikes_as_reports}/{figures.look_alikes}")
    lines.append(
        "  look-alikes read as a report without a report title: "
        f"{figures.look_alikes_as_reports_untitled}/{figures.look_alikes}"
    )
    lines.append(
        f"  facts      precision {figures.precision:.3f} ({figures.matched}/{figures.compared})"
        f"  recall {figures.recall:.3f} ({figures.matched}/{figures.required})"
    )
    return "\n".join(lines)


def urls_of(corpus: Path) -> dict[str, str]:
    """Each labelled file's URL (from ``sources.json``), whether or not its page is in the folder."""
    sources_path = corpus / "sources.json"
    sources = json.loads(sources_path.read_text("utf-8")) if sources_path.exists() else {}
    return {name: sources.get(name, {}).get("url", "") for name in load_labels(corpus)}


def manifest_rows(corpus: Path) -> list[dict[str, str]]:
    """One row per labelled file: name, URL (from ``sources.json``), SHA-256 of the bytes, split."""
    urls = urls_of(corpus)
    return [
        {
            "file": name,
            "url": urls[name],
            "sha256": hashlib.sha256((corpus / name).read_bytes()).hexdigest(),
            "split": split_of(name),
        }
        for name in sorted(urls)
    ]


def write_manifest(corpus: Path, out: Path) -> int:
    """Write the manifest of a whole folder; refuse one that lacks a labelled page."""
    missing = [name for name in load_labels(corpus) if not (corpus / name).exists()]
    if missing:
        raise SystemExit(
            f"{len(missing)} labelled pages are not in {corpus} (first: {missing[0]}): no manifest written"
        )
    rows = manifest_rows(corpus)
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=MANIFEST_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def default_codes_doc(corpus: Path) -> Path | None:
    """indicators.md: beside the corpus (``shared/docs``), else beside ``$FAZHI_CORPUS``."""
    candidates = [
        corpus.parent / "docs" / "indicators.md",
        corpus.parent / "shared" / "docs" / "indicators.md",
    ]
    if os.environ.get("FAZHI_CORPUS"):
        candidates.append(Path(os.environ["FAZHI_CORPUS"]).parent / "docs" / "indicators.md")
    return next((path for path in candidates if path.exists()), None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m fazhi.reading.accuracy", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--corpus", default=os.environ.get("FAZHI_HELDOUT"), help="labelled folder ($FAZHI_HELDOUT)"
    )
    parser.add_argument(
        "--split",
        choices=("each", "all", *SPLITS),
        default="each",
        help="each: tuning, heldout (and its pages of sites with no tuning page) and all (default);"
        " all: the whole folder (dev, seeds)",
    )
    parser.add_argument("--codes", help="indicators.md whose codes are compared")
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="list every wrong field and fact (tuning only, unless --split names one)",
    )
    parser.add_argument("--write-manifest", metavar="CSV", help="write the manifest of --corpus and stop")
    args = parser.parse_args(argv)
    if not args.corpus:
        parser.error("no corpus: pass --corpus or set FAZHI_HELDOUT")
    corpus = Path(args.corpus)
    if args.write_manifest:
        print(f"{write_manifest(corpus, Path(args.write_manifest))} files -> {args.write_manifest}")
        return 0
    labels = load_labels(corpus)
    codes = contract_codes(Path(args.codes) if args.codes else default_codes_doc(corpus))
    if args.split == "each":
        unseen = on_unseen_sites(urls_of(corpus))
        heldout = names_in(labels, "heldout")
        tuning = score(corpus, names_in(labels, "tuning"), labels, codes)
        new_sites = score(corpus, [name for name in heldout if name in unseen], labels, codes)
        seen_sites = score(corpus, [name for name in heldout if name not in unseen], labels, codes)
        by_split = {"tuning": tuning, "heldout": new_sites + seen_sites, NEW_SITES: new_sites}
        by_split["all"] = tuning + by_split["heldout"]
    else:
        by_split = {args.split: score(corpus, names_in(labels, args.split), labels, codes)}
    for split, figures in by_split.items():
        print(render(f"{corpus} [{split}]", figures))
        # The held-out misses are listed only when asked for by name (--split heldout): whoever
        # tunes rules reads `--split each --verbose` and must not see them.
        if args.verbose and (split == "tuning" or len(by_split) == 1):
            print("\n".join(f"    {line}" for line in figures.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
