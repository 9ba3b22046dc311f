"""Figures in tables: a header line of names, then rows of values (issue 16, twenty-fourth session).

A Word file's text gives a row's cells between tabs, a web page's between runs of spaces, a PDF's between single
spaces. Each data row is read as the sentence a report would write, and each value takes its column's and its
row's words. The tables here are our own.
"""

from __future__ import annotations

import io

import docx
import pytest

from fazhi.reading import read
from fazhi.reading.extract import extract
from fazhi.reading.extract.tables import table_rows


def _coded(text: str) -> set[tuple[float, str | None]]:
    return {(float(f.value), f.indicator) for f in extract(text)}


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (
            "人大代表建议\t政协提案\t满意率\n86件\t131件\t99.2%",
            {
                (86, "oversight.npc_suggestions"),
                (131, "oversight.cppcc_proposals"),
                (99.2, "oversight.suggestion_satisfaction_rate"),
            },
        ),
        (
            " 项目  行政复议案件  行政应诉案件 \n\n 数量  57件  26件 \n",
            {(57, "disputes.reconsideration_cases"), (26, "disputes.litigation_cases")},
        ),
        (
            "12345热线\n受理诉求 按时办结率 满意率\n4.3万件 99.3% 95.1%",
            {
                (43000, "oversight.hotline_requests"),
                (99.3, "oversight.hotline_ontime_rate"),
                (95.1, "oversight.hotline_satisfaction_rate"),
            },
        ),
        (
            "调解组织 个数 调解案件（件） 成功率\n人民调解委员会 188 3620 98.4%",
            {
                (188, "disputes.mediation_organizations"),
                (3620, "disputes.mediation_cases"),
                (98.4, "disputes.mediation_success_rate"),
            },
        ),
        (
            "行政处罚案件 罚没金额（万元）\n968 312.5",
            {(968, "enforcement.penalty_cases"), (3125000, "enforcement.penalty_amount")},
        ),
        (
            "清理结果 件数\n保留 88\n废止 17\n失效 5",
            {
                (88, "rules.normdocs_retained"),
                (17, "rules.normdocs_abolished"),
                (5, "rules.normdocs_expired"),
            },
        ),
        (
            "执法主体 执法人员\n39个 1046人",
            {(39, "enforcement.bodies"), (1046, "enforcement.officers")},
        ),
    ],
)
def test_each_value_takes_its_column_and_row(table, expected):
    assert expected <= _coded(table)


def test_a_values_evidence_is_its_row_under_its_header():
    facts = extract("行政复议案件\t行政应诉案件\n57件\t26件")
    assert {f.evidence.text for f in facts} == {"行政复议案件\t行政应诉案件\n57件\t26件"}


@pytest.mark.parametrize(
    "text",
    [
        "全年受理行政复议案件45件，办理行政应诉案件23件。",
        "一、 主要举措和成效\n全年共受理 45 件行政复议案件。",
        "年度 2022年 2023年\n行政复议案件 38件 45件",  # columns of years: not a plain grid
        "主要负责人 述法\n2023年 12月",
    ],
)
def test_prose_and_other_grids_are_no_table(text):
    assert table_rows(text) == []


def _facts_of_a_word_file(
    paragraphs: list[str], cells: list[tuple[str, str]]
) -> set[tuple[float, str | None]]:
    """The facts ``read`` gives a real docx (python-docx): ``paragraphs``, then a table of one header row and one
    row of values."""
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=2, cols=len(cells))
    for column, (name, value) in enumerate(cells):
        table.cell(0, column).text = name
        table.cell(1, column).text = value
    data = io.BytesIO()
    document.save(data)
    return {(float(f["value"]), f["indicator"]) for f in read(data.getvalue()).as_dict()["facts"]}


def test_a_word_files_table_is_read():
    facts = _facts_of_a_word_file(
        ["某县司法局2023年法治政府建设年度报告", "2023年，我局全面推进依法行政，现将有关情况报告如下。"],
        [("行政复议案件", "64件"), ("行政应诉案件", "31件"), ("出庭率", "100%")],
    )
    assert {(64, "disputes.reconsideration_cases"), (31, "disputes.litigation_cases")} <= facts
    assert (100, "disputes.head_appearance_rate") in facts


def test_a_word_files_table_with_a_unit_in_brackets_is_read():
    # The reader's clean-up turns a cell's tab into a space and takes out a space after a full-width bracket, so
    # the header reaches the table reader as 罚没金额（万元）行政复议案件.
    facts = _facts_of_a_word_file(
        ["某县2023年法治政府建设年度报告", "附表：2023年主要数据"],
        [("行政处罚案件", "1188件"), ("罚没金额（万元）", "406.2"), ("行政复议案件", "27件")],
    )
    assert {
        (1188, "enforcement.penalty_cases"),
        (4062000, "enforcement.penalty_amount"),
        (27, "disputes.reconsideration_cases"),
    } <= facts


def test_a_label_and_value_table_takes_the_measure_from_the_labels_brackets():
    page = (
        "2024年县政府制度建设情况见下表。\n"
        "项目 数量\n"
        "出台政府规章（部） 2\n"
        "出台规范性文件（件） 19\n"
        "审查合同（件） 86\n"
    )
    coded = {(f.indicator, f.value) for f in extract(page)}
    assert {
        ("rules.gov_rules", 2),
        ("rules.normdocs_issued", 19),
        ("decisions.contracts_reviewed", 86),
    } <= coded


def test_the_same_table_after_the_readers_clean_up_took_the_space_after_the_bracket():
    page = "2024年镇法治建设主要数据如下。\n项目 数量\n法治宣传活动（场）41\n发放宣传资料（份）5200\n"
    coded = {(f.indicator, f.value) for f in extract(page)}
    assert {("education.activities", 41), ("education.materials", 5200)} <= coded


def test_a_caption_gives_its_unit_to_the_bare_values():
    page = (
        "2024年县政府行政复议、应诉案件情况如下（单位：件）。\n"
        "类别 收案数 审结数\n"
        "行政复议 52 47\n"
        "行政诉讼 63 58\n"
    )
    coded = {(f.indicator, f.value) for f in extract(page)}
    assert {("disputes.reconsideration_cases", 52), ("disputes.litigation_cases", 63)} <= coded


def test_a_row_whose_label_names_its_count_is_its_own_evidence():
    page = "2024年县政府制度建设情况见下表。\n项目 数量\n出台规范性文件（件） 19\n审查合同（件） 86\n"
    contracts = next(f for f in extract(page) if f.indicator == "decisions.contracts_reviewed")
    assert contracts.evidence.text == "审查合同（件） 86"
