"""Python function calls the reading engine makes on 200 bench reports: a load-free measure of work.

    PYTHONHASHSEED=0 .venv/bin/python scripts/reading-calls.py

Wall clock on a shared machine moves by ±10% with the load; the number of calls does not (with the
hash seed fixed, it is the same on every run), so before/after runs of a change compare exactly.
Instructions (callgrind, docs/reading.md "Speed") weigh the calls; this counts them.
"""

from __future__ import annotations

import cProfile
import pstats
import tempfile
from pathlib import Path

from fazhi.reading import read
from fazhi.reading.bench import generate


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        generate(Path(folder), 200)
        pages = [path.read_bytes() for path in sorted(Path(folder).iterdir())]
    for page in pages[:20]:  # load the word lists and the model before counting
        read(page)
    profile = cProfile.Profile()
    profile.enable()
    for page in pages:
        read(page)
    profile.disable()
    print("function calls:", pstats.Stats(profile).total_calls)


if __name__ == "__main__":
    main()
