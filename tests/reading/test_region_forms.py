"""Classify stage: region, level and publication date of report forms found on published sites.

Third pass of issue 16 (docs/reading-history.md, "Region, level and date, third pass"). Each page is
written for the test in our own words; only the shape is the sites' (a 地区行署 or a 盟's report, a
banner by the short name it goes by, a 发布机构 line naming the township's county, a city bureau
that names only its counties, a zone's committee, a metadata block with its labels on lines of
their own). Places are real so the region table can be asked; bodies, numbers and dates invented.
"""

import pytest

from fazhi.reading.body_kind import body_kind

from .conftest import THREE_PARTS_BODY, expect, read_text

# (case, page, fields)
FORMS = [
    (
        "a_prefectures_administrative_office_is_its_government",
        "阿里地区行政公署2023年法治政府建设工作情况报告\n"
        "2023年，在地委的领导下，行署坚持依法行政，全地区审核规范性文件12件。\n" + THREE_PARTS_BODY,
        {"level": "city", "region_name": "西藏自治区阿里地区", "issuer": "阿里地区行政公署"},
    ),
    (
        "a_leagues_administrative_office_is_city_level",
        "兴安盟行政公署2022年度法治政府建设情况报告\n2022年，全盟坚持依法行政，法治兴安建设稳步推进。\n"
        + THREE_PARTS_BODY,
        {"level": "city", "region_name": "内蒙古自治区兴安盟"},
    ),
    (
        "an_untitled_report_whose_administrative_office_speaks_as_the_whole_prefecture",
        "2023年，在地委的坚强领导下，行署坚持依法行政，全地区审核规范性文件30件，阿克苏地区法治建设"
        "稳步推进。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "city", "region_name": "新疆维吾尔自治区阿克苏地区"},
    ),
    (
        # 库车市 speaks as 全市 too, but 温宿县 beside it says the prefecture may be telling of both.
        "a_prefecture_naming_a_county_level_city_and_a_sibling_county_is_not_guessed",
        "2023年，在地委的坚强领导下，行署坚持依法行政，我地区法治建设稳步推进，库车市、温宿县获评"
        "示范县（市）。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "city", "region_name": None},
    ),
    (
        "a_banner_by_the_short_name_it_goes_by_in_the_title",
        "东乌旗人民政府关于2023年度法治政府建设情况的报告\n2023年，东乌旗坚持依法行政，推进全旗法治政府建设。\n"
        + THREE_PARTS_BODY,
        {"level": "county", "region_name": "内蒙古自治区锡林郭勒盟东乌珠穆沁旗"},
    ),
    (
        "a_banner_by_its_short_name_in_the_opening",
        "2023年，在旗委、旗政府的领导下，科左中旗坚持依法行政，全旗审核规范性文件15件。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "county", "region_name": "内蒙古自治区通辽市科尔沁左翼中旗"},
    ),
    (
        "a_city_bureau_that_names_only_counties_of_one_prefecture_is_that_prefectures",
        "市市场监督管理局2023年法治政府建设工作报告\n"
        "2023年，市市场监督管理局坚持依法行政，全市查办案件300件，指导临安区、桐庐县开展执法检查，"
        "桐庐县获评示范单位。\n" + THREE_PARTS_BODY,
        {"level": "department", "region_name": "浙江省杭州市"},
    ),
    (
        "a_city_bureau_naming_counties_of_two_prefectures_gives_none",
        "2023年，在市委、市政府的领导下，市司法局坚持依法行政，全市审核规范性文件30件，组织临安区、"
        "德清县交流示范创建经验。\n" + THREE_PARTS_BODY,
        {"level": "department", "region_name": None},
    ),
    (
        "a_township_that_acts_by_law_after_a_salutation_is_the_township",
        "区政府：\n根据上海市普陀区法治政府建设规划的要求，长征镇依法全面履行政府职能，抓好法治建设"
        "各项工作。现将本镇2023年度法治政府建设情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "township", "region_name": "上海市普陀区长征镇"},
    ),
    (
        # The province is named, the township never: township level, and no region rather than the province.
        "a_township_that_speaks_as_itself_once_is_not_its_province",
        "县委、县政府：\n按照四川省关于法治政府建设年度报告的要求，现将本镇2023年度法治政府建设情况"
        "报告如下：\n" + THREE_PARTS_BODY,
        {"level": "township", "region_name": None},
    ),
    (
        # 2024年是…之年 describes the year; the street office is the subject of the next sentence.
        "a_year_said_to_be_something_names_no_body",
        "2024年是全面贯彻改革部署的攻坚之年，也是西兴街道转型发展的关键之年。西兴街道始终坚持依法行政，"
        "全街法治建设稳步推进。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "township", "issuer": "西兴街道办事处"},
    ),
    (
        # A bureau led by the city's committee and government is the city's, though it names the
        # province's events (全省…培训班) more often than it speaks as 全市.
        "a_bureau_led_by_the_citys_committee_is_the_citys",
        "今年以来，在市委、市政府的坚强领导下，我局持续优化法治化营商环境，服务全市发展大局。"
        "在全省市场监管系统培训班上作典型发言，全省执法视频会在泰安召开，全省竞赛中获组织奖。"
        "山东省局通报表扬。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "department", "region_name": "山东省泰安市"},
    ),
    (
        "a_bureau_led_by_the_province_and_its_district_is_the_districts",
        "2023年，在省委、省政府和区委、区政府的坚强领导下，我局坚持依法行政，在全省执法培训中获奖。"
        "《龙岩市永定区卫生健康局法治建设实施方案》印发实施。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "department", "region_name": "福建省龙岩市永定区"},
    ),
    (
        # The other side: an autonomous region's government is the province, not a district.
        "a_bureau_led_by_an_autonomous_regions_government_is_not_a_districts",
        "2023年，在自治区党委、自治区人民政府的坚强领导下，我厅坚持依法行政，全区生态环境执法稳步推进。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "department", "level_is_not": "county", "region_name": None},
    ),
    (
        # A zone sharing one government with a district: the district in brackets is the place.
        "a_zone_and_the_district_it_shares_a_government_with",
        "高新区（新市区）人民政府2024年法治政府建设工作报告\n2024年，在区委的坚强领导下，区人民政府坚持依法行政。\n"
        + THREE_PARTS_BODY,
        {"level": "county", "region_name": "新疆维吾尔自治区乌鲁木齐市新市区"},
    ),
    (
        "an_economic_zone_and_its_district",
        "经开区（头屯河区）2023年法治政府建设情况报告\n2023年，全区坚持依法行政，法治建设稳步推进。\n"
        + THREE_PARTS_BODY,
        {"level": "county", "region_name": "新疆维吾尔自治区乌鲁木齐市头屯河区"},
    ),
    (
        # A provincial department that opens without a date and never names its province numbers
        # its papers by the province's one-character name.
        "a_provincial_department_known_by_its_document_number",
        "关于2023年法治政府建设情况的报告\n皖交法〔2024〕7号\n"
        "省交通运输厅认真落实省委、省政府关于法治建设的部署，抓好行业立法、规范执法等重点工作，"
        "推动法治交通建设取得新成效。\n" + THREE_PARTS_BODY,
        {"level": "department", "issuer": "安徽省交通运输厅", "region_name": "安徽省"},
    ),
    (
        # the other side: numbers of two provinces name neither
        "document_numbers_of_two_provinces_name_none",
        "关于2023年法治政府建设情况的报告\n皖交法〔2024〕7号\n"
        "省交通运输厅认真落实省委、省政府关于法治建设的部署，转发苏交法〔2023〕12号文件，"
        "推动法治交通建设取得新成效。\n" + THREE_PARTS_BODY,
        {"level": "department", "region_name": None},
    ),
    (
        # the other side: a city's bureau is not read from its province's number
        "a_city_bureau_is_not_its_provinces_number",
        "关于2023年法治政府建设情况的报告\n"
        "市交通运输局认真落实市委、市政府的部署，贯彻皖交法〔2023〕12号文件，全市法治交通建设稳步推进。\n"
        + THREE_PARTS_BODY,
        {"level": "department", "region_name": None},
    ),
    (
        # 2025年至今 dates an opening as 2025年以来 does; the bureau is its subject.
        "an_opening_dated_up_to_now_names_its_bureau",
        "2025年至今，在区委、区政府的正确领导下，龙岗区教育局以法治思想为指导，推进依法治校，全区教育系统"
        "法治观念明显提升。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "department", "issuer": "龙岗区教育局", "region_name": "广东省深圳市龙岗区"},
    ),
    (
        # A bureau is led by its own place's committee: the county-level city, not the prefecture
        # whose bureau supports it.
        "a_bureau_led_by_a_named_county_level_city_is_that_citys",
        "城市管理局2023年度法治政府建设情况报告\n2023年，我局在启东市委、市政府的正确领导下，在南通市局的"
        "大力支持下，稳步推进执法体制改革，落实南通市城市管理工作要求，全市城市管理水平持续提升。"
        "现将有关情况汇报如下：\n" + THREE_PARTS_BODY,
        {"level": "department", "region_name": "江苏省南通市启东市"},
    ),
    (
        # the other side: two places of the lowest level leading name neither
        "a_bureau_led_by_two_places_is_neither",
        "2023年，我局在启东市委和海门区委的正确领导下，稳步推进执法体制改革。现将有关情况汇报如下：\n"
        + THREE_PARTS_BODY,
        {"level": "department", "region_name": None},
    ),
    (
        # 楚雄 in 楚雄市 names the county-level city, not the prefecture whose short name it is.
        "a_county_level_citys_name_is_not_its_prefectures_short_name",
        "2024年，在市委、市政府的正确领导下，楚雄市林业和草原局，以依法履职为目标，抓好法治政府建设。"
        "楚雄市林业和草原局党组印发《楚雄市林业和草原局普法责任清单》，我局服务楚雄高质量发展。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"level": "department", "region_name": "云南省楚雄彝族自治州楚雄市"},
    ),
    (
        # 长治 in 长治久安 is a phrase every report of the region writes, not Shanxi's city.
        "a_citys_short_name_inside_a_common_phrase_names_no_place",
        "2021年，八团依法治团工作在师市司法局和团镇党委的正确领导下，聚焦社会稳定和长治久安总目标，"
        "为团场长治久安营造良好的法治环境，确保长治久安。现将工作情况总结如下：\n" + THREE_PARTS_BODY,
        {"region_name": None},
    ),
    (
        "a_citys_short_name_alone_still_names_it",
        "2023年，在市委、市政府的坚强领导下，全市坚持依法行政，法治长治建设取得新成效，长治法治政府建设"
        "考核位居全省前列。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "city", "region_name": "山西省长治市"},
    ),
]


