"""Which indicator, or none, a figure belongs to: the twenty-second pass of issue 16 (twenty-third session).

Forms of the genre written for these tests (the sentences are our own), from the batteries of real phrasings
gathered from pages outside the labelled set:
- deputies and CPPCC members submit suggestions and proposals; a government counts those it handles. A count
  of those submitted (委员们共提出提案356件) is the deputies' or the members', not the government's. Those the
  government handles keep their code, also when the sentence says who raised them (办理人大代表提出的建议33件)
  or, after the figure, that they were handled (代表共提出建议245件，已全部办结),
  and so do those the CPPCC received (``forms_in_context_probes.tsv`` holds 县政协全年共收到委员提案186件);
- lists of figures before their nouns, from a sixteenth battery (b23, 236 rows, 175 right before these rules):
  an item's noun may follow its count after an issuer's word or 行政 (审查12件区政府规范性文件、8件合同; 印发3件
  行政规范性文件、2件政府规章), as after a level's word; abolished certification requirements are named in full
  (取消61项证明事项、保留24项证明事项); and a gapped alias whose first word sits in the counted item before names
  no later item (开展12次会前学法、4次专题讲座: 会前…专题讲座 is not the second item's);
- from a probe that joins pairs of the genre's common figures in lists (``/work/s45/listprobe.py``, outside the
  repository): an item's noun may end in a head noun its alias leaves out (办理12件法律援助案件、…; 调处12件矛盾
  纠纷、…), and the words of a list's other counted items are not the figure's own (办理行政应诉案件12件、办理行政
  处罚案件7件: the penalty cases are not lawsuits; 评查行政执法案卷12卷、办理行政处罚案件7件: nor files drawn for
  review);
- the same probe, with items that count no indicator: a figure before its noun is read with the words after it
  in its item, as it is with those before (配合7次人大执法检查, 发现7个审计问题, 开展12期党员教育培训,
  参加7次上级举办的培训, 新招录7名执法人员 count no indicator), and the words of the counted items before it are
  not its own (接待信访群众12人次、受理行政复议案件7件: the cases are cases);
- the probe with more items: an item's noun may follow a short modifier of its own, with no verb in it (明确12项
  法治政府建设重点任务、…; 全市1200个人民调解组织、…), and a gapped alias begun in a counted item before names no
  later item that names its own act (培训执法人员12人次、新招录执法人员7名). A list of changes to the list of powers
  stays one (部门间移交2项行政权力事项 is a change, as 新增, 取消 are);
- suggestions and proposals are also counted in 个 (b23: 负责办理政协提案27个，人大建议13个).
"""

from __future__ import annotations

import pytest

from fazhi.reading.extract import extract

SUGGESTIONS = "oversight.npc_suggestions"
PROPOSALS = "oversight.cppcc_proposals"


def _coded(sentence: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.indicator) for f in extract(sentence)]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("今年，部分委员共向大会提交提案12件。", 12),
        ("市政协十届二次会议期间，委员们共提出提案356件。", 356),
        ("区政协五届二次会议期间，各界委员提交提案187件，经审查立案165件。", 187),
        ("市人大代表在会上共提出建议45件。", 45),
    ],
)
def test_suggestions_and_proposals_submitted_are_not_those_handled(sentence, count):
    coded = _coded(sentence)
    assert (count, SUGGESTIONS) not in coded and (count, PROPOSALS) not in coded


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("全年共承办市人大代表建议86件、市政协委员提案124件，办复率100%。", 124, PROPOSALS),
        ("共收到人大代表建议和政协委员提案156件，均已按期办结。", 156, SUGGESTIONS),
        ("市政府共承办政协提案208件，其中主办135件。", 208, PROPOSALS),
        ("今年共办理市政协委员提交的提案58件。", 58, PROPOSALS),
        ("办理人大代表提出的建议33件，政协委员提出的提案41件。", 41, PROPOSALS),
        ("人大代表、政协委员提出的建议和提案共68件，已全部办结。", 68, SUGGESTIONS),
        ("市人大代表共提出建议245件，已按规定全部办结并答复代表。", 245, SUGGESTIONS),
    ],
)
def test_suggestions_and_proposals_the_government_handles_keep_their_code(sentence, count, code):
    assert (count, code) in _coded(sentence)


NORMDOCS_REVIEWED = "rules.normdocs_reviewed"
NORMDOCS_ISSUED = "rules.normdocs_issued"
CERTIFICATES_ABOLISHED = "functions.certificates_abolished"
PRE_MEETING = "leadership.pre_meeting_study_sessions"


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("审查12件行政规范性文件、8件合同。", 12, NORMDOCS_REVIEWED),
        ("审查12件区政府规范性文件、8件合同。", 12, NORMDOCS_REVIEWED),
        ("印发3件行政规范性文件、2件政府规章。", 3, NORMDOCS_ISSUED),
        ("取消61项证明事项、保留24项证明事项。", 61, CERTIFICATES_ABOLISHED),
        ("经省政府研究，决定取消61项省级证明事项、保留24项省级证明事项。", 61, CERTIFICATES_ABOLISHED),
    ],
)
def test_a_list_items_noun_after_its_count_and_a_modifier_names_it(sentence, count, code):
    assert (count, code) in _coded(sentence)


def test_requirements_kept_beside_those_abolished_are_not_abolished():
    assert (24, CERTIFICATES_ABOLISHED) not in _coded("取消61项证明事项、保留24项证明事项。")


