"""Kind, title, publication date and street offices: the third pass of issue 16 (docs/reading-history.md,
"Kind, title and date, third pass").

The forms were met on published pages found on the web (none of the labelled set); each page here
is written for the test in our own words, and stands for a genre, not for a page. Bodies, names,
numbers and dates are invented; places are real where the region table is asked.
"""

from __future__ import annotations

import pytest

from .conftest import THREE_PARTS_BODY, expect, read_text

TITLE = "青禾县2023年度法治政府建设情况报告"
OPENING = "2023年，我县坚持依法行政，现将有关情况报告如下：\n"
BREADCRUMB = "首页 > 政务公开 > 法治政府\n"


# A publication line the repair stage used to keep as text, under a report's title.
PUBLICATION_LINES = [
    ("a_writers_byline_with_its_date", "作者：县司法局 时间：2024-03-20", "2024-03-20"),
    ("a_disclosure_date", "公开日期：2024-03-20", "2024-03-20"),
    ("the_date_the_information_was_given", "信息提供日期：2024年3月20日", "2024-03-20"),
    ("a_bare_date_under_the_title", "2024-03-20", "2024-03-20"),
    ("a_bare_date_in_words_under_the_title", "2024年03月20日", "2024-03-20"),
    ("a_bare_date_and_time_under_the_title", "2024/03/20 09:15", "2024-03-20"),
]


@pytest.mark.parametrize(
    ("line", "published"), [row[1:] for row in PUBLICATION_LINES], ids=[row[0] for row in PUBLICATION_LINES]
)
def test_a_publication_line_under_the_title_gives_the_date_and_leaves_the_text(line, published):
    reading = read_text(BREADCRUMB + TITLE + "\n" + line + "\n" + OPENING + THREE_PARTS_BODY)
    assert (reading.title, reading.published) == (TITLE, published)
    assert line not in reading.text


@pytest.mark.parametrize(
    "line",
    ["（2024年3月20日）", "青禾县人民政府\n2024年3月20日"],
    ids=["a_bracketed_date_is_the_documents_own", "a_date_under_a_bodys_name_is_a_signature"],
)
def test_a_date_that_is_not_the_pages_gives_no_publication_date(line):
    reading = read_text(TITLE + "\n" + line + "\n" + OPENING + THREE_PARTS_BODY)
    assert reading.published is None


def test_a_metadata_row_with_a_colon_and_a_bar_gives_the_publication_not_the_drafting_date():
    reading = read_text(
        "索 引 号: | qh-2025-0012 | 公开目录: | 法治政府建设 |\n"
        "成文日期: | 2025-02-10 | 发布日期: | 2025-02-14 |\n"
        "2024年，我镇坚持依法行政。现将2024年度法治政府建设有关情况报告如下。\n" + THREE_PARTS_BODY
    )
    assert reading.published == "2025-02-14"


# A disclosure page's title row, or a download's file name, holds the title.
@pytest.mark.parametrize(
    "line",
    [
        "信息名称：" + TITLE,
        "标 题 | " + TITLE + " |",
        "[ 名称 ] " + TITLE,
        TITLE + ".pdf",
        TITLE + ".docx",
        # thirteenth session: a summary row that repeats the title
        "内容概述：" + TITLE,
    ],
    ids=[
        "a_title_row_with_a_colon",
        "a_title_row_between_bars",
        "a_bracketed_name_label",
        "a_pdf",
        "a_docx",
        "a_summary_row",
    ],
)
def test_a_title_row_or_a_file_name_gives_the_title(line):
    reading = read_text(BREADCRUMB + line + "\n" + OPENING + THREE_PARTS_BODY)
    assert (reading.title, reading.kind) == (TITLE, "annual_report")


@pytest.mark.parametrize(
    ("file_line", "first_line", "title"),
    [
        # the file's name is shorter than the title the document prints on its first line
        (
            "海湾街道2020年法治政府建设情况.docx",
            "海湾街道 2020 年法治政府建设情况报告 2020 年，在区委、区政府的领导下，海湾街道坚持依法行政。",
            "海湾街道2020年法治政府建设情况报告",
        ),
        # the other side: a first line that does not begin with the file's words adds nothing
        (
            "海湾街道2020年法治政府建设情况.pdf",
            "2020年，在区委、区政府的领导下，海湾街道坚持依法行政，法治政府建设情况报告如下。",
            "海湾街道2020年法治政府建设情况",
        ),
    ],
    ids=["the_documents_fuller_title_below_its_file_name", "a_first_line_that_is_no_title"],
)
def test_a_file_name_takes_the_words_the_documents_first_line_adds(file_line, first_line, title):
    assert read_text(file_line + "\n" + first_line + "\n" + THREE_PARTS_BODY).title == title


