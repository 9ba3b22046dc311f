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
        ("department_planning_bureau_2025.txt", "annual_report"),
        ("plan_by_planning_bureau.txt", "not_report"),
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
        ("township_report_2022.txt", "浙江省宁波市象山县石浦镇", "330225", "township", "石浦镇人民政府"),
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
    reading = read_text(
        "今天是：2019年10月31日 星期四\n某县2018年度法治政府建设情况报告\n"
        "2018年，某县坚持依法行政，法治政府建设取得新成效。现将有关情况报告如下。\n一、主要举措和成效\n"
    )
    assert reading.published is None
    assert reading.year == 2018


def test_a_date_in_the_body_is_never_the_publication_date():
    reading = read_text(
        "2022年，某县坚持依法行政。2023年3月1日，县政府召开常务会议研究法治政府建设工作，现将有关情况报告如下。\n"
    )
    assert reading.published is None


def test_title_broken_over_two_lines_is_joined():
    reading = read_text(
        "关于山南市乃东区2024年度法治政府\n建设情况的报告\n2024年，乃东区稳步推进依法行政，各项工作有序开展。\n"
    )
    assert reading.title == "关于山南市乃东区2024年度法治政府建设情况的报告"
    assert reading.region == {"name": "西藏自治区山南市乃东区", "code": "540502"}
    assert reading.issuer == "乃东区人民政府"


def test_missing_title_keeps_the_year_from_the_opening_and_no_issuer():
    reading = read_text(
        "2021年，湘潭市岳塘区持续深化依法行政，法治政府建设稳中有进。\n一、主要做法及成效\n"
        "（一）抓好统筹\n区政府把法治建设列入年度重点工作，全年专题研究5次。\n二、存在的问题\n三、下一步工作打算\n"
    )
    assert reading.title is None
    assert reading.year == 2021
    assert reading.issuer is None
    assert reading.region == {"name": "湖南省湘潭市岳塘区", "code": "430304"}
    assert reading.level == "county"


def test_a_ministry_has_no_region():
    reading = read_text("2023年，自然资源部把依法行政贯穿于各项业务工作之中。\n一、加强党对法治工作的领导\n")
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
    reading = read_text(
        "发布日期：2024-02-20\n市政府坚持依法行政，全面推进法治政府建设，各项工作取得积极进展，群众满意度持续提升。\n"
    )
    assert reading.published == "2024-02-20"
    assert reading.year == 2023


def test_since_this_year_is_not_a_multi_year_span():
    reading = read_text(
        "市委、市政府：\n2025年以来，我委围绕法治政府建设目标扎实推进各项工作。现将本年度有关情况报告如下：\n一、工作完成情况\n"
    )
    assert reading.kind == "annual_report"
    assert reading.level == "department"


_REPORT_BODY = (
    "\n2025年，我局坚持依法行政，法治政府建设取得新成效。现将有关情况报告如下：\n一、主要成效\n"
    "全年办理行政复议案件3件。\n二、存在的不足\n三、下一步工作安排\n"
)
_PLAN_BODY = (
    "\n为深入推进依法行政，加快建设法治政府，结合实际，制定本规划。\n一、总体要求\n（一）指导思想\n"
    "二、主要任务\n三、保障措施\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "德清县自然资源和规划局2025年度法治政府建设工作报告",
        "德清县自然资源和规划局2025年度法治政府建设报告",
        "上海市规划和自然资源局2023年法治政府建设年度报告",
        "北京市规划和自然资源委员会2022年法治政府建设年度情况",
        "某市城乡规划委员会2023年度法治政府建设工作总结",
        "青岛市自然资源和规划局崂山分局2024年法治政府建设情况",
        "某县卫生和计划生育委员会2016年法治政府建设情况报告",
        "某市新闻出版局2015年度依法行政工作报告",
        "某区2023年度法治政府建设规划实施情况报告",
    ],
)
def test_a_plan_word_in_a_body_name_or_a_report_title_is_not_a_plan(title):
    assert read_text(title + _REPORT_BODY).kind == "annual_report"


@pytest.mark.parametrize(
    "title",
    [
        "德清县法治政府建设规划（2021—2025年）",
        "某市“十四五”法治政府建设规划",
        "某市法治政府建设规划纲要",
        "某市法治政府建设实施纲要（2021—2025年）",
        "某市规划和自然资源局法治政府建设规划",
        "关于印发《某市自然资源和规划局法治政府建设规划（2021—2025年）》的通知",
        "某市自然资源和规划局2024年法治政府建设工作计划",
        "某市规划局2025年法治政府建设工作要点",
        "某区法治政府建设规划实施情况中期评估报告",
        "关于印发某县2023年度法治政府建设工作报告",
    ],
)
def test_a_plan_stays_a_plan(title):
    assert read_text(title + _PLAN_BODY).kind == "not_report"
