"""Pages cut above their opening (the title and the body's name lost) guess no other place.

Found by a probe that cuts tuning pages (drops the first line, the last lines, the title) and
asks whether the reading then names a wrong place rather than none: each case is the form
written anew, with a control that names the place itself.
"""

import pytest

from .conftest import read_text

BODY_TAIL = "全年审核规范性文件12件，举办法治培训4场。\n二、存在的不足和原因\n基层力量薄弱。\n三、下一步工作安排\n继续推进。"


def _region(text: str) -> str | None:
    region = read_text(text).as_dict()["region"]
    return region["name"] if region else None


@pytest.mark.parametrize(
    "text",
    [
        # 和县直各单位: 和 joins two bodies, 县直 is the county's own departments.
        "一、主要举措和成效\n（一）强化政治引领。县委、县政府主要负责同志带头学法，各乡镇（街道）和县直各单位"
        "主要负责人履行推进法治建设第一责任人职责。" + BODY_TAIL,
        # 和县级部门: the county-level departments, beside the townships.
        "一、主要举措和成效\n（一）优化营商环境。全县推行证照联办，各乡镇和县级部门主要负责人带头述法。"
        + BODY_TAIL,
    ],
)
def test_a_two_character_name_whose_suffix_starts_the_next_word_is_no_place(text):
    assert _region(text) is None


def test_a_county_named_he_xian_in_full_is_still_read():
    text = (
        "2023年，和县坚持依法行政，和县县直各单位主要负责人带头述法，法治政府建设取得新成效。\n" + BODY_TAIL
    )
    assert _region(text) == "安徽省马鞍山市和县"


@pytest.mark.parametrize(
    "clause",
    [
        "协同安徽省阜阳市探索政务服务跨省通办",
        "对口支援西藏自治区日喀则市开展法治宣传",
        "携手宁波市推进长三角执法协作",
        "与江西省结对帮扶赣州市开展普法",
        "先后与北京朝阳区、上海宝山区签订“跨省通办”协议，与朝阳区合作办理企业变更登记",
    ],
)
def test_a_place_the_body_works_with_is_not_the_place_that_speaks(clause):
    text = (
        "一、主要举措和成效\n（一）深化政务服务改革。2024年，全市窗口办件30751件，其中行政许可16634件；"
        f"{clause}，累计办件120件。" + BODY_TAIL
    )
    assert _region(text) is None


def test_the_place_that_speaks_beside_a_partner_keeps_its_region():
    text = (
        "2024年，舟山市坚持依法行政，全市法治政府建设取得新成效。\n一、主要举措和成效\n"
        "（一）深化政务服务改革。舟山市协同安徽省阜阳市探索政务服务跨省通办，累计办件120件。" + BODY_TAIL
    )
    assert _region(text) == "浙江省舟山市"


@pytest.mark.parametrize(
    "act",
    [
        "按时向省委、省人大常委会书面报告2016年度全省法治政府建设工作情况",
        "落实年度报告制度，按规定向市委、市人大常委会报告2016年法治政府建设情况",
        "各部门均已报告了2016年度法治政府建设情况",
        "在门户网站公开报告《2016年度法治政府建设情况》",
    ],
)
def test_a_report_made_to_someone_does_not_date_the_text(act):
    text = (
        f"一、主要举措和成效\n（一）落实年度报告制度。{act}。2017年审核规范性文件12件，2017年举办法治培训4场。\n"
        "二、存在的不足和原因\n基层力量薄弱。\n三、下一步工作安排\n继续推进。"
    )
    # The act's year is not the text's; with two years named about as often, none is given.
    assert read_text(text).as_dict()["year"] in (None, 2017)


def test_the_text_that_says_what_it_reports_is_dated_by_it():
    text = "现将2017年度法治政府建设情况报告如下。\n一、主要举措和成效\n" + BODY_TAIL
    assert read_text(text).as_dict()["year"] == 2017


