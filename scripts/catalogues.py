"""Compile the apps' translation catalogues: the .po files are the source, the .mo files are built.

    python scripts/catalogues.py --extract  # `make translations`: makemessages, then compile
    python scripts/catalogues.py            # write each .mo whose translations differ from its .po
    python scripts/catalogues.py --check    # only report; exit 1 on any problem

A translator edits the .po files (any PO editor, or by hand). Extraction adds
new msgids to them with Django's makemessages, which needs GNU gettext; Babel
reads the .po files and writes the .mo files, which are committed so that
running the platform needs no compile step. Every mode prints what is
untranslated, fuzzy, conflicting between apps or compiled stale, and exits 1 if
anything is.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import read_mo, write_mo
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = "zh_Hans"

# What a compiled catalogue answers: (context, msgid) -> msgstr, where a plural
# entry's msgid and msgstr are tuples. Comparing these instead of .mo bytes keeps
# the staleness test independent of the writer (its header, its entry order).
Translations = dict[tuple[str | None, str | tuple[str, ...]], str | tuple[str, ...]]


def po_files(root: Path = ROOT) -> list[Path]:
    return sorted(root.glob("src/fazhi/*/locale/*/LC_MESSAGES/django.po"))


def app_of(po: Path) -> str:
    return po.parts[-5]


def read(po: Path) -> Catalog:
    with po.open("rb") as source:
        return read_po(source, locale=po.parts[-3])


def _plain(text: str | tuple[str, ...] | list[str]) -> str | tuple[str, ...]:
    # read_po gives a plural entry's texts as tuples, read_mo as lists.
    return text if isinstance(text, str) else tuple(text)


def is_translated(message: Message) -> bool:
    strings = (message.string,) if isinstance(message.string, str) else message.string
    return all(strings) and not message.fuzzy


def translations(messages: Iterable[Message]) -> Translations:
    return {(m.context, _plain(m.id)): _plain(m.string) for m in messages if m.id and is_translated(m)}


def untranslated(catalog: Catalog) -> list[Message]:
    return [m for m in catalog if m.id and not is_translated(m)]


def describe(message: Message) -> str:
    return f"{'fuzzy' if message.fuzzy else 'empty'}: {message.id!r}"


def plural_forms_problem(catalog: Catalog) -> str | None:
    # Django picks msgstr[n] by the rule in the .mo header, which Babel copies
    # from the .po: a header taken from another language would show English.
    expected = get_plural(catalog.locale)
    wanted = f"nplurals={expected.num_plurals}; plural={expected.plural_expr};"
    if catalog.plural_forms != wanted:
        return f"header says Plural-Forms: {catalog.plural_forms}, {catalog.locale} needs {wanted}"
    return None


def compile_mo(catalog: Catalog) -> bytes:
    """The .mo bytes for a catalogue; untranslated and fuzzy entries stay out (English shows)."""
    for message in list(catalog)[1:]:
        if not is_translated(message):
            catalog.delete(message.id, message.context)
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def compiled_translations(mo: bytes) -> tuple[str, Translations]:
    catalog = read_mo(io.BytesIO(mo))
    return catalog.plural_forms, translations(catalog)


def is_stale(po: Path) -> bool:
    mo = po.with_suffix(".mo")
    if not mo.exists():
        return True
    return compiled_translations(mo.read_bytes()) != compiled_translations(compile_mo(read(po)))


def conflicts(pos: list[Path]) -> list[str]:
    """One msgid translated differently by two apps.

    Django merges every app's catalogue at run time, so such a page's wording
    would depend on the order of INSTALLED_APPS.
    """
    seen: dict[tuple, tuple[str, object]] = {}
    found = []
    for po in pos:
        for key, text in translations(read(po)).items():
            if key in seen and seen[key][1] != text:
                found.append(f"{key[1]!r}: {seen[key][0]} says {seen[key][1]!r}, {app_of(po)} says {text!r}")
            seen.setdefault(key, (app_of(po), text))
    return found


def known_translations(pos: list[Path]) -> dict[tuple, tuple[str, object]]:
    """Each msgid's Chinese in some catalogue, obsolete (#~) entries included.

    A msgid that moved to another app arrives there empty; its old app still has it.
    """
    known: dict[tuple, tuple[str, object]] = {}
    for po in pos:
        catalog = read(po)
        for key, text in translations([*catalog, *catalog.obsolete.values()]).items():
            known.setdefault(key, (app_of(po), text))
    return known


def problems(pos: list[Path], root: Path = ROOT) -> list[str]:
    known = known_translations(pos)
    found = []
    for po in pos:
        catalog = read(po)
        for message in untranslated(catalog):
            line = f"{po.relative_to(root)}: {describe(message)}"
            if hint := known.get((message.context, _plain(message.id))):
                line += f" ({hint[0]} has {hint[1]!r})"
            found.append(line)
        if problem := plural_forms_problem(catalog):
            found.append(f"{po.relative_to(root)}: {problem}")
    return found + [f"conflicting translations: {line}" for line in conflicts(pos)]


def extract() -> None:
    """Add each app's new msgids to its .po (an app takes part once it has a locale/ folder)."""
    if shutil.which("xgettext") is None:
        print(
            "GNU gettext is not installed (no xgettext): new or changed msgids were NOT extracted;\n"
            "install it (Debian: apt-get install gettext) to extract. Compiling the .po files as they are.",
            file=sys.stderr,
        )
        return
    fazhi = Path(sys.executable).parent / "fazhi"
    for locale in sorted((ROOT / "src" / "fazhi").glob("*/locale")):
        # Run inside the app so that makemessages reads only its files and writes its locale/.
        subprocess.run(
            [fazhi, "manage", "makemessages", "-l", LOCALE, "--no-location", "-v0"],
            cwd=locale.parent,
            check=True,
        )


def main(argv: list[str]) -> int:
    if "--extract" in argv:
        extract()
    pos = po_files()
    stale = [po for po in pos if is_stale(po)]
    if "--check" in argv:
        found = [f"{po.relative_to(ROOT)}: the .mo is stale (run `make translations`)" for po in stale]
    else:
        for po in stale:
            po.with_suffix(".mo").write_bytes(compile_mo(read(po)))
            print(f"compiled {po.with_suffix('.mo').relative_to(ROOT)}")
        found = []
    found += problems(pos)
    for line in found:
        print(line)
    if found:
        print(
            f"{len(found)} problem(s): translate in the .po files (any PO editor), then run `make translations`."
        )
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
