"""Kind and region: the fourth pass of issue 16 (docs/reading-history.md, "Kind and region, fourth pass").

Gaps the third pass knew and left, each written for the test in our own words: a year's work with
the next year's plan whose title holds no 总结, a report whose first lines carry a field that books
also carry (书号：), and a 公告 or 公示 that publishes the whole report. Then forms met on published
pages (none of the labelled set): a title whose year has no 年 (street offices' reports) and a
document number a listing prints after a title; and a publication label sites use that the
filter did not know (信息时间：). Each rule keeps its look-alike on the other side. Bodies, numbers
and dates are invented; places are real where the region table is asked.
"""

from __future__ import annotations

import pytest

from .conftest import THREE_PARTS_BODY, read_text

OPENING = "2023年，我县坚持依法行政，现将有关情况报告如下：\n"


@pytest.mark.parametrize(
    "title",
    [
        "青禾县2023年法治政府建设工作和2024年工作计划",
        "青禾县2023年度法治政府建设工作及2024年工作打算",
        "青禾县2023年法治政府建设工作总结和2024年重点工作",
        "青禾县2023年法治政府建设情况暨2024年主要任务",
    ],
)
def test_a_years_work_joined_to_the_next_years_plan_is_the_report(title):
    reading = read_text(title + "\n" + OPENING + THREE_PARTS_BODY)
    assert (reading.kind, reading.title, reading.year) == ("annual_report", title, 2023)


@pytest.mark.parametrize(
    "title",
    [
        # one year only: the plan itself
        "青禾县法治政府建设工作和2024年工作要点",
        # the plan's own notice
        "关于印发青禾县2023年法治政府建设工作和2024年工作计划的通知",
    ],
)
def test_a_plan_that_names_no_earlier_year_or_comes_with_its_notice_is_no_report(title):
    reading = read_text(title + "\n" + OPENING + THREE_PARTS_BODY)
    assert reading.kind == "not_report"


@pytest.mark.parametrize(
    "field",
    ["书号：QH-2024-0031", "出版时间：2024-03-20"],
    ids=["a_catalogue_number", "a_release_date"],
)
def test_one_field_a_book_also_has_does_not_make_a_report_a_book(field):
    title = "青禾县2023年度法治政府建设情况报告"
    reading = read_text(title + "\n" + field + "\n" + OPENING + THREE_PARTS_BODY)
    assert (reading.kind, reading.title) == ("annual_report", title)


@pytest.mark.parametrize(
    "record",
    ["ISBN 978-7-0000-0000-0", "某某出版社出版\n书号：12-3456"],
    ids=["an_isbn", "a_publisher_and_a_catalogue_number"],
)
def test_a_books_record_still_makes_a_book(record):
    reading = read_text("法治政府建设的理论与实践\n" + record + "\n" + OPENING + THREE_PARTS_BODY)
    assert reading.kind == "not_report"


@pytest.mark.parametrize(
    "title",
    [
        "青禾县人民政府关于公布2023年度法治政府建设情况报告的公告",
        "关于青禾县2023年度法治政府建设情况的公告",
        "青禾县人民政府关于2023年度法治政府建设工作情况的公示",
        # probing pass: a notice that issues the report in book-title marks, with the report below
        "关于印发《青禾县2023年度法治政府建设情况报告》的通知",
        "青禾县人民政府办公室关于转发《青禾县2023年度法治政府建设工作报告》的通知",
    ],
)
def test_a_notice_that_publishes_the_whole_report_is_the_report(title):
    body = (
        OPENING + THREE_PARTS_BODY + "四、党政主要负责人履行推进法治建设第一责任人职责情况\n"
        "县政府主要负责人带头学法，主持召开专题会议研究法治工作。\n"
    )
    reading = read_text(title + "\n" + body)
    assert (reading.kind, reading.year) == ("annual_report", 2023)


def test_a_notice_that_only_points_to_the_report_is_no_report():
    reading = read_text(
        "关于青禾县2023年度法治政府建设情况的公告\n"
        "根据有关规定，现将我县2023年度法治政府建设情况报告予以公告，全文见附件。\n"
        "附件：青禾县2023年度法治政府建设情况报告\n青禾县人民政府\n2024年2月1日\n"
    )
    assert reading.kind == "not_report"


@pytest.mark.parametrize(
    "title",
    [
        "关于印发《青禾县2023年度法治政府建设情况报告》的通知",
        "关于印发《2023年度法治政府建设情况报告（参考提纲）》的通知",
        "关于报送2023年度法治政府建设情况报告的通知",
    ],
)
def test_a_notice_about_the_report_without_its_parts_is_no_report(title):
    reading = read_text(
        title + "\n各乡镇人民政府，县政府各部门：\n现将有关材料印发给你们，请认真贯彻落实。\n"
        "青禾县人民政府办公室\n2024年2月1日\n"
    )
    assert reading.kind == "not_report"


@pytest.mark.parametrize(
    ("title", "opening", "region", "level"),
    [
        (
            "汤头街道2024法治政府建设工作报告",
            "2024年，街道坚持依法行政，现将有关情况报告如下：\n",
            "汤头街道",
            "township",
        ),
        (
            "2024法治政府建设年度报告",
            "2024年，汤头街道坚持依法行政，现将有关情况报告如下：\n",
            "汤头街道",
            "township",
        ),
        (
            "2024岳麓区法治政府建设年度报告",
            "2024年，我区坚持依法行政，全区审查规范性文件10件，现将有关情况报告如下：\n",
            "岳麓区",
            "county",
        ),
    ],
    ids=["a_street_office_before_the_year", "a_street_office_in_the_opening", "a_district_after_the_year"],
)
def test_a_title_whose_year_has_no_nian_still_gives_the_body(title, opening, region, level):
    reading = read_text(title + "\n" + opening + THREE_PARTS_BODY)
    assert reading.region is not None and reading.region["name"].endswith(region), reading.region
    assert (reading.level, reading.year) == (level, 2024)


@pytest.mark.parametrize("number", ["青政发〔2024〕3号", "青政报[2024]12号"])
def test_a_document_number_printed_after_the_title_is_not_part_of_it(number):
    title = "青禾县人民政府关于2023年度法治政府建设情况的报告"
    reading = read_text(title + " " + number + "\n" + OPENING + THREE_PARTS_BODY)
    assert (reading.kind, reading.title) == ("annual_report", title)


def test_a_document_number_inside_a_title_stays():
    title = "青禾县关于落实青政发〔2024〕3号文件推进法治政府建设情况的报告"
    reading = read_text(title + "\n" + OPENING + THREE_PARTS_BODY)
    assert reading.title == title


@pytest.mark.parametrize(
    "line", ["信息时间：2024-03-20", "信息日期：2024年3月20日", "信息发布日期：2024-03-20"]
)
def test_an_information_date_under_the_title_is_the_publication_date(line):
    title = "青禾县2023年度法治政府建设情况报告"
    reading = read_text(title + "\n" + line + "\n" + OPENING + THREE_PARTS_BODY)
    assert (reading.title, reading.published) == (title, "2024-03-20")
    assert line not in reading.text


def test_a_sentence_about_information_and_its_time_stays_in_the_text():
    sentence = "全县按时公开各类政府信息，信息时间和内容准确无误。"
    reading = read_text("青禾县2023年度法治政府建设情况报告\n" + OPENING + sentence + "\n" + THREE_PARTS_BODY)
    assert sentence in reading.text
