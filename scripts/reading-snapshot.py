"""Snapshot of the reading engine's output, to show a refactor changes nothing.

    .venv/bin/python scripts/reading-snapshot.py /tmp/reading-baseline.jsonl            # before
    .venv/bin/python scripts/reading-snapshot.py /tmp/reading-after.jsonl \\
        --compare /tmp/reading-baseline.jsonl                                           # after

Reads, with ``fazhi.reading.read``, and writes one JSON line per input (the object
``fazhi read --format jsonl`` writes, or the refusal's message):
- the seeds and the dev set of the corpus (``$FAZHI_CORPUS``, default /work/shared/corpus);
- every file under tests/reading/fixtures/;
- every input the tests under tests/reading feed ``read`` (collected once by running those tests
  with ``read`` wrapped, kept in ``--inputs``, default /tmp/reading-test-inputs; ``--collect``
  collects again, which a refactor should do only at its starting commit);
- ``--samples`` reports of the bench generator (``fazhi.reading.bench.generate``).

Nothing of the corpus is written into the repository: the output file belongs outside it.
With ``--compare FILE`` it lists every input whose output differs from FILE's and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("FAZHI_CORPUS", "/work/shared/corpus"))


def collect_test_inputs(folder: Path) -> int:
    """Run tests/reading with ``read`` wrapped; store every distinct input it is given in ``folder``."""
    import pytest

    import fazhi.reading

    folder.mkdir(parents=True, exist_ok=True)
    original = fazhi.reading.read
    seen: set[str] = set()

    def recording_read(source, name=None):
        data = source
        if isinstance(source, str | os.PathLike):
            try:
                data = Path(source).read_bytes()
            except OSError:
                data = None
        elif hasattr(source, "read"):
            data = None  # a file object: read by the engine; its bytes are not taken from it here
        if isinstance(data, bytes | bytearray):
            digest = hashlib.sha256(data).hexdigest()
            if digest not in seen:
                seen.add(digest)
                (folder / digest).write_bytes(bytes(data))
        return original(source, name)

    fazhi.reading.read = recording_read
    try:
        pytest.main(["-q", "-p", "no:django", "-p", "no:cacheprovider", "-x", str(ROOT / "tests/reading")])
    finally:
        fazhi.reading.read = original
    return len(seen)


def inputs(test_inputs: Path, samples: int, sample_folder: Path) -> list[tuple[str, bytes]]:
    found: list[tuple[str, bytes]] = []
    for label, folder in (("seeds", CORPUS / "seeds"), ("dev", CORPUS / "dev")):
        for path in sorted(folder.glob("*.txt")):
            found.append((f"{label}/{path.name}", path.read_bytes()))
    fixtures = ROOT / "tests/reading/fixtures"
    for path in sorted(fixtures.rglob("*")):
        if path.is_file():
            found.append((f"fixtures/{path.relative_to(fixtures)}", path.read_bytes()))
    for path in sorted(test_inputs.glob("*")):
        found.append((f"tests/{path.name[:16]}", path.read_bytes()))
    if samples:
        from fazhi.reading.bench import generate

        generate(sample_folder, samples)
        for path in sorted(sample_folder.iterdir()):
            found.append((f"samples/{path.name}", path.read_bytes()))
    return found


def snapshot(data: bytes) -> dict:
    from fazhi.reading import ReadingError, read

    try:
        return read(data, name="<snapshot>").as_dict()
    except ReadingError as exc:
        return {"refused": exc.message}
    except Exception as exc:  # noqa: BLE001 - a crash is output too, and must stay the same
        return {"crashed": f"{exc.__class__.__name__}: {exc}"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", type=Path, help="JSON lines file to write (outside the repository)")
    parser.add_argument("--compare", type=Path, help="an earlier snapshot to compare with")
    parser.add_argument("--inputs", type=Path, default=Path("/tmp/reading-test-inputs"))
    parser.add_argument("--collect", action="store_true", help="collect the tests' inputs again")
    parser.add_argument("--samples", type=int, default=400, help="generated reports (default 400)")
    args = parser.parse_args(argv)

    if args.collect or not args.inputs.exists():
        print(f"collected {collect_test_inputs(args.inputs)} inputs from tests/reading", file=sys.stderr)
    with tempfile.TemporaryDirectory() as sample_folder:
        found = inputs(args.inputs, args.samples, Path(sample_folder))
    with args.output.open("w", encoding="utf-8") as out:
        for label, data in found:
            line = {"input": label, "sha256": hashlib.sha256(data).hexdigest(), "output": snapshot(data)}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"{len(found)} inputs -> {args.output}", file=sys.stderr)
    if not args.compare:
        return 0

    def lines(path: Path) -> dict[str, str]:
        return {json.loads(line)["input"]: line for line in path.read_text("utf-8").split("\n") if line}

    before, after = lines(args.compare), lines(args.output)
    differing = sorted(
        label for label in before.keys() | after.keys() if before.get(label) != after.get(label)
    )
    for label in differing:
        print(f"differs: {label}" if label in before and label in after else f"only in one: {label}")
    print(f"{len(before)} before, {len(after)} after, {len(differing)} differing")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
