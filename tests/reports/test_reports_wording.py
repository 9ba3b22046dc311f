"""How a figure is worded in the draft: the year-over-year change, and when there is none."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

from fazhi.reports.wording import fill


def figure(value, unit="件"):
    return SimpleNamespace(value=Decimal(value), unit=unit, source="computed", value_ids=[1])


def test_a_count_compares_with_last_year_when_last_year_had_one():
    text, filled = fill("全年办理{x}。", {}, {"x": (figure(14), figure(10))})
    assert text == "全年办理从10件增至14件。"
    assert filled[0].previous == Decimal(10)


def test_a_count_of_zero_last_year_is_not_worded_as_a_rise():
    # The region's first year on the platform: nothing was recorded the year before.
    text, filled = fill("全年办理{x}。", {}, {"x": (figure(23), figure(0))})
    assert text == "全年办理23件。"
    assert filled[0].previous is None


def test_a_rate_of_zero_last_year_is_still_compared():
    text, _ = fill("出庭率{x}。", {}, {"x": (figure("91.1", "%"), figure(0, "%"))})
    assert text == "出庭率从0%升至91.1%。"
