"""Word lists that are data, not code: ``data/<name>.txt``, read once at import by the module
that uses them.

One entry a line, in the order the patterns try them; a line that starts with ``#`` is a
comment and blank lines are skipped. An entry is a regular-expression alternative (most are
plain words); it is stripped, so it can neither start nor end with a space.
"""

from __future__ import annotations

from importlib import resources


def words(name: str) -> list[str]:
    """The entries of ``data/<name>.txt``."""
    text = resources.files("fazhi.reading").joinpath("data", f"{name}.txt").read_text("utf-8")
    entries = (line.strip() for line in text.split("\n"))
    return [entry for entry in entries if entry and not entry.startswith("#")]


def alternation(name: str) -> str:
    """The entries of ``data/<name>.txt`` as one regular-expression alternation (no group)."""
    return "|".join(words(name))
