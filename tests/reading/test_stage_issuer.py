"""Classify stage, ``issuer``: the reporting body, its level and region, as tables of pages.

Pages met on published sites that the corpus did not have, each written in our own words
(places, bodies, numbers and dates invented; only the shape is the pages'). Fixture-based
cases are in test_stage_classify.py (``test_reporting_body``) and test_genre_fixtures.py.
"""

import pytest

from fazhi.reading import read

from .conftest import FIXTURES, THREE_PARTS_BODY, expect, read_text

# (case, page, fields)
BODIES = [
    # A release's headline over the whole report names the body before its verb (某部发布…).
    (
        "a_ministry_named_before_the_release_verb",
        "水利部发布2023年法治政府建设年度报告\n一、加强党对法治政府建设的领导，推进水利法治建设\n"
        "（一）深入学习贯彻习近平法治思想。部党组理论学习中心组专题学习习近平法治思想3次。\n",
        {"level": "department", "issuer": "水利部"},
    ),
    (
        "a_county_named_before_the_release_verb",
        "青田县公布2023年度法治政府建设情况报告\n2023年，我县坚持依法行政。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"region_name": "浙江省丽水市青田县", "level": "county", "issuer": "青田县人民政府"},
    ),
    # The page header's publisher line names the body a text speaking only as 我局, 我县 or 我镇 is.
    (
        "a_bureau_speaking_as_wo_ju_is_the_publisher_its_header_names",
        "索引号：11330100002489-2024-0012\n发布机构：杭州市市场监督管理局\n生成日期：2024-03-20\n"
        "2023年法治政府建设年度报告\n2023年，我局坚持依法行政。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region_name": "浙江省杭州市", "level": "department", "issuer": "杭州市市场监督管理局"},
    ),
    (
        "a_publisher_row_run_onto_one_line_ends_at_the_next_label",
        "发布机构：丽水市司法局生成日期：2024-03-20\n2023年法治政府建设年度报告\n"
        "2023年，我局坚持依法行政。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region_name": "浙江省丽水市", "level": "department", "issuer": "丽水市司法局"},
    ),
    (
        "a_provincial_department_named_by_its_information_source",
        "信息来源：浙江省交通运输厅\n2023年法治政府建设年度报告\n2023年，厅党组坚持依法行政，我厅法治建设"
        "取得新成效，全省交通运输系统依法行政水平提升。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region_name": "浙江省", "level": "department", "issuer": "浙江省交通运输厅"},
    ),
    (
        "a_county_speaking_as_wo_xian_under_its_governments_publisher_row",
        "| 索引号 | 001/2024-01 | 发布机构 | 青田县人民政府 |\n2023年法治政府建设年度报告\n"
        "2023年，我县坚持依法行政，全县法治建设取得新成效。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region_name": "浙江省丽水市青田县", "level": "county", "issuer": "青田县人民政府"},
    ),
    (
        "an_autonomous_prefecture_speaking_as_quan_zhou_under_its_publisher_line",
        "发布机构：凉山彝族自治州人民政府\n2023年法治政府建设年度报告\n2023年，全州坚持依法行政，"
        "我州法治政府建设取得新成效。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region_name": "四川省凉山彝族自治州", "level": "city", "issuer": "凉山彝族自治州人民政府"},
    ),
    (
        "a_township_speaking_as_wo_zhen_under_its_publisher_line",
        "发布机构：淳安县千岛湖镇人民政府\n2023年法治政府建设年度报告\n2023年，我镇坚持依法行政，"
        "全镇法治建设取得新成效。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region_name": "浙江省杭州市淳安县千岛湖镇", "level": "township", "issuer": "千岛湖镇人民政府"},
    ),
    (
        "a_city_bureaus_district_branch_as_publisher_is_the_districts",
        "发布机构：宁波市生态环境局鄞州分局\n2023年法治政府建设年度报告\n2023年，我局坚持依法行政。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region_name": "浙江省宁波市鄞州区", "level": "department"},
    ),
    # The other side: a publisher of another kind or level than the text speaks as is not the body.
    (
        "a_county_bureau_publishing_a_text_that_speaks_as_wo_xian_is_not_its_issuer",
        "发布机构：淳安县司法局\n2023年法治政府建设年度报告\n2023年，我县坚持依法行政，全县法治政府建设"
        "取得新成效。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"issuer": None, "level": "county"},
    ),
    (
        "a_city_government_publishing_a_text_that_speaks_as_wo_xian_gives_no_region",
        "发布机构：杭州市人民政府\n2023年法治政府建设年度报告\n2023年，我县坚持依法行政，全县法治政府建设"
        "取得新成效。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region": None, "issuer": None, "level": "county"},
    ),
    (
        "a_county_government_publishing_a_bureaus_text_gives_no_region",
        "发布机构：淳安县人民政府\n2023年法治政府建设年度报告\n2023年，我局坚持依法行政，局党组高度重视。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region": None, "issuer": None, "level": "department"},
    ),
    (
        "a_governments_office_publishing_a_text_that_speaks_as_wo_shi_is_not_its_issuer",
        "发布机构：丽水市人民政府办公室\n2023年法治政府建设年度报告\n2023年，全市坚持依法行政，"
        "我市法治政府建设取得新成效。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region": None, "issuer": None, "level": "city"},
    ),
    (
        "a_city_bureau_publishing_a_text_that_speaks_as_a_county_gives_not_the_city",
        "发布机构：杭州市司法局\n2023年法治政府建设年度报告\n2023年，我局坚持依法行政，全县法治建设取得"
        "新成效，我县审核规范性文件20件。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region": None, "issuer": None},
    ),
    (
        "a_governments_office_publishing_a_bureaus_text_is_not_its_issuer",
        "发布机构：青田县人民政府办公室\n2023年法治政府建设年度报告\n2023年，我局坚持依法行政。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region": None, "issuer": None, "level": "department"},
    ),
    (
        "a_bureau_publishing_a_commissions_text_is_not_its_issuer",
        "发布机构：青田县发展和改革局\n2023年法治政府建设年度报告\n2023年，我委坚持依法行政。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region": None, "issuer": None},
    ),
    (
        "a_commission_speaking_as_wo_wei_is_the_commission_its_header_names",
        "发布机构：青田县卫生健康委员会\n2023年法治政府建设年度报告\n2023年，我委坚持依法行政。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region_name": "浙江省丽水市青田县", "issuer": "青田县卫生健康委员会", "level": "department"},
    ),
    (
        "a_governments_website_as_the_source_is_no_body",
        "来源：青田县人民政府网\n2023年法治政府建设年度报告\n2023年，我县坚持依法行政，全县法治建设取得新成效。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region": None, "issuer": None, "level": "county"},
    ),
    (
        "a_district_name_shared_by_five_cities_in_the_publisher_line_gives_none",
        "发布机构：鼓楼区人民政府\n2023年法治政府建设年度报告\n2023年，我区坚持依法行政。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region": None, "level": "county"},
    ),
    # A street office or township that says it reports under its organ's name (现将某街道办事处2022年度…).
    (
        "a_street_office_reporting_by_its_office_name_under_a_metadata_row",
        "2022年度法治政府建设情况报告 索引号：113703/2023-00012 发文日期：2023-03-15 发布机构：张店区车站街道办事处\n"
        "现将车站街道办事处2022年度法治政府建设情况报告如下：\n一、加强组织领导\n全年组织机关干部学法6次，"
        "被评为全省法治宣传教育先进单位，组织人员参加全区法治培训。\n" + THREE_PARTS_BODY,
        {"region_name": "山东省淄博市张店区车站街道", "level": "township", "issuer": "车站街道办事处"},
    ),
    (
        "a_township_reporting_by_its_governments_name",
        "现将马桥镇人民政府2023年法治政府建设情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "township", "issuer": "马桥镇人民政府"},
    ),
    (
        "a_township_party_committee_and_government_reporting",
        "现将洪合镇党委、政府2023年度法治建设工作情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "township", "region_name": "浙江省嘉兴市秀洲区洪合镇"},
    ),
    # The production and construction corps and its divisions are no government of Xinjiang.
    (
        "a_corps_division_is_not_the_autonomous_regions_government",
        "新疆生产建设兵团第八师2023年法治建设工作报告\n2023年，第八师坚持依法治师。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"level": None, "issuer": None, "region_name": "新疆维吾尔自治区"},
    ),
    (
        "the_corps_is_not_the_autonomous_regions_government",
        "新疆生产建设兵团2023年法治兵团建设情况报告\n2023年，兵团坚持全面依法治兵团。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"level": None, "issuer": None},
    ),
    (
        "a_division_named_short_is_not_a_government",
        "兵团第三师2023年法治建设情况报告\n2023年，师党委坚持依法治师。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"level": None, "issuer_is_not": "新疆维吾尔自治区人民政府"},
    ),
    (
        "a_division_one_with_its_city_is_the_citys_government",
        "第八师石河子市2023年法治政府建设情况报告\n2023年，师市坚持依法行政。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"issuer": "石河子市人民政府", "level": "county"},
    ),
    (
        "the_corps_justice_bureau_is_a_department",
        "新疆生产建设兵团司法局2023年法治政府建设年度报告\n2023年，兵团司法局坚持依法行政。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"level": "department"},
    ),
    # A place renamed one to one without keeping its stem is its region of today (襄樊市 is 襄阳市).
    (
        "a_prefecture_renamed_without_its_stem_is_the_city_of_today",
        "襄樊市2009年依法行政工作报告\n2009年，全市坚持依法行政。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region_name": "湖北省襄阳市", "level": "city", "issuer": "襄樊市人民政府"},
    ),
    (
        "a_renamed_prefectures_bureau_is_the_citys_department",
        "襄樊市司法局2009年依法行政工作报告\n2009年，我局坚持依法行政。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"region_name": "湖北省襄阳市", "level": "department"},
    ),
    (
        "a_renamed_prefectures_district_is_the_district_of_today",
        "襄樊市襄城区2009年依法行政工作报告\n2009年，全区坚持依法行政。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"region_name": "湖北省襄阳市襄城区", "level": "county"},
    ),
    (
        "a_county_renamed_without_its_stem_is_the_county_of_today",
        "中甸县2000年依法行政工作报告\n2000年，全县坚持依法行政。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region_name": "云南省迪庆藏族自治州香格里拉市", "level": "county"},
    ),
    # A prefecture-level 地区 is governed by its 行政公署, not a 人民政府.
    (
        "a_prefecture_level_diqu_named_alone_is_its_administrative_office",
        "阿里地区2023年法治政府建设年度报告\n2023年，全地区坚持依法行政。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"region_name": "西藏自治区阿里地区", "level": "city", "issuer": "阿里地区行政公署"},
    ),
    (
        "a_diqu_as_the_openings_subject_is_its_administrative_office",
        "2023年法治政府建设年度报告\n2023年，喀什地区坚持依法行政，全地区法治建设取得新成效。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"region_name": "新疆维吾尔自治区喀什地区", "issuer": "喀什地区行政公署"},
    ),
    (
        "a_diqu_made_a_city_reporting_under_its_old_name_is_its_administrative_office",
        "毕节地区2009年依法行政工作报告\n2009年，全区坚持依法行政。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"region_name": "贵州省毕节市", "level": "city", "issuer": "毕节地区行政公署"},
    ),
    (
        "the_city_a_diqu_became_has_a_peoples_government",
        "毕节市2023年法治政府建设年度报告\n2023年，全市坚持依法行政。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"issuer": "毕节市人民政府"},
    ),
    # The state's vertical bodies' local offices are departments; a bank or a credit union is no government.
    (
        "a_statistics_survey_team_named_by_its_citys_short_name",
        "国家统计局丽水调查队2023年法治政府建设年度报告\n2023年，我队坚持依法行政。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"region_name": "浙江省丽水市", "level": "department", "issuer": "国家统计局丽水调查队"},
    ),
    (
        "a_statistics_survey_corps_of_a_province_is_a_department",
        "国家统计局浙江调查总队2023年法治政府建设年度报告\n2023年，总队坚持依法行政。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"region_name": "浙江省", "level": "department", "issuer_is_not": "浙江省人民政府"},
    ),
    (
        "a_central_bank_branch_of_a_province_is_a_department",
        "中国人民银行浙江省分行2023年法治政府建设年度报告\n2023年，我行坚持依法行政。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"region_name": "浙江省", "level": "department", "issuer_is_not": "浙江省人民政府"},
    ),
    (
        "a_central_bank_sub_branch_of_a_county_is_a_department",
        "中国人民银行青田县支行2023年法治政府建设年度报告\n2023年，我行坚持依法行政。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"region_name": "浙江省丽水市青田县", "level": "department"},
    ),
    (
        "a_rural_commercial_bank_is_no_government",
        "丽水农商银行2023年法治政府建设年度报告\n2023年，我行坚持依法行政。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"level": None, "issuer": None},
    ),
    (
        "a_rural_credit_union_is_no_government",
        "青田县农村信用合作联社2023年法治政府建设年度报告\n2023年，我社坚持依法行政。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"level": None, "issuer": None},
    ),
    (
        "a_supply_cooperative_union_stays_a_department",
        "青田县供销合作社联合社2023年法治政府建设年度报告\n2023年，我社坚持依法行政。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"level": "department"},
    ),
    # An enforcement team of a township, a county or a city (执法队, 中队, 监察队) is a department.
    (
        "a_townships_enforcement_team_is_a_department_not_its_countys_government",
        "青田县温溪镇综合行政执法队2023年法治建设工作报告\n2023年，我队坚持依法行政。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"level": "department", "issuer": "青田县温溪镇综合行政执法队"},
    ),
    (
        "a_countys_enforcement_squad_is_a_department",
        "青田县交通运输行政执法中队2023年法治建设工作报告\n2023年，我队坚持依法行政。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"region_name": "浙江省丽水市青田县", "level": "department"},
    ),
    (
        "a_citys_inspection_team_is_a_department",
        "丽水市劳动保障监察队2023年法治建设工作报告\n2023年，我队坚持依法行政。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"region_name": "浙江省丽水市", "level": "department", "issuer_is_not": "丽水市人民政府"},
    ),
    # A signature above the document's closing record (抄送, 印发), or naming a township alone.
    (
        "a_signature_above_the_closing_record_names_the_issuer",
        "2023年法治政府建设年度报告\n2023年，我县坚持依法行政。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY
        + "青田县人民政府\n2024年1月10日\n抄送：县委办、县人大办、县政协办。\n青田县人民政府办公室　2024年1月10日印发\n",
        {"region_name": "浙江省丽水市青田县", "level": "county", "issuer": "青田县人民政府"},
    ),
    (
        "a_bureaus_signature_above_the_closing_record_places_it",
        "2023年法治政府建设年度报告\n2023年，我局坚持依法行政。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY
        + "青田县司法局\n2024年1月10日\n抄送：县委依法治县办。\n青田县司法局办公室　2024年1月10日印发\n",
        {"region_name": "浙江省丽水市青田县", "level": "department", "issuer": "青田县司法局"},
    ),
    (
        "a_township_signing_by_its_name_alone_is_the_one_the_table_knows",
        "2023年法治政府建设年度报告\n2023年，我镇坚持依法行政。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY
        + "温溪镇人民政府\n2024年1月10日\n",
        {"region_name": "浙江省丽水市青田县温溪镇", "level": "township"},
    ),
    (
        "a_township_signing_by_a_name_many_share_gives_no_region",
        "2023年法治政府建设年度报告\n2023年，我镇坚持依法行政。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY
        + "城关镇人民政府\n2024年1月10日\n",
        {"region": None, "level": "township"},
    ),
    # A Party committee's organisation department and a state forest farm are departments, not the county.
    (
        "a_party_committees_organisation_department_is_a_department",
        "中共青田县委组织部2023年法治建设工作报告\n2023年，我部坚持依法依规。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"level": "department", "issuer": "中共青田县委组织部"},
    ),
    (
        "a_party_committees_publicity_department_stays_a_department",
        "中共青田县委宣传部2023年法治建设工作报告\n2023年，我部坚持依法依规。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"level": "department"},
    ),
    (
        "a_state_forest_farm_is_a_department_not_its_countys_government",
        "青田县国有林场2023年法治建设工作报告\n2023年，我场坚持依法依规。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"level": "department", "issuer_is_not": "青田县人民政府"},
    ),
    (
        "a_renamed_county_level_city_speaking_as_wo_shi_gets_no_city_level",
        "萧山市2000年依法行政工作报告\n2000年，我市坚持依法行政，全市行政执法水平不断提高。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region": None, "level": None, "issuer": "萧山市人民政府"},
    ),
    (
        "a_renamed_county_level_city_with_its_government_speaking_as_quan_shi",
        "吴江市人民政府2011年依法行政工作报告\n2011年，全市坚持依法行政，现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"level_is_not": "city"},
    ),
    (
        "a_renamed_county_keeps_its_county_level",
        "鄞县2001年依法行政工作报告\n2001年，全县坚持依法行政，现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region": None, "level": "county"},
    ),
    (
        "a_countys_archives_is_a_department",
        "崇仁县档案馆2023年度法治政府建设情况报告\n2023年，县档案馆坚持依法治档，现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"region_name": "江西省抚州市崇仁县", "level": "department", "issuer": "崇仁县档案馆"},
    ),
    (
        "a_countys_supply_cooperative_union_is_a_department",
        "崇仁县供销合作社联合社2023年度法治政府建设工作报告\n2023年，县供销社坚持依法行政，现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"level": "department", "issuer": "崇仁县供销合作社联合社"},
    ),
    (
        "a_township_justice_office_is_a_department_not_its_countys_government",
        "瑞金市壬田司法所2023年度法治建设工作报告\n2023年，我所坚持依法履职，现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"level": "department", "issuer_is_not": "瑞金市人民政府"},
    ),
    (
        "a_station_of_a_county_is_a_department",
        "崇仁县农业技术推广站2023年度法治建设工作报告\n2023年，我站坚持依法行政，现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"level": "department", "issuer": "崇仁县农业技术推广站"},
    ),
    (
        "a_governments_commission_named_after_it_is_a_department",
        "南昌市人民政府国有资产监督管理委员会2023年法治政府建设情况报告\n2023年，市国资委坚持依法行政，现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"region_name": "江西省南昌市", "level": "department"},
    ),
    (
        "a_trade_union_is_not_its_citys_government",
        "南昌市总工会2023年度法治建设工作报告\n2023年，市总工会坚持依法维权，现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"level": None, "issuer": "南昌市总工会"},
    ),
    (
        "a_womens_federation_is_not_its_citys_government",
        "九江市妇女联合会2023年度法治建设工作报告\n2023年，市妇联坚持依法履职，现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"level": None, "issuer_is_not": "九江市人民政府"},
    ),
    (
        "a_scenic_areas_committee_is_not_its_citys_government",
        "庐山风景名胜区管理委员会2023年法治政府建设情况报告\n2023年，管委会坚持依法行政，现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"level": "county", "issuer_is_not": "九江市人民政府"},
    ),
    (
        "a_zones_committee_under_a_government_stays_a_zone",
        "南昌市人民政府赣江新区管理委员会2023年法治政府建设情况报告\n2023年，新区管委会坚持依法行政，现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"level_is_not": "city"},
    ),
    (
        "a_high_tech_zone_named_alone_is_not_its_citys_government",
        "南昌高新区2023年度法治政府建设情况报告\n2023年，高新区坚持依法行政，现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"level": "county", "issuer": None},
    ),
    (
        "a_zone_named_with_its_district_in_brackets_is_not_its_citys_government",
        "南昌高新区（青山湖）2023年度法治政府建设情况报告\n2023年，我区坚持依法行政，"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level_is_not": "city", "issuer_is_not": "南昌市人民政府"},
    ),
    (
        "a_new_area_that_is_a_district_stays_a_district",
        "天津市滨海新区2023年法治政府建设年度报告\n2023年，滨海新区坚持依法行政，现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"region_name": "天津市滨海新区", "level": "county", "issuer": "滨海新区人民政府"},
    ),
    (
        "a_joint_signature_on_one_line_names_the_government",
        "2023年度法治建设情况报告\n2023年，我县坚持依法行政，现将有关情况报告如下：\n"
        + THREE_PARTS_BODY
        + "\n中共崇仁县委员会　　崇仁县人民政府\n2024年1月30日\n",
        {"region_name": "江西省抚州市崇仁县", "level": "county", "issuer": "崇仁县人民政府"},
    ),
    (
        "a_joint_signature_with_the_short_party_committee_name",
        "2023年度法治建设情况报告\n2023年，我县坚持依法行政，现将有关情况报告如下：\n"
        + THREE_PARTS_BODY
        + "\n中共崇仁县委 崇仁县人民政府\n2024年1月30日\n",
        {"level": "county", "issuer": "崇仁县人民政府"},
    ),
    (
        "a_joint_signature_on_two_lines_names_the_government",
        "2023年度法治建设情况报告\n2023年，我县坚持依法行政，现将有关情况报告如下：\n"
        + THREE_PARTS_BODY
        + "\n中共崇仁县委员会\n崇仁县人民政府\n2024年1月30日\n",
        {"level": "county", "issuer": "崇仁县人民政府"},
    ),
    (
        "a_county_court_is_not_the_countys_government",
        "崇仁县人民法院2023年度法治建设工作报告\n2023年，我院坚持公正司法，现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"region_name": "江西省抚州市崇仁县", "level": None, "issuer": "崇仁县人民法院"},
    ),
    (
        "a_city_procuratorate_is_not_the_citys_government",
        "景德镇市人民检察院关于2022年度法治建设情况的报告\n2022年，市检察院坚持依法履职，"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": None, "issuer": "景德镇市人民检察院"},
    ),
    (
        "a_village_or_a_company_named_after_its_county_has_no_governments_level",
        "崇仁县交通投资集团有限公司2023年度法治建设工作报告\n2023年，集团公司坚持依法经营，"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": None, "issuer_is_not": "崇仁县人民政府"},
    ),
    (
        "a_county_government_that_names_its_court_stays_the_government",
        "崇仁县人民政府2023年度法治政府建设情况报告\n2023年，县政府支持县人民法院依法受理行政案件，"
        "全县坚持依法行政，现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "county", "issuer": "崇仁县人民政府"},
    ),
    (
        "a_customs_house_named_by_its_city_is_a_department_not_the_citys_government",
        "厦门海关2023年法治海关建设情况报告\n2023年，厦门海关坚持依法行政，现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"region_name": "福建省厦门市", "level": "department", "issuer": "厦门海关"},
    ),
    (
        "a_customs_house_reporting_on_its_year_with_about",
        "青岛海关关于2022年度法治政府建设情况的报告\n2022年，青岛海关坚持依法行政，现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"level": "department", "issuer": "青岛海关"},
    ),
    (
        "a_prison_named_with_its_province_is_a_department",
        "江西省洪城监狱2023年度法治建设工作报告\n2023年，我狱坚持依法治监，现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"region_name": "江西省", "level": "department", "issuer": "江西省洪城监狱"},
    ),
    (
        "a_citys_government_named_beside_a_customs_house_stays_the_government",
        "厦门市人民政府2023年度法治政府建设情况报告\n2023年，市政府支持厦门海关推进通关便利化，"
        "全市坚持依法行政，现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "city", "issuer": "厦门市人民政府"},
    ),
    (
        "a_joint_party_and_government_title_is_issued_by_the_government",
        "中共崇仁县委 崇仁县人民政府关于2023年度法治政府建设情况的报告\n2023年，全县坚持依法行政。\n"
        + THREE_PARTS_BODY,
        {"level": "county", "issuer": "崇仁县人民政府"},
    ),
    (
        "qinghais_hainan_prefecture_is_not_hainan_province",
        "海南州教育局2021年度法治政府建设情况报告\n"
        "2021年，在州委、州政府的正确领导下，海南州教育局坚持依法行政，推进法治政府建设。\n"
        + THREE_PARTS_BODY,
        {"region_name": "青海省海南藏族自治州", "level": "department"},
    ),
    (
        "a_demonstration_county_is_not_henans_fan_county",
        "2024年，我县坚持依法行政，印发《关于做好创建全省法治政府建设示范县相关工作的通知》，"
        "制定《兴国县贯彻落实若干措施责任分工》，推进法治政府建设。\n" + THREE_PARTS_BODY,
        {"region_ends": "兴国县"},
    ),
    (
        "an_untitled_government_report_takes_its_issuer_from_the_opening",
        "2023年，在市委、市政府的坚强领导下，浏阳市坚持依法行政，推进法治政府建设。\n" + THREE_PARTS_BODY,
        {"region_ends": "浏阳市", "issuer": "浏阳市人民政府"},
    ),
    (
        "an_untitled_government_report_that_says_it_reports_is_the_issuer",
        "根据有关规定，现将省政府2023年度推进法治政府建设的情况报告如下。\n"
        "全省各级行政机关坚持依法行政，江西省法治政府建设稳步推进。\n" + THREE_PARTS_BODY,
        {"region_name": "江西省", "issuer": "江西省人民政府"},
    ),
    (
        "a_department_named_without_its_city_takes_the_city_read_from_the_text",
        "关于2023年法治政府建设情况的报告\n"
        "2023年，在市委市政府领导下，市司法局扎实推进依法行政，服务绍兴高质量发展。"
        "现将有关情况报告如下。\n" + THREE_PARTS_BODY,
        {"level": "department", "issuer": "绍兴市司法局"},
    ),
    (
        "an_untitled_street_office_report_is_issued_by_the_office",
        "2023年，望江街道办事处深入推进法治建设，现将本年度工作情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "township", "issuer": "望江街道办事处"},
    ),
    (
        "a_department_led_by_its_party_committee_is_still_a_department",
        "2023年，市司法局党委扎实推进依法行政，我市法治建设稳步推进。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"level": "department"},
    ),
    (
        "an_opening_without_a_year_still_names_the_township",
        "一年来，高观镇在县委县政府领导下持续推进依法行政。\n" + THREE_PARTS_BODY,
        {"level": "township", "issuer": "高观镇人民政府"},
    ),
    (
        "a_trailing_topic_is_not_part_of_the_townships_name",
        "2023年，高观镇法治政府建设工作在县委领导下稳步推进。\n" + THREE_PARTS_BODY,
        {"issuer": "高观镇人民政府"},
    ),
    (
        "a_department_named_with_its_district_in_the_opening",
        "2023年，在区委区政府领导下，鹿城区教育局扎实推进依法治教。现将工作情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"level": "department", "issuer": "鹿城区教育局"},
    ),
    (
        "a_ministry_named_in_the_opening_is_its_own_issuer",
        "2019年，原农业部深入推进法治政府建设，依法全面履行职能。\n" + THREE_PARTS_BODY,
        {"level": "department", "region": None, "issuer": "农业部"},
    ),
    (
        "two_leadership_clauses_before_the_department_in_the_opening",
        "2023年，在市委、市政府领导下，在市依法治市办指导下，漯河市自然资源局扎实推进依法行政。"
        "现将2023年法治政府建设工作情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "department", "issuer": "漯河市自然资源局"},
    ),
    (
        "a_province_cited_in_a_document_name_or_a_ranking_is_not_the_bureaus_region",
        "按照《江苏省法治政府建设实施纲要》的规定，报告本局年度工作如下。\n"
        "2023年，我局坚持依法行政，全市空气质量改善幅度全省第三，服务无锡高质量发展。\n" + THREE_PARTS_BODY,
        {"level": "department", "region_ends": "无锡市"},
    ),
    (
        "a_phrase_cut_from_a_title_is_not_an_issuer",
        "2023年区五年法治政府建设工作情况报告\n五年来，*区坚持依法行政，召开会议*次。\n",
        {"issuer": None},
    ),
    (
        "a_speech_title_gives_no_issuer",
        "副市长在全市依法行政工作会议上的讲话\n同志们：今天召开会议，部署全年工作。\n",
        {"issuer": None},
    ),
    (
        "an_administration_under_the_state_council_is_its_own_issuer",
        "2023年，国家知识产权局持续推进依法行政，审核规范性文件12件。"
        "现将主要工作情况报告如下：\n一、坚持党的领导\n",
        {"issuer": "国家知识产权局", "level": "department", "region": None},
    ),
    (
        "a_general_administration_is_its_own_issuer",
        "2022年，国家税务总局坚持依法治税，推进法治税务建设。现将有关情况报告如下：\n一、主要成效\n",
        {"issuer": "国家税务总局"},
    ),
    (
        "a_government_named_as_the_opening_subject_is_the_issuer",
        "2024年，绍兴市人民政府把依法行政贯穿政府工作全过程。\n"
        "一、坚持党的领导\n市政府常务会议学法4次，全市审核规范性文件30件。\n",
        {"issuer": "绍兴市人民政府", "level": "city"},
    ),
    (
        "an_autonomous_region_speaking_as_the_region_is_the_province_level",
        "2021年，我区坚持依法行政，推动法治政府建设取得新成效。现将有关情况报告如下：\n"
        "一、坚持党的领导\n自治区人民政府把法治政府建设摆在突出位置，全区组织法治培训300余场。"
        "自治区人民政府常务会议专题研究法治政府建设9次，宁夏各市县同步开展学法活动。\n",
        {"level": "province", "region": {"name": "宁夏回族自治区", "code": "640000"}},
    ),
    (
        "a_district_in_an_autonomous_region_stays_a_county",
        "2023年，我区坚持依法行政。区委、区政府高度重视法治政府建设，区政府常务会议学法8次，"
        "区长带头履行第一责任人职责，组织干部参加自治区法治培训。全区审核规范性文件20件。\n",
        {"level": "county"},
    ),
    (
        "one_mention_of_the_autonomous_region_does_not_make_a_district_speak_as_it",
        "2023年，我区坚持依法行政，全区审核规范性文件20件，组织干部参加自治区人民政府举办的法治培训。\n",
        {"level_is_not": "province"},
    ),
]