@pytest.mark.parametrize(
    "clause",
    [
        "主要负责同志多次主持召开厅党委会研究法治工作，厅党委理论学习中心组专题学法4次",
        "委党组理论学习中心组专题学法4次，委党组会议研究法治工作",
        "局机关全体干部参加法治培训，局机关各科室落实执法责任制",
        "召开局长办公会专题研究法治工作，全系统开展执法案卷评查",
        "局务会研究重大执法决定，局属单位全面落实执法责任制",
        "坚持法治建设与业务工作同部署、同推进，全局干部职工参加法治培训",
        "深入推进法治政府部门建设，局班子成员带头学法，系统干部参加旁听庭审",
    ],
)
def test_a_department_speaks_by_its_organs_words(clause):
    text = f"一、主要举措和成效\n（一）加强组织领导。{clause}。全市审核规范性文件12件。\n" + BODY_TAIL
    assert read_text(text).as_dict()["level"] == "department"


def test_a_governments_party_committees_and_groups_are_not_a_department():
    text = (
        "一、主要举措和成效\n（一）加强组织领导。全市各级党委党组把法治建设纳入重要议事日程，全市审核规范性文件"
        "12件，全市举办法治培训4场。\n" + BODY_TAIL
    )
    assert read_text(text).as_dict()["level"] != "department"


def test_a_district_whose_name_starts_with_a_citys_short_name_is_not_that_city():
    # 朝阳区 (Beijing's, and Changchun's) is not 朝阳 the city of Liaoning, whatever the text settles.
    text = (
        "一、主要举措和成效\n（一）加强组织领导。在区委的领导下，持续编制发布《朝阳区法治政府建设年度报告》，"
        "朝阳区各部门审核规范性文件12件，朝阳区举办法治培训4场。\n" + BODY_TAIL
    )
    assert _region(text) != "辽宁省朝阳市"


def test_the_city_named_by_its_short_name_is_still_read():
    text = "2023年，朝阳市坚持依法行政，全市法治政府建设取得新成效，朝阳法治建设稳步推进。\n" + BODY_TAIL
    assert _region(text) == "辽宁省朝阳市"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            "罗湖区\n标题：罗湖区翠竹街道办事处2025年法治政府建设年度报告",
            "罗湖区翠竹街道办事处2025年法治政府建设年度报告",
        ),
        (
            "某某市人民政府\n标 题：某某县2024年法治政府建设工作情况报告",
            "某某县2024年法治政府建设工作情况报告",
        ),
    ],
)
def test_a_labelled_title_row_is_not_joined_to_the_line_above(head, title):
    text = f"{head}\n2024年，我县坚持依法行政，法治政府建设取得新成效。\n" + BODY_TAIL
    assert read_text(text).as_dict()["title"] == title


@pytest.mark.parametrize(
    ("issuer", "rest"),
    [
        ("应急管理部", "关于2020年法治政府建设工作情况的报告"),
        ("黄桷坪街道", "关于2025年法治政府建设情况的报告"),
        ("陶家镇", "关于2025年法治政府建设情况的报告"),
        ("某某乡", "关于2023年法治政府建设情况的报告"),
    ],
)
def test_a_ministry_street_or_township_on_the_line_above_guanyu_is_the_titles_issuer(issuer, rest):
    text = f"{issuer}\n{rest}\n2024年，我们坚持依法行政，法治政府建设取得新成效。\n" + BODY_TAIL
    assert read_text(text).as_dict()["title"] == issuer + rest


def test_a_township_that_names_the_bureau_above_it_is_no_department():
    # 区司法局领导肯定: the district bureau's leaders, not the township's own organ.
    text = (
        "现将陶家镇2025年法治政府建设情况报告如下：\n一、主要举措和成效\n（一）深化基层治理。全镇调解纠纷20件，"
        "相关工作获镇主要领导认可、区司法局领导肯定并推广。\n" + BODY_TAIL
    )
    assert read_text(text).as_dict()["level"] != "department"