@pytest.mark.parametrize(
    "sentence",
    ["开展12次会前学法、4次专题讲座。", "组织9次会前学法、4次法治讲座。"],
)
def test_a_gapped_alias_from_the_counted_item_before_names_no_later_item(sentence):
    coded = _coded(sentence)
    assert coded[0][1] == PRE_MEETING
    assert coded[1][1] != PRE_MEETING


def test_a_list_with_no_count_of_its_own_keeps_its_act():
    sentence = "出台《养老服务办法》、《救助供养实施细则》等14件规范性文件。"
    assert (14, NORMDOCS_ISSUED) in _coded(sentence)


LEGAL_AID = "disputes.legal_aid_cases"
MEDIATION = "disputes.mediation_cases"
PENALTY_CASES = "enforcement.penalty_cases"
LITIGATION = "disputes.litigation_cases"
CASE_FILES = "enforcement.case_files_reviewed"


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("全年办理12件法律援助案件、开展7场法治培训。", 12, LEGAL_AID),
        ("调处12件矛盾纠纷、出具7份法律意见书。", 12, MEDIATION),
        ("受理9件行政复议案件、调处30件矛盾纠纷、办理15件法律援助案件。", 30, MEDIATION),
    ],
)
def test_a_list_items_noun_may_end_in_a_head_noun_its_alias_leaves_out(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("办理行政处罚案件12件、办理行政应诉案件7件。", 12, PENALTY_CASES),
        ("办理行政应诉案件12件、办理行政处罚案件7件。", 7, PENALTY_CASES),
        ("办理行政应诉案件12件、办理行政处罚案件7件。", 12, LITIGATION),
        ("办理行政处罚案件12件、评查行政执法案卷7卷。", 12, PENALTY_CASES),
        ("评查行政执法案卷12卷、办理行政处罚案件7件。", 7, PENALTY_CASES),
    ],
)
def test_the_words_of_a_lists_other_counted_items_are_not_the_figures(sentence, count, code):
    assert (count, code) in _coded(sentence)


def test_a_figures_own_words_still_make_penalty_cases_lawsuits():
    assert (5, PENALTY_CASES) not in _coded("出庭应诉…等5起诉我局行政处罚案。")


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("开展案卷评查，随机调阅了7个执法单位办结的42件行政处罚案件。", 42),
        ("抽查行政许可、行政处罚案件86件进行评查。", 86),
    ],
)
def test_a_figures_own_words_still_draw_case_files_for_review(sentence, count):
    assert (count, CASE_FILES) in _coded(sentence)


INSPECTIONS = "enforcement.inspections"
PROBLEMS = "leadership.problems_listed"
TRAININGS = "education.trainings"
OFFICERS = "enforcement.officers"
RECONSIDERATION = "disputes.reconsideration_cases"


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("审查12件行政规范性文件、配合7次人大执法检查。", 7, INSPECTIONS),
        ("出具12份法律意见书、发现7个审计问题。", 7, PROBLEMS),
        ("开展12期党员教育培训、开展7场法治培训。", 12, TRAININGS),
        ("办理12件法律援助案件、参加7次上级举办的培训。", 7, TRAININGS),
        ("新招录12名执法人员、开展7场法治培训。", 12, OFFICERS),
    ],
)
def test_a_figure_before_its_noun_is_read_with_the_words_after_it(sentence, count, code):
    assert (count, code) not in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("开展12期党员教育培训、开展7场法治培训。", 7, TRAININGS),
        ("参加上级举办的培训12次、开展法治培训7场。", 7, TRAININGS),
        ("接待信访群众12人次、受理行政复议案件7件。", 7, RECONSIDERATION),
        ("组织开展执法检查9次、配合人大执法检查3次。", 9, INSPECTIONS),
    ],
)
def test_the_words_of_the_counted_items_before_a_figure_are_not_its_own(sentence, count, code):
    assert (count, code) in _coded(sentence)


KEY_TASKS = "leadership.key_tasks"
MEDIATION_ORGANIZATIONS = "disputes.mediation_organizations"
POWER_LIST = "functions.power_list_items"
OFFICERS_TRAINED = "enforcement.officers_trained"


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("明确12项法治政府建设重点任务、开展7场法治培训。", 12, KEY_TASKS),
        ("全市1200个人民调解组织、8000余名人民调解员参与调解。", 1200, MEDIATION_ORGANIZATIONS),
    ],
)
def test_a_list_items_noun_may_follow_a_short_modifier(sentence, count, code):
    assert (count, code) in _coded(sentence)


def test_a_modifier_with_a_verb_is_no_item_noun():
    assert (12, KEY_TASKS) not in _coded("组织12个乡镇开展重点任务、7个部门开展专项检查。")


def test_a_gapped_alias_from_a_counted_item_names_no_item_with_its_own_act():
    assert (7, OFFICERS_TRAINED) not in _coded("培训执法人员12人次、新招录执法人员7名。")


def test_a_transfer_between_departments_changes_the_list_of_powers():
    assert (2, POWER_LIST) not in _coded("共取消12项，新增9项、部门间移交2项行政权力事项。")


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("今年县教育局负责办理政协提案27个，人大建议13个。", 27, PROPOSALS),
        ("今年县教育局负责办理政协提案27个，人大建议13个。", 13, SUGGESTIONS),
    ],
)
def test_suggestions_and_proposals_counted_in_ge(sentence, count, code):
    assert (count, code) in _coded(sentence)


def test_opinions_and_suggestions_of_the_public_in_ge_are_no_deputies_suggestions():
    assert (56, SUGGESTIONS) not in _coded("收集群众意见建议56个。")