@pytest.mark.parametrize(("page", "fields"), [row[1:] for row in FORMS], ids=[row[0] for row in FORMS])
def test_region_and_level_of_a_form(page, fields):
    expect(read_text(page), fields)


@pytest.mark.parametrize(
    "title",
    [
        "两江新区管理委员会2023年法治政府建设情况报告",
        "襄阳高新技术产业开发区管委会2023年度法治政府建设情况报告",
    ],
)
def test_a_zones_committee_is_read_at_county_level_not_from_the_place_it_is_in(title):
    # The region table codes the zones it holds as county-level (唐山高新技术产业开发区 130273), and the
    # labelled set reads the others so too (four zones' reports of the fresh batches, twelfth session);
    # the place named before the zone is not its level.
    reading = read_text(title + "\n2023年，管委会坚持依法行政，全区法治建设稳步推进。\n" + THREE_PARTS_BODY)
    assert reading.level == "county"
    assert reading.issuer not in ("重庆市人民政府", "襄阳市人民政府")


def test_a_zone_the_table_holds_as_a_district_keeps_its_level():
    reading = read_text("浦东新区2023年法治政府建设情况报告\n2023年，全区坚持依法行政。\n" + THREE_PARTS_BODY)
    assert reading.level == "county"
    assert reading.region["name"] == "上海市浦东新区"


