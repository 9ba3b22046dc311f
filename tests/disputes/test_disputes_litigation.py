"""Lawsuits: the head's appearance, outcomes, suggestions, and the rates against a hand count."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from fazhi.core.actions import ActionRefused
from fazhi.core.providers import Period
from fazhi.disputes import indicators
from fazhi.disputes import litigation_actions as litigation

D = dt.date
YEAR = Period.year(2024)


def _lawsuit(actor, defendant, number, **fields):
    values = {
        "court": "德清县人民法院",
        "plaintiff": "某公司",
        "subject": "行政处罚",
        "served_on": D(2024, 3, 1),
    }
    values.update(fields)
    return litigation.register_lawsuit(actor, defendant, court_case_number=number, **values)


HELD_ON = D(2024, 4, 10)


def _hearing(actor, lawsuit, appeared, held_on=HELD_ON):
    extra = {} if appeared else {"absence_reason": "duty", "absence_note": "参加防汛会议"}
    return litigation.record_court_hearing(
        actor,
        lawsuit,
        notice_received_on=D(2024, 4, 1),
        held_on=held_on,
        head_appeared=appeared,
        appeared_name="周立新" if appeared else "刘晓燕",
        appeared_title="副局长" if appeared else "科长",
        **extra,
    )


def test_rates_against_a_hand_count(filer_a, leader_a, filer_b, unit_a, unit_b, government):
    # unit_a: 3 lawsuits, 4 hearings (3 with the head); unit_b: 1 lawsuit, 1 hearing without.
    one = _lawsuit(filer_a, unit_a, "(2024)浙0521行初1号")
    two = _lawsuit(filer_a, unit_a, "(2024)浙0521行初2号")
    three = _lawsuit(filer_a, unit_a, "(2024)浙0521行初3号", served_on=D(2023, 12, 1))
    four = _lawsuit(filer_b, unit_b, "(2024)浙0521行初4号")
    for lawsuit, appeared in ((one, True), (one, True), (two, True), (three, False)):
        _hearing(filer_a, lawsuit, appeared)
    _hearing(filer_b, four, False)
    litigation.close_lawsuit(filer_a, one, outcome="reject_claim", closed_on=D(2024, 6, 1))
    litigation.close_lawsuit(filer_a, two, outcome="revoke", closed_on=D(2024, 6, 1))
    litigation.close_lawsuit(filer_a, three, outcome="withdrawn", closed_on=D(2024, 6, 1))
    litigation.close_lawsuit(filer_b, four, outcome="dismissed", closed_on=D(2024, 6, 1))

    assert indicators.litigation_cases(unit_a, YEAR).value == 2  # the third was served in 2023
    assert indicators.litigation_cases(government, YEAR).value == 3
    rate_a = indicators.head_appearance_rate(unit_a, YEAR)
    assert (rate_a.value, rate_a.numerator, rate_a.denominator) == (Decimal("75.00"), 3, 4)
    region = indicators.head_appearance_rate(government, YEAR)
    assert (region.value, region.numerator, region.denominator) == (Decimal("60.00"), 3, 5)
    assert indicators.litigation_losses(government, YEAR).value == 1
    won = indicators.litigation_win_rate(government, YEAR)
    assert (won.value, won.numerator, won.denominator) == (Decimal("66.67"), 2, 3)  # withdrawn: neither


def test_an_absent_head_needs_who_went_and_why(filer_a, unit_a):
    lawsuit = _lawsuit(filer_a, unit_a, "(2024)浙0521行初9号")
    with pytest.raises(ActionRefused, match="请选择理由"):
        litigation.record_court_hearing(
            filer_a,
            lawsuit,
            notice_received_on=D(2024, 4, 1),
            held_on=D(2024, 4, 10),
            head_appeared=False,
            appeared_name="刘晓燕",
        )


def test_another_unit_cannot_record_for_a_defendant(filer_b, unit_a):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        _lawsuit(filer_b, unit_a, "(2024)浙0521行初5号")


def test_suggestion_reply_is_due_in_two_months(filer_a, unit_a):
    suggestion = litigation.receive_suggestion(
        filer_a,
        unit_a,
        kind="judicial",
        issuer="德清县人民法院",
        received_on=D(2024, 5, 6),
        content="规范执法程序",
    )
    assert suggestion.reply_due_on == D(2024, 7, 5)
    litigation.reply_to_suggestion(filer_a, suggestion, replied_on=D(2024, 6, 20), reply="已整改")
    with pytest.raises(ActionRefused, match="已经回复"):
        litigation.reply_to_suggestion(filer_a, suggestion, replied_on=D(2024, 6, 21), reply="再次")
