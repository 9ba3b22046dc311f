"""Value checks: ranges, units, percent 0–100, rate parts agreeing with the rate."""

from __future__ import annotations

from decimal import Decimal

import pytest

from fazhi.core.actions import ActionRefused
from fazhi.indicators import rules

RATE = "disputes.head_appearance_rate"
DEFINITION = "负责人出庭次数 ÷ 开庭次数"


def refused(**kwargs) -> str:
    code = kwargs.pop("code", RATE)
    value = kwargs.pop("value")
    with pytest.raises(ActionRefused) as caught:
        rules.check_value(code, value, **kwargs)
    return caught.value.message


def test_a_rate_with_agreeing_parts_passes():
    assert rules.check_value(RATE, "91.11", numerator=41, denominator=45, definition=DEFINITION) == Decimal(
        "91.11"
    )


def test_rate_of_rounds_half_up_to_two_places():
    assert rules.rate_of(Decimal(2), Decimal(3)) == Decimal("66.67")
    assert rules.rate_of(Decimal(1), Decimal(8)) == Decimal("12.50")


def test_percent_above_100_or_as_fraction_is_refused_in_chinese():
    assert "0 到 100" in refused(value="120", numerator=12, denominator=10, definition=DEFINITION)


def test_negative_and_fractional_counts_are_refused():
    assert "不能为负数" in refused(code="disputes.litigation_losses", value="-1")
    assert "必须是整数" in refused(code="disputes.litigation_losses", value="1.5")
    assert rules.check_value("enforcement.penalty_amount", "4156500.50") == Decimal("4156500.50")


def test_parts_that_disagree_with_the_rate_are_refused_with_the_right_rate():
    message = refused(value="95", numerator=41, denominator=45, definition=DEFINITION)
    assert "91.11" in message


def test_rate_without_parts_or_definition_is_refused_unless_read_from_a_report():
    assert "分子和分母" in refused(value="90")
    assert "口径" in refused(value="90", numerator=9, denominator=10)
    assert rules.check_value(RATE, "90", parts_required=False) == Decimal("90")


def test_one_part_only_numerator_above_denominator_and_zero_denominator():
    assert "同时填写" in refused(value="90", numerator=9, definition=DEFINITION)
    assert "不能大于分母" in refused(value="90", numerator=11, denominator=10, definition=DEFINITION)
    assert "大于零" in refused(value="0", numerator=0, denominator=0, definition=DEFINITION)


def test_wrong_unit_unknown_code_and_parts_on_a_count():
    assert "%" in refused(value="90", unit="件", numerator=9, denominator=10, definition=DEFINITION)
    assert "未知的指标代码" in refused(code="disputes.nonsense", value="1")
    assert "只有比率" in refused(code="disputes.litigation_losses", value="1", numerator=1, denominator=2)


def test_not_a_number():
    assert "不是数字" in refused(code="disputes.litigation_losses", value="abc")
