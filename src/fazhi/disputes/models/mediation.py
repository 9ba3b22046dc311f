"""People's mediation (人民调解) and other mediation: organisations, mediators, cases, and the
monthly statistics committees report.

A mediation organisation is kept by the unit responsible for it (the township or
street for village and community committees, the justice bureau for the others);
that unit's people and the region's office reach it and what hangs on it.
"""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from fazhi.core.models import Event, TimeStampedModel
from fazhi.org.models import Organisation


class MediationOrganisationKind(models.TextChoices):
    VILLAGE = "village", _("village mediation committee")
    COMMUNITY = "community", _("community mediation committee")
    TOWNSHIP = "township", _("township or street mediation committee")
    INDUSTRY = "industry", _("industry or professional mediation committee")
    STUDIO = "studio", _("named mediation studio")
    COURT = "court", _("mediation room at a court")
    POLICE = "police", _("mediation room at a police station")
    PETITION = "petition", _("mediation room for petitions")
    OTHER = "other", _("other mediation organisation")


class MediationOrganisation(TimeStampedModel):
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("responsible unit"),
        on_delete=models.PROTECT,
        related_name="mediation_organisations",
    )
    name = models.CharField(_("name"), max_length=100)
    kind = models.CharField(_("kind"), max_length=12, choices=MediationOrganisationKind.choices)
    established_on = models.DateField(_("established on"), null=True, blank=True)
    is_active = models.BooleanField(_("in operation"), default=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["organisation__sort_order", "name", "id"]
        verbose_name = _("mediation organisation")
        verbose_name_plural = _("mediation organisations")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "name"], name="disputes_mediation_org_unique_name"
            )
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("disputes:mediation_organisation", args=[self.pk])


class Mediator(TimeStampedModel):
    scope_paths = ("mediation_organisation__organisation",)

    mediation_organisation = models.ForeignKey(
        MediationOrganisation,
        verbose_name=_("mediation organisation"),
        on_delete=models.CASCADE,
        related_name="mediators",
    )
    name = models.CharField(_("name"), max_length=30)
    is_full_time = models.BooleanField(_("full-time"), default=False)
    is_active = models.BooleanField(_("in office"), default=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name", "id"]
        verbose_name = _("mediator")
        verbose_name_plural = _("mediators")

    def __str__(self) -> str:
        return self.name


class DisputeType(models.TextChoices):
    FAMILY = "family", _("marriage and family")
    NEIGHBOUR = "neighbour", _("neighbours")
    LAND = "land", _("land and property")
    CONTRACT = "contract", _("contracts and debts")
    LABOUR = "labour", _("labour and wages")
    DAMAGE = "damage", _("damage compensation")
    MEDICAL = "medical", _("medical disputes")
    TRAFFIC = "traffic", _("traffic accidents")
    OTHER = "other", _("other disputes")


class MediationSource(models.TextChoices):
    APPLICATION = "application", _("parties applied")
    INITIATIVE = "initiative", _("taken up on the committee's initiative")
    COURT = "court", _("entrusted by a court (诉调对接)")
    POLICE = "police", _("referred by the police")
    PETITION = "petition", _("referred from petitions")
    OTHER = "other", _("other referral")


class MediationOutcome(models.TextChoices):
    SETTLED = "settled", _("settled")
    FAILED = "failed", _("not settled")


class AgreementForm(models.TextChoices):
    WRITTEN = "written", _("written agreement")
    ORAL = "oral", _("oral agreement")


class MediationCase(TimeStampedModel):
    scope_paths = ("mediation_organisation__organisation",)

    mediation_organisation = models.ForeignKey(
        MediationOrganisation,
        verbose_name=_("mediation organisation"),
        on_delete=models.PROTECT,
        related_name="cases",
    )
    mediator = models.ForeignKey(
        Mediator,
        verbose_name=_("mediator"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    dispute_type = models.CharField(_("kind of dispute"), max_length=12, choices=DisputeType.choices)
    source = models.CharField(_("source"), max_length=12, choices=MediationSource.choices)
    parties = models.CharField(_("parties"), max_length=200)
    summary = models.CharField(_("dispute"), max_length=300)
    received_on = models.DateField(_("received on"))
    outcome = models.CharField(_("outcome"), max_length=8, choices=MediationOutcome.choices, blank=True)
    agreement_form = models.CharField(_("agreement"), max_length=8, choices=AgreementForm.choices, blank=True)
    closed_on = models.DateField(_("closed on"), null=True, blank=True)
    confirmation_applied_on = models.DateField(
        _("judicial confirmation applied for on"), null=True, blank=True
    )
    is_judicially_confirmed = models.BooleanField(_("judicially confirmed"), default=False)
    referred_to_court_on = models.DateField(_("referred to the court on"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-received_on", "-id"]
        verbose_name = _("mediation case")
        verbose_name_plural = _("mediation cases")

    def __str__(self) -> str:
        return f"{self.mediation_organisation} · {self.summary}"


class MonthlyMediationReport(TimeStampedModel):
    """What a committee reports each month today (the county's 人民调解统计月报), in counts."""

    scope_paths = ("mediation_organisation__organisation",)

    mediation_organisation = models.ForeignKey(
        MediationOrganisation,
        verbose_name=_("mediation organisation"),
        on_delete=models.CASCADE,
        related_name="monthly_reports",
    )
    month = models.DateField(_("month"))  # the first day of the month
    disputes_mediated = models.PositiveIntegerField(_("disputes mediated"))
    disputes_settled = models.PositiveIntegerField(_("disputes settled"))
    written_agreements = models.PositiveIntegerField(_("written agreements"), default=0)
    oral_agreements = models.PositiveIntegerField(_("oral agreements"), default=0)
    judicial_confirmations = models.PositiveIntegerField(_("judicial confirmations"), default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-month", "id"]
        verbose_name = _("monthly mediation report")
        verbose_name_plural = _("monthly mediation reports")
        constraints = [
            models.UniqueConstraint(
                fields=["mediation_organisation", "month"], name="disputes_one_report_per_month"
            )
        ]


class MediationEvent(Event):
    mediation_organisation = models.ForeignKey(
        MediationOrganisation,
        verbose_name=_("mediation organisation"),
        on_delete=models.PROTECT,
        related_name="events",
    )

    class Meta(Event.Meta):
        verbose_name = _("mediation event")
        verbose_name_plural = _("mediation events")

    VERBS = {
        "register": _("organisation registered"),
        "mediator": _("mediator added"),
        "case": _("case recorded"),
        "close_case": _("mediation case closed"),
        "confirm": _("judicial confirmation recorded"),
        "report": _("monthly report recorded"),
    }
