"""Metadata: the seventh pass of issue 16 (docs/reading-history.md, "Metadata, seventh pass").

Forms of real pages, written again in our own words (no page's wording is kept). A county's site
prints its prefecture government's name, a site clock and a breadcrumb above a county body's own
dated title: the government hosts the page and is not the title's head. A disclosure page prints
its metadata cells under the title (主动公开, then the date alone in figures, 2024.03.20): the
date is the page's. A content farm's word filter cuts 法治 out of a report (《政府建设实施纲要》,
依法治国 become 依国, 习近平法治思想 becomes 习思想): its 政府建设 is still the rule-of-law
government's. Each case keeps its other side. Bodies and wording are invented; places are real
where the region table is asked.
"""

from __future__ import annotations

import pytest

from .conftest import COUNTY_OPENING, THREE_PARTS_BODY, expect, read_text

OFFICE_TITLE = "淳安县档案馆2023年度法治政府建设年度报告"
OFFICE_OPENING = "2023年，淳安县档案馆坚持以习近平法治思想为指导，扎实推进依法行政。现将有关情况报告如下：\n"

HOSTS = [
    (
        "a_prefecture_governments_site_name_above_a_county_bodys_title",
        "杭州市人民政府\n" + OFFICE_TITLE + "\n" + OFFICE_OPENING + THREE_PARTS_BODY,
        {"title": OFFICE_TITLE, "kind": "annual_report"},
    ),
    (
        "the_site_name_with_a_clock_and_a_breadcrumb_between",
        "杭州市人民政府\n今天是：2019年5月6日 星期一\n当前位置：首页 > 通知公告\n"
        + OFFICE_TITLE
        + "\n"
        + OFFICE_OPENING
        + THREE_PARTS_BODY,
        {"title": OFFICE_TITLE, "kind": "annual_report"},
    ),
    (
        # the other side: a government's name above the rest of its own title
        "a_governments_name_above_its_titles_about_line",
        "淳安县人民政府\n关于2023年法治政府建设情况的报告\n" + OFFICE_OPENING + THREE_PARTS_BODY,
        {"title": "淳安县人民政府关于2023年法治政府建设情况的报告"},
    ),
]


@pytest.mark.parametrize(("page", "fields"), [c[1:] for c in HOSTS], ids=[c[0] for c in HOSTS])
def test_a_host_governments_name_above_another_places_title_is_not_its_head(page, fields):
    expect(read_text(page), fields)


COUNTY_TITLE = "2023年淳安县法治政府建设情况报告"

CELLS = [
    ("a_dotted_date_under_a_disclosure_cell", "主动公开\n2024.03.20", "2024-03-20"),
    ("a_dashed_date_alone", "2024-03-20", "2024-03-20"),
    ("a_slashed_date_under_a_font_size_cell", "字号\n2024/3/20", "2024-03-20"),
    ("a_dotted_date_under_a_row_of_five_cells", "无\n主动公开\n无\n无\n2024.03.20", "2024-03-20"),
    (
        "a_dashed_date_in_a_bulleted_list_of_page_tools",
        "  • 听全文\n  • 2024-03-20\n  • 分享到",
        "2024-03-20",
    ),
    # the other side: a document's own date in round brackets is not the page's
    ("a_documents_own_date_in_round_brackets", "（2024.03.20）", None),
]


@pytest.mark.parametrize(("cells", "published"), [c[1:] for c in CELLS], ids=[c[0] for c in CELLS])
def test_a_web_date_among_the_cells_under_the_title(cells, published):
    reading = read_text(COUNTY_TITLE + "\n" + cells + "\n" + COUNTY_OPENING + THREE_PARTS_BODY)
    expect(reading, {"published": published, "title": COUNTY_TITLE})


ABOVE = [
    ("a_dotted_date_alone", "2024.03.20", "2024-03-20"),
    ("a_slashed_date_without_zeros", "2024/3/20", "2024-03-20"),
    ("a_date_and_time", "2024-3-20 10:20", "2024-03-20"),
    ("a_byline_ending_in_the_date", "编辑：张三 2024-03-20", "2024-03-20"),
    # the other side: a date in words over the title is a document's own, not the page's
    ("a_date_in_words", "2024年3月20日", None),
    # and a bulleted list over it holds a disclosure page's unlabelled 成文日期 and 发布日期 cells
    ("bulleted_cells_of_unlabelled_dates", "  • 主动公开\n  • 2024-03-18\n  • 2024-03-20", None),
]


@pytest.mark.parametrize(("line", "published"), [c[1:] for c in ABOVE], ids=[c[0] for c in ABOVE])
def test_a_web_date_over_the_title(line, published):
    reading = read_text(line + "\n" + COUNTY_TITLE + "\n" + COUNTY_OPENING + THREE_PARTS_BODY)
    expect(reading, {"published": published, "title": COUNTY_TITLE})


FILTERED_OPENING = (
    "2023年，在省委的正确领导下，省政府以习思想为指导，落实《政府建设实施纲要（2021—2025年）》，"
    "贯彻中央依国委员会各次会议精神，扎实推进依法行政。现将有关情况报告如下：\n"
)


def test_a_report_whose_site_cut_out_fazhi_is_still_a_report():
    page = "浙江省人民政府关于2023年度政府建设情况的报告\n" + FILTERED_OPENING + THREE_PARTS_BODY
    expect(read_text(page), {"kind": "annual_report", "level": "province"})


