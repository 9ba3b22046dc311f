"""``python -m fazhi.reading.bench [DIR] [--count N] [--jobs N...]``: reading speed.

Without DIR, writes a corpus of synthetic seed-sized reports (``samples``: text
in UTF-8, GB18030 and Big5, with chrome and noise; some as HTML) to a temporary
directory. Prints reports/s and MB/s, per core, and peak memory, for
``--jobs 1`` and for all cores. Each line also gives the CPU time spent per report
(this process and its workers): on a shared machine the wall-clock rate follows the
load, the CPU time much less so.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

# Reports in the generated corpus: a few thousand, as the issue asks.
DEFAULT_COUNT = 3000

# Share of generated reports wrapped as HTML pages (slower: trafilatura).
HTML_SHARE = 0.1

# Reports a worker takes per round trip.
CHUNK = 32


def generate(folder: Path, count: int) -> None:
    from .samples import make

    for index in range(count):
        sample = make(index)
        text = sample.text * 4  # four bodies: about the size of a real report (15-20 KB)
        kind = index % 10
        if kind < HTML_SHARE * 10:
            body = "".join(f"<p>{line}</p>" for line in text.splitlines())
            page = (
                f"<html><head><meta charset='utf-8'><title>{sample.truth.get('title') or ''}</title></head>"
                f"<body><div class='nav'>首页 | 政务公开</div><div class='article'>{body}</div>"
                f"<div class='footer'>网站地图 | 联系我们</div></body></html>"
            )
            (folder / f"r{index:05d}.html").write_text(page, encoding="utf-8")
        elif kind == 1:
            (folder / f"r{index:05d}.txt").write_bytes(text.encode("gb18030"))
        else:
            (folder / f"r{index:05d}.txt").write_text(text, encoding="utf-8")


def _read_path(path: str) -> int:
    from . import ReadingError, read

    try:
        return len(read(path).facts)
    except ReadingError:
        return -1


def measure(files: list[str], jobs: int) -> tuple[float, float, int]:
    """(wall-clock seconds, CPU seconds of this process and its workers, reports read)."""
    start, cpu_start = time.perf_counter(), _cpu_seconds()
    if jobs == 1:
        for path in files:
            _read_path(path)
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            list(pool.map(_read_path, files, chunksize=CHUNK))
    return time.perf_counter() - start, _cpu_seconds() - cpu_start, len(files)


def _cpu_seconds() -> float:
    """User and system time of this process and of its finished workers."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fazhi.reading.bench", description=__doc__)
    parser.add_argument("folder", nargs="?", help="reports to read (default: a generated corpus)")
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="reports to generate")
    parser.add_argument(
        "--jobs", type=int, nargs="*", help="worker counts to measure (default: 1 and all cores)"
    )
    args = parser.parse_args(argv)
    cores = os.cpu_count() or 1
    job_counts = args.jobs or sorted({1, cores})
    with tempfile.TemporaryDirectory(prefix="fazhi-bench-") as tmp:
        folder = Path(args.folder) if args.folder else Path(tmp)
        if not args.folder:
            started = time.perf_counter()
            generate(folder, args.count)
            print(f"generated {args.count} reports in {time.perf_counter() - started:.1f}s into {folder}")
        files = sorted(str(p) for p in folder.rglob("*") if p.is_file())
        size = sum(os.path.getsize(p) for p in files)
        print(
            f"corpus: {len(files)} files, {size / 1e6:.1f} MB, mean {size / max(1, len(files)) / 1024:.1f} KB"
        )
        _read_path(files[0])  # warm the caches (OpenCC, catalog, regexes) outside the clock
        for jobs in job_counts:
            seconds, cpu, count = measure(files, jobs)
            rate = count / seconds
            print(
                f"--jobs {jobs}: {seconds:.2f}s  {rate:.0f} reports/s ({rate / jobs:.0f} per core)  "
                f"{size / 1e6 / seconds:.1f} MB/s ({size / 1e6 / seconds / jobs:.1f} per core)  "
                f"CPU {cpu / count * 1000:.2f} ms a report ({count / cpu:.0f} reports per CPU-second)"
            )
        own, children = _peak_mb()
        print(f"peak memory: {own:.0f} MB in this process, {children:.0f} MB in the largest worker")
    return 0


if __name__ == "__main__":
    sys.exit(main())
