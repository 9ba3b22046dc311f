"""Shapes met on published pages the corpus did not have, each written here in our own words."""

from .conftest import read_text

_BODY = (
    "一、2023年法治政府建设主要成效\n"
    "（一）加强组织领导。全年召开专题会议研究法治政府建设工作，审核规范性文件14件，"
    "开展法治培训9场次，各项工作稳步推进，依法行政水平持续提升。\n"
    "二、存在的不足\n"
    "基层执法力量仍然薄弱，执法人员法律素养有待提高，个别单位学法用法的主动性不强。\n"
    "三、2024年工作打算\n"
    "继续完善依法决策机制，加强执法监督，深入开展法治宣传教育，推动法治政府建设再上台阶。\n"
)


def test_a_header_of_short_chrome_lines_does_not_make_the_body_a_footer():
    page = (
        "示范单位\n"
        "江苏省人民政府关于2023年度法治政府建设情况的报告\n"
        "阅读：0\n"
        "字体：[] [] []\n"
        "打印\n"
        "分享\n"
        "2023年，全省政府系统持续推进依法行政，现将有关情况报告如下：\n" + _BODY
    )
    reading = read_text(page)
    assert "审核规范性文件14件" in reading.text
    assert not any(line in ("打印", "分享", "阅读：0") for line in reading.text.split("\n"))
    assert reading.elements["shortcomings"].status == "section"
    assert reading.elements["next_plan"].status == "section"


def test_a_watermark_glued_to_the_body_takes_only_its_address():
    page = (
        "范文天地—每日更新好文章www.example-essays.com江苏省人民政府关于2023年度法治政府建设情况的报告"
        "2023年，省政府坚持依法行政，审核规范性文件14件，法治政府建设取得新成效。"
    )
    reading = read_text(page)
    assert "www." not in reading.text
    assert "审核规范性文件14件" in reading.text


def test_an_untitled_plan_or_guide_is_not_a_report():
    for opening in (
        "为推进依法行政，结合本市实际，制定本实施方案。\n",
        "为规范年度报告的编写和公开，根据有关规定，制定本工作指引。\n",
    ):
        text = (
            opening
            + "一、总体要求\n坚持依法行政，全面建设法治政府，各地各部门要抓好落实，确保各项任务按期完成。\n"
        )
        assert read_text(text).kind == "not_report"


def test_an_untitled_disclosure_report_is_not_a_rule_of_law_report():
    text = (
        "本报告依据《中华人民共和国政府信息公开条例》编制，包括总体情况、主动公开情况等部分。\n"
        "一、总体情况\n2023年度，本街道持续做好主动公开工作，全年主动公开信息36条。\n"
    )
    assert read_text(text).kind == "not_report"


def test_an_exam_question_quoting_a_white_paper_is_not_a_report():
    text = (
        "某省发布2022年度法治政府建设白皮书，全省法治建设群众满意率达95.1%，审议地方性法规8件。\n"
        "结合材料，谈谈该省推进法治政府建设给我们的启示。\n"
    )
    assert read_text(text).kind == "not_report"


def test_an_untitled_government_report_takes_its_issuer_from_the_opening():
    reading = read_text(
        "2023年，在市委、市政府的坚强领导下，浏阳市坚持依法行政，推进法治政府建设。\n" + _BODY
    )
    assert reading.region["name"].endswith("浏阳市")
    assert reading.issuer == "浏阳市人民政府"
    own = read_text(
        "根据有关规定，现将省政府2023年度推进法治政府建设的情况报告如下。\n"
        "全省各级行政机关坚持依法行政，江西省法治政府建设稳步推进。\n" + _BODY
    )
    assert own.region["name"] == "江西省"
    assert own.issuer == "江西省人民政府"


def test_a_department_named_without_its_city_takes_the_city_read_from_the_text():
    reading = read_text(
        "关于2023年法治政府建设情况的报告\n"
        "2023年，在市委市政府领导下，市司法局扎实推进依法行政，服务绍兴高质量发展。"
        "现将有关情况报告如下。\n" + _BODY
    )
    assert reading.level == "department"
    assert reading.issuer == "绍兴市司法局"


def test_an_untitled_street_office_report_is_issued_by_the_office():
    reading = read_text("2023年，望江街道办事处深入推进法治建设，现将本年度工作情况报告如下：\n" + _BODY)
    assert reading.level == "township"
    assert reading.issuer == "望江街道办事处"


