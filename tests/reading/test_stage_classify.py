import pytest

from fazhi.reading import read

from .conftest import THREE_PARTS_BODY, expect, fixture_text, read_text


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
    # A report (its title names no year); a page that is no report takes no year from its date
    # (test_kind_title_seventh_pass).
    reading = read_text(
        "市人民政府关于法治政府建设情况的报告\n发布日期：2024-02-20\n"
        "市政府坚持依法行政，全面推进法治政府建设，各项工作取得积极进展，群众满意度持续提升。\n"
    )
    assert reading.published == "2024-02-20"
    assert reading.year == 2023


# A report's last part plans the next year (domain.md: 下一年度主要安排); the year in its heading
# is the year after the one reported on, so it never counts toward the report's year.
_BODY_WITHOUT_HEAD = (
    "一、主要举措和成效\n全年组织执法人员培训4期，审核规范性文件12件，办理行政复议案件6件。\n"
    "二、存在的不足和原因\n基层执法力量不足，部分干部依法办事意识有待增强。\n"
    "三、党政主要负责人履行推进法治建设第一责任人职责情况\n主要负责人专题研究法治建设工作3次。\n"
    "四、{year}年推进法治政府建设的主要安排\n继续完善依法决策机制，加强执法监督。\n"
)


@pytest.mark.parametrize("year", [2024, 2026])
def test_a_plan_headings_year_is_not_the_year_reported_on(year):
    # Pasted from the middle of a report: the only year is the plan's, so the year is not known.
    reading = read_text(_BODY_WITHOUT_HEAD.format(year=year))
    assert reading.year is None


def test_a_years_evaluation_held_the_next_year_does_not_date_the_report():
    # Pasted from the middle of a 2022 report: the year before is evaluated in it (述法, 考核), twice;
    # the year reported on is said once.
    page = _BODY_WITHOUT_HEAD.format(year="下一").replace(
        "一、主要举措和成效\n",
        "一、主要举措和成效\n组织开展2021年度党政主要负责人述法，完成2021年度法治建设考核。"
        "2022年，全区审核规范性文件15件。\n",
    )
    assert read_text(page).year == 2022


@pytest.mark.parametrize(
    ("sessions", "year"),
    [
        ("党的十八大和十八届三中、四中、五中全会精神", 2015),  # the last of a list of sessions
        ("党的十八大和十八届三中全会、四中全会精神", 2014),
        ("党的十九大和十九届二中、三中、四中全会精神", 2019),
        ("党的十八大精神", 2012),
        ("党的二十大和二十届二中、三中全会精神", 2024),
        # the 20th congress alone is cited through the years after it: it dates nothing...
        ("党的二十大精神", None),
        # ...unless the text says it was held
        ("党的二十大胜利召开之年的部署，深入贯彻党的二十大精神", 2022),
    ],
)
def test_an_undated_report_takes_the_latest_party_session_it_names(sessions, year):
    # Nothing dates it: the latest session named is the earliest year it can report on.
    page = _BODY_WITHOUT_HEAD.format(year="下一").replace(
        "一、主要举措和成效\n", f"一、主要举措和成效\n我区以贯彻{sessions}为主线，推进法治政府建设。\n"
    )
    assert read_text(page).year == year


@pytest.mark.parametrize(
    ("crumb", "year"),
    [
        ("您当前的位置：首页> 政务公开> 政府信息公开目录> 法治政府建设年度报告 > 2021年度", 2021),
        ("首页 > 专题专栏 > 法治政府建设报告 > 2019", 2019),
        # the other side: a year column of another kind of page, or a column with no year
        ("您当前的位置：首页> 政务公开> 政府工作报告 > 2021年度", None),
        ("您当前的位置：首页> 政务公开> 法治政府建设年度报告", None),
    ],
)
def test_a_breadcrumb_files_an_undated_report_under_its_year(crumb, year):
    body = THREE_PARTS_BODY.replace("2023年", "本年度").replace("2024年", "下一年")
    page = (
        crumb + "\n认真贯彻落实法治政府建设实施纲要，深入推进依法行政，现将本街道法治政府建设情况报告如下：\n"
    )
    reading = read_text(page + body)
    assert (reading.kind, reading.year) == ("annual_report", year)


def test_the_plan_year_does_not_tie_with_the_year_reported_on():
    body = _BODY_WITHOUT_HEAD.format(year=2024).replace("全年组织", "2023年组织")
    assert read_text(body).year == 2023


