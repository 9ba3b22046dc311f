"""An application deemed abandoned (视为放弃, 2023 law Art. 31): the supplement did not come in time."""

from __future__ import annotations

import datetime as dt

import pytest

from fazhi.core.actions import ActionRefused
from fazhi.core.providers import Period
from fazhi.disputes import actions, indicators, queries, todo
from fazhi.disputes import litigation_actions as litigation
from fazhi.disputes.models import CaseStatus, Outcome, ReconsiderationCase

D = dt.date


@pytest.fixture
def waiting(receive_case, reviewer):
    # Received Monday 2024-09-30; the notice served 10-08 after National Day. The applicant's ten
    # working days: 10-09 … 10-12 (an adjusted Saturday workday) … 10-21.
    case = receive_case()
    return actions.request_supplement(
        reviewer, case, items="身份证明、处罚决定书复印件", served_on=D(2024, 10, 8)
    )


def test_refused_while_the_applicant_may_still_supplement(reviewer, waiting, snapshot):
    before = snapshot(waiting)
    with pytest.raises(ActionRefused, match="2024-10-21"):
        actions.deem_abandoned(reviewer, waiting, recorded_on=D(2024, 10, 21))
    assert snapshot(ReconsiderationCase.objects.get(pk=waiting.pk)) == before


def test_the_case_closes_its_clocks_stop_and_no_rate_counts_it(reviewer, waiting, government):
    case = actions.deem_abandoned(reviewer, waiting, recorded_on=D(2024, 10, 22))
    case.refresh_from_db()
    assert (case.status, case.outcome, case.closed_on) == (
        CaseStatus.CLOSED,
        Outcome.ABANDONED,
        D(2024, 10, 22),
    )
    assert case.acceptance_due_on is None and case.decision_due_on is None
    event = case.events.get(verb="deem_abandoned")
    assert event.data == {"supplement_due": "2024-10-21"}
    counts = queries.case_counts(ReconsiderationCase.objects.all())
    assert counts["by_outcome"] == {Outcome.ABANDONED: 1}
    rates = queries.correction_rates(ReconsiderationCase.objects.all())
    assert (rates.direct.denominator, rates.broad.denominator) == (0, 0)
    assert indicators.reconsideration_cases(government, Period.year(2024)).value == 0


def test_only_the_action_records_abandonment(reviewer, receive_case):
    case = receive_case()
    actions.accept(reviewer, case, decided_on=D(2024, 10, 8))
    with pytest.raises(ActionRefused, match="补正期限"):
        actions.close(reviewer, case, outcome=Outcome.ABANDONED, closed_on=D(2024, 11, 1))
    with pytest.raises(ActionRefused):
        actions.deem_abandoned(reviewer, case, recorded_on=D(2024, 11, 1))


def test_the_office_records_it_from_the_case_page(login, reviewer, waiting):
    client = login(reviewer)
    assert "视为放弃" in client.get(f"/disputes/{waiting.pk}/").content.decode()
    response = client.post(f"/disputes/{waiting.pk}/step/deem_abandoned/", {"recorded_on": "2024-10-22"})
    assert response.status_code == 302
    waiting.refresh_from_db()
    assert waiting.outcome == Outcome.ABANDONED


def test_the_work_list_shows_supplements_past_their_day(reviewer, waiting):
    waiting.refresh_from_db()
    assert waiting.supplement_due_on == D(2024, 10, 21)
    lapsed = {item.label: item for item in todo.work_for(reviewer)}["补正期限已过、待记录视为放弃的申请"]
    assert (lapsed.count, lapsed.overdue, lapsed.due_on) == (1, 1, D(2024, 10, 21))
    actions.deem_abandoned(reviewer, waiting, recorded_on=D(2024, 10, 22))
    assert {item.label: item for item in todo.work_for(reviewer)}[
        "补正期限已过、待记录视为放弃的申请"
    ].count == 0


def test_a_suit_treated_as_withdrawn_is_neither_won_nor_lost(filer_a, unit_a, government):
    common = {
        "court": "德清县人民法院",
        "plaintiff": "某公司",
        "subject": "行政处罚",
        "served_on": D(2024, 3, 1),
    }
    won = litigation.register_lawsuit(filer_a, unit_a, court_case_number="(2024)浙0521行初1号", **common)
    absent = litigation.register_lawsuit(filer_a, unit_a, court_case_number="(2024)浙0521行初2号", **common)
    litigation.close_lawsuit(filer_a, won, outcome="reject_claim", closed_on=D(2024, 6, 1))
    litigation.close_lawsuit(filer_a, absent, outcome="deemed_withdrawn", closed_on=D(2024, 6, 1))
    rate = indicators.litigation_win_rate(government, Period.year(2024))
    assert (rate.numerator, rate.denominator) == (1, 1)
    assert indicators.litigation_losses(government, Period.year(2024)).value == 0
