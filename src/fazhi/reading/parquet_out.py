"""``--format parquet``: readings as two Parquet tables, written as they come.

``OUT/reports/part-NNNNN.parquet``: one row per report, the metadata as
columns, the content's SHA-256 as key, the nested parts of the reading
(repairs, outline, elements, compliance, defects) as JSON text.
``OUT/facts/part-NNNNN.parquet``: one row per fact, keyed by the report's
``sha256`` and its ``ordinal`` among the report's facts.

Each folder is one table for any Parquet reader (``pyarrow.parquet.read_table
("OUT/reports")``, DuckDB ``read_parquet('OUT/reports/*.parquet')``). Rows are
written in row groups of ``ROW_GROUP_REPORTS`` through ``ParquetWriter``, never
gathered in memory; a part is written under a hidden name and renamed when
closed (every ``PART_REPORTS`` reports and at the end, Ctrl-C included), so a
killed run leaves only whole parts, and ``--resume`` finds what they hold.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from .corpus import MissingExtra

ROW_GROUP_REPORTS = 1000
PART_REPORTS = 10_000

PART_NAME = re.compile(r"^part-(\d{5,})\.parquet$")

# Nested parts of a reading kept as JSON text in the reports table.
JSON_COLUMNS = ("metadata_evidence", "repairs", "outline", "elements", "compliance", "defects")


def _arrow():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise MissingExtra("pyarrow") from exc
    return pa, pq


def schemas():
    pa, _ = _arrow()
    reports = pa.schema(
        [
            ("sha256", pa.string()),
            ("schema", pa.string()),
            ("source", pa.string()),
            ("format", pa.string()),
            ("title", pa.string()),
            ("kind", pa.string()),
            ("region_name", pa.string()),
            ("region_code", pa.string()),
            ("level", pa.string()),
            ("issuer", pa.string()),
            ("year", pa.int32()),
            ("period_start", pa.int32()),
            ("period_end", pa.int32()),
            ("published", pa.string()),
            ("script", pa.string()),
            ("fact_count", pa.int32()),
            ("defect_count", pa.int32()),
            ("compliant", pa.bool_()),
            ("text", pa.large_string()),
            *[(name, pa.string()) for name in JSON_COLUMNS],
        ]
    )
    facts = pa.schema(
        [
            ("sha256", pa.string()),
            ("ordinal", pa.int32()),
            ("indicator", pa.string()),
            ("name", pa.string()),
            ("value", pa.float64()),
            ("unit", pa.string()),
            ("qualifier", pa.string()),
            ("previous", pa.float64()),
            ("scope", pa.string()),
            ("period", pa.string()),
            ("evidence_start", pa.int32()),
            ("evidence_end", pa.int32()),
            ("evidence_text", pa.string()),
        ]
    )
    return reports, facts


def report_row(sha256: str, reading: dict) -> dict:
    region = reading.get("region") or {}
    period = reading.get("period") or {}
    row = {
        "sha256": sha256,
        "schema": reading["schema"],
        "source": reading["source"],
        "format": reading["format"],
        "title": reading["title"],
        "kind": reading["kind"],
        "region_name": region.get("name"),
        "region_code": region.get("code"),
        "level": reading["level"],
        "issuer": reading["issuer"],
        "year": reading["year"],
        "period_start": period.get("start"),
        "period_end": period.get("end"),
        "published": reading["published"],
        "script": reading["script"],
        "fact_count": len(reading["facts"]),
        "defect_count": len(reading["defects"]),
        "compliant": (reading.get("compliance") or {}).get("compliant"),
        "text": reading["text"],
    }
    for name in JSON_COLUMNS:
        row[name] = json.dumps(reading[name], ensure_ascii=False)
    return row


def fact_rows(sha256: str, reading: dict) -> list[dict]:
    return [
        {
            "sha256": sha256,
            "ordinal": ordinal,
            "indicator": fact["indicator"],
            "name": fact["name"],
            "value": fact["value"],
            "unit": fact["unit"],
            "qualifier": fact["qualifier"],
            "previous": fact["previous"],
            "scope": fact["scope"],
            "period": fact["period"],
            "evidence_start": fact["evidence"]["start"],
            "evidence_end": fact["evidence"]["end"],
            "evidence_text": fact["evidence"]["text"],
        }
        for ordinal, fact in enumerate(reading["facts"])
    ]


class ParquetOutput:
    """The two tables under ``folder``, one part per run (or per ``PART_REPORTS`` reports)."""

    def __init__(self, folder: Path, resume: bool = False):
        _arrow()
        self.folder = folder
        self.reports_dir = folder / "reports"
        self.facts_dir = folder / "facts"
        self.reports_dir.mkdir(parents=True, exist_ok=True)
        self.facts_dir.mkdir(parents=True, exist_ok=True)
        self._clean()
        self.known: set[str] = known_hashes(folder) if resume else set()
        self.schemas = schemas()
        self.part = 1 + max((_part_number(p) for p in self.reports_dir.iterdir()), default=-1)
        self.writers = None
        self.in_part = 0
        self.reports: list[dict] = []
        self.facts: list[dict] = []

    def _clean(self) -> None:
        """Drop what a killed run left: hidden unfinished parts, facts whose reports part is missing."""
        for folder in (self.reports_dir, self.facts_dir):
            for unfinished in folder.glob(".part-*.parquet"):
                unfinished.unlink()
        reports = {p.name for p in self.reports_dir.glob("part-*.parquet")}
        for facts in self.facts_dir.glob("part-*.parquet"):
            if facts.name not in reports:
                facts.unlink()

    def add(self, sha256: str, reading: dict) -> None:
        self.reports.append(report_row(sha256, reading))
        self.facts.extend(fact_rows(sha256, reading))
        if len(self.reports) >= ROW_GROUP_REPORTS:
            self.flush()

    def flush(self, force: bool = False) -> None:
        """Write the rows held as one row group (only once there are enough of them, unless forced)."""
        if not self.reports or (len(self.reports) < ROW_GROUP_REPORTS and not force):
            return
        pa, pq = _arrow()
        if self.writers is None:
            name = f"part-{self.part:05d}.parquet"
            self.writers = [
                pq.ParquetWriter(str(folder / f".{name}"), schema, compression="zstd")
                for folder, schema in ((self.reports_dir, self.schemas[0]), (self.facts_dir, self.schemas[1]))
            ]
        reports_writer, facts_writer = self.writers
        reports_writer.write_table(pa.Table.from_pylist(self.reports, schema=self.schemas[0]))
        facts_writer.write_table(pa.Table.from_pylist(self.facts, schema=self.schemas[1]))
        self.in_part += len(self.reports)
        self.reports, self.facts = [], []
        if self.in_part >= PART_REPORTS:
            self._close_part()

    def _close_part(self) -> None:
        if self.writers is None:
            return
        for writer in self.writers:
            writer.close()
        name = f"part-{self.part:05d}.parquet"
        # Facts first: a reports part is the mark that its reports (and so their facts) are written.
        (self.facts_dir / f".{name}").rename(self.facts_dir / name)
        (self.reports_dir / f".{name}").rename(self.reports_dir / name)
        self.writers = None
        self.part += 1
        self.in_part = 0

    def close(self) -> None:
        self.flush(force=True)
        self._close_part()


def _part_number(path: Path) -> int:
    match = PART_NAME.match(path.name)
    return int(match.group(1)) if match else -1


def _parts(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("part-*.parquet") if PART_NAME.match(p.name))


def known_hashes(folder: Path) -> set[str]:
    """The content hashes of the reports already written under ``folder``."""
    _, pq = _arrow()
    hashes: set[str] = set()
    for part in _parts(folder / "reports"):
        hashes.update(pq.read_table(part, columns=["sha256"]).column("sha256").to_pylist())
    return hashes


def readings(folder: Path) -> Iterator[tuple[str, dict]]:
    """(sha256, schema-1.1 reading) for every report under ``folder``: the jsonl objects again.

    For checks and small corpora: it holds one part's facts in memory at a time.
    """
    _, pq = _arrow()
    facts_dir = folder / "facts"
    for part in _parts(folder / "reports"):
        facts: dict[str, list[dict]] = {}
        for row in pq.read_table(facts_dir / part.name).to_pylist():
            facts.setdefault(row["sha256"], []).append(row)
        for row in pq.read_table(part).to_pylist():
            yield (
                row["sha256"],
                _reading(row, sorted(facts.get(row["sha256"], []), key=lambda f: f["ordinal"])),
            )


def _number(value: float | None) -> float | int | None:
    return int(value) if value is not None and value.is_integer() else value


def _reading(row: dict, facts: list[dict]) -> dict:
    nested = {name: json.loads(row[name]) for name in JSON_COLUMNS}
    region = (
        {"name": row["region_name"], "code": row["region_code"]} if row["region_name"] is not None else None
    )
    period = (
        {"start": row["period_start"], "end": row["period_end"]} if row["period_start"] is not None else None
    )
    return {
        "schema": row["schema"],
        "source": row["source"],
        "format": row["format"],
        "title": row["title"],
        "kind": row["kind"],
        "region": region,
        "level": row["level"],
        "issuer": row["issuer"],
        "year": row["year"],
        "period": period,
        "published": row["published"],
        "metadata_evidence": nested["metadata_evidence"],
        "script": row["script"],
        "repairs": nested["repairs"],
        "text": row["text"],
        "outline": nested["outline"],
        "elements": nested["elements"],
        "compliance": nested["compliance"],
        "facts": [
            {
                "indicator": fact["indicator"],
                "name": fact["name"],
                "value": _number(fact["value"]),
                "unit": fact["unit"],
                "qualifier": fact["qualifier"],
                "previous": _number(fact["previous"]),
                "scope": fact["scope"],
                "period": fact["period"],
                "evidence": {
                    "start": fact["evidence_start"],
                    "end": fact["evidence_end"],
                    "text": fact["evidence_text"],
                },
            }
            for fact in facts
        ],
        "defects": nested["defects"],
    }
