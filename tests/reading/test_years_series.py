"""A series of years given respectively: only the report's year's figure is the indicator.

A report that looks back over several years opens a sentence with them and gives one figure for each after
分别 (2021年至2023年，全县行政处罚案件分别为1412件、1287件、1135件). The nearest alias named the first figure, an
earlier year's level, and the report's own year went uncoded. A battery written for figures of several bodies
and years (/work/s51b, twenty-ninth session) found the form; the sentences here are our own.
"""

from __future__ import annotations

import pytest

from fazhi.reading.extract import extract


def _coded(sentence: str, year: int | None) -> list[tuple[float, str | None]]:
    return [(float(fact.value), fact.indicator) for fact in extract(sentence, year)]


@pytest.mark.parametrize(
    ("sentence", "year", "coded"),
    [
        (
            "2021年至2023年，全县行政处罚案件分别为1318件、1206件、1172件。",
            2023,
            [(1318, None), (1206, None), (1172, "enforcement.penalty_cases")],
        ),
        (
            "2022年、2023年，全县行政机关负责人出庭应诉率分别为84.2%和96.5%。",
            2023,
            [(84.2, None), (96.5, "disputes.head_appearance_rate")],
        ),
        (
            "2022年和2023年，全市受理行政复议案件分别为412件和456件。",
            2022,
            [(412, "disputes.reconsideration_cases"), (456, None)],
        ),
        # the report's year not in the series: every figure is another year's
        (
            "2019年至2021年，全县行政处罚案件分别为1318件、1206件、1172件。",
            2023,
            [(1318, None), (1206, None), (1172, None)],
        ),
    ],
)
def test_only_the_reports_year_of_a_series_is_coded(sentence, year, coded):
    assert _coded(sentence, year) == [(float(value), code) for value, code in coded]


def test_a_year_alone_at_the_head_is_no_series():
    sentence = "2023年，全县行政处罚案件、行政复议案件分别为1172件、86件。"
    assert _coded(sentence, 2023) == [
        (1172.0, "enforcement.penalty_cases"),
        (86.0, "disputes.reconsideration_cases"),
    ]