TOWNSHIP_MANY_SHARE = (
    "新华乡2024年法治政府建设工作情况报告\n2024年，新华乡在县委、县政府的领导下坚持依法行政。\n"
)


def test_a_publisher_line_tells_apart_the_townships_a_name_could_be():
    reading = read_text("发布机构：天全县新华乡人民政府\n" + TOWNSHIP_MANY_SHARE + THREE_PARTS_BODY)
    assert reading.region == {"name": "四川省雅安市天全县新华乡", "code": "511825"}
    evidence = reading.metadata_evidence["region"]
    assert evidence.source == "publisher_line" and evidence.confidence == "medium"
    assert "天全县" in evidence.evidence


def test_a_publisher_line_naming_no_place_leaves_the_township_open():
    reading = read_text("来源：本网 发布时间：2025-02-10\n" + TOWNSHIP_MANY_SHARE + THREE_PARTS_BODY)
    assert reading.level == "township"
    assert reading.region is None
    assert len(reading.metadata_evidence["region"].candidates) > 1


def test_a_publisher_line_tells_apart_districts_of_one_name():
    reading = read_text(
        "发布机构：福州市鼓楼区人民政府\n鼓楼区2023年度法治政府建设情况报告\n2023年，全区坚持依法行政。\n"
        + THREE_PARTS_BODY
    )
    assert reading.region["name"] == "福建省福州市鼓楼区"


def test_a_breadcrumb_tells_apart_districts_of_one_name():
    title = "朝阳区人民政府2021年法治政府建设年度情况报告\n2021年，朝阳区政府坚持依法行政。\n"
    reading = read_text(
        "当前位置：首页>>政务公开>>北京市朝阳区法治政府建设年度情况报告\n" + title + THREE_PARTS_BODY
    )
    assert reading.region["name"] == "北京市朝阳区"
    assert reading.metadata_evidence["region"].source == "site_line"
    # a breadcrumb naming no city leaves the name unsettled
    reading = read_text("当前位置：首页>>政务公开>>法治政府建设年度情况报告\n" + title + THREE_PARTS_BODY)
    assert reading.region is None


@pytest.mark.parametrize(
    ("header", "published"),
    [
        # A labelled date keeps its weekday; an unlabelled one with a weekday is a site clock.
        ("发布时间：2025年01月27日 星期一 来源：天全县司法局", "2025-01-27"),
        ("2025年01月27日 星期一", None),
        # A metadata block with each label on a line of its own: the 发布日期's date, not the 发文日期's.
        (
            "• 索引号：\n001-2025-01\n• 发文日期：\n2025年01月20日 16:40\n• 发布日期：\n2025年01月27日 16:34",
            "2025-01-27",
        ),
        ("发布时间 2025年01月27日 点击数：", "2025-01-27"),
        ("文章来源：司法局 更新时间：2025/01/27 11:30:01", "2025-01-27"),
        # A byline's date before the date the page labels as its publication's (a report posted again):
        # the labelled one (nineteenth session, a tuning page of L59).
        ("来源：某某乡人民政府 2025/1/27 发布时间：2025-03-02 浏览量：10", "2025-03-02"),
        ("来源：某某乡人民政府 2025/1/27 浏览量：10", "2025-01-27"),
    ],
)
def test_publication_date_forms(header, published):
    reading = read_text(
        "白沙乡2024年法治政府建设情况报告\n"
        + header
        + "\n2024年，白沙乡坚持依法行政，全乡调解纠纷20件。\n"
        + THREE_PARTS_BODY
    )
    assert reading.published == published


def test_a_signature_date_is_not_the_publication_date():
    reading = read_text(
        "白沙乡2024年法治政府建设情况报告\n2024年，白沙乡坚持依法行政，全乡调解纠纷20件。\n"
        + THREE_PARTS_BODY
        + "白沙乡人民政府\n2025年1月27日\n"
    )
    assert reading.published is None
    assert reading.metadata_evidence["published"].reason


