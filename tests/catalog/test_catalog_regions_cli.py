from fazhi.cli import main


def test_regions_command_prints_chain_and_code(capsys):
    assert main(["regions", "静安区", "泸州"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("上海市静安区 310106")
    assert out[1].startswith("四川省泸州市 510500")


def test_regions_command_lists_candidates_for_ambiguous_name(capsys):
    assert main(["regions", "朝阳区"]) == 0
    out = capsys.readouterr().out
    assert "有 2 个同名行政区划" in out
    assert "北京市朝阳区 110105" in out and "吉林省长春市朝阳区 220104" in out


def test_regions_command_fails_on_unknown_name(capsys):
    assert main(["regions", "火星区"]) == 1
    assert "未找到行政区划：火星区" in capsys.readouterr().out
