"""Kind and region: the fifth pass of issue 16 (docs/reading-history.md, "Kind and region, fifth pass").

Issue 16's "done when": a look-alike never comes out as ``annual_report`` without a report title.
Each genre that republishes a report's words (a leader's speech at the report's meeting, a 述法,
a rule-of-law committee's work summary, work points and plans, assessment and inspection
bulletins, a self-inspection, the government work report, a bureau's or a township's general work
summary, meeting news, a reply to a proposal, another kind of report, a white paper) is written
here in our own words, most of them cut above their title as pages often are; each keeps its
report on the other side. Then the region forms: a province named only by a visit to it (来陕),
a place named in passing (赴京), two places named as often, a letterhead above the title.
Bodies, numbers and dates are invented; places are real where the region table is asked.
"""

from __future__ import annotations

import json

import pytest

from fazhi.reading import kind_model
from fazhi.reading.accuracy import load_labels, render, score

from .conftest import THREE_PARTS_BODY, expect, read_text

REPORT_OPENING = "2023年，青禾县坚持依法行政，全县法治政府建设取得新成效，我县审核规范性文件14件。\n"

# (case, page, the source of the kind's evidence): none of them is a report.
REPUBLISHED = [
    (
        "a_leaders_speech_at_the_reports_meeting",
        "同志们：\n今天我们召开全县法治政府建设工作会议，总结2023年工作。下面，我讲三点意见。\n"
        "一、充分肯定成绩\n" + REPORT_OPENING + "二、清醒认识问题\n三、扎实做好2024年工作\n",
        "speech",
    ),
    (
        "a_speech_cut_above_its_salutation",
        REPORT_OPENING + "成绩来之不易，在此，我代表县委、县政府向大家表示衷心的感谢！\n"
        "二、清醒认识存在的问题\n三、扎实做好2024年工作\n一要加强组织领导。二要规范行政执法。\n",
        "speech",
    ),
    (
        "a_rule_of_law_committees_work_summary_by_its_title",
        "中共青禾县委全面依法治县委员会2023年工作总结\n"
        "2023年，县委全面依法治县委员会坚持以习近平法治思想为指导，全县法治政府建设取得新成效。\n"
        + THREE_PARTS_BODY,
        "committee_summary",
    ),
    (
        "a_rule_of_law_committees_work_summary_cut_above_its_title",
        "2023年，县委全面依法治县委员会坚持以习近平法治思想为指导，统筹推进法治青禾建设，"
        "全县法治政府建设取得新成效。\n一、加强党的领导\n全县召开委员会会议2次。\n",
        "committee_summary",
    ),
    (
        "work_points_each_task_with_its_lead_unit",
        "2024年全县法治政府建设工作的总体要求是：坚持以习近平法治思想为指导，全面推进依法行政。\n"
        "一、加强党对法治政府建设的领导\n1.全县各级政府要召开专题会议研究法治政府建设工作。"
        "（牵头单位：县司法局）\n二、推进政府职能转变\n2.深化放管服改革。（责任单位：县政务服务中心）\n",
        "plan",
    ),
    (
        "an_assessments_bulletin",
        "县委依法治县办对各乡镇2023年度法治政府建设情况进行了考核，现将考核结果通报如下：\n"
        "一、考核等次\n白石镇等5个单位为优秀等次。\n二、存在的问题\n" + REPORT_OPENING,
        "bulletin",
    ),
    (
        "an_inspections_bulletin",
        "县法治督察组于11月对各乡镇法治政府建设情况进行了督察，现将有关情况通报如下：\n"
        "一、基本情况\n2023年，全县各乡镇坚持依法行政，法治政府建设取得新成效。\n二、存在问题\n",
        "bulletin",
    ),
    (
        "a_self_inspection",
        "根据县委依法治县办的通知，我局对2023年法治政府建设情况开展了自查，现将自查情况报告如下：\n"
        "一、自查工作开展情况\n2023年，我局坚持依法行政，全局审核规范性文件4件。\n二、存在的问题\n",
        "self_inspection",
    ),
    (
        "the_government_work_report_to_the_congress",
        "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2023年工作回顾\n"
        "过去一年，我县坚持依法行政，法治政府建设扎实推进，全县审核规范性文件14件。\n",
        "government_work_report",
    ),
    (
        "a_general_work_summary_told_by_the_economys_figures",
        "2023年，全县坚持依法行政，法治政府建设扎实推进，全县地区生产总值增长6.5%，"
        "一般公共预算收入完成12亿元。我县审核规范性文件14件。\n二、2024年主要目标\n",
        "general_summary",
    ),
    (
        "a_justice_bureaus_work_summary_under_its_business",
        "2023年，县司法局坚持以习近平法治思想为指导，全面推进法治政府建设，各项工作取得新成效。\n"
        "一、人民调解工作\n全局调解纠纷120件，我局指导全县调解组织。\n二、社区矫正工作\n"
        "三、法律援助工作\n四、2024年工作打算\n",
        "general_summary",
    ),
    (
        "a_townships_summary_and_ideas",
        "2023年，青禾镇在县委、县政府的正确领导下，坚持以习近平法治思想为指导，扎实推进法治建设，"
        "全镇社会大局和谐稳定，我镇调解纠纷80件。\n一、2023年工作开展情况\n（一）加强组织领导。\n"
        "二、存在的问题\n三、2024年工作思路\n（一）聚力招商引资。\n（二）抓好项目建设。\n（三）推进乡村振兴。\n",
        "general_summary",
    ),
    (
        "news_that_speaks_of_the_body_as_others_tell_it",
        "2023年以来，青禾县坚持依法行政，全县法治政府建设取得新成效。据了解，全县今年审核规范性文件"
        "14件，我县开展执法检查30次。\n",
        "news",
    ),
    (
        "an_agenda_items_explainer",
        "县人大常委会会议将听取和审议县人民政府关于2023年度法治政府建设情况的报告。" + REPORT_OPENING,
        "news",
    ),
    (
        "a_news_brief_credited_to_a_bureau",
        REPORT_OPENING + "全县开展执法检查30次。\n（青禾县司法局供稿）\n",
        "news",
    ),
    (
        "a_reply_to_a_proposal",
        "您提出的《关于加快推进法治政府建设的提案》收悉，现答复如下：\n"
        + REPORT_OPENING
        + "一、关于完善依法决策机制\n",
        "reply",
    ),
    (
        "a_performance_self_review",
        "2023年，县司法局坚持依法行政。现将2023年度部门整体支出绩效自评情况报告如下：\n"
        "一、部门基本情况\n二、绩效目标完成情况\n",
        "other_report",
    ),
    (
        "a_release_of_enforcement_data",
        "2023年，全县坚持依法行政，法治政府建设取得新成效。现将2023年度行政执法数据公开如下：\n"
        "一、行政许可\n全县共办理行政许可1200件。\n",
        "other_report",
    ),
    (
        "a_disclosure_report_by_its_statutory_headings",
        REPORT_OPENING + "一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n",
        "disclosure_report",
    ),
    (
        "a_sharing_sites_page_with_its_download_button",
        "第1页 / 共5页\n" + REPORT_OPENING + THREE_PARTS_BODY + "点击下载完整版文档\n",
        "document_site",
    ),
    (
        "a_content_farms_disclaimer",
        REPORT_OPENING + THREE_PARTS_BODY + "免责声明：本站部分内容来源于网络，如有侵权请联系删除。\n",
        "document_site",
    ),
    (
        "a_model_essay_sites_links_below_the_text",
        REPORT_OPENING
        + THREE_PARTS_BODY
        + "相关推荐：\n2023年法治政府建设工作总结范文\n2023年法治政府建设工作总结精选\n",
        "essay_collection",
    ),
    (
        "a_white_paper_with_contents_and_preface",
        "目录\n前言\n一、坚持党的领导\n二、全面推进依法行政\n前言\n" + REPORT_OPENING,
        "book",
    ),
]


