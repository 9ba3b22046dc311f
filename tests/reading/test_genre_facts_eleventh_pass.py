"""Which indicator, or none, a figure belongs to: the eleventh pass of issue 16.

Forms of the genre the engine left uncoded (the sentences are our own): a year's plan that counts its
list as measures, works or items (推出61项具体措施, 31项具体工作), and the other side, measures of another
field or named one by one; trainees called 学员; penalty cases of the ordinary procedure (普通程序案件);
materials handed out with no other noun (发放材料); officers a sentence does something to, or says
something befell, who are not the officers in post.
"""

from __future__ import annotations

import pytest

from fazhi.reading.extract import extract


def _coded(sentence: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.indicator) for f in extract(sentence)]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("制发法治政府建设年度工作要点，推出61项具体措施。", 61),
        ("印发工作计划及责任清单，确定我局2023年推进法治政府建设的31项具体工作，并明确牵头科室。", 31),
        ("印发法治政府建设年度工作要点，提出4方面20条具体举措。", 20),
        ("制定年度依法行政工作要点，明确33项具体事项。", 33),
        ("制定法治政府建设责任清单，梳理24项重点举措。", 24),
        ("印发年度法治政府建设工作要点，明确工作措施18项。", 18),
        ("研究制定年度法治政府建设工作要点，从6个方面提出28项工作举措。", 28),
    ],
)
def test_a_rule_of_law_plans_measures_are_its_key_tasks(sentence, count):
    assert (count, "leadership.key_tasks") in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # another field's plan
        ("出台稳就业工作要点，推出20条具体措施。", 20),
        # no plan: measures of a reform carried out
        ("深化法治政府建设，推出乡镇合法性审查、“一支队伍管执法”等具体举措15项。", 15),
        # documents named one by one before the count
        ("配套出台依法治县工作要点、法治督察方案、案卷评查方案等具体措施15项。", 15),
        # agenda items of a meeting, after a legislative plan's name
        ("常务会议研究审议《2024年地方性法规立法计划》等法治政府建设具体事项15项。", 15),
        # measures done are not the list
        ("全面完成年度法治政府建设工作要点确定的32项具体措施中的30项。", 30),
    ],
)
def test_measures_of_another_plan_or_named_one_by_one_are_no_key_tasks(sentence, count):
    assert (count, "leadership.key_tasks") not in _coded(sentence)


def test_trainees_called_students_are_officers_trained():
    found = _coded("开展全市新入职行政执法人员培训7期，培训学员1300余人。")
    assert (1300, "enforcement.officers_trained") in found
    # ...but not where the class trains cadres, not officers
    assert (1500, "enforcement.officers_trained") not in _coded(
        "举办领导干部法治培训班12期，培训学员1500余人次。"
    )


def test_cases_of_the_ordinary_procedure_are_penalty_cases():
    found = _coded("全年办理行政处罚案件386件。其中，普通程序案件358件。")
    assert (358, "enforcement.penalty_cases") in found


def test_materials_handed_out_are_law_education_materials():
    found = _coded("全年共开展法治宣传活动6次，发放材料1000余份，解答法律咨询20余人次。")
    assert (1000, "education.materials") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "抽调执法人员20名组成联合检查组。",
        "对6名执法人员进行约谈提醒。",
        "选派15名执法人员到市局跟班学习。",
        "全县36名执法人员因岗位调整暂停执法资格。",
        "下沉执法人员54人。",
        "向乡镇派驻执法人员30名。",
        "全年执法人员被问责3人。",
    ],
)
def test_officers_acted_on_are_not_the_officers_in_post(sentence):
    assert all(code != "enforcement.officers" for _, code in _coded(sentence))


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("全县共有持证行政执法人员1250名。", 1250),
        ("我委59名执法人员全部通过年度审验。", 59),
        ("我局共有在岗持证执法人员49人。", 49),
    ],
)
def test_officers_in_post_stay_officers(sentence, count):
    assert (count, "enforcement.officers") in _coded(sentence)


def test_officers_a_training_was_given_to_are_trained():
    assert _coded("对全县1250名行政执法人员进行轮训。") == [(1250, "enforcement.officers_trained")]


