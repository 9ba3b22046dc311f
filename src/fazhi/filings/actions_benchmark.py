"""Benchmark sets: the office collects other regions' published reports and reads them.

Same pattern as ``actions.py``: who may (REVIEW over the set's region), what
may (each file read by the engine, non-reports skipped with the reason), the
change and one ``FilingEvent`` in one transaction.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.core.actions import ActionRefused, attribute_to, record_event
from fazhi.core.scoping import Actor, Purpose, scope_of
from fazhi.filings import benchmark, rules
from fazhi.filings.models import BenchmarkReport, BenchmarkSet, FilingEvent
from fazhi.org.naming import with_office
from fazhi.reading import ReadingError, read

MAX_FILES_PER_UPLOAD = 200


@dataclass
class AddResult:
    added: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def _text_digest(text) -> str:
    """The report's text without whitespace, hashed: equal for one report in any format."""
    return hashlib.sha256("".join(str(text or "").split()).encode()).hexdigest()


def _require(actor: Actor, region_code: str) -> None:
    if not scope_of(actor).allows_region(Purpose.REVIEW, region_code):
        raise PermissionDenied(
            with_office(_("Only %(office)s of this region may manage its benchmark sets."))
        )


def create_benchmark_set(actor: Actor, *, region_code: str, name: str) -> BenchmarkSet:
    _require(actor, region_code)
    name = name.strip()
    if not name:
        raise ActionRefused(_("Give the benchmark set a name."), field="name")
    benchmark_set = BenchmarkSet(region_code=region_code, name=name[:100])
    benchmark_set.full_clean()
    with transaction.atomic():
        attribute_to(actor, benchmark_set)
        benchmark_set.save()
        record_event(FilingEvent, actor=actor, verb="create_benchmark", benchmark_set=benchmark_set)
    return benchmark_set


def add_benchmark_reports(
    actor: Actor, benchmark_set: BenchmarkSet, uploads: list[tuple[str, bytes]]
) -> AddResult:
    """Read every report file among ``uploads`` (files or zip archives); skip the rest, saying why."""
    _require(actor, benchmark_set.region_code)
    if len(uploads) > MAX_FILES_PER_UPLOAD:
        raise ActionRefused(
            _("Upload at most %(n)d files at once.") % {"n": MAX_FILES_PER_UPLOAD}, field="files"
        )
    result = AddResult()
    readings = []
    known = set(benchmark_set.reports.values_list("sha256", flat=True))
    # The same report in another format (.txt and .docx) has other bytes: one region's report
    # of one year is in a set once, and the same text once.
    held = {
        (code, year)
        for code, year in benchmark_set.reports.values_list("region_code", "year")
        if code and year
    }
    texts = {_text_digest(text) for text in benchmark_set.reports.values_list("reading__text", flat=True)}
    for name, data in uploads:
        unpacked = benchmark.unpack(name, data)
        result.skipped.extend(unpacked.skipped)
        for incoming in unpacked.files:
            digest = hashlib.sha256(incoming.data).hexdigest()
            if digest in known:
                result.skipped.append((incoming.name, _("already in the set")))
                continue
            try:
                reading = read(incoming.data, name=incoming.name).as_dict()
                rules.check_reading(reading)
            except ReadingError as failure:
                result.skipped.append((incoming.name, failure.message))
                continue
            except ActionRefused as refusal:
                result.skipped.append((incoming.name, refusal.message))
                continue
            region_year = ((reading.get("region") or {}).get("code") or "", reading.get("year"))
            text = _text_digest(reading.get("text"))
            if text in texts or (all(region_year) and region_year in held):
                result.skipped.append((incoming.name, _("the same report is already in the set")))
                continue
            known.add(digest)
            texts.add(text)
            if all(region_year):
                held.add(region_year)
            readings.append((incoming.name, digest, reading))
    with transaction.atomic():
        for name, digest, reading in readings:
            region = reading.get("region") or {}
            report = BenchmarkReport(
                benchmark_set=benchmark_set,
                source=name[:200],
                sha256=digest,
                reading=reading,
                region_code=(region.get("code") or "")[:6],
                region_name=(region.get("name") or "")[:100],
                year=reading.get("year"),
            )
            attribute_to(actor, report)
            report.save()
            result.added.append(name)
        record_event(
            FilingEvent,
            actor=actor,
            verb="add_benchmark_reports",
            benchmark_set=benchmark_set,
            data={"added": result.added[:200], "skipped": [list(s) for s in result.skipped[:200]]},
        )
    return result
