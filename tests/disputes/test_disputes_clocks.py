"""The clocks of a reconsideration case on known dates of the 2024 holiday schedule.

National Day 2024: 1–7 October off, Sunday 29 September and Saturday 12 October
worked. New Year 2024: 1 January off. Spring Festival 2025: Sunday 26 January worked.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fazhi.core.actions import ActionRefused, NeedsConfirmation
from fazhi.disputes import actions, clocks

D = dt.date


def test_received_the_day_before_a_holiday_review_ends_on_the_adjusted_workday():
    # 30 Sep + 5 working days: 8, 9, 10, 11 Oct and Saturday 12 Oct (调休).
    assert clocks.acceptance_due(D(2024, 9, 30), None).due == D(2024, 10, 12)


def test_a_supplement_restarts_the_review_from_its_receipt():
    assert clocks.acceptance_due(D(2024, 9, 30), D(2024, 10, 14)).due == D(2024, 10, 21)


def test_decision_period_ending_on_a_saturday_moves_to_monday():
    due = clocks.decision_due(
        received_on=D(2024, 9, 30),
        accepted_on=D(2024, 10, 8),
        simplified=False,
        extension_days=0,
        suspended_days=0,
    )
    assert due.due == D(2024, 12, 9)  # 60 days: Saturday 7 December


def test_extension_and_suspension_move_the_decision_day():
    due = clocks.decision_due(
        received_on=D(2024, 9, 30),
        accepted_on=D(2024, 10, 8),
        simplified=False,
        extension_days=30,
        suspended_days=20,
    )
    assert due.due == D(2025, 1, 26)  # 110 days: a Sunday worked before the Spring Festival


def test_simplified_procedure_three_five_thirty():
    assert clocks.copy_due(D(2024, 9, 30), D(2024, 10, 8), simplified=True).due == D(2024, 10, 11)
    assert clocks.copy_due(D(2024, 9, 30), D(2024, 10, 8), simplified=False).due == D(2024, 10, 16)
    assert clocks.answer_due(D(2024, 9, 30), D(2024, 10, 11), simplified=True).due == D(2024, 10, 17)
    assert clocks.answer_due(D(2024, 9, 30), D(2024, 10, 11), simplified=False).due == D(2024, 10, 24)
    due = clocks.decision_due(
        received_on=D(2024, 9, 30),
        accepted_on=D(2024, 10, 8),
        simplified=True,
        extension_days=0,
        suspended_days=0,
    )
    assert due.due == D(2024, 11, 7)


def test_old_law_answer_counts_calendar_days_new_law_working_days():
    # Copy received 22 Dec 2023: ten calendar days end on New Year's Day, so on 2 January.
    assert clocks.answer_due(D(2023, 12, 20), D(2023, 12, 22), simplified=False).due == D(2024, 1, 2)
    assert clocks.answer_due(D(2024, 1, 2), D(2023, 12, 22), simplified=False).due == D(2024, 1, 8)
    assert clocks.periods_for(D(2023, 12, 31)).law == "1999"
    assert clocks.periods_for(D(2024, 1, 1)).law == "2023"


@pytest.mark.parametrize(
    ("known_on", "act_on", "notified", "real_estate", "received_on", "last_day", "reason"),
    [
        (D(2024, 3, 1), D(2024, 3, 1), True, False, D(2024, 4, 1), D(2024, 4, 30), "60_days"),
        (D(2024, 3, 1), D(2024, 3, 1), False, False, D(2024, 4, 1), D(2025, 3, 1), "1_year"),
        (D(2024, 3, 1), D(2019, 6, 1), False, False, D(2024, 4, 1), D(2024, 6, 1), "5_years"),
        (D(2024, 3, 1), D(2019, 6, 1), False, True, D(2024, 4, 1), D(2025, 3, 1), "1_year"),
        # 1999 law: sixty days only; 30 April 2023 fell in the Labour Day holiday.
        (D(2023, 3, 1), D(2023, 3, 1), False, False, D(2023, 4, 1), D(2023, 5, 4), "60_days"),
    ],
)
def test_application_window(known_on, act_on, notified, real_estate, received_on, last_day, reason):
    window = clocks.application_window(
        known_on=known_on,
        act_on=act_on,
        notified_of_right=notified,
        real_estate=real_estate,
        received_on=received_on,
    )
    assert (window.last_day, window.reason) == (last_day, reason)


def test_case_received_before_a_holiday_is_deemed_accepted_after_the_review(receive_case, reviewer):
    case = receive_case()
    assert case.acceptance_due_on == D(2024, 10, 12)
    assert case.decision_due_on == D(2024, 12, 11)  # 60 days from 12 October
    actions.accept(reviewer, case, decided_on=D(2024, 10, 15), today=D(2024, 10, 15))
    assert (case.accepted_on, case.is_deemed_accepted) == (D(2024, 10, 12), True)
    assert case.decision_due_on == D(2024, 12, 11)


def test_suspension_stops_the_clock_and_resumption_restarts_it(receive_case, reviewer):
    case = receive_case()
    actions.accept(reviewer, case, decided_on=D(2024, 10, 8), today=D(2024, 10, 8))
    assert case.decision_due_on == D(2024, 12, 9)
    actions.suspend(reviewer, case, ground="mediation", started_on=D(2024, 11, 1))
    assert case.decision_due_on is None
    actions.resume(reviewer, case, resumed_on=D(2024, 11, 21), today=D(2024, 11, 21))
    assert case.decision_due_on == D(2024, 12, 27)  # 60 + 20 days stood still
    actions.extend(
        reviewer, case, days=30, approved_by="李科长", notified_on=D(2024, 11, 25), today=D(2024, 11, 25)
    )
    assert case.decision_due_on == D(2025, 1, 26)
    with pytest.raises(ActionRefused, match="只能延长一次"):
        actions.extend(
            reviewer, case, days=5, approved_by="李科长", notified_on=D(2024, 11, 26), today=D(2024, 11, 26)
        )


def test_extension_over_thirty_days_or_unapproved_is_refused(receive_case, reviewer):
    case = receive_case()
    actions.accept(reviewer, case, decided_on=D(2024, 10, 8), today=D(2024, 10, 8))
    with pytest.raises(ActionRefused, match="最多不超过30日"):
        actions.extend(
            reviewer, case, days=31, approved_by="李科长", notified_on=D(2024, 11, 25), today=D(2024, 11, 25)
        )
    with pytest.raises(ActionRefused, match="批准延期的行政复议机构负责人"):
        actions.extend(
            reviewer, case, days=30, approved_by=" ", notified_on=D(2024, 11, 25), today=D(2024, 11, 25)
        )
    with pytest.raises(ActionRefused, match="审理期限届满"):
        actions.extend(
            reviewer, case, days=30, approved_by="李科长", notified_on=D(2024, 12, 10), today=D(2024, 12, 10)
        )


def test_simplified_procedure_case(receive_case, reviewer):
    case = receive_case(act_kind="warning")
    actions.accept(reviewer, case, decided_on=D(2024, 10, 8), procedure="simplified", today=D(2024, 10, 8))
    assert case.decision_due_on == D(2024, 11, 7)
    actions.send_copy(reviewer, case, sent_on=D(2024, 10, 11))
    assert case.events.get(verb="send_copy").data == {"due": "2024-10-11", "on_time": True}


def test_simplified_procedure_refused_for_a_large_penalty_and_before_2024(receive_case, reviewer):
    case = receive_case(act_amount=5000)
    with pytest.raises(ActionRefused, match="三千元"):
        actions.accept(reviewer, case, decided_on=D(2024, 10, 8), procedure="simplified")
    old = receive_case(
        act_kind="warning", received_on=D(2023, 12, 1), known_on=D(2023, 11, 1), act_on=D(2023, 11, 1)
    )
    with pytest.raises(ActionRefused, match="2024年1月1日"):
        actions.accept(reviewer, old, decided_on=D(2023, 12, 4), procedure="simplified")


def test_supplement_once_and_within_the_review(receive_case, reviewer):
    case = receive_case()
    with pytest.raises(ActionRefused, match="视为受理"):
        actions.request_supplement(reviewer, case, items="身份证明", served_on=D(2024, 10, 14))
    actions.request_supplement(reviewer, case, items="身份证明；处罚决定书复印件", served_on=D(2024, 10, 8))
    # Ten working days from 8 October, Saturday 12 October among them.
    assert case.events.get(verb="request_supplement").data == {"applicant_due": "2024-10-21"}
    actions.receive_supplement(reviewer, case, received_on=D(2024, 10, 14))
    assert case.acceptance_due_on == D(2024, 10, 21)
    with pytest.raises(ActionRefused, match="只能通知一次"):
        actions.request_supplement(reviewer, case, items="其他", served_on=D(2024, 10, 15))


def test_not_accepting_after_the_review_is_refused(receive_case, reviewer):
    case = receive_case()
    with pytest.raises(ActionRefused, match="视为受理"):
        actions.not_accept(reviewer, case, decided_on=D(2024, 10, 14), reasons="超过申请期限")
    actions.not_accept(reviewer, case, decided_on=D(2024, 10, 11), reasons="不属于受理范围")
    assert case.status == "not_accepted"


def test_late_application_needs_confirmation(receive_case, reviewer):
    case = receive_case(known_on=D(2024, 6, 1), act_on=D(2024, 6, 1))
    with pytest.raises(NeedsConfirmation) as refused:
        actions.accept(reviewer, case, decided_on=D(2024, 10, 8))
    assert "2024-07-31" in refused.value.problems[0]
    actions.accept(reviewer, case, decided_on=D(2024, 10, 8), confirmed=True)
    assert case.events.get(verb="accept").data["late_accepted"] is True


def test_hearing_notice_five_working_days_ahead(receive_case, reviewer):
    case = receive_case()
    actions.accept(reviewer, case, decided_on=D(2024, 10, 8))
    people = {"presiding": "王审", "hearing_officers": "李一、赵二", "clerk": "钱书"}
    with pytest.raises(ActionRefused, match="5个工作日"):
        actions.hold_hearing(
            reviewer, case, notice_served_on=D(2024, 10, 14), held_on=D(2024, 10, 18), **people
        )
    actions.hold_hearing(reviewer, case, notice_served_on=D(2024, 10, 14), held_on=D(2024, 10, 21), **people)
    assert case.hearings.count() == 1


def test_major_case_is_decided_after_a_hearing(receive_case, reviewer):
    case = receive_case()
    actions.accept(reviewer, case, decided_on=D(2024, 10, 8), is_major=True)
    with pytest.raises(ActionRefused, match="听证后作出决定"):
        actions.close(reviewer, case, outcome="revoke", closed_on=D(2024, 11, 1), reasons="事实不清")


def test_a_case_against_the_government_itself_goes_up_a_level(receive_case, government):
    with pytest.raises(ActionRefused, match="上一级人民政府"):
        receive_case(respondent=government)
