import io
import json
import sys

from fazhi.cli import main


def test_json_of_one_file(fixtures, capsys):
    assert main(["read", str(fixtures / "city_annual_2019.txt"), "--format", "json"]) == 0
    reading = json.loads(capsys.readouterr().out)
    assert reading["schema"] == "1.1"
    assert reading["source"] == str(fixtures / "city_annual_2019.txt")
    assert reading["kind"] == "annual_report"
    assert set(reading) >= {
        "title",
        "region",
        "level",
        "issuer",
        "year",
        "period",
        "published",
        "script",
        "repairs",
        "text",
        "outline",
        "elements",
        "compliance",
        "facts",
        "defects",
    }


def test_directory_is_read_recursively_and_bad_files_reported_in_chinese(fixtures, tmp_path, capsys):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_bytes((fixtures / "township_report_2022.txt").read_bytes())
    (tmp_path / "b.html").write_bytes((fixtures / "province_report_2024.html").read_bytes())
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    (tmp_path / "notes.json").write_text("{}")
    status = main(["read", str(tmp_path), str(tmp_path / "missing.txt"), "--format", "jsonl"])
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert status == 1
    assert sorted(r["source"].rsplit("/", 1)[-1] for r in lines) == ["a.txt", "b.html"]
    assert "无法读取" in captured.err and "broken.pdf" in captured.err and "missing.txt" in captured.err
    assert "2 个文件未能读取" in captured.err


def test_stdin_and_markdown(fixtures, capsys, monkeypatch):
    data = (fixtures / "department_report_2023.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["read", "-", "--format", "md"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# 合肥市司法局关于2023年度法治政府建设情况的报告")
    assert "| 法律援助案件数 | disputes.legal_aid_cases |" in out


def test_table_is_the_default(fixtures, capsys):
    assert main(["read", str(fixtures / "county_multi_year_noisy.txt")]) == 0
    out = capsys.readouterr().out
    assert "多年度报告" in out and "法定内容" in out and "缺陷" in out and "日期残缺" in out


def test_the_table_says_why_a_field_was_not_given(tmp_path, capsys):
    page = tmp_path / "headless.txt"
    page.write_text("各项工作稳步推进。\n我县依法审核规范性文件12件，全县开展普法活动30场次。\n", "utf-8")
    assert main(["read", str(page)]) == 0
    out = capsys.readouterr().out
    # The rules are unsure of this fragment; the kind model settles it, and the reasons are shown.
    assert "非年度报告（未找到报告标题" in out
    assert "未识别（标题、署名和开头都没有写出报告机关的名称）" in out


def test_jobs_give_the_same_readings(fixtures, tmp_path, capsys):
    for index in range(10):
        (tmp_path / f"r{index}.txt").write_bytes((fixtures / "city_annual_2019.txt").read_bytes())
    assert main(["read", str(tmp_path), "--format", "json", "--jobs", "2"]) == 0
    many = json.loads(capsys.readouterr().out)
    assert len(many) == 10
    assert all(r["facts"] == many[0]["facts"] for r in many)


def test_empty_and_textless_files_get_one_clear_line(fixtures, tmp_path, capsys):
    (tmp_path / "a.txt").write_bytes((fixtures / "township_report_2022.txt").read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.html").write_bytes(b"<html><body><div>  </div><p></p></body></html>")
    status = main(["read", str(tmp_path), "--format", "jsonl"])
    captured = capsys.readouterr()
    assert status == 1
    assert [json.loads(line)["source"].rsplit("/", 1)[-1] for line in captured.out.splitlines()] == ["a.txt"]
    errors = [line for line in captured.err.splitlines() if "无法读取" in line]
    assert len(errors) == 2
    assert any("empty.txt：文件为空（0 字节），未读取" in line for line in errors)
    assert any("blank.html：未能从文件中取得文字：可能是扫描件或空文档" in line for line in errors)
    assert "2 个文件未能读取" in captured.err


def test_empty_stdin_is_one_clear_line(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert main(["read", "-"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "无法读取 -：文件为空（0 字节），未读取" in captured.err