@pytest.mark.parametrize(("page", "fields"), [row[1:] for row in BODIES], ids=[row[0] for row in BODIES])
def test_reporting_body_of_a_page(page, fields):
    expect(read_text(page), fields)


# (case, page, fields): the level a body speaks as, and no region rather than a wrong one.
LEVELS = [
    (
        "an_autonomous_prefecture_is_city_level",
        "2023年，恩施州坚持依法行政，全州审核规范性文件16件，我州法治政府建设稳步推进。\n" + THREE_PARTS_BODY,
        {"level": "city", "region_name": "湖北省恩施土家族苗族自治州"},
    ),
    (
        # The cities are all Jiangxi's: the province that holds them, never one of them.
        "a_provincial_government_is_not_one_of_the_cities_it_names",
        "2023年，省政府坚持依法行政，全省法治政府建设稳步推进。南昌市、九江市获评示范市，"
        "南昌市行政复议案件纠错率为7%，九江市审核规范性文件30件，南昌市推行执法三项制度。\n"
        + THREE_PARTS_BODY,
        {"level": "province", "region_name": "江西省"},
    ),
    (
        "a_provincial_department_is_not_one_of_the_cities_it_names",
        "2023年，省司法厅坚持依法行政，全省司法行政系统稳步推进法治政府建设。我厅指导赣州市、赣州市"
        "各县开展示范创建，赣州市审核规范性文件20件。\n" + THREE_PARTS_BODY,
        {"level": "department", "region_name": "江西省"},
    ),
    (
        "a_provincial_government_naming_places_of_two_provinces_gives_none",
        "2023年，省政府坚持依法行政，全省法治政府建设稳步推进。赣州市获评示范市，"
        "组织干部赴杭州市学习数字法治经验。\n" + THREE_PARTS_BODY,
        {"level": "province", "region_name": None},
    ),
    # The place whose Party committee and government lead the body (在丽水市委、市政府的坚强领导下) is not it.
    (
        "a_wo_shi_led_by_a_named_prefecture_is_not_that_prefecture",
        "2023年法治政府建设年度报告\n2023年，在丽水市委、市政府的坚强领导下，我市坚持依法行政，全市法治政府建设"
        "取得新成效。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region": None, "level": None},
    ),
    (
        "a_wo_shi_led_by_a_named_prefecture_and_carrying_out_its_plan",
        "2023年法治政府建设年度报告\n2023年，我市在丽水市委、市政府的正确领导下，认真落实丽水市法治政府建设工作"
        "部署，全市法治建设稳步推进。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region": None, "level": None},
    ),
    (
        "a_county_led_by_its_prefecture_keeps_its_level",
        "2023年法治政府建设年度报告\n2023年，在丽水市委、市政府的坚强领导下，我县坚持依法行政，全县法治建设取得"
        "新成效。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region": None, "level": "county"},
    ),
    (
        "a_county_level_city_named_and_led_by_its_prefecture",
        "2023年法治政府建设年度报告\n2023年，在丽水市委、市政府的坚强领导下，龙泉市坚持依法行政，全市法治建设取得"
        "新成效。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region_name": "浙江省丽水市龙泉市", "level": "county"},
    ),
    (
        "a_prefecture_led_by_its_unnamed_committee_keeps_its_region",
        "2023年法治政府建设年度报告\n2023年，在市委的坚强领导下，丽水市坚持依法行政，全市法治建设取得新成效，"
        "丽水市审核规范性文件30件。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region_name": "浙江省丽水市", "level": "city"},
    ),
    # A text speaking as 我市 that names a county-level city once may be its prefecture telling what
    # that city did; named again, the county-level city speaks.
    (
        "wo_shi_naming_a_county_level_city_once_gives_no_region",
        "2023年法治政府建设年度报告\n2023年，我市坚持依法行政，深入推进法治政府建设。全市审核规范性文件30件，"
        "浏阳市25个政务服务事项实现跨省通办。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region": None},
    ),
    (
        "wo_shi_naming_its_county_level_city_twice_is_that_city",
        "2023年法治政府建设年度报告\n2023年，浏阳市坚持依法行政，深入推进法治政府建设，我市审核规范性文件30件，"
        "浏阳市获评全省法治政府建设示范市。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region_name": "湖南省长沙市浏阳市", "level": "county"},
    ),
    # A street office speaks of itself for short as 全街, 我街 (a block, 街区, is not one).
    (
        "a_body_cut_above_its_head_speaking_as_quan_jie_is_a_township",
        "一、上一年度推进法治政府建设的主要举措和成效\n（一）优化政务服务\n全街建有便民服务中心1个、便民服务站"
        "12个，全街年内累计办件1200件。\n" + THREE_PARTS_BODY,
        {"level": "township"},
    ),
    (
        "wo_jie_is_a_street_office_speaking",
        "2023年法治政府建设年度报告\n2023年，我街坚持依法行政，全面推进法治街道建设，我街调解纠纷40件。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "township"},
    ),
    (
        "a_county_renovating_its_blocks_is_no_street_office",
        "2023年法治政府建设年度报告\n2023年，全县坚持依法行政，完成全街区改造3处，全县法治建设稳步推进。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "county"},
    ),
    # A government is led by its own Party committee, and a department by its place's committee and
    # government: neither is another place leading the body.
    (
        "a_city_led_by_its_own_named_committee_is_that_city",
        "江苏省人民政府：\n2016年，在省委、省政府和常州市委的正确领导下，在市人大的有力监督下，我市认真贯彻"
        "落实法治政府建设决策部署，全市依法行政水平不断提升。\n" + THREE_PARTS_BODY,
        {"region_name": "江苏省常州市", "level": "city"},
    ),
    (
        "a_city_bureau_led_by_its_citys_committee_and_government_is_of_that_city",
        "2023年法治政府建设年度报告\n2023年，在常州市委、市政府的坚强领导下，我局坚持依法行政，全面推进"
        "法治机关建设。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region_name": "江苏省常州市", "level": "department"},
    ),
    (
        "a_county_led_by_its_prefectures_committee_alone_is_not_that_prefecture",
        "2023年法治政府建设年度报告\n2023年，在丽水市委的坚强领导下，我县坚持依法行政，全县法治建设取得"
        "新成效。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region": None, "level": "county"},
    ),
    # Two levels spoken of as often (参加全省培训…全区法治建设): the text does not say which it is.
    (
        "a_provincial_training_and_a_districts_work_named_once_each_give_no_level",
        "2023年法治政府建设年度报告\n2023年，坚持依法行政，组织干部参加全省法治培训，全区法治建设稳步推进。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": None},
    ),
    (
        "a_provincial_plan_and_a_citys_work_named_once_each_give_no_level",
        "2023年法治政府建设年度报告\n2023年，坚持依法行政，落实全省法治政府建设部署，全市法治建设稳步推进。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": None},
    ),
    (
        "a_metadata_row_naming_a_district_under_a_tie_gives_no_province",
        "标题：2023年法治政府建设年度报告 发布机构：周村区人民政府 发文日期：2024-01-10\n2023年，坚持依法行政，"
        "组织干部参加全省法治培训，全区法治建设稳步推进。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level_is_not": "province"},
    ),
    (
        "a_county_speaking_as_quan_xian_more_than_the_province_keeps_its_level",
        "2023年法治政府建设年度报告\n2023年，全县坚持依法行政，组织干部参加全省法治培训，全县法治建设稳步推进。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "county"},
    ),
    # A place the body went to learn from, or whose experience it took up, is another place.
    (
        "a_county_visited_to_learn_from_is_not_the_county_that_speaks",
        "2023年法治政府建设年度报告\n2023年，我县坚持依法行政，赴缙云县、龙泉市学习先进经验，缙云县综合执法经验"
        "在全县推广。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region": None, "level": "county"},
    ),
    (
        "a_county_whose_practice_was_taken_up_is_not_the_county_that_speaks",
        "2023年法治政府建设年度报告\n2023年，我县坚持依法行政，缙云县的综合执法做法在全县推广，缙云县经验被我县"
        "借鉴。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region": None, "level": "county"},
    ),
    (
        "a_county_named_as_itself_beside_a_visit_keeps_its_region",
        "2023年法治政府建设年度报告\n2023年，青田县坚持依法行政，组织干部赴缙云县学习考察，全县法治建设取得"
        "新成效。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region_name": "浙江省丽水市青田县", "level": "county"},
    ),
    # An honour of the level above (被评为全省…先进单位) is not the level the report speaks as.
    (
        "an_honour_of_the_province_gives_no_provincial_level",
        "2023年法治政府建设年度报告\n2023年，坚持依法行政，获评全省法治宣传教育先进集体。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"level_is_not": "province"},
    ),
    (
        "an_honour_of_the_province_is_not_a_district_speaking_as_it",
        "2023年法治政府建设年度报告\n2023年，坚持依法行政，被评为全省法治建设先进单位，组织参加全区法治培训。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "county"},
    ),
    (
        "an_honour_of_the_city_is_not_a_county_speaking_as_it",
        "2023年法治政府建设年度报告\n2023年，坚持依法行政，荣获全市法治政府建设优秀单位，全县审核规范性文件12件。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "county"},
    ),
    # A sub-district's office named by its place alone (…合作区鹅埠办事处) is a township-level body; a
    # liaison office in another city or a government's own office is not.
    (
        "a_sub_district_office_named_without_jiedao_is_township_level",
        "青山市临港合作区东埠办事处关于2025年度法治政府建设情况报告\n2025年，东埠办事处坚持依法行政，各项工作"
        "取得新成效。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "township"},
    ),
    (
        "a_liaison_office_is_no_township",
        "某县人民政府驻北京办事处2025年度法治政府建设情况报告\n2025年，坚持依法行政。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"level_is_not": "township"},
    ),
    # An honour's name in quotes and the level named after the nation's are the levels above as well.
    (
        "a_quoted_honour_of_the_region_is_not_a_district_speaking_as_it",
        "一、加强组织领导\n市政府召开常务会议研究法治政府建设3次，开展全市法治督察2轮。全市审核规范性文件"
        "18件。市本级及两个旗被自治区命名为“全区法治政府建设示范地区”，一个区的项目命名为“全区法治政府建设示范"
        "项目”，加快创建全国、全区法治政府建设示范市。\n" + THREE_PARTS_BODY,
        {"level": "city"},
    ),
    (
        "a_province_speaking_as_quan_sheng_keeps_its_level",
        "2023年法治政府建设年度报告\n2023年，全省坚持依法行政，我省审核规范性文件40件，省政府获评全国法治政府"
        "建设示范省。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "province"},
    ),
    (
        "a_county_is_not_the_prefecture_it_names_most",
        "2022年，在市委、市政府和县委的坚强领导下，全县坚持依法行政。我县落实张掖市部署，"
        "参加张掖市法治培训，配合张掖市开展执法检查，高台县法治政府建设稳步推进。\n" + THREE_PARTS_BODY,
        {"level": "county", "region_name": "甘肃省张掖市高台县"},
    ),
    (
        "a_township_that_speaks_as_itself_is_township_level",
        "2023年，在县委、县政府的领导下，我镇坚持依法行政，全镇调解矛盾纠纷40件，本镇法治宣传覆盖全部村居。\n"
        + THREE_PARTS_BODY,
        {"level": "township"},
    ),
    (
        "a_government_that_says_it_reports_gives_its_level",
        "根据《法治政府建设与责任落实督察工作规定》要求，现将省政府2022年度法治政府建设情况报告如下。\n"
        + THREE_PARTS_BODY,
        {"level": "province", "region_name": None},
    ),
]


