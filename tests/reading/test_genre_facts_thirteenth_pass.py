"""Which indicator, or none, a figure belongs to: the thirteenth pass of issue 16 (fourteenth session).

Forms of the genre from fresh pages (the sentences are our own): law-education and law-publicity
lectures (法治教育讲座, 法治宣传讲座) are law-education events, as 普法讲座 are.
"""

from __future__ import annotations

import pytest

from fazhi.reading.extract import extract


def _coded(sentence: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.indicator) for f in extract(sentence)]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("2023年已开展各类法治教育讲座46场，受益师生2万余人次。", 46),
        ("深入社区举办法治宣传讲座12场次。", 12),
    ],
)
def test_law_education_and_publicity_lectures_are_events(sentence, count):
    assert (count, "education.activities") in _coded(sentence)


def test_a_law_lecture_for_officials_stays_a_training():
    assert (30, "education.trainings") in _coded("开展法治讲座30场，受众5000余人。")