@pytest.mark.parametrize(
    ("leader", "region"),
    [
        # Three counties have a 牛场镇; only 福泉市 is a county-level city, led by 市委 and 市政府.
        ("在市委、市政府的坚强领导下", "贵州省黔南布依族苗族自治州福泉市牛场镇"),
        # Two of them are counties: 县委 does not tell which, and none is given.
        ("在市委、县委的坚强领导下", None),
    ],
)
def test_the_government_leading_a_township_tells_apart_townships_of_one_name(leader, region):
    reading = read_text(
        f"2024年，牛场镇{leader}坚持依法行政，全镇调解纠纷30件。现将有关情况报告如下：\n" + THREE_PARTS_BODY
    )
    assert reading.level == "township"
    assert (reading.region or {}).get("name") == region


# (case, page, fields): a site's name or another body's name on the line above the title, run into it.
RUN_INTO_THE_TITLE = [
    (
        "a_city_bureaus_site_hosting_the_provincial_departments_report",
        "赣州市司法局\n省司法厅2023年法治政府建设情况报告\n"
        "2023年，我厅坚持依法行政，全省司法行政系统法治建设稳步推进，赣州市获评示范市。\n" + THREE_PARTS_BODY,
        {"level": "department", "region_name": "江西省"},
    ),
    (
        "a_provincial_portal_hosting_a_prefectures_report",
        "湖北省人民政府门户网站\n关于2023年度法治政府建设情况的报告\n"
        "2023年，州政府坚持依法行政，全州法治建设稳步推进，恩施州审核规范性文件20件。\n" + THREE_PARTS_BODY,
        {"level": "city", "region_name": "湖北省恩施土家族苗族自治州"},
    ),
    (
        "a_county_portal_hosting_a_townships_report",
        "屏南县人民政府门户网站\n双溪镇2023年法治政府建设工作报告\n2023年，我镇坚持依法行政，全镇调解纠纷20件。\n"
        + THREE_PARTS_BODY,
        {"level": "township", "region_name": "福建省宁德市屏南县双溪镇", "issuer": "双溪镇人民政府"},
    ),
    (
        "a_government_office_stays_one_body",
        "屏南县人民政府办公室2023年法治政府建设工作报告\n2023年，我办坚持依法行政。\n" + THREE_PARTS_BODY,
        {"level": "department", "region_name": "福建省宁德市屏南县"},
    ),
]


@pytest.mark.parametrize(
    ("page", "fields"), [row[1:] for row in RUN_INTO_THE_TITLE], ids=[row[0] for row in RUN_INTO_THE_TITLE]
)
def test_the_reporting_body_after_a_name_run_into_the_title(page, fields):
    expect(read_text(page), fields)


# (case, page, fields): a county under the name it had before it was renamed or made a district.
FORMER_NAMES = [
    (
        "a_county_level_city_made_a_district_by_its_former_name",
        "临安市人民政府关于2016年度法治政府建设情况的报告\n2016年，全市坚持依法行政，落实杭州市部署。\n"
        + THREE_PARTS_BODY,
        {
            "level": "county",
            "region": {"name": "浙江省杭州市临安区", "code": "330112"},
            "issuer": "临安市人民政府",
        },
    ),
    (
        "a_county_renamed_a_district_named_in_the_opening",
        "2017年，在市委、市政府的坚强领导下，宜宾县坚持依法行政，全县审核规范性文件20件，落实宜宾市部署。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "county", "region_name": "四川省宜宾市叙州区"},
    ),
    (
        # 吴江市 became a district of 苏州 in 2012 and the table lacks the old name: not 苏州市 itself.
        "a_place_the_table_does_not_know_is_not_the_prefecture_the_text_names",
        "吴江市人民政府关于2011年度依法行政工作情况的报告\n2011年，全市坚持依法行政，落实苏州市部署，"
        "苏州市考核我市优秀，苏州市法治建设稳步推进。\n" + THREE_PARTS_BODY,
        {"level": None, "region_name": None},
    ),
]


@pytest.mark.parametrize(
    ("page", "fields"), [row[1:] for row in FORMER_NAMES], ids=[row[0] for row in FORMER_NAMES]
)
def test_a_county_by_its_former_name(page, fields):
    expect(read_text(page), fields)


def test_an_unknown_place_says_why_no_region_is_given():
    reading = read_text(FORMER_NAMES[2][1])
    evidence = reading.metadata_evidence["region"]
    assert evidence.source == "unknown_place" and "吴江市" in evidence.reason
    assert "吴江市" in reading.metadata_evidence["level"].reason


@pytest.mark.parametrize(
    ("page", "region"),
    [
        # The campaign names the district by its short name, the only one of that name in the country.
        ("2023年度法治闵行建设情况报告\n2023年，全区坚持依法行政，法治闵行建设稳步推进。\n", "上海市闵行区"),
        # 平安 is 平安区's short name and a word: 法治平安 names no district.
        ("关于2023年度法治政府建设情况的报告\n2023年，全区坚持依法行政，法治平安建设稳步推进。\n", None),
        # Four districts are called 鼓楼区; the text names the city of one of them.
        (
            "关于2023年度法治政府建设情况的报告\n2023年，区政府坚持依法行政，全区审核规范性文件20件，"
            "鼓楼区法治建设稳步推进，落实南京市部署。\n",
            "江苏省南京市鼓楼区",
        ),
    ],
)
def test_a_district_named_in_the_text_by_a_name_it_shares_or_its_short_name(page, region):
    reading = read_text(page + THREE_PARTS_BODY)
    assert reading.level == "county"
    assert (reading.region or {}).get("name") == region


