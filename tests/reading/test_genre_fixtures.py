"""The forms real reports take, one fixture each (``fixtures/genre/``, written for these tests).

Each fixture states what a careful reader finds in it: metadata, the status of the
statutory parts, facts that must be read, and figures that must not take a total's code
(a subset: 撤回, 通过考试, 化解, 调解成功, 评选, 其中…). A DOCX and a PDF are built here
from fixture text with python-docx and reportlab.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from fazhi.reading import read

GENRE = Path(__file__).parent / "fixtures" / "genre"

S, M, A = "section", "mentioned", "absent"

# name: title, kind, region (name, code) or None, level, issuer, year, published,
# part statuses (results, shortcomings, first_responsible, next_plan, other)
REPORTS = {
    "city_eco_bureau_2023.txt": (
        "湖州市生态环境局2023年度法治政府建设工作报告",
        "annual_report",
        ("浙江省湖州市", "330500"),
        "department",
        "湖州市生态环境局",
        2023,
        "2024-03-28",
        (S, S, S, S, A),
    ),
    "province_dept_2022.txt": (
        "江西省自然资源厅2022年度法治政府建设情况报告",
        "annual_report",
        ("江西省", "360000"),
        "department",
        "江西省自然资源厅",
        2022,
        "2023-03-28",
        (S, S, S, S, A),
    ),
    "ministry_2023.txt": (
        "水利部2023年法治政府建设年度报告",
        "annual_report",
        None,
        "department",
        "水利部",
        2023,
        None,
        (S, S, S, S, A),
    ),
    "street_office_2023.txt": (
        "杭州市上城区湖滨街道办事处2023年度法治政府建设工作报告",
        "annual_report",
        ("浙江省杭州市上城区湖滨街道", "330102"),
        "township",
        "湖滨街道办事处",
        2023,
        None,
        (S, S, S, S, A),
    ),
    "township_xiang_2021.txt": (
        "新塘乡2021年法治政府建设工作情况报告",
        "annual_report",
        ("江西省九江市柴桑区新塘乡", "360404"),
        "township",
        "新塘乡人民政府",
        2021,
        "2022-01-20",
        (S, S, M, S, A),
    ),
    "county_chinese_year.txt": (
        "关于宾川县二〇二三年度法治政府建设情况的报告",
        "annual_report",
        ("云南省大理白族自治州宾川县", "532924"),
        "county",
        "宾川县人民政府",
        2023,
        None,
        (S, S, S, S, A),
    ),
    "city_combined_problem_next_2022.txt": (
        "芜湖市2022年度法治政府建设情况报告",
        "annual_report",
        ("安徽省芜湖市", "340200"),
        "city",
        "芜湖市人民政府",
        2022,
        None,
        (S, S, S, S, A),
    ),
    "county_title_tag_only.html": (
        "吴江区2023年度法治政府建设情况报告",
        "annual_report",
        ("江苏省苏州市吴江区", "320509"),
        "county",
        "吴江区人民政府",
        2023,
        "2024-03-28",
        (S, S, S, S, A),
    ),
    "county_h1_with_chrome.html": (
        "正定县人民政府2023年度法治政府建设工作报告",
        "annual_report",
        ("河北省石家庄市正定县", "130123"),
        "county",
        "正定县人民政府",
        2023,
        "2024-03-28",
        (S, S, S, S, A),
    ),
    "county_table_layout_gbk.html": (
        "武义县2022年度法治政府建设情况报告",
        "annual_report",
        ("浙江省金华市武义县", "330723"),
        "county",
        "武义县人民政府",
        2022,
        "2023-03-27",
        (S, S, S, S, A),
    ),
    "county_traditional_big5.txt": (
        "黄岩区2021年度法治政府建设情况报告",
        "annual_report",
        ("浙江省台州市黄岩区", "331003"),
        "county",
        "黄岩区人民政府",
        2021,
        "2022-03-25",
        (S, S, S, S, A),
    ),
    "banner_multi_year_chinese_numerals.txt": (
        "鄂托克旗二〇一六—二〇二〇年法治政府建设工作情况报告",
        "multi_year_report",
        ("内蒙古自治区鄂尔多斯市鄂托克旗", "150624"),
        "county",
        "鄂托克旗人民政府",
        2020,
        None,
        (S, S, S, S, S),
    ),
    "prefecture_short_name_2023.txt": (
        "恩施州2023年度法治政府建设情况报告",
        "annual_report",
        ("湖北省恩施土家族苗族自治州", "422800"),
        "city",
        "恩施土家族苗族自治州人民政府",
        2023,
        None,
        (S, S, S, S, A),
    ),
}

PERIODS = {"banner_multi_year_chinese_numerals.txt": {"start": 2016, "end": 2020}}
TRADITIONAL = {"county_traditional_big5.txt"}

NOT_REPORTS = [
    "not_work_points_2024.txt",
    "not_implementation_plan.txt",
    "not_interpretation_of_report.txt",
    "not_news_meeting.txt",
    "not_performance_report.txt",
    "not_consultation_call.txt",
    "not_disclosure_annual_report.txt",
    "not_government_work_report.txt",
    "not_personal_shufa_report.txt",
]


def _reading(name: str):
    return read(GENRE / name)


def _facts(reading) -> list[tuple]:
    return [(f.indicator, f.value, f.qualifier) for f in reading.facts]


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_report_metadata_and_parts(name):
    title, kind, region, level, issuer, year, published, parts = REPORTS[name]
    reading = _reading(name)
    assert reading.title == title
    assert reading.kind == kind
    assert reading.region == ({"name": region[0], "code": region[1]} if region else None)
    assert reading.level == level
    assert reading.issuer == issuer
    assert reading.year == year
    assert reading.period == PERIODS.get(name, {"start": year, "end": year})
    assert reading.published == published
    assert reading.script == ("traditional" if name in TRADITIONAL else "simplified")
    statuses = tuple(
        reading.elements[code].status
        for code in ("results", "shortcomings", "first_responsible", "next_plan", "other")
    )
    assert statuses == parts


@pytest.mark.parametrize("name", NOT_REPORTS)
def test_look_alikes_are_not_reports(name):
    assert _reading(name).kind == "not_report"


def test_combined_heading_names_shortcomings_and_next_plan():
    reading = _reading("city_combined_problem_next_2022.txt")
    assert reading.elements["shortcomings"].heading == "存在的问题及下一步工作打算"
    assert reading.elements["next_plan"].heading == "存在的问题及下一步工作打算"
    assert reading.compliance == {"compliant": True, "missing": [], "weak": []}


def test_a_passing_mention_of_the_first_responsible_person_is_weak():
    reading = _reading("township_xiang_2021.txt")
    assert reading.compliance["weak"] == ["first_responsible"]
    assert "第一责任人" in reading.elements["first_responsible"].evidence.text


def test_heading_styles_are_told_apart():
    styles = {h.style for h in _walk(_reading("city_eco_bureau_2023.txt").outline)}
    assert {"一、", "（一）", "1.", "（1）"} <= styles
    levels = {h.style: h.level for h in _walk(_reading("province_dept_2022.txt").outline)}
    assert levels["第一部分"] < levels["一、"]
    plain = [h for h in _walk(_reading("township_xiang_2021.txt").outline) if h.style == "plain"]
    assert [h.text for h in plain] == ["工作开展情况", "存在的不足", "明年工作打算"]


def test_inline_yi_shi_items_are_not_part_headings():
    reading = _reading("ministry_2023.txt")
    inline = [h for h in _walk(reading.outline) if h.style == "一是"]
    assert inline, "the 一是 items of the ministry report are in the outline"
    assert reading.elements["shortcomings"].heading == "存在的不足和原因"
    assert reading.elements["next_plan"].heading == "2024年工作安排"


def test_site_clock_and_signature_dates_are_not_the_publication_date():
    # The eco bureau page shows a site clock (2024-04-02) and a signature date (2024-03-20).
    assert _reading("city_eco_bureau_2023.txt").published == "2024-03-28"
    # The Chinese-numeral signature date is not a publication date either.
    assert _reading("county_chinese_year.txt").published is None


def test_a_sidebar_link_to_another_report_is_not_the_title():
    reading = _reading("county_title_tag_only.html")
    assert "2022" not in (reading.title or "")
    assert "相关阅读" not in reading.text


def _walk(headings):
    for heading in headings:
        yield heading
        yield from _walk(heading.children)


def _paragraphs(name: str) -> list[str]:
    return [line for line in (GENRE / name).read_text("utf-8").splitlines() if line.strip()]


def test_a_docx_built_from_fixture_text_reads_like_the_text():
    import docx

    lines = _paragraphs("township_xiang_2021.txt")
    document = docx.Document()
    for line in lines:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(line)
        run.bold = line in ("工作开展情况", "存在的不足", "明年工作打算")
    buffer = io.BytesIO()
    document.save(buffer)
    from_docx = read(buffer.getvalue())
    from_text = _reading("township_xiang_2021.txt")
    assert from_docx.format == "docx"
    for field in ("title", "kind", "region", "level", "issuer", "year", "published"):
        assert getattr(from_docx, field) == getattr(from_text, field), field
    assert _facts(from_docx) == _facts(from_text)
    assert {c: e.status for c, e in from_docx.elements.items()} == {
        c: e.status for c, e in from_text.elements.items()
    }


_BODY = (
    "\n{year}年，{subject}坚持以习近平法治思想为指导，深入推进依法行政，各项法治工作有序开展。现将有关情况报告如下：\n"
    "一、主要举措和成效\n全年受理行政复议案件30件。\n二、存在的不足\n执法规范化水平有待提升。\n"
    "三、党政主要负责人履行推进法治建设第一责任人职责情况\n主要负责人带头学法。\n四、下一步工作安排\n继续推进依法行政。\n"
)


@pytest.mark.parametrize(
    ("title", "subject", "region", "level", "issuer"),
    [
        (
            "湖北省恩施州2023年度法治政府建设情况报告",
            "恩施州",
            ("湖北省恩施土家族苗族自治州", "422800"),
            "city",
            "恩施土家族苗族自治州人民政府",
        ),
        (
            "长阳县2023年度法治政府建设情况报告",
            "长阳县",
            ("湖北省宜昌市长阳土家族自治县", "420528"),
            "county",
            "长阳土家族自治县人民政府",
        ),
        (
            "广州市天河区林和街道2023年法治政府建设年度报告",
            "林和街道",
            ("广东省广州市天河区林和街道", "440106"),
            "township",
            "林和街道办事处",
        ),
        ("国家税务总局2023年法治政府建设情况报告", "税务总局", None, "department", "国家税务总局"),
    ],
)
def test_short_names_and_street_offices(title, subject, region, level, issuer):
    reading = read((title + _BODY.format(year=2023, subject=subject)).encode())
    assert reading.region == ({"name": region[0], "code": region[1]} if region else None)
    assert (reading.level, reading.issuer, reading.year) == (level, issuer, 2023)


def test_menu_words_above_a_report_are_neither_its_title_nor_its_kind():
    page = (
        "政策解读\n通知公告\n2023年，某县坚持依法行政，各项法治工作有序开展。现将有关情况报告如下：\n"
        "一、主要举措和成效\n全年受理行政复议案件30件。\n二、存在的不足\n三、下一步工作安排\n"
    )
    reading = read(page.encode())
    assert reading.title is None
    assert reading.kind == "annual_report"


_DEPARTMENT_BODY = (
    "\n2023年，我局坚持依法行政，各项法治工作有序开展。现将有关情况报告如下：\n一、主要成效\n"
    "全年办理行政复议案件3件。\n二、存在的不足\n三、下一步工作安排\n"
)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("南京市审计局2023年度法治政府建设情况报告", "annual_report"),
        ("青禾县统计局2023年法治政府建设工作总结", "annual_report"),
        ("某县审计局2023年度部门整体支出绩效自评报告", "not_report"),
        ("某市2023年政府信息公开工作年度报告", "not_report"),
        ("区政府常务会议听取2023年度法治政府建设情况报告", "not_report"),
        ("德清县人民政府关于2023年度法治政府建设情况的报告（提请县人大常委会审议）", "annual_report"),
    ],
)
def test_a_body_named_for_another_kind_of_report_still_reports(title, kind):
    assert read((title + _DEPARTMENT_BODY).encode()).kind == kind


def test_a_page_laid_out_in_a_table_keeps_its_lines_and_bold_headings():
    reading = _reading("county_table_layout_gbk.html")
    assert reading.format == "html"
    assert not any(line.startswith("|") for line in reading.text.splitlines())
    plain = [h.text for h in _walk(reading.outline) if h.style == "plain"]
    assert plain[:2] == ["主要工作成效", "存在的不足"]


@pytest.mark.parametrize(
    "head",
    [
        "《德清县2023年度法治政府建设情况报告》\n",
        "德清县人民政府办公室\n2024年3月20日\n德清县2023年度法治政府建设情况报告\n",
        "德清县2023年度\n法治政府建设情况报告\n",
    ],
)
def test_title_in_book_marks_or_below_a_date_line(head):
    body = _BODY.format(year=2023, subject="德清县")
    reading = read((head + body.lstrip("\n")).encode())
    assert reading.title == "德清县2023年度法治政府建设情况报告"
    assert (reading.year, reading.issuer) == (2023, "德清县人民政府")


@pytest.mark.parametrize(
    ("title", "issuer", "level"),
    [
        ("德清县人民政府办公室2023年度法治政府建设情况报告", "德清县人民政府办公室", "department"),
        (
            "中共德清县委全面依法治县委员会办公室2023年工作总结",
            "中共德清县委全面依法治县委员会办公室",
            "department",
        ),
        ("国家税务总局杭州市税务局2023年法治政府建设工作报告", "国家税务总局杭州市税务局", "department"),
        ("德清县人民政府2023年度法治政府建设情况报告", "德清县人民政府", "county"),
    ],
)
def test_an_office_of_a_government_is_a_department(title, issuer, level):
    reading = read((title + _DEPARTMENT_BODY).encode())
    assert (reading.issuer, reading.level) == (issuer, level)