@pytest.mark.parametrize(("page", "fields"), [row[1:] for row in LEVELS], ids=[row[0] for row in LEVELS])
def test_level_a_body_speaks_as(page, fields):
    expect(read_text(page), fields)


def test_a_district_named_by_a_name_many_share_is_not_guessed():
    reading = read_text(
        "鼓楼区2023年度法治政府建设情况报告\n2023年，全区坚持依法行政，现将有关情况报告如下：\n"
        + THREE_PARTS_BODY
    )
    assert reading.region is None
    region = reading.metadata_evidence["region"]
    assert region.reason and len(region.candidates) > 1
    assert all(name.endswith("鼓楼区") for name in region.candidates)


@pytest.mark.parametrize(
    ("opening", "region", "candidates"),
    [
        # One district of that short name in the country, and the text speaks as a district.
        ("2023年，静安坚持依法行政，全区审核规范性文件18件，我区法治政府建设稳步推进。", "上海市静安区", 0),
        # Four districts share the name; the text names the city of one of them.
        (
            "2023年，鼓楼坚持依法行政，落实福州市部署，全区审核规范性文件18件，我区法治建设稳步推进。",
            "福建省福州市鼓楼区",
            0,
        ),
        # Four districts share the name and nothing in the text tells which: none, with the four.
        ("2023年，鼓楼坚持依法行政，全区审核规范性文件18件，我区法治政府建设稳步推进。", None, 4),
    ],
)
def test_a_district_named_by_its_short_name_only(opening, region, candidates):
    reading = read_text(opening + "现将有关情况报告如下：\n" + THREE_PARTS_BODY)
    assert (reading.region or {}).get("name") == region
    assert len(reading.metadata_evidence["region"].candidates) == candidates


