"""Which indicator, or none, a figure belongs to: the third pass of issue 16 (3 December).

``fixtures/genre/county_figures_third_pass_2024.txt`` is a county's report written for these tests:
forms of the genre the first two passes did not read, in sentences of our own (places, bodies and
numbers invented): figures given after 分别 in the order of a list, a later list item named by its
level alone, a count of areas before the figure it groups, a noun ending in 数 before a count, a
clause that names nothing (共开展28次) after the clause naming the act, later items of a list closed by
等; and figures of another thing near an alias (bodies that did something, powers listed as 事项,
permits handled, lessons inside classes, trainings and talks in one count, officers trained with
cadres).
"""

from __future__ import annotations

import pytest

from fazhi.reading.extract import extract

from .test_genre_fixtures import _reading

PAGE = "county_figures_third_pass_2024.txt"

# (value, code it must get, the shape)
CODED = [
    (87, "leadership.pre_appointment_exam_takers", "任前…考试2场次，参考人数87人"),
    (66, "leadership.oath_takers", "宣誓仪式5场，66名…参加宣誓: the ceremonies' count does not block"),
    (43, "leadership.key_tasks", "分解任务43项"),
    (41, "leadership.problems_listed", "梳理出6个方面41项问题: the count of areas does not block 问题"),
    (134, "oversight.npc_suggestions", "建议、提案分别为134件、167件: the first figure is the first item's"),
    (167, "oversight.cppcc_proposals", "…and the second the second's"),
    (97, "rules.normdocs_filing_timely_rate", "报备率、及时率和规范率分别为100%、97%、100%"),
    (
        93,
        "disputes.reconsideration_cases",
        "受理、审结…分别为: one item names no indicator, the usual placing",
    ),
    (214, "enforcement.case_files_reviewed", "案卷评查3次，审查案件214起: the cases of the review"),
    (6, "education.trainings", "培训学习讲座6次"),
    (8, "education.trainings", "在主体班次中开设…课程8次: lessons, where no count of classes is given"),
    (4, "education.demo_communities", "省级示范村（社区）4个"),
    (9, "education.demo_communities", "、市级9个: a later item named by its level alone"),
    (28, "leadership.pre_meeting_study_sessions", "会前学法制度，全年共开展28次: a clause naming nothing"),
    (47, "decisions.contracts_reviewed", "审查政府合同，累计47件: the act of the clause before"),
    (36, "education.activities", "法治宣讲、以案释法、巡回展览等36场次: later items of a list closed by 等"),
    (23, "rules.normdocs_reviewed", "审核…印发的规范性文件: the making verb only in a relative clause"),
    (19, "rules.normdocs_filed", "19件规范性文件报市政府备案"),
    (73, "enforcement.major_penalties_filed", "报备重大行政处罚案件73件, not penalty cases"),
    (14362000, "enforcement.penalty_amount", "罚没款金额达1436.2万元"),
    (
        58,
        "disputes.reconsideration_cases",
        "行政复议案件：受理58件: the label before a colon names the figure",
    ),
    (27, "education.activities", "“宪法宣传周”系列活动: 宣传…活动"),
    (64, "education.activities", "法治宣讲进村入户64场: where an event was held is filler"),
    (39, "education.activities", "送法下乡39次"),
    (18, "education.activities", "以案释法活动18场次"),
    (7, "education.trainings", "新修订《…法》专题培训班: 修订 names the law, not an act on the figure"),
    (0, "disputes.litigation_losses", "行政应诉案件均未败诉: a zero in words"),
    (310, "enforcement.minor_exemptions", "对310余家市场主体…不予处罚: businesses exempted, in 家"),
    (126, "decisions.contracts_reviewed", "126个政府合同: contracts in 个"),
    (5, "leadership.pre_meeting_study_sessions", "全体会议学法五次: a small count of times in words"),
    (29, "leadership.problems_listed", "排查出问题29个"),
    (2, "rules.local_regulations", "完成地方立法2件"),
    (96.5, "functions.online_service_rate", "线上可办率"),
    (14, "education.demo_communities", "民主法治村"),
    (
        135,
        "decisions.contracts_reviewed",
        "合同全部经过合法性审查，共135份: an elliptic clause after 合同…合法性审查",
    ),
    (32, "leadership.problems_listed", "查找问题32处: problems counted in 处"),
    (4, "rules.local_regulations", "出台《…条例》等条例4部"),
    (61, "disputes.litigation_cases", "行政应诉案件数61件: 数 before the digits ends the noun"),
]

# (value, words of its own clause, why it gets no code)
UNCODED = [
    (11, "11个乡镇", "the bodies that did it (完成权责清单编制), not the list's items"),
    (3, "讲座3期", "培训、讲座: one count over trainings and talks"),
    (1750, "党员干部", "officers trained with people of another group in one count"),
    (88, "审结", "a 分别 item with no indicator of its own"),
    (274, "处罚事项274项", "powers on a list, not penalty cases"),
    (4, "不予处罚", "4项…事项: items, not cases exempted"),
    (9800, "许可事项9800件", "permits handled, not items on the permit list"),
    (31, "专题课程31次", "lessons inside classes (班次中开设), not trainings"),
    (54, "审结54件", "an outcome after the colon's label borrows no code"),
    (9, "集体学法9次", "cadres' study in a clause after the executive meeting's own figure"),
    (52, "办结52件", "a clause with an outcome of its own (办结) borrows no code"),
    (3, "修订《", "条例 amended, not enacted (修订 acts on them; only 新修订 names a law)"),
    (5120, "人数5120人", "people who sat an exam: no indicator"),
]


@pytest.mark.parametrize(("value", "code", "shape"), CODED, ids=[f"{row[0]}-{row[1]}" for row in CODED])
def test_a_figure_gets_the_code_of_what_it_counts(value, code, shape):
    found = [f.indicator for f in _reading(PAGE).facts if f.value == value]
    assert code in found, f"{value} ({shape}): {found}"


@pytest.mark.parametrize(("value", "words", "why"), UNCODED, ids=[row[1] for row in UNCODED])
def test_a_figure_about_something_else_gets_no_code(value, words, why):
    found = [f.indicator for f in _reading(PAGE).facts if f.value == value and words in f.evidence.text]
    assert found, f"{value} not read in a clause with {words!r}"
    assert all(code is None for code in found), f"{value} ({why}): {found}"


# (sentence, what each figure must get in order): lists after 分别 that the rule must leave alone.
LEFT_ALONE = [
    ("甲县、乙县、丙县受理行政复议案件数分别为31件、27件、19件。", None),
    ("2021年至2023年群众满意度分别为81.5%、84.2%、88.9%。", [None, None, None]),
]


@pytest.mark.parametrize(("sentence", "codes"), LEFT_ALONE, ids=["places", "years"])
def test_a_list_of_places_or_years_is_not_placed_item_by_item(sentence, codes):
    facts = extract(sentence)
    assert len(facts) == 3
    if codes is None:
        # Places name no indicator: the figures keep what the ordinary placing gives them, and
        # at most the last item's words (its own) reach a code, never two different codes.
        assert len({f.indicator for f in facts if f.indicator}) <= 1
    else:
        assert [f.indicator for f in facts] == codes


def test_small_numbers_in_words_are_counts_of_times_only():
    # 学法四次 counts; 一次办, 二次审核 and 四次全会 are set phrases and a plenum, not counts.
    assert [(f.value, f.unit) for f in extract("全年开展集中学法四次。")] == [(4, "次")]
    assert extract("实行一次办、二次审核，学习四次全会精神，办理两项业务。") == []