@pytest.mark.parametrize(
    ("opening", "region"),
    [
        # An untitled city report names its own campaign by the city's short name (法治湛江建设), and
        # among its places a county-level city that might have spoken itself.
        ("2025年，市政府坚持依法行政，以推进法治湛江建设为抓手，扎实推动法治政府建设。", "广东省湛江市"),
        # Two cities' campaigns: neither is told.
        ("2025年，市政府坚持依法行政，对标法治湛江建设，学习法治茂名建设经验，扎实推动法治政府建设。", None),
    ],
)
def test_an_untitled_city_report_by_its_campaigns_short_name(opening, region):
    places = "其中，赤坎区推进人民调解项目；吴川市整合司法调解力量。\n"
    reading = read_text(opening + "现将有关情况报告如下：\n" + places + THREE_PARTS_BODY)
    assert reading.level == "city"
    assert (reading.region or {}).get("name") == region


# (case, page, fields): a township whose name begins with a county's short name (兴隆镇, 平安镇) is
# a name dozens of counties share; the name itself is no mention of the county it begins like.
SHARED_TOWNSHIP_NAMES = [
    (
        "a_township_named_like_a_county_is_not_that_countys",
        "兴隆镇2023年法治政府建设工作报告\n2023年，兴隆镇党委、政府深入学习贯彻习近平法治思想，"
        "扎实推进法治政府建设。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "township", "region_name": None},
    ),
    (
        "a_township_named_like_a_district_is_not_that_districts",
        "2022年，平安镇坚持依法行政，全镇化解矛盾纠纷40件，平安镇法治建设稳步推进。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "township", "region_name": None},
    ),
    (
        "a_street_office_named_like_its_district_led_by_a_district_of_either_city",
        "2024年以来，湖滨街道在区委、区政府的领导下，深入推进法治政府建设，"
        "现将我街道2024年法治政府建设情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "township", "region_name": None},
    ),
    (
        # The county named apart from the township's own name still tells the townships apart.
        "a_township_named_like_its_county_that_the_opening_names_too",
        "兴隆镇2023年法治政府建设工作报告\n2023年，在兴隆县委、县政府的领导下，兴隆镇扎实推进"
        "法治政府建设。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "township", "region_name": "河北省承德市兴隆县兴隆镇"},
    ),
    (
        "a_township_named_like_a_city_led_by_that_city",
        "宁安镇2021年度法治政府建设情况报告\n2021年，宁安镇在宁安市委、市政府的领导下，坚持依法行政。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "township", "region_name": "黑龙江省牡丹江市宁安市宁安镇"},
    ),
]


@pytest.mark.parametrize(
    ("page", "fields"),
    [row[1:] for row in SHARED_TOWNSHIP_NAMES],
    ids=[row[0] for row in SHARED_TOWNSHIP_NAMES],
)
def test_a_township_name_shared_across_counties(page, fields):
    expect(read_text(page), fields)


# (case, page, level): a name several places share tells the level when they all have one.
SHARED_NAME_LEVELS = [
    (
        "a_district_name_of_two_cities_in_the_title",
        "和平区人民政府关于2023年度法治政府建设情况的报告\n2023年，区政府坚持依法行政。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        "county",
    ),
    (
        "a_district_name_of_two_cities_in_the_opening",
        "2024年，西湖区坚持以习近平法治思想为指导，推进依法行政。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        "county",
    ),
]


@pytest.mark.parametrize(
    ("page", "level"), [row[1:] for row in SHARED_NAME_LEVELS], ids=[row[0] for row in SHARED_NAME_LEVELS]
)
def test_a_shared_district_name_tells_the_level_not_the_place(page, level):
    reading = read_text(page)
    assert (reading.level, reading.region) == (level, None)
    assert reading.metadata_evidence["level"].source in ("title", "opening")
    assert reading.metadata_evidence["region"].source == "ambiguous_name"


# (case, page, level, region name): a government named by its level's word alone is of that level,
# whatever words it speaks of itself with (an autonomous region says 全区, as a district does).
LEVEL_WORD_SUBJECTS = [
    (
        "an_autonomous_regions_government_speaking_as_the_whole_region",
        "2023年，自治区人民政府坚持依法行政，全区法治政府建设稳步推进。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        "province",
        None,
    ),
    (
        "an_autonomous_regions_government_that_names_its_region_once",
        "2023年，自治区人民政府坚持依法行政，全区法治政府建设稳步推进，宁夏回族自治区法治建设迈上新台阶。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        "province",
        "宁夏回族自治区",
    ),
    (
        "a_county_government_that_never_says_全县",
        "2023年，县政府坚持依法行政，审核规范性文件12件。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        "county",
        None,
    ),
]


@pytest.mark.parametrize(
    ("page", "level", "region_name"),
    [row[1:] for row in LEVEL_WORD_SUBJECTS],
    ids=[row[0] for row in LEVEL_WORD_SUBJECTS],
)
def test_a_government_named_by_its_level_word(page, level, region_name):
    expect(read_text(page), {"level": level, "region_name": region_name})


