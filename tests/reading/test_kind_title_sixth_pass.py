"""Kind, title and level: the sixth pass of issue 16 (docs/reading-history.md, "Kind, title and level, sixth pass").

Two genres the grown tuning part showed. A site prints its column's label above the title, on a
line of its own (政府信息公开, 通知公告, 部门动态) or in 【】 before a title that opens with its year:
the label is not the title's first half, and a report under it stays a report of its place. A
department reports for itself, opening with its own name as the subject (2024年，某县市场监督管理局
根据…); its level is ``department`` whatever verb follows, and "since the report's own year"
(2023年以来 in a 2023 report) is no span of years. Then the genres of who reports (a signature
that places a body whose opening speaks only as 全镇 or 我局; a host's name above a title headed by
its own body, 县司法局2023年…; a government that guides its bureau) and three pages that carry a
report's opening without being one (a template's placeholder subject, a notice asking for the
reports, an experience under a headline). Each case keeps its other side. Bodies and wording are
invented; places are real where the region table is asked.
"""

from __future__ import annotations

import pytest

from .conftest import COUNTY_OPENING, THREE_PARTS_BODY, expect, read_text

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


TOWNSHIP_OPENING = "2023年，全镇坚持以习近平法治思想为指导，我镇法治政府建设取得新成效。\n"

# Who reports, when the opening speaks only as 全镇 or 我局: the signature at the end places it.
SIGNED = [
    (
        "a_township_signed_with_its_county",
        "2023年法治政府建设工作报告\n"
        + TOWNSHIP_OPENING
        + THREE_PARTS_BODY
        + "淳安县汾口镇人民政府\n2024年1月15日\n",
        {"level": "township", "region_ends": "汾口镇"},
    ),
    (
        "a_bureau_signed_with_its_county",
        "2023年法治政府建设工作报告\n2023年，我局坚持依法行政，本局法治政府建设取得新成效。\n"
        + THREE_PARTS_BODY
        + "淳安县司法局\n2024年1月15日\n",
        {"level": "department", "region_ends": "淳安县"},
    ),
    (
        # the other side: an unsigned township's report that never names itself gives no region
        "an_unsigned_township_naming_no_place",
        "2023年法治政府建设工作报告\n" + TOWNSHIP_OPENING + THREE_PARTS_BODY,
        {"level": "township", "region_name": None},
    ),
]

# A site's or a government's name above a whole title headed by its own body's level word.
HOSTED = [
    (
        "a_county_sites_name_above_a_bureaus_title",
        "淳安县人民政府门户网站\n县司法局2023年法治政府建设年度报告\n"
        "2023年，我局坚持以习近平法治思想为指导，本局法治政府建设取得新成效。\n" + THREE_PARTS_BODY,
        {"title": "县司法局2023年法治政府建设年度报告", "level": "department", "region_ends": "淳安县"},
    ),
    (
        "a_county_governments_name_above_a_township_title_naming_no_place",
        "淳安县人民政府\n镇政府2023年法治政府建设情况报告\n" + TOWNSHIP_OPENING + THREE_PARTS_BODY,
        {"title": "镇政府2023年法治政府建设情况报告", "level": "township", "region_name": None},
    ),
    (
        # the other side: a government acting on its bureau is the subject, not the bureau
        "a_government_that_guides_its_bureau",
        "2023年，县政府指导县司法局扎实推进法治政府建设，全县法治政府建设取得新成效，我县各项工作稳步推进。\n"
        + THREE_PARTS_BODY,
        {"level_is_not": "department"},
    ),
]


@pytest.mark.parametrize(
    ("page", "fields"), [case[1:] for case in SIGNED + HOSTED], ids=[c[0] for c in SIGNED + HOSTED]
)
def test_who_reports_by_its_signature_or_its_own_title(page, fields):
    expect(read_text(page), fields)


def test_the_issuer_evidence_says_what_named_it():
    # A signature is told as a signature and a letterhead as a letterhead, not one for the other.
    signed = read_text(SIGNED[0][1])
    assert signed.metadata_evidence["issuer"].source == "signature"
    assert signed.issuer == "汾口镇人民政府"
    headed = read_text(
        "2021年法治政府建设工作情况报告\n索引号：001/2022-00021\n杭州市淳安县汾口镇人民政府\n"
        "2021年法治政府建设工作情况报告\n2021年我深入贯彻上级部门关于法治政府建设的要求，认真开展各项工作，"
        "现将有关情况汇报如下：\n" + THREE_PARTS_BODY
    )
    assert headed.metadata_evidence["issuer"].source == "letterhead"


