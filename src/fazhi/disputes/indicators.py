"""Indicator providers of reconsideration, for the organisation as respondent and everything below it.

- disputes.reconsideration_cases: cases accepted in the period (deemed acceptances included);
- disputes.reconsideration_correction_rate: the direct correction rate of the cases closed in the
  period (变更、撤销、确认违法、确认无效、责令履行 ÷ cases closed by a merits decision);
- disputes.reconsideration_hearing_rate: accepted cases closed in the period that had a hearing ÷
  accepted cases closed in the period.
- disputes.litigation_cases: lawsuits (every instance) served on the body in the period;
- disputes.head_appearance_rate: court hearings held in the period at which the head appeared ÷
  court hearings held in the period;
- disputes.litigation_losses / disputes.litigation_win_rate: lawsuits closed in the period by a
  losing judgment; won ÷ (won + lost), withdrawn and mediated suits being neither;
- disputes.mediation_organizations: mediation organisations in operation kept by the body's units;
- disputes.mediation_cases / disputes.mediation_success_rate: the monthly reports' counts, and the
  individual cases of every committee-month without a report (so nothing is counted twice).
- disputes.legal_aid_cases / disputes.public_legal_services: the months of the period in the
  units' legal-service tallies (legal aid; legal aid + notary + judicial appraisal + consultation +
  other).
The broader rate with self-correction is shown on the statistics page (queries.correction_rates);
docs/disputes.md gives every formula.
"""

from __future__ import annotations

from django.db.models import Count, Exists, F, OuterRef, Q, Sum
from django.db.models.functions import TruncMonth

from fazhi.core.providers import Measurement, Period, rate, subtree_ids
from fazhi.disputes.models import (
    LOSSES,
    WINS,
    CaseStatus,
    CourtHearing,
    Hearing,
    Lawsuit,
    LegalServiceReport,
    MediationCase,
    MediationOrganisation,
    MediationOutcome,
    MonthlyMediationReport,
    ReconsiderationCase,
)
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


def litigation_cases(organisation, period: Period) -> Measurement:
    count = Lawsuit.objects.filter(
        defendant_id__in=subtree_ids(organisation), served_on__range=(period.start, period.end)
    ).count()
    return Measurement(count, definition="本期收到起诉状副本的行政诉讼案件数（含一审、二审、再审）")


def head_appearance_rate(organisation, period: Period) -> Measurement | None:
    counts = CourtHearing.objects.filter(
        lawsuit__defendant_id__in=subtree_ids(organisation), held_on__range=(period.start, period.end)
    ).aggregate(total=Count("pk"), appeared=Count("pk", filter=Q(head_appeared=True)))
    return rate(counts["appeared"], counts["total"], "本期开庭中行政机关负责人出庭应诉的庭次 ÷ 本期开庭庭次")


def _closed_lawsuits(organisation, period: Period):
    return Lawsuit.objects.filter(
        defendant_id__in=subtree_ids(organisation), closed_on__range=(period.start, period.end)
    ).aggregate(
        lost=Count("pk", filter=Q(outcome__in=sorted(LOSSES))),
        won=Count("pk", filter=Q(outcome__in=sorted(WINS))),
    )


def litigation_losses(organisation, period: Period) -> Measurement:
    return Measurement(
        _closed_lawsuits(organisation, period)["lost"], definition="本期判决败诉的行政诉讼案件数"
    )


def litigation_win_rate(organisation, period: Period) -> Measurement | None:
    counts = _closed_lawsuits(organisation, period)
    return rate(
        counts["won"],
        counts["won"] + counts["lost"],
        "本期胜诉案件数 ÷ 本期以判决、裁定结案的案件数（撤诉、调解结案不计）",
    )


def mediation_organizations(organisation, period: Period) -> Measurement:
    count = (
        MediationOrganisation.objects.filter(organisation_id__in=subtree_ids(organisation), is_active=True)
        .exclude(established_on__gt=period.end)
        .count()
    )
    return Measurement(count, definition="期末在运行的调解组织数")


def _mediation_counts(organisation, period: Period) -> tuple[int, int]:
    """(mediated, settled): monthly reports plus the cases of committee-months without a report."""
    ids = subtree_ids(organisation)
    first_month = period.start.replace(day=1)
    reports = MonthlyMediationReport.objects.filter(
        mediation_organisation__organisation_id__in=ids, month__range=(first_month, period.end)
    ).aggregate(mediated=Sum("disputes_mediated"), settled=Sum("disputes_settled"))
    reported = MonthlyMediationReport.objects.filter(
        mediation_organisation=OuterRef("mediation_organisation"), month=OuterRef("received_month")
    )
    cases = (
        MediationCase.objects.filter(
            mediation_organisation__organisation_id__in=ids,
            received_on__range=(period.start, period.end),
        )
        .exclude(outcome="")
        .annotate(received_month=TruncMonth("received_on"))
        .exclude(Exists(reported))
        .aggregate(mediated=Count("pk"), settled=Count("pk", filter=Q(outcome=MediationOutcome.SETTLED)))
    )
    return (
        (reports["mediated"] or 0) + cases["mediated"],
        (reports["settled"] or 0) + cases["settled"],
    )


def mediation_cases(organisation, period: Period) -> Measurement:
    mediated, _settled = _mediation_counts(organisation, period)
    return Measurement(mediated, definition="本期调处的矛盾纠纷数（调解月报数加未报月报的逐案登记数）")


def mediation_success_rate(organisation, period: Period) -> Measurement | None:
    mediated, settled = _mediation_counts(organisation, period)
    return rate(settled, mediated, "本期调解成功的纠纷数 ÷ 本期调处的纠纷数")


def _legal_service_reports(organisation, period: Period):
    return LegalServiceReport.objects.filter(
        organisation_id__in=subtree_ids(organisation),
        month__range=(period.start.replace(day=1), period.end),
    )


def legal_aid_cases(organisation, period: Period) -> Measurement:
    total = _legal_service_reports(organisation, period).aggregate(n=Sum("legal_aid_cases"))["n"]
    return Measurement(total or 0, definition="本期各月报送的法律援助案件数之和")


def public_legal_services(organisation, period: Period) -> Measurement:
    total = _legal_service_reports(organisation, period).aggregate(
        n=Sum(
            F("legal_aid_cases")
            + F("notarizations")
            + F("judicial_appraisals")
            + F("consultations")
            + F("other_services")
        )
    )["n"]
    return Measurement(
        total or 0, definition="本期各月报送的法律援助、公证、司法鉴定、法律咨询及其他公共法律服务件数之和"
    )


PROVIDERS = {
    "disputes.legal_aid_cases": legal_aid_cases,
    "disputes.public_legal_services": public_legal_services,
    "disputes.litigation_cases": litigation_cases,
    "disputes.head_appearance_rate": head_appearance_rate,
    "disputes.litigation_losses": litigation_losses,
    "disputes.litigation_win_rate": litigation_win_rate,
    "disputes.mediation_organizations": mediation_organizations,
    "disputes.mediation_cases": mediation_cases,
    "disputes.mediation_success_rate": mediation_success_rate,
    "disputes.reconsideration_cases": reconsideration_cases,
    "disputes.reconsideration_correction_rate": reconsideration_correction_rate,
    "disputes.reconsideration_hearing_rate": reconsideration_hearing_rate,
}
