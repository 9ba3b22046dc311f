import pytest

from fazhi.reading import read
from fazhi.reading.extract import extract
from fazhi.reading.extract.numbers import parse, plain
from fazhi.reading.repair import repair

from .conftest import THREE_PARTS_BODY, read_text


def facts_of(text: str, year: int | None = None):
    return [(f.indicator, f.value, f.qualifier) for f in extract(repair(text).text, year) if f.indicator]


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("34万", 340000),
        ("415.65万", 4156500),
        ("1009.3亿", 100930000000),
        ("二十三", 23),
        ("4百", 400),
        ("千", 1000),
        ("两", 2),
        ("十", 10),
        ("万", 10000),
        ("一百零五", 105),
        ("十二万三千", 123000),
        ("3.5", 3.5),
    ],
)
def test_numerals(token, value):
    assert plain(parse(token)) == value


def test_not_a_numeral():
    assert parse("abc") is None
    assert parse("") is None


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("本年度共办结市民诉求21万余件。", ("oversight.hotline_requests", 210000, "more_than")),
        ("罚没金额327.48万元。", ("enforcement.penalty_amount", 3274800, "exact")),
        ("罚没金额1.2亿元。", ("enforcement.penalty_amount", 120000000, "exact")),
        ("开展法治宣传活动十余场。", ("education.activities", 10, "more_than")),
        ("发放宣传资料4百余份。", ("education.materials", 400, "more_than")),
        ("法律顾问参加政府常务会议近千余次。", ("decisions.counsel_meetings", 1000, "approx")),
        ("复议决定纠错率31%左右。", ("disputes.reconsideration_correction_rate", 31, "approx")),
        ("案件听证率70%以上。", ("disputes.reconsideration_hearing_rate", 70, "at_least")),
        ("来电群众满意率超过93%。", ("oversight.hotline_satisfaction_rate", 93, "more_than")),
        ("开展行政检查逾3000次。", ("enforcement.inspections", 3000, "more_than")),
        ("全年会前学法不少于12次。", ("leadership.pre_meeting_study_sessions", 12, "at_least")),
        ("行政诉讼胜诉率百分之九十五。", ("disputes.litigation_win_rate", 95, "exact")),
        ("举办普法宣传活动640余场。", ("education.activities", 640, "more_than")),
        ("主动公开信息1万余条。", ("oversight.proactive_disclosures", 10000, "more_than")),
        ("受理行政复议案件1,280件。", ("disputes.reconsideration_cases", 1280, "exact")),
        ("行政复议直接纠错率百分之二十点五。", ("disputes.reconsideration_correction_rate", 20.5, "exact")),
        ("调处矛盾纠纷近万件。", ("disputes.mediation_cases", 10000, "approx")),
        ("行政复议直接纠错率不高于8%。", ("disputes.reconsideration_correction_rate", 8, "at_most")),
        ("复议决定纠错率低于5%。", ("disputes.reconsideration_correction_rate", 5, "at_most")),
        ("开展行政检查不多于200次。", ("enforcement.inspections", 200, "at_most")),
        ("发放宣传资料 12000 余份。", ("education.materials", 12000, "more_than")),
        ("办理行政处罚案件 1.2 万件。", ("enforcement.penalty_cases", 12000, "exact")),
        # ten thousands and the thousands under them, in digits (battery b15, nineteenth session)
        ("全省共受理法律援助案件1万8000多件。", ("disputes.legal_aid_cases", 18000, "more_than")),
        ("共调处矛盾纠纷3万2千件。", ("disputes.mediation_cases", 32000, "exact")),
        ("罚没金额1万2500元。", ("enforcement.penalty_amount", 12500, "exact")),
    ],
)
def test_number_forms_and_qualifiers(sentence, fact):
    assert fact in facts_of(sentence)


def test_a_change_is_one_fact_with_its_previous_value():
    found = [f for f in extract("县级机关负责人出庭率从42.5%升至88.75%。") if f.indicator]
    assert len(found) == 1
    assert (found[0].indicator, found[0].value, found[0].previous) == (
        "disputes.head_appearance_rate",
        88.75,
        42.5,
    )


