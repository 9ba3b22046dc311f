"""Second round of shapes met on published pages, each written here in our own words.

Places, bodies, numbers and dates are invented; only the phenomenon is the pages'.
"""

from .conftest import read_text


def test_a_titled_report_that_mentions_experts_explaining_stays_a_report():
    page = (
        "某某自治区人民政府关于2024年法治政府建设情况的报告\n"
        "2024年，自治区坚持依法行政，法治政府建设取得新进展。\n"
        "一、加强组织领导。常务会议固定安排学法，请法学专家对新修订的法律逐条作解读，"
        "组织领导干部旁听庭审，推动各项任务落地见效。\n"
    )
    assert read_text(page).kind == "annual_report"


def test_news_of_an_assessment_visit_is_not_a_report():
    page = (
        "区市场监管局迎接年度依法行政检查\n"
        "发布时间：2024/01/05 10:20\n"
        "2023年12月11日上午，区考评组一行莅临我局检查年度依法行政工作。检查组翻阅了执法案卷，"
        "抽问了6名执法人员，对我局的做法表示认可。\n"
    )
    assert read_text(page).kind == "not_report"


def test_news_about_the_reporting_work_with_a_byline_is_not_a_report():
    page = (
        "近日，青禾县司法局召集各单位布置2022年度报告的报送，要求3月底前交齐。\n"
        "会上讲解了《法治政府建设年度报告》应写的五方面内容，并提醒各单位公开《法治政府建设年度报告》"
        "前先做保密审查。\n各单位负责人表示将按时报送。（林小禾）"
    )
    assert read_text(page).kind == "not_report"


def test_an_article_that_names_itself_is_not_a_report():
    page = (
        "引言\n"
        "2023年，某市政法系统扎实推进法治建设。本文回顾该市一年来的主要做法，并对下一步法治建设作出展望。\n"
        "一、工作回顾\n1. 强化法治宣传，全年开展普法活动80余场。\n"
    )
    assert read_text(page).kind == "not_report"


def test_an_article_with_a_byline_is_not_a_report():
    page = (
        "依法行政路上的某市实践\n文/王一 李二\n"
        "依法行政路上的某市实践\n文/王一 李二\n"
        "近年来，某市法治政府建设进入新阶段。下一步，该市将从依法履职、规范执法等方面继续推进法治政府建设。\n"
    )
    assert read_text(page).kind == "not_report"


def test_a_photo_credited_news_story_is_not_a_report():
    page = (
        "某县干部入户听取群众对述法工作的意见。张小山摄\n"
        "某市干部进行宪法宣誓。李大川摄\n"
        "各地扎实推进法治建设，党政主要负责人年终述法。一位局长在述法会上说，2023年我局负责人出庭应诉率100%。\n"
    )
    assert read_text(page).kind == "not_report"


def test_an_open_letter_to_the_public_is_not_a_report():
    page = (
        "致全市居民的一封公开信\n"
        "亲爱的居民朋友们：\n"
        "创建法治政府建设示范市是提高依法行政水平的重要举措。让我们携手共建法治政府，共享美好生活！\n"
        "某市法治政府建设领导小组办公室\n2023年6月1日\n"
    )
    assert read_text(page).kind == "not_report"


def test_a_yearbook_chapter_is_not_a_report():
    page = (
        "2021卷\n"
        "【加强法治政府建设组织领导】 自治区将法治政府建设纳入年度工作要点，对9个盟市开展督察，"
        "制定整改措施40项。\n"
        "【推进依法行政】 全年审查规范性文件35件，办理行政复议案件120件。\n"
    )
    assert read_text(page).kind == "not_report"


def test_a_report_on_another_subject_is_not_the_rule_of_law_report():
    page = (
        "关于全县“八五”普法工作情况报告\n"
        "县人大常委会：受县政府委托，就普法规划的中期实施作汇报，请审议。\n"
        "一、基本情况\n2021年以来，我县深入开展法治宣传教育，开展普法活动210场次。\n"
    )
    assert read_text(page).kind == "not_report"
    page = (
        "国务院关于交通运输执法规范化建设工作情况的报告（2022年）\n"
        "全国人民代表大会常务委员会：\n受国务院委托，现就交通运输领域执法规范化工作作汇报，请审议。\n"
    )
    assert read_text(page).kind == "not_report"


def test_a_document_number_before_a_title_in_book_title_marks_is_not_part_of_it():
    page = (
        "湘农〔2023〕12号《湖南省农业农村厅关于2022年度法治政府建设情况的报告》\n"
        "湖南省农业农村厅关于2022年度法治政府建设情况的报告\n"
        "省委、省政府：\n现呈送我厅2022年度法治政府建设情况报告，请审阅。\n"
        "2022年，省农业农村厅坚持依法行政，审核规范性文件6件。\n"
    )
    reading = read_text(page)
    assert reading.title == "湖南省农业农村厅关于2022年度法治政府建设情况的报告"
    assert reading.issuer == "湖南省农业农村厅"
    assert reading.level == "department"


def test_an_administration_under_the_state_council_is_its_own_issuer():
    page = (
        "2023年，国家知识产权局持续推进依法行政，审核规范性文件12件。"
        "现将主要工作情况报告如下：\n一、坚持党的领导\n"
    )
    reading = read_text(page)
    assert reading.issuer == "国家知识产权局"
    assert reading.level == "department"
    assert reading.region is None
    page = "2022年，国家税务总局坚持依法治税，推进法治税务建设。现将有关情况报告如下：\n一、主要成效\n"
    assert read_text(page).issuer == "国家税务总局"


