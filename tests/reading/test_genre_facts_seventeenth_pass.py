"""Which indicator, or none, a figure belongs to: the seventeenth pass of issue 16 (eighteenth session).

Forms of the genre written for these tests (the sentences are our own), from the tuning part's misses
and from batteries of real phrasings gathered from pages outside the labelled set:
- a body's own rules of conduct (规章制度) are not government rules, wherever the word stands;
- a share of service items handled online may be said 上网办理率;
- a law lecture for officials held on its own (举办法治专题讲座5场) is a law training, as the labelled
  pages count it; one the sentence gives to an executive meeting, a theory study group or a plenary
  before it (落实常务会议学法机制，举办法治专题讲座2次) is that meeting's study, never a training; the
  publicity that makes a lecture a law-education event is said in the lecture's own clause;
- a kind of information a disclosure count leaves out (不含过程性信息) is no reply to a request;
  enforcement statistics count inspections in 件 and 起 (行政检查类1491件); market entities a random
  inspection reached may stand after the verb's object words (抽查了26户市场主体);
- key tasks named by another field right after their count (141项安全生产重点工作清单) are that field's;
- the pre-appointment exam's takers may be named 拟提请任命的…人员; the yearly online study exam all staff
  sit (全县国家工作人员参加在线学法考法4722人) is not that exam; the deputies' and members' satisfaction
  may be said 代表、委员满意度.

From the tuning part's reports whose labels hold no figure at all, read for the figures the engine
still codes there (the forms in our own words):
- powers handed down listed by level (431项市、区行政处罚权…下放街道乡镇) are not penalty cases;
- a count of the times a meeting took a matter up (先后8次研究了…执法检查…议题) is not the matter's count;
- the share of services actually handled through the one-stop portal (“一网通办”实办率) is not the share
  that can be done online;
- a long plan's tasks stay another plan's when the sentence named the plan in an earlier clause and names
  no year (制定《…规划纲要…实施方案》，70项清单任务有序推进);
- matters a Party committee's meetings deliberated (审议决策事项828项) are not the decision catalogue's.

From the batteries again: cases drawn to be reviewed (随机调阅…办结的36件行政处罚案件, 抽查…行政处罚案件86件
进行评查) are case files reviewed, not penalty cases decided.

From a fifth battery, gathered from the genres next to the report (a justice bureau's, a department's or a
township's work summary; the sentences here are our own): leaflets (散发传单) are materials handed out;
a law lecture spelt 法制讲座 is read as 法治讲座 is, and one given at a market fair is a law-education
event; opinions counted in 次 (出具法律意见16次); exemptions with a reminder (提醒不罚); a village named a
rule-of-law village (省级法治村) is a demonstration village; a hotline's task sheets (12345…任务单);
officers who sat a test (组织210名执法人员进行法治知识测试) are not the officers in post; powers cut
(消减行政权力事项42项) are a change, not the list.

From a sixth battery, gathered from duty summaries, enforcement and disclosure reports: reconsiderations or
lawsuits about disclosures (受理政府信息公开行政复议2件) are a part of the body's cases, and penalty
decisions published in a disclosure's clause (依法依规发布…行政处罚22件) are not the cases decided. A
total of suggestions and proposals stays the suggestions' count, as the seeds label it. Random
inspections may be named with their schedule between (双随机季度检查7批次).
"""

from __future__ import annotations

import pytest

from fazhi.reading.extract import extract


def _coded(sentence: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.indicator) for f in extract(sentence)]


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("修订完善《合同管理办法》《财务报销制度》等12项规章制度。", 12, None),
        ("制定了《首问负责制度》《限时办结制度》等10余项规章制度。", 10, None),
        ("本年度制定内部规章制度6项。", 6, None),
        ("建立健全内部规章制度8项，做到用制度管人管事。", 8, None),
        ("制定政府规章2部，均按时报送备案。", 2, "rules.gov_rules"),
        ("全年出台规章3件、规范性文件11件。", 3, "rules.gov_rules"),
    ],
)
def test_a_bodys_own_rules_of_conduct_are_not_government_rules(sentence, count, code):
    coded = _coded(sentence)
    assert (count, code) in coded
    if code is None:
        assert all(c != "rules.gov_rules" for _, c in coded)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("进驻大厅的政务服务事项上网办理率为92.4%，较上年提高6个百分点。", 92.4),
        ("全镇便民服务事项上网办理率达100%。", 100),
    ],
)
def test_a_share_handled_online_said_shang_wang(sentence, count):
    assert (count, "functions.online_service_rate") in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("举办法治专题讲座6场，讲授执法程序，提升干部依法办事能力。", 6, "education.trainings"),
        ("各级各部门围绕习近平法治思想举办专题讲座180余次。", 180, "education.trainings"),
        ("组织区政府常务会议法治专题讲座3次。", 3, "leadership.pre_meeting_study_sessions"),
        ("落实区政府常务会议学法制度，举办法治专题讲座4次。", 4, None),
        ("将法治内容纳入党组理论学习中心组学习计划，全年组织专题讲座3次。", 3, None),
        ("召开区政府全体会议学习《行政复议法》，举行法治专题讲座2场。", 2, None),
    ],
)
def test_a_law_lecture_is_a_training_unless_a_meeting_holds_it(sentence, count, code):
    coded = _coded(sentence)
    assert (count, code) in coded
    if code is None:
        assert all(c != "education.trainings" for _, c in coded)


