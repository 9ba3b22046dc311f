"""Reading a whole corpus: ``fazhi read DIR --output OUT [--format jsonl|parquet] [--resume] [--cluster …]``.

What ``cli`` does for a handful of files, made to last a national corpus:

- every file is known by the SHA-256 of its bytes; with ``--resume`` the files
  whose content is already in the output are skipped, and within one run a
  file whose content was already read (the same report reposted) is skipped;
- the readings are written as they come, in input order: ``jsonl`` (the
  local reader's lines, byte for byte, beside a ``OUT.sha256`` ledger naming
  each line's content) or ``parquet`` (``parquet_out``);
- the work runs in this process, in a process pool (``--jobs``) or on a Dask
  cluster (``--cluster``, ``cluster``), always through ``read_batch``;
- a progress bar, one line per file that could not be read, and a summary at
  the end: read, skipped, failed with the reasons.

Dask and pyarrow are imported only here and only when asked for.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

# Files handed to a worker at once (as cli.POOL_CHUNK): pickling amortised, the bar still moves.
BATCH_FILES = 16

# The ledger beside a jsonl output: one ``<sha256>  <path>`` line per jsonl line, as sha256sum writes.
LEDGER_SUFFIX = ".sha256"

INSTALL_HINT = "pip install 'fazhi[cluster]'"


class MissingExtra(Exception):
    """An optional dependency of ``fazhi[cluster]`` is not installed."""

    def __init__(self, module: str):
        super().__init__(f"需要可选依赖 {module}：请先安装 {INSTALL_HINT}")
        self.message = str(self)


class Outcome(NamedTuple):
    """What a worker sends back for one file."""

    path: str
    sha256: str | None  # None when the file could not even be opened
    reading: dict | None
    error: str | None  # Chinese, as the local reader prints it
    known: bool = False  # its content is already in the output: not read again


def read_batch(paths: list[str], known: frozenset[str] = frozenset()) -> list[Outcome]:
    """Read ``paths``; a file whose SHA-256 is in ``known`` is hashed but not read."""
    from . import ReadingError, read
    from .decode import load

    outcomes = []
    for path in paths:
        digest = None
        try:
            # load() is what read(path) starts with: the same size limit and the same messages.
            data, _ = load(path)
            digest = hashlib.sha256(data).hexdigest()
            if digest in known:
                outcomes.append(Outcome(path, digest, None, None, known=True))
                continue
            outcomes.append(Outcome(path, digest, read(data, name=path).as_dict(), None))
        except ReadingError as exc:
            outcomes.append(Outcome(path, digest, None, exc.message))
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the others
            outcomes.append(Outcome(path, digest, None, f"读取时出错（{exc.__class__.__name__}: {exc}）"))
    return outcomes


def batches(files: list[str], size: int = BATCH_FILES) -> list[list[str]]:
    return [files[start : start + size] for start in range(0, len(files), size)]


# A process pool's workers get the known hashes once, not with every batch.
_POOL_KNOWN: frozenset[str] = frozenset()


def _remember_known(known: frozenset[str]) -> None:
    global _POOL_KNOWN  # noqa: PLW0603 - one value per worker process, set by its initializer
    _POOL_KNOWN = known


def _read_batch_in_pool(paths: list[str]) -> list[Outcome]:
    return read_batch(paths, _POOL_KNOWN)


def local_outcomes(files: list[str], jobs: int, known: frozenset[str]) -> Iterator[list[Outcome]]:
    """Batches of outcomes in input order, read here (``jobs`` 1) or by a process pool."""
    work = batches(files)
    if jobs <= 1 or len(work) < 2:
        for paths in work:
            yield read_batch(paths, known)
        return
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_remember_known, initargs=(known,))
    try:
        yield from pool.map(_read_batch_in_pool, work)
    finally:
        pool.shutdown(cancel_futures=True)


@dataclass
class Tally:
    """What became of every file: the summary at the end."""

    total: int
    read: int = 0
    known: int = 0  # already in the output (--resume)
    duplicate: int = 0  # the same bytes as another file of this run
    reasons: Counter = field(default_factory=Counter)

    @property
    def failed(self) -> int:
        return sum(self.reasons.values())

    def lines(self) -> list[str]:
        skipped = self.known + self.duplicate
        out = [
            f"读取完成：已读取 {self.read}，已跳过 {skipped}（已在输出中 {self.known}，"
            f"与本次另一文件内容相同 {self.duplicate}），未能读取 {self.failed}（共 {self.total} 个文件）"
        ]
        if self.reasons:
            out.append("未能读取的原因：")
            out.extend(f"  {count} × {reason}" for reason, count in self.reasons.most_common())
        return out


class JsonlOutput:
    """The local reader's jsonl lines, to standard output or to a file with its ledger."""

    def __init__(self, path: str | None, resume: bool):
        self.path = path
        self.known: set[str] = set()
        if path is None:
            self.stream, self.ledger = sys.stdout, None
            return
        ledger_path = path + LEDGER_SUFFIX
        if resume:
            self.known = _trim_to_ledger(Path(path), Path(ledger_path))
        # Without --resume the output is new (corpus.refusal): a ledger left beside it is stale.
        mode = "a" if resume else "w"
        self.stream = open(path, mode, encoding="utf-8")  # noqa: SIM115 - closed by close()
        self.ledger = open(ledger_path, mode, encoding="utf-8")  # noqa: SIM115

    def add(self, sha256: str, reading: dict) -> None:
        import json

        self.stream.write(json.dumps(reading, ensure_ascii=False) + "\n")
        if self.ledger is not None:
            # The line first, then its ledger entry: a run killed between the two leaves a line
            # without an entry, which the next --resume drops (_trim_to_ledger) and reads again.
            self.stream.flush()
            self.ledger.write(f"{sha256}  {reading['source']}\n")

    def flush(self) -> None:
        self.stream.flush()
        if self.ledger is not None:
            self.ledger.flush()

    def close(self) -> None:
        self.flush()
        if self.ledger is not None:
            self.stream.close()
            self.ledger.close()


