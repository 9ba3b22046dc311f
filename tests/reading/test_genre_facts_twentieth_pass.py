"""Which indicator, or none, a figure belongs to: the twentieth pass of issue 16 (twenty-first session).

Forms of the genre written for these tests (the sentences are our own), from an eleventh battery of real
phrasings gathered from pages outside the labelled set:
- a count of reconsideration cases whose clause lists information disclosure as one of all the kinds counted
  (受理信息公开、行政处罚等各类行政复议案件598件) counts every case; disclosure alone (受理政府信息公开行政复议2件)
  stays its share, uncoded;
- a clean-up's or a later evaluation's documents kept may be said 继续施行, as 保留 and 继续有效 are;
- cases of disputes are never counted in sheets or copies: legal-aid cards handed out (发放法律援助卡200余份)
  are no count of cases; a penalty's decisions issued in 份 are, one for each case.
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
            "今年以来，共受理信息公开、行政处罚等各类行政复议案件312件。",
            312,
            "disputes.reconsideration_cases",
        ),
        ("全年受理征收补偿、信息公开等多类行政复议案件75件。", 75, "disputes.reconsideration_cases"),
        ("全年受理政府信息公开行政复议案件2件。", 2, None),
    ],
)
def test_disclosure_listed_among_all_the_kinds_of_cases_counts_them_all(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("对现行有效的18件规范性文件开展后评估，其中继续施行15件，废止3件。", 15, "rules.normdocs_retained"),
        ("对现行有效的18件规范性文件开展后评估，其中继续施行15件，废止3件。", 18, "rules.normdocs_cleaned"),
        ("开展规范性文件清理，拟废止2件，宣布失效1件，继续施行9件。", 9, "rules.normdocs_retained"),
    ],
)
def test_documents_kept_may_be_said_to_stay_in_force(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("活动中共发放法律援助卡150余份、法律援助宣传材料400余份，接待咨询90余人次。", 150),
        ("现场发放法律援助卡300余份。", 300),
    ],
)
def test_cases_are_never_counted_in_sheets_or_copies(sentence, count):
    assert not [code for value, code in _coded(sentence) if value == count and code]


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("全年办理法律援助案件320件。", 320, "disputes.legal_aid_cases"),
        ("全年共办理行政处罚案件86宗。", 86, "enforcement.penalty_cases"),
        ("全年下达行政处罚决定书2400份，罚没款360万元。", 2400, "enforcement.penalty_cases"),
    ],
)
def test_cases_counted_as_cases_keep_their_code(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("抽查对象的检查率和检查对象的公示率均到达100%。", 100, "enforcement.random_result_publicity_rate"),
        ("行政复议决定书网上公开率到达95%。", 95, None),
    ],
)
def test_a_rate_may_be_said_to_arrive_at_its_figure(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("全年共组织2次法律知识专题讲座和3次警示教育。", 2, "education.trainings"),
        ("全年共组织2次法律知识专题讲座和3次警示教育。", 3, None),
        ("开展4场宪法专题宣传活动和6场送法下乡活动。", 4, "education.activities"),
    ],
)
def test_an_events_noun_phrase_before_another_figure_names_it(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        # the year's plan named by its year after a plan of several years
        (
            "在梳理《法治政府建设实施纲要（2021—2025年）》等文件基础上，制定《青山区2023年法治政府建设工作要点》，"
            "提出6大板块28项具体举措。",
            28,
            "leadership.key_tasks",
        ),
        ("根据《法治政府建设规划（2021-2025年）实施方案》，细化58项任务。", 58, None),
        # supervision is checking work, even named after its count
        ("以依法治区办的名义开展3次专项督导活动。", 3, None),
        # one kind of paper and its review named after the count, under a heading that listed two kinds
        (
            "4.做好规范性文件、重大行政决策事项合法性审核全年完成《某某管理办法》等6件规范性文件合法性审核。",
            6,
            "rules.normdocs_reviewed",
        ),
        # laws and rules evaluated, not made
        ("统筹推进7件规章的立法后评估。", 7, None),
        ("完成本市交通领域12件地方性法规、9件政府规章的评估报告和清理建议。", 12, None),
        ("制定地方性法规4件，完成3件规章的立法后评估。", 4, "rules.local_regulations"),
    ],
)
def test_forms_of_the_l62_and_l63_tuning_pages(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("向全区中小学送去法治公益讲座120余场。", 120, "education.activities"),
        ("在各学校开展“送法进校园”公益讲座超过60场。", 60, "education.activities"),
        ("组织干部职工参加公益讲座2场。", 2, None),
    ],
)
def test_public_benefit_lectures_of_the_law_are_law_education(sentence, count, code):
    assert (count, code) in _coded(sentence)