def test_a_slogan_in_quotation_marks_is_not_a_count():
    reading = read_text(
        "2023年，县政府牢牢把握“十二个坚持”的要求，实施“十大行动”，全年审核规范性文件12件。\n" + _BODY
    )
    values = [fact.value for fact in reading.facts]
    assert 12 in values and values.count(12) == 1
    assert 10 not in values


def test_lowercase_xx_placeholders_make_a_template():
    text = (
        "法治政府建设情况年度报告\n"
        "2023年，xx市人民政府坚持依法行政，在x02x年度考评中，xx市排名全省第x，现将有关情况报告如下：\n"
        + _BODY
    )
    assert read_text(text).kind == "not_report"


def test_a_speech_is_not_a_report_even_when_its_title_runs_into_it():
    text = (
        "副市长在全市依法行政工作会议上的讲话同志们：今天召开全市依法行政工作会议，总结工作、部署任务。"
        "下面，我讲两点意见。一、充分肯定成绩。全市审核规范性文件40件，法治政府建设取得新进展。\n"
    )
    reading = read_text(text)
    assert reading.kind == "not_report"
    assert reading.title == "副市长在全市依法行政工作会议上的讲话"


def test_a_title_run_into_the_opening_sentence_is_split_from_it():
    text = (
        "江西省人民政府关于2023年度法治政府建设情况的报告2023年，省政府坚持依法行政，"
        "全面推进法治政府建设，现将有关情况报告如下：全年审核规范性文件14件，各项工作稳步推进，依法行政水平持续提升。\n"
        + _BODY
    )
    reading = read_text(text)
    assert reading.title == "江西省人民政府关于2023年度法治政府建设情况的报告"
    assert reading.issuer == "江西省人民政府"


def test_a_publication_line_run_into_the_first_paragraph():
    text = (
        "泰州市司法局2024年法治政府建设工作情况报告\n"
        "发表时间：2025-03-06 09:12:302024年以来，在市委市政府领导下，市司法局扎实推进依法行政，"
        "各项工作稳步推进，法治政府建设取得新进展。现将主要情况报告如下：\n" + _BODY
    )
    reading = read_text(text)
    assert reading.published == "2025-03-06"
    assert "发表时间" not in reading.text
    assert reading.year == 2024


def test_a_metadata_table_row_gives_the_publication_date_not_the_drafting_date():
    text = (
        "索 引 号 | 000000/2024-00012 | 主题分类 | 其他 |\n"
        "成文日期 | 2024-03-01 | 发布日期 | 2024-03-12 |\n"
        "标 题 | 泰州市人民政府关于2023年度法治政府建设情况的报告 |\n"
        "泰州市人民政府关于2023年度法治政府建设情况的报告\n"
        "2023年，市政府坚持依法行政，现将有关情况报告如下：\n" + _BODY
    )
    assert read_text(text).published == "2024-03-12"


def test_a_breadcrumb_of_the_site_is_not_the_title():
    text = (
        "您所在的位置：政务公开 > 工作报告\n"
        "2023年浏阳市法治政府建设情况报告\n"
        "2023年，浏阳市坚持依法行政，现将有关情况报告如下：\n" + _BODY
    )
    assert read_text(text).title == "2023年浏阳市法治政府建设情况报告"


def test_filing_review_of_lower_bodies_documents_is_not_a_legality_review():
    reading = read_text(
        "2023年，县政府坚持依法行政。全年备案审查行政规范性文件27件，审核县政府规范性文件11件。\n" + _BODY
    )
    codes = {fact.value: fact.indicator for fact in reading.facts}
    assert codes[27] == "rules.normdocs_filing_reviewed"
    assert codes[11] == "rules.normdocs_reviewed"


def test_talks_booklets_and_leaflets_are_legal_education():
    reading = read_text(
        "2023年，镇政府开展法治宣讲26场，发放普法小册子1500余册、明白纸3200份，组建宣讲团3个。\n" + _BODY
    )
    codes = {fact.value: fact.indicator for fact in reading.facts}
    assert codes[26] == "education.activities"
    assert codes[1500] == "education.materials"
    assert codes[3200] == "education.materials"


