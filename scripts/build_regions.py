"""Build fazhi's region table from jionlp's gazetteer (maintainers only).

fazhi ships the result as plain data files in ``src/fazhi/catalog/data`` so
that neither the platform nor the reading engine needs jionlp (245 MB with
its segmenter) at run time. Run this when jionlp publishes a newer snapshot:

    python -m venv /tmp/jio && /tmp/jio/bin/pip install jionlp
    /tmp/jio/bin/python scripts/build_regions.py

``data/region_aliases.tsv`` (short names in use that the gazetteer lacks) is kept by hand and is
not written here.

Source: jionlp ``dictionary/china_location.zip`` (Apache-2.0, snapshot
2025-11) and ``china_location_change.txt`` (renames and mergers since 2002).
"""

from __future__ import annotations

import gzip
import os
import pathlib

import jionlp  # noqa: F401  (only to locate its dictionary folder)

OUT = pathlib.Path(__file__).resolve().parent.parent / "src/fazhi/catalog/data"
DICT = pathlib.Path(jionlp.__file__).parent / "dictionary"

# Direct-administered municipalities repeat themselves as their own "city".
MUNICIPALITIES = {"110000", "120000", "310000", "500000"}


def _alias(text: str) -> str:
    return text.strip().strip("[]").replace("'", "").replace('"', "").split(",")[0].strip()


def main() -> None:
    lines = (DICT / "china_location.txt").read_text(encoding="utf-8").splitlines()
    regions: list[tuple[str, str, str, str, str]] = []  # code, name, level, parent, alias
    townships: list[tuple[str, str]] = []  # county (or city) code, township name
    stack: dict[int, str] = {}
    for line in lines:
        depth = len(line) - len(line.lstrip("\t"))
        parts = line.strip().split("\t")
        if depth <= 2 and (len(parts) < 2 or not parts[1].isdigit()):
            # A county-level placeholder such as 东莞's 市直辖乡镇, or Taiwan's
            # counties, which carry no code: townships belong to the parent.
            stack[depth] = stack.get(depth - 1, "")
            continue
        if depth <= 2:
            name, code = parts[0], parts[1]
            alias = _alias(parts[2]) if len(parts) > 2 else ""
            stack[depth] = code
            level = ("province", "city", "county")[depth]
            parent = stack.get(depth - 1, "") if depth else ""
            if depth == 1 and code in MUNICIPALITIES:
                stack[1] = code  # same code as the province; skip the duplicate row
                continue
            if depth == 2 and parent in MUNICIPALITIES:
                parent = stack[0]
            regions.append((code, name, level, parent, alias))
        elif depth == 3 and stack.get(2):
            townships.append((stack[2], parts[0]))
    seen = set()
    rows = []
    for row in regions:
        if row[0] in seen:
            continue
        seen.add(row[0])
        rows.append("\t".join(row))
    (OUT / "regions.tsv").write_text(
        "code\tname\tlevel\tparent\talias\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )
    town_text = "county\tname\n" + "\n".join("\t".join(t) for t in townships) + "\n"
    with gzip.GzipFile(OUT / "townships.tsv.gz", "wb", mtime=0) as fh:
        fh.write(town_text.encode("utf-8"))
    changes = []
    for line in (DICT / "china_location_change.txt").read_text(encoding="utf-8").splitlines():
        if "=>" not in line:
            continue
        left, right = line.split("=>")
        lparts = left.split("\t")
        date = lparts[0]
        old = [p for i, p in enumerate(lparts[2:]) if i % 2 == 0]
        new = right.split("\t")
        changes.append("\t".join([date, "".join(old), "".join(new)]))
    (OUT / "region_changes.tsv").write_text(
        "date\told\tnew\n" + "\n".join(dict.fromkeys(changes)) + "\n", encoding="utf-8"
    )
    print(f"{len(rows)} regions, {len(townships)} townships, {len(changes)} changes -> {OUT}")


if __name__ == "__main__":
    os.environ.setdefault("JIONLP_QUIET", "1")
    main()