def test_lawsuits_the_body_was_sued_in():
    assert _coded("全年我局被诉行政案件12件。") == [(12, "disputes.litigation_cases")]
    assert _coded("全年我局被起诉的行政案件12件。") == [(12, "disputes.litigation_cases")]
    assert _coded("被起诉的刑事案件12件。") == [(12, None)]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("全年共组织各类法治宣传和法治讲座7次。", 7),
        ("通过举办法治讲座4次、挂宣传横幅12条、发放小册子2000余册，扩大法治宣传影响力。", 4),
    ],
)
def test_a_lecture_among_publicity_is_law_education(sentence, count):
    assert (count, "education.activities") in _coded(sentence)


def test_a_lecture_for_officials_beside_publicity_stays_a_training():
    assert (5, "education.trainings") in _coded("开展法治宣传教育，举办领导干部法治讲座5次。")


def test_people_trained_named_as_several_groups_earlier_in_the_sentence_are_no_officers():
    found = _coded(
        "做到处级干部、科级干部、行政执法人员、新录用公务员等四类人群必训必学，共计安排课程109场次，培训1654人次。"
    )
    assert (1654, "enforcement.officers_trained") not in found
    # ...while a clause that names the officers trained keeps them
    found = _coded("做到处级干部、行政执法人员等人群必训必学，其中培训行政执法人员654人次。")
    assert (654, "enforcement.officers_trained") in found


# Forms from the twelfth session's fresh tuning pages (sentences our own).
@pytest.mark.parametrize(
    "sentence",
    [
        "向市政府备案区政府规范性文件4件。",
        "报市政府备案规范性文件4件。",
    ],
)
def test_documents_filed_with_the_body_above(sentence):
    assert _coded(sentence) == [(4, "rules.normdocs_filed")]


def test_filings_received_stay_filings_received():
    found = _coded("向市政府备案区政府规范性文件4件，备案审查各部门规范性文件15件。")
    assert found == [(4, "rules.normdocs_filed"), (15, "rules.normdocs_filing_reviewed")]


@pytest.mark.parametrize(
    "sentence",
    [
        # a fair-competition review's policy documents
        "加强公平竞争审查，排查政策措施文件68份，废止18份。",
        # items reported under the Party's rule for big matters
        "全年向区委报告“三重一大”决策事项8个。",
        # bodies, not cases
        "对全区77个行政处罚执法主体集中清理。",
        # materials posted online, not handed out
        "通过内网专栏、微信公众号推送法治学习资料30余条。",
        # a business's requests met by a service scheme, no hotline named
        "“服务包”机制解决企业诉求327项。",
    ],
)
def test_figures_of_another_thing_get_no_code(sentence):
    assert all(code is None for _, code in _coded(sentence))


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("清理规范性文件，废止18件。", 18, "rules.normdocs_abolished"),
        ("全年受理12345热线诉求5600件。", 5600, "oversight.hotline_requests"),
        ("办理群众诉求3200件，办结率98%。", 3200, "oversight.hotline_requests"),
        ("开展法治宣传，发放宣传资料3000余份。", 3000, "education.materials"),
    ],
)
def test_the_same_words_with_their_own_thing_keep_the_code(sentence, count, code):
    assert (count, code) in _coded(sentence)


def test_the_years_whole_list_carried_out_is_the_list():
    assert _coded("完成中期自查评估，73项年度重点任务全面落实。") == [(73, "leadership.key_tasks")]
    assert _coded("推动十项重点任务落地落实。") == [(10, None)]


def test_what_all_the_officers_did_counts_the_officers_in_post():
    assert _coded("全区1200余名执法人员全部申领了新的执法证件。") == [(1200, "enforcement.officers")]
    assert _coded("为426名执法人员换发执法证。") == [(426, "enforcement.certificates_processed")]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("全力推进32项法治政府建设重点任务。", 32),
        ("2023年法治政府建设28项重点任务全部完成。", 28),
    ],
)
def test_the_rule_of_laws_own_tasks_are_the_years_list(sentence, count):
    assert _coded(sentence) == [(count, "leadership.key_tasks")]


def test_a_plans_tasks_carried_out_in_part_stay_uncoded():
    assert _coded("推动法治政府建设十项重点任务落地落实。") == [(10, None)]
    assert _coded("3项牵头任务和12项配合任务均按时序推进落实。") == [(3, None), (12, None)]


def test_filings_received_from_the_departments():
    assert _coded("接受区属部门备案行政规范性文件19件。") == [(19, "rules.normdocs_filing_reviewed")]
