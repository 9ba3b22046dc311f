"""The publicly verifiable draw (摇号): pure Python, no Django, so anyone can re-run it.

Three published files make a draw checkable by anyone (docs/inspections.md, "Draws"):

- ``snapshot.jsonl``, frozen and hashed before the draw: a ``plan`` line (ratios,
  inspectors per entity), one ``entity`` line per eligible entity, one
  ``inspector`` line per eligible inspector, one ``conflict`` line per declared
  recusal. Every line is canonical JSON (keys sorted, no spaces, UTF-8) ending in
  ``\\n``; lines are sorted (plan, then entities by credit code, inspectors by
  certificate number, conflicts by certificate and code).
- ``seed.txt``: 64 hex digits, secret until the draw; its SHA-256 (the
  commitment) is published with the snapshot's SHA-256 before the draw.
- ``result.jsonl``: a ``draw`` line naming both hashes, then one ``task`` line
  per drawn entity with its inspectors, in the order drawn.

The algorithm (version ``fazhi-draw-1``) uses only HMAC-SHA256 keyed with the
seed's ASCII text, never a pseudo-random generator whose algorithm could change:

1. Entities fall into two strata: ``raised`` (high risk, complaints, abnormal
   operation) and ordinary. Each stratum's sample is ceil(count × ratio ÷ 100)
   (exact decimal arithmetic), at most the stratum.
2. Each entity's ticket is HMAC(seed, "entity|" + code); in each stratum the
   lowest tickets are drawn. Drawn entities are ordered by ticket.
3. For each drawn entity in that order, inspectors are drawn without
   replacement from the certificate-sorted list: draw i takes position
   int(HMAC(seed, "inspector|" + code + "|" + i)) mod (inspectors left). An
   inspector with a declared conflict with the entity is set aside and the draw
   goes on (the redraw rule: the next draw replaces him), until the plan's number
   of inspectors is reached.
"""

from __future__ import annotations

import hashlib
import heapq
import hmac
import json
import re
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, Decimal

ALGORITHM = "fazhi-draw-1"
SEED_PATTERN = re.compile(r"^[0-9a-f]{64}$")


class DrawImpossible(ValueError):
    """The snapshot cannot give a draw (too few inspectors for an entity once recusals are set aside)."""


def canonical(record: dict) -> str:
    return json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"


def sha256_hex(data: bytes | str) -> str:
    return hashlib.sha256(data.encode() if isinstance(data, str) else data).hexdigest()


def seed_commitment(seed: str) -> str:
    return sha256_hex(seed.encode("ascii"))


@dataclass(frozen=True)
class SnapshotEntity:
    code: str
    name: str
    raised: bool = False


@dataclass(frozen=True)
class SnapshotInspector:
    certificate: str
    name: str


@dataclass
class Snapshot:
    plan: int
    title: str
    sampling_percent: str  # decimal text, e.g. "5.00"
    raised_percent: str
    inspectors_per_object: int
    entities: list[SnapshotEntity] = field(default_factory=list)
    inspectors: list[SnapshotInspector] = field(default_factory=list)
    conflicts: set[tuple[str, str]] = field(default_factory=set)  # (certificate, code)


def serialise_snapshot(snapshot: Snapshot) -> str:
    lines = [
        canonical(
            {
                "kind": "plan",
                "algorithm": ALGORITHM,
                "plan": snapshot.plan,
                "title": snapshot.title,
                "sampling_percent": snapshot.sampling_percent,
                "raised_percent": snapshot.raised_percent,
                "inspectors_per_object": snapshot.inspectors_per_object,
            }
        )
    ]
    lines += [
        canonical({"kind": "entity", "code": e.code, "name": e.name, "raised": e.raised})
        for e in sorted(snapshot.entities, key=lambda e: e.code)
    ]
    lines += [
        canonical({"kind": "inspector", "certificate": i.certificate, "name": i.name})
        for i in sorted(snapshot.inspectors, key=lambda i: i.certificate)
    ]
    lines += [
        canonical({"kind": "conflict", "certificate": certificate, "code": code})
        for certificate, code in sorted(snapshot.conflicts)
    ]
    return "".join(lines)