def _trim_to_ledger(output: Path, ledger: Path) -> set[str]:
    """Hashes in the ledger; the output cut back to the lines the ledger names."""
    entries = _complete_lines(ledger)
    hashes = [line[:64] for line in entries]
    lines = _complete_lines(output)
    keep = min(len(lines), len(hashes))
    _truncate_to_lines(output, lines[:keep])
    _truncate_to_lines(ledger, entries[:keep])
    return set(hashes[:keep])


def _complete_lines(path: Path) -> list[str]:
    if not path.exists():
        return []
    text = path.read_text("utf-8")
    lines = text.split("\n")
    return lines[:-1]  # the last piece is "" after a final newline, or a line cut by a kill


def _truncate_to_lines(path: Path, lines: list[str]) -> None:
    if not path.exists():
        return
    size = sum(len(line.encode("utf-8")) + 1 for line in lines)
    if path.stat().st_size != size:
        with open(path, "r+b") as handle:
            handle.truncate(size)


def _output_exists(path: str, fmt: str) -> bool:
    target = Path(path)
    if fmt == "parquet":
        return target.is_dir() and any(target.iterdir())
    return target.exists() and target.stat().st_size > 0


def open_output(args):
    if args.format == "parquet":
        from .parquet_out import ParquetOutput

        return ParquetOutput(Path(args.output), resume=args.resume)
    return JsonlOutput(args.output, resume=args.resume)


def refusal(args, files: list[str]) -> str | None:
    """Why these options cannot be run, in Chinese; None when they can."""
    if args.format not in ("jsonl", "parquet"):
        return "--cluster、--output、--resume 只能与 --format jsonl 或 --format parquet 一起使用"
    if "-" in files:
        return "读取整个语料时不能从标准输入（-）读取"
    if args.format == "parquet" and not args.output:
        return "--format parquet 需要 --output 目录"
    if args.resume and not args.output:
        return "--resume 需要 --output：已读取的文件从输出中得知"
    if args.output and not args.resume and _output_exists(args.output, args.format):
        return f"输出 {args.output} 已存在：加 --resume 跳过已读取的文件继续读取，或换一个输出位置"
    return None


def run_corpus(args, files: list[str]) -> int:
    """``fazhi read`` with --cluster, --output, --resume or --format parquet."""
    from rich.console import Console
    from rich.markup import escape

    err = Console(file=sys.stderr, highlight=False, soft_wrap=True)
    problem = refusal(args, files)
    if problem is not None:
        err.print(f"[red]{escape(problem)}[/red]")
        return 2
    try:
        output = open_output(args)
    except MissingExtra as exc:
        err.print(f"[red]{escape(exc.message)}[/red]")
        return 2
    except OSError as exc:
        err.print(f"[red]无法写入输出 {escape(args.output)}：{escape(exc.strerror or str(exc))}[/red]")
        return 2
    try:
        tally = write_all(files, args, output, err)
    except MissingExtra as exc:
        err.print(f"[red]{escape(exc.message)}[/red]")
        return 2
    finally:
        output.close()
    for line in tally.lines():
        err.print(line, markup=False)
    return 1 if tally.failed else 0


def write_all(files: list[str], args, output, err) -> Tally:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    known = frozenset(output.known)
    tally = Tally(total=len(files))
    progress = Progress(
        TextColumn("读取报告"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.fields[note]}"),
        console=err,
        transient=True,
        disable=len(files) < 2,
    )
    written: set[str] = set(known)
    with progress:
        task = progress.add_task("read", total=len(files), note="")
        for batch in outcomes(files, args, known, err):
            for outcome in batch:
                _record(outcome, tally, written, output, err)
            output.flush()
            progress.update(task, advance=len(batch), note=_note(tally))
    return tally


def _record(outcome: Outcome, tally: Tally, written: set[str], output, err) -> None:
    from rich.markup import escape

    if outcome.error is not None:
        # escape: a path or a reason with [brackets] is text, not markup.
        err.print(f"[red]无法读取[/red] {escape(outcome.path)}：{escape(outcome.error)}", highlight=False)
        tally.reasons[outcome.error.replace(outcome.path, "…")] += 1
    elif outcome.known:
        tally.known += 1
    elif outcome.sha256 in written:
        tally.duplicate += 1
    else:
        written.add(outcome.sha256)
        output.add(outcome.sha256, outcome.reading)
        tally.read += 1


def _note(tally: Tally) -> str:
    skipped = tally.known + tally.duplicate
    return f"跳过 {skipped}  失败 {tally.failed}" if skipped or tally.failed else ""


def outcomes(files: list[str], args, known: frozenset[str], err) -> Iterable[list[Outcome]]:
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    if not args.cluster:
        return local_outcomes(files, jobs, known)
    from .cluster import cluster_outcomes

    return cluster_outcomes(files, args.cluster, jobs, known, err=err)
