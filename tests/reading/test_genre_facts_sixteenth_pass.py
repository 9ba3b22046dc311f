"""Which indicator, or none, a figure belongs to: the sixteenth pass of issue 16 (seventeenth session).

Forms of the genre written for these tests (the sentences are our own), from the tuning part's misses:
- a doubled counter a page left after a count (出具法律意见书41份件) keeps the count the words' before it;
- decisions taken in the year (全年作出重大行政决策110项) are not the items of the year's decision
  catalogue, unless the sentence names the catalogue.
"""

from __future__ import annotations

import pytest

from fazhi.reading.extract import extract


def _coded(sentence: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.indicator) for f in extract(sentence)]


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("审查各类合同23份、出具法律意见书57份件，覆盖率达100%。", 57, "decisions.legal_opinions"),
        ("全年办理行政复议案件14件份。", 14, "disputes.reconsideration_cases"),
        ("审查政府合同9件份，提出修改意见40余条。", 9, "decisions.contracts_reviewed"),
    ],
)
def test_a_doubled_counter_keeps_the_count_the_words_before_it(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "kept"),
    [
        ("严格履行法定程序，全年作出重大行政决策86项，均经合法性审查。", 86, False),
        ("本年度共做出重大行政决策事项7项。", 7, False),
        ("作出并纳入决策目录管理的重大行政决策事项6项。", 6, True),
        ("2024年纳入重大行政决策目录事项15项。", 15, True),
        ("公布年度重大行政决策事项目录，共计9项。", 9, True),
    ],
)
def test_decisions_taken_are_not_the_catalogues_items(sentence, count, kept):
    assert ((count, "decisions.catalog_items") in _coded(sentence)) is kept