# (case, page, region name): a one-character place name with its suffix (成县, 南县, 高县, 城区) is
# often the tail of a word (完成县政府…, 湖南县市区, 提高县级); it names a place after a word that
# stands before names (在成县) or after its parent's name (陇南市成县), not inside a word.
NAMES_INSIDE_WORDS = [
    (
        "a_county_whose_name_ends_a_verb_is_not_named",
        "2024年，在县委的坚强领导下，我县坚持依法行政，立足阳城实际推进法治政府建设。全年共完成县政府"
        "常务会议题合法性审查42件。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        None,  # not 甘肃省陇南市成县; 阳城 once, by its short name, is not enough to say which county
    ),
    (
        "a_province_and_a_level_word_are_not_a_county",
        "2023年，我县认真落实湖南县市区法治政府建设部署，提高县级政府依法行政水平，全县法治建设稳步推进。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        None,
    ),
    (
        "a_one_character_county_after_its_city_is_named",
        "2023年，陇南市成县坚持依法行政，全县法治政府建设稳步推进。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        "甘肃省陇南市成县",
    ),
    (
        "a_one_character_county_after_a_word_before_names",
        "2023年，我县坚持依法行政，全县法治政府建设稳步推进，全市法治建设现场会在成县召开，成县获评示范县。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        "甘肃省陇南市成县",
    ),
]


@pytest.mark.parametrize(
    ("page", "region_name"),
    [row[1:] for row in NAMES_INSIDE_WORDS],
    ids=[row[0] for row in NAMES_INSIDE_WORDS],
)
def test_a_short_place_name_inside_a_word_is_not_a_mention(page, region_name):
    expect(read_text(page), {"region_name": region_name})


_AMBIGUOUS_TOWNSHIP_REPORT = (
    "新华乡2023年法治政府建设年度报告\n2023年，新华乡坚持依法行政，现将有关情况报告如下。\n"
    + THREE_PARTS_BODY
)


@pytest.mark.parametrize(
    ("footer", "region"),
    [
        # a township's page on its county's portal: the site's owner names the county
        ("网站地图 | 联系我们\n主办单位：屏边苗族自治县人民政府办公室 版权所有", "屏边苗族自治县新华乡"),
        # the other side: no site owner, or one that is no county of a 新华乡, tells nothing
        ("", None),
        ("网站地图 | 联系我们\n主办单位：云南省人民政府办公厅 版权所有", None),
    ],
)
def test_a_township_of_an_ambiguous_name_on_its_countys_site(footer, region):
    reading = read_text(_AMBIGUOUS_TOWNSHIP_REPORT + "\n" + footer).as_dict()
    got = reading["region"]["name"] if reading["region"] else None
    assert (got or "").endswith(region) if region else got is None
    if region:
        assert reading["metadata_evidence"]["region"]["source"] == "site_owner"


@pytest.mark.parametrize(
    ("breadcrumb", "region"),
    [
        # thirteenth session: the breadcrumb walks down from the county's portal
        ("首页 > 屏边苗族自治县 > 乡镇街道 > 新华乡", "屏边苗族自治县新华乡"),
        ("当前位置：首页 > 屏边苗族自治县人民政府 > 乡镇动态", "屏边苗族自治县新华乡"),
        # the other side: a breadcrumb that names no county tells nothing
        ("当前位置：首页 > 信息公开 > 乡镇 > 新华乡", None),
    ],
)
def test_a_township_of_an_ambiguous_name_under_its_countys_breadcrumb(breadcrumb, region):
    reading = read_text(breadcrumb + "\n" + _AMBIGUOUS_TOWNSHIP_REPORT).as_dict()
    got = reading["region"]["name"] if reading["region"] else None
    assert (got or "").endswith(region) if region else got is None
    if region:
        assert reading["metadata_evidence"]["region"]["source"] == "site_owner"


_UNNAMED_TOWNSHIP_REPORT = (
    "中共渠县委员会、渠县人民政府：\n2024年，我乡法治政府建设工作在县委、县政府的正确领导下，认真贯彻落实"
    "《渠县人民政府2024年法治政府建设重点工作安排》，现将有关情况报告如下。\n{line}\n" + THREE_PARTS_BODY
)


@pytest.mark.parametrize(
    ("line", "region"),
    [
        # a township that speaks only as 我乡 names itself once, among its county's townships
        ("全年到村（社区）给群众上法治课5场次；拱市乡法治副校长上普法课3次。", "四川省达州市渠县拱市乡"),
        # the other side: two of the county's townships named, or a town where the text speaks as a 乡
        ("拱市乡、东安乡联合开展普法宣传。", None),
        ("与三汇镇联合开展普法宣传3次。", None),
    ],
)
def test_a_township_speaking_as_wo_xiang_names_itself_once(line, region):
    reading = read_text(_UNNAMED_TOWNSHIP_REPORT.format(line=line)).as_dict()
    assert reading["level"] == "township"
    assert (reading["region"] or {}).get("name") == region


def test_a_guangzhou_street_by_its_short_name_and_organs_is_the_street_office():
    page = (
        "2022年，在区委、区政府的正确领导下，黄石街党工委、办事处高举习近平法治思想旗帜，深入推进依法行政。\n"
        + THREE_PARTS_BODY
    )
    reading = read_text(page).as_dict()
    assert reading["level"] == "township"
    assert reading["region"]["name"] == "广东省广州市白云区黄石街道"