# Pages without a report title that carry a report's opening; none of them is a report.
NOT_REPORTS = [
    (
        "a_template_whose_subject_is_a_placeholder",
        "2023年，XX镇坚持以习近平法治思想为指导，全镇法治政府建设取得新成效，现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
    ),
    (
        "a_notice_asking_for_the_reports",
        "各乡镇人民政府，县政府各部门：\n根据有关规定，现将报送2023年度法治政府建设情况报告有关事项通知如下：\n"
        "一、报送内容\n各单位2023年度法治政府建设工作情况，包括主要举措和成效、存在的不足、下一步工作打算。\n"
        "二、报送时间\n请于2024年1月20日前报送县司法局。\n",
    ),
    (
        "an_experience_under_a_place_and_colon_headline",
        "淳安县：“三个坚持”推进法治政府建设\n"
        "2023年以来，淳安县坚持以习近平法治思想为指导，聚焦“三个坚持”，推动法治政府建设取得新成效。\n"
        "一是坚持高位推动。县委、县政府主要负责人专题研究法治政府建设工作4次。\n"
        "二是坚持规范执法。全年开展执法检查12次。\n三是坚持普法宣传。开展法治宣传活动35场次。\n",
    ),
]


@pytest.mark.parametrize("page", [case[1] for case in NOT_REPORTS], ids=[c[0] for c in NOT_REPORTS])
def test_a_page_that_only_carries_a_reports_opening_is_no_report(page):
    assert read_text(page).kind != "annual_report"


STILL_REPORTS = [
    (
        "a_report_whose_opening_names_a_real_township",
        "2023年，汾口镇坚持以习近平法治思想为指导，全镇法治政府建设取得新成效，现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
    ),
    (
        "a_county_report_under_its_title",
        "淳安县2023年法治政府建设年度报告\n" + COUNTY_OPENING + THREE_PARTS_BODY,
    ),
    (
        "a_report_whose_slogan_is_quoted_below_its_title",
        "淳安县2023年法治政府建设年度报告\n2023年，淳安县聚焦“三个坚持”，坚持以习近平法治思想为指导，"
        "全县法治政府建设取得新成效。\n" + THREE_PARTS_BODY,
    ),
]


@pytest.mark.parametrize("page", [case[1] for case in STILL_REPORTS], ids=[c[0] for c in STILL_REPORTS])
def test_a_report_beside_those_stays_a_report(page):
    assert read_text(page).kind == "annual_report"


COUNTY_TITLE = "淳安县2023年法治政府建设年度报告"

# What a site prints around a title: a column's name above it, a mark before it, its issuer or
# the site after it. The title is read without them.
AROUND_THE_TITLE = [
    ("a_columns_yearly_report_name_above_the_dated_title", "法治政府建设年度报告\n" + COUNTY_TITLE),
    ("a_star_before_the_title", "★" + COUNTY_TITLE),
    ("the_site_after_a_space", COUNTY_TITLE + " 淳安县人民政府"),
    ("the_issuer_in_brackets", COUNTY_TITLE + "（淳安县人民政府）"),
]


@pytest.mark.parametrize("head", [case[1] for case in AROUND_THE_TITLE], ids=[c[0] for c in AROUND_THE_TITLE])
def test_what_a_site_prints_around_a_title_is_not_part_of_it(head):
    expect(read_text(head + "\n" + COUNTY_OPENING + THREE_PARTS_BODY), {"title": COUNTY_TITLE})


def test_a_subject_in_brackets_that_names_no_body_stays_in_the_title():
    title = "关于淳安县法治政府建设情况的报告（2023年）"
    expect(read_text(title + "\n" + COUNTY_OPENING + THREE_PARTS_BODY), {"title": title})


# The page's date, as web pages print it under the title; a document's own date is not one.
DATES = [
    ("a_blog_style_label", "发表于 2024-03-20", "2024-03-20"),
    ("a_web_date_in_square_brackets", "[2024-03-20]", "2024-03-20"),
    ("a_date_before_a_bar_and_its_publisher", "2024-03-20 | 淳安县司法局", "2024-03-20"),
    ("a_documents_own_date_in_round_brackets", "（2024年3月20日）", None),
    ("a_drawing_up_date", "成文日期：2024-03-18", None),
]


@pytest.mark.parametrize(("line", "published"), [c[1:] for c in DATES], ids=[c[0] for c in DATES])
def test_the_pages_date_under_its_title(line, published):
    reading = read_text(COUNTY_TITLE + "\n" + line + "\n" + COUNTY_OPENING + THREE_PARTS_BODY)
    expect(reading, {"published": published, "title": COUNTY_TITLE})


FIRST_RESPONSIBLE = (
    "四、党政主要负责人履行推进法治建设第一责任人职责情况\n县委书记、县长专题研究法治工作4次。\n"
)


def test_a_report_published_whole_under_a_title_ending_in_gongshi_is_the_report():
    page = "淳安县2023年度法治政府建设年度报告公示\n" + COUNTY_OPENING + THREE_PARTS_BODY + FIRST_RESPONSIBLE
    expect(read_text(page), {"kind": "annual_report"})


def test_a_gongshi_that_only_points_to_the_report_stays_a_notice():
    page = (
        "淳安县2023年度法治政府建设年度报告公示\n"
        "根据有关规定，现将《淳安县2023年度法治政府建设年度报告》予以公示，详见附件。\n"
    )
    assert read_text(page).kind != "annual_report"
