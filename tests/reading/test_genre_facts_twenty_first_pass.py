"""Which indicator, or none, a figure belongs to: the twenty-first pass of issue 16 (twenty-second session).

Forms of the genre written for these tests (the sentences are our own), from the batteries of real phrasings
gathered from pages outside the labelled set:
- appointees counted before the oath they take, the ceremony's posture in a clause between
  (5名新任命的国家工作人员面向国徽，举起右拳，庄严宣誓): the people are the oath's takers. People who are not
  said to be appointed, or who sit an exam before the oath, are not;
- events counted before their noun phrase, in a clause that only holds them, after a clause that names the
  whole act (坚持常务会议会前学法，全年组织9次集中学法): the phrase's last word is the act's, as it would be in
  组织集中学法9次. A clause before that holds only the act's first word (法治…活动) names nothing;
- the places an inspection reached, counted right after 检查 and them (共检查学校、幼儿园120家次, 检查各类娱乐
  场所39家次): each place inspected is an inspection. A finding, a check of papers, a self-check or a plan's
  target is not, nor a part of a random inspection's total (其中，…联合检查医疗机构20家), which takes the total's
  code; the firms a random draw picked (对随机抽取的5家企业开展"双随机"检查) are the random inspection's objects;
- from a thirteenth battery (b20), read before these rules and after: a floor a target sets
  (网上可办率不低于90%的目标任务) is no level the year reached; a count's own measure word between the act and
  its figure (普法宣传活动场次86场) is filler, as 次数 is;
- PDF text, which sets a space before each figure that follows a word (行政许可事项减少到 407项, 发放宣传单超
  800份, 任前考法 7批次 161人): the level a change reached, a qualifier and a second measure read as they do
  without the space. A probe that rewrites the tuning part's right-coded sentences so lost 9 of 334 figures;
- the noun first, then 共 and a verb of handing out or handling (宣传资料共发放5000余份, 法律意见书共出具11份):
  the verb is the noun's own, as 开展 and 举办 already are;
- from a fourteenth battery (b21, 173 rows, read before these rules: 131 right, and 131 after the session's
  earlier rules): a clean-up's documents kept said 现行有效 among its outcomes are retained; units counted after
  对 that a random inspection reached are its objects, 单位 though they are; the staff's appearance in court
  (工作人员出庭应诉率) is not the heads'; a village honoured for another theme (乡村治理示范村) is no
  demonstration village of the rule of law; laws and rules a plan lists (被列入制定项目, 安排年内出台的…项目)
  are not enacted; a floor set for each year or month (每年…会前学法不少于24次) is a standard, not a count;
- from a fifteenth battery (b22, 113 rows, read before: 89 right at the start and with the session's rules):
  colour leaflets (宣传彩页) are materials, and a 民主法治社区 is a demonstration community without 示范.
"""

from __future__ import annotations

import pytest

from fazhi.reading.extract import extract

OATH_TAKERS = "leadership.oath_takers"


def _coded(sentence: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.indicator) for f in extract(sentence)]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("9月3日，5名新任命的国家工作人员面向国徽，举起右拳，庄严宣誓。", 5),
        ("会议结束后，新当选的3名副区长手抚宪法，进行了宪法宣誓。", 3),
        ("本次会议任命的各部门负责人等18位同志列队肃立，在领誓人带领下宣誓。", 18),
        ("全镇12余名新入职的年轻干部站在国旗下，集体向宪法宣誓。", 12),
    ],
)
def test_appointees_counted_before_the_oath_they_take_are_its_takers(sentence, count):
    assert (count, OATH_TAKERS) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("组织26名机关干部，面向国旗进行宪法宣誓。", 26),  # not said to be appointed
        ("组织15名新任命干部参加任前法律知识考试，考后进行宪法宣誓。", 15),  # the exam's takers
        ("新任命的4名局长面对国徽肃立。会后开展学法活动。", 4),  # no oath in the sentence
    ],
)
def test_people_not_said_to_be_appointees_taking_the_oath_are_not_its_takers(sentence, count):
    assert (count, OATH_TAKERS) not in _coded(sentence)


PRE_MEETING_STUDY = "leadership.pre_meeting_study_sessions"


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("坚持政府常务会议会前学法，全年组织9次集中学法。", 9, PRE_MEETING_STUDY),
        ("把常务会议学法列入议程，年内开展6次专题学法。", 6, PRE_MEETING_STUDY),
        ("坚持政府常务会议会前学法，全年组织集中学法9次。", 9, PRE_MEETING_STUDY),
    ],
)
def test_events_counted_before_their_noun_after_a_clause_naming_the_act(sentence, count, code):
    assert (count, code) in _coded(sentence)


def test_a_clause_holding_only_the_acts_first_word_names_nothing():
    sentence = "围绕法治营商环境等重点工作，组织3场专题汇报活动，主动回应关切。"
    assert (3, "education.activities") not in _coded(sentence)


