"""Metadata: the twenty-fifth session's rules (issue 16), from a battery of 160 page beginnings written from
the genre with their title, level, region, year and publication date labelled, blind to the engine
(``/work/s47/meta.jsonl``, outside the repository; 941 of 960 fields right before these rules).

- A publication date whose year has two digits (时间: 23-03-30 来源: …), as some sites print it.
- A township that says it reports (现将某镇2021年…报告如下) under a site's menu line is the reporting body.
- A city's commission (住房和城乡建设管理委员会) is one of its departments; a zone's 管理委员会 governs the zone.
- A disclosure block's 名称：row and the report's own first heading are no other reports of a column's list.
"""

from __future__ import annotations

from fazhi.reading import read


def _read(page: str) -> dict:
    return read(page.encode("utf-8"), name="page.txt").as_dict()


_BODY = (
    "2023年，我县坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：\n"
    "一、推进法治政府建设的主要举措和成效\n"
    "全年审核规范性文件12件，办理行政复议案件31件。\n"
)


def test_a_two_digit_year_publication_date():
    page = "云溪县2023年法治政府建设情况报告\n时间: 24-03-28    来源: 云溪县司法局\n" + _BODY
    assert _read(page)["published"] == "2024-03-28"


def test_a_clock_is_still_no_publication_date():
    page = "云溪县2023年法治政府建设情况报告\n时间: 10:30    来源: 云溪县司法局\n" + _BODY
    assert _read(page)["published"] is None


def test_a_township_that_says_it_reports_under_a_menu_line_is_the_reporting_body():
    page = (
        "欢迎访问凤阳县人民政府网站\n"
        "首页  新闻中心  政府信息公开  网上办事  公众参与  数据开放\n"
        "当前位置：首页 / 政务公开 / 街镇公开 / 小溪河镇 / 法治政府建设\n"
        "按照县委全面依法治县委员会办公室的统一部署，现将小溪河镇2021年法治政府建设工作情况报告如下：\n"
        "一、扎实做好人民调解工作\n"
        "全年调处各类纠纷98件，调解成功率100%。\n"
    )
    result = _read(page)
    assert result["level"] == "township"
    assert result["region"]["code"] == "341126"


def test_a_citys_commission_is_a_department():
    page = (
        "上海市住房和城乡建设管理委员会2025年度法治政府建设情况报告\n"
        "发布日期：2026年2月27日    来源：办公室\n"
        "2025年以来，我委认真落实部门法治建设主体责任。现将有关情况报告如下。\n"
        "一、主要工作举措及成效\n"
        "全年检查在建项目306个次，依法查处违法违规行为79起。\n"
    )
    assert _read(page)["level"] == "department"


def test_a_zones_committee_governs_the_zone():
    page = (
        "某某经济技术开发区管理委员会2023年法治政府建设情况报告\n"
        "2023年，开发区管委会坚持依法行政。现将有关情况报告如下：\n"
        "一、推进法治政府建设的主要举措和成效\n"
        "全年审核规范性文件5件。\n"
    )
    assert _read(page)["level"] != "department"


def test_a_disclosure_block_and_the_first_heading_are_no_list_of_reports():
    page = (
        "当前位置：首页 > 政府信息公开 > 法治政府建设年度报告\n"
        "名称：准格尔旗人民政府关于2018年度法治政府建设情况的报告\n"
        "发布日期：2019-03-26\n"
        "准格尔旗人民政府关于2018年度法治政府建设情况的报告\n"
        "现将准格尔旗2018年法治政府建设工作报告如下：\n"
        "一、2018年法治政府建设工作情况\n"
        "（一）深入开展法治宣传教育\n"
        "开展主题宣传活动59场次，发放宣传资料5万余份。\n"
    )
    assert _read(page)["kind"] == "annual_report"
