"""A corpus read on a Dask cluster, to Parquet, resumed: the same readings as the local reader's."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from fazhi.cli import main
from fazhi.reading.bench import generate

REPORTS = 40


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Generated reports (UTF-8, GB18030, HTML) and two files that cannot be read."""
    folder = tmp_path_factory.mktemp("corpus")
    generate(folder, REPORTS)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    (folder / "empty.txt").write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def local_lines(corpus) -> list[str]:
    """What the local reader writes for the corpus: jsonl lines in input order."""
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        assert main(["read", str(corpus), "--format", "jsonl"]) == 1
    lines = out.getvalue().splitlines()
    assert len(lines) == REPORTS
    return lines


def test_a_local_dask_cluster_writes_what_the_local_reader_writes(corpus, local_lines, tmp_path, capsys):
    pytest.importorskip(
        "distributed", reason="dask.distributed is not installed: pip install 'fazhi[cluster]'"
    )
    output = tmp_path / "out.jsonl"
    # Worker processes, as the command starts them: readings cross a process boundary by pickle.
    status = main(
        ["read", str(corpus), "--format", "jsonl", "--cluster", "local", "--jobs", "2", "-o", str(output)]
    )
    err = capsys.readouterr().err
    assert status == 1
    assert output.read_text("utf-8").splitlines() == local_lines
    assert "2 个工作线程" in err
    assert f"无法读取 {corpus / 'broken.pdf'}：PDF 文件已损坏或无法解析" in err
    assert f"无法读取 {corpus / 'empty.txt'}：文件为空（0 字节），未读取" in err
    assert f"已读取 {REPORTS}，已跳过 0" in err and "未能读取 2（共 42 个文件）" in err
    assert "1 × 文件为空（0 字节），未读取" in err
    ledger = (tmp_path / "out.jsonl.sha256").read_text("utf-8").splitlines()
    assert [line.split("  ", 1)[1] for line in ledger] == [json.loads(line)["source"] for line in local_lines]


def test_batches_done_out_of_order_are_handed_on_in_input_order(corpus, local_lines, monkeypatch):
    pytest.importorskip(
        "distributed", reason="dask.distributed is not installed: pip install 'fazhi[cluster]'"
    )
    import time

    from fazhi.reading import cluster
    from fazhi.reading.corpus import read_batch

    def first_batch_last(paths, known):
        if paths[0].endswith("r00000.html"):
            time.sleep(1.0)
        return read_batch(paths, known)

    monkeypatch.setattr(cluster, "read_batch", first_batch_last)
    files = sorted(str(p) for p in corpus.iterdir() if p.name.startswith("r"))
    # processes=False: the same scheduler and batches, workers as threads of this process.
    batches = list(cluster.cluster_outcomes(files, "local", 2, frozenset(), processes=False))
    assert [outcome.path for batch in batches for outcome in batch] == files
    readings = [outcome.reading for batch in batches for outcome in batch]
    assert readings == [json.loads(line) for line in local_lines]


def test_parquet_round_trip(corpus, local_lines, tmp_path, capsys):
    pytest.importorskip("pyarrow", reason="pyarrow is not installed: pip install 'fazhi[cluster]'")
    import pyarrow.parquet as pq

    from fazhi.reading.parquet_out import readings

    output = tmp_path / "corpus.parquet"
    assert main(["read", str(corpus), "--format", "parquet", "-o", str(output)]) == 1
    capsys.readouterr()
    expected = [json.loads(line) for line in local_lines]
    reports = pq.read_table(output / "reports")
    facts = pq.read_table(output / "facts")
    assert reports.num_rows == REPORTS
    assert facts.num_rows == sum(len(r["facts"]) for r in expected)
    assert reports.column("source").to_pylist() == [r["source"] for r in expected]

    first = expected[0]
    row = reports.slice(0, 1).to_pylist()[0]
    assert (row["title"], row["year"], row["fact_count"]) == (
        first["title"],
        first["year"],
        len(first["facts"]),
    )
    fact = first["facts"][0]
    fact_row = next(f for f in facts.to_pylist() if f["sha256"] == row["sha256"] and f["ordinal"] == 0)
    assert fact_row["indicator"] == fact["indicator"]
    assert fact_row["value"] == fact["value"] and fact_row["unit"] == fact["unit"]
    assert fact_row["evidence_text"] == fact["evidence"]["text"]
    assert fact_row["evidence_start"] == fact["evidence"]["start"]

    assert [reading for _, reading in readings(output)] == expected


