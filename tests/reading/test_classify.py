import pytest

from fazhi.reading import read

from .conftest import fixture_text, read_text


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("city_annual_2019.txt", "annual_report"),
        ("county_multi_year_noisy.txt", "multi_year_report"),
        ("department_report_2023.txt", "annual_report"),
        ("township_report_2022.txt", "annual_report"),
        ("province_report_2024.html", "annual_report"),
        ("template_placeholders.txt", "not_report"),
        ("policy_interpretation.txt", "not_report"),
        ("notice_work_points.txt", "not_report"),
        ("news_article.txt", "not_report"),
    ],
)
def test_kind(fixtures, name, kind):
    assert read(fixtures / name).kind == kind


@pytest.mark.parametrize(
    ("name", "region", "code", "level", "issuer"),
    [
        ("city_annual_2019.txt", "福建省南平市", "350700", "city", "南平市人民政府"),
        ("county_multi_year_noisy.txt", "福建省福州市鼓楼区", "350102", "county", "鼓楼区人民政府"),
        ("department_report_2023.txt", "安徽省合肥市", "340100", "department", "合肥市司法局"),
        ("township_report_2022.txt", "浙江省宁波市象山县贤庠镇", "330225", "township", "贤庠镇人民政府"),
        ("province_report_2024.html", "贵州省", "520000", "province", "贵州省人民政府"),
    ],
)
def test_reporting_body(fixtures, name, region, code, level, issuer):
    reading = read(fixtures / name)
    assert reading.region == {"name": region, "code": code}
    assert reading.level == level
    assert reading.issuer == issuer


def test_title_year_period_published_of_a_multi_year_report(fixtures):
    reading = read(fixtures / "county_multi_year_noisy.txt")
    assert reading.title == "关于鼓楼区政府2016-2020年法治政府建设工作情况的报告"
    assert reading.year == 2020
    assert reading.period == {"start": 2016, "end": 2020}
    # The site clock (2021-06-08) and the speech date are not the publication date.
    assert reading.published == "2020-10-15"


def test_a_site_clock_is_never_the_publication_date():
    reading = read_text("今天是：2019年10月31日 星期四\n某县2018年度法治政府建设情况报告\n"
                        "2018年，某县坚持依法行政，法治政府建设取得新成效。现将有关情况报告如下。\n一、主要举措和成效\n")
    assert reading.published is None
    assert reading.year == 2018


def test_a_date_in_the_body_is_never_the_publication_date():
    reading = read_text("2022年，某县坚持依法行政。2023年3月1日，县政府召开常务会议研究法治政府建设工作，现将有关情况报告如下。\n")
    assert reading.published is None


def test_title_broken_over_two_lines_is_joined():
    reading = read_text("关于那曲市色尼区2025年度法治政府\n建设情况的报告\n2025年，色尼区坚持依法行政，法治政府建设取得新成效。\n")
    assert reading.title == "关于那曲市色尼区2025年度法治政府建设情况的报告"
    assert reading.region == {"name": "西藏自治区那曲市色尼区", "code": "540602"}
    assert reading.issuer == "色尼区人民政府"


def test_missing_title_keeps_the_year_from_the_opening_and_no_issuer():
    reading = read_text("2021年，株洲市石峰区认真贯彻习近平法治思想，法治政府建设取得明显成效。\n一、主要做法及成效\n"
                        "（一）领导重视\n区委、区政府高度重视法治政府建设工作，全年专题研究3次。\n二、存在的问题\n三、下一步工作打算\n")
    assert reading.title is None
    assert reading.year == 2021
    assert reading.issuer is None
    assert reading.region == {"name": "湖南省株洲市石峰区", "code": "430204"}
    assert reading.level == "county"


def test_a_ministry_has_no_region():
    reading = read_text("2022年，应急管理部坚持以习近平法治思想为指导，积极推进法治政府建设。\n一、全面加强党的领导\n")
    assert reading.level == "department"
    assert reading.region is None


def test_traditional_source_is_reported_as_such():
    source = fixture_text("city_annual_2019.txt")
    import opencc

    traditional = opencc.OpenCC("s2t").convert(source)
    reading = read_text(traditional)
    assert reading.script == "traditional"
    assert reading.title == "南平市人民政府2019年度法治政府建设情况报告"
    assert reading.region == {"name": "福建省南平市", "code": "350700"}


def test_publication_year_minus_one_when_nothing_else_says():
    reading = read_text("发布日期：2024-02-20\n市政府坚持依法行政，全面推进法治政府建设，各项工作取得积极进展，群众满意度持续提升。\n")
    assert reading.published == "2024-02-20"
    assert reading.year == 2023


def test_since_this_year_is_not_a_multi_year_span():
    reading = read_text("市委、市政府：\n2025年以来，我委紧扣法治政府建设目标，取得显著成效。现将本年度工作情况报告如下：\n一、工作完成情况\n")
    assert reading.kind == "annual_report"
    assert reading.level == "department"