CITED_ONLY = (
    "一、主要举措和成效\n（一）加强组织领导。成立法治政府建设工作领导小组，制发《{}2023年法治政府建设"
    "工作要点》，审核规范性文件12件，举办法治培训4场。\n二、存在的不足和原因\n基层力量薄弱。\n三、下一步工作安排\n继续推进。"
)


def test_the_only_place_named_in_its_own_documents_title_is_the_body():
    assert _region(CITED_ONLY.format("日土县")) == "西藏自治区阿里地区日土县"


def test_a_provinces_document_cited_alone_names_no_body():
    # Every body of the province cites the province's documents.
    assert _region(CITED_ONLY.format("西藏自治区")) is None


def test_two_places_cited_once_each_name_no_body():
    text = CITED_ONLY.format("日土县").replace("。\n二、", "，落实《噶尔县法治宣传教育方案》。\n二、")
    assert _region(text) is None


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("2020年静海区法治政府建设情况报告（附解读）", "2020年静海区法治政府建设情况报告"),
        ("【图文】关于2023年法治政府建设情况的报告", "关于2023年法治政府建设情况的报告"),
        ("【法治政府建设】华新街道2022年法治政府建设年度报告", "华新街道2022年法治政府建设年度报告"),
        ("【图文】省人民政府关于2016年依法行政工作的报告", "省人民政府关于2016年依法行政工作的报告"),
        ("【法治政府建设】2022年度法治政府建设情况报告", "2022年度法治政府建设情况报告"),
        # a listing's date before the title
        (
            "2024-03-12 枣庄市生态环境局关于2023年度法治政府建设工作报告",
            "枣庄市生态环境局关于2023年度法治政府建设工作报告",
        ),
        ("2024/3/12 关于2023年法治政府建设情况的报告", "关于2023年法治政府建设情况的报告"),
        ("2024.03.12 2023年度银川市法治政府建设情况报告", "2023年度银川市法治政府建设情况报告"),
        # a sharing site's page number run onto the title
        ("1、2023年法治政府建设年度报告", "2023年法治政府建设年度报告"),
    ],
)
def test_a_column_label_or_an_aside_around_a_title_is_not_part_of_it(line, title):
    text = f"{line}\n2024年，我们坚持依法行政，法治政府建设取得新成效。\n" + BODY_TAIL
    assert read_text(text).as_dict()["title"] == title


def test_a_column_label_under_a_short_line_starts_the_title():
    text = (
        "罗湖区\n【图文】罗湖区翠竹街道办事处2025年法治政府建设年度报告\n2025年，我们坚持依法行政。\n"
        + BODY_TAIL
    )
    assert read_text(text).as_dict()["title"] == "罗湖区翠竹街道办事处2025年法治政府建设年度报告"


@pytest.mark.parametrize("label", ["一图读懂｜", "【一图读懂】", "【图解】", "图解｜", "【政策解读】"])
def test_a_label_naming_another_genre_keeps_the_page_from_being_the_report(label):
    text = (
        f"{label}2023年某某县法治政府建设年度报告\n2023年，某某县坚持依法行政，审核规范性文件12件。\n"
        + BODY_TAIL
    )
    reading = read_text(text).as_dict()
    assert reading["kind"] != "annual_report"
    assert reading["title"].startswith(label)


@pytest.mark.parametrize("label", ["一图读懂｜", "【图解】"])
def test_a_label_naming_another_genre_over_a_summary_and_plan(label):
    text = (
        f"{label}某某县司法局2023年法治政府建设工作总结和2024年工作计划\n"
        "2023年，我局坚持依法行政，审核规范性文件12件。\n" + BODY_TAIL
    )
    assert read_text(text).as_dict()["kind"] != "annual_report"
    plain = read_text(text.removeprefix(label)).as_dict()
    assert plain["kind"] == "annual_report"


