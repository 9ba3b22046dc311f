"""Enforcement bodies (执法主体), their powers (职权), officers (执法人员) and certificates (执法证).

Rules: docs/enforcement.md. A body belongs to one organisation (the department or
township that holds the power in law, or the organisation a power is commissioned
to); every record below reaches its organisation through the body.
"""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from fazhi.core.models import TimeStampedModel, Versioned
from fazhi.org.models import Organisation


class BodyKind(models.TextChoices):
    STATUTORY = "statutory", _("statutory body")
    AUTHORISED = "authorised", _("body authorised by law")
    COMMISSIONED = "commissioned", _("commissioned body")


class BodyStatus(models.TextChoices):
    ACTIVE = "active", _("in force")
    WITHDRAWN = "withdrawn", _("withdrawn")


class EnforcementBody(TimeStampedModel):
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="enforcement_bodies",
    )
    name = models.CharField(_("name"), max_length=100)
    kind = models.CharField(_("kind"), max_length=16, choices=BodyKind.choices, default=BodyKind.STATUTORY)
    legal_basis = models.TextField(_("legal basis"))
    # A commissioned body (受委托组织) acts in the name of the body that commissioned it.
    commissioned_by = models.ForeignKey(
        "self",
        verbose_name=_("commissioned by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="commissioned_bodies",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=BodyStatus.choices, default=BodyStatus.ACTIVE
    )
    published_on = models.DateField(_("published on"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["organisation__sort_order", "name", "id"]
        verbose_name = _("enforcement body")
        verbose_name_plural = _("enforcement bodies")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "name"], name="enforcement_unique_body_name"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("enforcement:body", args=[self.pk])


class PowerKind(models.TextChoices):
    LICENCE = "licence", _("licensing")
    PENALTY = "penalty", _("penalty")
    COERCION = "coercion", _("coercion")
    INSPECTION = "inspection", _("administrative inspection")
    EXPROPRIATION = "expropriation", _("expropriation and requisition")
    OTHER = "other", _("other")


class Power(TimeStampedModel):
    """One power (职权) of a body, from the list of powers and responsibilities (权责清单)."""

    body = models.ForeignKey(
        EnforcementBody, verbose_name=_("enforcement body"), on_delete=models.CASCADE, related_name="powers"
    )
    code = models.CharField(_("code"), max_length=40)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=16, choices=PowerKind.choices)
    legal_basis = models.TextField(_("legal basis"), blank=True)
    # Needs legal review before a decision (重大执法决定法制审核目录清单).
    needs_legal_review = models.BooleanField(_("on the legal-review list"), default=False)

    history = HistoricalRecords()
    scope_paths = ("body__organisation",)

    class Meta:
        ordering = ["body", "code", "id"]
        verbose_name = _("power")
        verbose_name_plural = _("powers")
        constraints = [models.UniqueConstraint(fields=["body", "code"], name="enforcement_unique_power_code")]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class Officer(TimeStampedModel):
    body = models.ForeignKey(
        EnforcementBody, verbose_name=_("enforcement body"), on_delete=models.PROTECT, related_name="officers"
    )
    name = models.CharField(_("name"), max_length=30)
    staff_number = models.CharField(_("staff number"), max_length=30)
    is_active = models.BooleanField(_("in service"), default=True)
    # Holds the national legal professional qualification (法律职业资格): may review major decisions.
    has_legal_qualification = models.BooleanField(
        _("holds the legal professional qualification"), default=False
    )

    history = HistoricalRecords()
    scope_paths = ("body__organisation",)

    class Meta:
        ordering = ["body", "name", "id"]
        verbose_name = _("enforcement officer")
        verbose_name_plural = _("enforcement officers")
        constraints = [
            models.UniqueConstraint(fields=["body", "staff_number"], name="enforcement_unique_staff_number")
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("enforcement:officer", args=[self.pk])


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("valid")
    SUSPENDED = "suspended", _("suspended")
    REVOKED = "revoked", _("revoked")
    CANCELLED = "cancelled", _("cancelled")


class Certificate(Versioned, TimeStampedModel):
    """An enforcement certificate (行政执法证). Expired is read from ``expires_on``, not stored."""

    officer = models.ForeignKey(
        Officer, verbose_name=_("enforcement officer"), on_delete=models.PROTECT, related_name="certificates"
    )
    number = models.CharField(_("certificate number"), max_length=40, unique=True)
    field = models.CharField(_("field of enforcement"), max_length=60)
    issued_on = models.DateField(_("certificate issued on"))
    expires_on = models.DateField(_("expires on"))
    public_law_exam_passed_on = models.DateField(_("public-law exam passed on"))
    professional_exam_passed_on = models.DateField(_("professional exam passed on"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=CertificateStatus.choices, default=CertificateStatus.VALID
    )
    status_changed_on = models.DateField(_("status changed on"), null=True, blank=True)
    status_reason = models.CharField(_("reason"), max_length=200, blank=True)
    # After revocation (吊销) the officer may not apply again before this day.
    reapply_from = models.DateField(_("may reapply from"), null=True, blank=True)

    history = HistoricalRecords()
    scope_paths = ("officer__body__organisation",)

    class Meta:
        ordering = ["-issued_on", "id"]
        verbose_name = _("enforcement certificate")
        verbose_name_plural = _("enforcement certificates")

    def __str__(self) -> str:
        return self.number

    def is_valid_on(self, day) -> bool:
        return self.status == CertificateStatus.VALID and self.issued_on <= day <= self.expires_on


class Training(TimeStampedModel):
    officer = models.ForeignKey(
        Officer, verbose_name=_("enforcement officer"), on_delete=models.CASCADE, related_name="trainings"
    )
    held_on = models.DateField(_("date"))
    subject = models.CharField(_("subject"), max_length=200)
    hours = models.DecimalField(_("hours"), max_digits=5, decimal_places=1)

    history = HistoricalRecords()
    scope_paths = ("officer__body__organisation",)

    class Meta:
        ordering = ["-held_on", "id"]
        verbose_name = _("training attendance")
        verbose_name_plural = _("training attendances")

    def __str__(self) -> str:
        return f"{self.officer} · {self.subject}"


class AnnualReview(TimeStampedModel):
    """The annual review (年审) of a certificate, run by the office."""

    certificate = models.ForeignKey(
        Certificate,
        verbose_name=_("enforcement certificate"),
        on_delete=models.CASCADE,
        related_name="reviews",
    )
    year = models.PositiveIntegerField(_("year"))
    training_hours = models.DecimalField(_("training hours"), max_digits=6, decimal_places=1)
    exam_passed = models.BooleanField(_("exam passed"))
    passed = models.BooleanField(_("passed"))
    reviewed_on = models.DateField(_("reviewed on"))
    note = models.CharField(_("note"), max_length=200, blank=True)

    history = HistoricalRecords()
    scope_paths = ("certificate__officer__body__organisation",)

    class Meta:
        ordering = ["-year", "id"]
        verbose_name = _("annual review")
        verbose_name_plural = _("annual reviews")
        constraints = [
            models.UniqueConstraint(fields=["certificate", "year"], name="enforcement_unique_annual_review")
        ]

    def __str__(self) -> str:
        return f"{self.certificate} · {self.year}"
