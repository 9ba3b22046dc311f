"""Kind: the thirty-third session's rules (issue 16).

- A dated opening that says what a body WILL do that year (2024年，市大数据局将深入学习…) opens a plan, as one
  that says what it must do (要坚持…) does: the rules say so, not the learned model.
- 将 is also the mark of an object (2023年，区民政局将法治政府建设纳入…): such an opening tells what was done.
- A notice that issues the year's report (关于印发《2022年度某镇人民政府法治政府建设情况报告》的通知) and prints it
  below, under the report's own title, is the report; its body is named in the report's name.
- An untitled page whose opening speaks of law popularisation before it counts anything (…认真落实“谁执法谁普法”
  普法责任制，持续推进青少年法治宣传教育…), and never of the rule-of-law government, is a 普法 summary.
- The government's answer to the congress's review of its report (落实区人大常委会对《…报告》评议意见的报告) and an
  evaluation after a plan's term (《…实施意见（2021-2025年）》后评估情况报告) are no year's report.
- A title of a year's work and nothing more (2016年工作情况) names no other document: the opening decides.
- A document number in brackets after a title (…报告（牡政呈〔2021〕6号）) is no part of it.
- A district named after a sentence on what the year is (2019年是…开局之年。嘉定区在市委、市政府的坚强领导下，坚持…)
  is the reporting body.
- A site's name before the title behind a hyphen (某市政府门户网站-某市2023年…报告) is no part of the title.
The pages here are our own words.
"""

from __future__ import annotations

import pytest

from fazhi.reading import read


def read_text(text: str):
    return read(text.encode("utf-8"), name="page.txt")


_BODY = (
    "一、工作开展情况\n"
    "（一）在健全政府机构职能体系方面，做好规范性文件清理、公平竞争审查等工作，全年审核文件14件。\n"
    "（二）在推进严格规范公正文明执法方面，全年办理行政处罚案件23件。\n"
)


def test_an_opening_that_says_what_the_bureau_will_do_opens_a_plan():
    reading = read_text("2025年，县农业农村局将深入学习贯彻习近平法治思想，扎实推进依法行政。\n" + _BODY)
    assert reading.kind == "not_report"
    assert reading.metadata_evidence["kind"].source == "plan"


def test_a_will_after_the_year_framing_sentence_opens_a_plan_too():
    reading = read_text(
        "2025年是“十四五”规划的收官之年。县农业农村局将持续深化法治机关建设，着力提升依法行政水平。\n" + _BODY
    )
    assert reading.kind == "not_report"


def test_jiang_marking_the_object_opens_a_report():
    reading = read_text(
        "2023年，区民政局将法治政府建设纳入年度重点工作，认真贯彻落实《西岭省法治政府建设实施方案"
        "（2021-2025年）》，积极推进依法行政。\n" + _BODY
    )
    assert reading.kind == "annual_report"
    assert reading.metadata_evidence["kind"].source != "plan"


_ISSUING_NOTICE = (
    "关于印发《2022年度西岭县青石镇人民政府法治政府建设情况报告》的通知\n"
    "发布时间 2023-04-04\n"
    "青石镇各相关单位：\n"
    "经镇党委、政府同意，现将《2022年度西岭县青石镇人民政府法治政府建设情况报告》印发给你们，请认真贯彻执行。\n"
    "青石镇人民政府\n2023年4月3日\n"
    "2022年度西岭县青石镇人民政府\n法治政府建设情况报告\n"
    "2022年，我镇坚持以习近平新时代中国特色社会主义思想为指导，深入推进依法行政。\n"
)


def test_a_notice_that_issues_the_report_and_prints_it_is_the_report():
    reading = read_text(_ISSUING_NOTICE)
    assert reading.kind == "annual_report"
    assert reading.metadata_evidence["kind"].source == "title"


def test_a_notice_that_issues_the_report_but_does_not_print_it_is_not_the_report():
    cover_only = _ISSUING_NOTICE.split("2022年度西岭县青石镇人民政府\n法治政府", maxsplit=1)[0]
    assert read_text(cover_only).kind != "annual_report"