def test_a_citys_short_name_starting_a_street_or_town_name_is_no_mention_of_the_city():
    # 黄石 in 黄石路, 黄石镇 is a road or a town of some place, not 黄石市: the text names no place of its own
    page = "2022年，认真贯彻落实习近平法治思想，在黄石路社区、黄石镇开展普法宣传。\n" + THREE_PARTS_BODY
    assert read_text(page).as_dict()["region"] is None
    # the other side: the short name alone still names the city
    page = "2022年，黄石坚持依法行政，法治黄石建设迈出新步伐。\n" + THREE_PARTS_BODY
    assert read_text(page).as_dict()["region"]["name"] == "湖北省黄石市"


# The leader's words on the body's own place (twelfth session, from a municipality's untitled opening).
LEADERS_WORDS_BODY = (
    "一、主要举措和成效\n（一）加强党的领导。政府常务会议会前学法12次。\n二、存在的不足\n基层执法力量薄弱。\n"
    "三、下一步工作安排\n持续推进法治政府建设。"
)


@pytest.mark.parametrize(
    ("opening", "region", "level", "source"),
    [
        (
            "2024年，在市委坚强领导下，全市各级行政机关深入学习贯彻习近平总书记视察重庆重要讲话重要指示精神，"
            "推动法治政府建设取得明显成效。\n",
            "重庆市",
            "province",
            "leaders_words",
        ),
        (
            "2023年，在省委坚强领导下，全省各级行政机关深入贯彻习近平总书记对四川工作系列重要指示精神，"
            "推动法治政府建设取得明显成效。\n",
            "四川省",
            "province",
            "text_mentions",  # a province's short name in running text was read already
        ),
    ],
)
def test_the_leaders_words_on_the_bodys_place_name_it(opening, region, level, source):
    reading = read_text(opening + LEADERS_WORDS_BODY)
    assert (reading.region or {}).get("name") == region
    assert reading.level == level
    assert reading.metadata_evidence["region"].source == source


def test_a_county_naming_its_province_in_the_leaders_words_is_not_the_province():
    reading = read_text(
        "2023年，在县委坚强领导下，全县各级行政机关深入学习贯彻习近平总书记视察重庆重要讲话精神，"
        "推动法治政府建设取得明显成效。\n" + LEADERS_WORDS_BODY
    )
    assert (reading.region or {}).get("name") != "重庆市"
    assert reading.level != "province"


def test_a_zone_short_named_after_its_city_is_the_zone_the_table_holds():
    reading = read_text(
        "唐山高新区管委会关于2023年法治政府建设情况的报告\n2023年，高新区坚持依法行政，全区法治建设稳步推进。\n"
        + THREE_PARTS_BODY
    )
    assert reading.region == {"name": "河北省唐山市唐山高新技术产业开发区", "code": "130273"}
    assert reading.level == "county"
    assert reading.issuer == "唐山高新区管委会"


_UNPLACED_BUREAU_REPORT = (
    "县市场监督管理局2023年法治政府建设年度报告\n2023年，我局坚持依法行政，在县委、县政府的领导下，"
    "全县市场监管法治建设取得新成效。现将有关情况报告如下。\n" + THREE_PARTS_BODY
)


@pytest.mark.parametrize(
    ("chrome", "region"),
    [
        # thirteenth session: a bureau speaking as 全县 on its county's portal, named by the footer or
        # the breadcrumb
        ("\n主办单位：淳安县人民政府办公室 版权所有", "浙江省杭州市淳安县"),
        ("首页 > 淳安县 > 部门信息公开 > 县市场监督管理局\n", "浙江省杭州市淳安县"),
        # the other side: a site of another level names no county, nor does a page without chrome
        ("\n主办单位：杭州市人民政府办公厅 版权所有", None),
        ("", None),
    ],
)
def test_a_bureau_that_names_no_place_is_of_its_portals_county(chrome, region):
    page = chrome + _UNPLACED_BUREAU_REPORT if chrome.endswith("\n") else _UNPLACED_BUREAU_REPORT + chrome
    reading = read_text(page).as_dict()
    assert (reading["region"] or {}).get("name") == region


_COUNTY_CITY_REPORT = (
    "2023年，在丽水市委、市政府的坚强领导下，我市坚持以习近平法治思想为指导，全力推进法治政府建设。"
    "现将有关情况报告如下。\n{line}\n" + THREE_PARTS_BODY
)


@pytest.mark.parametrize(
    ("line", "region", "level"),
    [
        # thirteenth session: a county-level city under its prefecture names itself in its own plan
        ("研究出台《龙泉市法治政府建设实施方案》，明确年度任务。", "浙江省丽水市龙泉市", "county"),
        # the other side: naming no county-level city of its prefecture, or two, it stays unsure
        ("研究出台年度法治政府建设实施方案，明确年度任务。", None, None),
        ("学习借鉴龙泉市、缙云县的经验做法。", None, None),
    ],
)
def test_a_county_level_city_under_its_prefecture_that_names_itself(line, region, level):
    reading = read_text(_COUNTY_CITY_REPORT.format(line=line)).as_dict()
    assert (reading["region"] or {}).get("name") == region
    assert reading["level"] == level


@pytest.mark.parametrize(
    ("opening", "region"),
    [
        # 民众镇 of the gazetteer became 民众街道: the one town of that name tells the street's city.
        ("根据年度报告制度的要求，民众街道党工委、办事处坚持推动法治政府建设。", "广东省中山市民众街道"),
        # 城关镇 is the name of hundreds of towns: a 城关街道 is not guessed.
        ("根据年度报告制度的要求，城关街道党工委、办事处坚持推动法治政府建设。", None),
    ],
)
def test_a_street_that_was_a_town_of_one_name(opening, region):
    reading = read_text(opening + "现将具体情况报告如下：\n" + THREE_PARTS_BODY)
    assert reading.level == "township"
    assert (reading.region or {}).get("name") == region


