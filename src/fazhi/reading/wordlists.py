"""Word lists that are data, not code: ``data/<name>.txt``, read once at import by the module
that uses them.

One entry a line, in the order the patterns try them; a line that starts with ``#`` is a
comment and blank lines are skipped. An entry is a regular-expression alternative (most are
plain words), or a plain word in the lists read by ``automaton``; it is stripped, so it can
neither start nor end with a space.
"""

from __future__ import annotations

from importlib import resources

from ahocorasick_rs import AhoCorasick, MatchKind

# Characters that make an entry a regular expression rather than a plain word.
_REGEX_MARKS = frozenset(".^$*+?{}[]()|\\")


def words(name: str) -> list[str]:
    """The entries of ``data/<name>.txt``."""
    text = resources.files("fazhi.reading").joinpath("data", f"{name}.txt").read_text("utf-8")
    entries = (line.strip() for line in text.split("\n"))
    return [entry for entry in entries if entry and not entry.startswith("#")]


def alternation(name: str) -> str:
    """The entries of ``data/<name>.txt`` as one regular-expression alternation (no group)."""
    return "|".join(words(name))


def automaton(name: str) -> AhoCorasick:
    """The entries of ``data/<name>.txt``, plain words, in one Aho-Corasick automaton.

    Its ``find_matches_as_strings`` finds what ``finditer`` of their regex alternation finds: the
    leftmost word, the earlier entry where several start at one place, none overlapping. It reads
    a text in one pass; the alternation was tried wherever one of the words' first characters
    stood (法, 、 in every report), entry by entry.
    """
    entries = words(name)
    patterns = [entry for entry in entries if not _REGEX_MARKS.isdisjoint(entry)]
    if patterns:
        raise ValueError(f"data/{name}.txt holds patterns, not plain words: {patterns}")
    return AhoCorasick(entries, matchkind=MatchKind.LeftmostFirst)
