"""Which indicator, or none, a figure belongs to: the twenty-third pass of issue 16 (twenty-fourth session).

Forms of the genre written for these tests (the sentences are our own). They come from a battery of sentences
written from the genre for every indicator, blind to the engine (``/work/s46/own24.txt``, 733 rows, outside the
repository; 692 right before these rules), and from a seventeenth battery of real phrasings (b24, 48 rows):
- documents counted after 对 and then reviewed are the review's, also when a clause of their own says who is to
  issue them (对19件拟以市政府名义印发的规范性文件进行前置审核); the bodies between a figure and its documents or
  people only say whose they are (对74件部门和乡镇规范性文件进行备案审查; 45名部门负责人参加任前法律知识考试);
- documents the sentence then says were refused filing are those refused (对存在问题的3件规范性文件作出不予备案处理),
  unless it says none was (报送备案规范性文件18件，无不予备案情况);
- a timely filing rate is one rate, though the filing rate's word is in it (按时报备率, 及时报备率); the
  deputies' or the members' satisfaction alone names the suggestions' (代表满意率100%); a major penalty decision
  under legal review is a decision reviewed (对拟作出的17件重大行政处罚决定进行法制审核);
- a noun, then 共 and a verb of receiving or handling (问题清单共梳理92条, 各类矛盾纠纷共调处7430件), and the acts
  on certificates (办理行政执法证件申领、换发、注销1800余个; cancellations alone are not certificates processed);
  a list's name between the noun and its figure (行政执法主体名单共41个); bodies counted as the subject of the
  clause's later count (236个调解组织共调解纠纷1200件); disputes received (受理矛盾纠纷583件);
- no case lost, said as 败诉为零; officers who did not take part in a training (55名执法人员因未参加年度培训暂缓
  换证) and people of another kind who hold a certificate (19名持证上岗的“法律明白人”) are not officers counted.
"""

from __future__ import annotations

import pytest

from fazhi.reading.extract import extract


def _coded(sentence: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.indicator) for f in extract(sentence)]


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("全年对23件拟以县政府名义印发的行政规范性文件进行合法性审核。", 23, "rules.normdocs_reviewed"),
        ("对11件拟由区政府办公室制发的规范性文件进行了前置审查。", 11, "rules.normdocs_reviewed"),
        ("今年共对36件部门和街道规范性文件进行备案审查。", 36, "rules.normdocs_filing_reviewed"),
        (
            "本年度镇政府任命的12名站所负责人均参加了任前法律知识考试。",
            12,
            "leadership.pre_appointment_exam_takers",
        ),
        ("区城管局对拟作出的9件重大行政处罚决定进行法制审核。", 9, "enforcement.major_decisions_reviewed"),
    ],
)
def test_documents_and_decisions_reviewed_are_the_reviews(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("对存在越权情形的2件规范性文件作出不予备案处理。", 2),
        ("经审查，发现4件规范性文件存在增设审批条件等问题，依法不予备案。", 4),
        ("备案审查中发现问题文件3件（均不予备案），已通知制定机关纠正。", 3),
        ("审查报备文件28件，不予备案2件。", 2),
    ],
)
def test_documents_refused_filing(sentence, count):
    assert (count, "rules.normdocs_filing_rejected") in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("报送备案规范性文件18件，无不予备案情况。", 18, "rules.normdocs_filed"),
        ("报送备案规范性文件9件，未发现不予备案情形。", 9, "rules.normdocs_filed"),
        ("审查规范性文件45件，其中不予备案3件。", 45, "rules.normdocs_reviewed"),
    ],
)
def test_documents_not_refused_keep_their_code(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("区政府规范性文件按时报备率达到100%。", "rules.normdocs_filing_timely_rate"),
        ("县政府规范性文件及时报备率为100%。", "rules.normdocs_filing_timely_rate"),
        ("规范性文件报备率、及时率均达到100%。", "rules.normdocs_filing_rate"),
        ("规范性文件报备率、及时率均达到100%。", "rules.normdocs_filing_timely_rate"),
        ("建议提案已全部办复，代表满意率100%。", "oversight.suggestion_satisfaction_rate"),
        ("政协提案全部按期办结，委员满意率达100%。", "oversight.suggestion_satisfaction_rate"),
    ],
)
def test_rates_named_in_one_word(sentence, code):
    assert (100, code) in _coded(sentence)