# (case, page, fields): pages whose reporting body is named away from the title, by class.
NAMED_ELSEWHERE = [
    (
        "a_township_named_after_a_leadership_clause",
        "在县委全面依法治县办的指导下，双溪镇紧密围绕“法治屏南”建设要求，推进基层依法行政。"
        "现将2024年工作情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "township", "region_name": "福建省宁德市屏南县双溪镇", "issuer": "双溪镇人民政府"},
    ),
    (
        "a_township_named_only_in_its_first_section",
        "2024年以来，在屏南县委、县政府的领导下，我镇政府坚持依法行政，推进“法治双溪”建设。"
        "现将有关情况报告如下：\n一、健全工作机制\n双溪镇深入推进依法行政，调整法治建设领导小组，每季度听取一次工作汇报。\n"
        + THREE_PARTS_BODY,
        {"level": "township", "region_name": "福建省宁德市屏南县双溪镇"},
    ),
    (
        "a_street_office_under_a_district_government_in_the_title",
        "重庆市永川区人民政府胜利路街道办事处关于2024年度法治政府建设情况的报告\n"
        "2024年，街道办事处坚持依法行政，推进基层法治建设。\n" + THREE_PARTS_BODY,
        {
            "level": "township",
            "region": {"name": "重庆市永川区胜利路街道", "code": "500118"},
            "issuer": "胜利路街道办事处",
        },
    ),
    (
        "a_joint_title_of_the_township_party_committee_and_government",
        "中共仙居县白塔镇委员会 仙居县白塔镇人民政府关于2023年度法治政府建设情况的报告\n"
        "2023年，我镇坚持依法行政。\n" + THREE_PARTS_BODY,
        {"level": "township", "region_name": "浙江省台州市仙居县白塔镇", "issuer": "白塔镇人民政府"},
    ),
    (
        "a_townships_party_committee_and_government_together_are_the_township",
        "今年来，白塔镇党委、政府认真落实仙居县委部署，全镇调解矛盾纠纷40件。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        {"level": "township", "region_name": "浙江省台州市仙居县白塔镇"},
    ),
    (
        "a_township_that_says_it_reports",
        "根据仙居县依法治县办的通知要求，现将白塔镇2023年法治政府建设工作情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "township", "region_name": "浙江省台州市仙居县白塔镇"},
    ),
    (
        "a_county_that_tells_what_a_township_did_stays_a_county",
        "在市委、市政府的领导下，仙居县坚持依法行政，全县审核规范性文件18件，我县法治政府建设稳步推进。\n"
        "一、主要成效\n全县推进基层依法治理，白塔镇探索“法治驿站”做法，全县调解矛盾纠纷860件，我县获评示范县。\n"
        + THREE_PARTS_BODY,
        {"level": "county", "region_name": "浙江省台州市仙居县"},
    ),
    (
        "a_street_newer_than_the_table_named_with_its_county_in_the_title",
        "仙居县新城街道2023年法治政府建设工作报告\n2023年，街道坚持依法行政。\n" + THREE_PARTS_BODY,
        {"level": "township", "region": {"name": "浙江省台州市仙居县新城街道", "code": "331024"}},
    ),
    (
        "a_street_newer_than_the_table_named_with_its_city_only_has_no_region",
        "台州市新城街道2023年法治政府建设工作报告\n2023年，街道坚持依法行政。\n" + THREE_PARTS_BODY,
        {"level": "township", "region": None},
    ),
    (
        "a_street_newer_than_the_table_takes_the_county_it_reports_to",
        "中共屏南县委员会，屏南县人民政府：\n"
        "2024年，梧桐大道街道坚持依法行政，全街道调解纠纷40件。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "township", "region": {"name": "福建省宁德市屏南县梧桐大道街道", "code": "350923"}},
    ),
    (
        "a_street_newer_than_the_table_takes_the_district_that_leads_it",
        "2024年，梧桐大道街道在鹿城区委、区政府的正确领导下，立足基层实际推进法治建设。"
        "现将全年工作情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "township", "region": {"name": "浙江省温州市鹿城区梧桐大道街道", "code": "330302"}},
    ),
    (
        "a_department_whose_verb_the_table_lacks_is_still_a_department",
        "2024年，在市委、市政府的领导下，崇仁县司法局坚定以习近平法治思想为指导，推进依法行政。\n"
        + THREE_PARTS_BODY,
        {"level": "department", "region_name": "江西省抚州市崇仁县"},
    ),
    (
        "a_prefecture_speaking_as_the_whole_prefecture_is_not_guangxis_quanzhou_county",
        "2023年，在州委、州政府领导下，全州坚持依法行政，法治大理建设稳步推进，落实云南省部署。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "city", "region_name": "云南省大理白族自治州"},
    ),
    (
        "a_banner_named_by_its_name_without_the_suffix",
        "2023年，在旗委、旗政府领导下，全旗坚持依法行政，法治准格尔建设稳步推进，落实鄂尔多斯市部署。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "county", "region_name": "内蒙古自治区鄂尔多斯市准格尔旗"},
    ),
    (
        "a_ting_is_a_provincial_department_not_the_city_it_names",
        "交通运输厅2023年度法治政府建设情况报告\n"
        "2023年，我厅坚持依法行政，指导昆明市、昆明市各县区开展示范创建，昆明市审核规范性文件20件。\n"
        + THREE_PARTS_BODY,
        {"level": "department", "region_name": "云南省"},
    ),
    (
        "a_bureau_speaking_as_a_county_is_not_the_prefecture_it_names",
        "司法局2023年度法治政府建设情况报告\n"
        "2023年，我局坚持依法行政，全县审核规范性文件20件，落实曲靖市部署，参加曲靖市培训。\n"
        + THREE_PARTS_BODY,
        {"level": "department", "region_name": None},
    ),
    (
        "a_county_level_city_speaks_as_the_city_too",
        "2023年，在市委、市政府的领导下，全市坚持依法行政，浏阳市审核规范性文件18件，落实长沙市部署，"
        "浏阳市获评示范县（市），浏阳市法治政府建设稳步推进。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "county", "region_name": "湖南省长沙市浏阳市"},
    ),
    (
        "a_county_level_city_named_as_often_as_its_prefecture_is_not_guessed",
        "2023年，在市委、市政府的领导下，全市坚持依法行政，浏阳市审核规范性文件18件，落实长沙市部署。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"region_name": None},
    ),
    (
        "a_short_county_name_outside_every_region_the_text_names_is_not_taken",
        "2023年，在区委、区政府的坚强领导下，全区坚持依法行政，法治鼓楼建设稳步推进。"
        "现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"level": "county", "region_name": None},
    ),
]


