"""Kind, title and level: the sixth pass of issue 16 (docs/reading.md, "Kind, title and level, sixth pass").

Two genres the grown tuning part showed. A site prints its column's label above the title, on a
line of its own (政府信息公开, 通知公告, 部门动态) or in 【】 before a title that opens with its year:
the label is not the title's first half, and a report under it stays a report of its place. A
department reports for itself, opening with its own name as the subject (2024年，某县市场监督管理局
根据…); its level is ``department`` whatever verb follows, and "since the report's own year"
(2023年以来 in a 2023 report) is no span of years. Each case keeps its other side. Bodies and
wording are invented; places are real where the region table is asked.
"""

from __future__ import annotations

import pytest

from .conftest import THREE_PARTS_BODY, expect, read_text

COUNTY_OPENING = "2023年，淳安县坚持以习近平法治思想为指导，全县法治政府建设取得新成效。\n"

TITLES = [
    (
        "a_disclosure_columns_label_above_a_townships_title",
        "淳安县人民政府\n政府信息公开\n汾口镇2023年法治政府建设年度报告\n发布时间：2024-03-20\n"
        "2023年，在县委、县政府的领导下，汾口镇坚持依法行政，全镇法治政府建设取得新成效。\n"
        + THREE_PARTS_BODY,
        {
            "title": "汾口镇2023年法治政府建设年度报告",
            "kind": "annual_report",
            "level": "township",
            "region_ends": "汾口镇",
        },
    ),
    (
        "a_notice_columns_label_then_a_bracketed_label_before_a_dated_title",
        "通知公告\n【法治政府建设】2023年度淳安县法治政府建设情况报告\n" + COUNTY_OPENING + THREE_PARTS_BODY,
        {"title": "2023年度淳安县法治政府建设情况报告", "kind": "annual_report", "level": "county"},
    ),
    (
        "a_county_news_columns_label_above_a_title_that_opens_with_its_year",
        "市县动态\n2023年淳安县法治政府建设工作情况报告\n" + COUNTY_OPENING + THREE_PARTS_BODY,
        {"title": "2023年淳安县法治政府建设工作情况报告", "kind": "annual_report", "level": "county"},
    ),
    (
        # the other side: a government's name above a title broken after it is the title's head
        "a_governments_name_above_a_title_that_opens_with_about",
        "淳安县人民政府\n关于2023年法治政府建设情况的报告\n" + COUNTY_OPENING + THREE_PARTS_BODY,
        {"title": "淳安县人民政府关于2023年法治政府建设情况的报告", "level": "county"},
    ),
]


@pytest.mark.parametrize(("page", "fields"), [case[1:] for case in TITLES], ids=[c[0] for c in TITLES])
def test_a_columns_label_above_or_before_a_title_is_not_part_of_it(page, fields):
    expect(read_text(page), fields)


# A report's body whose headings name no year: with two years named as often in the opening, the
# year is read from its Party sessions.
UNDATED_BODY = (
    "一、主要成效\n（一）加强组织领导。全年召开专题会议研究法治政府建设工作，审核规范性文件14件，"
    "开展法治培训9场次，依法行政水平持续提升。\n二、存在的不足\n基层执法力量仍然薄弱。\n"
    "三、下一步工作打算\n继续完善依法决策机制，加强执法监督，推动法治政府建设再上台阶。\n"
)

DEPARTMENTS = [
    (
        "a_bureau_opening_with_a_verb_of_its_own",
        "2024年，淳安县市场监督管理局根据县委、县政府和上级部门的部署，坚持以习近平法治思想为指导，"
        "本局法治建设取得明显成效。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {
            "level": "department",
            "region_ends": "淳安县",
            "issuer": "淳安县市场监督管理局",
            "kind": "annual_report",
        },
    ),
    (
        "a_bureau_since_its_reports_own_year",
        "2023年以来，淳安县司法局坚持以习近平法治思想为指导，认真贯彻党的二十大和二十届二中全会精神，"
        "抓好2022年考核反馈问题的整改，全面推进法治政府建设。\n" + UNDATED_BODY,
        {"level": "department", "kind": "annual_report", "period": {"start": 2023, "end": 2023}},
    ),
    (
        "a_prefectures_justice_office_named_chu",
        "2023年，和田地区司法处坚持以习近平法治思想为指导，统筹推进全地区法治政府建设，各项工作取得新成效。\n"
        + THREE_PARTS_BODY,
        {"level": "department", "region_ends": "和田地区"},
    ),
    (
        # the other side: a government opening is the government's report
        "a_county_government_opening",
        "2023年，淳安县人民政府坚持以习近平法治思想为指导，全县法治政府建设取得新成效。\n" + THREE_PARTS_BODY,
        {"level": "county", "region_ends": "淳安县"},
    ),
    (
        # the other side: since an earlier year, in a year the Party sessions date, is a span
        "a_span_since_an_earlier_year",
        "2021年以来，淳安县坚持以习近平法治思想为指导，认真贯彻党的二十大和二十届二中全会精神，"
        "抓好2022年考核反馈问题的整改，全县法治政府建设取得新成效。\n" + UNDATED_BODY,
        {"kind": "multi_year_report"},
    ),
]


@pytest.mark.parametrize(
    ("page", "fields"), [case[1:] for case in DEPARTMENTS], ids=[c[0] for c in DEPARTMENTS]
)
def test_a_department_opening_with_its_own_name_reports_as_a_department(page, fields):
    expect(read_text(page), fields)