def test_a_rate_inside_another_is_one_rate():
    assert _coded("区政府规范性文件按时报备率达到100%。") == [(100, "rules.normdocs_filing_timely_rate")]


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("问题清单共梳理65条，均已建立整改台账。", 65, "leadership.problems_listed"),
        ("各类矛盾纠纷共调处2180件，调解成功2105件。", 2180, "disputes.mediation_cases"),
        ("乡镇司法所全年受理矛盾纠纷412件。", 412, "disputes.mediation_cases"),
        ("全年办理行政执法证件申领、换发、注销620余个。", 620, "enforcement.certificates_processed"),
        ("全年共办理执法证件新领、换领336件。", 336, "enforcement.certificates_processed"),
        ("行政执法主体名单共57个，已向社会公布。", 57, "enforcement.bodies"),
        ("全区312个调解组织共调解纠纷2400件。", 312, "disputes.mediation_organizations"),
    ],
)
def test_nouns_named_before_their_act_or_as_a_subject(sentence, count, code):
    assert (count, code) in _coded(sentence)


def test_cancellations_alone_are_not_certificates_processed():
    assert all(code is None for value, code in _coded("本年度执法证件注销23个。") if value == 23)


def test_no_case_lost_said_as_zero():
    assert (0, "disputes.litigation_losses") in _coded("县政府作为被告的行政诉讼案件败诉为零。")
    assert (0, "disputes.litigation_losses") not in _coded("复议后败诉案件为0。")


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("全县28名执法人员因未参加年度培训暂缓换证。", 28),
        ("培训执法人员1300人次，未参加培训的15人。", 15),
        ("村里共有9名持证上岗的“法律明白人”。", 9),
        ("全镇有16名持证上岗的人民调解员。", 16),
    ],
)
def test_people_who_are_not_the_officers_counted(sentence, count):
    coded = _coded(sentence)
    assert (count, "enforcement.officers") not in coded
    assert (count, "enforcement.officers_trained") not in coded


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("全县共有860名持证上岗的执法人员。", 860, "enforcement.officers"),
        ("全县1200余名执法人员参加了专题培训。", 1200, "enforcement.officers_trained"),
        ("梳理出86项乡镇权责事项。", 86, "functions.power_list_items"),
    ],
)
def test_officers_and_lists_keep_their_code(sentence, count, code):
    assert (count, code) in _coded(sentence)


# From a second battery of our own sentences, each with several figures (``/work/s46/own25.txt``, 751 rows, 688
# right with the session's start engine): which of a sentence's figures is the year's.


@pytest.mark.parametrize(
    ("sentence", "planned", "done", "code"),
    [
        ("原定评查行政执法案卷120卷，实际评查173卷。", 120, 173, "enforcement.case_files_reviewed"),
        ("全年计划实施审计项目18个，实际完成21个。", 18, 21, "oversight.audit_projects"),
        ("计划开展普法宣传活动40场，实际开展57场。", 40, 57, "education.activities"),
    ],
)
def test_a_plan_then_what_was_actually_done(sentence, planned, done, code):
    coded = _coded(sentence)
    assert (planned, code) not in coded
    assert (done, code) in coded


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("省厅下达我市双随机抽查任务不少于90批次，全年完成本部门随机抽查104批次。", 90),
        ("市局下达抽查任务14批次，我局完成本部门随机抽查17批次。", 14),
    ],
)
def test_a_task_handed_down_is_not_done(sentence, count):
    assert (count, "enforcement.random_inspection_batches") not in _coded(sentence)


