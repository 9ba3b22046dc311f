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