def test_publicity_in_another_clause_does_not_make_a_lecture_an_event():
    sentence = "把学习宣传习近平法治思想作为重要任务，市政府举办法治专题讲座2次。"
    assert (2, "education.trainings") in _coded(sentence)
    assert (12, "education.activities") in _coded("开展法治宣传和法治讲座12次。")


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("全年共主动公开公文类政府信息（不含过程性信息）63件。", 63, "oversight.proactive_disclosures"),
        ("因属于过程性信息不予公开2件。", 2, None),
        ("行政许可类2210件；行政检查类1375件。", 1375, "enforcement.inspections"),
        ("全镇办理行政处罚案件21起，行政检查案件88起。", 88, "enforcement.inspections"),
        ("监督检查中发现问题隐患23件，均已整改。", 23, None),
        ("制定抽查任务9项，抽查了37户市场主体。", 37, "enforcement.random_inspection_objects"),
    ],
)
def test_disclosures_inspections_and_entities_inspected(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("制定县级领导干部96项安全生产重点工作清单。", 96, None),
        ("印发年度工作要点，明确28项乡村振兴重点任务。", 28, None),
        ("印发年度法治政府建设工作要点，明确28项重点任务。", 28, "leadership.key_tasks"),
    ],
)
def test_key_tasks_of_another_field(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        (
            "对9名拟提请任命的国家机关工作人员进行了法律知识考试。",
            9,
            "leadership.pre_appointment_exam_takers",
        ),
        (
            "40名新提拔科级干部完成任前考法，全区国家工作人员参加在线学法考法5310人。",
            5310,
            None,
        ),
        (
            "共承办人大代表建议、政协委员提案26件，办结答复率100%，代表、委员满意度98%。",
            98,
            "oversight.suggestion_satisfaction_rate",
        ),
    ],
)
def test_exam_takers_and_the_deputies_satisfaction(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("实施街乡综合执法，215项市、区行政处罚权及行政强制权下放街道乡镇。", 215, None),
        ("局长办公会先后6次研究了安全生产执法检查、禁捕退捕等法治议题。", 6, None),
        ("全年开展安全生产执法检查6次。", 6, "enforcement.inspections"),
        ("电子证照调用率达100%，“一网通办”实办率达68.2%。", 68.2, None),
        ("政务服务事项“一网通办”率达98.2%。", 98.2, "functions.online_service_rate"),
        ("制定《〈区域一体化发展规划纲要〉实施方案》，52项清单任务有序推进。", 52, None),
        ("完成“一规划两纲要”中期评估，46项年度重点任务全面落实。", 46, "leadership.key_tasks"),
        ("全年召开党委会52次，审议决策事项610项。", 610, None),
        ("审议通过年度重大行政决策事项目录，确定决策事项5项。", 5, "decisions.catalog_items"),
    ],
)
def test_figures_on_reports_whose_labels_hold_none(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        (
            "开展案卷评查，随机调阅了7个执法单位办结的42件行政处罚案件。",
            42,
            "enforcement.case_files_reviewed",
        ),
        ("抽取各执法单位行政处罚案件60件进行评查。", 60, "enforcement.case_files_reviewed"),
        ("开展双随机抽查，发现违法行为后立案查处行政处罚案件12件。", 12, "enforcement.penalty_cases"),
        ("全年办理行政处罚案件320件。", 320, "enforcement.penalty_cases"),
    ],
)
def test_cases_drawn_for_review_are_case_files(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("书写张贴横幅标语40条，散发传单3000余份。", 3000, "education.materials"),
        ("利用集市、庙会等举办各类法制讲座26场次。", 26, "education.activities"),
        ("组织领导干部法制讲座4次。", 4, "education.trainings"),
        ("镇法律顾问全程参与，出具法律意见16次。", 16, "decisions.legal_opinions"),
        ("落实柔性执法，对轻微违法提醒不罚35件。", 35, "enforcement.minor_exemptions"),
        ("今年新增省级法治村2个。", 2, "education.demo_communities"),
        ("全年共收到12345热线任务单86件。", 86, "oversight.hotline_requests"),
        ("组织210名行政执法人员进行法治知识测试。", 210, None),
        ("全面推进放管服改革，消减行政权力事项42项。", 42, None),
        ("公布权责清单，共有行政权力事项1560项。", 1560, "functions.power_list_items"),
    ],
)
def test_forms_from_the_genres_next_to_the_report(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("全年受理政府信息公开行政复议3件，结果均维持。", 3, None),
        ("全年受理行政复议案件12件。", 12, "disputes.reconsideration_cases"),
        ("在门户网站依法依规发布行政处罚决定46件。", 46, None),
        ("全年办理行政处罚案件320件，均在网站公示。", 320, "enforcement.penalty_cases"),
        ("办理人大代表建议和政协委员提案80件，满意率100%。", 80, "oversight.npc_suggestions"),
        ("组织开展双随机季度检查4批次。", 4, "enforcement.random_inspection_batches"),
    ],
)
def test_disclosures_cases_and_a_total_of_suggestions(sentence, count, code):
    assert (count, code) in _coded(sentence)
