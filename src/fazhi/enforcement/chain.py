"""The per-body hash chain of process records: how an entry is hashed, appended and verified.

An entry's hash is SHA-256 over the previous entry's hash and every stored field
of the entry, in a fixed order (``entry_text``). ``verify`` reads each chain in
order, one query for all bodies, and reports the first entry whose stored hashes
do not match what it recomputes, or whose number is out of sequence (a row
deleted or inserted), or a head that no longer matches the one the last
verification saw (the whole tail rewritten).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from fazhi.enforcement.models import GENESIS, ChainCheck, EnforcementBody, ProcessRecord

# The columns an entry's hash covers, in the order they are hashed.
HASHED = (
    "body_id",
    "sequence",
    "case_id",
    "stage",
    "kind",
    "title",
    "file_name",
    "content_hash",
    "held_by_body",
    "corrects_id",
    "recorded_at",
    "recorded_by_id",
)
READ_CHUNK = 5000


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return str(value)


def entry_text(previous_hash: str, values: Iterable) -> str:
    return "\x1f".join([previous_hash, *(_text(value) for value in values)])


def entry_hash(previous_hash: str, values: Iterable) -> str:
    return hashlib.sha256(entry_text(previous_hash, values).encode()).hexdigest()


def content_hash_of_file(upload) -> str:
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


def content_hash_of_text(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def append(record: ProcessRecord) -> ProcessRecord:
    """Number ``record`` after its body's last entry, chain its hashes and save it.

    The body's row is locked while the last entry is read, so two appends to one
    chain never take the same number (the unique constraint stops it if the
    database ignores the lock).
    """
    with transaction.atomic():
        EnforcementBody.objects.select_for_update().filter(pk=record.body_id).first()
        last = (
            ProcessRecord.objects.filter(body_id=record.body_id)
            .order_by("-sequence")
            .values_list("sequence", "entry_hash")
            .first()
        )
        record.sequence, record.previous_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
        if record.recorded_at is None:
            record.recorded_at = timezone.now()
        # Stored and read back alike: the database keeps microseconds, no finer.
        record.recorded_at = record.recorded_at.astimezone(dt.UTC)
        record.entry_hash = entry_hash(record.previous_hash, (getattr(record, name) for name in HASHED))
        record.save()
    return record


@dataclass
class ChainState:
    body_id: int
    entries: int = 0
    head: str = GENESIS
    broken_sequence: int | None = None
    message: str = ""

    @property
    def is_intact(self) -> bool:
        return self.broken_sequence is None


def _walk(rows: Iterator[tuple], expected: dict[int, tuple[int, str]]) -> dict[int, ChainState]:
    """Walk rows of (id, previous_hash, entry_hash, *HASHED) ordered by body and sequence."""
    states: dict[int, ChainState] = {}
    for row in rows:
        _id, previous_hash, stored_hash, body_id, sequence = row[0], row[1], row[2], row[3], row[4]
        state = states.get(body_id)
        if state is None:
            state = states[body_id] = ChainState(body_id)
        if not state.is_intact:
            continue
        if sequence != state.entries + 1:
            state.broken_sequence = state.entries + 1
            state.message = _("Entry %(number)s is missing or out of order.") % {"number": state.entries + 1}
            continue
        if previous_hash != state.head:
            state.broken_sequence = sequence
            state.message = _("Entry %(number)s does not follow the entry before it.") % {"number": sequence}
            continue
        if entry_hash(previous_hash, row[3:]) != stored_hash:
            state.broken_sequence = sequence
            state.message = _("Entry %(number)s was changed after it was recorded.") % {"number": sequence}
            continue
        state.entries = sequence
        state.head = stored_hash
        seen = expected.get(body_id)
        if seen and seen[0] == sequence and seen[1] != stored_hash:
            state.broken_sequence = sequence
            state.message = _("Entry %(number)s differs from the chain head the last verification saw.") % {
                "number": sequence
            }
    for body_id, (length, _head) in expected.items():
        state = states.setdefault(body_id, ChainState(body_id))
        if state.is_intact and state.entries < length:
            state.broken_sequence = state.entries + 1
            state.message = _("The chain is shorter than when it was last verified (%(length)s entries).") % {
                "length": length
            }
    return states


def _last_intact_heads(body_ids: list[int] | None) -> dict[int, tuple[int, str]]:
    checks = ChainCheck.objects.filter(is_intact=True).order_by("body_id", "-checked_at", "-id")
    if body_ids is not None:
        checks = checks.filter(body_id__in=body_ids)
    heads: dict[int, tuple[int, str]] = {}
    for body_id, entries, head in checks.values_list("body_id", "entries", "head_hash"):
        heads.setdefault(body_id, (entries, head))
    return heads


def verify(body_ids: list[int] | None = None, *, save: bool = True) -> list[ChainState]:
    """Recompute the chains of ``body_ids`` (default: every body); record each result when ``save``."""
    records = ProcessRecord.objects.order_by("body_id", "sequence")
    bodies = EnforcementBody.objects.order_by("pk")
    if body_ids is not None:
        records = records.filter(body_id__in=body_ids)
        bodies = bodies.filter(pk__in=body_ids)
    rows = records.values_list("id", "previous_hash", "entry_hash", *HASHED).iterator(chunk_size=READ_CHUNK)
    states = _walk(rows, _last_intact_heads(body_ids))
    results = [states.get(pk) or ChainState(pk) for pk in bodies.values_list("pk", flat=True)]
    if save:
        now = timezone.now()
        ChainCheck.objects.bulk_create(
            ChainCheck(
                body_id=state.body_id,
                checked_at=now,
                entries=state.entries,
                head_hash=state.head,
                is_intact=state.is_intact,
                broken_sequence=state.broken_sequence,
                message=state.message[:300],
            )
            for state in results
        )
    return results
