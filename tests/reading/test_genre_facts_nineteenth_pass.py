"""Which indicator, or none, a figure belongs to: the nineteenth pass of issue 16 (twentieth session).

Forms of the genre written for these tests (the sentences are our own), from batteries of real phrasings
gathered from pages outside the labelled set:
- random inspection tasks said 抽查检查任务 (spot-check inspection tasks), counted in 项 as 抽查任务 are; the
  tasks a plan set stay uncoded.
"""

from __future__ import annotations

import pytest

from fazhi.reading.extract import extract


def _coded(sentence: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.indicator) for f in extract(sentence)]


@pytest.mark.parametrize(
    ("sentence", "count", "code"),
    [
        ("全年开展双随机抽查检查任务58项，抽查企业310户。", 58, "enforcement.random_inspection_batches"),
        ("共完成了47项“双随机、一公开”抽查检查任务。", 47, "enforcement.random_inspection_batches"),
        ("年初制定双随机抽查检查任务30项。", 30, None),
    ],
)
def test_spot_check_inspection_tasks_are_random_batches(sentence, count, code):
    assert (count, code) in _coded(sentence)
