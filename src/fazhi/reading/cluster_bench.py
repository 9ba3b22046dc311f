"""``python -m fazhi.reading.cluster_bench [DIR] [--count N] [--workers N...]``: reading on a Dask LocalCluster.

Without DIR, writes ``--count`` synthetic reports (``bench.generate``: seed-sized
reports in UTF-8, GB18030 and HTML) to a temporary directory. For each worker
count, starts a LocalCluster of that many single-threaded worker processes,
warms every worker, and reads the whole corpus the way ``fazhi read --cluster
local`` does (batches, readings sent back whole, handed on in input order).
Prints reports/s, the scaling against the first worker count, the CPU time
spent in the workers and in this process (the client and, for a LocalCluster,
the scheduler), and memory per worker: resident after warming, peak over the run.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_COUNT = 5000


def _warm() -> int:
    """Load the engine's caches (OpenCC, catalog, regexes) in a worker, outside the clock."""
    from . import read
    from .samples import make

    return len(read(make(0).text.encode("utf-8"), name="warm").facts)


def _memory_mb() -> dict[str, float]:
    """This process's resident and peak memory, in MB."""
    import psutil

    return {
        "rss": psutil.Process().memory_info().rss / 1e6,
        "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 * 1.048576,
    }


def measure(files: list[str], workers: int) -> dict:
    from .cluster import connect, ordered_outcomes

    client, cluster = connect("local", workers)
    try:
        client.run(_warm)
        warm = client.run(_memory_mb)
        # CPU seconds, besides wall time: on a shared machine they tell the cost from the waiting.
        workers_cpu = sum(client.run(time.process_time).values())
        own_cpu = time.process_time()
        started = time.perf_counter()
        count = failed = 0
        for batch in ordered_outcomes(client, files, frozenset()):
            count += len(batch)
            failed += sum(1 for outcome in batch if outcome.error is not None)
        seconds = time.perf_counter() - started
        workers_cpu = sum(client.run(time.process_time).values()) - workers_cpu
        own_cpu = time.process_time() - own_cpu
        after = client.run(_memory_mb)
    finally:
        client.close()
        cluster.close()
    return {
        "workers": workers,
        "seconds": seconds,
        "count": count,
        "failed": failed,
        "workers_cpu": workers_cpu,
        "client_cpu": own_cpu,
        "warm_rss": [m["rss"] for m in warm.values()],
        "peak": [m["peak"] for m in after.values()],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fazhi.reading.cluster_bench", description=__doc__)
    parser.add_argument("folder", nargs="?", help="reports to read (default: a generated corpus)")
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="reports to generate")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts (default: 1 2)")
    args = parser.parse_args(argv)
    from .bench import generate

    with tempfile.TemporaryDirectory(prefix="fazhi-cluster-bench-") as tmp:
        folder = Path(args.folder) if args.folder else Path(tmp)
        if not args.folder:
            started = time.perf_counter()
            generate(folder, args.count)
            print(f"generated {args.count} reports in {time.perf_counter() - started:.1f}s into {folder}")
        files = sorted(str(p) for p in folder.rglob("*") if p.is_file())
        size = sum(os.path.getsize(p) for p in files)
        print(f"corpus: {len(files)} files, {size / 1e6:.1f} MB; {os.cpu_count()} cores on this machine")
        first_rate = None
        for workers in args.workers:
            result = measure(files, workers)
            rate = result["count"] / result["seconds"]
            first_rate = first_rate or rate
            print(
                f"--workers {workers}: {result['seconds']:.1f}s  {rate:.0f} reports/s "
                f"({rate / workers:.0f} per worker; x{rate / first_rate:.2f} of --workers {args.workers[0]})  "
                f"{result['failed']} failed"
            )
            print(
                f"  CPU: {result['workers_cpu']:.1f}s in the workers "
                f"({result['count'] / result['workers_cpu']:.0f} reports per worker CPU-second), "
                f"{result['client_cpu']:.1f}s in this process (client and scheduler)"
            )
            print(
                f"  memory per worker: {max(result['warm_rss']):.0f} MB resident when warm, "
                f"peak {max(result['peak']):.0f} MB (mean {sum(result['peak']) / len(result['peak']):.0f})"
            )
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 * 1.048576
        print(f"client (this process) peak: {own:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
