"""Which indicator, or none, a figure belongs to: the twenty-seventh session's rules (issue 16).

Forms of the genre written for these tests (the sentences are our own). They come from batteries of page
beginnings written from the genre with every figure labelled, blind to the engine (``/work/s49``,
outside the repository): townships' and zones' reports (45 pages, 1,539 figures; precision 0.942, recall
0.976 before these rules), departments' reports, and pages with the noise of converted files.

- Not counted: the later items of a list that its clause's 其中 opens (其中土地纠纷47件、邻里纠纷95件: parts of
  the disputes mediated, as the first item is); villages honoured under another theme (和美乡村精品示范村).
"""

from __future__ import annotations

import pytest

from fazhi.reading.extract import extract


def _codes_of(sentence: str, value: float) -> list[str | None]:
    return [f.indicator for f in extract(sentence) if float(f.value) == value]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # every item of a breakdown that 其中 opens is a part, not only the first
        (
            "全年共调解矛盾纠纷188件，调解成功率98%，其中土地征用纠纷47件、邻里纠纷95件、婚姻家庭纠纷58件。",
            95,
        ),
        (
            "全年共调解矛盾纠纷188件，调解成功率98%，其中土地征用纠纷47件、邻里纠纷95件、婚姻家庭纠纷58件。",
            58,
        ),
        ("全年办理行政处罚案件512件，其中简易程序案件301件、普通程序案件211件。", 211),
        # a village honoured for another theme than democracy and the rule of law
        ("全镇建成和美乡村精品示范村2个、中心村3个。", 2),
        ("新创建产业示范村4个。", 4),
    ],
)
def test_a_figure_of_another_thing_does_not_get_the_code(sentence, value):
    assert _codes_of(sentence, value) == [None]


@pytest.mark.parametrize(
    ("sentence", "value", "code"),
    [
        # the total before the breakdown keeps its code
        ("全年共调解矛盾纠纷188件，其中土地征用纠纷47件、邻里纠纷95件。", 188, "disputes.mediation_cases"),
        # a list of totals without 其中 keeps each item's code
        ("全年审核县政府规范性文件14件、合同协议87份。", 87, "decisions.contracts_reviewed"),
        ("新创建省级民主法治示范村2个、市级8个。", 8, "education.demo_communities"),
    ],
)
def test_a_form_of_the_genre_gets_its_code(sentence, value, code):
    assert _codes_of(sentence, value) == [code]