def test_a_list_of_rates_sharing_one_figure_gives_one_fact_per_rate():
    found = facts_of("制定规范性文件9件，报备率、及时率、规范率均为100%。")
    assert ("rules.normdocs_filing_rate", 100, "exact") in found
    assert ("rules.normdocs_filing_timely_rate", 100, "exact") in found
    assert ("rules.normdocs_filing_conformity_rate", 100, "exact") in found


def test_scope_keeps_who_a_figure_is_about():
    found = [
        (f.indicator, f.value, f.scope)
        for f in extract("2021年全市收到行政复议申请196件，市政府受理案件43件。")
    ]
    assert ("disputes.reconsideration_cases", 196, "全市") in found
    assert ("disputes.reconsideration_cases", 43, "市政府") in found


def test_a_part_of_a_whole_inherits_the_indicator():
    found = facts_of("全县各级门户网站主动公开政府信息15230条，其中县本级公开4186条。")
    assert ("oversight.proactive_disclosures", 4186, "exact") in found


def test_period_other_than_the_report_year_is_kept_and_a_lost_range_restored():
    found = {
        f.value: f.period
        for f in extract("今年18月，全区办理行政处罚案件1468件。2019年开展行政检查300次。", 2020)
    }
    assert found[1468] == "今年1—8月"
    assert found[300] == "2019年"
    assert {f.value: f.period for f in extract("2020年开展行政检查300次。", 2020)}[300] is None


def test_a_five_year_plans_span_is_the_figures_period():
    found = {
        f.value: f.period
        for f in extract(
            "“十三五”期间，全县共出台规范性文件86件；十四五以来累计办理行政复议案件560件。", 2024
        )
    }
    assert found[86] == "十三五期间"
    assert found[560] == "十四五以来"


def test_the_year_before_is_the_figures_period_unless_it_opens_a_comparison():
    found = {f.value: f.period for f in extract("上年度出台规范性文件18件，本年度出台规范性文件12件。", 2024)}
    assert found == {18: "上年度", 12: None}
    found = {f.value: f.period for f in extract("去年同期受理行政复议案件60件。", 2024)}
    assert found[60] == "去年同期"
    found = {f.value: f.period for f in extract("全年受理行政复议案件86件，较去年增加12件，办结80件。", 2024)}
    assert found[80] is None


def test_words_after_the_number_can_name_it():
    assert ("leadership.pre_appointment_exam_takers", 135, "exact") in facts_of(
        "全年安排7场次135人参加任前考试。"
    )
    assert ("education.trainings", 31, "exact") in facts_of("全年举办31场依法行政专题培训，轮训各级干部。")
    assert ("rules.normdocs_issued", 11, "exact") in facts_of(
        "印发《暂行规定》《工作规程》等11件规范性文件。"
    )


def test_a_number_counting_the_noun_after_it_is_not_named_by_the_words_before():
    found = facts_of("全县9个乡镇共办理行政处罚案件1307件。")
    assert ("enforcement.penalty_cases", 1307, "exact") in found
    assert not any(value == 9 for _, value, _ in found)


def test_an_alias_does_not_reach_across_another_figure():
    found = facts_of("县政府常务会议会前学法7次、专题党组会3次。")
    assert ("leadership.pre_meeting_study_sessions", 7, "exact") in found
    assert not any(value == 3 for _, value, _ in found)


def test_numbers_no_indicator_fits_are_kept_with_a_null_indicator():
    found = extract("新建法治文化公园3处，悬挂横幅120条。")
    assert [(f.indicator, f.value, f.unit) for f in found] == [(None, 3, "处"), (None, 120, "条")]


def test_set_phrases_and_ordinals_are_not_figures():
    assert extract("落实行政执法三项制度，推进一件事改革，召开第三十次会议。") == []


def test_book_titles_and_years_are_not_figures():
    assert extract("印发《关于2021年度100项重点任务的通知》，2021年3月召开会议。") == []


