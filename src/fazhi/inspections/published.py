"""The public side of draws: what is published, the files, and the words for a verification."""

from __future__ import annotations

from django.utils.translation import gettext as _

from fazhi.inspections import draws
from fazhi.inspections.models import Draw, DrawStatus


def published_draws():
    """Draws whose commitment is public: every draw once committed, voided ones with their reason."""
    return Draw.objects.select_related("plan", "plan__organisation")


def published_file(draw: Draw, name: str) -> str | None:
    """The text of one published file of ``draw``: snapshot (from the commitment), seed and result
    (from the draw); None while not yet public."""
    if name == "snapshot":
        return draw.snapshot
    if draw.status == DrawStatus.COMMITTED and name in ("seed", "result"):
        return None
    if name == "seed":
        return draw.seed + "\n"
    if name == "result":
        return draw.result or None
    return None


def problem_messages(verification: draws.Verification) -> list[str]:
    words = {
        draws.SNAPSHOT_UNREADABLE: _("The snapshot file is not a snapshot of this platform's draws."),
        draws.SEED_MALFORMED: _("The seed is not 64 hexadecimal digits."),
        draws.SNAPSHOT_HASH: _("The snapshot's SHA-256 differs from the one published before the draw."),
        draws.SEED_COMMITMENT: _("The seed's SHA-256 differs from the commitment published before the draw."),
        draws.RESULT_DIFFERS: _("Drawing again from the snapshot and the seed gives another result."),
        draws.DRAW_IMPOSSIBLE: _("The snapshot leaves too few inspectors for an entity."),
    }
    return [str(words[code]) for code in verification.problems]


def verify_draw(draw: Draw, snapshot: bytes, seed: str, result: bytes) -> draws.Verification:
    """Check uploaded files against the hashes ``draw`` published before it was drawn."""
    return draws.verify(
        snapshot,
        seed,
        result,
        published_snapshot_sha256=draw.snapshot_sha256,
        published_seed_commitment=draw.seed_commitment,
    )