def test_a_municipality_speaking_as_quan_shi_over_its_districts_is_of_province_level():
    text = (
        "一、主要举措和成效\n（一）加强组织领导。全市各级政府深入推进依法行政，指导浦东新区、闵行区开展法治政府建设"
        "示范创建，全市审核规范性文件120件。\n" + BODY_TAIL
    )
    reading = read_text(text).as_dict()
    assert (reading["region"]["name"], reading["level"]) == ("上海市", "province")


@pytest.mark.parametrize(
    ("above", "line"),
    [
        ("某某县司法局", "2020年静海区法治政府建设情况报告"),
        ("某某市某某区人民政府办公室", "华新街道2022年法治政府建设年度报告"),
        ("法治政府建设", "2020年静海区法治政府建设情况报告"),
        ("某某县司法局", "省人民政府关于2016年依法行政工作的报告"),
    ],
)
def test_a_whole_title_that_names_its_body_takes_no_line_above(above, line):
    text = f"{above}\n{line}\n2024年，我们坚持依法行政，法治政府建设取得新成效。\n" + BODY_TAIL
    assert read_text(text).as_dict()["title"] == line


def test_a_party_committee_of_another_place_is_no_joint_issuer():
    line = "三亚市人民政府关于2021年度法治政府建设情况的报告"
    text = f"中共某某县委员会\n{line}\n2021年，我市坚持依法行政。\n" + BODY_TAIL
    assert read_text(text).as_dict()["title"] == line


def test_a_party_committee_of_the_same_place_still_issues_jointly():
    text = (
        "中共长春市南关区委\n长春市南关区人民政府关于2023年度法治政府建设情况报告\n2023年，我区坚持依法行政。\n"
        + BODY_TAIL
    )
    assert (
        read_text(text).as_dict()["title"]
        == "中共长春市南关区委 长春市南关区人民政府关于2023年度法治政府建设情况报告"
    )


def test_a_line_of_works_campaign_names_no_county():
    # 法治公安 is the police's campaign, though 公安 is the short name of Hubei's 公安县.
    text = (
        "2023年，全县公安机关在县委、县政府和市公安局的坚强领导下，坚持依法行政，全面推进法治公安建设。\n"
        + BODY_TAIL
    )
    assert _region(text) != "湖北省荆州市公安县"


def test_the_county_called_gongan_is_still_read():
    text = "2023年，公安县坚持依法行政，法治公安建设取得新成效，公安县法治政府建设稳步推进。\n" + BODY_TAIL
    assert _region(text) == "湖北省荆州市公安县"


@pytest.mark.parametrize(
    ("opening", "region"),
    [
        ("2023年，县发改局（县粮食局）坚持依法行政，全面推进法治政府建设。", None),
        ("2023年，淳安县发改局（县粮食局）坚持依法行政，全面推进法治政府建设。", "浙江省杭州市淳安县"),
    ],
)
def test_a_department_with_its_other_name_in_brackets_is_the_subject(opening, region):
    reading = read_text(f"关于2023年度法治政府建设工作情况的报告\n{opening}\n" + BODY_TAIL).as_dict()
    assert reading["level"] == "department"
    assert (reading["region"] or {}).get("name") == region


@pytest.mark.parametrize(
    "subject",
    ["许昌市生态环境局领导班子", "许昌市生态环境局机关", "许昌市生态环境局（以下简称“本局”）", "司法部机关"],
)
def test_a_departments_leaders_offices_or_short_name_still_name_the_department(subject):
    opening = f"2023年，{subject}坚持依法行政，全面推进法治政府建设。"
    reading = read_text(f"关于2023年度法治政府建设工作情况的报告\n{opening}\n" + BODY_TAIL).as_dict()
    assert reading["level"] == "department"


_BUREAU_BODY = (
    "2023年，我局深入学习贯彻习近平法治思想，现将有关情况报告如下。\n一、主要举措和成效\n"
    "召开局党组会议专题研究法治建设3次。\n二、存在的不足\n执法人员素质有待提高。\n三、下一步工作安排\n继续推进。"
)