@pytest.mark.parametrize(
    ("opening", "region"),
    [
        # Two districts are called 通州区: Jiangsu's slogan tells Nantong's.
        ("2023年，通州区人民政府坚持依法行政，为建设“强富美高”新通州提供法治保障。", "江苏省南通市通州区"),
        # ...and the capital's sub-centre tells Beijing's.
        ("2023年，通州区人民政府坚持依法行政，为建设城市副中心提供法治保障。", "北京市通州区"),
        # Nothing tells them apart.
        ("2023年，通州区人民政府坚持依法行政，为区域发展提供法治保障。", None),
    ],
)
def test_a_provinces_slogan_tells_apart_districts_of_one_name(opening, region):
    reading = read_text(opening + "现将有关情况报告如下：\n" + THREE_PARTS_BODY)
    assert (reading.region or {}).get("name") == region


@pytest.mark.parametrize(
    ("page", "fields"),
    [
        # A municipality's government speaks as 市政府 and 全市, as a prefecture's does; the body's
        # first heading names it (nineteenth session, from two tuning pages of L59).
        (
            "一、2017年天津市法治政府建设的主要工作和成效\n（一）加强组织领导\n市政府成立法治政府建设领导小组，"
            "由市长任组长。全市审核规范性文件35件，天津市各区政府均成立了领导小组。\n",
            {"level": "province", "region_name": "天津市"},
        ),
        # A prefecture's report that names a municipality in passing stays unread for its place.
        (
            "一、2017年法治政府建设的主要工作和成效\n（一）加强组织领导\n市政府成立法治政府建设领导小组，"
            "由市长任组长。全市审核规范性文件35件，学习借鉴上海市的经验。\n",
            {"level_is_not": "province"},
        ),
    ],
)
def test_a_municipality_speaks_as_a_city(page, fields):
    expect(read_text(page + THREE_PARTS_BODY), fields)


def test_a_citys_management_commission_is_a_department_not_a_zone():
    # 城市管理委员会 is a department; a zone's 管理委员会 governs the zone (a tuning page of L58)
    reading = read_text(
        "天津市滨海新区城市管理委员会2024年度法治政府建设情况报告\n"
        "2024年，区城市管理委员会坚持依法行政，审核规范性文件3件。\n" + THREE_PARTS_BODY
    )
    assert reading.level == "department"
    zone = read_text(
        "某某经济技术开发区管理委员会2024年度法治政府建设情况报告\n"
        "2024年，开发区管委会坚持依法行政，审核规范性文件3件。\n" + THREE_PARTS_BODY
    )
    assert zone.level != "department"


def test_a_whole_title_under_a_headline_that_names_no_body():
    # 2023年法治政府建设年度报告 (the page's headline) over the document's own title (a tuning page of L58)
    reading = read_text(
        "首页>政务公开>法治政府建设年度报告\n2023年法治政府建设年度报告\n"
        "重庆市綦江区城市管理局2023年法治政府建设情况报告\n"
        "2023年，区城市管理局扎实推进法治政府建设，审核规范性文件3件。\n" + THREE_PARTS_BODY
    )
    assert reading.title == "重庆市綦江区城市管理局2023年法治政府建设情况报告"
    assert reading.level == "department"


def test_a_county_level_city_named_short_speaks_as_a_city():
    # 2023年，邹城坚持… with 全市: a county-level city by its short name speaks as 市 (a tuning page of L58)
    reading = read_text(
        "2023年，邹城坚持以习近平法治思想为指导，全面推进依法行政，全市审核规范性文件12件。\n"
        + THREE_PARTS_BODY
    )
    assert reading.level == "county"
    assert reading.region["name"] == "山东省济宁市邹城市"


def test_a_bureau_that_names_itself_in_its_reporting_sentence_reports():
    # …我局认真总结2021年度推进法治政府建设的主要举措和成效…，现将工作情况报告如下 (a tuning page of L58)
    reading = read_text(
        "按照县委依法治县办的通知要求，我局认真总结2021年度推进法治政府建设的主要举措和成效，"
        "查找存在的不足和原因，现将工作情况报告如下：\n一、2021年度推进法治政府建设的主要举措和成效\n"
        "（一）政府职能依法全面履行\n1、加大简政放权。在省局优化企业开办服务平台前提下，推行企业登记全程电子化。"
        "目前我县已经实现企业开办时间压缩至1个工作日，全县市场主体达3.2万户，我县新增企业1200户，全县个体工商户增长8%。\n"
        "2、加强事中事后监管。全县开展双随机抽查56次，我县抽查企业320户。\n" + THREE_PARTS_BODY
    )
    assert reading.level == "department"


def test_a_body_that_speaks_of_itself_as_its_unit_is_a_department():
    # The statutory parts as a department words them (本单位…主要举措和成效), under an opening on a city's
    # whole sector: the department reports, not the city.
    scan = (
        "上海市教育系统深入贯彻落实习近平法治思想，全市各级各类学校依法治校水平不断提升。"
        "一、本单位2023年度法治政府建设的主要举措和成效。二、本单位主要负责人履行推进法治建设第一责任人职责情况。"
    )
    assert body_kind(None, scan) == "department"