def test_a_title_and_an_opening_of_two_years_give_none():
    # A sharing site's title over a report of another year: neither year is guessed, nor the date's.
    reading = read_text(
        "县2022年法治政府建设工作总结\n发布日期：2022-12-05\n2019年，我县法治政府建设工作在市委、市政府的正确领导下，"
        "坚持依法行政，各项工作取得新成效。现将有关情况总结如下：\n一、主要举措和成效\n审核规范性文件12件。\n"
    )
    assert reading.year is None
    assert "不一致" in reading.metadata_evidence["year"].reason
    # the same year twice, or an opening on the reporting year, keeps it
    assert (
        read_text("县2022年法治政府建设工作总结\n2022年，我县坚持依法行政，各项工作取得新成效。\n").year
        == 2022
    )


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
        "青禾市城乡规划委员会2023年度法治政府建设工作总结",
        "青岛市自然资源和规划局崂山分局2024年法治政府建设情况",
        "青禾县卫生和计划生育委员会2016年法治政府建设情况报告",
        "白石市新闻出版局2015年度依法行政工作报告",
        "江口区2023年度法治政府建设规划实施情况报告",
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


# Pages met on published sites that the corpus did not have, each written in our own words
# (places, bodies, numbers and dates invented; only the shape is the pages'): (case, page, kind).
KINDS = [
    (
        "an_untitled_plan_is_not_a_report",
        "为推进依法行政，结合本市实际，制定本实施方案。\n"
        "一、总体要求\n坚持依法行政，全面建设法治政府，各地各部门要抓好落实，确保各项任务按期完成。\n",
        "not_report",
    ),
    (
        "an_untitled_guide_is_not_a_report",
        "为规范年度报告的编写和公开，根据有关规定，制定本工作指引。\n"
        "一、总体要求\n坚持依法行政，全面建设法治政府，各地各部门要抓好落实，确保各项任务按期完成。\n",
        "not_report",
    ),
    (
        "an_untitled_disclosure_report_is_not_a_rule_of_law_report",
        "本报告依据《中华人民共和国政府信息公开条例》编制，包括总体情况、主动公开情况等部分。\n"
        "一、总体情况\n2023年度，本街道持续做好主动公开工作，全年主动公开信息36条。\n",
        "not_report",
    ),
    (
        "an_exam_question_quoting_a_white_paper_is_not_a_report",
        "某省发布2022年度法治政府建设白皮书，全省法治建设群众满意率达95.1%，审议地方性法规8件。\n"
        "结合材料，谈谈该省推进法治政府建设给我们的启示。\n",
        "not_report",
    ),
    (
        "lowercase_xx_placeholders_make_a_template",
        "法治政府建设情况年度报告\n"
        "2023年，xx市人民政府坚持依法行政，在x02x年度考评中，xx市排名全省第x，现将有关情况报告如下：\n"
        + THREE_PARTS_BODY,
        "not_report",
    ),
    (
        "a_courts_report_to_the_congress_is_not_a_government_report",
        "临川区人民法院\n"
        "主任、副主任、各位委员：\n"
        "现将我院2023年行政审判工作情况报告如下：\n"
        "一、基本情况\n2023年，全院共受理一审行政诉讼案件118件，审结109件，依法支持和监督依法行政。\n",
        "not_report",
    ),
    (
        "a_summary_with_next_years_plan_is_a_report",
        "2023年依法行政工作总结和2024年工作计划\n2023年，市教育局坚持依法行政，现将工作情况总结如下：\n"
        + THREE_PARTS_BODY,
        "annual_report",
    ),
    (
        "a_journal_article_is_not_a_report",
        "年度报告制度的实证研究\n——以十份市级报告为例\n"
        "某某论丛 2021年3期\n关键词：年度报告；法治政府\n（某某大学 法学院，杭州 310000）\n"
        "纲要要求各级政府每年第一季度报告上一年度法治政府建设情况，本文考察十份报告的结构。\n",
        "not_report",
    ),
    (
        "a_promulgated_index_system_is_not_a_report",
        "某省法治政府建设指标体系\n"
        "本指标体系已经省人民政府常务会议讨论通过，现予公布，自2016年3月1日起施行。\n"
        "为推进依法行政，结合本省实际，制定本指标体系。\n一、行政决策\n重大行政决策程序正当、过程公开。\n",
        "not_report",
    ),
    (
        "a_titled_report_that_mentions_experts_explaining_stays_a_report",
        "某某自治区人民政府关于2024年法治政府建设情况的报告\n"
        "2024年，自治区坚持依法行政，法治政府建设取得新进展。\n"
        "一、加强组织领导。常务会议固定安排学法，请法学专家对新修订的法律逐条作解读，"
        "组织领导干部旁听庭审，推动各项任务落地见效。\n",
        "annual_report",
    ),
    (
        "news_of_an_assessment_visit_is_not_a_report",
        "区市场监管局迎接年度依法行政检查\n"
        "发布时间：2024/01/05 10:20\n"
        "2023年12月11日上午，区考评组一行莅临我局检查年度依法行政工作。检查组翻阅了执法案卷，"
        "抽问了6名执法人员，对我局的做法表示认可。\n",
        "not_report",
    ),
    (
        "news_about_the_reporting_work_with_a_byline_is_not_a_report",
        "近日，青禾县司法局召集各单位布置2022年度报告的报送，要求3月底前交齐。\n"
        "会上讲解了《法治政府建设年度报告》应写的五方面内容，并提醒各单位公开《法治政府建设年度报告》"
        "前先做保密审查。\n各单位负责人表示将按时报送。（林小禾）",
        "not_report",
    ),
    (
        "an_article_that_names_itself_is_not_a_report",
        "引言\n"
        "2023年，某市政法系统扎实推进法治建设。本文回顾该市一年来的主要做法，并对下一步法治建设作出展望。\n"
        "一、工作回顾\n1. 强化法治宣传，全年开展普法活动80余场。\n",
        "not_report",
    ),
    (
        "an_article_with_a_byline_is_not_a_report",
        "依法行政路上的某市实践\n文/王一 李二\n"
        "依法行政路上的某市实践\n文/王一 李二\n"
        "近年来，某市法治政府建设进入新阶段。下一步，该市将从依法履职、规范执法等方面继续推进法治政府建设。\n",
        "not_report",
    ),
    (
        "a_photo_credited_news_story_is_not_a_report",
        "某县干部入户听取群众对述法工作的意见。张小山摄\n"
        "某市干部进行宪法宣誓。李大川摄\n"
        "各地扎实推进法治建设，党政主要负责人年终述法。一位局长在述法会上说，2023年我局负责人出庭应诉率100%。\n",
        "not_report",
    ),
    (
        "an_open_letter_to_the_public_is_not_a_report",
        "致全市居民的一封公开信\n"
        "亲爱的居民朋友们：\n"
        "创建法治政府建设示范市是提高依法行政水平的重要举措。让我们携手共建法治政府，共享美好生活！\n"
        "某市法治政府建设领导小组办公室\n2023年6月1日\n",
        "not_report",
    ),
    (
        "a_yearbook_chapter_is_not_a_report",
        "2021卷\n"
        "【加强法治政府建设组织领导】 自治区将法治政府建设纳入年度工作要点，对9个盟市开展督察，"
        "制定整改措施40项。\n"
        "【推进依法行政】 全年审查规范性文件35件，办理行政复议案件120件。\n",
        "not_report",
    ),
    (
        "a_report_on_another_subject_is_not_the_rule_of_law_report",
        "关于全县“八五”普法工作情况报告\n"
        "县人大常委会：受县政府委托，就普法规划的中期实施作汇报，请审议。\n"
        "一、基本情况\n2021年以来，我县深入开展法治宣传教育，开展普法活动210场次。\n",
        "not_report",
    ),
    (
        "a_report_on_another_subject_to_the_congress_is_not_the_rule_of_law_report",
        "国务院关于交通运输执法规范化建设工作情况的报告（2022年）\n"
        "全国人民代表大会常务委员会：\n受国务院委托，现就交通运输领域执法规范化工作作汇报，请审议。\n",
        "not_report",
    ),
    (
        "a_public_notice_of_a_model_list_is_not_a_report",
        "为推进法治政府建设示范创建，经过初审、第三方评估和满意度测评，确定了拟命名的示范地区名单。"
        "全省共有96个市县申报。现将拟命名名单向社会公示，欢迎监督。\n"
        "公示时间：2024年5月6日—2024年5月12日\n",
        "not_report",
    ),
    (
        # Not an article (本文件 is not 本文), but one paragraph without a title or a report's
        # shape is no positive evidence of a report either: uncertain.
        "a_report_that_speaks_of_this_document_is_not_an_article",
        "2023年，某县坚持依法行政，依照本文件所附清单逐项落实。3月8日上午，县政府召开常务会议学法，"
        "全年审核规范性文件15件，各项工作稳步推进。\n",
        # The article rule does not fire and the rules are unsure; the kind model settles it.
        "not_report",
    ),
    (
        # The annual enforcement report (行政执法工作年报) is another report than the rule-of-law one.
        "an_untitled_enforcement_work_report_is_not_the_rule_of_law_report",
        "2023年，市综合行政执法局持续推进行政执法三项制度，各项工作有序推进。"
        "现将2023年度行政执法工作情况报告如下：\n"
        "一、基本情况\n全年办理行政处罚案件1200件，执法检查3000余次。\n"
        "二、存在问题\n执法力量不足。\n三、下一步工作\n继续规范执法。\n",
        "not_report",
    ),
    (
        "a_report_on_the_rule_of_law_and_enforcement_together_stays_a_report",
        "2023年，我局坚持依法行政，扎实推进法治政府建设。"
        "现将2023年度法治政府建设和行政执法工作情况报告如下：\n" + THREE_PARTS_BODY,
        "annual_report",
    ),
    (
        # News of a report's release, its headline ending on the report's name.
        "news_that_a_body_released_its_report_is_not_the_report",
        "某部发布2023年法治政府建设年度报告\n"
        "据该部网站消息，某部发布2023年法治政府建设年度报告。具体报告如下：\n"
        "一、坚持党的领导\n部党组审议法治议题5次，审核规范性文件12件。\n",
        "not_report",
    ),
]