def test_a_task_handed_down_and_done_keeps_its_code():
    assert (18, "enforcement.random_inspection_batches") in _coded("全年完成市局下达的随机抽查任务18批次。")


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("全年组织任前法律知识考试9场次，214人参加考试。", 214, "leadership.pre_appointment_exam_takers"),
        ("组织任前法律知识考试3场，参考领导干部56名。", 56, "leadership.pre_appointment_exam_takers"),
        ("行政复议方面：全年受理案件38件。", 38, "disputes.reconsideration_cases"),
        ("依申请公开方面：共收到申请52件，均已依法答复。", 52, "oversight.disclosure_requests"),
        ("全县累计调处矛盾纠纷1.8万件，今年调处6310件。", 6310, "disputes.mediation_cases"),
        (
            "考核要求行政机关负责人出庭应诉率不低于90%，我县全年达到96.4%。",
            96.4,
            "disputes.head_appearance_rate",
        ),
        ("审计项目共完成19个，促进整改问题金额0.8亿元。", 19, "oversight.audit_projects"),
        ("今年以来，全区双随机抽查各类企业2600余家。", 2600, "enforcement.random_inspection_objects"),
    ],
)
def test_a_figure_whose_clause_names_its_act_short(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("开展普法活动120场，调处12件。", 12),  # the clause before names no dispute handled
        ("考核要求行政机关负责人出庭应诉率不低于90%，我县全年达到96.4%。", 90),
    ],
)
def test_a_figure_borrows_no_act_the_clause_before_did_not_name(sentence, count):
    assert all(code is None for value, code in _coded(sentence) if value == count)


@pytest.mark.parametrize(
    "sentence",
    [
        "全年重大行政处罚备案41件，涉及罚没金额586万元，备案率100%。",
        "全市重大行政处罚备案1326件、重大行政强制备案218件，备案率100%。",
    ],
)
def test_the_filing_rate_of_penalties_is_not_the_documents(sentence):
    assert (100, "rules.normdocs_filing_rate") not in _coded(sentence)


def test_new_officers_among_the_trained_are_not_the_officers_in_post():
    coded = _coded("开展执法人员轮训20期，参训执法人员2380人次，其中新上岗执法人员326人。")
    assert (326, "enforcement.officers") not in coded


def test_a_clean_up_listed_after_a_filing_review_is_the_clean_up():
    coded = _coded("全年备案审查规范性文件39件、清理规范性文件112件，废止27件。")
    assert (39, "rules.normdocs_filing_reviewed") in coded
    assert (112, "rules.normdocs_cleaned") in coded


def test_an_items_own_verb_that_ends_the_alias_keeps_the_list_shared_noun():
    coded = _coded("审核行政规范性文件31件、备案14件、清理19件。")
    assert (19, "rules.normdocs_cleaned") in coded


def test_a_daily_mean_between_a_count_and_its_rate():
    coded = _coded("12345热线全年受理群众诉求9.6万件，日均260余件，按时办结率99.2%。")
    assert (99.2, "oversight.hotline_ontime_rate") in coded


def test_documents_made_and_then_cleaned_up_are_the_clean_up():
    assert (233, "rules.normdocs_cleaned") in _coded("全面清理2019年以来印发的规范性文件233件，废止21件。")


def test_requests_named_before_their_handling():
    assert (41, "oversight.disclosure_requests") in _coded("依申请公开办理41件，均按期答复。")


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("全年实施行政检查8600余次，发现并整改问题1400余个。", 1400),
        ("组织执法案卷交叉评查，共评查案卷280件，发现问题57个。", 57),
        ("随机抽查发现并查处环境违法问题2.6万余个。", 26000),
    ],
)
def test_problems_an_inspection_or_a_file_review_found_are_not_listed(sentence, count):
    assert (count, "leadership.problems_listed") not in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("开展执法领域突出问题专项整治督察2次，发现问题19个。", 19),
        ("开展法治政府建设实地督察，发现问题38个。", 38),
    ],
)
def test_problems_a_rule_of_law_inspection_found_are_listed(sentence, count):
    assert (count, "leadership.problems_listed") in _coded(sentence)


def test_a_count_and_what_was_actually_done_of_it_is_no_plan():
    assert (45, "disputes.reconsideration_cases") in _coded("全年受理行政复议案件45件，实际办结43件。")


def test_certified_civil_servants_are_officers():
    assert (86, "enforcement.officers") in _coded("全局共有86名具有执法资格的公务员。")