def test_no_losses_is_a_zero():
    assert ("disputes.litigation_losses", 0, "exact") in facts_of(
        "县政府作为被告的应诉案件共计37件，无败诉案件。"
    )


def test_evidence_spans_point_into_the_repaired_text(fixtures):
    for name in ("city_annual_2019.txt", "county_multi_year_noisy.txt", "department_report_2023.txt"):
        reading = read(fixtures / name)
        assert reading.facts
        for fact in reading.facts:
            assert reading.text[fact.evidence.start : fact.evidence.end] == fact.evidence.text
            assert fact.evidence.text


def test_units_follow_the_catalogue(fixtures):
    reading = read(fixtures / "city_annual_2019.txt")
    by_code = {f.indicator: f for f in reading.facts if f.indicator}
    assert by_code["enforcement.penalty_amount"].unit == "元"
    assert by_code["enforcement.penalty_amount"].value == 28653000
    assert by_code["disputes.head_appearance_rate"].unit == "%"
    assert by_code["disputes.head_appearance_rate"].previous == 61.5
    assert by_code["enforcement.officers_trained"].value == 4200


@pytest.mark.parametrize(
    ("sentence", "value", "total"),
    [
        ("全年收到行政复议申请40件，因双方和解而撤回复议申请的3件。", 3, "disputes.reconsideration_cases"),
        ("组织执法资格考试2场，45名行政执法人员通过考试。", 45, "enforcement.officers"),
        ("通过府院联动协调化解12件行政诉讼案件。", 12, "disputes.litigation_cases"),
        ("受理行政复议案件50件，其中驳回申请6件。", 6, "disputes.reconsideration_cases"),
        ("办理行政处罚案件900件，其中适用简易程序的案件300件。", 300, "enforcement.penalty_cases"),
        ("评查行政执法案卷120份，评选优秀案卷10份。", 10, "enforcement.case_files_reviewed"),
        ("行政复议案件同比减少8件。", 8, "disputes.reconsideration_cases"),
        ("开展党员教育培训30期。", 30, "education.trainings"),
    ],
)
def test_a_part_a_change_or_another_topic_does_not_take_the_code(sentence, value, total):
    found = [(f.indicator, f.value) for f in extract(repair(sentence).text)]
    assert (total, value) not in found
    assert any(v == value for _, v in found)


def test_own_outcome_words_and_scoped_breakdowns_keep_their_codes():
    found = facts_of("各级调解组织化解矛盾纠纷800件，调解成功率98%。全年清理规范性文件60件，其中废止9件。")
    assert ("disputes.mediation_cases", 800, "exact") in found
    assert ("rules.normdocs_abolished", 9, "exact") in found
    scoped = [
        (f.indicator, f.value, f.scope) for f in extract("全市受理行政复议案件300件，其中市政府受理80件。")
    ]
    assert ("disputes.reconsideration_cases", 80, "市政府") in scoped


@pytest.mark.parametrize(
    ("sentence", "value", "code"),
    [
        ("本区在编行政执法人员860人，其中女性执法人员215人。", 215, "enforcement.officers"),
        ("全年举办法治培训42场，其中专题讲座18场。", 18, "education.trainings"),
        ("本区在编行政执法人员860人，其中35岁以下的执法人员270人。", 270, "enforcement.officers"),
    ],
)
def test_a_breakdown_that_only_narrows_the_total_is_a_part(sentence, value, code):
    found = [(f.indicator, f.value) for f in extract(repair(sentence).text)]
    assert (None, value) in found
    assert (code, value) not in found


@pytest.mark.parametrize(
    ("sentence", "value", "code"),
    [
        ("本区在编行政执法人员860人，其中持证执法人员792人。", 792, "enforcement.officers"),
        ("本区共有执法人员640人，其中在册执法人员603人。", 603, "enforcement.officers"),
        ("全年组织各类干部培训75场，其中法治培训31场。", 31, "education.trainings"),
    ],
)
def test_a_breakdown_named_by_the_indicators_own_alias_keeps_the_code(sentence, value, code):
    assert (code, value, "exact") in facts_of(sentence)


