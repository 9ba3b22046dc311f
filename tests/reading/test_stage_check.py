from fazhi.reading import read
from fazhi.reading.check import check


def kinds(text: str) -> list[tuple[str, str]]:
    return [(d.type, d.text) for d in check(text)]


def test_blank_numbers():
    found = kinds(
        "全年共调处各类矛盾纠纷 件，调解成功率达%。12345热线受理来电万余条，接通率，办结率，满意率。"
    )
    assert ("blank_number", "全年共调处各类矛盾纠纷 件") in found
    assert ("blank_number", "调解成功率达%") in found
    assert any(t == "blank_number" and "满意率" in x for t, x in found)


def test_a_complete_figure_is_not_blank():
    assert kinds("全年共调处各类矛盾纠纷12684件，调解成功率达98%。") == []


def test_mangled_dates():
    assert ("mangled_date", "2020925") in kinds("区司法局局长\n2020925\n主任、各位副主任：")
    assert ("mangled_date", "20231月1日") in kinds("本报告数据的统计时段为20231月1日至12月31日。")


def test_a_large_count_is_not_a_mangled_date():
    assert kinds("全年办理各类公共法律服务2020925件。") == []


def test_lost_ranges():
    found = kinds("实施方案（20162020年）。今年18月，全区办理案件100件。")
    assert ("lost_range", "20162020年") in found
    assert ("lost_range", "今年18月") in found


def test_real_months_are_not_lost_ranges():
    assert kinds("今年12月，全区召开会议。2021年11月印发方案。") == []


def test_placeholders_and_garbled_text():
    found = kinds("2023年，*区全年组织会前学法*次。\n??2020年，我州坚持依法行政。")
    assert ("placeholder", "*区") in found
    assert ("placeholder", "*次") in found
    assert any(t == "garbled_text" for t, _ in found) is False  # repair removes leading ?? before check


def test_truncated_last_paragraph():
    found = kinds(
        "一、主要举措和成效\n全年办理行政复议案件20件，行政诉讼案件15件，负责人出庭应诉率为百分之百，执法"
    )
    assert found[-1][0] == "truncated_sentence"
    assert found[-1][1].endswith("执法")


def test_defect_spans_point_into_the_repaired_text(fixtures):
    reading = read(fixtures / "county_multi_year_noisy.txt")
    assert {d.type for d in reading.defects} >= {"mangled_date", "lost_range", "blank_number"}
    for defect in reading.defects:
        assert reading.text[defect.start : defect.end] == defect.text


def test_garbled_text_found_in_the_middle_of_a_line():
    assert any(t == "garbled_text" for t, _ in kinds("市政府\ufffd\ufffd坚持依法行政。"))
