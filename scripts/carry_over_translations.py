"""Carry a branch's edits of the retired translation tables into the .po files (a one-off merge aid).

    make translations                                   # after merging BRANCH: extract its new msgids
    .venv/bin/python scripts/carry_over_translations.py BRANCH
    make translations                                   # compile; exits 0 once nothing is untranslated

Branches begun before the .po files became the source put their Chinese in
scripts/translations_zh.py and scripts/translations/<app>.py. This reads those
tables at BRANCH and at its fork point. An empty or fuzzy .po entry gets the
branch's Chinese for its msgid; a translated entry changes only where the
branch changed that msgid's Chinese. Only those entries' msgstr lines (and
their fuzzy marks) are rewritten, so the rest of each file stays as it is.

Delete this file once every such branch is merged.
"""

from __future__ import annotations

import runpy
import subprocess
import sys
import tempfile
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("scripts/translations_zh.py", "scripts/translations/")


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def table(rev: str) -> dict[str, str | list[str]]:
    zh: dict[str, str | list[str]] = {}
    for path in git("ls-tree", "-r", "--name-only", rev, "scripts/").split():
        if path.startswith(TABLES):
            # Run outside the checkout: the old main table reads its sibling tables on import.
            with tempfile.TemporaryDirectory() as folder:
                copy = Path(folder) / "table.py"
                copy.write_text(git("show", f"{rev}:{path}"), encoding="utf-8")
                zh.update(runpy.run_path(str(copy))["ZH"])
    return zh


def quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def without_fuzzy(comments: list[str]) -> list[str]:
    kept = []
    for line in comments:
        if line.startswith("#|"):  # makemessages' previous msgid of a fuzzy guess
            continue
        if line.startswith("#,"):
            flags = [flag.strip() for flag in line[2:].split(",") if flag.strip() != "fuzzy"]
            if flags:
                kept.append("#, " + ", ".join(flags))
            continue
        kept.append(line)
    return kept


def carry_over(po: Path, changed: dict, full: dict) -> int:
    lines = po.read_text(encoding="utf-8").split("\n")
    with po.open("rb") as source:
        messages = [m for m in read_po(source) if m.id]
    edits = []
    for message in messages:
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        current = list(message.string) if isinstance(message.string, tuple) else [message.string]
        if key in changed:
            value = changed[key]
        elif key in full and (message.fuzzy or not all(current)):
            value = full[key]
        else:
            continue
        texts = value if isinstance(value, list) else [value]
        if current == texts and not message.fuzzy:
            continue
        msgid = message.lineno - 1
        while not lines[msgid].startswith("msgid "):
            msgid += 1
        msgstr = msgid
        while not lines[msgstr].startswith("msgstr"):
            msgstr += 1
        end = msgstr + 1
        while end < len(lines) and lines[end].startswith(('"', "msgstr[")):
            end += 1
        top = msgid
        while top > 0 and lines[top - 1].startswith("#"):
            top -= 1
        if isinstance(message.id, tuple):
            block = [f"msgstr[{n}] {quote(text)}" for n, text in enumerate(texts)]
        else:
            block = [f"msgstr {quote(texts[0])}"]
        edits.append((top, msgid, msgstr, end, block))
    for top, msgid, msgstr, end, block in sorted(edits, reverse=True):
        lines[top:end] = without_fuzzy(lines[top:msgid]) + lines[msgid:msgstr] + block
    if edits:
        po.write_text("\n".join(lines), encoding="utf-8")
    return len(edits)


def main(branch: str) -> int:
    retired = git("rev-list", "-1", "HEAD", "--", TABLES[0]).strip()  # the commit that deleted the tables
    base = git("merge-base", branch, f"{retired}^").strip()
    old, new = table(base), table(branch)
    changed = {msgid: text for msgid, text in new.items() if old.get(msgid) != text}
    print(f"{branch}: {len(changed)} pair(s) added or changed since {base[:9]}")
    for po in sorted(ROOT.glob("src/fazhi/*/locale/*/LC_MESSAGES/django.po")):
        if count := carry_over(po, changed, new):
            print(f"{po.relative_to(ROOT)}: {count} entr{'y' if count == 1 else 'ies'} written")
    in_po = set()
    for po in ROOT.glob("src/fazhi/*/locale/*/LC_MESSAGES/django.po"):
        with po.open("rb") as source:
            in_po |= {m.id[0] if isinstance(m.id, tuple) else m.id for m in read_po(source) if m.id}
    for msgid in sorted(set(changed) - in_po):
        print(f"no .po has {msgid!r} (not in the source, or `make translations` not run first)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
