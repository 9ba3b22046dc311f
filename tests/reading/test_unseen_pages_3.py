"""Third round: how figures are coded on published pages, each shape written in our own words.

Places, bodies, numbers and dates are invented; only the phenomenon is the pages'.
"""

from .conftest import read_text

_HEAD = "某某县人民政府关于2023年度法治政府建设情况的报告\n2023年，本县坚持依法行政。\n"


def _coded(body: str) -> dict[float, str | None]:
    return {fact.value: fact.indicator for fact in read_text(_HEAD + body).facts}


def test_documents_kept_after_a_review_are_retained_not_cleaned():
    coded = _coded(
        "一、完善制度。开展文件评估清理，保留行政规范性文件31件、废止行政规范性文件6件。"
        "另一轮清理后保留规范性文件47件、修改3件、废止9件。\n"
    )
    assert coded[31] == "rules.normdocs_retained"
    assert coded[47] == "rules.normdocs_retained"
    assert coded[6] == coded[9] == "rules.normdocs_abolished"
    assert coded[3] is None


def test_an_amending_verb_governs_every_instrument_of_its_list():
    coded = _coded(
        "一、完善立法。制定实施河道保护、物业服务2部地方性法规，"
        "修订集市管理、古树保护、养犬管理4部地方性法规和3部政府规章，经审查后出台政府规章5部。\n"
    )
    assert coded[2] == "rules.local_regulations"
    assert coded[4] is None
    assert coded[3] is None
    assert coded[5] == "rules.gov_rules"


def test_permits_granted_are_not_items_on_the_permit_list():
    coded = _coded(
        "一、深化改革。全年办理行政许可2260件，公开行政许可决定文书1875件；"
        "梳理形成行政许可事项清单，共137项。\n"
    )
    assert coded[2260] is None
    assert coded[1875] is None
    assert coded[137] == "functions.permit_items"


def test_a_figure_after_yue_wei_is_approximate_and_keeps_its_name():
    facts = read_text(
        _HEAD + "二、化解争议。审结复议案件400件中直接纠错90件，纠错率约为22.5%；"
        "全年调处矛盾纠纷约有1300件。\n"
    ).facts
    coded = {fact.value: (fact.indicator, fact.qualifier) for fact in facts}
    assert coded[22.5] == ("disputes.reconsideration_correction_rate", "approx")
    assert coded[1300] == ("disputes.mediation_cases", "approx")


def test_a_resolution_rate_of_reconsideration_cases_is_not_mediation_success():
    coded = _coded(
        "二、化解争议。复议机关直接纠错41件，纠错率11.6%，以和解方式结案52件，综合化解率达到26%。"
        "全镇调处矛盾纠纷880件，化解率98.7%。\n"
    )
    assert coded[26] is None
    assert coded[98.7] == "disputes.mediation_success_rate"


def test_contract_papers_reviewed_are_contracts_and_decision_drafts_are_not_the_catalogue():
    coded = _coded(
        "二、依法决策。全年审查监督合同文书58份；对27件重大行政决策事项草案进行合法性审核；"
        "年度重大行政决策目录共列入决策事项9项。\n"
    )
    assert coded[58] == "decisions.contracts_reviewed"
    assert coded[27] is None
    assert coded[9] == "decisions.catalog_items"


def test_cases_narrowed_by_a_clause_before_their_noun_are_a_kind_of_them():
    coded = _coded(
        "三、化解争议。全县共收到行政复议申请412件。其中以县政府为被申请人的复议案件共23件；"
        "涉及征地拆迁的行政诉讼案件31件。全年共办理行政应诉案件95件。\n"
    )
    assert coded[412] == "disputes.reconsideration_cases"
    assert coded[23] is None
    assert coded[31] is None
    assert coded[95] == "disputes.litigation_cases"


def test_a_year_inside_a_document_title_is_not_the_figures_period():
    facts = read_text(
        _HEAD + "一、统筹推进。印发《某某县法治建设规划（2021—2025年）》，将任务细化为64项，"
        "2022年共办理行政复议案件70件。\n"
    ).facts
    periods = {fact.value: fact.period for fact in facts}
    assert periods[64] is None
    assert periods[70] == "2022年"


def test_a_list_item_that_names_its_own_act_is_not_governed_by_the_first():
    coded = _coded(
        "一、完善制度。经过清理，宣布失效规范性文件12件、废止15件；报送备案规范性文件20件、政府规章3件。\n"
    )
    assert coded[12] == "rules.normdocs_expired"
    assert coded[15] == "rules.normdocs_abolished"
    assert coded[20] == "rules.normdocs_filed"
    assert coded[3] is None


def test_decisions_reviewed_are_not_catalogue_items():
    coded = _coded(
        "二、依法决策。政府法律顾问共审查重大行政决策4件、合同86份；年度决策目录列入重大决策事项7项。\n"
    )
    assert coded[4] is None
    assert coded[86] == "decisions.contracts_reviewed"
    assert coded[7] == "decisions.catalog_items"


def test_other_people_trained_are_not_enforcement_officers():
    coded = _coded("一、学法用法。将行政许可法列入新考录63名公务员初任培训内容；全年培训执法人员1450人次。\n")
    assert coded[63] is None
    assert coded[1450] == "enforcement.officers_trained"


def test_lawsuits_naming_the_body_as_defendant_are_its_own_lawsuits():
    coded = _coded("三、化解争议。以县政府为被告的行政诉讼案件共44件，无败诉案件。\n")
    assert coded[44] == "disputes.litigation_cases"


def test_last_years_figure_after_jiao_is_the_previous_value():
    facts = read_text(
        _HEAD + "三、化解争议。县政府共收到行政复议申请640件，较2022年410件增加了230件。\n"
    ).facts
    case = [f for f in facts if f.indicator == "disputes.reconsideration_cases"]
    assert [(f.value, f.previous) for f in case] == [(640, 410)]
    assert 410 not in [f.value for f in facts]