def test_an_item_count_of_a_named_list():
    found = facts_of("修订《某区行政许可事项清单（2024年版）》，汇总形成150项区级清单。")
    assert ("functions.permit_items", 150, "exact") in found
    found = facts_of("编制县级权责清单，共梳理事项820项。")
    assert ("functions.power_list_items", 820, "exact") in found


@pytest.mark.parametrize(
    ("sentence", "value", "qualifier"),
    [
        ("审批时限压减逾三成。", 30, "more_than"),
        ("群众满意度近九成。", 90, "approx"),
        ("八成以上事项可网上办理。", 80, "at_least"),
    ],
)
def test_shares_in_tenths_are_percentages(sentence, value, qualifier):
    found = [(f.value, f.unit, f.qualifier) for f in extract(repair(sentence).text)]
    assert (value, "%", qualifier) in found


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("全年取消和撤销证明事项37项。", ("functions.certificates_abolished", 37, "exact")),
        ("评选省级民主法治示范村9个。", ("education.demo_communities", 9, "exact")),
        ("坚持依法纠正违法行为，全年受理行政复议案件66件。", ("disputes.reconsideration_cases", 66, "exact")),
    ],
)
def test_words_near_a_total_that_do_not_make_it_a_part(sentence, fact):
    assert fact in facts_of(sentence)


@pytest.mark.parametrize(
    ("sentence", "code", "value", "previous"),
    [
        ("行政机关负责人出庭应诉率提高5个百分点至95%。", "disputes.head_appearance_rate", 95, 90),
        (
            "行政机关负责人出庭应诉率较上年提高3.2个百分点，达到98.5%。",
            "disputes.head_appearance_rate",
            98.5,
            95.3,
        ),
        ("调解成功率下降1.5个百分点，为96%。", "disputes.mediation_success_rate", 96, 97.5),
    ],
)
def test_a_change_in_points_names_the_rate_and_gives_its_previous_value(sentence, code, value, previous):
    found = [(f.indicator, f.value, f.previous) for f in extract(repair(sentence).text) if f.indicator]
    assert found == [(code, value, previous)]


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        ("全年向上级报送备案规范性文件20件、政府规章3件。", (None, 3)),
        ("开展专项清理，清理规范性文件60件、政府规章4部。", (None, 4)),
        ("制定规范性文件12件、政府规章2部。", ("rules.gov_rules", 2)),
        ("审核规范性文件25件、政府合同18份。", ("decisions.contracts_reviewed", 18)),
        ("全年共办理人大代表建议88件、政协委员提案102件。", ("oversight.cppcc_proposals", 102)),
    ],
)
def test_a_lists_verb_governs_its_later_items(sentence, second):
    found = [(f.indicator, f.value) for f in extract(repair(sentence).text)]
    assert found[1] == second


# Figures on pages met on published sites that the corpus did not have, each written in our own
# words (places, bodies, numbers and dates invented; only the shape is the pages').
_COUNTY_HEAD = "某某县人民政府关于2023年度法治政府建设情况的报告\n2023年，本县坚持依法行政。\n"

_CONTRACTS_AND_RATES = (
    "2023年，区政府对重大行政合同进行合法性审查，全年合法性审查的协议类合同318件，完成登记备案的合同276件。"
    "区政府及部门规范性文件报备及时率和规范率均达到100%。\n" + THREE_PARTS_BODY
)

