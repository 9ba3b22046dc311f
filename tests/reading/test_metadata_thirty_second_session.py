"""Kind, title and publication date: the thirty-second session's rules (issue 16), from a fresh batch of real
pages labelled blind to the engine (``/work/s54``, outside the repository; its tuning pages only).

- A page cut above its head whose numbered headings name the 2021–2025 Outline's areas has a report's body;
  健全政府机构职能体系 (the Outline's second chapter) is one of them.
- A catalogue block's bulleted summary row repeats the title (• 内容概述：…报告): it is a field, so the page is
  no column's list of reports, and its value is the title.
- A disclosure page's catalogue block run onto one line (索引号：… 发文机关：… 发布日期：2025年04月15日) gives
  the page's publication date.
- A photo's credit (这是大会现场。记者 某某 摄) is a reporter's byline: the page is news.
- A street named after towns of several counties (海安街道; 海安镇 in two counties) is in the county the text
  names (法治海安).
- A county-level city that speaks as 我市 and names itself only at the head of its own documents
  (《孝义市委全面依法治市委员会…》) is that city, when it names no other county nor a leader.
- A public service centre (区投资促进服务中心（以下简称“中心”）) opening the report after a 根据… clause reports
  as a department.
- An empty source credit before a date label (来自: 日期:2020-03-31) is a byline: the date is the page's.
- The notice that asked for the report names its year (关于报送2018年度法治政府建设情况报告的通知); a notice of a
  self-inspection (关于开展法治政府建设全面自查的通知) makes the report a self-inspection's.
- A cover letter's attachment line (附件：…报告) over the report names that report, not another of a column's list.
- A district named as the opening's subject before its leaders (2021年，闵行区在市委、市政府…的领导下，紧紧围绕…),
  after a sentence on what the year is (今年是…。), is the reporting body.
- A bureau as the subject of the dated opening (2023年，市大数据局深入学习…) is a mark of a report's shape, as a
  government is.
- A headline over a title set on two lines prints the page's date beside it (…工作情况报告 2023-02-09).
- A body that speaks as 市 and names no city of its own is of the one municipality whose full name it prints, were
  it only in a document's title (《关于举办2024年上海市教育系统…的通知》).
The pages here are our own words.
"""

from __future__ import annotations

from .conftest import read_text

_CUT_BODY = (
    "一、工作开展情况\n"
    "（一）深入学习贯彻党的二十大精神和习近平法治思想，加强党对法治政府建设的领导。一是把习近平法治思想"
    "作为党校主体班必学课12次，作为各级理论学习中心组的重要内容310次。二是举办法治专题培训班3期。\n"
    "（二）加强政府机构职能体系建设，更好发挥政府作用。一是动态调整权责清单，全市21个部门共计2816项"
    "权力事项。二是组织律师深入企业开展“法治体检”活动18场次。\n"
)


def test_a_cut_body_under_the_outlines_chapters_is_a_report():
    reading = read_text(_CUT_BODY)
    assert reading.kind == "annual_report"
    assert reading.metadata_evidence["kind"].source == "body_shape"


def test_a_cut_body_of_one_area_heading_is_still_unsure():
    one_area = _CUT_BODY.replace(
        "加强政府机构职能体系建设，更好发挥政府作用", "做好民生保障，办好群众身边实事"
    )
    assert read_text(one_area).kind != "annual_report"


_CATALOGUE_ROWS = (
    "• 索 引 号：QX0301-0200-2025-00017\n"
    "• 发布机构：青溪镇人民政府\n"
    "• 公文生成日期：2025-12-26\n"
    "• 内容概述：青溪市青溪镇人民政府2025年法治政府建设年度报告\n"
    "青溪市青溪镇人民政府2025年法治政府建设年度报告\n"
    "时间：2025-12-26 15:30\n"
    "中共青溪市委、市人民政府：\n"
    "2025年，青溪镇坚持以习近平法治思想为指导，扎实推进法治政府建设。现将我镇2025年法治政府建设"
    "情况报告如下：\n"
    "一、推进法治政府建设的主要举措和成效\n镇政府全年召开专题会议研究法治政府建设4次。\n"
)


def test_a_catalogue_rows_summary_of_the_title_is_no_list_of_reports():
    reading = read_text(_CATALOGUE_ROWS)
    assert reading.kind == "annual_report"
    assert reading.title == "青溪市青溪镇人民政府2025年法治政府建设年度报告"
    assert reading.published == "2025-12-26"


def test_three_report_titles_in_a_column_are_still_a_listing():
    listing = (
        "法治政府建设年度报告\n"
        "青溪镇2025年法治政府建设年度报告 2025-12-26\n"
        "青溪镇2024年法治政府建设年度报告 2024-12-20\n"
        "青溪镇2023年法治政府建设年度报告 2023-12-22\n"
    )
    assert read_text(listing).kind == "not_report"


