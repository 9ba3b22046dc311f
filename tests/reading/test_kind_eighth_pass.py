"""Metadata: the eighth pass of issue 16 (docs/reading-history.md, "Metadata, eighth pass").

Forms met on real look-alike pages, written again in our own words (no page's wording is kept):
a bureau's untitled summary of another duty that still says 现将工作总结报告如下; a page cut out of
the middle of a plan's long numbered list of measures; a leader's own report on the
first-responsible duty, under its own title or speaking as 我; a county-level city's site name
above a township government's own title; a company named after a city (天津市某某实业有限公司),
which does not place the report. Each case keeps its other side (a real report the rule
must leave alone). Bodies and wording are invented.
"""

from __future__ import annotations

import pytest

from .conftest import COUNTY_OPENING, THREE_PARTS_BODY, expect, read_text

# A report's areas of work as numbered headings, with counts of what was done.
REPORT_AREAS = (
    "（一）加强组织领导。全年召开专题会议6次研究法治政府建设工作，审核规范性文件12件。\n"
    "（二）规范行政执法。开展执法案卷评查2次，评查案卷85卷，行政执法人员持证率100%。\n"
    "（三）化解行政争议。办理行政复议案件9件，行政机关负责人出庭应诉率100%。\n"
)

OTHER_WORK = [
    (
        # a bureau's quarterly summary of a review duty, sent to the duty's joint-meeting office
        "a_bureaus_untitled_summary_of_another_duty",
        "区营商环境联席会议办公室：\n"
        "根据区里的工作安排，为做好本单位涉企政策的审查，我局对一季度印发的文件逐件复核，"
        "现将工作总结报告如下：\n"
        "一、组织领导情况\n局办公室负责日常工作，明确专人，确保复核有序推进。\n"
        "二、文件复核情况\n一季度共印发文件4件，均未发现排除、限制竞争的内容。\n",
        "not_report",
    ),
    (
        # the other side: an untitled report whose opening names the rule of law says it reports
        "an_untitled_report_naming_the_rule_of_law",
        "县委、县政府：\n"
        "一年来，我局认真落实依法行政各项要求，现将2023年度法治政府建设情况报告如下：\n" + THREE_PARTS_BODY,
        "annual_report",
    ),
]


@pytest.mark.parametrize(("page", "kind"), [c[1:] for c in OTHER_WORK], ids=[c[0] for c in OTHER_WORK])
def test_a_report_sentence_about_other_work_makes_no_report(page, kind):
    assert read_text(page).kind == kind


MID_LIST = [
    (
        # measures 41 to 43 of a province's long implementation plan, nothing above them
        "a_piece_from_the_middle_of_a_plans_numbered_measures",
        "41.各级行政机关结合本地实际，组织开展法治政府建设示范创建活动，以创建促提升。\n"
        "42.定期组织到我省法治政府建设示范地区考察学习，对标先进，补齐短板。\n"
        "43.完善法治（法治政府）建设考核办法，科学设置考核指标，考核结果作为干部使用的重要依据。\n",
    ),
]


@pytest.mark.parametrize("page", [c[1] for c in MID_LIST], ids=[c[0] for c in MID_LIST])
def test_a_page_starting_in_the_middle_of_a_long_list_is_no_report(page):
    assert read_text(page).kind != "annual_report"


def test_a_report_cut_above_its_opening_starts_at_its_first_heading():
    # the other side: a report's body whose head was cut off starts at 一、 and still reads as one
    page = "一、2023年推进法治政府建设的主要举措和成效\n" + REPORT_AREAS + THREE_PARTS_BODY.split("\n", 3)[3]
    assert read_text(page).kind == "annual_report"


DUTY = [
    (
        "a_leaders_duty_report_under_its_own_title",
        "汾口镇党委书记2023年度履行推进法治建设第一责任人职责情况的报告\n"
        "2023年，全镇法治建设工作稳步推进，现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        "not_report",
    ),
    (
        "an_untitled_duty_report_in_the_first_person",
        "2023年，我始终把履行推进法治建设第一责任人职责作为分内之事，带头学法用法，"
        "全镇法治政府建设稳步推进。\n" + THREE_PARTS_BODY,
        "not_report",
    ),
    (
        # the other side: the year's report that joins the duty to the government's rule of law
        "the_years_report_joined_to_the_duty",
        "淳安县2023年度法治政府建设和党政主要负责人履行推进法治建设第一责任人职责情况报告\n"
        + COUNTY_OPENING
        + THREE_PARTS_BODY,
        "annual_report",
    ),
    (
        # the other side: a county speaking of itself (我县) is no leader speaking as 我
        "a_county_speaking_of_itself",
        "2023年，我县始终坚持以习近平法治思想为指导，全县法治政府建设取得新成效。\n" + THREE_PARTS_BODY,
        "annual_report",
    ),
]


@pytest.mark.parametrize(("page", "kind"), [c[1:] for c in DUTY], ids=[c[0] for c in DUTY])
def test_a_leaders_own_duty_report_is_not_the_annual_report(page, kind):
    assert read_text(page).kind == kind


TOWNSHIP_TITLE = "中村乡人民政府关于2022年法治政府建设工作情况报告"
TOWNSHIP_OPENING = "2022年，中村乡坚持以习近平法治思想为指导，扎实推进依法行政。现将工作情况报告如下：\n"


def test_a_county_level_citys_site_name_above_a_townships_title_hosts_the_page():
    page = "禄丰市人民政府\n首页 >> 政府信息公开 >> 法定主动公开内容\n\n" + TOWNSHIP_TITLE + "\n"
    expect(
        read_text(page + TOWNSHIP_OPENING + THREE_PARTS_BODY),
        {"title": TOWNSHIP_TITLE, "kind": "annual_report"},
    )


def test_a_township_governments_name_above_the_rest_of_its_own_title_is_joined():
    # the other side: the township's own name broken off the rest of its title
    page = "中村乡人民政府\n关于2022年法治政府建设工作情况报告\n" + TOWNSHIP_OPENING + THREE_PARTS_BODY
    expect(read_text(page), {"title": TOWNSHIP_TITLE})


ZONE_TITLE = "经济开发区2024年度法治政府建设情况报告\n"


def test_a_company_named_after_a_city_does_not_place_the_report():
    # a development zone whose management passed to a company named after the city
    page = (
        ZONE_TITLE + "2024年，经济开发区在区委、区政府的领导下扎实推进依法行政。园区管理职能转由"
        "天津市滨港实业有限公司承担，公司党委组织集中学法4次。现将有关情况报告如下：\n" + THREE_PARTS_BODY
    )
    expect(read_text(page), {"kind": "annual_report", "region_name": None})


def test_the_city_itself_named_still_places_the_report():
    # the other side: the same report naming its district as the place it works in
    page = (
        ZONE_TITLE + "2024年，经济开发区在天津市宁河区区委、区政府的领导下扎实推进依法行政，"
        "宁河区各项法治建设任务稳步落实。现将有关情况报告如下：\n" + THREE_PARTS_BODY
    )
    expect(read_text(page), {"region_ends": "宁河区"})