@pytest.mark.parametrize(
    ("page", "fields"), [row[1:] for row in NAMED_ELSEWHERE], ids=[row[0] for row in NAMED_ELSEWHERE]
)
def test_reporting_body_named_away_from_the_title(page, fields):
    expect(read_text(page), fields)


@pytest.mark.parametrize(
    ("short", "prefecture"),
    [("博州", "博尔塔拉蒙古自治州"), ("巴州", "巴音郭楞蒙古自治州"), ("克州", "克孜勒苏柯尔克孜自治州")],
)
def test_xinjiangs_prefectures_by_the_short_names_in_use(short, prefecture):
    reading = read_text(
        f"{short}人民政府2023年度法治政府建设情况报告\n2023年，{short}坚持依法行政。\n" + THREE_PARTS_BODY
    )
    assert reading.level == "city"
    assert reading.region["name"] == "新疆维吾尔自治区" + prefecture


def test_bazhongs_bazhou_district_is_not_bayingolin():
    reading = read_text(
        "巴中市巴州区2023年法治政府建设工作报告\n2023年，全区坚持依法行政。\n" + THREE_PARTS_BODY
    )
    assert reading.region == {"name": "四川省巴中市巴州区", "code": "511902"}


def test_a_township_many_counties_have_is_null_with_its_places():
    reading = read_text(
        "2023年，凤凰街道坚持依法行政，全街道调解纠纷40件。现将有关情况报告如下：\n" + THREE_PARTS_BODY
    )
    assert reading.level == "township"
    assert reading.region is None
    region = reading.metadata_evidence["region"]
    assert region.source == "ambiguous_name" and region.reason
    assert len(region.candidates) > 1 and all(name.endswith("凤凰街道") for name in region.candidates)


