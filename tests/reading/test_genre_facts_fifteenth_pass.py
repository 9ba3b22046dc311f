"""Which indicator, or none, a figure belongs to: the fifteenth pass of issue 16 (sixteenth session).

Forms of the genre written for these tests (the sentences are our own), from batteries of the codes the
held-out part misses most by aggregate (key tasks, trainings, penalty cases):
- the year's whole list said done, the year named as 全年 (全年法治政府建设15项重点任务已全部完成), is
  still the year's list, as it is with 2023年 or 年度.
"""

from __future__ import annotations

import pytest

from fazhi.reading.extract import extract


def _coded(sentence: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.indicator) for f in extract(sentence)]


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("全年法治政府建设15项重点任务已全部完成。", 15, "leadership.key_tasks"),
        ("今年确定的法治政府建设重点任务20项均已完成。", 20, "leadership.key_tasks"),
    ],
)
def test_the_years_whole_list_done(sentence, count, code):
    assert (count, code) in _coded(sentence)


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        # tasks done, not the list: the year named does not make them the list
        ("全年完成重点任务43项，完成率100%。", 43, "leadership.key_tasks"),
        ("全部完成市里交办的12项重点任务。", 12, "leadership.key_tasks"),
        # another kind of work's tasks
        ("全年执法检查任务15项已全部完成。", 15, "leadership.key_tasks"),
    ],
)
def test_tasks_done_are_not_the_list(sentence, count, code):
    assert (count, code) not in _coded(sentence)
