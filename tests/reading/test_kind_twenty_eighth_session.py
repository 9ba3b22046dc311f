"""Kind: the twenty-eighth session's rules (issue 16), from a battery of real pages that share the report's
vocabulary, labelled blind to the engine (``/work/s50/rk.jsonl``, outside the repository: 107 look-alikes
of 26 genres and 13 reports; 2 look-alikes read as reports and 11 of 13 reports before these rules).

- A department's rule-of-law report published with a disclosure report's lines (现将…法治政府建设情况报告予以
  公开。…本报告所列数据的期限为…) names itself first: it stays a report.
- A page titled as a list of duties or tasks (…第一责任人职责清单), its title broken over two lines, is another
  document: the learned model may not make it a report.
The pages here are our own words.
"""

from __future__ import annotations

from .conftest import read_text

_BODY = (
    "一、主要举措和成效\n"
    "2023年，市水务局坚持以习近平法治思想为指导，深入推进法治政府建设。"
    "全年审核规范性文件6件，办理行政处罚案件84件，组织执法人员培训3场次。\n"
    "二、党政主要负责人履行推进法治建设第一责任人职责情况\n"
    "局党组书记、局长带头学法，主持召开局党组会议专题研究法治工作4次。\n"
    "三、存在的不足和原因\n基层执法力量仍显薄弱。\n"
    "四、2024年工作安排\n持续推进严格规范公正文明执法。\n"
)


def test_a_report_published_with_a_disclosure_reports_lines_stays_a_report():
    page = (
        "根据《法治政府建设实施纲要（2021—2025年）》要求，现将市水务局2023年法治政府建设情况报告予以公开。\n"
        "本报告包括主要举措和成效、第一责任人职责履行情况、存在的不足和原因、下一年工作安排四个部分。"
        "本报告所列数据的期限为2023年1月1日至2023年12月31日。如对本报告有疑问，请与市水务局法规科联系。\n"
    )
    assert read_text(page + _BODY).kind == "annual_report"


def test_a_disclosure_report_cut_above_its_title_is_still_one():
    page = (
        "本报告由市水务局根据《中华人民共和国政府信息公开条例》要求编制。"
        "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
    )
    assert read_text(page + _BODY).kind == "not_report"


def test_a_list_of_duties_titled_over_two_lines_is_no_report():
    page = (
        "东岭经济开发区党政主要负责人履行推进法治\n建设第一责任人职责清单\n"
        "为深入贯彻落实习近平法治思想，根据《党政主要负责人履行推进法治建设第一责任人职责规定》，"
        "制定开发区党政主要负责人履行推进法治建设第一责任人职责清单如下。\n"
        "一、基本原则\n坚持党的领导，坚持以人民为中心。\n"
        "二、法治政府建设\n（一）推进依法行政。（二）严格规范公正文明执法。（三）行政复议和应诉。\n"
        "三、法治社会建设\n落实普法责任制，推进法治乡村建设。\n"
    )
    reading = read_text(page)
    assert reading.kind != "annual_report"
    assert reading.title is not None and reading.title.endswith("职责清单")


# From a second battery of real pages (``/work/s50/rk2.jsonl``: 90 look-alikes of 31 genres and 30 reports of
# unusual shapes; 1 look-alike read as a report and 24 of 30 reports before these rules, none and 26 after).


def test_a_ministrys_report_titled_by_the_outline_it_implemented_is_a_report():
    page = (
        "国家林业和草原局2019年贯彻落实《法治政府建设实施纲要（2015—2020年）》的情况\n"
        "2019年，国家林业和草原局深入推进法治政府建设，全面履行法定职责。\n" + _BODY
    )
    reading = read_text(page)
    assert reading.kind == "annual_report"


def test_a_meetings_news_titled_by_the_report_it_heard_is_no_report():
    page = (
        "市政府常务会议听取2022年度法治政府建设工作情况汇报\n"
        "3月18日上午，市长主持召开市政府第二十次常务会议，会议听取了2022年度法治政府建设工作情况汇报。"
        "会议指出，全市法治政府建设取得新成效。会议强调，要压实第一责任人职责。\n"
    )
    assert read_text(page).kind != "annual_report"


def test_a_report_whose_title_is_cut_at_its_start_is_a_report():
    page = (
        "建设工作情况的报告\n"
        "2023年，省交通运输厅坚持以习近平法治思想为指导，统筹推进交通运输法治建设，"
        "现将我厅2023年法治政府建设情况报告如下。\n" + _BODY
    )
    assert read_text(page).kind == "annual_report"


def test_a_whole_titled_summary_of_other_work_stays_named_otherwise():
    page = (
        "工作情况的报告\n"
        "现将我局2023年安全生产执法工作情况报告如下。\n"
        "一、执法检查\n全年检查企业120家。\n二、存在问题\n基层力量不足。\n"
    )
    assert read_text(page).kind != "annual_report"
