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
  no later item (开展12次会前学法、4次专题讲座: 会前…专题讲座 is not the second item's).
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
