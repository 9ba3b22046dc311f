"""Metadata: the tenth pass of issue 16 (docs/reading-history.md, "Metadata, tenth pass").

``fixtures/genre/kind_tenth_pass.tsv`` holds openings written for these tests: real reports'
openings of every level and year style (a 2015 body addressed to the government above, the 2020s
`现将…情况报告如下`, a township's and a department's, one in a work summary's form) beside the
look-alikes whose opening reads like a report's (a news story's headline over a dated lead, a
leader's speech, a year-end summary of all the work with next year's ideas, a half-year summary,
an inspection's feedback and the rectification report, a meeting's minutes, a yearbook entry, a
述法 report, a sharing site's template, a content farm's copy). A look-alike may be `not_report`
or `uncertain` (`not_annual`), never `annual_report`, with the learned model or without it.
A genre the rules themselves know (`set_aside`: a sector's or the Party committee's year, a
forwarding notice, a law-popularization plan's summary, recent years) is `not_report` with the model
and without it.

The eleventh pass added its rows here (docs/reading-history.md, "Metadata, eleventh pass"): a line of
work's report, placeholders run onto a title's line, a template's year, a story's lead dated by the
day, a disclosure report's own lines; and a bulleted title row, a web date in brackets beside the
title, a headline printed again under its letterhead, a department that says it reports.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fazhi.reading import kind_model

from .conftest import read_text

TABLE = Path(__file__).parent / "fixtures" / "genre" / "kind_tenth_pass.tsv"


def cases() -> list[tuple[str, str, str]]:
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            ident, kind, page = line.split("\t")
            rows.append((ident, kind, page.replace("\\n", "\n")))
    return rows


CASES = cases()
# A look-alike the engine still reads as a report (a headline with a predicate over a dated lead:
# the rule that set it aside cost a held-out report and was switched off): an expected failure, so
# that the day it is read right the test says so.
GAP = pytest.mark.xfail(strict=True, reason="known gap: a story's headline over a dated lead")
LOOK_ALIKES = [
    pytest.param(page, id=ident, marks=[GAP] if kind == "gap" else [])
    for ident, kind, page in CASES
    if kind != "annual_report"
]
BY_GENRE = [
    pytest.param(page, kind, id=ident, marks=[GAP] if kind == "gap" else []) for ident, kind, page in CASES
]


def test_the_table_holds_both_sides():
    kinds = [kind for _, kind, _ in CASES]
    assert kinds.count("annual_report") >= 10 and len(kinds) - kinds.count("annual_report") >= 15


@pytest.mark.parametrize(("page", "kind"), BY_GENRE)
def test_an_opening_is_read_by_its_genre(page, kind):
    got = read_text(page).kind
    if kind in ("not_annual", "gap"):
        assert got in ("not_report", "uncertain")
    elif kind == "set_aside":
        assert got == "not_report"
    else:
        assert got == kind


@pytest.mark.parametrize("page", LOOK_ALIKES)
def test_the_rules_alone_never_make_a_look_alike_a_report(page, monkeypatch):
    monkeypatch.setattr(kind_model, "ENABLED", False)
    assert read_text(page).kind != "annual_report"


# A genre the rules themselves set aside (kind ``set_aside``): not_report without the model too.
SET_ASIDE = [pytest.param(page, id=ident) for ident, kind, page in CASES if kind == "set_aside"]


@pytest.mark.parametrize("page", SET_ASIDE)
def test_the_rules_alone_set_aside_a_genre_they_know(page, monkeypatch):
    monkeypatch.setattr(kind_model, "ENABLED", False)
    assert read_text(page).kind == "not_report"


# Region, level, publication date and title by genre: each form with its other side (abstention
# where the text does not tell). Places are real; the pages are written for these tests.
BODY = (
    "一、主要举措和成效\n（一）加强组织领导。召开常务会议专题研究法治政府建设4次。\n"
    "（二）推进严格规范公正文明执法。开展行政执法案卷评查2次。\n"
)
REPORTS = "现将有关情况报告如下：\n"
COUNTY_TITLE = "淳安县2023年度法治政府建设情况报告"
COUNTY_LEAD = "2023年，淳安县坚持依法行政。" + REPORTS + BODY

PLACES = [
    (
        "a_district_by_its_short_name",
        "浦东新区2023年法治政府建设情况报告\n2023年，浦东坚持依法行政，全区法治政府建设取得新成效。\n" + BODY,
        "浦东新区",
        "county",
    ),
    (
        "a_prefecture_by_its_short_name",
        "2023年，黔东南州坚持依法行政，全州法治政府建设取得新成效。" + REPORTS + BODY,
        "黔东南苗族侗族自治州",
        "city",
    ),
    (
        "a_prefecture_speaking_as_itself",
        "恩施州2023年法治政府建设情况报告\n2023年，全州坚持依法行政。\n" + BODY,
        "恩施土家族苗族自治州",
        "city",
    ),
    (
        "a_banner_by_its_short_name",
        "科右中旗2023年法治政府建设情况报告\n2023年，全旗坚持依法行政。\n" + BODY,
        "科尔沁右翼中旗",
        "county",
    ),
    (
        "an_autonomous_banner_by_its_short_name",
        "2023年，鄂温克旗坚持依法行政，全旗法治政府建设取得新成效。" + REPORTS + BODY,
        "鄂温克族自治旗",
        "county",
    ),
    (
        "an_autonomous_county_by_its_short_name",
        "2023年，长阳县坚持依法行政，全县法治政府建设取得新成效。" + REPORTS + BODY,
        "长阳土家族自治县",
        "county",
    ),
    (
        "a_department_naming_its_city",
        "杭州市市场监督管理局2023年法治政府建设情况报告\n2023年，我局坚持依法行政。\n" + BODY,
        "杭州市",
        "department",
    ),
    (
        "a_bare_department_whose_text_names_its_city",
        "市司法局2023年度法治政府建设情况报告\n2023年，市司法局坚持依法行政，推动绍兴市法治政府建设，全市办理行政复议案件300件。\n"
        + BODY,
        "绍兴市",
        "department",
    ),
    (
        "a_prefectures_bureau_by_the_short_name",
        "2023年，湘西州司法局坚持依法行政，全州法治政府建设取得新成效。" + REPORTS + BODY,
        "湘西土家族苗族自治州",
        "department",
    ),
    (
        "a_provincial_department",
        "浙江省司法厅2023年度法治政府建设情况报告\n2023年，省司法厅坚持依法行政，全省法治政府建设取得新成效。\n"
        + BODY,
        "浙江省",
        "department",
    ),
    (
        "a_city_bureaus_branch_in_a_district",
        "2023年，宁波市生态环境局鄞州分局坚持依法行政，全区生态环境法治建设取得新成效。" + REPORTS + BODY,
        "鄞州区",
        "department",
    ),
    # a branch named after no district of its city (高新分局) stays the city's
    (
        "a_city_bureaus_branch_in_a_zone",
        "2023年，宁波市公安局高新分局坚持依法行政。" + REPORTS + BODY,
        "宁波市",
        "department",
    ),
    (
        "a_county_bureau_naming_its_township",
        "2023年，县司法局坚持依法行政，全县法治政府建设取得新成效，千岛湖镇获评省级民主法治村。"
        + REPORTS
        + BODY,
        "淳安县",
        "department",
    ),
    (
        "a_district_bureau_naming_its_streets",
        "2023年，区司法局坚持依法行政，指导湖滨街道、小营街道开展法治建设，全区法治政府建设取得新成效。"
        + REPORTS
        + BODY,
        "上城区",
        "department",
    ),
    # eleventh pass: the sentence that reports names a department (现将我局…汇报如下), whatever the
    # opening says of its county's or its city's work
    (
        "a_bureau_that_opens_on_its_countys_work",
        "2023年，我县司法行政工作坚持依法行政，为淳安县经济社会发展提供法治保障，全县社会和谐稳定。"
        "现将我局2023年度法治政府建设情况汇报如下：\n" + BODY,
        "淳安县",
        "department",
    ),
    (
        "a_commission_that_opens_on_its_citys_work",
        "2023年，我市生态环境工作坚持依法行政，全市生态环境质量持续改善，绍兴市法治政府建设取得新成效。"
        "现就我委2023年度法治政府建设工作报告如下：\n" + BODY,
        "绍兴市",
        "department",
    ),
    (
        "a_county_that_names_its_bureau",
        "2023年，淳安县坚持依法行政，我局配合县政府做好执法监督，全县法治政府建设取得新成效。"
        "现将我县2023年度法治政府建设情况报告如下：\n" + BODY,
        "淳安县",
        "county",
    ),
    # the other side: the text does not tell which place, so the region is null with a reason
    (
        "a_district_whose_name_many_share",
        "2023年，鼓楼区坚持依法行政，全区法治政府建设取得新成效。" + REPORTS + BODY,
        None,
        "county",
    ),
    (
        "a_bare_department_naming_no_city",
        "市司法局2023年度法治政府建设情况报告\n2023年，市司法局坚持依法行政，全市法治政府建设取得新成效。\n"
        + BODY,
        None,
        "department",
    ),
    (
        "a_prefecture_that_never_names_itself",
        "2023年，全州坚持依法行政，法治政府建设取得新成效。" + REPORTS + BODY,
        None,
        "city",
    ),
]


@pytest.mark.parametrize(("page", "region", "level"), [c[1:] for c in PLACES], ids=[c[0] for c in PLACES])
def test_region_and_level_by_genre(page, region, level):
    reading = read_text(page)
    assert reading.level == level
    if region is None:
        assert reading.region is None
        assert reading.metadata_evidence["region"].reason
    else:
        assert reading.region["name"].endswith(region)


DATES = [
    ("a_labelled_time", "发布时间：2024-03-15 10:20", "2024-03-15"),
    ("a_date_in_dots", "发布日期：2024.03.15", "2024-03-15"),
    ("a_source_then_a_slashed_date", "来源：淳安县司法局 发布日期：2024/03/15 浏览次数：123", "2024-03-15"),
    ("a_bracketed_label", "【发布时间：2024-03-15】【字号：大 中 小】", "2024-03-15"),
    ("a_bare_date_label", "日期：2024年03月15日 浏览次数：123", "2024-03-15"),
    ("a_date_and_time_then_the_source", "2024-03-15 15:30:00 来源：淳安县人民政府", "2024-03-15"),
    ("a_writing_date_beside_the_publication_date", "发文日期：2024-03-10 发布日期：2024-03-15", "2024-03-15"),
    ("a_dated_byline_with_its_weekday", "2024年03月15日 星期五 来源：淳安县司法局", "2024-03-15"),
    ("a_source_then_a_date_with_its_weekday", "来源：淳安县司法局 2024年03月15日 星期五", "2024-03-15"),
    ("an_entry_date", "录入时间：2024-03-15", "2024-03-15"),
    ("an_upload_date", "上传日期：2024-03-15", "2024-03-15"),
    ("a_release_label", "信息发布：2024-03-15", "2024-03-15"),
    ("a_bare_release_label", "发布：2024-03-15", "2024-03-15"),
    ("a_date_and_its_publisher_without_a_bar", "2024年3月15日 淳安县司法局", "2024-03-15"),
    ("a_writing_date_before_the_publication_date", "撰写时间：2024-03-10 发布时间：2024-03-15", "2024-03-15"),
    # the other side: a site's clock and its visitor counter name no publication
    ("a_site_clock", "2025年12月03日 星期三", None),
    ("a_site_clock_with_its_counter", "2025年12月03日 星期三 总访问量：123456", None),
    ("a_writing_date_alone", "撰写时间：2024-03-10", None),
    # eleventh pass: a web date in full-width square brackets, which the repair stage leaves in the text;
    # a date in round brackets under the title may be the document's own and gives none
    ("a_web_date_in_full_width_square_brackets", "［2024-03-15］", "2024-03-15"),
    ("a_web_date_and_time_in_full_width_square_brackets", "［2024-03-15 10:20］", "2024-03-15"),
    ("a_date_in_round_brackets_under_the_title", "（2024-03-15）", None),
    # probing pass (4 December): a byline in brackets, or with several credits, that the repair stage
    # leaves in the text; its date in words or without a credit stays the document's
    ("a_byline_in_full_width_brackets", "（来源：淳安县司法局  2024-03-15）", "2024-03-15"),
    ("a_byline_in_ascii_brackets", "(来源:淳安县司法局 2024-03-15)", "2024-03-15"),
    ("a_writer_and_a_source_then_a_web_date", "作者：王某 来源：淳安县司法局 2024-03-15 10:20", "2024-03-15"),
    ("an_editor_then_a_web_date_in_brackets", "（责任编辑：李某 2024.03.15）", "2024-03-15"),
    ("a_body_and_a_date_in_round_brackets", "（淳安县司法局 2024-03-15）", None),
    # probing pass, kind (second session): a credit and a web date behind a bar; a writing date stays none
    ("a_writer_then_a_web_date_behind_a_bar", "作者：淳安县司法局 | 2024.03.15", "2024-03-15"),
    (
        "a_source_then_a_web_date_behind_a_full_width_bar",
        "来源：淳安县司法局｜2024-03-15 10:20",
        "2024-03-15",
    ),
    ("a_writer_then_a_documents_date_in_words_behind_a_bar", "作者：淳安县司法局 | 2024年3月15日", None),
    ("an_added_date", "添加时间：2024-03-15", "2024-03-15"),
    ("a_blog_label_with_a_colon", "发表于：2024-03-15", "2024-03-15"),
    ("a_bare_time_label_in_brackets", "【时间：2024-03-15】", "2024-03-15"),
    ("a_meeting_time_in_brackets", "【会议时间：2024-03-10】", None),
    # a web date and time with an empty byline label run onto it
    ("a_web_date_and_time_run_onto_a_source_label", "2024-03-15 08:45:00来源：", "2024-03-15"),
    ("a_web_date_and_time_run_onto_a_writer_label", "2024-03-15 08:45作者：淳安县司法局", "2024-03-15"),
    # a list item's web date and a time in words (• 2024年03月15日 09时24分)
    ("a_bulleted_web_date_with_a_time_in_words", "• 2024年03月15日 09时24分", "2024-03-15"),
    ("a_web_date_with_a_time_in_words", "2024年03月15日 09时24分 来源：淳安县司法局", "2024-03-15"),
    # twelfth session's probe: a body's name and the web date behind a space
    ("a_body_then_a_web_date_behind_a_space", "淳安县司法局 2024-03-15", "2024-03-15"),
    ("a_government_then_a_web_date_and_time", "淳安县人民政府 2024-03-15 10:20", "2024-03-15"),
    # thirteenth session: a site's name and address before a time label, an empty source after it
    (
        "a_sites_name_and_address_then_a_time_and_a_source",
        "杭州市人民政府门户网站 www.hangzhou.gov.cn 时间:2024-03-15 来源:",
        "2024-03-15",
    ),
    (
        "a_sites_name_then_a_time_and_a_source",
        "淳安县人民政府网 时间：2024年3月15日 来源：县司法局",
        "2024-03-15",
    ),
    # a meeting's time and its organiser in the text is no byline
    ("a_meeting_time_then_its_organiser", "会议时间：2024-03-10 主办：县司法局", None),
]


@pytest.mark.parametrize(("line", "published"), [c[1:] for c in DATES], ids=[c[0] for c in DATES])
def test_publication_date_by_the_lines_form(line, published):
    assert read_text(f"{COUNTY_TITLE}\n{line}\n{COUNTY_LEAD}").published == published


BESIDE_TITLE = [
    ("a_web_date_beside_the_title", COUNTY_TITLE + " 2024-12-12", "2024-12-12"),
    ("the_issuer_and_a_web_date_beside_the_title", COUNTY_TITLE + " 淳安县人民政府 2024-12-12", "2024-12-12"),
    # the other side: a document's own date, in words or in brackets, is not the page's
    ("a_documents_date_in_words_beside_the_title", COUNTY_TITLE + " 2024年12月12日", None),
    ("a_documents_date_in_brackets_beside_the_title", COUNTY_TITLE + "（2024年12月12日）", None),
    # eleventh pass: a listing's web date in figures, in brackets after the title
    ("a_web_date_in_round_brackets_beside_the_title", COUNTY_TITLE + " (2024-12-12)", "2024-12-12"),
    ("a_web_date_in_full_width_brackets_beside_the_title", COUNTY_TITLE + "（2024-12-12）", "2024-12-12"),
    ("a_web_date_in_lenticular_brackets_beside_the_title", COUNTY_TITLE + "【2024/12/12】", "2024-12-12"),
    ("a_dotted_web_date_in_brackets_beside_the_title", COUNTY_TITLE + " (2024.12.12)", "2024-12-12"),
    # probing pass, kind (second session): the byline run onto the title's line gives its labelled date;
    # a document's own date run on gives none
    (
        "a_byline_with_a_time_run_onto_the_title",
        COUNTY_TITLE + " 来源：淳安县司法局 时间：2024-12-12",
        "2024-12-12",
    ),
    (
        "a_publication_date_in_words_run_onto_the_title",
        COUNTY_TITLE + " 发布日期：2024年12月12日",
        "2024-12-12",
    ),
    ("a_writing_date_run_onto_the_title", COUNTY_TITLE + " 成文日期：2024-12-10", None),
    (
        "a_writing_and_a_publication_date_run_onto_the_title",
        COUNTY_TITLE + " 成文日期：2024-12-10 发布日期：2024-12-12",
        "2024-12-12",
    ),
    # probing pass, kind (second session): a web date run onto the title without the space a copy lost
    ("a_web_date_run_onto_the_title", COUNTY_TITLE + "2024-12-12", "2024-12-12"),
    ("a_web_date_and_time_run_onto_the_title", COUNTY_TITLE + "2024-12-12 09:30", "2024-12-12"),
    ("a_documents_date_in_words_run_onto_the_title", COUNTY_TITLE + "2024年12月12日", None),
]


@pytest.mark.parametrize(
    ("line", "published"), [c[1:] for c in BESIDE_TITLE], ids=[c[0] for c in BESIDE_TITLE]
)
def test_a_date_beside_the_title(line, published):
    reading = read_text(f"{line}\n{COUNTY_LEAD}")
    assert (reading.title, reading.published) == (COUNTY_TITLE, published)


def test_a_signature_date_is_no_publication_date():
    page = f"{COUNTY_TITLE}\n{COUNTY_LEAD}淳安县人民政府\n2024年3月10日\n"
    assert read_text(page).published is None


TITLES = [
    ("a_sites_name_after_an_underscore", COUNTY_TITLE + "_淳安县人民政府"),
    ("a_column_label_in_brackets", "【政务公开】" + COUNTY_TITLE),
    ("a_column_and_site_after_dashes", COUNTY_TITLE + " - 法治政府建设 - 淳安县司法局"),
    ("a_portal_after_a_bar", COUNTY_TITLE + "|淳安县人民政府门户网站"),
    ("a_field_label", "标题：" + COUNTY_TITLE),
    ("a_web_date_in_square_brackets", COUNTY_TITLE + " [2024-03-15]"),
    ("a_font_size_widget", COUNTY_TITLE + " 字号：大 中 小"),
    ("a_breadcrumb", "首页 > 政务公开 > 法治政府建设 > " + COUNTY_TITLE),
    ("a_source_in_brackets", COUNTY_TITLE + "（来源：淳安县司法局）"),
    ("a_view_counter", COUNTY_TITLE + " 浏览次数：1234"),
    ("the_publisher_after_a_dash", COUNTY_TITLE + "——淳安县人民政府"),
    ("print_and_close_buttons", COUNTY_TITLE + "【打印本页】【关闭窗口】"),
    ("a_column_before_a_bar", "法治政府建设｜" + COUNTY_TITLE),
    ("the_issuer_and_a_web_date_after_it", COUNTY_TITLE + " 淳安县人民政府 2024-03-15"),
    ("the_issuer_and_a_dated_time_after_it", COUNTY_TITLE + " 淳安县司法局 2024/3/15 09:30"),
    # eleventh pass: a title row that is an item of a bulleted metadata list, its label spaced or not
    ("a_bulleted_spaced_title_row", "• 标 题：" + COUNTY_TITLE),
    ("a_dashed_title_row", "- 标题：" + COUNTY_TITLE),
    ("a_bulleted_name_row", "● 名  称：" + COUNTY_TITLE),
    ("a_dotted_title_name_row", "· 题 名：" + COUNTY_TITLE),
    ("a_site_after_a_spaced_slash", COUNTY_TITLE + " / 淳安县人民政府"),
    ("a_forwarding_label", "转发：" + COUNTY_TITLE),
    ("a_title_set_with_its_letters_spaced", "淳 安 县 2023 年 度 法 治 政 府 建 设 情 况 报 告"),
    ("a_title_set_with_its_figures_spaced_too", "淳 安 县 2 0 2 3 年 度 法 治 政 府 建 设 情 况 报 告"),
    # probing pass, kind (second session): a title quoted whole; a document's own fields run onto its line
    ("a_title_quoted_whole", "“" + COUNTY_TITLE + "”"),
    ("a_writing_date_run_onto_the_title", COUNTY_TITLE + " 成文日期：2024-02-20"),
    ("a_document_number_field_run_onto_the_title", COUNTY_TITLE + " 文号：淳政〔2024〕5号"),
    (
        "a_writing_and_a_publication_date_run_onto_the_title",
        COUNTY_TITLE + " 成文日期：2024-02-20 发布日期：2024-02-26",
    ),
]


@pytest.mark.parametrize("line", [c[1] for c in TITLES], ids=[c[0] for c in TITLES])
def test_a_sites_label_is_not_kept_in_the_title(line):
    assert read_text(f"{line}\n{COUNTY_LEAD}").title == COUNTY_TITLE


def test_a_title_keeps_its_own_note():
    # the other side: a note that is the document's own (公开版) stays in its title
    assert read_text(f"{COUNTY_TITLE}（公开版）\n{COUNTY_LEAD}").title == COUNTY_TITLE + "（公开版）"


def test_a_branch_is_issued_under_its_own_name():
    page = "2023年，宁波市生态环境局鄞州分局坚持依法行政，全区生态环境法治建设取得新成效。" + REPORTS + BODY
    assert read_text(page).issuer == "宁波市生态环境局鄞州分局"


YEARS = [
    (
        "a_year_in_brackets_without_nian",
        "淳安县法治政府建设年度报告（2023）\n我县坚持依法行政。\n" + BODY,
        2023,
    ),
    (
        "a_year_before_the_topic_without_nian",
        "千岛湖镇2024法治政府建设年度报告\n我镇坚持依法行政。\n" + BODY,
        2024,
    ),
    (
        # the title's 报告 above a line dated 2024年1月以来 names no year; the sentence that reports does
        "the_reporting_sentence_under_an_undated_title",
        "淳安县法治政府建设情况报告\n2024年1月以来，我县坚持依法行政。现将2023年度法治政府建设情况报告如下：\n"
        + BODY,
        2023,
    ),
    # probing pass, kind (second session): an undated report tells of its publication's year when it
    # says 今年; published in November or December without it, it may tell of either year
    (
        "an_undated_report_of_this_year_published_in_december",
        "淳安县法治政府建设年度报告\n发布时间：2023-12-20\n今年以来，淳安县坚持依法行政。" + REPORTS + BODY,
        2023,
    ),
    (
        "an_undated_report_published_in_march",
        "淳安县法治政府建设年度报告\n发布时间：2024-03-20\n一年来，淳安县坚持依法行政。" + REPORTS + BODY,
        2023,
    ),
    (
        "an_undated_report_published_in_december",
        "淳安县法治政府建设年度报告\n发布时间：2023-12-20\n一年来，淳安县坚持依法行政。" + REPORTS + BODY,
        None,
    ),
    # an encyclopedia's line on the report: the year after the report's closed name is its publication
    (
        "an_encyclopedias_line_naming_the_report_and_its_publication_year",
        "《淳安县人民政府2022年度法治政府建设工作报告》是2023年淳安县人民政府发布的通知。\n"
        "2022年，在县委的坚强领导下，我县坚持依法行政，2022年全县法治建设稳步推进。" + REPORTS + BODY,
        2022,
    ),
    # the other side: a document number's year is not the year reported on
    (
        "a_document_numbers_year",
        "淳安县法治政府建设情况报告 淳政发〔2024〕3号\n我县坚持依法行政。\n" + BODY,
        None,
    ),
]


@pytest.mark.parametrize(("page", "year"), [c[1:] for c in YEARS], ids=[c[0] for c in YEARS])
def test_the_year_a_title_or_a_reporting_sentence_names(page, year):
    assert read_text(page).year == year


# Probing pass, kind (second session): an untitled opening dated by a span of years, or a reporting sentence
# naming one, reports on the span (its end is the year); a span that runs into the next year's start
# (至2024年初), a year's months, or a one-year title over an opening that looks back is none.
SPANS = [
    (
        "an_opening_dated_from_one_year_to_the_next",
        "2022年至2023年，淳安县坚持依法行政。" + REPORTS + BODY,
        ("multi_year_report", 2023, {"start": 2022, "end": 2023}),
    ),
    (
        "an_opening_dated_by_a_dashed_span",
        "2021—2023年，淳安县坚持依法行政。" + REPORTS + BODY,
        ("multi_year_report", 2023, {"start": 2021, "end": 2023}),
    ),
    (
        "an_opening_dated_by_two_years_joined",
        "2022年和2023年，淳安县坚持依法行政。现将两年来有关情况报告如下：\n" + BODY,
        ("multi_year_report", 2023, {"start": 2022, "end": 2023}),
    ),
    (
        "a_reporting_sentence_naming_a_span",
        "“十四五”以来，淳安县坚持依法行政。现将2021年至2023年法治政府建设情况报告如下：\n" + BODY,
        ("multi_year_report", 2023, {"start": 2021, "end": 2023}),
    ),
    (
        "a_reporting_sentence_naming_a_dashed_span",
        "根据上级要求，现将我县2022—2023年度法治政府建设情况报告如下：\n" + BODY,
        ("multi_year_report", 2023, {"start": 2022, "end": 2023}),
    ),
    # the other side
    (
        "a_reporting_sentence_naming_the_year_and_the_next_years_plan",
        "2023年，淳安县坚持依法行政。现将2023年度法治政府建设情况和2024年工作安排报告如下：\n" + BODY,
        ("annual_report", 2023, {"start": 2023, "end": 2023}),
    ),
    (
        "a_one_year_title_over_an_opening_that_looks_back",
        "淳安县2023年法治政府建设情况报告\n近三年来，淳安县坚持依法行政。" + REPORTS + BODY,
        ("annual_report", 2023, {"start": 2023, "end": 2023}),
    ),
    (
        "an_opening_running_into_the_next_years_start",
        "2023年至2024年初，淳安县坚持依法行政。现将2023年度法治政府建设情况报告如下：\n" + BODY,
        ("annual_report", 2023, {"start": 2023, "end": 2023}),
    ),
    (
        "an_opening_dated_by_a_years_months",
        "2023年1月至12月，淳安县坚持依法行政。" + REPORTS + BODY,
        ("annual_report", 2023, {"start": 2023, "end": 2023}),
    ),
]


@pytest.mark.parametrize(("page", "expected"), [c[1:] for c in SPANS], ids=[c[0] for c in SPANS])
def test_an_opening_dated_by_a_span(page, expected):
    reading = read_text(page)
    assert (reading.kind, reading.year, reading.period) == expected


# Eleventh pass: a site's headline that names no body over the document, which prints its title again
# under its letterhead: the letterhead and the title are the whole title. The other side: a disclosure
# page's record (索引号：…, 名 称：…) between them names the short title as the document's, and a title
# printed again under no body's name stays as it is.
BUREAU_LEAD = "2023年，我局坚持依法行政，本局法治政府建设取得新成效。" + REPORTS + BODY
HEADLINES = [
    (
        "a_headline_over_a_bureaus_letterhead",
        "2023年度法治政府建设情况报告\n法规科 2024-01-05\n淳安县司法局\n2023年度法治政府建设情况报告\n"
        + BUREAU_LEAD,
        "淳安县司法局2023年度法治政府建设情况报告",
    ),
    (
        "a_headline_over_a_governments_letterhead",
        "2023年法治政府建设工作年度报告\n淳安县人民政府\n2023年法治政府建设工作年度报告\n" + COUNTY_LEAD,
        "淳安县人民政府2023年法治政府建设工作年度报告",
    ),
    (
        "a_headline_over_a_spaced_letterhead",
        "2023年度法治政府建设情况报告\n发布时间：2024-01-05\n淳 安 县 司 法 局\n2023年度法治政府建设情况报告\n"
        + BUREAU_LEAD,
        "淳安县司法局2023年度法治政府建设情况报告",
    ),
    (
        "a_headline_over_a_bulleted_record",
        "2023年度法治政府建设情况报告\n• 索引号：330127/2024-00012\n• 名 称：2023年度法治政府建设情况报告\n"
        "淳安县司法局\n2023年度法治政府建设情况报告\n" + BUREAU_LEAD,
        "2023年度法治政府建设情况报告",
    ),
    (
        "a_headline_repeated_under_no_body",
        "2023年度法治政府建设情况报告\n法规科 2024-01-05\n2023年度法治政府建设情况报告\n" + BUREAU_LEAD,
        "2023年度法治政府建设情况报告",
    ),
]


@pytest.mark.parametrize(("page", "title"), [c[1:] for c in HEADLINES], ids=[c[0] for c in HEADLINES])
def test_a_headline_printed_again_under_its_letterhead(page, title):
    assert read_text(page).title == title


# Eleventh pass: a title broken before its last words (…建设情况 / 的报告) is read whole; the other side:
# a sentence that opens on 的 under a whole title is the body's, and a title's own spaces between its
# words (淳安县 2023年度 …) are not letters set apart.
GOVERNMENT_TITLE = "淳安县人民政府关于2023年度法治政府建设情况的报告"
BROKEN_TITLES = [
    ("broken_before_its_last_words", "淳安县人民政府关于2023年度法治政府建设情况\n的报告", GOVERNMENT_TITLE),
    (
        "broken_before_its_last_phrase",
        "淳安县人民政府关于2023年度法治政府建设工作情况\n的工作报告",
        "淳安县人民政府关于2023年度法治政府建设工作情况的工作报告",
    ),
    (
        "a_sentence_opening_on_de_under_a_whole_title",
        COUNTY_TITLE + "\n的确，我县坚持依法行政。",
        COUNTY_TITLE,
    ),
    (
        "words_spaced_apart_in_a_title",
        "淳安县 2023年度 法治政府建设情况报告",
        "淳安县 2023年度 法治政府建设情况报告",
    ),
    # probing pass, kind (second session): the issuer and 关于 on a line above a title broken over two more
    (
        "the_issuer_and_guanyu_above_a_title_broken_in_two",
        "淳安县人民政府关于\n2023年度法治政府建设\n情况的报告",
        GOVERNMENT_TITLE,
    ),
    (
        "a_related_link_above_the_title",
        "相关文章：淳安县2022年度法治政府建设情况报告\n" + COUNTY_TITLE,
        COUNTY_TITLE,
    ),
    ("its_own_government_above_a_title_headed_by_its_place", "淳安县人民政府\n" + COUNTY_TITLE, COUNTY_TITLE),
    (
        "its_own_government_above_a_departments_title",
        "淳安县人民政府\n淳安县司法局2023年度法治政府建设情况报告",
        "淳安县司法局2023年度法治政府建设情况报告",
    ),
    # the other side: the issuer above a title that needs it
    (
        "the_issuer_above_a_title_on_guanyu",
        "淳安县人民政府\n关于2023年度法治政府建设情况的报告",
        GOVERNMENT_TITLE,
    ),
    (
        "a_department_and_guanyu_above_a_title_broken_in_two",
        "淳安县交通运输局关于\n2023年度法治政府部门建设\n工作情况的报告",
        "淳安县交通运输局关于2023年度法治政府部门建设工作情况的报告",
    ),
]


@pytest.mark.parametrize(("head", "title"), [c[1:] for c in BROKEN_TITLES], ids=[c[0] for c in BROKEN_TITLES])
def test_a_title_broken_or_spaced(head, title):
    assert read_text(f"{head}\n{COUNTY_LEAD}").title == title


def test_a_date_under_menu_words_above_the_title_is_not_the_titles_date():
    # thirteenth session: a menu's short words (部门, 街镇) then a stale listing date above the title;
    # the labelled date under the title is the page's
    page = f"部  门\n街  镇\n\n2024-03-20\n\n{COUNTY_TITLE}\n日期:2025-02-03\n{COUNTY_LEAD}"
    assert read_text(page).published == "2025-02-03"
    # the other side: a bare date right under the title still dates it
    assert read_text(f"{COUNTY_TITLE}\n2025-02-03\n{COUNTY_LEAD}").published == "2025-02-03"


@pytest.mark.parametrize(
    ("block", "published"),
    [
        # thirteenth session: a metadata block's labels on their own lines, each value on the next
        ("索引号\n000014349/2024-09444\n发文日期\n2024年02月13日 15:56:15\n发布机构\n县人民政府", None),
        ("索引号\n000014349/2024-09444\n成文日期\n2024-02-10\n发布日期\n2024-02-13", "2024-02-13"),
    ],
)
def test_a_date_under_another_dates_label_is_not_the_pages(block, published):
    assert read_text(f"{COUNTY_TITLE}\n{block}\n{COUNTY_LEAD}").published == published