# (case, page, {figure: indicator code it must get, None for none})
CODED = [
    (
        "filing_review_of_lower_bodies_documents_is_not_a_legality_review",
        "2023年，县政府坚持依法行政。全年备案审查行政规范性文件27件，审核县政府规范性文件11件。\n"
        + THREE_PARTS_BODY,
        {27: "rules.normdocs_filing_reviewed", 11: "rules.normdocs_reviewed"},
    ),
    (
        "talks_booklets_and_leaflets_are_legal_education",
        "2023年，镇政府开展法治宣讲26场，发放普法小册子1500余册、明白纸3200份，组建宣讲团3个。\n"
        + THREE_PARTS_BODY,
        {26: "education.activities", 1500: "education.materials", 3200: "education.materials"},
    ),
    (
        "holders_of_enforcement_certificates_are_enforcement_officers",
        "2023年，局机关现有行政执法证持证人员45人，全年开展法治讲座8场次以上。\n" + THREE_PARTS_BODY,
        {45: "enforcement.officers"},
    ),
    (
        "amended_documents_are_neither_made_nor_cleaned_up",
        "2023年，市政府出台规范性文件16件，建立动态清理机制，废止失效文件41件，修订规范性文件7件。\n"
        + THREE_PARTS_BODY,
        {16: "rules.normdocs_issued", 7: None},
    ),
    (
        # 废止 after a list of regulations and rules (2): abolished rules have no code; 废止政府规章 (5)
        # is not an enacted rule.
        "abolishing_is_its_own_act_on_documents_and_on_rules",
        "2023年，市政府印发规范性文件17件，废止规范性文件6件。"
        "推动出台地方性法规3件、政府规章4件，废止2件。市政府废止政府规章5件。"
        "清理规范性文件120件，其中保留101件、修改8件、废止11件。\n" + THREE_PARTS_BODY,
        {
            17: "rules.normdocs_issued",
            6: "rules.normdocs_abolished",
            3: "rules.local_regulations",
            4: "rules.gov_rules",
            2: None,
            5: None,
            101: "rules.normdocs_retained",
            8: None,
            11: "rules.normdocs_abolished",
        },
    ),
    (
        "the_amount_of_fines_is_the_penalty_amount",
        "2023年，镇综合执法队查处违法行为120余件，罚款金额达3.4万元，处罚金额合计5600元。\n"
        + THREE_PARTS_BODY,
        {34000: "enforcement.penalty_amount", 5600: "enforcement.penalty_amount"},
    ),
    (
        "an_alias_does_not_reach_back_past_a_figure_into_a_clause_with_another_act",
        _CONTRACTS_AND_RATES,
        {318: "decisions.contracts_reviewed", 276: None},
    ),
    (
        "documents_kept_after_a_review_are_retained_not_cleaned",
        _COUNTY_HEAD + "一、完善制度。开展文件评估清理，保留行政规范性文件31件、废止行政规范性文件6件。"
        "另一轮清理后保留规范性文件47件、修改3件、废止9件。\n",
        {
            31: "rules.normdocs_retained",
            47: "rules.normdocs_retained",
            6: "rules.normdocs_abolished",
            9: "rules.normdocs_abolished",
            3: None,
        },
    ),
    (
        "an_amending_verb_governs_every_instrument_of_its_list",
        _COUNTY_HEAD + "一、完善立法。制定实施河道保护、物业服务2部地方性法规，"
        "修订集市管理、古树保护、养犬管理4部地方性法规和3部政府规章，经审查后出台政府规章5部。\n",
        {2: "rules.local_regulations", 4: None, 3: None, 5: "rules.gov_rules"},
    ),
    (
        "permits_granted_are_not_items_on_the_permit_list",
        _COUNTY_HEAD + "一、深化改革。全年办理行政许可2260件，公开行政许可决定文书1875件；"
        "梳理形成行政许可事项清单，共137项。\n",
        {2260: None, 1875: None, 137: "functions.permit_items"},
    ),
    (
        "a_resolution_rate_of_reconsideration_cases_is_not_mediation_success",
        _COUNTY_HEAD
        + "二、化解争议。复议机关直接纠错41件，纠错率11.6%，以和解方式结案52件，综合化解率达到26%。"
        "全镇调处矛盾纠纷880件，化解率98.7%。\n",
        {26: None, 98.7: "disputes.mediation_success_rate"},
    ),
    (
        "contract_papers_reviewed_are_contracts_and_decision_drafts_are_not_the_catalogue",
        _COUNTY_HEAD + "二、依法决策。全年审查监督合同文书58份；对27件重大行政决策事项草案进行合法性审核；"
        "年度重大行政决策目录共列入决策事项9项。\n",
        {58: "decisions.contracts_reviewed", 27: None, 9: "decisions.catalog_items"},
    ),
    (
        "cases_narrowed_by_a_clause_before_their_noun_are_a_kind_of_them",
        _COUNTY_HEAD + "三、化解争议。全县共收到行政复议申请412件。其中以县政府为被申请人的复议案件共23件；"
        "涉及征地拆迁的行政诉讼案件31件。全年共办理行政应诉案件95件。\n",
        {412: "disputes.reconsideration_cases", 23: None, 31: None, 95: "disputes.litigation_cases"},
    ),
    (
        "a_list_item_that_names_its_own_act_is_not_governed_by_the_first",
        _COUNTY_HEAD
        + "一、完善制度。经过清理，宣布失效规范性文件12件、废止15件；报送备案规范性文件20件、政府规章3件。\n",
        {12: "rules.normdocs_expired", 15: "rules.normdocs_abolished", 20: "rules.normdocs_filed", 3: None},
    ),
    (
        "decisions_reviewed_are_not_catalogue_items",
        _COUNTY_HEAD
        + "二、依法决策。政府法律顾问共审查重大行政决策4件、合同86份；年度决策目录列入重大决策事项7项。\n",
        {4: None, 86: "decisions.contracts_reviewed", 7: "decisions.catalog_items"},
    ),
    (
        "other_people_trained_are_not_enforcement_officers",
        _COUNTY_HEAD
        + "一、学法用法。将行政许可法列入新考录63名公务员初任培训内容；全年培训执法人员1450人次。\n",
        {63: None, 1450: "enforcement.officers_trained"},
    ),
    (
        "lawsuits_naming_the_body_as_defendant_are_its_own_lawsuits",
        _COUNTY_HEAD + "三、化解争议。以县政府为被告的行政诉讼案件共44件，无败诉案件。\n",
        {44: "disputes.litigation_cases"},
    ),
    # Second pass (3 December).
    (
        "a_list_items_noun_right_after_its_figure_names_it_but_not_a_longer_noun",
        _COUNTY_HEAD + "一、深化改革。全县现有审批服务事项96项，其中41项行政许可、12项行政确认、3项行政给付。"
        "组织4个检查组随机检查企业130家。\n",
        {41: "functions.permit_items", 12: None, 4: None, 130: "enforcement.random_inspection_objects"},
    ),
    (
        "a_word_of_the_same_indicator_is_not_another_act",
        _COUNTY_HEAD + "二、依法决策。全年审核县政府规范性文件7件，县政府重大招商协议、合同11份。\n",
        {7: "rules.normdocs_reviewed", 11: "decisions.contracts_reviewed"},
    ),
    (
        "a_clause_that_only_sums_up_takes_the_noun_after_its_figure",
        _COUNTY_HEAD + "五、强化监督。对照市委巡察反馈意见逐项整改，共涉及三个方面14个问题。\n",
        {14: "leadership.problems_listed"},
    ),
    (
        "rates_after_a_clause_counting_another_thing_get_no_code_but_rates_in_a_series_do",
        _COUNTY_HEAD + "五、强化监督。12345热线受理群众诉求820件，网格平台流转1630件，办结率、满意率均为98%。"
        "承办人大代表建议和政协提案57件，答复率100%，满意率96%。\n",
        {820: "oversight.hotline_requests", 98: None, 96: "oversight.suggestion_satisfaction_rate"},
    ),
    (
        "people_trained_after_a_sentence_about_cadres_are_not_enforcement_officers",
        _COUNTY_HEAD + "一、学法用法。把法治教育列入领导干部教育培训计划。全年累计培训1900余人次。\n"
        "组织执法人员参加执法资格培训。当年培训760人次。\n",
        {1900: None, 760: "enforcement.officers_trained"},
    ),
    (
        "powers_named_as_the_figures_noun_and_negated_aliases_get_no_code",
        _COUNTY_HEAD
        + "二、深化改革。将市场监管领域42项行政处罚权委托街道实施。政务窗口办理非行政许可事项420件。\n",
        {42: None, 420: None},
    ),
]