def parse_snapshot(text: str, *, strict: bool = True) -> Snapshot:
    """The snapshot in ``text``; ValueError when it is not one (or, ``strict``, not in canonical form)."""
    if not text.endswith("\n"):
        raise ValueError("a snapshot ends with a line break")
    # Canonical JSON never holds a raw line break: one array parse is much faster than a parse per line.
    records = json.loads("[" + text[:-1].replace("\n", ",") + "]")
    head = records[0]
    if head.get("kind") != "plan" or head.get("algorithm") != ALGORITHM:
        raise ValueError("the first line is not a plan line of " + ALGORITHM)
    snapshot = Snapshot(
        plan=int(head["plan"]),
        title=str(head["title"]),
        sampling_percent=str(head["sampling_percent"]),
        raised_percent=str(head["raised_percent"]),
        inspectors_per_object=int(head["inspectors_per_object"]),
    )
    for record in records[1:]:
        kind = record.get("kind")
        if kind == "entity":
            snapshot.entities.append(SnapshotEntity(record["code"], record["name"], bool(record["raised"])))
        elif kind == "inspector":
            snapshot.inspectors.append(SnapshotInspector(record["certificate"], record["name"]))
        elif kind == "conflict":
            snapshot.conflicts.add((record["certificate"], record["code"]))
        else:
            raise ValueError(f"unknown line kind {kind!r}")
    if strict and serialise_snapshot(snapshot) != text:
        raise ValueError("the snapshot is not in canonical form")
    return snapshot


def sample_size(count: int, percent: str) -> int:
    wanted = (Decimal(count) * Decimal(percent) / 100).to_integral_value(rounding=ROUND_CEILING)
    return min(count, int(wanted))


def _ticket(key: bytes, message: str) -> bytes:
    return hmac.digest(key, message.encode("utf-8"), "sha256")


@dataclass(frozen=True)
class DrawnTask:
    position: int
    code: str
    inspectors: tuple[str, ...]  # certificate numbers, in the order drawn


def check_feasible(snapshot: Snapshot) -> None:
    """DrawImpossible unless every entity keeps enough inspectors once its recusals are set aside."""
    needed = snapshot.inspectors_per_object
    if len(snapshot.inspectors) < needed:
        raise DrawImpossible(f"{len(snapshot.inspectors)} inspectors for {needed} per entity")
    certificates = {i.certificate for i in snapshot.inspectors}
    recused: dict[str, int] = {}
    for certificate, code in snapshot.conflicts:
        if certificate in certificates:
            recused[code] = recused.get(code, 0) + 1
    for code, count in recused.items():
        if len(certificates) - count < needed:
            raise DrawImpossible(f"entity {code}: {count} recusals leave too few inspectors")


def draw(snapshot: Snapshot, seed: str) -> list[DrawnTask]:
    if not SEED_PATTERN.match(seed):
        raise ValueError("the seed is 64 lower-case hex digits")
    check_feasible(snapshot)
    key = seed.encode("ascii")
    ranked = []
    for raised in (True, False):
        stratum = [e.code for e in snapshot.entities if e.raised is raised]
        percent = snapshot.raised_percent if raised else snapshot.sampling_percent
        ranked += heapq.nsmallest(
            sample_size(len(stratum), percent), ((_ticket(key, "entity|" + code), code) for code in stratum)
        )
    ranked.sort()
    certificates = sorted(i.certificate for i in snapshot.inspectors)
    recused: dict[str, set[str]] = {}
    for certificate, code in snapshot.conflicts:
        recused.setdefault(code, set()).add(certificate)
    tasks = []
    for position, (_ticket_value, code) in enumerate(ranked, start=1):
        left = list(certificates)
        conflicted = recused.get(code, set())
        chosen: list[str] = []
        turn = 0
        while len(chosen) < snapshot.inspectors_per_object:
            index = int.from_bytes(_ticket(key, f"inspector|{code}|{turn}"), "big") % len(left)
            turn += 1
            certificate = left.pop(index)
            if certificate not in conflicted:
                chosen.append(certificate)
        tasks.append(DrawnTask(position, code, tuple(chosen)))
    return tasks


