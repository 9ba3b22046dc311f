"""Which indicator, or none, a figure belongs to: the second pass of issue 16 (3 December).

``fixtures/genre/city_figures_second_pass_2025.txt`` is a city's report written for these tests: the
shapes of the issue's missed and wrong classes (pre-meeting study, problems listed, local
regulations, minor-violation exemptions, contracts, the power list, the online rate, demonstration
villages; powers handed to townships, trainings at meetings, cadres trained) and of the tuning
pages' misses, in sentences of our own (places, bodies and numbers invented).
"""

from __future__ import annotations

import pytest

from .test_genre_fixtures import _reading

PAGE = "city_figures_second_pass_2025.txt"

# (value, code it must get, the shape)
CODED = [
    (15, "leadership.pre_meeting_study_sessions", "常务会议会前学法…学习法律法规15次"),
    (7, "leadership.pre_meeting_study_sessions", "会前学法, then 领学法律法规7次 in the next clause"),
    (48, "leadership.pre_appointment_exam_takers", "48名新提任…考试 with the exam words far right"),
    (32, "leadership.key_tasks", "5大项、32小项工作任务: the sub-items counted"),
    (2600, "enforcement.officers_trained", "培训…人次 after a sentence about enforcement officers"),
    (12, "education.trainings", "an activity whose quoted name is a training"),
    (9, "education.trainings", "培训9批次"),
    (5230, "functions.power_list_items", "权责清单…行政职权"),
    (53, "functions.permit_items", "53项行政许可、27项行政确认: a list item's noun after it"),
    (99.2, "functions.online_service_rate", "网上可办率提升至99.2%"),
    (97.5, "functions.online_service_rate", "“一网通办”比例"),
    (3, "rules.local_regulations", "制定地方性法规3部"),
    (22, "rules.normdocs_reviewed", "合法性审核…规范性文件22份"),
    (38, "decisions.contracts_reviewed", "审核…协议、合同38份 after the documents' own figure"),
    (39, "decisions.contracts_reviewed", "审查各类协议"),
    (213, "enforcement.minor_exemptions", "免予行政处罚213次"),
    (164, "enforcement.minor_exemptions", "“首违不罚”案件: a closing quote between alias and figure"),
    (7, "enforcement.random_inspection_batches", "抽查7批次"),
    (420, "enforcement.random_inspection_objects", "随机抽取企业420家次"),
    (3150, "enforcement.inspections", "执法检查3150家次"),
    (26, "enforcement.major_decisions_reviewed", "法制审核26次"),
    (19, "leadership.problems_listed", "督察反馈…，共涉及四个方面19个问题"),
    (25, "leadership.problems_listed", "25个问题、63项整改措施"),
    (6400, "oversight.hotline_requests", "12345热线受理诉求"),
    (5800, "oversight.hotline_requests", "热线…受理工单5800个"),
    (0, "disputes.litigation_losses", "无行政复议被撤销、行政诉讼败诉案件发生"),
    (21, "education.demo_communities", "省级民主法治示范村（社区）21个"),
]

# (value, why it gets no code)
UNCODED = [
    (8, "a training held before the executive meeting is no law training of officials"),
    (4, "a training of the theory study group is its own study, not a law training"),
    (3100, "people trained after a sentence about cadres, with no enforcement word: not officers"),
    (87, "items adjusted on the power list are changes, not the list's items"),
    (76, "powers handed to townships, named as the figure's noun: not penalty cases"),
    (1100, "powers concentrated (行使行政处罚权事项): not penalty cases"),
    (118, "powers transferred to townships (划转行政处罚事项): not penalty cases"),
    (27, "行政确认 is no indicator, and 行政许可 before it names 53 only"),
    (145, "非许可审批事项: not permit items"),
    (5, "regulations amended are not regulations enacted"),
    (2, "drafts of regulations are not regulations enacted"),
    (46, "regulations in force are not regulations enacted this year"),
    (6, "6项程序: the count's own noun, not the decision catalogue further right"),
    (63, "rectification measures are not problems"),
    (99, "rates after a clause counting another thing: not the hotline's, abstain"),
]


@pytest.mark.parametrize(("value", "code", "shape"), CODED, ids=[f"{row[0]}-{row[1]}" for row in CODED])
def test_a_figure_gets_the_code_of_what_it_counts(value, code, shape):
    found = [f.indicator for f in _reading(PAGE).facts if f.value == value]
    assert code in found, f"{value} ({shape}): {found}"


@pytest.mark.parametrize(("value", "why"), UNCODED, ids=[str(row[0]) for row in UNCODED])
def test_a_figure_about_something_else_gets_no_code(value, why):
    found = [f.indicator for f in _reading(PAGE).facts if f.value == value]
    assert found, f"{value} not read at all"
    assert all(code is None for code in found), f"{value} ({why}): {found}"
