"""Which indicator, or none, a figure belongs to: the twelfth pass of issue 16.

Forms of the genre the engine left uncoded (the sentences are our own): the year's whole list of
key tasks said done, with its year named earlier in the sentence; the list of the year's plan being
carried out (落实), the plan made earlier in the sentence; tasks said set at the year's start (年初设立的).
Figures of a part taken for the whole: permits
handled one way (告知承诺制, 跨省通办) are not the permit list. Officials about to be appointed or
promoted (拟提任, 拟晋升, 新任命) sat the pre-appointment exam. Law publicity (法律宣传) and public-interest
law education (公益普法) counted in events are law-education events. Penalties counted in 条 are pieces
of information published, not cases, and penalty cases a court heard are lawsuits. A body that issued no
normative document this year says a zero.
"""

from __future__ import annotations

import pytest

from fazhi.reading.extract import extract


def _coded(sentence: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.indicator) for f in extract(sentence)]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("2023年，全县法治政府建设56项重点任务已全部完成。", 56),
        ("2024年，全市推进依法行政33项重点任务均已落实。", 33),
    ],
)
def test_the_years_whole_list_done_with_the_year_before_it_is_the_key_tasks(sentence, count):
    assert (count, "leadership.key_tasks") in _coded(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # no year: a campaign's tasks carried out
        "全县法治政府建设十项重点任务全部落地见效。",
        # the year names a time, and the tasks are not all done
        "2023年，推动12项重点任务落地落实。",
    ],
)
def test_tasks_carried_out_without_the_year_or_not_all_are_no_key_tasks(sentence):
    assert not [code for _, code in _coded(sentence) if code == "leadership.key_tasks"]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("制定年度法治政府建设工作要点，闭环落实6个方面28项工作措施。", 28),
        ("印发2024年依法行政工作要点，督促落实32项重点任务。", 32),
    ],
)
def test_the_year_plans_list_being_carried_out_is_the_key_tasks(sentence, count):
    assert (count, "leadership.key_tasks") in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # a plan of several years, no year named
        ("出台深化法治政府建设工作方案，部署落实48项重点任务。", 48),
        # done, not carried out: a part of the list
        ("制定年度法治政府建设工作要点，完成其中20项工作措施。", 20),
        # another field's plan
        ("制定年度安全生产工作要点，落实36项工作措施。", 36),
    ],
)
def test_tasks_carried_out_under_another_plan_or_done_are_no_key_tasks(sentence, count):
    assert (count, "leadership.key_tasks") not in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("梳理公布21项“告知承诺制”许可事项清单。", 21),
        ("实行告知承诺制的许可事项23项。", 23),
        ("推动14项许可事项跨省通办。", 14),
    ],
)
def test_permits_handled_one_way_are_not_the_permit_list(sentence, count):
    assert (count, "functions.permit_items") not in _coded(sentence)


def test_the_permit_list_before_its_part_handled_one_way_stays_the_list():
    found = _coded("梳理行政许可事项217项，其中实行告知承诺制的23项。")
    assert (217, "functions.permit_items") in found
    assert (23, "functions.permit_items") not in found


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("推动年初设立的20项重点任务落地见效。", 20),
        ("完成年初确定的32项重点任务。", 32),
        ("全面落实年度明确的18项重点工作任务。", 18),
    ],
)
def test_tasks_said_set_at_the_years_start_are_the_key_tasks(sentence, count):
    assert (count, "leadership.key_tasks") in _coded(sentence)


def test_a_campaigns_tasks_carried_out_stay_uncoded():
    assert (10, "leadership.key_tasks") not in _coded("强力推动全省法治政府建设十项重点任务落地落实。")


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("组织25名拟提任领导干部参加法律知识考试。", 25),
        ("对32名拟晋升职级干部开展法律知识考试。", 32),
        ("组织12名新任命干部进行宪法法律知识测试。", 12),
    ],
)
def test_officials_about_to_be_appointed_or_promoted_sat_the_pre_appointment_exam(sentence, count):
    assert (count, "leadership.pre_appointment_exam_takers") in _coded(sentence)


def test_officials_sitting_another_exam_are_no_pre_appointment_takers():
    assert (32, "leadership.pre_appointment_exam_takers") not in _coded("组织32名拟提任干部参加廉政考试。")