@pytest.mark.parametrize(("page", "kind"), [row[1:] for row in KINDS], ids=[row[0] for row in KINDS])
def test_kind_of_a_page(page, kind):
    assert read_text(page).kind == kind


# (case, page, fields): title, publication date and year of pages met on published sites.
METADATA = [
    (
        "a_breadcrumb_line_above_the_title_is_not_its_first_half",
        "您的位置：某省司法厅网 >> 法治工作 >> 法治调研\n"
        "某省2020年度法治政府建设情况报告\n"
        "2020年，省政府坚持依法行政，现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"title": "某省2020年度法治政府建设情况报告"},
    ),
    (
        "a_site_link_row_above_the_title_is_not_its_first_half",
        "中国政府网|某市人民政府网\n"
        "某市某区2022年法治政府建设情况报告\n"
        "2022年，区政府坚持依法行政，现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"title": "某市某区2022年法治政府建设情况报告"},
    ),
    (
        "a_city_line_above_a_title_headed_by_its_province_stays_apart",
        "泉州市\n福建省2023年度法治政府建设情况\n"
        "2023年，我省各级政府坚持依法行政，现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"title": "福建省2023年度法治政府建设情况"},
    ),
    (
        "a_bullet_or_a_column_label_before_the_title_is_dropped",
        "• 2021年度某省法治政府建设年度报告\n"
        "2021年，省政府坚持依法行政，现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"title": "2021年度某省法治政府建设年度报告"},
    ),
    (
        "a_column_label_in_brackets_before_a_bureau_title_is_dropped",
        "【工作报告】某省司法厅2023年法治政府建设年度报告\n"
        "2023年，省司法厅坚持依法行政，现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"title": "某省司法厅2023年法治政府建设年度报告"},
    ),
    (
        "a_speech_is_not_a_report_even_when_its_title_runs_into_it",
        "副市长在全市依法行政工作会议上的讲话同志们：今天召开全市依法行政工作会议，总结工作、部署任务。"
        "下面，我讲两点意见。一、充分肯定成绩。全市审核规范性文件40件，法治政府建设取得新进展。\n",
        {"kind": "not_report", "title": "副市长在全市依法行政工作会议上的讲话"},
    ),
    (
        "a_title_run_into_the_opening_sentence_is_split_from_it",
        "江西省人民政府关于2023年度法治政府建设情况的报告2023年，省政府坚持依法行政，"
        "全面推进法治政府建设，现将有关情况报告如下：全年审核规范性文件14件，各项工作稳步推进，依法行政水平持续提升。\n"
        + THREE_PARTS_BODY,
        {"title": "江西省人民政府关于2023年度法治政府建设情况的报告", "issuer": "江西省人民政府"},
    ),
    (
        "a_publication_line_run_into_the_first_paragraph",
        "泰州市司法局2024年法治政府建设工作情况报告\n"
        "发表时间：2025-03-06 09:12:302024年以来，在市委市政府领导下，市司法局扎实推进依法行政，"
        "各项工作稳步推进，法治政府建设取得新进展。现将主要情况报告如下：\n" + THREE_PARTS_BODY,
        {"published": "2025-03-06", "text_lacks": "发表时间", "year": 2024},
    ),
    (
        "a_metadata_table_row_gives_the_publication_date_not_the_drafting_date",
        "索 引 号 | 000000/2024-00012 | 主题分类 | 其他 |\n"
        "成文日期 | 2024-03-01 | 发布日期 | 2024-03-12 |\n"
        "标 题 | 泰州市人民政府关于2023年度法治政府建设情况的报告 |\n"
        "泰州市人民政府关于2023年度法治政府建设情况的报告\n"
        "2023年，市政府坚持依法行政，现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"published": "2024-03-12"},
    ),
    (
        "a_breadcrumb_of_the_site_is_not_the_title",
        "您所在的位置：政务公开 > 工作报告\n"
        "2023年浏阳市法治政府建设情况报告\n"
        "2023年，浏阳市坚持依法行政，现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"title": "2023年浏阳市法治政府建设情况报告"},
    ),
    (
        "breadcrumbs_and_bracketed_metadata_rows_are_chrome",
        ">政务公开>专题>法治政府建设年度报告\n"
        "[ 主题分类 ] 司法、法制 [ 体裁分类 ] 工作报告\n"
        "[ 发布机构 ] 城口县修齐镇人民政府 [ 有效性 ]\n"
        "[ 成文日期 ] 2024-01-20 [ 发布日期 ] 2024-02-02\n"
        "城口县修齐镇人民政府2023年法治政府建设情况报告\n"
        "2023年，修齐镇坚持依法行政，现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {
            "title": "城口县修齐镇人民政府2023年法治政府建设情况报告",
            "published": "2024-02-02",
            "level": "township",
        },
    ),
    (
        "a_sites_name_run_before_the_title_is_not_part_of_it",
        "公文之窗—江西省人民政府关于2023年度法治政府建设情况的报告\n"
        "2023年，省政府坚持依法行政，现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"title": "江西省人民政府关于2023年度法治政府建设情况的报告", "issuer": "江西省人民政府"},
    ),
    (
        "the_publishing_body_and_date_under_the_title_is_the_publication_line",
        "关于《泰兴市2023年度法治政府建设情况报告》的政策解读\n"
        "泰兴市人民政府 2024年02月05日\n"
        "按照有关要求，市司法局起草了年度报告，现解读如下：\n一、起草背景\n年度报告依规定向社会公开。\n",
        {"published": "2024-02-05"},
    ),
    (
        "the_publishing_body_and_date_at_the_end_is_a_signature",
        "泰兴市人民政府关于2023年度法治政府建设情况的报告\n"
        "2023年，市政府坚持依法行政，现将有关情况报告如下：\n"
        + THREE_PARTS_BODY
        + "泰兴市人民政府 2024年2月5日\n",
        {"published": None},
    ),
    (
        "a_document_number_before_a_title_in_book_title_marks_is_not_part_of_it",
        "湘农〔2023〕12号《湖南省农业农村厅关于2022年度法治政府建设情况的报告》\n"
        "湖南省农业农村厅关于2022年度法治政府建设情况的报告\n"
        "省委、省政府：\n现呈送我厅2022年度法治政府建设情况报告，请审阅。\n"
        "2022年，省农业农村厅坚持依法行政，审核规范性文件6件。\n",
        {
            "title": "湖南省农业农村厅关于2022年度法治政府建设情况的报告",
            "issuer": "湖南省农业农村厅",
            "level": "department",
        },
    ),
    (
        "a_spaced_metadata_label_before_the_title_is_not_part_of_it",
        "标      题 青海省人民政府关于2018年度全省法治政府建设情况的报告\n"
        "发布机构 省法治政府建设工作领导小组办公室 发布日期 2019-05-20 09:30:00\n"
        "2018年，全省各地各部门坚持依法行政，审核规范性文件52件，法治政府建设取得新成效。\n",
        {"title": "青海省人民政府关于2018年度全省法治政府建设情况的报告", "issuer": "青海省人民政府"},
    ),
    (
        "a_date_in_brackets_after_the_title_is_not_part_of_it",
        "青禾县司法局2023年法治政府建设工作报告（2024年2月6日）\n"
        "2023年，县司法局坚持依法行政，现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"title": "青禾县司法局2023年法治政府建设工作报告"},
    ),
    (
        "a_date_printed_after_the_title_is_not_part_of_it",
        "青禾县人民政府关于2023年度法治政府建设情况的报告 2024-03-12\n"
        "2023年，县政府坚持依法行政，现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"title": "青禾县人民政府关于2023年度法治政府建设情况的报告"},
    ),
    (
        "a_goal_year_is_not_the_year_reported_on",
        "某市司法局\n"
        "本市把依法行政作为长期任务，目标是到2035年各级政府依法行政能力全面提升，"
        "在2035年基本建成法治政府，这一远景需要一代人的努力。\n",
        {"year_is_not": 2035},
    ),
    (
        "a_five_year_plans_report_spans_the_plans_years_so_far",
        "白石市“十四五”时期法治政府建设情况报告\n“十四五”以来，我市坚持依法行政，"
        "现将有关情况报告如下：\n一、2023年主要成效\n2023年，全市办理行政复议案件30件。\n二、存在的不足\n",
        {"kind": "multi_year_report", "year": 2023, "period": {"start": 2021, "end": 2023}},
    ),
    (
        "a_past_five_year_plans_summary_spans_its_five_years",
        "青禾县十三五期间法治政府建设工作总结\n十三五期间，全县坚持依法行政。2020年，全县办理行政复议案件"
        "12件，2020年法治政府建设考核位列全市第一。\n一、主要成效\n二、存在的不足\n",
        {"kind": "multi_year_report", "year": 2020, "period": {"start": 2016, "end": 2020}},
    ),
    (
        "a_span_whose_first_year_has_its_own_year_word",
        "白石县2021年—2023年法治政府建设情况报告\n2021年以来，我县坚持依法行政，现将有关情况报告如下：\n"
        "一、主要成效\n二、存在的不足\n",
        {"kind": "multi_year_report", "year": 2023, "period": {"start": 2021, "end": 2023}},
    ),
    (
        "a_span_written_with_zhi_after_a_year_word",
        "白石市2020年度至2022年度法治政府建设工作报告\n2020年以来，全市坚持依法行政，现将有关情况报告如下：\n"
        "一、主要成效\n二、存在的不足\n",
        {"kind": "multi_year_report", "year": 2022, "period": {"start": 2020, "end": 2022}},
    ),
    (
        "two_years_side_by_side_make_a_two_year_report",
        "青禾县2022、2023年度法治政府建设情况报告\n2022年以来，我县坚持依法行政，现将两年来的情况报告如下：\n"
        "一、主要成效\n二、存在的不足\n",
        {"kind": "multi_year_report", "year": 2023, "period": {"start": 2022, "end": 2023}},
    ),
    (
        "two_years_joined_by_and_make_a_two_year_report",
        "青禾县2022年和2023年法治政府建设情况报告\n2022年以来，我县坚持依法行政，现将有关情况报告如下：\n"
        "一、主要成效\n二、存在的不足\n",
        {"kind": "multi_year_report", "year": 2023, "period": {"start": 2022, "end": 2023}},
    ),
    (
        "a_years_report_with_the_next_years_plan_is_no_span",
        "青禾县2023年法治政府建设情况和2024年工作安排\n2023年，我县坚持依法行政，现将有关情况报告如下：\n"
        "一、主要成效\n二、存在的不足\n",
        {"kind": "annual_report", "year": 2023, "period": {"start": 2023, "end": 2023}},
    ),
    (
        "a_year_in_chinese_numerals_with_a_white_circle_for_zero",
        "白石县二○二三年度法治政府建设情况报告\n二○二三年，我县坚持依法行政，现将有关情况报告如下：\n"
        "一、主要成效\n2019年起实施的制度继续落实，2019年出台的办法完成评估。\n二、存在的不足\n",
        {"title": "白石县二○二三年度法治政府建设情况报告", "year": 2023},
    ),
    (
        "a_year_in_chinese_numerals_with_a_letter_o_for_zero",
        "白石县二O二三年度法治政府建设情况报告\n二O二三年，我县坚持依法行政，现将有关情况报告如下：\n"
        "一、主要成效\n2019年起实施的制度继续落实，2019年出台的办法完成评估。\n二、存在的不足\n",
        {"title": "白石县二O二三年度法治政府建设情况报告", "year": 2023},
    ),
    (
        "a_year_in_chinese_numerals_with_a_digit_zero",
        "白石县二0二三年度法治政府建设情况报告\n二0二三年，我县坚持依法行政，现将有关情况报告如下：\n"
        "一、主要成效\n2019年起实施的制度继续落实，2019年出台的办法完成评估。\n二、存在的不足\n",
        {"title": "白石县二0二三年度法治政府建设情况报告", "year": 2023},
    ),
    (
        "a_span_in_chinese_numerals_with_white_circles",
        "白石市二○二一至二○二三年法治政府建设情况报告\n二○二一年以来，全市坚持依法行政，现将有关情况报告如下：\n"
        "一、主要成效\n二、存在的不足\n",
        {"kind": "multi_year_report", "year": 2023, "period": {"start": 2021, "end": 2023}},
    ),
    (
        "a_five_year_plan_named_by_a_report_of_one_year_gives_no_span",
        "白石县2023年法治政府建设年度报告\n2023年，我县坚持依法行政，推动“十四五”规划确定的法治任务落地。"
        "现将有关情况报告如下：\n一、主要成效\n二、存在的不足\n",
        {"kind": "annual_report", "year": 2023, "period": {"start": 2023, "end": 2023}},
    ),
    (
        "a_years_report_on_a_plan_named_with_its_span_is_the_years",
        "白石县人民政府关于2017年贯彻落实《法治政府建设实施纲要（2015—2020年）》情况的报告\n"
        "2017年，我县坚持依法行政，现将有关情况报告如下：\n一、主要成效\n二、存在的不足\n",
        {"kind": "annual_report", "year": 2017, "period": {"start": 2017, "end": 2017}},
    ),
    (
        "a_sites_date_in_round_brackets_under_the_title_is_the_publications",
        "青山市卫生健康委员会2019年法治政府建设年度报告\n\n( 2021-03-05)\n\n2019年12月24日\n\n"
        "2019年，我委坚持依法行政，现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"published": "2021-03-05", "year": 2019},
    ),
    (
        "a_documents_own_date_in_words_in_brackets_is_not_the_publications",
        "青山市卫生健康委员会2019年法治政府建设年度报告\n（2020年1月6日）\n"
        "2019年，我委坚持依法行政，现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        {"published": None, "year": 2019},
    ),
    (
        "a_plans_completion_report_spans_the_plans_years",
        "青禾区人民政府关于法治政府建设实施纲要（2015-2020）落实完成情况的报告\n"
        "一、总体完成情况\n我区对标纲要要求，已全面完成各项建设举措120项。\n二、存在的不足\n",
        {"kind": "multi_year_report", "year": 2020, "period": {"start": 2015, "end": 2020}},
    ),
]