@pytest.mark.parametrize(
    ("fixture", "region", "level", "source"),
    [
        ("township_after_metadata_block.txt", "福建省宁德市屏南县双溪镇", "township", "opening"),
        ("province_names_only_its_cities.txt", "江西省", "province", "places_inside"),
        ("district_bureau_short_name.txt", "重庆市永川区", "department", "short_name"),
    ],
)
def test_region_and_its_evidence_line(fixtures, fixture, region, level, source):
    reading = read(fixtures / fixture)
    assert reading.region["name"] == region
    assert reading.level == level
    evidence = reading.metadata_evidence["region"]
    assert evidence.source == source and evidence.confidence == "medium"
    assert evidence.evidence and evidence.evidence in reading.text


def test_a_document_generation_date_is_not_the_publication_date(fixtures):
    reading = read(fixtures / "township_after_metadata_block.txt")
    assert reading.published is None
    assert reading.metadata_evidence["published"].reason


@pytest.mark.parametrize(
    ("chrome", "published"),
    [
        ("2024年03月12日 来源：某县司法局", "2024-03-12"),  # a dated byline
        ("来源：某县司法局 发布者：李明 2024年3月12日", "2024-03-12"),
        ("来源：某县司法局 成文日期：2024-03-01", None),  # the day it was drawn up
        ("发布机构：某县人民政府 生成日期：2024-03-01", None),
        ("索引号：001-2024-03 发文日期：2024-03-01", None),  # an issue date
        ("来源：某县司法局 实施日期：2024-04-01", None),
        ("今天是2024年3月12日 星期二", None),  # a site clock
    ],
)
def test_publication_date_from_the_page_header(chrome, published):
    reading = read_text(
        "某县2023年法治政府建设情况报告\n"
        + chrome
        + "\n2023年，某县坚持依法行政。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY
    )
    assert reading.published == published


REPORT_FIXTURES = sorted(
    path.name
    for path in FIXTURES.glob("*.txt")
    if not path.name.startswith(("news_", "notice_", "plan_", "policy_", "template_"))
)


@pytest.mark.parametrize("fixture", REPORT_FIXTURES)
def test_each_body_field_has_its_evidence_line_or_a_reason(fixture):
    """A value comes with how sure the engine is and the line it came from; a null with why."""
    reading = read(FIXTURES / fixture)
    for name in ("region", "level", "issuer", "published"):
        evidence = reading.metadata_evidence[name]
        if getattr(reading, name) is None:
            assert evidence.confidence in ("none", "low") and evidence.reason, (name, evidence)
        else:
            assert evidence.confidence in ("high", "medium") and evidence.evidence, (name, evidence)
