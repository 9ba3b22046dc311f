"""Indicator providers for the enforcement.* codes these records compute, each one aggregate query
over the bodies of the organisation and everything below it. The random-inspection codes
(enforcement.random_*) belong to the ``inspections`` app."""

from __future__ import annotations

from decimal import Decimal

from django.db.models import Count, F, Q, Sum

from fazhi.core.providers import Measurement, Period, subtree_ids
from fazhi.enforcement.models import (
    BodyStatus,
    Case,
    CaseType,
    Certificate,
    CertificateStatus,
    EnforcementBody,
    Exemption,
    FileReview,
    Training,
)


def _decided(organisation, period: Period, **filters):
    return Case.objects.filter(
        body__organisation_id__in=subtree_ids(organisation),
        decided_on__range=(period.start, period.end),
        **filters,
    )


def bodies(organisation, period: Period) -> Measurement:
    count = (
        EnforcementBody.objects.filter(
            organisation_id__in=subtree_ids(organisation), status=BodyStatus.ACTIVE
        )
        .filter(Q(published_on__isnull=True) | Q(published_on__lte=period.end))
        .count()
    )
    return Measurement(count, definition="期末公布且有效的行政执法主体数")


def officers(organisation, period: Period) -> Measurement:
    day = period.end
    count = (
        Certificate.objects.filter(
            officer__body__organisation_id__in=subtree_ids(organisation),
            officer__is_active=True,
            status=CertificateStatus.VALID,
            issued_on__lte=day,
            expires_on__gte=day,
        )
        .values("officer")
        .distinct()
        .count()
    )
    return Measurement(count, definition="期末在岗且持有效执法证的执法人员数")


def certificates_processed(organisation, period: Period) -> Measurement:
    window = (period.start, period.end)
    count = Certificate.objects.filter(
        officer__body__organisation_id__in=subtree_ids(organisation)
    ).aggregate(
        issued=Count("pk", filter=Q(issued_on__range=window)),
        ended=Count(
            "pk",
            filter=Q(status_changed_on__range=window)
            & Q(status__in=[CertificateStatus.CANCELLED, CertificateStatus.REVOKED]),
        ),
    )
    return Measurement(
        count["issued"] + count["ended"], definition="期内核发（含换发）及注销、吊销的执法证件数"
    )


def officers_trained(organisation, period: Period) -> Measurement:
    count = Training.objects.filter(
        officer__body__organisation_id__in=subtree_ids(organisation),
        held_on__range=(period.start, period.end),
    ).count()
    return Measurement(count, definition="期内执法人员参加培训人次")


def penalty_cases(organisation, period: Period) -> Measurement:
    count = _decided(organisation, period, case_type=CaseType.PENALTY).exclude(exemption__gt="").count()
    return Measurement(count, definition="期内作出处罚决定的行政处罚案件数（不含免予处罚）")


def penalty_amount(organisation, period: Period) -> Measurement:
    total = _decided(organisation, period, case_type=CaseType.PENALTY).aggregate(
        total=Sum(F("fine_amount") + F("confiscation_amount"))
    )["total"]
    return Measurement(total or Decimal(0), definition="期内处罚决定的罚款与没收金额之和（元）")


def inspections(organisation, period: Period) -> Measurement:
    count = Case.objects.filter(
        body__organisation_id__in=subtree_ids(organisation),
        case_type=CaseType.INSPECTION,
        filed_on__range=(period.start, period.end),
    ).count()
    return Measurement(count, definition="期内登记的行政检查次数")


def case_files_reviewed(organisation, period: Period) -> Measurement:
    count = FileReview.objects.filter(
        case__body__organisation_id__in=subtree_ids(organisation),
        scored_on__range=(period.start, period.end),
    ).count()
    return Measurement(count, definition="期内评查打分的行政执法案卷数")


def major_decisions_reviewed(organisation, period: Period) -> Measurement:
    count = (
        Case.objects.filter(
            body__organisation_id__in=subtree_ids(organisation),
            legal_reviews__reviewed_on__range=(period.start, period.end),
        )
        .values("pk")
        .distinct()
        .count()
    )
    return Measurement(count, definition="期内经法制审核的重大执法决定案件数")


def _filed(case_type: str, definition: str):
    def provider(organisation, period: Period) -> Measurement:
        count = _decided(
            organisation, period, case_type=case_type, is_major=True, is_filed_for_record=True
        ).count()
        return Measurement(count, definition=definition)

    return provider


def minor_exemptions(organisation, period: Period) -> Measurement:
    count = _decided(organisation, period, exemption__in=[Exemption.FIRST_VIOLATION, Exemption.MINOR]).count()
    return Measurement(count, definition="期内依首违不罚、轻微不罚决定不予处罚的案件数")


PROVIDERS = {
    "enforcement.bodies": bodies,
    "enforcement.officers": officers,
    "enforcement.certificates_processed": certificates_processed,
    "enforcement.officers_trained": officers_trained,
    "enforcement.penalty_cases": penalty_cases,
    "enforcement.penalty_amount": penalty_amount,
    "enforcement.inspections": inspections,
    "enforcement.case_files_reviewed": case_files_reviewed,
    "enforcement.major_decisions_reviewed": major_decisions_reviewed,
    "enforcement.major_penalties_filed": _filed(CaseType.PENALTY, "期内备案的重大行政处罚决定数"),
    "enforcement.major_coercions_filed": _filed(CaseType.COERCION, "期内备案的重大行政强制决定数"),
    "enforcement.minor_exemptions": minor_exemptions,
}
