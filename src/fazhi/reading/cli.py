"""``fazhi read PATH... [--format table|json|jsonl|md|parquet] [--jobs N] [--cluster local|dask://HOST:PORT]
[--output OUT] [--resume]``.

``-`` reads standard input; a directory is read recursively (files with a
report extension). A file that cannot be read gets one Chinese line on
standard error; the others are still read and written, and the exit status
is 1 at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

# Extensions read when a directory is given (a file named explicitly is always read).
REPORT_EXTENSIONS = frozenset({".txt", ".text", ".htm", ".html", ".shtml", ".xhtml", ".docx", ".pdf", ".md"})

# Below this many files a worker pool costs more than it saves.
POOL_MIN_FILES = 8

# Files handed to a worker at once: large enough to amortise pickling, small
# enough to keep the progress bar moving.
POOL_CHUNK = 16


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "read",
        help="读取法治政府建设年度报告（txt/html/docx/pdf），输出结构化数据",
        description="读取法治政府建设年度报告，识别元数据、法定内容、数据与缺陷。",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="文件或目录；- 表示标准输入")
    parser.add_argument(
        "--format",
        choices=("table", "json", "jsonl", "md", "parquet"),
        default="table",
        help="输出格式（默认 table：终端表格；parquet 写入 --output 目录）",
    )
    parser.add_argument(
        "--jobs", type=int, default=1, metavar="N", help="并行进程数（默认 1；0 表示全部 CPU）"
    )
    # A whole corpus (corpus.py): in a Dask cluster, to a file or folder, resumable.
    parser.add_argument(
        "--cluster",
        metavar="local|dask://HOST:PORT",
        help="在 Dask 集群上读取：local 启动本机集群（--jobs 个进程），dask://HOST:PORT 连接调度器",
    )
    parser.add_argument("--output", "-o", metavar="OUT", help="输出文件（jsonl）或目录（parquet）")
    parser.add_argument("--resume", action="store_true", help="跳过内容（SHA-256）已在输出中的文件，继续读取")
    parser.set_defaults(func=run)


def expand(paths: list[str]) -> list[str]:
    """Files to read, in order; directories walked recursively."""
    out: list[str] = []
    for given in paths:
        path = Path(given)
        if given != "-" and path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and Path(name).suffix.lower() in REPORT_EXTENSIONS:
                        out.append(str(Path(root) / name))
        else:
            out.append(given)
    return out


def read_one(path: str) -> tuple[str, dict | None, str | None]:
    """(path, reading as a dict, Chinese error message): what a worker sends back."""
    from . import ReadingError, read

    try:
        if path == "-":
            from .decode import MAX_INPUT_BYTES

            data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
            return path, read(data, name="-").as_dict(), None
        return path, read(path).as_dict(), None
    except ReadingError as exc:
        return path, None, exc.message
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the others
        return path, None, f"读取时出错（{exc.__class__.__name__}: {exc}）"


def run(args: argparse.Namespace) -> int:
    from rich.console import Console

    from . import render

    files = expand(args.paths)
    out = Console(file=sys.stdout, soft_wrap=False, highlight=False)
    # soft_wrap: an error is one line however long the path, never wrapped at the terminal width.
    err = Console(file=sys.stderr, highlight=False, soft_wrap=True)
    if not files:
        err.print("[red]没有找到可读取的文件[/red]")
        return 1
    if args.cluster or args.output or args.resume or args.format == "parquet":
        from .corpus import run_corpus

        return run_corpus(args, files)
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    single = len(files) == 1 and (files[0] == "-" or not Path(args.paths[0]).is_dir())
    failures = 0
    results = _results(files, jobs, err, show_progress=len(files) > 1)
    if args.format == "json" and not single:
        sys.stdout.write("[\n")
    first = True
    for path, reading, error in results:
        if error is not None:
            failures += 1
            err.print(f"[red]无法读取[/red] {path}：{error}", markup=True, highlight=False)
            continue
        if args.format == "json":
            text = json.dumps(reading, ensure_ascii=False, indent=1)
            if not single:
                text = ("" if first else ",\n") + text
            sys.stdout.write(text if not single else text + "\n")
        elif args.format == "jsonl":
            sys.stdout.write(json.dumps(reading, ensure_ascii=False) + "\n")
        elif args.format == "md":
            sys.stdout.write(render.markdown(reading) + "\n")
        else:
            render.table(out, reading)
        first = False
    if args.format == "json" and not single:
        sys.stdout.write("\n]\n")
    if failures:
        err.print(f"[red]{failures} 个文件未能读取[/red]（共 {len(files)} 个）")
        return 1
    return 0


def _results(files: list[str], jobs: int, err, show_progress: bool):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    if jobs > 1 and len(files) >= POOL_MIN_FILES and "-" not in files:
        pool = ProcessPoolExecutor(max_workers=jobs)
        iterator = pool.map(read_one, files, chunksize=POOL_CHUNK)
    else:
        pool = None
        iterator = map(read_one, files)
    progress = None
    if show_progress:
        progress = Progress(
            TextColumn("读取报告"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=err,
            transient=True,
        )
        progress.start()
        task = progress.add_task("read", total=len(files))
    try:
        for result in iterator:
            if progress is not None:
                progress.advance(task)
            yield result
    finally:
        if progress is not None:
            progress.stop()
        if pool is not None:
            pool.shutdown(cancel_futures=True)