@pytest.mark.parametrize(("page", "fields"), [row[1:] for row in METADATA], ids=[row[0] for row in METADATA])
def test_title_publication_and_year_of_a_page(page, fields):
    expect(read_text(page), fields)


# Genres that quote or summarise a year's report and so read like one, each written for the test
# (places, bodies, names and numbers invented): without a report title they are never annual_report.
LOOK_ALIKES = [
    (
        "news_story_with_a_reporters_byline",
        "2023年，青禾县坚持依法行政，法治政府建设取得新进展。全县审核规范性文件12件，"
        "办理行政复议案件30件，我县行政机关负责人出庭应诉率达100%。\n"
        "县司法局负责人介绍，下一步全县将继续完善依法决策机制。（记者 林小禾 通讯员 周一）\n",
        "news",
    ),
    (
        "news_story_with_a_reporters_name_after_a_colon",
        "记者：林小禾\n2023年，青禾县坚持依法行政，全县审核规范性文件12件，我县法治政府建设稳步推进，"
        "现将有关情况报告如下的做法得到上级肯定。\n",
        "news",
    ),
    (
        "news_story_whose_source_is_a_newspaper",
        "来源：白石日报\n2022年，白石市深入推进依法行政，全市审核规范性文件40件，我市行政复议纠错率为8%。\n",
        "news",
    ),
    (
        "section_of_a_book",
        "第二节 县级政府的年度报告\n2021年，某县坚持依法行政，全县法治政府建设稳步推进，我县审核规范性文件9件。\n",
        "book",
    ),
    (
        "news_story_with_an_editors_line",
        "2022年，白石市深入推进依法行政，全市法治政府建设考评位居全省前列。全市审核规范性文件40件，"
        "我市行政复议案件纠错率为8%。\n责任编辑：陈晓\n",
        "news",
    ),
    (
        "chapter_of_a_book_on_local_rule_of_law",
        "第三章 地方法治政府建设的实践\n"
        "2021年，某省坚持依法行政，全省法治政府建设稳步推进。本章以该省为例，考察年度报告制度的运行。\n"
        "一、行政决策\n全省重大行政决策均经合法性审查。\n二、行政执法\n我省推行行政执法三项制度。\n",
        "book",
    ),
    (
        "template_on_a_document_sharing_site",
        "文档格式：DOCX 文档页数：6页 上传者：用户0123\n"
        "2023年，我镇坚持依法行政，法治政府建设取得新成效。现将有关情况报告如下：\n"
        + THREE_PARTS_BODY
        + "预览已结束，剩余4页未读，展开阅读全文\n",
        "document_site",
    ),
    (
        "entry_of_a_yearbook",
        "【依法行政】 2020年，江口市政府坚持依法行政，全市审核规范性文件18件，"
        "办理行政复议案件44件，全市法治政府建设稳步推进，我市获评省级法治政府建设示范市。\n",
        "yearbook",
    ),
    (
        "summary_of_a_report_in_machine_translated_english",
        "2022年度法治政府建设\n"
        "In 2022, the county government adhere to administration according to law, the construction of "
        "the rule of law government make new progress. The whole county reviewed 15 normative documents "
        "and handled 27 administrative reconsideration cases, the rate of responsible person appear in "
        "court reached 100 percent. Next year we will continue improve the mechanism of decision.\n",
        "english",
    ),
    (
        "spam_page_that_pastes_a_reports_sentences",
        "2023年，某区坚持依法行政，全区审核规范性文件9件，我区法治政府建设稳步推进。\n"
        "百家乐官方入口 注册送彩金 真人视讯 时时彩在线投注平台\n"
        "2023年，某区行政复议案件纠错率为5%，全区法治宣传覆盖率持续提升。\n",
        "spam",
    ),
    (
        "township_summary_of_the_year_and_ideas_for_the_next",
        "东岭镇2023年工作总结和2024年工作思路\n"
        "2023年，在县委、县政府的坚强领导下，我镇坚持稳中求进，全镇经济社会保持良好势头，"
        "依法行政水平不断提高。现将有关情况总结如下：\n"
        "一、2023年工作总结\n（一）产业发展。全镇新引进项目6个。\n（二）平安建设。我镇化解矛盾纠纷52件。\n"
        "二、2024年工作思路\n坚持项目为王，推动全镇高质量发展。\n",
        "general_summary",
    ),
]


