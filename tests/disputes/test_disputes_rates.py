"""The correction rates and the indicators against a hand count with every way a case ends."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from fazhi.core.providers import Period
from fazhi.disputes import actions, indicators
from fazhi.disputes.models import Outcome, ReconsiderationCase
from fazhi.disputes.queries import correction_rates

D = dt.date
HEARING = {"presiding": "王审", "hearing_officers": "李一、赵二", "clerk": "钱书"}


@pytest.fixture
def one_case_per_outcome(receive_case, reviewer):
    """Sixteen cases closed in 2024, one per outcome; plus one not accepted and one still open."""
    for outcome in Outcome.values:
        case = receive_case()
        if outcome == Outcome.ABANDONED:
            actions.request_supplement(reviewer, case, items="身份证明", served_on=D(2024, 10, 8))
            actions.deem_abandoned(reviewer, case, recorded_on=D(2024, 11, 20))
            continue
        if outcome not in {Outcome.WITHDRAWN, Outcome.REJECT_APPLICATION}:
            actions.accept(reviewer, case, decided_on=D(2024, 10, 8))
        if outcome in {Outcome.CHANGE, Outcome.UPHOLD}:
            actions.hold_hearing(
                reviewer, case, notice_served_on=D(2024, 10, 14), held_on=D(2024, 10, 21), **HEARING
            )
        actions.close(reviewer, case, outcome=outcome, closed_on=D(2024, 11, 20), reasons="理由")
    actions.not_accept(reviewer, receive_case(), decided_on=D(2024, 10, 9), reasons="不属于受理范围")
    actions.accept(reviewer, receive_case(), decided_on=D(2024, 10, 8))


def test_correction_rates_reproduce_the_hand_count(one_case_per_outcome):
    # Hand count: direct corrections 变更 撤销 确认违法 责令履行 确认无效 = 5; merits decisions
    # add 维持 驳回复议请求 行政协议 赔偿 = 9; self-corrections 撤回(纠正后) 调解 和解 = 3.
    rates = correction_rates(ReconsiderationCase.objects.all())
    assert (rates.direct.numerator, rates.direct.denominator, rates.direct.percent) == (5, 9, 55.56)
    assert (rates.broad.numerator, rates.broad.denominator, rates.broad.percent) == (8, 12, 66.67)


def test_indicators_against_the_hand_count(one_case_per_outcome, government):
    year = Period.year(2024)
    cases = indicators.reconsideration_cases(government, year)
    assert cases.value == 14  # 13 accepted and closed, 1 accepted and open
    correction = indicators.reconsideration_correction_rate(government, year)
    assert (correction.value, correction.numerator, correction.denominator) == (Decimal("55.56"), 5, 9)
    hearing = indicators.reconsideration_hearing_rate(government, year)
    # 13 accepted cases closed, 2 of them heard.
    assert (hearing.value, hearing.numerator, hearing.denominator) == (Decimal("15.38"), 2, 13)
    assert indicators.reconsideration_correction_rate(government, Period.year(2023)) is None


def test_a_unit_counts_only_its_own_cases(one_case_per_outcome, unit_b):
    assert indicators.reconsideration_cases(unit_b, Period.year(2024)).value == 0