_FLAT_BLOCK = (
    "西岭县人民政府\n"
    "索 引 号：11532300MB0123456X-/2025-0415001 公文目录：部门法治政府建设年度报告 发文机关：西岭县政府办 "
    "发文字号：主 题 词：标 题：西岭县林业和草原局2024年度法治政府建设工作情况报告 {}\n"
    "西岭县林业和草原局2024年度法治政府建设工作情况报告\n"
    "2024年，在县委、县人民政府的正确领导下，我局全面落实法治政府建设各项任务，现将本年度我局法治政府"
    "建设工作情况报告如下。\n"
    "一、工作开展情况\n全年组织干部职工集中学法6次。\n"
)


def test_a_catalogue_block_on_one_line_gives_its_publication_date():
    reading = read_text(_FLAT_BLOCK.format("发布日期：2025年04月15日"))
    assert reading.title == "西岭县林业和草原局2024年度法治政府建设工作情况报告"
    assert reading.published == "2025-04-15"


def test_a_catalogue_block_on_one_line_dated_only_when_drawn_up_gives_none():
    assert read_text(_FLAT_BLOCK.format("成文日期：2025年04月10日")).published is None


_CONGRESS_NEWS = (
    "16日上午，西岭市第三届人民代表大会第五次会议举行第二次全体会议，听取市人大常委会工作报告。\n"
    "会议应到代表260人，实到代表231人，符合法定人数。\n"
    "这是大会现场。记者 白玛次仁 摄\n"
    "受市人大常委会委托，市人大常委会主任作工作报告。他说，2025年市人大常委会坚持依法治市，召开常委会"
    "会议6次，审议地方性法规3件，开展执法检查4次，为推进法治政府建设提供民主法治保障。\n"
)


def test_a_photo_credit_makes_the_page_news():
    reading = read_text(_CONGRESS_NEWS)
    assert reading.kind == "not_report"
    assert reading.metadata_evidence["kind"].source == "news"


def test_a_report_that_thanks_the_press_has_no_byline():
    report = (
        "西岭市司法局2025年法治政府建设年度报告\n"
        "2025年，我局深入推进法治政府建设。邀请媒体记者采访报道普法活动12次。现将有关情况报告如下：\n"
        "一、推进法治政府建设的主要举措和成效\n全年审核规范性文件15件。\n"
    )
    assert read_text(report).kind == "annual_report"


# A street whose town of the same name is in several counties: the county the text names (法治海安) holds it.
def test_a_street_named_after_towns_of_two_counties_takes_the_county_the_text_names():
    reading = read_text(
        "海安街道2024年法治政府建设情况报告\n"
        "2024年，在市委、市政府的统一领导下，海安街道坚持以习近平法治思想为指导，推进依法行政，为法治海安、"
        "平安海安建设贡献力量。\n"
        "一、本年度推进法治政府建设的主要举措和成效\n街道全年开展法治宣传活动12场。\n"
    )
    assert reading.level == "township"
    assert reading.region is not None and reading.region["code"] == "320685"


_COUNTY_CITY = (
    "2023年以来，我市坚持以习近平法治思想为指导，以创建法治政府建设示范市为目标，扎实推进法治政府建设。"
    "现将有关情况报告如下：\n"
    "一、推进法治政府建设的主要举措和成效\n"
    "一是全面强化统筹协调。我市出台了《{}委全面依法治市委员会2023年工作要点》（孝法治字〔2023〕1号）等文件，"
    "全市各单位累计集中学法120余次。\n"
)


def test_a_county_level_city_that_names_itself_only_in_its_documents_is_that_city():
    reading = read_text(_COUNTY_CITY.format("孝义市"))
    assert reading.region is not None and reading.region["code"] == "141181"
    assert reading.level == "county"


def test_a_prefecture_that_names_its_cities_documents_is_not_one_of_them():
    text = _COUNTY_CITY.format("孝义市") + "指导汾阳市、介休市制定《汾阳市法治政府建设实施方案》。\n"
    reading = read_text(text)
    assert reading.region is None or reading.region["code"] != "141181"


def test_a_public_service_centre_reports_as_a_department():
    reading = read_text(
        "根据《法治政府建设实施纲要（2021—2025年）》等要求，西岭区投资促进服务中心（以下简称“中心”）紧紧围绕"
        "区委、区政府关于法治政府建设的决策部署，深入推进法治政府建设。现将2025年度法治政府建设情况报告如下：\n"
        "一、2025年推进法治政府建设的主要举措和成效\n中心组织干部职工集中学法6次。\n"
    )
    assert reading.level == "department"


_BUREAU_BODY = (
    "一、主要工作情况\n"
    "2019年，市体育局全面贯彻落实《法治政府建设实施纲要（2015-2020年）》，积极推进体育部门法治建设。\n"
    "（一）完善领导机制\n局党组全年专题研究法治建设4次，面向社会选聘法律顾问6名。\n"
)


def test_an_empty_source_credit_before_the_date_label_gives_the_date():
    reading = read_text(
        "西岭市科学技术局2019年度法治政府建设情况报告\n来自: 日期:2020-03-31\n"
        "2019年，我局扎实推进法治政府建设。现将2019年度法治政府建设情况报告如下：\n" + _BUREAU_BODY
    )
    assert reading.published == "2020-03-31"


