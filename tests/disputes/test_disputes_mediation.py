"""Mediation: organisations, cases, monthly reports, and the counts against a hand count."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from fazhi.core.actions import ActionRefused
from fazhi.core.providers import Period
from fazhi.disputes import indicators
from fazhi.disputes import mediation_actions as mediation

D = dt.date
YEAR = Period.year(2024)


def _case(actor, body, received_on, outcome, agreement=""):
    return mediation.record_case(
        actor,
        body,
        dispute_type="neighbour",
        source="application",
        parties="甲、乙",
        summary="宅基地边界",
        received_on=received_on,
        outcome=outcome,
        agreement_form=agreement,
        closed_on=received_on,
    )


def test_reports_and_cases_are_counted_once(filer_b, unit_b, government):
    village = mediation.register_organisation(filer_b, unit_b, name="某村人民调解委员会", kind="village")
    studio = mediation.register_organisation(filer_b, unit_b, name="老娘舅调解工作室", kind="studio")
    mediation.register_organisation(filer_b, unit_b, name="将来的调解室", kind="other", established_on=None)
    # The village reports March by month (10 mediated, 9 settled) and also logged 2 March cases:
    # the report stands for March. Its April cases (2, 1 settled) have no report and count.
    mediation.record_monthly_report(
        filer_b,
        village,
        month=D(2024, 3, 1),
        disputes_mediated=10,
        disputes_settled=9,
        written_agreements=5,
        oral_agreements=4,
    )
    _case(filer_b, village, D(2024, 3, 5), "settled", "written")
    _case(filer_b, village, D(2024, 3, 6), "settled", "oral")
    _case(filer_b, village, D(2024, 4, 2), "settled", "written")
    _case(filer_b, village, D(2024, 4, 3), "failed")
    _case(filer_b, studio, D(2024, 5, 3), "settled", "oral")
    assert indicators.mediation_organizations(government, YEAR).value == 3
    assert indicators.mediation_cases(government, YEAR).value == 13  # 10 + 2 + 1
    success = indicators.mediation_success_rate(government, YEAR)
    assert (success.value, success.numerator, success.denominator) == (Decimal("84.62"), 11, 13)


def test_a_report_settling_more_than_mediated_is_refused(filer_b, unit_b):
    village = mediation.register_organisation(filer_b, unit_b, name="某村人民调解委员会", kind="village")
    with pytest.raises(ActionRefused, match="调解成功的纠纷数多于调处的纠纷数"):
        mediation.record_monthly_report(
            filer_b, village, month=D(2024, 3, 1), disputes_mediated=3, disputes_settled=4
        )


def test_judicial_confirmation_within_thirty_days_of_a_written_agreement(filer_b, unit_b):
    village = mediation.register_organisation(filer_b, unit_b, name="某村人民调解委员会", kind="village")
    oral = _case(filer_b, village, D(2024, 3, 5), "settled", "oral")
    with pytest.raises(ActionRefused, match="只有书面调解协议"):
        mediation.record_judicial_confirmation(filer_b, oral, applied_on=D(2024, 3, 10), confirmed=True)
    written = _case(filer_b, village, D(2024, 3, 5), "settled", "written")
    with pytest.raises(ActionRefused, match="三十日内"):
        mediation.record_judicial_confirmation(filer_b, written, applied_on=D(2024, 4, 5), confirmed=True)
    mediation.record_judicial_confirmation(filer_b, written, applied_on=D(2024, 4, 4), confirmed=True)
    assert written.is_judicially_confirmed
