"""Indicator providers: decisions.contracts_reviewed, decisions.legal_opinions,
decisions.counsel_meetings (sums of participation records in the period) and
decisions.counsel_coverage_rate (party and government organs with counsel in
force on the last day of the period ÷ such organs), for the organisation and
everything below it."""

from __future__ import annotations

from django.db.models import Count, Exists, OuterRef, Q, Sum

from fazhi.core.providers import Measurement, Period, rate, subtree_ids
from fazhi.counsel.models import COVERED_KINDS, Engagement, Participation, ParticipationKind
from fazhi.org.models import Organisation


def _sum(kind: str, definition: str):
    def provider(organisation, period: Period) -> Measurement:
        total = Participation.objects.filter(
            engagement__organisation_id__in=subtree_ids(organisation),
            kind=kind,
            occurred_on__range=(period.start, period.end),
        ).aggregate(total=Sum("quantity"))["total"]
        return Measurement(total or 0, definition=definition)

    return provider


def counsel_coverage_rate(organisation, period: Period) -> Measurement | None:
    day = period.end
    in_force = Engagement.objects.filter(
        organisation=OuterRef("pk"), starts_on__lte=day, ends_on__gte=day
    ).exclude(ended_on__lt=day)
    counts = Organisation.objects.filter(
        pk__in=subtree_ids(organisation), kind__in=COVERED_KINDS, is_active=True
    ).aggregate(total=Count("pk"), covered=Count("pk", filter=Q(Exists(in_force))))
    return rate(counts["covered"], counts["total"], "期末聘有法律顾问或配备公职律师的党政机关数 ÷ 党政机关数")


PROVIDERS = {
    "decisions.contracts_reviewed": _sum(ParticipationKind.CONTRACT, "法律顾问、公职律师审查合同份数"),
    "decisions.legal_opinions": _sum(ParticipationKind.OPINION, "法律顾问、公职律师出具法律意见份数"),
    "decisions.counsel_meetings": _sum(ParticipationKind.MEETING, "法律顾问、公职律师参加会议次数"),
    "decisions.counsel_coverage_rate": counsel_coverage_rate,
}
