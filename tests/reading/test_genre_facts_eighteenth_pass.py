"""Which indicator, or none, a figure belongs to: the eighteenth pass of issue 16 (nineteenth session).

Forms of the genre written for these tests (the sentences are our own), from batteries of real phrasings
gathered from pages outside the labelled set and from the tuning pages of the session's blind batch:
- a total of suggestions and proposals together keeps the suggestions' code (the seeds' convention), and
  its breakdown's suggestions (其中人大代表建议6件) are the suggestions' own count, not a part of it;
- in a list of items counted before their noun, a level's word may stand between a figure and its noun
  (新增4个省级法治村、6个市级法治村): the level sorts the items, the noun still names them;
- penalty decisions published as a later item of a list a publishing verb opens (公示行政许可310件，行政处罚
  45件) are not the cases decided, while cases named as cases after a disclosure's clause still are.

From the tuning pages of the last session's blind batch (L56), now open to rule writers:
- the people a training of enforcement officers reached may be said 覆盖…人次 in the clause after it, while a
  course of all kinds of officials (…执法类干部…培训班4期，覆盖600人次) does not count officers trained;
- officers in post may be said to have obtained (获得) the enforcement certificate;
- the firms a random inspection reached may be counted before the act (全年共对530家企业开展双随机抽查);
  an inspection not said to be random, of bodies or schools, keeps no code;
- minor violations a sentence never says were spared, or says were punished in the next clause (对3家企业
  轻微违法行为，给予警告的行政处罚), are not exempted from penalty.

From the tuning pages of this session's first batch (L57): a clause that names the fair-competition review
beside the legality review (落实合法性审核和公平竞争审查机制) is a list of mechanisms, and the contracts the
next clause reviews are the legality review's. From L59's: a list cut further down to its new size
(许可事项进一步减少到320项) is the list's size, as without 进一步.

From an eighth battery, gathered for recall from older years and other sectors: a rate keeps the alias
said before a clause that counts its own numerator (调解纠纷820件，成功806件，成功率98%); a clause counting
another thing between still breaks it; a year with no request for information (全年未收到政府信息公开申请) is a
count of none. Documents a clean-up kept may be said 有效 alone among its outcomes (其中有效537件、废止150件),
while 现行有效 outside a clean-up counts the documents in force. Firms spot-checked may be named by a word ending in 户 (抽查零售户473户), as the checked ones are.

From a ninth battery, gathered on the ten commonest codes: a law lecture given to the public may name the public in
an earlier clause of its sentence (走进校园、走进社区，举办法制讲座15次) or as a school it was held in; one for the
body's own staff stays a training. A change may name each value's year (出庭应诉率从2021年全年的18%提高到2022年的
36.5%): the new value is the figure, the old one its previous. A bracket may close a list item's noun after its figure
(简易程序341件（包括2件首违不罚）、一般程序22件). An act said after a list's last item governs its first item
(完成15件规范性文件、40件上会文件合法性审查; an old tuning miss). A random inspection plan's share done may be
said 完结率 (a tuning page of L58). A list's item that names its training in quotes and never in law
(、“民政部大讲堂”线上培训4期) is no law training, even after a law training in its sentence.

From a seventh battery, gathered for precision (figures right next to an indicator's words that count
something else): an alias after a figure that only qualifies the systems or mechanisms the figure counts
(制定9项政府信息公开配套制度) names no indicator.
"""

from __future__ import annotations

import pytest

from fazhi.reading.extract import extract


