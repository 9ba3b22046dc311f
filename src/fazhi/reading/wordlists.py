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


# Marks after which the character before them may be absent (a?, a*, a{0,2}): not part of a head.
_OPTIONAL_MARKS = frozenset("?*{")


def heads(name: str) -> AhoCorasick:
    """The literal each entry of ``data/<name>.txt`` starts with, in one Aho-Corasick automaton.

    A plain word is its own head; a pattern's head is its text up to its first regular-expression
    mark (页数[：:] -> 页数, 回复\\s*引用 -> 回复), less a character made optional by that mark. Every
    match of the entries' alternation starts with a head, so a text in which the automaton finds
    none holds no match, and the alternation (tried wherever one of its first characters stands) need
    not be run on it. An entry that opens with a mark or is itself an alternation has no head:
    ValueError.
    """
    found = []
    for entry in words(name):
        end = next((i for i, char in enumerate(entry) if char in _REGEX_MARKS), len(entry))
        head = entry[: end - 1] if entry[end : end + 1] in _OPTIONAL_MARKS else entry[:end]
        if not head or _alternation_outside_groups(entry):
            raise ValueError(f"data/{name}.txt: the entry {entry!r} does not start with a plain word")
        found.append(head)
    return AhoCorasick(found, matchkind=MatchKind.Standard)


# A word list by pieces: (piece, the words holding it), for ``holds_any``.
ByPiece = tuple[tuple[str, tuple[str, ...]], ...]


def by_piece(words: tuple[str, ...], pieces: tuple[str, ...]) -> ByPiece:
    """``words`` under the first of ``pieces`` each holds; a word holding none under "" (every text holds
    it, so the word is tested always)."""
    groups: dict[str, list[str]] = {piece: [] for piece in (*pieces, "")}
    for word in words:
        groups[next((piece for piece in pieces if piece in word), "")].append(word)
    return tuple((piece, tuple(held)) for piece, held in groups.items() if held)


def holds_any(text: str, words: ByPiece) -> bool:
    """Whether ``text`` holds one of the words, tested for a piece's words only where it holds the piece.

    A one-character substring test finds its character by memchr, about a twentieth of the cost of a
    word's test (which reads every character, about 3.6 instructions a character under callgrind): a
    piece that reports seldom hold (稿 of 供稿, ｜ of 文｜) spares most texts the tests of its words.
    """
    return any(piece in text and any(word in text for word in held) for piece, held in words)


def _alternation_outside_groups(entry: str) -> bool:
    """Whether ``entry`` holds a ``|`` outside its groups and classes (a|b: two alternatives)."""
    return len(top_level_alternatives(entry)) > 1


def top_level_alternatives(pattern: str) -> list[str]:
    """``pattern``'s alternatives outside its groups and classes (a|(b|c)|[|]: a, (b|c) and [|])."""
    alternatives, depth, in_class, start, index = [], 0, False, 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 1  # the escaped character is no mark
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            index += 2 if pattern[index + 1 : index + 2] == "^" else 1
            if pattern[index : index + 1] == "]":
                index += 1  # []…] and [^]…]: a ] first is one of the class's characters
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            alternatives.append(pattern[start:index])
            start = index + 1
        index += 1
    return [*alternatives, pattern[start:]]