@pytest.mark.parametrize(
    ("sentence", "count"),
    [("开展法律宣传32场。", 32), ("开展公益普法20余场。", 20), ("开展民法典学习宣传教育200余场次。", 200)],
)
def test_law_publicity_and_public_interest_law_education_are_events(sentence, count):
    assert (count, "education.activities") in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # 普法 alone names meetings, lessons and videos as well as events
        ("部署执法、司法、守法、普法各项工作20余次。", 20),
        ("推出4期普法视频节目。", 4),
        # another field's publicity
        ("开展安全生产宣传教育30场。", 30),
    ],
)
def test_law_education_named_alone_is_no_event_count(sentence, count):
    assert (count, "education.activities") not in _coded(sentence)


def test_penalties_counted_in_pieces_of_information_are_no_cases():
    found = _coded("2022年我委主动公开各类信息5548条，其中行政许可3706条，行政处罚259条。")
    assert (259, "enforcement.penalty_cases") not in found
    assert (5548, "oversight.proactive_disclosures") in found
    # the other side: cases in 件 stay cases
    assert (259, "enforcement.penalty_cases") in _coded("办理行政处罚案件259件。")


@pytest.mark.parametrize(
    "sentence",
    [
        "本年度未新制定出台规范性文件。",
        "我委今年以来未制定规范性文件，按要求开展清理。",
        "2024年，未制定出台规范性文件。",
    ],
)
def test_no_normative_document_issued_is_a_zero(sentence):
    assert (0, "rules.normdocs_issued") in _coded(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the bodies that issued none, a ban on issuing unreviewed ones
        "对未制定规范性文件的单位进行督导。",
        "严禁未经合法性审查出台规范性文件。",
    ],
)
def test_other_negations_near_normative_documents_are_no_zero(sentence):
    assert not [code for _, code in _coded(sentence) if code == "rules.normdocs_issued"]


def test_penalty_cases_a_court_heard_are_lawsuits_not_penalties():
    assert (5, "enforcement.penalty_cases") not in _coded(
        "出庭应诉某某公司等5起诉我局行政处罚案，并当庭陈述意见。"
    )
    # the other side: penalties decided, with lawsuits counted in the next clause
    found = _coded("办理行政处罚案件120件，行政诉讼案件3件。")
    assert (120, "enforcement.penalty_cases") in found
    assert (3, "disputes.litigation_cases") in found


def test_a_count_after_a_counted_fair_competition_review_is_its_own():
    found = _coded("开展政策措施公平竞争审查35项，审核各类合同710份。")
    assert (710, "decisions.contracts_reviewed") in found
    # the other side: the review named and then counted is the fair-competition review's
    assert not [code for _, code in _coded("开展公平竞争审查，审查规范性文件8件。") if code]


def test_duties_broken_down_from_a_duty_list_are_no_key_tasks():
    found = _coded("印发党政主要负责人履行推进法治建设第一责任人职责清单，分解职责任务93项。")
    assert (93, "leadership.key_tasks") not in found


@pytest.mark.parametrize(
    ("sentence", "count", "training"),
    [
        ("深入学习宣传习近平法治思想，开设“火洲大讲堂”12期、培训各级干部1300人次。", 12, False),
        ("加强政数领域法律法规学习，组织宣贯培训，举办“大师讲堂”2期。", 2, False),
        # the other side: a lecture series named for the law
        ("举办“法治大讲堂”12期。", 12, True),
        ("开展“执法大讲堂”8期。", 8, True),
    ],
)
def test_a_lecture_series_named_for_no_law_is_no_law_training(sentence, count, training):
    assert ((count, "education.trainings") in _coded(sentence)) is training


def test_files_given_their_legal_review_are_not_files_evaluated():
    found = _coded("严格落实重大执法决定法制审核制度，审核行政处罚案卷121件。")
    assert (121, "enforcement.case_files_reviewed") not in found
    # the other side: files evaluated stay evaluated, reviewed too or not
    assert (121, "enforcement.case_files_reviewed") in _coded("开展行政执法案卷评查，评查案卷121件。")
    assert (80, "enforcement.case_files_reviewed") in _coded("组织审核评查行政处罚案卷80卷。")