def test_a_department_led_by_its_party_committee_is_still_a_department():
    reading = read_text(
        "2023年，市司法局党委扎实推进依法行政，我市法治建设稳步推进。现将有关情况报告如下：\n" + _BODY
    )
    assert reading.level == "department"


def test_a_courts_report_to_the_congress_is_not_a_government_report():
    text = (
        "临川区人民法院\n"
        "主任、副主任、各位委员：\n"
        "现将我院2023年行政审判工作情况报告如下：\n"
        "一、基本情况\n2023年，全院共受理一审行政诉讼案件118件，审结109件，依法支持和监督依法行政。\n"
    )
    assert read_text(text).kind == "not_report"


def test_breadcrumbs_and_bracketed_metadata_rows_are_chrome():
    text = (
        ">政务公开>专题>法治政府建设年度报告\n"
        "[ 主题分类 ] 司法、法制 [ 体裁分类 ] 工作报告\n"
        "[ 发布机构 ] 城口县修齐镇人民政府 [ 有效性 ]\n"
        "[ 成文日期 ] 2024-01-20 [ 发布日期 ] 2024-02-02\n"
        "城口县修齐镇人民政府2023年法治政府建设情况报告\n"
        "2023年，修齐镇坚持依法行政，现将有关情况报告如下：\n" + _BODY
    )
    reading = read_text(text)
    assert reading.title == "城口县修齐镇人民政府2023年法治政府建设情况报告"
    assert reading.published == "2024-02-02"
    assert reading.level == "township"


def test_a_summary_with_next_years_plan_is_a_report():
    text = (
        "2023年依法行政工作总结和2024年工作计划\n2023年，市教育局坚持依法行政，现将工作情况总结如下：\n"
        + _BODY
    )
    assert read_text(text).kind == "annual_report"


def test_an_opening_without_a_year_still_names_the_township():
    reading = read_text("一年来，高观镇在县委县政府领导下持续推进依法行政。\n" + _BODY)
    assert reading.level == "township"
    assert reading.issuer == "高观镇人民政府"
    work = read_text("2023年，高观镇法治政府建设工作在县委领导下稳步推进。\n" + _BODY)
    assert work.issuer == "高观镇人民政府"


def test_a_department_named_with_its_district_in_the_opening():
    reading = read_text(
        "2023年，在区委区政府领导下，鹿城区教育局扎实推进依法治教。现将工作情况报告如下：\n" + _BODY
    )
    assert reading.level == "department"
    assert reading.issuer == "鹿城区教育局"


def test_holders_of_enforcement_certificates_are_enforcement_officers():
    reading = read_text("2023年，局机关现有行政执法证持证人员45人，全年开展法治讲座8场次以上。\n" + _BODY)
    codes = {fact.value: fact.indicator for fact in reading.facts}
    assert codes[45] == "enforcement.officers"


def test_a_ministry_named_in_the_opening_is_its_own_issuer():
    reading = read_text("2019年，原农业部深入推进法治政府建设，依法全面履行职能。\n" + _BODY)
    assert reading.level == "department"
    assert reading.region is None
    assert reading.issuer == "农业部"


def test_two_leadership_clauses_before_the_department_in_the_opening():
    reading = read_text(
        "2023年，在市委、市政府领导下，在市依法治市办指导下，漯河市自然资源局扎实推进依法行政。"
        "现将2023年法治政府建设工作情况报告如下：\n" + _BODY
    )
    assert reading.level == "department"
    assert reading.issuer == "漯河市自然资源局"


def test_a_province_cited_in_a_document_name_or_a_ranking_is_not_the_bureaus_region():
    reading = read_text(
        "按照《江苏省法治政府建设实施纲要》的规定，报告本局年度工作如下。\n"
        "2023年，我局坚持依法行政，全市空气质量改善幅度全省第三，服务无锡高质量发展。\n" + _BODY
    )
    assert reading.level == "department"
    assert reading.region["name"].endswith("无锡市")


def test_a_phrase_cut_from_a_title_is_not_an_issuer():
    assert (
        read_text("2023年区五年法治政府建设工作情况报告\n五年来，*区坚持依法行政，召开会议*次。\n").issuer
        is None
    )
    speech = read_text("副市长在全市依法行政工作会议上的讲话\n同志们：今天召开会议，部署全年工作。\n")
    assert speech.issuer is None