@pytest.mark.parametrize(
    ("page", "source"), [row[1:] for row in REPUBLISHED], ids=[r[0] for r in REPUBLISHED]
)
def test_a_document_that_republishes_a_reports_words_is_no_report(page, source):
    reading = read_text(page)
    assert reading.kind == "not_report"
    assert reading.metadata_evidence["kind"].source == source


STILL_REPORTS = [
    ("cut_above_its_title", REPORT_OPENING + THREE_PARTS_BODY),
    ("says_it_reports", "2023年，青禾县坚持依法行政。现将有关情况报告如下：\n" + THREE_PARTS_BODY),
    (
        # one heading of a duty a general summary also has, among the rule-of-law work areas
        "one_general_heading_among_the_work_areas",
        REPORT_OPENING + "一、推进行政执法规范化\n二、深化政务公开\n三、助力乡村振兴\n" + THREE_PARTS_BODY,
    ),
    (
        # a report names the committee that leads it: the committee is not its subject
        "led_by_the_rule_of_law_committee",
        "2023年，在县委全面依法治县委员会的领导下，青禾县坚持依法行政，全县法治政府建设取得新成效。\n"
        + THREE_PARTS_BODY,
    ),
    (
        "one_disclosure_heading",
        REPORT_OPENING + "一、深化政务公开，做好政府信息公开工作\n" + THREE_PARTS_BODY,
    ),
    (
        # a government page that offers the report's file for download is no sharing site
        "its_file_offered_for_download",
        REPORT_OPENING + THREE_PARTS_BODY + "点击下载：青禾县2023年法治政府建设年度报告（完整版）.pdf\n",
    ),
    (
        "its_plan_in_points",
        REPORT_OPENING + THREE_PARTS_BODY + "一是加强组织领导。二是规范行政执法。\n",
    ),
]