# Look-alikes: a report's words in the body, but the title names another kind of page.
LOOK_ALIKES = [
    (
        "news_of_a_deputys_visit",
        "市人大常委会副主任调研青禾区法治政府建设情况\n"
        "4月9日，市人大常委会副主任一行调研青禾区法治政府建设情况。座谈会上，副区长汇报了法治政府建设情况。\n",
        "news",  # its lead dates the event by the day (eleventh pass)
    ),
    (
        "news_of_an_inspection_team",
        "省司法厅督导组来我县督导法治政府建设情况\n"
        "6月12日，省司法厅督导组来我县，听取了县政府关于法治政府建设情况的汇报。\n",
        "news",  # its lead dates the event by the day (eleventh pass)
    ),
    (
        "a_self_inspection_report",
        "青禾县2023年度法治政府建设自查报告\n"
        "根据年度考评指标，我县对2023年法治政府建设情况进行了自查，现报告如下：\n" + THREE_PARTS_BODY,
        "self_inspection",  # its sentence 进行了自查，现报告如下 says so (tenth pass), before its title
    ),
    (
        "a_table_of_the_reports_published",
        "2023年度法治政府建设年度报告公开情况统计表\n序号 单位 报告名称 公开时间\n"
        "1 县水利局 2023年度法治政府建设情况报告 2024-03-01\n2 县林业局 2023年度法治政府建设情况报告 2024-03-02\n",
        "look_alike",
    ),
    (
        "a_ledger_of_the_years_tasks",
        "青禾县2023年法治政府建设工作台账\n序号 工作任务 完成情况 责任单位\n1 会前学法 已完成 县司法局\n",
        "look_alike",
    ),
    (
        "a_summary_of_law_popularization_alone",
        "青禾县2023年度普法依法治理工作总结\n2023年，我县深入开展法治宣传教育。现将有关情况总结如下：\n"
        + THREE_PARTS_BODY,
        "look_alike",
    ),
    (
        "a_self_inspection_of_a_model_application",
        "青禾县法治政府建设示范创建自查情况\n"
        "对照示范指标体系，我县逐项开展自查。现将自查情况报告如下：\n" + THREE_PARTS_BODY,
        "self_inspection",
    ),
]


@pytest.mark.parametrize(
    ("page", "source"), [row[1:] for row in LOOK_ALIKES], ids=[row[0] for row in LOOK_ALIKES]
)
def test_a_look_alike_of_the_third_pass_is_not_a_report(page, source):
    reading = read_text(page)
    assert reading.kind == "not_report"
    assert reading.metadata_evidence["kind"].source == source


def test_a_story_credited_with_slashes_is_news():
    reading = read_text(
        "今日看点\n"
        "4月9日，市人大常委会一行到青禾区座谈，听取了区政府法治政府建设工作的汇报，并提出意见和建议。\n"
        "座谈会上，区司法局等单位负责人先后发言。\n"
        "记者/王一 李二\n编辑/赵三\n"
    )
    assert reading.kind == "not_report"


# Reports near those genres stay reports.
@pytest.mark.parametrize(
    "title",
    [
        "青禾县2023年度法治政府建设情况报告",
        "青禾县司法局关于2023年度法治建设工作情况的报告",
        "青禾县人民检察院2023年度法治政府建设情况报告",
        "青禾县2023年度法治政府建设暨普法依法治理工作情况报告",
    ],
)
def test_a_report_title_stays_a_report(title):
    reading = read_text(title + "\n" + OPENING + THREE_PARTS_BODY)
    assert (reading.kind, reading.title) == ("annual_report", title)


# A street office by the short name it goes by (Guangzhou's X街).
def test_a_street_office_by_its_short_name_is_the_gazetteers_street_office():
    reading = read_text(
        "2024年，鹤龙街坚持依法行政，推动法治建设。现将2024年法治政府建设工作报告如下：\n" + THREE_PARTS_BODY
    )
    expect(
        reading,
        {"level": "township", "region_name": "广东省广州市白云区鹤龙街道", "issuer": "鹤龙街道办事处"},
    )


def test_a_street_that_is_no_street_office_names_no_body():
    reading = read_text(
        "2024年，步行街坚持依法管理。现将2024年法治政府建设工作报告如下：\n" + THREE_PARTS_BODY
    )
    assert reading.level != "township"


# A report that tells of the press's coverage names reporters in a sentence, not in a byline.
@pytest.mark.parametrize(
    "sentence",
    [
        "全年邀请记者参与普法报道12次。",
        "全年接受省市媒体记者采访报道15次。",
        "组织通讯员撰写法治信息报道40篇。",
    ],
)
def test_reporters_in_a_reports_sentence_are_no_byline(sentence):
    reading = read_text(
        "2023年，我县坚持依法行政。现将有关情况报告如下：\n一、主要成效\n（一）普法宣传。"
        + sentence
        + "\n二、存在的不足\n基层力量薄弱。\n三、下一步打算\n继续推进。\n"
    )
    assert reading.kind == "annual_report"


