"""Every change to bodies, powers, officers and certificates goes through here.

The office (the justice bureau, the government's enforcement-supervision body)
publishes bodies, issues certificates and runs the annual review; a body keeps
its own roster and powers (a unit's step, the office only by proxy entry).
Cases: ``actions_cases``; review, letters and complaints: ``actions_supervision``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.db.models import Sum
from django.utils.translation import gettext as _

from fazhi.core import dates
from fazhi.core.actions import ActionRefused, attribute_to, record_event
from fazhi.core.deadlines import local_today
from fazhi.core.duties import unit_step
from fazhi.core.scoping import Actor, Purpose, require
from fazhi.enforcement import rules
from fazhi.enforcement.models import (
    AnnualReview,
    BodyKind,
    Certificate,
    CertificateStatus,
    EnforcementBody,
    EnforcementEvent,
    Officer,
    Power,
    Training,
)
from fazhi.org.models import Organisation


def create_body(
    actor: Actor,
    organisation: Organisation,
    *,
    name: str,
    legal_basis: str,
    kind: str = BodyKind.STATUTORY,
    commissioned_by: EnforcementBody | None = None,
    published_on: dt.date | None = None,
) -> EnforcementBody:
    require(actor, Purpose.REVIEW, organisation)
    if not legal_basis.strip():
        raise ActionRefused(_("Give the legal basis of the body."), field="legal_basis")
    if (kind == BodyKind.COMMISSIONED) != (commissioned_by is not None):
        raise ActionRefused(
            _("A commissioned body names the body that commissioned it."), field="commissioned_by"
        )
    dates.check_date(published_on, field="published_on", label=_("The date of publication"))
    body = EnforcementBody(
        organisation=organisation,
        name=name.strip(),
        legal_basis=legal_basis.strip(),
        kind=kind,
        commissioned_by=commissioned_by,
        published_on=published_on,
    )
    body.full_clean()
    with transaction.atomic():
        attribute_to(actor, body)
        body.save()
        record_event(EnforcementEvent, actor=actor, verb="create", body=body, note=body.name)
    return body


def save_power(
    actor: Actor,
    body: EnforcementBody,
    *,
    code: str,
    name: str,
    kind: str,
    legal_basis: str = "",
    needs_legal_review: bool = False,
    proxy_reason: str = "",
) -> Power:
    """Add a power to the body's list, or change the one with the same code (an import run again)."""
    proxy = unit_step(actor, body.organisation, step=_("record the body's powers"), proxy_reason=proxy_reason)
    power = Power.objects.filter(body=body, code=code.strip()).first() or Power(body=body, code=code.strip())
    power.name, power.kind = name.strip(), kind
    power.legal_basis, power.needs_legal_review = legal_basis.strip(), needs_legal_review
    power.full_clean()
    with transaction.atomic():
        attribute_to(actor, power)
        power.save()
        record_event(
            EnforcementEvent,
            actor=actor,
            verb="update",
            body=body,
            note=str(power),
            data={"power": power.pk, **proxy},
        )
    return power


def add_officer(
    actor: Actor,
    body: EnforcementBody,
    *,
    name: str,
    staff_number: str,
    has_legal_qualification: bool = False,
    proxy_reason: str = "",
) -> Officer:
    proxy = unit_step(
        actor, body.organisation, step=_("keep the roster of officers"), proxy_reason=proxy_reason
    )
    if not name.strip():
        raise ActionRefused(_("Give the officer's name."), field="name")
    officer = Officer(
        body=body,
        name=name.strip(),
        staff_number=staff_number.strip(),
        has_legal_qualification=has_legal_qualification,
    )
    if Officer.objects.filter(body=body, staff_number=officer.staff_number).exists():
        raise ActionRefused(
            _("The body already has an officer with this staff number."), field="staff_number"
        )
    officer.full_clean()
    with transaction.atomic():
        attribute_to(actor, officer)
        officer.save()
        record_event(
            EnforcementEvent,
            actor=actor,
            verb="create",
            body=body,
            note=officer.name,
            data={"officer": officer.pk, **proxy},
        )
    return officer


def record_training(
    actor: Actor, officer: Officer, *, held_on: dt.date, subject: str, hours: Decimal, proxy_reason: str = ""
) -> Training:
    proxy = unit_step(actor, officer.body.organisation, step=_("record training"), proxy_reason=proxy_reason)
    dates.check_date(held_on, field="held_on", label=_("The date"))
    dates.check_not_future(held_on, field="held_on", label=_("The date"))
    if not Decimal(0) < Decimal(hours) <= Decimal(200):
        raise ActionRefused(_("Training hours lie between 0 and 200."), field="hours")
    training = Training(officer=officer, held_on=held_on, subject=subject.strip(), hours=hours)
    training.full_clean()
    with transaction.atomic():
        attribute_to(actor, training)
        training.save()
        record_event(
            EnforcementEvent,
            actor=actor,
            verb="train",
            body=officer.body,
            note=f"{officer.name} · {training.subject}",
            data={"officer": officer.pk, "hours": str(hours), **proxy},
        )
    return training


def _office_acts(actor: Actor, body: EnforcementBody) -> None:
    # Certificates and their review are the office's (the justice bureau runs the exams).
    require(actor, Purpose.REVIEW, body.organisation)


