"""Indicator providers of reconsideration, for the organisation as respondent and everything below it.

- disputes.reconsideration_cases: cases accepted in the period (deemed acceptances included);
- disputes.reconsideration_correction_rate: the direct correction rate of the cases closed in the
  period (变更、撤销、确认违法、确认无效、责令履行 ÷ cases closed by a merits decision);
- disputes.reconsideration_hearing_rate: accepted cases closed in the period that had a hearing ÷
  accepted cases closed in the period.
The broader rate with self-correction is shown on the statistics page (queries.correction_rates);
docs/disputes.md gives every formula.
"""

from __future__ import annotations

from django.db.models import Count, Exists, OuterRef, Q

from fazhi.core.providers import Measurement, Period, rate, subtree_ids
from fazhi.disputes.models import CaseStatus, Hearing, ReconsiderationCase
from fazhi.disputes.queries import correction_rates


def _cases(organisation):
    return ReconsiderationCase.objects.filter(respondent_id__in=subtree_ids(organisation))


def reconsideration_cases(organisation, period: Period) -> Measurement:
    count = _cases(organisation).filter(accepted_on__range=(period.start, period.end)).count()
    return Measurement(count, definition="本期受理(含视为受理)的行政复议案件数")


def reconsideration_correction_rate(organisation, period: Period) -> Measurement | None:
    closed = _cases(organisation).filter(closed_on__range=(period.start, period.end))
    direct = correction_rates(closed).direct
    return rate(
        direct.numerator,
        direct.denominator,
        "本期以变更、撤销、确认违法、确认无效、责令履行决定结案的案件数 ÷ 本期作出实体决定结案的案件数",
    )


def reconsideration_hearing_rate(organisation, period: Period) -> Measurement | None:
    counts = (
        _cases(organisation)
        .filter(
            status=CaseStatus.CLOSED, accepted_on__isnull=False, closed_on__range=(period.start, period.end)
        )
        .aggregate(
            total=Count("pk"),
            heard=Count("pk", filter=Q(Exists(Hearing.objects.filter(case=OuterRef("pk"))))),
        )
    )
    return rate(
        counts["heard"], counts["total"], "本期审结的已受理案件中举行听证的件数 ÷ 本期审结的已受理案件数"
    )


PROVIDERS = {
    "disputes.reconsideration_cases": reconsideration_cases,
    "disputes.reconsideration_correction_rate": reconsideration_correction_rate,
    "disputes.reconsideration_hearing_rate": reconsideration_hearing_rate,
}