@pytest.mark.parametrize(("page", "codes"), [row[1:] for row in CODED], ids=[row[0] for row in CODED])
def test_indicator_of_each_figure_of_a_page(page, codes):
    coded = {fact.value: fact.indicator for fact in read_text(page).facts}
    assert {value: coded[value] for value in codes} == codes


def test_rates_sharing_one_figure_after_a_figure_of_another_act_keep_their_codes():
    # From an_alias_does_not_reach_back_past_a_figure_into_a_clause_with_another_act (CODED).
    reading = read_text(_CONTRACTS_AND_RATES)
    rates = {fact.indicator for fact in reading.facts if fact.value == 100}
    assert {"rules.normdocs_filing_timely_rate", "rules.normdocs_filing_conformity_rate"} <= rates


def test_a_slogan_in_quotation_marks_is_not_a_count():
    reading = read_text(
        "2023年，县政府牢牢把握“十二个坚持”的要求，实施“十大行动”，全年审核规范性文件12件。\n"
        + THREE_PARTS_BODY
    )
    values = [fact.value for fact in reading.facts]
    assert 12 in values and values.count(12) == 1
    assert 10 not in values


def test_a_rate_written_between_the_head_and_the_hearing_is_the_head_appearance_rate():
    reading = read_text("2022年，全县行政机关负责人98%出庭应诉，行政争议得到实质化解。")
    assert [(f.indicator, f.value) for f in reading.facts] == [("disputes.head_appearance_rate", 98)]
    reading = read_text("全年行政机关负责人出庭应诉31件，出庭率达95%。")
    assert ("disputes.head_appearance_rate", 31) not in [(f.indicator, f.value) for f in reading.facts]