def test_a_digital_government_report_is_not_read_as_filtered():
    # the other side: one mark of a filter is not enough, and 数字政府建设 keeps its own topic
    opening = (
        "2023年，省政府以习思想为指导，推进数字政府建设，建成一体化政务服务平台。现将有关情况报告如下：\n"
    )
    page = "浙江省人民政府关于2023年度数字政府建设情况的报告\n" + opening + THREE_PARTS_BODY
    assert read_text(page).kind != "annual_report"


# Forms of real pages found by reading search results (no page's words kept): a research
# institute named after a city is not that city speaking; a byline glues the date to a user name
# or an author's name.
def test_a_news_story_naming_only_a_citys_institute_gets_no_region():
    page = (
        "本报记者 李明\n"
        "近日，某大学法学院联合杭州市社会科学院举办法治论坛，发布了一份关于各地法治政府建设年度报告"
        "公开情况的第三方评估。评估显示，多数地方按时公开了上一年度的报告。\n"
        "评估还指出，部分报告内容简略，数据不全，亟待改进。\n"
    )
    reading = read_text(page)
    assert reading.kind != "annual_report"
    expect(reading, {"region_name": None})


def test_a_report_naming_a_citys_institute_keeps_its_own_county():
    opening = "2023年，淳安县坚持依法行政，与杭州市社会科学院合作开展法治评估，全县法治政府建设取得新成效。\n"
    expect(read_text(COUNTY_TITLE + "\n" + opening + THREE_PARTS_BODY), {"region_ends": "淳安县"})


BYLINES = [
    ("a_user_name_run_into_the_date_and_time", "editor72024-03-20 09:15:02", "2024-03-20"),
    ("an_authors_name_after_the_date", "2024-03-20王明", "2024-03-20"),
]


@pytest.mark.parametrize(("byline", "published"), [c[1:] for c in BYLINES], ids=[c[0] for c in BYLINES])
def test_a_byline_date_under_the_title_and_its_subtitle(byline, published):
    page = (
        COUNTY_TITLE
        + "\n——以全县二十个部门为例的年度回顾与分析\n"
        + byline
        + "\n"
        + COUNTY_OPENING
        + THREE_PARTS_BODY
    )
    expect(read_text(page), {"published": published})


def test_a_page_that_is_no_report_takes_no_year_from_its_date():
    # a list of duties published under a news column: its date names no year it reports on
    page = (
        "当前位置：首页 > 要闻动态\n某市党政主要负责人履行推进法治建设第一责任人职责清单\n"
        "发布时间：2024-05-19 信息来源：某市司法局\n"
        "为推动党政主要负责人切实履行推进法治建设第一责任人职责，结合本市实际，制定本清单如下。\n"
        "一、基本原则\n（一）坚持党的领导。\n二、一般职责\n（一）带头尊法学法守法用法。\n"
    )
    reading = read_text(page)
    assert reading.kind == "not_report"
    expect(reading, {"published": "2024-05-19", "year": None})


def test_a_report_without_a_year_still_takes_it_from_its_date():
    # the other side: a report that names no year is read as the year before its publication
    page = (
        "淳安县法治政府建设情况报告\n发布时间：2024-03-20\n"
        "今年以来，淳安县坚持以习近平法治思想为指导，全县法治政府建设取得新成效。\n" + THREE_PARTS_BODY
    )
    expect(read_text(page), {"year": 2023})


BUREAU_SUMMARY_BODY = (
    "一、强化政治引领，筑牢党建根基\n（一）党的建设走深走实。全年开展党组中心组集中学习10次，专题研讨5次。\n"
    "（二）党风廉政建设从严从实。开展廉政教育活动8次，廉政谈话30余人次。\n"
    "二、聚焦主责主业，提升服务水平\n（一）法律援助提质增效。全年办理法律援助案件300余件。\n"
)


def test_an_untitled_bureaus_summary_of_all_its_work_is_not_made_a_report():
    # a bureau's year-end summary of everything it did: the rule of law is one part of it
    opening = (
        "2025年，某县司法局在县委、县政府领导下，深入贯彻习近平法治思想，统筹推进党建、"
        "法治建设、民生服务等重点工作，各项业务成效显著。现将全年工作总结如下：\n"
    )
    assert read_text(opening + BUREAU_SUMMARY_BODY).kind != "annual_report"


def test_an_untitled_opening_summing_up_its_rule_of_law_work_stays_a_report():
    # the other side: the summary names the rule of law it reports on
    opening = (
        "2023年，淳安县司法局坚持以习近平法治思想为指导，扎实推进依法行政，"
        "现将2023年法治政府建设工作总结如下：\n"
    )
    assert read_text(opening + THREE_PARTS_BODY).kind == "annual_report"


def test_a_count_of_reports_in_a_long_first_paragraph_names_no_collection():
    opening = (
        "2023年，德清县司法局在县委县政府的坚强领导下，在市司法局的帮助指导下，深入学习贯彻党的二十大精神，"
        "坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，开设专栏，刊发专题文章17篇，"
        "形成专题调研报告64篇，为全县经济高质量发展提供了有力法治保障。"
    )
    page = "德清县司法局关于2023年法治政府建设情况的报告\n" + opening + "\n" + THREE_PARTS_BODY
    expect(read_text(page), {"kind": "annual_report"})
    # the other side: a collection's title still says the page is no report
    expect(
        read_text("2023年法治政府建设工作报告（精选5篇）\n" + opening + "\n" + THREE_PARTS_BODY),
        {"kind": "not_report"},
    )
