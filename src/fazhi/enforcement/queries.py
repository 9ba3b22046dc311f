"""The read side several views, the API, todo.py and the roster share."""

from __future__ import annotations

import datetime as dt

from django.db.models import Count, Exists, OuterRef, Q, Subquery

from fazhi.enforcement.models import (
    Certificate,
    CertificateStatus,
    ChainCheck,
    EnforcementBody,
    Officer,
    ProcessRecord,
    Publicity,
)


def valid_certificates(on: dt.date):
    return Certificate.objects.filter(status=CertificateStatus.VALID, issued_on__lte=on, expires_on__gte=on)


def with_certification(officers, on: dt.date):
    """``officers`` annotated ``is_certified``: holding a certificate valid on ``on``."""
    return officers.annotate(is_certified=Exists(valid_certificates(on).filter(officer=OuterRef("pk"))))


def certified_ratio(bodies, on: dt.date):
    """``bodies`` annotated with active officers and how many of them hold a valid certificate."""
    certified = Exists(valid_certificates(on).filter(officer=OuterRef("officers__pk")))
    return bodies.annotate(
        officer_count=Count("officers", filter=Q(officers__is_active=True), distinct=True),
        certified_count=Count("officers", filter=Q(officers__is_active=True) & Q(certified), distinct=True),
    )


def with_chain_head(bodies):
    """``bodies`` annotated with their chain head (last entry's number and hash) and latest verification."""
    last = ProcessRecord.objects.filter(body=OuterRef("pk")).order_by("-sequence")
    check = ChainCheck.objects.filter(body=OuterRef("pk")).order_by("-checked_at", "-id")
    return bodies.annotate(
        chain_entries=Subquery(last.values("sequence")[:1]),
        chain_head=Subquery(last.values("entry_hash")[:1]),
        verified_at=Subquery(check.values("checked_at")[:1]),
        verified_intact=Subquery(check.values("is_intact")[:1]),
    )


def roster_officers(body: EnforcementBody, on: dt.date):
    return with_certification(Officer.objects.filter(body=body), on)


def shown_publicity(today):
    return Publicity.objects.filter(
        published_on__isnull=False,
        published_on__lte=today,
        display_until__gte=today,
        withdrawn_on__isnull=True,
    ).select_related("case__body")


def masked(name: str) -> str:
    """张三 → 张*: the surname stays, as the usual publicity practice shows it."""
    return name[:1] + "*" * max(len(name) - 1, 1)


def party_shown(publicity: Publicity, today) -> str:
    case = publicity.case
    if case.party_is_natural_person and (
        publicity.name_shown_until is None or today > publicity.name_shown_until
    ):
        return masked(case.party_name)
    return case.party_name