def issue_certificate(
    actor: Actor,
    officer: Officer,
    *,
    number: str,
    field: str,
    issued_on: dt.date,
    expires_on: dt.date,
    public_law_exam_passed_on: dt.date,
    professional_exam_passed_on: dt.date | None = None,
) -> Certificate:
    _office_acts(actor, officer.body)
    rules.check_certificate_dates(issued_on, expires_on, public_law_exam_passed_on)
    revoked = (
        Certificate.objects.filter(
            officer=officer, status=CertificateStatus.REVOKED, reapply_from__isnull=False
        )
        .order_by("-reapply_from")
        .values_list("reapply_from", flat=True)
        .first()
    )
    rules.check_may_apply(revoked, issued_on)
    if Certificate.objects.filter(number=number.strip()).exists():
        raise ActionRefused(_("A certificate with this number exists."), field="number")
    certificate = Certificate(
        officer=officer,
        number=number.strip(),
        field=field.strip(),
        issued_on=issued_on,
        expires_on=expires_on,
        public_law_exam_passed_on=public_law_exam_passed_on,
        professional_exam_passed_on=professional_exam_passed_on,
    )
    certificate.full_clean()
    with transaction.atomic():
        attribute_to(actor, certificate)
        certificate.save()
        record_event(
            EnforcementEvent,
            actor=actor,
            verb="certify",
            body=officer.body,
            note=f"{officer.name} · {certificate.number}",
            data={"officer": officer.pk, "certificate": certificate.pk},
        )
    return certificate


def training_hours(officer: Officer, year: int) -> Decimal:
    total = Training.objects.filter(officer=officer, held_on__year=year).aggregate(total=Sum("hours"))[
        "total"
    ]
    return total or Decimal(0)


def review_certificate(
    actor: Actor,
    certificate: Certificate,
    *,
    year: int,
    exam_passed: bool,
    reviewed_on: dt.date | None = None,
) -> AnnualReview:
    """The annual review (年审): fails below the year's training hours or after a failed exam,
    and a failed review suspends (暂扣) the certificate."""
    body = certificate.officer.body
    _office_acts(actor, body)
    reviewed_on = reviewed_on or local_today()
    dates.check_date(reviewed_on, field="reviewed_on", label=_("The date of the review"))
    if certificate.status != CertificateStatus.VALID:
        raise ActionRefused(_("Only a valid certificate is reviewed."), field="certificate")
    if AnnualReview.objects.filter(certificate=certificate, year=year).exists():
        raise ActionRefused(_("This certificate's review for the year is on record."), field="year")
    hours = training_hours(certificate.officer, year)
    passed = rules.annual_review_passes(hours, exam_passed)
    note = (
        ""
        if passed
        else _("Training hours %(hours)s of %(required)s; exam %(exam)s.")
        % {
            "hours": hours,
            "required": rules.training_hours_required(),
            "exam": _("passed") if exam_passed else _("failed"),
        }
    )
    review = AnnualReview(
        certificate=certificate,
        year=year,
        training_hours=hours,
        exam_passed=exam_passed,
        passed=passed,
        reviewed_on=reviewed_on,
        note=note,
    )
    with transaction.atomic():
        attribute_to(actor, review, certificate)
        review.save()
        record_event(
            EnforcementEvent,
            actor=actor,
            verb="annual_review",
            body=body,
            note=f"{certificate.number} · {year}",
            data={"certificate": certificate.pk, "passed": passed},
        )
        if not passed:
            _set_status(
                actor, certificate, CertificateStatus.SUSPENDED, reviewed_on, _("failed the annual review")
            )
    return review


def _set_status(actor: Actor, certificate: Certificate, status: str, on: dt.date, reason: str) -> None:
    certificate.status = status
    certificate.status_changed_on = on
    certificate.status_reason = reason[:200]
    if status == CertificateStatus.REVOKED:
        certificate.reapply_from = rules.years_after(on, rules.reapply_years())
    certificate.save()
    verb = {
        CertificateStatus.SUSPENDED: "suspend",
        CertificateStatus.REVOKED: "revoke",
        CertificateStatus.CANCELLED: "cancel",
        CertificateStatus.VALID: "certify",
    }[status]
    record_event(
        EnforcementEvent,
        actor=actor,
        verb=verb,
        body=certificate.officer.body,
        note=f"{certificate.number} · {reason}",
        data={"certificate": certificate.pk},
    )


# The states a certificate may leave for each other one.
CERTIFICATE_CHANGES = {
    CertificateStatus.SUSPENDED: {CertificateStatus.VALID},
    CertificateStatus.REVOKED: {CertificateStatus.VALID, CertificateStatus.SUSPENDED},
    CertificateStatus.CANCELLED: {CertificateStatus.VALID, CertificateStatus.SUSPENDED},
    CertificateStatus.VALID: {CertificateStatus.SUSPENDED},  # restored after retraining
}


def change_certificate(
    actor: Actor, certificate: Certificate, *, status: str, reason: str, on: dt.date | None = None
) -> Certificate:
    """Suspend (暂扣), restore, revoke (吊销: no new certificate for a set period) or cancel (注销:
    transfer or retirement, which also takes the officer off the roster)."""
    _office_acts(actor, certificate.officer.body)
    on = on or local_today()
    dates.check_date(on, field="on", label=_("The date"))
    if certificate.status not in CERTIFICATE_CHANGES[status]:
        raise ActionRefused(
            _("A %(state)s certificate cannot become %(target)s.")
            % {"state": certificate.get_status_display(), "target": CertificateStatus(status).label},
            field="status",
        )
    if not reason.strip():
        raise ActionRefused(_("Give the reason."), field="reason")
    with transaction.atomic():
        attribute_to(actor, certificate)
        _set_status(actor, certificate, status, on, reason.strip())
        if status == CertificateStatus.CANCELLED:
            officer = certificate.officer
            officer.is_active = False
            attribute_to(actor, officer)
            officer.save(update_fields=["is_active", "updated_at"])
    return certificate