def test_resume_skips_files_already_in_the_output(corpus, local_lines, tmp_path, capsys):
    folder = tmp_path / "reports"
    folder.mkdir()
    first_half = sorted(p for p in corpus.iterdir() if p.name.startswith("r"))[:10]
    for path in first_half:
        (folder / path.name).write_bytes(path.read_bytes())
    output = tmp_path / "out.jsonl"
    assert main(["read", str(folder), "--format", "jsonl", "-o", str(output)]) == 0
    # A run killed after writing a line but before its ledger entry, and in the middle of the next.
    with output.open("a", encoding="utf-8") as handle:
        handle.write(local_lines[0] + "\n" + '{"schema": "1.0", "sour')
    capsys.readouterr()

    assert main(["read", str(folder), "--format", "jsonl", "-o", str(output)]) == 2
    assert "已存在：加 --resume" in capsys.readouterr().err

    for path in sorted(p for p in corpus.iterdir() if p.name.startswith("r"))[10:15]:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "repost.txt").write_bytes(first_half[0].read_bytes())  # the same report under another name
    assert main(["read", str(folder), "--format", "jsonl", "-o", str(output), "--resume", "--jobs", "2"]) == 0
    err = capsys.readouterr().err
    assert "已读取 5，已跳过 11（已在输出中 11，与本次另一文件内容相同 0）" in err
    sources = [
        json.loads(line)["source"].rsplit("/", 1)[1] for line in output.read_text("utf-8").splitlines()
    ]
    assert sources == [f"r{index:05d}{'.html' if index % 10 == 0 else '.txt'}" for index in range(15)]
    assert len((tmp_path / "out.jsonl.sha256").read_text("utf-8").splitlines()) == 15


def test_resume_into_parquet_adds_a_part_with_only_the_new_reports(corpus, tmp_path, capsys):
    pytest.importorskip("pyarrow", reason="pyarrow is not installed: pip install 'fazhi[cluster]'")
    import pyarrow.parquet as pq

    folder = tmp_path / "reports"
    folder.mkdir()
    reports = sorted(p for p in corpus.iterdir() if p.name.startswith("r"))
    for path in reports[:6]:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "copy.txt").write_bytes(reports[1].read_bytes())
    output = tmp_path / "pq"
    assert main(["read", str(folder), "--format", "parquet", "-o", str(output)]) == 0
    assert "已读取 6，已跳过 1（已在输出中 0，与本次另一文件内容相同 1）" in capsys.readouterr().err
    (output / "facts" / ".part-00007.parquet").write_bytes(b"cut short by a kill")
    for path in reports[6:9]:
        (folder / path.name).write_bytes(path.read_bytes())
    assert main(["read", str(folder), "--format", "parquet", "-o", str(output), "--resume"]) == 0
    assert "已读取 3，已跳过 7（已在输出中 7" in capsys.readouterr().err
    assert sorted(p.name for p in (output / "reports").iterdir()) == [
        "part-00000.parquet",
        "part-00001.parquet",
    ]
    assert sorted(p.name for p in (output / "facts").iterdir()) == [
        "part-00000.parquet",
        "part-00001.parquet",
    ]
    assert pq.read_table(output / "reports" / "part-00001.parquet").num_rows == 3
    table = pq.read_table(output / "reports")
    assert table.num_rows == 9 and len(set(table.column("sha256").to_pylist())) == 9


def test_options_a_corpus_run_cannot_take(corpus, tmp_path, capsys):
    assert main(["read", str(corpus), "--format", "parquet"]) == 2
    assert "--format parquet 需要 --output 目录" in capsys.readouterr().err
    assert main(["read", str(corpus), "--cluster", "local"]) == 2
    assert "只能与 --format jsonl 或 --format parquet 一起使用" in capsys.readouterr().err
    assert main(["read", str(corpus), "--format", "jsonl", "--resume"]) == 2
    assert "--resume 需要 --output" in capsys.readouterr().err


def test_without_the_extra_the_command_says_what_to_install(corpus, tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now raises ImportError
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    status = main(
        ["read", str(corpus), "--format", "jsonl", "--cluster", "local", "-o", str(tmp_path / "a.jsonl")]
    )
    assert status == 2
    assert "pip install 'fazhi[cluster]'" in capsys.readouterr().err
    assert main(["read", str(corpus), "--format", "parquet", "-o", str(tmp_path / "pq")]) == 2
    assert "需要可选依赖 pyarrow：请先安装 pip install 'fazhi[cluster]'" in capsys.readouterr().err


def test_the_engine_and_its_command_load_neither_dask_nor_pyarrow():
    code = (
        "import sys, fazhi.reading, fazhi.reading.cli, fazhi.reading.corpus;"
        "loaded = [m for m in ('dask', 'distributed', 'pyarrow') if m in sys.modules];"
        "sys.exit(str(loaded) if loaded else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_dask_address_connects_to_a_running_scheduler(corpus, local_lines, tmp_path, capsys):
    distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed")
    from fazhi.reading.cluster import scheduler_address

    assert scheduler_address("dask://10.0.0.5:8786") == "tcp://10.0.0.5:8786"
    assert scheduler_address("tls://10.0.0.5:8786") == "tls://10.0.0.5:8786"
    # A scheduler on TCP, its workers threads of this process; the command connects as to any other.
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, protocol="tcp://", dashboard_address=None
    ) as cluster:
        address = cluster.scheduler_address.replace("tcp://", "dask://")
        output = tmp_path / "out.jsonl"
        # --resume on a new output starts it: one command line for the first run and the next.
        assert (
            main(
                [
                    "read",
                    str(corpus),
                    "--format",
                    "jsonl",
                    "--cluster",
                    address,
                    "-o",
                    str(output),
                    "--resume",
                ]
            )
            == 1
        )
        assert output.read_text("utf-8").splitlines() == local_lines
        assert cluster.scheduler_address in capsys.readouterr().err