def test_the_notice_that_asked_for_the_report_names_its_year():
    reading = read_text(
        "根据《西岭市人民政府办公厅关于报送2018年度法治政府建设情况报告的通知》要求，现将我局法治政府建设情况"
        "报告如下：\n" + _BUREAU_BODY.replace("2019年，", "2016年，")
    )
    assert reading.year == 2018


def test_a_report_asked_for_by_a_self_inspections_notice_is_a_self_inspection():
    reading = read_text(
        "市法治政府建设工作领导小组办公室：\n"
        "根据《关于开展法治政府建设全面自查的通知》要求，现将我局法治政府建设情况报告如下：\n" + _BUREAU_BODY
    )
    assert reading.kind == "not_report"


def test_a_cover_letter_over_its_report_is_the_report():
    reading = read_text(
        "关于报送《西岭区司法局2023年度法治政府建设情况报告》的报告\n"
        "西岭区法治政府建设工作领导小组办公室：\n"
        "我局拟就了《西岭区司法局2023年度法治政府建设情况报告》，现呈报，请审阅。\n特此报告。\n"
        "附件：西岭区司法局2023年度法治政府建设情况报告\n"
        "西岭区司法局\n2024年3月20日\n"
        "西岭区司法局2023年度法治政府建设情况报告\n"
        "2023年，西岭区司法局全面推进法治政府建设各项工作，取得积极成效，具体情况如下：\n"
        "一、深入贯彻习近平法治思想\n局党组全年集中学法8次。\n"
    )
    assert reading.kind == "annual_report"


def test_a_district_named_before_its_leaders_after_a_sentence_on_the_year_is_the_subject():
    reading = read_text(
        "今年是全面实施“十四五”规划的开局之年，做好法治政府建设工作意义十分重大。2021年，闵行区在市委、市政府"
        "和区委、区政府的领导下，紧紧围绕长三角一体化发展等国家战略，高质量编制和实施《闵行区依法治区“十四五”"
        "规划》，建设更高水平的法治政府。以全市综合第一被推荐为全国法治政府建设示范区，城管执法工作在全市考核中"
        "连续五年优秀，“一网通办”工作在全市评估中获得优秀。\n"
        "一、推进法治政府建设的主要举措和成效\n全年集中学法6次，审核规范性文件12件。\n"
    )
    assert reading.region is not None and reading.region["code"] == "310112"
    assert reading.level == "county"


_BUREAU_OPENING = (
    "2023年，市大数据局深入学习贯彻习近平法治思想，认真贯彻落实《西岭省法治政府建设实施方案（2021-2025年）》等"
    "工作要求，聚焦主责主业，积极推进依法履职、依法行政。\n"
    "一、工作开展情况\n"
    "（一）在健全政府机构职能体系方面，做好规范性文件清理、公平竞争审查等工作，全年审核文件14件。\n"
)


def test_a_bureau_as_the_dated_openings_subject_gives_a_report_its_shape():
    reading = read_text(_BUREAU_OPENING)
    assert reading.kind == "annual_report"
    assert reading.metadata_evidence["kind"].source == "opening"


def test_a_bureaus_opening_that_plans_the_year_is_no_report():
    planned = _BUREAU_OPENING.replace("2023年，市大数据局深入学习", "2024年，市大数据局将深入学习")
    assert read_text(planned).kind != "annual_report"


def test_a_dated_headline_over_a_title_set_on_two_lines_dates_the_page():
    reading = read_text(
        "西岭路街道2022年度法治政府建设 工作情况报告 2023-02-09\n"
        "西岭路街道2022年度法治政府建设\n工作情况报告\n"
        "2022年，在区委、区政府的正确领导下，西岭路街道坚持以习近平法治思想为指导，推进法治政府建设。现将工作情况"
        "报告如下：\n一、推进法治政府建设的主要举措和成效\n街道全年开展法治宣传活动15场。\n"
    )
    assert reading.published == "2023-02-09"


_MUNICIPAL_BUREAU = (
    "2024年，市教委全面贯彻习近平法治思想，深入推进依法治教，为推进我市教育治理提供坚实的法治保障。现将有关情况"
    "报告如下：\n"
    "一、学习宣传贯彻习近平法治思想工作情况\n"
    "召开全市教育法治工作会议，下发《关于举办2024年{}教育系统“学宪法 讲宪法”活动的通知》，全年开展法治宣传活动"
    "120场。\n"
)


def test_a_municipal_bureau_naming_its_city_only_in_a_documents_title_is_of_that_city():
    reading = read_text(_MUNICIPAL_BUREAU.format("上海市"))
    assert reading.region is not None and reading.region["code"] == "310000"
    assert reading.level == "department"


def test_a_bureau_that_names_a_municipality_beside_another_city_is_of_neither():
    reading = read_text(_MUNICIPAL_BUREAU.format("上海市") + "赴杭州市学习考察依法治校经验。\n")
    assert reading.region is None or reading.region["code"] != "310000"