@pytest.mark.parametrize("page", [row[1] for row in STILL_REPORTS], ids=[row[0] for row in STILL_REPORTS])
def test_a_report_beside_those_genres_stays_a_report(page):
    assert read_text(page).kind == "annual_report"


OTHER_TITLE = "青禾县人民政府2023年重点工作落实情况\n"


def test_under_a_title_that_names_another_document_a_reports_opening_is_quoted():
    reading = read_text(
        OTHER_TITLE + "2023年，青禾县坚持依法行政，法治政府建设取得新成效。现将有关情况报告如下：\n"
    )
    assert reading.kind != "annual_report"
    assert "标题说明是另一份文件" in reading.metadata_evidence["kind"].reason


def test_under_such_a_title_the_model_may_set_a_page_aside_but_never_make_it_a_report(monkeypatch):
    monkeypatch.setattr(kind_model, "probability", lambda title, text: 0.99)
    page = OTHER_TITLE + "2023年，青禾县坚持依法行政，全县法治政府建设取得新成效。\n"
    reading = read_text(page)
    assert reading.kind == "uncertain"
    assert reading.metadata_evidence["kind"].source == "model"
    monkeypatch.setattr(kind_model, "probability", lambda title, text: 0.01)
    assert read_text(page).kind == "not_report"


@pytest.mark.parametrize(
    "title",
    ["青禾县2023年法治政府建设工作和2024年工作计划", "关于青禾县2023年度法治政府建设情况的公告"],
)
def test_a_title_that_heads_the_report_in_another_form_is_its_report_title(title):
    body = (
        REPORT_OPENING
        + THREE_PARTS_BODY
        + "四、党政主要负责人履行推进法治建设第一责任人职责情况\n县长带头学法。\n"
    )
    reading = read_text(title + "\n" + body)
    assert (reading.kind, reading.metadata_evidence["kind"].source) == ("annual_report", "title")


