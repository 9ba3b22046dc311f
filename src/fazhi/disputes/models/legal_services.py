"""Legal aid (法律援助) and public legal services (公共法律服务), as the monthly tallies the legal-aid
centre, notary office and judicial offices (司法所) keep today.

A tally belongs to the unit that keeps it; its people and the region's office
reach it. The counts are not personal data.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from fazhi.core.models import Event, TimeStampedModel
from fazhi.org.models import Organisation


class LegalServiceReport(TimeStampedModel):
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("reporting unit"),
        on_delete=models.PROTECT,
        related_name="legal_service_reports",
    )
    month = models.DateField(_("month"))  # the first day of the month
    legal_aid_cases = models.PositiveIntegerField(_("legal-aid cases handled"), default=0)
    notarizations = models.PositiveIntegerField(_("notarizations"), default=0)
    judicial_appraisals = models.PositiveIntegerField(_("judicial appraisals"), default=0)
    consultations = models.PositiveIntegerField(_("legal consultations answered"), default=0)
    other_services = models.PositiveIntegerField(_("other public legal services"), default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-month", "organisation__sort_order", "id"]
        verbose_name = _("legal service report")
        verbose_name_plural = _("legal service reports")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "month"], name="disputes_one_legal_service_report_per_month"
            )
        ]

    @property
    def public_legal_services(self) -> int:
        """Every public legal service of the month, legal aid included (indicators.md)."""
        return (
            self.legal_aid_cases
            + self.notarizations
            + self.judicial_appraisals
            + self.consultations
            + self.other_services
        )


class LegalServiceEvent(Event):
    report = models.ForeignKey(
        LegalServiceReport,
        verbose_name=_("legal service report"),
        on_delete=models.PROTECT,
        related_name="events",
    )

    class Meta(Event.Meta):
        verbose_name = _("legal service report event")
        verbose_name_plural = _("legal service report events")

    VERBS = {"report": _("legal service report recorded")}