@pytest.mark.parametrize(
    "byline",
    ["本报讯（记者 王一）", "见习记者 王一", "记者 王一 通讯员 李二"],
    ids=["lead", "title", "own_line"],
)
def test_a_byline_still_makes_a_story_news(byline):
    reading = read_text(
        byline + "\n3月1日，县政府召开常务会议，审议县司法局起草的2023年度法治政府建设情况报告。\n"
        "会议指出，要认真落实报告提出的各项任务。\n"
    )
    assert reading.kind == "not_report"


# A report whose subheadings are set in 【】 is no yearbook entry; a yearbook's page still is.
SUBHEADINGS = "【强化组织领导】县政府常务会议学法12次。\n【规范行政决策】审查重大决策8件。\n【严格执法】开展执法检查30次。\n"


@pytest.mark.parametrize(
    "head",
    ["2023年，我县坚持依法行政。现将有关情况报告如下：\n", TITLE + "\n【来源】县司法局\n"],
    ids=["under_an_opening_that_says_it_reports", "under_a_report_title_and_a_field_label"],
)
def test_a_reports_bracketed_subheadings_are_no_yearbook_entries(head):
    reading = read_text(head + SUBHEADINGS + "二、存在的不足\n基层力量薄弱。\n三、下一步打算\n继续推进。\n")
    assert reading.kind == "annual_report"


def test_a_yearbook_page_of_bracketed_entries_is_still_no_report():
    reading = read_text("2023卷\n" + SUBHEADINGS)
    assert reading.kind == "not_report"


def test_a_report_titled_as_a_briefing_has_its_title():
    title = "青禾镇2023年法治政府建设工作情况汇报"
    reading = read_text(title + "\n2023年，我镇坚持依法行政。现将有关情况汇报如下：\n" + THREE_PARTS_BODY)
    assert (reading.title, reading.kind, reading.level) == (title, "annual_report", "township")


# What a site prints after a title on its line, and a title in a table's cell: the title alone.
AFTER_THE_TITLE = [
    TITLE + "（此件公开发布）",
    TITLE + " 〔2024-03-20〕",
    TITLE + " 2024年3月20日 星期三",
    TITLE + " - 政务公开 - 青禾县人民政府",
    TITLE + "_部门文件",
    TITLE + " ｜ 青禾发布",
    TITLE + " 录入时间：2024-03-20",
    TITLE + " 发文单位：县司法局",
    TITLE + " 点击次数：[]",
    TITLE + " 分享：",
    TITLE + " 信息提供日期：2024-03-20",
    TITLE + " 【大 中 小】",
    "| " + TITLE + " |",
    "| [ 标题 ] | " + TITLE + " |",
    TITLE + " |",
]


@pytest.mark.parametrize("line", AFTER_THE_TITLE)
def test_what_a_site_prints_after_a_title_or_around_its_cell_is_not_part_of_it(line):
    reading = read_text(
        "| [ 索引号 ] | qh-2024-00009 | [ 发文字号 ] | 无 |\n| [ 主题分类 ] | 司法 | [ 体裁分类 ] | 工作报告 |\n"
        + line
        + "\n"
        + OPENING
        + THREE_PARTS_BODY
    )
    assert (reading.title, reading.kind) == (TITLE, "annual_report")


@pytest.mark.parametrize(
    "suffix", ["_青禾县人民政府", " - 政务公开 - 青禾县人民政府", "-青禾县人民政府门户网站"]
)
def test_a_sites_name_after_a_summary_and_plan_title_is_not_part_of_it(suffix):
    title = "青禾县司法局2023年法治政府建设工作总结和2024年工作计划"
    reading = read_text(title + suffix + "\n" + OPENING + THREE_PARTS_BODY)
    assert (reading.title, reading.kind) == (title, "annual_report")


def test_a_table_row_whose_last_cell_is_a_kind_of_document_is_no_title():
    reading = read_text(
        "| [ 主题分类 ] | 司法 | [ 体裁分类 ] | 工作报告 |\n" + TITLE + "\n" + OPENING + THREE_PARTS_BODY
    )
    assert reading.title == TITLE


def test_a_subtitle_after_a_long_dash_stays_with_its_title():
    title = "关于青禾县2023年度法治政府建设情况的报告——在县人大常委会会议上的报告"
    reading = read_text(title + "\n" + OPENING + THREE_PARTS_BODY)
    assert reading.title.startswith("关于青禾县2023年度法治政府建设情况的报告")