@pytest.mark.parametrize(
    "title",
    [
        "德清县2023年法治政府建设年度报告",
        "德清县市场监管2023年法治政府建设年度报告",
        "浙江省2023年度交通运输法治政府部门建设情况报告",
        "湖州市交通运输系统2023年法治政府建设工作报告",
    ],
)
def test_a_title_naming_only_a_place_over_a_bureaus_body_is_the_bureaus(title):
    reading = read_text(f"{title}\n{_BUREAU_BODY}").as_dict()
    assert reading["level"] == "department"
    assert reading["region"]["name"] in title.replace("德清县", "浙江省湖州市德清县").replace(
        "湖州市", "浙江省湖州市"
    )


def test_a_place_that_speaks_as_its_government_stays_the_government():
    # Its words name the government's organs (县政府常务会议, 各乡镇, 县直各部门); which of a bureau's
    # and a government's words a body uses is the body model's to weigh (test_body_model.py).
    body = (
        "2023年，全县深入学习贯彻习近平法治思想，现将有关情况报告如下。\n一、主要举措和成效\n"
        "县政府常务会议专题研究法治建设3次，各乡镇、县直各部门主要负责人签订责任书。\n"
        "二、存在的不足\n部分乡镇执法人员素质有待提高。\n三、下一步工作安排\n继续推进。"
    )
    reading = read_text(f"德清县2023年法治政府建设年度报告\n{body}").as_dict()
    assert reading["level"] == "county"


# A page cut above its opening's title, whose first part is headed in the regulation's words (主要举措和成效):
# 247 tuning reports head their first part so and no tuning look-alike does (twelfth session).
CUT_AT_THE_OPENING = (
    "2023年，县市场监督管理局坚持以习近平法治思想为指导，深入推进法治政府建设，各项工作取得新成效。\n"
    "{heading}\n（一）压实主体责任。局党组会议会前学法12次，审核规范性文件3件。\n"
    "（二）规范执法行为。全年办理行政处罚案件112件。"
)


@pytest.mark.parametrize(
    "heading", ["一、主要举措和成效", "一、2023年推进法治政府建设的主要举措和成效", "一、工作举措与成效"]
)
def test_the_first_part_in_the_regulations_words_marks_a_report(heading):
    assert read_text(CUT_AT_THE_OPENING.format(heading=heading)).kind == "annual_report"


def test_a_results_heading_in_other_words_is_no_mark_by_itself():
    from fazhi.reading.parts import count_part_headings
    from fazhi.reading.segment import headings

    assert count_part_headings(headings("一、主要工作和成效\n（一）压实主体责任。")) == 0
    assert count_part_headings(headings("一、主要举措和成效\n（一）压实主体责任。")) == 1


@pytest.mark.parametrize(
    ("opening", "year"),
    [
        # the year run on to its subject without a comma, above a body that counts an earlier year more
        ("2022年西城区坚持以习近平法治思想为指导，扎实推进依法行政。现将有关情况报告如下：", 2022),
        ("2023年我局深入贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：", 2023),
    ],
)
def test_a_year_run_on_to_its_subject_dates_the_report(opening, year):
    body = (
        "\n一、主要举措和成效\n（一）完善顶层设计。制发法治建设规划（2021-2025年）。完成2021年度法治建设评估、"
        "2021年度法治政府评估，总结2021年度考核。\n" + BODY_TAIL
    )
    assert read_text(opening + body).year == year


@pytest.mark.parametrize(
    "title",
    [
        "棣棠乡2023年度法治政府建设情况报告",
        "2020年静海区法治政府建设情况报告",
        "淳安县2023年法治政府建设情况报告",
    ],
)
def test_a_breadcrumbs_last_step_that_is_a_whole_title_names_the_page(title):
    text = (
        f"首页 > 政务公开 > 法治政府建设 > {title}\n2023年，我们坚持依法行政，法治政府建设取得新成效。\n"
        + BODY_TAIL
    )
    assert read_text(text).as_dict()["title"] == title
