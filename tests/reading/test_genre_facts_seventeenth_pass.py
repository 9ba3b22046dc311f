"""Which indicator, or none, a figure belongs to: the seventeenth pass of issue 16 (eighteenth session).

Forms of the genre written for these tests (the sentences are our own), from the tuning part's misses
and from batteries of real phrasings gathered from pages outside the labelled set:
- a body's own rules of conduct (规章制度) are not government rules, wherever the word stands;
- a share of service items handled online may be said 上网办理率.
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