def test_the_issuing_notices_body_is_the_one_named_in_the_reports_name():
    reading = read_text(_ISSUING_NOTICE)
    assert reading.issuer == "西岭县青石镇人民政府"
    assert reading.level == "township"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # A site's name before the title behind a hyphen
        (
            "西岭市政府门户网站-西岭市2023年法治政府建设情况报告_某某app\n"
            "首页 > 市政府 > 通知公告\n"
            "西岭市2023年法治政府建设情况报告\n",
            "西岭市2023年法治政府建设情况报告",
        ),
        # A document number in brackets after the title
        (
            "西岭市2020年度法治政府建设工作情况报告（西政呈〔2021〕6号）\n",
            "西岭市2020年度法治政府建设工作情况报告",
        ),
    ],
)
def test_a_sites_name_before_or_a_document_number_after_the_title_is_no_part_of_it(head, title):
    year = title[3:7]
    reading = read_text(
        head + f"{year}年，西岭市坚持以习近平法治思想为指导，深入推进法治政府建设。现将有关情况报告如下：\n"
        "一、主要举措和成效\n全年审核规范性文件12件。\n"
    )
    assert reading.title == title


def test_an_untitled_page_opening_on_law_popularisation_is_a_popularisation_summary():
    reading = read_text(
        "2024年，县文旅局坚持以习近平法治思想为指导，认真落实“谁执法谁普法”普法责任制，持续推进文化市场法治宣传"
        "教育。\n一、加强组织领导。局党组把法治宣传教育纳入年度重点工作。\n"
        "二、落实学法制度。局党组理论学习中心组开展专题学法4次。\n三、创新宣传方式。推送普法内容56期。\n"
    )
    assert reading.kind == "not_report"
    assert reading.metadata_evidence["kind"].source == "other_report"


def test_an_opening_that_names_the_rule_of_law_government_beside_popularisation_is_not_set_aside():
    reading = read_text(
        "2024年，县文旅局坚持以习近平法治思想为指导，扎实推进法治政府建设，认真落实“谁执法谁普法”普法责任制。"
        "现将有关情况报告如下：\n一、推进法治政府建设的主要举措和成效\n全年审核规范性文件3件。\n"
    )
    assert reading.kind == "annual_report"


def test_the_answer_to_the_congresss_review_of_the_report_is_no_years_report():
    reading = read_text(
        "区政府落实区人大常委会对《西岭区人民政府关于2022年法治政府建设工作情况的报告》评议意见的报告\n"
        "区人大常委会：\n2023年4月20日，区人大常委会听取了区政府2022年法治政府建设工作情况的报告，提出三方面评议意见。"
        "区政府认真研究，现将有关情况报告如下。\n一、明确责任，落实第一责任人职责\n"
    )
    assert reading.kind == "not_report"


def test_an_evaluation_after_a_plans_term_is_no_years_report():
    reading = read_text(
        "《西岭区加强法治政府建设实施意见（2021-2025年）》后评估情况报告\n"
        "2025年7月，区司法局对《实施意见》组织开展后评估，现将有关情况报告如下。\n一、评估工作的目的和方法\n"
    )
    assert reading.kind == "not_report"


def test_a_bare_years_work_title_leaves_the_kind_to_the_opening():
    reading = read_text(
        "发布时间：2017-08-03\n2016年工作情况\n"
        "2016年，在党中央、国务院的正确领导下，全省各级行政机关认真贯彻落实《法治政府建设实施纲要（2015-2020年）》，"
        "有序推进法治政府建设工作，为全省经济社会发展提供了有力的法治保障。\n"
        "一、全面加强领导，法治政府建设组织保障切实提高\n（一）强化组织领导。省政府调整推进法治政府建设工作领导小组。\n"
        "二、依法全面履行政府职能\n（一）深化行政审批制度改革。取消和调整省级行政审批事项48项。\n"
    )
    assert reading.kind == "annual_report"
    assert reading.level == "province"


def test_a_district_named_after_a_sentence_on_what_the_year_is_reports():
    reading = read_text(
        "2019年是新中国成立70周年，也是区委全面依法治区工作的开局之年。闵行区在市委、市政府的坚强领导下，"
        "坚持以习近平新时代中国特色社会主义思想为指导，切实把法治政府建设作为重要抓手。现将闵行区2019年法治政府建设"
        "情况报告如下：\n一、加强对法治政府建设的领导\n全年召开区政府常务会议学法4次。\n"
    )
    assert reading.region is not None and reading.region["code"] == "310112"
    assert reading.level == "county"
