"""The held-out discipline: the manifest, the split rule and the held-out floors.

The pages live outside the repository, under ``$FAZHI_HELDOUT`` (see docs/reading.md); their
labels and URLs are committed in ``heldout/`` (facts only, no page text);
the manifest ``corpus-manifest.csv`` names each one with its URL, SHA-256 and split. The
manifest's own checks always run; those that read the pages run only when the folder is set.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
from collections import Counter
from pathlib import Path

import pytest

from fazhi.reading.accuracy import (
    MANIFEST_COLUMNS,
    Figures,
    contract_codes,
    default_codes_doc,
    load_labels,
    names_in,
    on_unseen_sites,
    render,
    score,
    site_of,
    split_of,
    write_manifest,
)

HERE = Path(__file__).parent
MANIFEST = HERE / "corpus-manifest.csv"
COMMITTED = HERE / "heldout"
FLOORS = json.loads((HERE / "heldout_floors.json").read_text("utf-8"))["heldout"]
HELDOUT = os.environ.get("FAZHI_HELDOUT")

needs_pages = pytest.mark.skipif(not HELDOUT, reason="FAZHI_HELDOUT is not set")


def manifest() -> list[dict[str, str]]:
    with MANIFEST.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_split_rule_holds_out_a_third_of_names_and_never_changes_its_mind():
    names = [f"h{n:04d}.txt" for n in range(3000)]
    share = Counter(split_of(name) for name in names)["heldout"] / len(names)
    assert 0.30 < share < 0.37
    assert [split_of(name) for name in names] == [split_of(name) for name in names]


def test_every_manifest_row_follows_the_split_rule():
    rows = manifest()
    assert rows, "the manifest is empty"
    assert tuple(rows[0]) == MANIFEST_COLUMNS
    wrong = [row["file"] for row in rows if row["split"] != split_of(row["file"])]
    assert not wrong, f"split does not follow sha256(name) mod 3: {wrong}"
    files = [row["file"] for row in rows]
    assert len(files) == len(set(files)), "a file is listed twice"
    assert all(len(row["sha256"]) == 64 and row["url"].startswith("http") for row in rows)
    assert len({row["sha256"] for row in rows}) == len(rows), "two files have the same text"


def committed(name: str) -> dict:
    return json.loads((COMMITTED / name).read_text("utf-8"))


def test_every_committed_label_is_a_manifest_row_with_its_url():
    labels, sources = committed("labels.json"), committed("sources.json")
    rows = {row["file"]: row for row in manifest()}
    assert labels, "tests/reading/heldout/labels.json is empty"
    assert set(labels) == set(rows), "the committed labels and the manifest list different files"
    assert set(sources) == set(labels), "sources.json and labels.json list different files"
    wrong_url = [name for name, source in sources.items() if source["url"] != rows[name]["url"]]
    assert not wrong_url, f"URL differs from the manifest: {wrong_url}"
    assert {label["kind"] for label in labels.values()} <= {"annual_report", "not_report"}


def test_figures_of_two_splits_add_up():
    tuning = Figures(pages=2, matched=1, compared=2, required=2)
    tuning.right["kind"], tuning.total["kind"] = 2, 2
    heldout = Figures(pages=1, matched=0, compared=1, required=1)
    heldout.total["kind"] = 1
    both = tuning + heldout
    assert (both.pages, both.rate("kind"), both.precision, both.recall) == (3, 2 / 3, 1 / 3, 1 / 3)


def test_a_page_missing_from_the_folder_is_told_not_scored(tmp_path):
    (tmp_path / "a.txt").write_text("2023年度法治政府建设情况报告\n", "utf-8")
    labels = {"a.txt": {"kind": "annual_report"}, "b.txt": {"kind": "not_report"}}
    figures = score(tmp_path, list(labels), labels, set())
    assert (figures.pages, figures.missing, figures.look_alikes) == (1, 1, 0)
    assert "1 pages (1 labelled pages not in the folder, not scored)" in render("t", figures)
    (tmp_path / "labels.json").write_text(json.dumps(labels), "utf-8")
    with pytest.raises(SystemExit, match="1 labelled pages are not in"):
        write_manifest(tmp_path, tmp_path / "manifest.csv")
    assert not (tmp_path / "manifest.csv").exists()


def test_a_miss_is_told_as_a_wrong_value_or_none_given(tmp_path):
    # The first page names no place: its region is none given; the second names
    # another county than its label.
    opening = "2023年，{}坚持依法行政，全县法治政府建设取得新成效。现将有关情况报告如下：\n"
    (tmp_path / "a.txt").write_text(opening.format("我县"), "utf-8")
    (tmp_path / "b.txt").write_text(opening.format("淳安县"), "utf-8")
    want = {"kind": "annual_report", "region": {"name": "浙江省杭州市桐庐县", "code": "330122"}}
    labels = {"a.txt": want, "b.txt": want}
    figures = score(tmp_path, list(labels), labels, set())
    assert (figures.total["region"], figures.right["region"], figures.abstained["region"]) == (2, 0, 1)
    assert "region     0.000  (0/2)  wrong 1, none given 1" in render("t", figures)


@pytest.mark.corpus
@needs_pages
def test_the_folder_is_the_manifest():
    folder = Path(HELDOUT)
    labels = load_labels(folder)
    rows = {row["file"]: row for row in manifest()}
    assert set(labels) == set(rows), "labels.json and the manifest list different files"
    missing = sorted(name for name in labels if not (folder / name).exists())
    assert not missing, f"{len(missing)} pages are not in the folder yet (rebuild it): {missing[:10]}"
    changed = [
        name
        for name in labels
        if hashlib.sha256((folder / name).read_bytes()).hexdigest() != rows[name]["sha256"]
    ]
    assert not changed, f"pages changed since the manifest was written: {changed}"


@pytest.mark.corpus
@needs_pages
def test_the_folder_labels_are_the_committed_labels():
    assert load_labels(Path(HELDOUT)) == committed("labels.json"), (
        "$FAZHI_HELDOUT/labels.json differs from tests/reading/heldout/labels.json"
    )


@pytest.mark.corpus
@needs_pages
def test_heldout_stays_above_floors():
    folder = Path(HELDOUT)
    labels = load_labels(folder)
    figures = score(folder, names_in(labels, "heldout"), labels, contract_codes(default_codes_doc(folder)))
    measured = figures.as_floors()
    print("\n" + "\n".join(f"HELDOUT {key:16} {value:.3f}" for key, value in measured.items()))
    below = [
        f"{key}: {measured.get(key, 0):.3f} < floor {floor:.3f}"
        for key, floor in FLOORS.items()
        if measured.get(key, 0) + 1e-9 < floor
    ]
    assert not below, "\n".join(below)


def test_no_page_read_while_writing_rules_is_held_out():
    """A page a rule was written from would flatter the held-out figures."""
    lines = (HERE / "rule-pages.txt").read_text("utf-8").splitlines()
    read = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    assert read and all(url.startswith("http") for url in read)
    held_out = {row["url"] for row in manifest() if row["split"] == "heldout"}
    assert not read & held_out, sorted(read & held_out)


def test_pages_of_sites_with_no_tuning_page_are_told_apart():
    urls = {row["file"]: row["url"] for row in manifest()}
    unseen = on_unseen_sites(urls)
    assert unseen and all(split_of(name) == "heldout" for name in unseen)
    tuning_sites = {site_of(url) for name, url in urls.items() if split_of(name) == "tuning"}
    assert not {site_of(urls[name]) for name in unseen} & tuning_sites
    assert site_of("https://www.example.gov.cn/a/b.html") == site_of("http://example.gov.cn/")
