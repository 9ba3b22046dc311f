"""Indicator providers for ``rules.normdocs_*`` (the one door to the cycle apps).

Each answers for the organisation and everything below it, over one period;
counts run one aggregate query. The filing rates follow the report wording:
报备率 = filed ÷ issued (due), 及时率 = filed on time ÷ filed, 规范率 = in due
form ÷ filed. A review that answers for a lower body's filing counts for the
body it was filed with.
"""

from __future__ import annotations

from django.db.models import Count, F, Q

from fazhi.core.providers import Measurement, Period, rate, subtree_ids
from fazhi.normdocs.models import (
    CleanupDecision,
    CleanupOutcome,
    DocumentFilingStatus,
    Filing,
    LegalityReview,
    NormativeDocument,
)


def _issued(organisation, period: Period):
    return NormativeDocument.objects.filter(
        organisation_id__in=subtree_ids(organisation), issued_on__range=(period.start, period.end)
    )


def _filed(organisation, period: Period):
    return Filing.objects.filter(
        document__organisation_id__in=subtree_ids(organisation), filed_on__range=(period.start, period.end)
    )


def _decided(organisation, period: Period):
    return Filing.objects.filter(
        receiver_id__in=subtree_ids(organisation), decided_on__range=(period.start, period.end)
    )


def _cleaned(organisation, period: Period):
    return CleanupDecision.objects.filter(
        document__organisation_id__in=subtree_ids(organisation), decided_on__range=(period.start, period.end)
    )


def normdocs_issued(organisation, period: Period) -> Measurement:
    return Measurement(_issued(organisation, period).count(), definition="本期印发的行政规范性文件件数")


def normdocs_reviewed(organisation, period: Period) -> Measurement:
    n = LegalityReview.objects.filter(
        document__organisation_id__in=subtree_ids(organisation), reviewed_on__range=(period.start, period.end)
    ).count()
    return Measurement(n, definition="本期完成合法性审核的件次（每轮审核计一次）")


def normdocs_filed(organisation, period: Period) -> Measurement:
    return Measurement(_filed(organisation, period).count(), definition="本期报送备案的规范性文件件数")


def normdocs_filing_reviewed(organisation, period: Period) -> Measurement:
    return Measurement(_decided(organisation, period).count(), definition="本期审查完毕的下级报备文件件数")


def normdocs_filing_rejected(organisation, period: Period) -> Measurement:
    n = _decided(organisation, period).filter(status=DocumentFilingStatus.REFUSED).count()
    return Measurement(n, definition="本期不予备案的件数")


def normdocs_filing_rate(organisation, period: Period) -> Measurement | None:
    counts = _issued(organisation, period).aggregate(due=Count("pk"), filed=Count("filing"))
    return rate(counts["filed"], counts["due"], "本期印发文件中已报送备案件数 ÷ 本期印发件数")


def normdocs_filing_timely_rate(organisation, period: Period) -> Measurement | None:
    counts = _filed(organisation, period).aggregate(
        filed=Count("pk"), timely=Count("pk", filter=Q(filed_on__lte=F("due_on")))
    )
    return rate(counts["timely"], counts["filed"], "按期报备件数 ÷ 本期报备件数")


def normdocs_filing_conformity_rate(organisation, period: Period) -> Measurement | None:
    counts = _filed(organisation, period).aggregate(
        filed=Count("pk"),
        conforming=Count("pk", filter=Q(has_report=True, has_text=True, has_drafting_notes=True)),
    )
    return rate(counts["conforming"], counts["filed"], "备案材料齐全规范件数 ÷ 本期报备件数")


def _cleanup_count(outcome: str | None, definition: str):
    def provider(organisation, period: Period) -> Measurement:
        decisions = _cleaned(organisation, period)
        if outcome is not None:
            decisions = decisions.filter(outcome=outcome)
        return Measurement(decisions.count(), definition=definition)

    return provider


PROVIDERS = {
    "rules.normdocs_issued": normdocs_issued,
    "rules.normdocs_reviewed": normdocs_reviewed,
    "rules.normdocs_filed": normdocs_filed,
    "rules.normdocs_filing_reviewed": normdocs_filing_reviewed,
    "rules.normdocs_filing_rejected": normdocs_filing_rejected,
    "rules.normdocs_filing_rate": normdocs_filing_rate,
    "rules.normdocs_filing_timely_rate": normdocs_filing_timely_rate,
    "rules.normdocs_filing_conformity_rate": normdocs_filing_conformity_rate,
    "rules.normdocs_cleaned": _cleanup_count(None, "本期清理中作出结论的规范性文件件数"),
    "rules.normdocs_retained": _cleanup_count(CleanupOutcome.RETAIN, "本期清理后保留件数"),
    "rules.normdocs_abolished": _cleanup_count(CleanupOutcome.ABOLISH, "本期清理中废止件数"),
    "rules.normdocs_expired": _cleanup_count(CleanupOutcome.EXPIRE, "本期清理中宣布失效件数"),
}