@pytest.mark.parametrize(
    ("page", "genre"), [row[1:] for row in LOOK_ALIKES], ids=[row[0] for row in LOOK_ALIKES]
)
def test_a_look_alike_is_not_a_report(page, genre):
    reading = read_text(page)
    assert reading.kind == "not_report"
    assert reading.metadata_evidence["kind"].source == genre
    assert reading.metadata_evidence["kind"].reason


# (case, page, kind, source): positive evidence of a report, and abstention without it.
EVIDENCE = [
    (
        "a_report_title_is_evidence",
        "青禾县2023年度法治政府建设情况报告\n2023年，青禾县坚持依法行政。\n",
        "annual_report",
        "title",
    ),
    (
        "an_opening_that_reports_over_a_report_shaped_body",
        "2023年，青禾县坚持依法行政，法治政府建设取得新进展。现将有关情况报告如下：\n" + THREE_PARTS_BODY,
        "annual_report",
        "opening",
    ),
    (
        "a_body_cut_above_its_opening_with_the_reports_areas_of_work",
        "（一）规范行政执法。我县推行行政执法三项制度，依法开展执法案卷评查2次。\n"
        "（二）加强行政复议。全县办理行政复议案件31件，我县纠错率为6%。\n"
        "（三）推进政务公开。全县主动公开政府信息1200条。\n",
        "annual_report",
        "body_shape",
    ),
    (
        # A heading that names the year's summary is the report's own, not a general summary's title.
        "a_body_whose_first_heading_is_the_years_summary",
        "一、2023年工作总结\n"
        "（一）规范行政执法。我县推行行政执法三项制度，依法开展执法案卷评查2次。\n"
        "（二）加强行政复议。全县办理行政复议案件31件，我县纠错率为6%。\n"
        "二、2024年工作思路\n继续推进依法行政。\n",
        "annual_report",
        "body_shape",
    ),
    (
        "a_report_shaped_body_without_title_or_opening_is_left_to_the_model",
        "各项工作稳步推进。\n我县依法审核规范性文件12件，全县开展普法活动30场次，我县复议纠错率为6%。\n",
        "not_report",
        "model",
    ),
    (
        "an_opening_on_the_topic_without_a_reports_shape_is_left_to_the_model",
        "2023年，某县坚持依法行政，法治政府建设稳步推进，各项工作取得新成效。\n",
        "not_report",
        "model",
    ),
]


@pytest.mark.parametrize(
    ("page", "kind", "source"), [row[1:] for row in EVIDENCE], ids=[row[0] for row in EVIDENCE]
)
def test_positive_evidence_or_abstention(page, kind, source):
    reading = read_text(page)
    evidence = reading.metadata_evidence["kind"]
    assert (reading.kind, evidence.source) == (kind, source)
    if kind == "uncertain":
        assert evidence.confidence == "low" and "未找到报告标题" in evidence.reason
    elif source == "model":
        # The rules were unsure; the kind model (test_kind_model.py) settled it, their reasons kept.
        assert "未找到报告标题" in evidence.reason and "模型" in evidence.reason
    else:
        assert evidence.evidence
