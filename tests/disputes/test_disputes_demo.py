"""The demo county's disputes: every part present, the rates as the demo data make them."""

from __future__ import annotations

from fazhi.disputes.models import Lawsuit, LegalServiceReport, MonthlyMediationReport, ReconsiderationCase
from fazhi.disputes.queries import correction_rates


def test_demo_has_cases_lawsuits_and_mediation_with_known_rates(demo_county):
    rates = correction_rates(ReconsiderationCase.objects.all())
    # Merits decisions: 撤销 维持 确认违法 责令履行 驳回复议请求 变更 (4 correct the act);
    # with self-correction: 撤回(纠正后) 调解 和解 on both sides.
    assert (rates.direct.numerator, rates.direct.denominator) == (4, 6)
    assert (rates.broad.numerator, rates.broad.denominator) == (7, 9)
    assert ReconsiderationCase.objects.filter(published_on__isnull=False).count() == 3
    assert Lawsuit.objects.count() == 6
    assert MonthlyMediationReport.objects.count() == 48
    assert LegalServiceReport.objects.count() == 48