def test_a_government_named_as_the_opening_subject_is_the_issuer():
    page = (
        "2024年，绍兴市人民政府把依法行政贯穿政府工作全过程。\n"
        "一、坚持党的领导\n市政府常务会议学法4次，全市审核规范性文件30件。\n"
    )
    reading = read_text(page)
    assert reading.issuer == "绍兴市人民政府"
    assert reading.level == "city"


def test_a_spaced_metadata_label_before_the_title_is_not_part_of_it():
    page = (
        "标      题 青海省人民政府关于2018年度全省法治政府建设情况的报告\n"
        "发布机构 省法治政府建设工作领导小组办公室 发布日期 2019-05-20 09:30:00\n"
        "2018年，全省各地各部门坚持依法行政，审核规范性文件52件，法治政府建设取得新成效。\n"
    )
    reading = read_text(page)
    assert reading.title == "青海省人民政府关于2018年度全省法治政府建设情况的报告"
    assert reading.issuer == "青海省人民政府"


def test_a_rate_written_between_the_head_and_the_hearing_is_the_head_appearance_rate():
    reading = read_text("2022年，全县行政机关负责人98%出庭应诉，行政争议得到实质化解。")
    assert [(f.indicator, f.value) for f in reading.facts] == [("disputes.head_appearance_rate", 98)]
    reading = read_text("全年行政机关负责人出庭应诉31件，出庭率达95%。")
    assert ("disputes.head_appearance_rate", 31) not in [(f.indicator, f.value) for f in reading.facts]


def test_an_autonomous_region_speaking_as_the_region_is_the_province_level():
    page = (
        "2021年，我区坚持依法行政，推动法治政府建设取得新成效。现将有关情况报告如下：\n"
        "一、坚持党的领导\n自治区人民政府把法治政府建设摆在突出位置，全区组织法治培训300余场。"
        "自治区人民政府常务会议专题研究法治政府建设9次，宁夏各市县同步开展学法活动。\n"
    )
    reading = read_text(page)
    assert reading.level == "province"
    assert reading.region == {"name": "宁夏回族自治区", "code": "640000"}


def test_a_district_in_an_autonomous_region_stays_a_county():
    page = (
        "2023年，我区坚持依法行政。区委、区政府高度重视法治政府建设，区政府常务会议学法8次，"
        "区长带头履行第一责任人职责，组织干部参加自治区法治培训。全区审核规范性文件20件。\n"
    )
    assert read_text(page).level == "county"


def test_a_public_notice_of_a_model_list_is_not_a_report():
    page = (
        "为推进法治政府建设示范创建，经过初审、第三方评估和满意度测评，确定了拟命名的示范地区名单。"
        "全省共有96个市县申报。现将拟命名名单向社会公示，欢迎监督。\n"
        "公示时间：2024年5月6日—2024年5月12日\n"
    )
    assert read_text(page).kind == "not_report"


def test_plain_text_copied_out_of_a_pdf_is_rejoined_and_loses_its_page_numbers():
    # Lines as a printed page broke them: a figure (1|7件) and an alias (宣传|资料) run over a break.
    lines = [
        "2022年，某县坚持依法行政，推动法治政府建设取得新成效。全年审核规范性文件1",
        "7件，开展法治培训26场次，办理行政复议案件38件，纠错率9%，发放普法宣传",
        "资料4500份，各项工作稳步推进。现将有关情况报告如下：一、主要举措和成效",
        "县政府常务会议学法6次，组织旁听庭审2次，法律顾问参与审查合同41件，行政机",
        "关负责人出庭应诉率达到100%，依法行政水平持续提升，人民群众满意度不断提高",
        "基层执法队伍建设持续加强，执法人员法律素养和执法能力得到进一步提升与巩固。",
    ]
    page = (
        "某县人民政府关于2022年度法治政府建设情况的报告\n"
        + "\n".join(lines[:2])
        + "\n— 2 —\n"
        + "\n".join(lines[2:])
        + "\n"
    )
    reading = read_text(page)
    assert "— 2 —" not in reading.text
    facts = {(f.indicator, f.value) for f in reading.facts}
    assert ("education.materials", 4500) in facts
    assert ("rules.normdocs_reviewed", 17) in facts


def test_ordinary_text_with_short_lines_is_not_rejoined():
    page = (
        "某县人民政府关于2022年度法治政府建设情况的报告\n"
        "一、主要举措和成效\n"
        "全年审核规范性文件17件。\n"
        "二、存在的不足\n"
        "基层执法力量薄弱。\n"
        "三、2023年工作打算\n"
        "继续加强执法监督。\n"
    )
    assert read_text(page).text.count("\n") == 6


def test_a_goal_year_is_not_the_year_reported_on():
    page = (
        "某市司法局\n"
        "本市把依法行政作为长期任务，目标是到2035年各级政府依法行政能力全面提升，"
        "在2035年基本建成法治政府，这一远景需要一代人的努力。\n"
    )
    assert read_text(page).year != 2035


def test_one_mention_of_the_autonomous_region_does_not_make_a_district_speak_as_it():
    page = "2023年，我区坚持依法行政，全区审核规范性文件20件，组织干部参加自治区人民政府举办的法治培训。\n"
    assert read_text(page).level != "province"


def test_a_report_that_speaks_of_this_document_is_not_an_article():
    page = (
        "2023年，某县坚持依法行政，依照本文件所附清单逐项落实。3月8日上午，县政府召开常务会议学法，"
        "全年审核规范性文件15件，各项工作稳步推进。\n"
    )
    assert read_text(page).kind == "annual_report"