INSPECTIONS = "enforcement.inspections"


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("全年共检查学校、幼儿园120家次，发现隐患31处。", 120),
        ("出动执法人员86人次，检查各类娱乐场所39家次。", 39),
        ("截至年底，全县共检查生产经营单位812家，督促整改隐患95处。", 812),
        ("检查农资经营门店47个次，查办案件3起。", 47),
        ("按照要求检查校园58家次。", 58),
    ],
)
def test_places_counted_right_after_an_inspection_are_inspections(sentence, count):
    assert (count, INSPECTIONS) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("计划检查使用单位96家，生产单位5家。", 96),  # a plan's target
        ("检查发现问题隐患12处，已全部整改。", 12),  # what was found
        ("各单位开展自查检查企业20家。", 20),  # 查 after 自: own check
        ("共检查行政执法案卷120件。", 120),  # papers, another code
        ("双随机抽查企业共300家。其中，两部门联合检查医疗机构20家。", 20),  # a part of the random total
    ],
)
def test_what_an_inspection_found_or_planned_is_no_inspection(sentence, count):
    assert (count, INSPECTIONS) not in _coded(sentence)


def test_the_firms_a_random_draw_picked_are_its_objects():
    sentence = "对随机抽取的12家企业开展“双随机、一公开”联合执法检查。"
    assert (12, "enforcement.random_inspection_objects") in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("提前实现全省政务服务事项网上可办率不低于95%的目标任务。", 95, None),
        ("全年开展普法宣传活动场次64场。", 64, "education.activities"),
        (
            "对随机抽取的12家企业开展“双随机、一公开”联合执法检查。",
            12,
            "enforcement.random_inspection_objects",
        ),
    ],
)
def test_forms_of_the_thirteenth_battery(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("全省行政许可事项进一步减少到 312项。", 312, "functions.permit_items"),
        ("市级行政权力事项从 6120项削减至 2894项，精简率达 52.7%。", 2894, "functions.power_list_items"),
        ("全年发放法治宣传资料超 900份。", 900, "education.materials"),
        ("组织新提拔领导干部任前考法 5批次 126人。", 126, "leadership.pre_appointment_exam_takers"),
    ],
)
def test_a_space_before_a_figure_changes_nothing(sentence, count, code):
    assert (count, code) in _coded(sentence)


def test_a_qualifier_set_apart_by_a_space_still_qualifies():
    (fact,) = [f for f in extract("全县共发放宣传资料超 900份。") if f.value == 900]
    assert fact.qualifier == "more_than"


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("宣传资料共发放4200余份，张贴海报600余张。", 4200, "education.materials"),
        ("全年法律意见书共出具26份。", 26, "decisions.legal_opinions"),
        ("普法读本累计印发3000册。", 3000, "education.materials"),
    ],
)
def test_the_noun_first_then_a_handing_out_verb_after_a_summing_word(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        (
            "本次共清理局规范性文件16件，其中，废止3件，宣布失效2件，现行有效11件。",
            11,
            "rules.normdocs_retained",
        ),
        ("区卫生监督所对区本级145家单位进行了随机监督抽查。", 145, "enforcement.random_inspection_objects"),
    ],
)
def test_forms_of_the_fourteenth_battery(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("被诉行政机关工作人员出庭应诉率为88.5%。", 88.5, "disputes.head_appearance_rate"),
        ("全省乡村治理示范村名单公布，我县6个村成为示范村。", 6, "education.demo_communities"),
        ("创建美丽乡村示范村15个。", 15, "education.demo_communities"),
        ("8件地方性法规、6件政府规章被列入年度立法计划。", 8, "rules.local_regulations"),
        ("安排年内出台的政府规章项目3件。", 3, "rules.gov_rules"),
        ("每年领导干部专题学法不少于4次，会前学法不少于12次。", 12, "leadership.pre_meeting_study_sessions"),
    ],
)
def test_figures_of_the_fourteenth_battery_that_count_another_thing(sentence, count, code):
    assert (count, code) not in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("行政机关负责人出庭应诉率为88.5%。", 88.5, "disputes.head_appearance_rate"),
        ("新增省级民主法治示范村4个。", 4, "education.demo_communities"),
        ("全年制定政府规章2件。", 2, "rules.gov_rules"),
        ("全年开展会前学法12次，每季度不少于3次。", 12, "leadership.pre_meeting_study_sessions"),
    ],
)
def test_their_own_forms_keep_their_codes(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("活动中发放民法典宣传彩页800余份。", 800, "education.materials"),
        ("全县18个社区被命名为“市级民主法治社区”。", 18, "education.demo_communities"),
    ],
)
def test_forms_of_the_fifteenth_battery(sentence, count, code):
    assert (count, code) in _coded(sentence)
