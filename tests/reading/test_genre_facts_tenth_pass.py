"""Which indicator, or none, a figure belongs to: the tenth pass of issue 16.

Forms the tuning pages of two fresh blind batches showed, and forms of the genre the engine left
uncoded (the sentences are our own): documents counted in 部, an enforcement bureau's 办结…执法案件 as
its penalty cases, documents filed with the bodies above (向…备案文件) and the departments' filings
received (备案部门文件), a plan's 重点内容 as its key tasks; penalty cases as 一般程序案件, 查处…违法行为,
查办…案件 or 行政处罚…次, litigation as 涉诉行政案件 and 应诉…行政案件; and figures of another thing: the
items of a random-check list (抽查事项), people who sat an exam that is not of the law (廉政考试).
"""

from __future__ import annotations

from fazhi.reading.extract import extract


def _coded(sentence: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.indicator) for f in extract(sentence)]


def test_documents_counted_in_bu():
    found = _coded("完成《某县支持产业园发展若干政策》《某县项目管理办法》等3部规范性文件的合法性审核。")
    assert found == [(3, "rules.normdocs_reviewed")]
    assert _coded("全年清理规范性文件5部。") == [(5, "rules.normdocs_cleaned")]


def test_the_items_of_a_random_check_list_are_no_objects_checked():
    assert _coded("开展双随机抽查，检查计划173个，抽查事项824个。")[-1] == (824, None)
    assert _coded("开展双随机抽查，抽查市场主体824户。") == [(824, "enforcement.random_inspection_objects")]


def test_people_who_sat_another_exam_are_no_pre_appointment_exam_takers():
    found = _coded("组织15名新提拔处级干部参加法律法规考试、32名处级干部参加廉政考试。")
    assert found == [(15, "leadership.pre_appointment_exam_takers"), (32, None)]


def test_an_enforcement_bureaus_cases_are_penalty_cases():
    found = _coded("全区城管执法部门共办结行政执法案件886件，处罚金额144.6万余元。")
    assert found[0] == (886, "enforcement.penalty_cases")


def test_documents_filed_above_and_filings_received_from_departments():
    found = _coded("向市政府和区人大备案文件5件，备案部门文件13件。")
    assert found == [(5, "rules.normdocs_filed"), (13, "rules.normdocs_filing_reviewed")]


def test_a_plans_key_contents_are_its_key_tasks():
    found = _coded("年初制定2024年法治政府建设工作要点，明确10个方面22项重点内容。")
    assert found == [(10, None), (22, "leadership.key_tasks")]


def test_penalty_cases_in_the_forms_enforcement_bodies_write():
    assert _coded("全年共办理一般程序案件212件。") == [(212, "enforcement.penalty_cases")]
    assert _coded("全年共查处交通违法行为212起。") == [(212, "enforcement.penalty_cases")]
    assert _coded("查办各类案件212件，罚没金额86万元。")[0] == (212, "enforcement.penalty_cases")
    assert _coded("共实施行政处罚212次。") == [(212, "enforcement.penalty_cases")]
    # the other side: inspections counted in 次 stay inspections, not penalties
    assert _coded("开展执法检查300余次。")[0][1] != "enforcement.penalty_cases"


def test_litigation_cases_in_the_forms_respondents_write():
    assert _coded("全县涉诉行政案件31件。") == [(31, "disputes.litigation_cases")]
    assert _coded("共应诉行政案件31件。") == [(31, "disputes.litigation_cases")]


def test_trainings_another_body_held_are_not_the_reporters():
    found = _coded("安排7名执法人员参加省应急管理厅举办的4期综合执法队伍专业能力提升培训班。")
    assert (4, "education.trainings") not in found
    assert _coded("举办综合执法队伍专业能力提升培训班4期。") == [(4, "education.trainings")]


def test_officers_newly_taken_on_are_not_the_officers_in_post():
    found = _coded("12名新进执法人员全部通过行政执法人员通用法律知识考试。")
    assert (12, "enforcement.officers") not in found
    assert _coded("全县共有持证行政执法人员1200名。") == [(1200, "enforcement.officers")]


def test_penalty_cases_counted_in_ge_and_their_total_amount():
    found = _coded("共开展行政执法检查76次，行政处罚案件数268个，行政处罚案总金额7610元。")
    assert (268, "enforcement.penalty_cases") in found
    assert (7610, "enforcement.penalty_amount") in found
