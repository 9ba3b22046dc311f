"""Which indicator, or none, a figure belongs to: the twenty-second pass of issue 16 (twenty-third session).

Forms of the genre written for these tests (the sentences are our own), from the batteries of real phrasings
gathered from pages outside the labelled set:
- deputies and CPPCC members submit suggestions and proposals; a government counts those it handles. A count
  of those submitted (委员们共提出提案356件) is the deputies' or the members', not the government's. Those the
  government handles keep their code, also when the sentence says who raised them (办理人大代表提出的建议33件)
  or, after the figure, that they were handled (代表共提出建议245件，已全部办结),
  and so do those the CPPCC received (``forms_in_context_probes.tsv`` holds 县政协全年共收到委员提案186件).
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