def _coded(sentence: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.indicator) for f in extract(sentence)]


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        (
            "今年我办承办建议、提案共15件，其中人大代表建议6件，政协委员提案9件。",
            6,
            "oversight.npc_suggestions",
        ),
        (
            "承办建议提案共计31件，其中代表建议13件、委员提案18件，均按期办复。",
            13,
            "oversight.npc_suggestions",
        ),
        (
            "交办的人大代表建议和政协委员提案共计48件，其中建议20件、提案28件。",
            20,
            "oversight.npc_suggestions",
        ),
        ("承办建议、提案共15件，其中人大代表建议6件。", 15, "oversight.npc_suggestions"),
        ("办理人大代表建议40件，其中主办建议26件。", 26, None),
        ("办理人大代表建议40件，其中主办建议26件。", 40, "oversight.npc_suggestions"),
    ],
)
def test_the_suggestions_of_a_total_with_proposals_are_their_own_count(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("今年新增4个省级法治村、6个市级法治村。", 4, "education.demo_communities"),
        ("创建1个国家级民主法治示范村、3个省级民主法治示范村。", 1, "education.demo_communities"),
        ("命名5个市级法治示范村、2个县级示范社区。", 5, "education.demo_communities"),
        ("新增4个省级法治村、6个市级法治村。", 6, "education.demo_communities"),
    ],
)
def test_a_level_may_stand_between_a_list_items_figure_and_its_noun(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("在信用网站公示行政许可310件，行政处罚45件。", 45, None),
        ("依法公布权责清单1件、行政许可12个、行政处罚9个。", 9, None),
        ("按“双公示”要求上报行政许可信息86条、行政处罚信息12条。", 12, None),
        ("全年作出行政许可310件，行政处罚45件。", 45, "enforcement.penalty_cases"),
        ("在网站公开政务信息630条，办理行政处罚案件18件。", 18, "enforcement.penalty_cases"),
        ("在网站公开政务信息630条，行政处罚案件18件。", 18, "enforcement.penalty_cases"),
    ],
)
def test_penalties_a_list_publishes_are_no_cases_decided(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("开展执法人员业务培训3场，覆盖45余人次。", 45, "enforcement.officers_trained"),
        ("举办行政执法人员培训班2期，覆盖120人次。", 120, "enforcement.officers_trained"),
        (
            "在行政执法类干部、社区干部等培训班中设置法治课程，举办培训班4期，覆盖600余人次。",
            600,
            None,
        ),
        ("目前18名工作人员已获得中华人民共和国行政执法证。", 18, "enforcement.officers"),
        ("全局获得行政执法证件的人员共35名。", 35, "enforcement.officers"),
    ],
)
def test_officers_trained_and_in_post_in_the_blind_batchs_forms(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("全年共对530家企业开展双随机抽查。", 530, "enforcement.random_inspection_objects"),
        ("对215户市场主体进行“双随机、一公开”检查。", 215, "enforcement.random_inspection_objects"),
        (
            "全年共对480家各类机构开展双随机监督，任务完成率97%。",
            480,
            "enforcement.random_inspection_objects",
        ),
        ("对12个行政执法单位分别开展现场执法检查。", 12, None),
        ("对90家企业开展安全生产检查。", 90, None),
    ],
)
def test_firms_a_random_inspection_reached_may_be_counted_before_it(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("对3家企业轻微违法行为，给予5件警告的行政处罚，推行首违不罚。", 3, None),
        ("全年办理轻微违法案件15件。", 15, None),
        ("对3家企业轻微违法行为依法不予处罚。", 3, "enforcement.minor_exemptions"),
        ("对轻微违法行为免予处罚14件，给予警告处罚2件。", 14, "enforcement.minor_exemptions"),
        ("办理首违不罚案件6件。", 6, "enforcement.minor_exemptions"),
    ],
)
def test_minor_violations_punished_are_not_exempted(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("健全合法性审核和公平竞争审查机制，组织法律顾问审查合同23份。", 23, "decisions.contracts_reviewed"),
        ("对拟出台的政策文件开展公平竞争审查，审查合同23份。", 23, None),
        ("开展公平竞争审查35项，审核各类合同710份。", 710, "decisions.contracts_reviewed"),
    ],
)
def test_a_mechanisms_fair_competition_review_leaves_the_contracts_reviewed(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("当年制定了9项政府信息公开配套制度。", 9, None),
        ("健全6项重大行政决策程序制度。", 6, None),
        ("建立3项行政复议案件办理机制，受理行政复议案件12件。", 3, None),
        ("建立3项行政复议案件办理机制，受理行政复议案件12件。", 12, "disputes.reconsideration_cases"),
        ("受理9件政府信息公开申请。", 9, "oversight.disclosure_requests"),
    ],
)
def test_a_count_of_systems_an_alias_qualifies_names_no_indicator(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("全省行政许可事项进一步减少到320项。", 320, "functions.permit_items"),
        ("市级行政许可事项进一步精简至186项。", 186, "functions.permit_items"),
        ("行政复议直接纠错率进一步提高到14%。", 14, "disputes.reconsideration_correction_rate"),
    ],
)
def test_a_list_cut_further_keeps_its_new_size(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("全年调解纠纷820件，成功806件，成功率为98.3%。", 98.3, "disputes.mediation_success_rate"),
        ("受理诉求655件，转办12089件，办结率100%。", 100, None),
    ],
)
def test_a_rate_after_its_own_numerators_clause_keeps_its_alias(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("2016年，本机关未收到政府信息公开申请。", 0, "oversight.disclosure_requests"),
        ("本单位全年没有收到要求公开信息的申请。", 0, "oversight.disclosure_requests"),
        ("全年未收到和处理信息公开申请。", 0, "oversight.disclosure_requests"),
    ],
)
def test_no_request_for_information_is_a_count_of_none(sentence, count, code):
    assert (count, code) in _coded(sentence)