def test_amended_documents_are_neither_made_nor_cleaned_up():
    reading = read_text(
        "2023年，市政府出台规范性文件16件，建立动态清理机制，废止失效文件41件，修订规范性文件7件。\n" + _BODY
    )
    codes = {fact.value: fact.indicator for fact in reading.facts}
    assert codes[16] == "rules.normdocs_issued"
    assert codes[7] is None


def test_a_sites_name_run_before_the_title_is_not_part_of_it():
    text = (
        "公文之窗—江西省人民政府关于2023年度法治政府建设情况的报告\n"
        "2023年，省政府坚持依法行政，现将有关情况报告如下：\n" + _BODY
    )
    reading = read_text(text)
    assert reading.title == "江西省人民政府关于2023年度法治政府建设情况的报告"
    assert reading.issuer == "江西省人民政府"


def test_a_journal_article_and_a_promulgated_index_system_are_not_reports():
    paper = (
        "年度报告制度的实证研究\n——以十份市级报告为例\n"
        "某某论丛 2021年3期\n关键词：年度报告；法治政府\n（某某大学 法学院，杭州 310000）\n"
        "纲要要求各级政府每年第一季度报告上一年度法治政府建设情况，本文考察十份报告的结构。\n"
    )
    assert read_text(paper).kind == "not_report"
    index = (
        "某省法治政府建设指标体系\n"
        "本指标体系已经省人民政府常务会议讨论通过，现予公布，自2016年3月1日起施行。\n"
        "为推进依法行政，结合本省实际，制定本指标体系。\n一、行政决策\n重大行政决策程序正当、过程公开。\n"
    )
    assert read_text(index).kind == "not_report"


def test_the_publishing_body_and_date_under_the_title_is_the_publication_line():
    text = (
        "关于《泰兴市2023年度法治政府建设情况报告》的政策解读\n"
        "泰兴市人民政府 2024年02月05日\n"
        "按照有关要求，市司法局起草了年度报告，现解读如下：\n一、起草背景\n年度报告依规定向社会公开。\n"
    )
    assert read_text(text).published == "2024-02-05"
    signed = (
        "泰兴市人民政府关于2023年度法治政府建设情况的报告\n"
        "2023年，市政府坚持依法行政，现将有关情况报告如下：\n" + _BODY + "泰兴市人民政府 2024年2月5日\n"
    )
    assert read_text(signed).published is None


def test_abolishing_is_its_own_act_on_documents_and_on_rules():
    reading = read_text(
        "2023年，市政府印发规范性文件17件，废止规范性文件6件。"
        "推动出台地方性法规3件、政府规章4件，废止2件。市政府废止政府规章5件。"
        "清理规范性文件120件，其中保留101件、修改8件、废止11件。\n" + _BODY
    )
    codes = {fact.value: fact.indicator for fact in reading.facts}
    assert codes[17] == "rules.normdocs_issued"
    assert codes[6] == "rules.normdocs_abolished"
    assert codes[3] == "rules.local_regulations" and codes[4] == "rules.gov_rules"
    assert codes[2] is None  # 废止 after a list of regulations and rules: abolished rules have no code
    assert codes[5] is None  # 废止政府规章: not an enacted rule
    assert codes[101] == "rules.normdocs_retained"
    assert codes[8] is None
    assert codes[11] == "rules.normdocs_abolished"


def test_the_amount_of_fines_is_the_penalty_amount():
    reading = read_text(
        "2023年，镇综合执法队查处违法行为120余件，罚款金额达3.4万元，处罚金额合计5600元。\n" + _BODY
    )
    codes = {fact.value: fact.indicator for fact in reading.facts}
    assert codes[34000] == "enforcement.penalty_amount"
    assert codes[5600] == "enforcement.penalty_amount"


def test_an_alias_does_not_reach_back_past_a_figure_into_a_clause_with_another_act():
    reading = read_text(
        "2023年，区政府对重大行政合同进行合法性审查，全年合法性审查的协议类合同318件，完成登记备案的合同276件。"
        "区政府及部门规范性文件报备及时率和规范率均达到100%。\n" + _BODY
    )
    codes = {fact.value: fact.indicator for fact in reading.facts}
    assert codes[318] == "decisions.contracts_reviewed"
    assert codes[276] is None
    rates = {fact.indicator for fact in reading.facts if fact.value == 100}
    assert {"rules.normdocs_filing_timely_rate", "rules.normdocs_filing_conformity_rate"} <= rates