def test_a_figure_after_yue_wei_is_approximate_and_keeps_its_name():
    facts = read_text(
        _COUNTY_HEAD + "二、化解争议。审结复议案件400件中直接纠错90件，纠错率约为22.5%；"
        "全年调处矛盾纠纷约有1300件。\n"
    ).facts
    coded = {fact.value: (fact.indicator, fact.qualifier) for fact in facts}
    assert coded[22.5] == ("disputes.reconsideration_correction_rate", "approx")
    assert coded[1300] == ("disputes.mediation_cases", "approx")


def test_a_year_inside_a_document_title_is_not_the_figures_period():
    facts = read_text(
        _COUNTY_HEAD + "一、统筹推进。印发《某某县法治建设规划（2021—2025年）》，将任务细化为64项，"
        "2022年共办理行政复议案件70件。\n"
    ).facts
    periods = {fact.value: fact.period for fact in facts}
    assert periods[64] is None
    assert periods[70] == "2022年"


def test_last_years_figure_after_jiao_is_the_previous_value():
    facts = read_text(
        _COUNTY_HEAD + "三、化解争议。县政府共收到行政复议申请640件，较2022年410件增加了230件。\n"
    ).facts
    case = [f for f in facts if f.indicator == "disputes.reconsideration_cases"]
    assert [(f.value, f.previous) for f in case] == [(640, 410)]
    assert 410 not in [f.value for f in facts]


def test_special_publicity_events_are_publicity_activities():
    # 专项宣传 is 专题宣传 by another word: events of a publicity campaign.
    found = facts_of("开展预评估及法治体检活动，开展专项宣传200多场次，回访企业890人次。")
    assert [(code, value) for code, value, _ in found] == [("education.activities", 200)]


def test_touring_lectures_are_publicity_activities():
    found = facts_of("全县100多个党委（党组）集中开展专题学习，县“八五”普法宣讲团开展巡讲120多场次。")
    assert ("education.activities", 120, "more_than") in found


def test_powers_granted_to_a_zone_are_no_permit_items():
    # 赋予 before the figure and 权限 after it: powers handed down, not the permit list's items.
    found = facts_of(
        "赋予自贸试验区实施五类132项省级行政许可等权限，公布行政许可事项清单，共有行政许可事项480项。"
    )
    assert [(code, value) for code, value, _ in found] == [("functions.permit_items", 480)]