def serialise_result(snapshot_sha256: str, commitment: str, tasks: list[DrawnTask]) -> str:
    head = canonical(
        {
            "kind": "draw",
            "algorithm": ALGORITHM,
            "snapshot_sha256": snapshot_sha256,
            "seed_commitment": commitment,
            "tasks": len(tasks),
        }
    )
    return head + "".join(
        canonical({"kind": "task", "position": t.position, "code": t.code, "inspectors": list(t.inspectors)})
        for t in tasks
    )


# Problem codes of a verification; the platform words them (views, command).
SNAPSHOT_UNREADABLE = "snapshot_unreadable"
SEED_MALFORMED = "seed_malformed"
SNAPSHOT_HASH = "snapshot_hash"
SEED_COMMITMENT = "seed_commitment"
RESULT_DIFFERS = "result_differs"
DRAW_IMPOSSIBLE = "draw_impossible"


@dataclass
class Verification:
    snapshot_sha256: str
    seed_commitment: str
    problems: list[str] = field(default_factory=list)
    first_difference: int | None = None  # 1-based line of the result where it first differs

    @property
    def matches(self) -> bool:
        return not self.problems


def _published_hashes(result_text: str) -> tuple[str, str]:
    try:
        head = json.loads(result_text.splitlines()[0])
        return str(head.get("snapshot_sha256", "")), str(head.get("seed_commitment", ""))
    except (IndexError, ValueError, AttributeError):
        return "", ""


def verify(
    snapshot_bytes: bytes,
    seed_text: str,
    result_bytes: bytes,
    *,
    published_snapshot_sha256: str | None = None,
    published_seed_commitment: str | None = None,
) -> Verification:
    """Re-run the draw from the published files and say whether everything matches.

    The hashes are checked against those the platform published before the draw
    (``published_*``) when given, else against those the result file names.
    """
    seed = seed_text.strip()
    result_text = result_bytes.decode("utf-8", errors="replace")
    claimed_snapshot, claimed_commitment = _published_hashes(result_text)
    expected_snapshot = published_snapshot_sha256 or claimed_snapshot
    expected_commitment = published_seed_commitment or claimed_commitment
    verification = Verification(sha256_hex(snapshot_bytes), sha256_hex(seed.encode("utf-8")))
    if verification.snapshot_sha256 != expected_snapshot or claimed_snapshot != expected_snapshot:
        verification.problems.append(SNAPSHOT_HASH)
    if verification.seed_commitment != expected_commitment or claimed_commitment != expected_commitment:
        verification.problems.append(SEED_COMMITMENT)
    if not SEED_PATTERN.match(seed):
        verification.problems.append(SEED_MALFORMED)
        return verification
    try:
        snapshot = parse_snapshot(snapshot_bytes.decode("utf-8"))
    except (ValueError, KeyError, TypeError):
        verification.problems.append(SNAPSHOT_UNREADABLE)
        return verification
    try:
        tasks = draw(snapshot, seed)
    except DrawImpossible:
        verification.problems.append(DRAW_IMPOSSIBLE)
        return verification
    expected = serialise_result(verification.snapshot_sha256, verification.seed_commitment, tasks)
    if expected != result_text:
        verification.problems.append(RESULT_DIFFERS)
        got, want = result_text.splitlines(), expected.splitlines()
        verification.first_difference = next(
            (n for n, (a, b) in enumerate(zip(got, want, strict=False), start=1) if a != b),
            min(len(got), len(want)) + 1,
        )
    return verification
