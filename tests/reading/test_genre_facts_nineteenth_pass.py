"""Which indicator, or none, a figure belongs to: the nineteenth pass of issue 16 (twentieth session).

Forms of the genre written for these tests (the sentences are our own), from batteries of real phrasings
gathered from pages outside the labelled set:
- random inspection tasks said 抽查检查任务 (spot-check inspection tasks), counted in 项 as 抽查任务 are; the
  tasks a plan set stay uncoded;
- a publicity campaign whose count's clause names no law is law education when a later clause of its sentence
  says it taught the law (…，引导群众懂法守法, 增强群众法治意识); a campaign on another subject that says no such
  thing (…，依法打击电信诈骗) stays uncoded;
- a lecture of legal knowledge (法律知识讲座) is a lecture like a 法治讲座: a training of officials, or an event of
  law education where its sentence names the public, now also as the places gone into (深入社区, 走进农村);
- minor violations spared may be counted in 个 (对135个轻微违法行为实施不予行政处罚), as the firms spared are in 家;
  violations found or punished stay uncoded;
- a list of rates given respectively (调处率、成功率分别为97.2%和98.8%) names each figure by its own rate, though
  only one of them is an indicator's: the other figures take no code, not the nearest alias's.

From a tenth battery, gathered for uncommon wordings: a year with no request for information may be said 没有接到…
要求公开政府信息的申请; legal aid cases may be said 援助案件 once legal aid is the subject; officers counted before
the word that they took part in training (70余名执法人员参训) were trained, not merely in post.
"""

from __future__ import annotations

import pytest

from fazhi.reading.extract import extract


def _coded(sentence: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.indicator) for f in extract(sentence)]


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("全年开展双随机抽查检查任务58项，抽查企业310户。", 58, "enforcement.random_inspection_batches"),
        ("共完成了47项“双随机、一公开”抽查检查任务。", 47, "enforcement.random_inspection_batches"),
        ("年初制定双随机抽查检查任务30项。", 30, None),
    ],
)
def test_spot_check_inspection_tasks_are_random_batches(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("3月开展集中宣传活动4次，发放资料200余份，引导群众懂法、守法、用法。", 4, "education.activities"),
        ("开展街头宣传活动6场，进一步增强了群众的法治意识。", 6, "education.activities"),
        ("开展反诈宣传活动12场，依法打击电信网络诈骗。", 12, None),
        ("开展消防宣传活动8场，提升居民安全意识。", 8, None),
    ],
)
def test_a_campaign_that_taught_the_law_says_so_later_in_its_sentence(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("普法小分队深入基层，开展了30余场农村法律知识讲座。", 30, "education.activities"),
        ("深入社区举办法治讲座8场。", 8, "education.activities"),
        ("走进农村开展法律知识讲座12场。", 12, "education.activities"),
        ("组织机关干部职工举办法律知识讲座3场。", 3, "education.trainings"),
        ("深入基层调研，组织机关干部举办法治讲座4次。", 4, "education.trainings"),
    ],
)
def test_a_lecture_of_legal_knowledge_for_the_public_is_law_education(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("全系统共对46个轻微违法行为实施不予行政处罚。", 46, "enforcement.minor_exemptions"),
        ("对5个轻微违法主体依法不予处罚。", 5, "enforcement.minor_exemptions"),
        ("发现轻微违法行为35个，均责令改正。", 35, None),
        ("对3个轻微违法行为给予警告处罚。", 3, None),
    ],
)
def test_violations_spared_may_be_counted_in_ge(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        (
            "全年受理矛盾纠纷520件，调解成功508件，调处率、成功率分别为99.2%和97.7%。",
            97.7,
            "disputes.mediation_success_rate",
        ),
        ("全年受理矛盾纠纷520件，调解成功508件，调处率、成功率分别为99.2%和97.7%。", 99.2, None),
        ("调解成功508件，调处率、成功率分别为99.2%、97.7%。", 97.7, "disputes.mediation_success_rate"),
    ],
)
def test_a_list_of_rates_given_respectively_names_each_by_its_own(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("2019年度我乡没有接到群众要求公开政府信息的申请。", 0, "oversight.disclosure_requests"),
        ("全年办理援助案件86件。", 86, "disputes.legal_aid_cases"),
        ("全县40余名行政执法人员参训。", 40, "enforcement.officers_trained"),
        ("全县现有行政执法人员40名。", 40, "enforcement.officers"),
    ],
)
def test_uncommon_wordings_of_the_tenth_battery(sentence, count, code):
    assert (count, code) in _coded(sentence)


def test_the_bodies_that_got_no_request_said_otherwise_are_no_count():
    assert (3, None) in _coded("没有接到公开政府信息申请的单位有3个。")
