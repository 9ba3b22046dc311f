import pytest

from fazhi.reading import read

from .conftest import read_text


def test_all_five_parts_with_sections_make_a_compliant_report(fixtures):
    reading = read(fixtures / "city_annual_2019.txt")
    assert {code: e.status for code, e in reading.elements.items()} == {
        "results": "section",
        "shortcomings": "section",
        "first_responsible": "section",
        "next_plan": "section",
        "other": "section",
    }
    assert reading.compliance == {"compliant": True, "missing": [], "weak": []}
    element = reading.elements["first_responsible"]
    assert reading.text[element.evidence.start : element.evidence.end] == element.evidence.text
    assert "第一责任人" in element.heading


def test_one_combined_heading_covers_two_parts():
    reading = read_text(
        "2019年，某市坚持依法行政。\n一、法治建设第一责任人履职情况\n市政府主要负责人切实履行职责。\n"
        "二、推进法治政府建设主要举措和成效\n全年办理行政复议案件20件。\n三、存在的问题和2020年工作打算\n"
        "一是基层力量薄弱。二是将持续推进。\n"
    )
    assert (
        reading.elements["shortcomings"].heading
        == reading.elements["next_plan"].heading
        == "存在的问题和2020年工作打算"
    )
    assert reading.compliance["compliant"] is True


def test_first_responsible_only_in_an_inline_item_is_mentioned(fixtures):
    reading = read(fixtures / "county_multi_year_noisy.txt")
    assert reading.elements["first_responsible"].status == "mentioned"
    assert reading.compliance == {"compliant": False, "missing": [], "weak": ["first_responsible"]}
    evidence = reading.elements["first_responsible"].evidence
    assert "第一责任人" in evidence.text


def test_absent_parts_are_missing(fixtures):
    reading = read(fixtures / "township_report_2022.txt")
    assert reading.elements["shortcomings"].status == "absent"
    assert reading.elements["next_plan"].status == "absent"
    assert reading.compliance["missing"] == ["shortcomings", "next_plan"]
    assert reading.compliance["compliant"] is False


def test_topic_headings_make_a_results_section(fixtures):
    reading = read(fixtures / "township_report_2022.txt")
    assert reading.elements["results"].status == "section"
    assert reading.elements["results"].heading == "强化组织领导，夯实法治基础"


def test_a_problem_oriented_topic_is_not_a_shortcomings_section():
    reading = read_text(
        "2022年，某县坚持依法行政。\n一、坚持问题导向，推进依法行政\n全年整改问题20个。\n"
        "二、强化执法监督，提升执法质效\n开展执法检查。\n"
    )
    assert reading.elements["shortcomings"].status != "section"


@pytest.mark.parametrize(
    ("code", "heading"),
    [
        ("shortcomings", "存在问题"),
        ("shortcomings", "需要改进的方面"),
        ("next_plan", "2024年主要任务"),
        ("next_plan", "下步工作打算"),
    ],
)
def test_more_wordings_of_part_headings(code, heading):
    from fazhi.reading.parts import _names

    assert _names(code, heading)


def test_a_report_years_task_completion_is_not_the_next_years_plan():
    from fazhi.reading.parts import _names

    assert not _names("next_plan", "2023年重点任务完成情况")
