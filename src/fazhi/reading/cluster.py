"""Reading on a Dask cluster: ``fazhi read … --cluster local`` or ``--cluster dask://HOST:PORT``.

``local`` starts a ``LocalCluster`` of ``--jobs`` worker processes (one thread
each: the engine is pure Python and holds the GIL); ``dask://HOST:PORT`` (or
``tcp://``, ``tls://``) connects to a running scheduler, whose workers must see
the files at the same paths (a shared file system): a worker reads the bytes
itself, so the client sends only paths and receives readings.

Batches of ``corpus.BATCH_FILES`` paths are submitted in a sliding window and
come back as they complete; they are handed on in input order, so the output
is the local reader's. A batch whose worker died is retried once, then its
files are reported as failed with the scheduler's reason.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

from .corpus import MissingExtra, Outcome, batches, read_batch

# Batches in flight or waiting to be handed on, per worker thread: enough to keep every worker busy
# while one slow batch holds the head of the line, few enough to keep the readings' memory bounded.
WINDOW_PER_WORKER = 4

SCHEME = "dask://"


def _distributed():
    try:
        import distributed
    except ImportError as exc:
        raise MissingExtra("dask.distributed") from exc
    return distributed


def scheduler_address(spec: str) -> str:
    """``dask://host:port`` as Dask writes it (``tcp://host:port``); other Dask addresses as given."""
    if spec.startswith(SCHEME):
        return "tcp://" + spec[len(SCHEME) :]
    return spec


def connect(spec: str, workers: int, processes: bool = True):
    """A client for ``spec`` (``local`` or a scheduler address) and the LocalCluster it started, if any."""
    distributed = _distributed()
    if spec == "local":
        cluster = distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=processes,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        return distributed.Client(cluster), cluster
    return distributed.Client(scheduler_address(spec)), None


def worker_threads(client) -> int:
    return max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))


def ordered_outcomes(client, files: list[str], known: frozenset[str]) -> Iterator[list[Outcome]]:
    """Batches of outcomes in input order, read by the client's workers."""
    distributed = _distributed()
    work = batches(files)
    if known:
        # Once to every worker, not pickled into each task.
        [known_arg] = client.scatter([known], broadcast=True)
    else:
        known_arg = frozenset()
    window = WINDOW_PER_WORKER * worker_threads(client)
    queue = distributed.as_completed()
    index_of: dict[str, int] = {}
    done: dict[int, list[Outcome]] = {}
    submitted = handed = 0

    def submit_more() -> None:
        nonlocal submitted
        while submitted < len(work) and submitted - handed < window:
            future = client.submit(read_batch, work[submitted], known_arg, pure=False, retries=1)
            index_of[future.key] = submitted
            queue.add(future)
            submitted += 1

    submit_more()
    try:
        for future in queue:
            index = index_of.pop(future.key)
            try:
                done[index] = future.result()
            except Exception as exc:  # noqa: BLE001 - a lost batch fails its files, not the run
                reason = f"集群执行出错（{exc.__class__.__name__}: {exc}）"
                done[index] = [Outcome(path, None, None, reason) for path in work[index]]
            future.release()
            while handed in done:
                yield done.pop(handed)
                handed += 1
            submit_more()
    finally:
        queue.clear()


def cluster_outcomes(
    files: list[str], spec: str, workers: int, known: frozenset[str], *, err=None, processes: bool = True
) -> Iterator[list[Outcome]]:
    """Connect (or start a LocalCluster), read every file, and close what was opened."""
    client, cluster = connect(spec, workers, processes)
    try:
        if err is not None:
            where = f"本机 {workers} 个进程" if cluster is not None else client.scheduler.address
            err.print(f"Dask 集群：{where}，{worker_threads(client)} 个工作线程", markup=False)
        yield from ordered_outcomes(client, files, known)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