def test_the_accuracy_command_counts_look_alikes_read_as_reports_without_a_title(tmp_path):
    pages = {
        # a look-alike the rules still read as a report by its opening (its genre has no mark)
        "a.txt": (
            "2023年，青禾县坚持依法行政，全县法治政府建设取得新成效。\n" + THREE_PARTS_BODY,
            "not_report",
        ),
        "b.txt": ("青禾县2023年度法治政府建设情况报告\n" + REPORT_OPENING + THREE_PARTS_BODY, "not_report"),
        "c.txt": (REPORT_OPENING + THREE_PARTS_BODY, "annual_report"),
        # a look-alike read as a multi-year report is read as a report all the same
        "d.txt": (
            "青禾县2021—2023年法治政府建设情况报告\n2021年以来，青禾县坚持依法行政。现将有关情况报告如下：\n"
            + THREE_PARTS_BODY,
            "not_report",
        ),
    }
    for name, (text, _kind) in pages.items():
        (tmp_path / name).write_text(text, "utf-8")
    labels = {name: {"kind": kind} for name, (_text, kind) in pages.items()}
    (tmp_path / "labels.json").write_text(json.dumps(labels), "utf-8")
    figures = score(tmp_path, list(labels), load_labels(tmp_path), set())
    assert (figures.look_alikes, figures.look_alikes_as_reports, figures.look_alikes_as_reports_untitled) == (
        3,
        3,
        1,
    )
    assert "look-alikes read as a report without a report title: 1/3" in render("t", figures)


REGIONS = [
    (
        "a_province_named_only_by_a_visit_to_it",
        "2023年，省政府坚持依法行政，深入贯彻习近平总书记历次来陕考察重要讲话精神，全省法治政府建设"
        "稳步推进。\n" + THREE_PARTS_BODY,
        {"level": "province", "region_name": "陕西省"},
    ),
    (
        "a_province_that_went_elsewhere_is_not_that_place",
        "2023年，省政府坚持依法行政，组织干部赴京学习、赴沪考察，全省法治政府建设稳步推进。\n"
        + THREE_PARTS_BODY,
        {"level": "province", "region_name": None},
    ),
    (
        "visits_to_two_provinces_name_none",
        "2023年，省政府坚持依法行政，总书记来陕考察，部长来川调研，全省法治政府建设稳步推进。\n"
        + THREE_PARTS_BODY,
        {"level": "province", "region_name": None},
    ),
    (
        "two_counties_named_as_often_give_none",
        "2023年，全县坚持依法行政，法治政府建设取得新成效。淳安县和桐庐县建立执法协作机制，"
        "桐庐县、淳安县联合开展执法检查。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "county", "region_name": None},
    ),
    (
        # 与…签订 names the partner: the county that signs with it speaks.
        "the_county_that_signs_with_a_partner_speaks",
        "2023年，全县坚持依法行政，法治政府建设取得新成效。淳安县与桐庐县签订执法协作协议，"
        "桐庐县、淳安县联合开展执法检查。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "county", "region_name": "浙江省杭州市淳安县"},
    ),
    (
        "the_county_named_more_often_than_its_partner_speaks",
        "2023年，全县坚持依法行政，淳安县法治政府建设取得新成效。淳安县与桐庐县签订执法协作协议，"
        "淳安县联合开展执法检查。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "county", "region_name": "浙江省杭州市淳安县"},
    ),
    (
        "a_letterhead_above_the_title_printed_again",
        "2021年法治政府建设工作情况报告\n索引号：001/2022-00021\n发文机构：gyz1\n"
        "杭州市淳安县汾口镇人民政府\n2021年法治政府建设工作情况报告\n"
        "2021年我深入贯彻上级部门关于法治政府建设的要求，认真开展各项工作，现将有关情况汇报如下：\n"
        + THREE_PARTS_BODY,
        {"level": "township", "region_name": "浙江省杭州市淳安县汾口镇", "issuer": "汾口镇人民政府"},
    ),
]


@pytest.mark.parametrize(("page", "fields"), [row[1:] for row in REGIONS], ids=[row[0] for row in REGIONS])
def test_region_named_in_passing_or_in_competition(page, fields):
    expect(read_text(page), fields)