def test_the_bodies_that_got_no_request_are_no_count_of_requests():
    assert all(
        code != "oversight.disclosure_requests" for _, code in _coded("未收到信息公开申请的单位有3个。")
    )


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("推行“双随机、一公开”监管，全年抽查零售户236户。", 236, "enforcement.random_inspection_objects"),
        ("全年抽查经营户120户。", 120, "enforcement.random_inspection_objects"),
        ("开展安全生产大检查，检查经营户120户。", 120, None),
    ],
)
def test_firms_spot_checked_named_by_a_word_ending_in_hu(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        (
            "经评估清理，620件规范性文件中，其中有效402件、拟修改88件、废止130件。",
            402,
            "rules.normdocs_retained",
        ),
        ("共清理规范性文件120件，其中有效80件、废止40件。", 80, "rules.normdocs_retained"),
        ("现行有效规范性文件86件。", 86, None),
        ("共审核规范性文件30件，其中有效25件。", 25, None),
    ],
)
def test_documents_a_clean_up_kept_may_be_said_valid_alone(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("年内，司法所走进校园、走进社区，举办法制教育专题讲座12次。", 12, "education.activities"),
        ("在辖区学校举办法治讲座9场。", 9, "education.activities"),
        ("组织全体干部职工学习民法典，举办法治讲座3场。", 3, "education.trainings"),
    ],
)
def test_a_lecture_for_the_public_named_earlier_in_its_sentence(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("全区出庭应诉率从2021年全年的18%提高到2022年全年的36.5%。", 36.5, "disputes.head_appearance_rate"),
        ("出庭应诉率从2021年底的18%提高到36.5%。", 36.5, "disputes.head_appearance_rate"),
        ("复议案件从2021年的120件增加到2022年的150件。", 150, "disputes.reconsideration_cases"),
    ],
)
def test_a_change_whose_values_name_their_years(sentence, count, code):
    coded = _coded(sentence)
    assert (count, code) in coded
    assert len([c for _, c in coded if c == code]) == 1


def test_a_bracket_closes_a_list_items_noun():
    coded = _coded("其中简易程序341件（包括2件首违不罚）、一般程序22件。")
    assert (2, "enforcement.minor_exemptions") in coded


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("完成15件规范性文件、40件上会文件合法性审查。", 15, "rules.normdocs_reviewed"),
        ("完成15件规范性文件、40件上会文件合法性审查。", 40, None),
        ("审查规范性文件15件、合同30件。", 30, "decisions.contracts_reviewed"),
    ],
)
def test_an_act_after_a_lists_last_item_governs_its_first(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        (
            "全年抽取“双随机、一公开”监督检查任务520单，任务完结率100%。",
            100,
            "enforcement.random_plan_completion_rate",
        ),
        ("全年双随机抽查任务完结率98.5%。", 98.5, "enforcement.random_plan_completion_rate"),
    ],
)
def test_a_random_plans_share_done_said_wanjie(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("组织干部参加习近平法治思想专题培训班3期、“民政部大讲堂”线上培训6期。", 6, None),
        ("组织干部参加习近平法治思想专题培训班3期、“民政部大讲堂”线上培训6期。", 3, "education.trainings"),
        ("开展“线上+线下”执法岗位培训班5期。", 5, "education.trainings"),
        ("举办“法治大讲堂”培训4期。", 4, "education.trainings"),
    ],
)
def test_a_list_item_named_for_another_subject_is_no_law_training(sentence, count, code):
    assert (count, code) in _coded(sentence)
