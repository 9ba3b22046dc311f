"""Enforcement cases (案件) as a body records them, with the three systems (三项制度):
legal review of major decisions, publicity of decisions, and full-process records
(kept in the body's hash chain, ``models.chain``)."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from fazhi.core.models import Event, SentReminder, TimeStampedModel, Versioned
from fazhi.enforcement.models.bodies import EnforcementBody, Officer, Power


class CaseType(models.TextChoices):
    LICENCE = "licence", _("licensing")
    PENALTY = "penalty", _("penalty")
    COERCION = "coercion", _("coercion")
    INSPECTION = "inspection", _("administrative inspection")
    EXPROPRIATION = "expropriation", _("expropriation and requisition")
    OTHER = "other", _("other")


class Stage(models.TextChoices):
    FILED = "filed", _("case filed")
    INVESTIGATED = "investigated", _("evidence gathered")
    REVIEWED = "reviewed", _("examined")
    DECIDED = "decided", _("decision made")
    SERVED = "served", _("served")
    EXECUTED = "executed", _("executed")
    CLOSED = "closed", _("case closed")


# The stages in the order the Administrative Penalty Law's Art. 47 lists them; a case moves one step at a time.
STAGE_ORDER = [stage.value for stage in Stage]
# The date field of each stage.
STAGE_DATE_FIELDS = {
    Stage.FILED: "filed_on",
    Stage.INVESTIGATED: "investigated_on",
    Stage.REVIEWED: "reviewed_on",
    Stage.DECIDED: "decided_on",
    Stage.SERVED: "served_on",
    Stage.EXECUTED: "executed_on",
    Stage.CLOSED: "closed_on",
}


class Exemption(models.TextChoices):
    NONE = "", _("none")
    FIRST_VIOLATION = "first_violation", _("first violation not punished")
    MINOR = "minor", _("minor violation not punished")


class CoerciveMeasure(models.TextChoices):
    NONE = "", _("none")
    SEAL_SEIZE = "seal_seize", _("sealing up or seizing property")
    DEMOLITION = "demolition", _("forced demolition")
    RESTRICT_FREEDOM = "restrict_freedom", _("restricting personal freedom")
    OTHER = "other", _("other coercive measure")


class Case(Versioned, TimeStampedModel):
    body = models.ForeignKey(
        EnforcementBody, verbose_name=_("enforcement body"), on_delete=models.PROTECT, related_name="cases"
    )
    number = models.CharField(_("case number"), max_length=60)
    case_type = models.CharField(_("case type"), max_length=16, choices=CaseType.choices)
    power = models.ForeignKey(
        Power, verbose_name=_("power"), null=True, blank=True, on_delete=models.PROTECT, related_name="cases"
    )
    title = models.CharField(_("subject"), max_length=200)
    party_name = models.CharField(_("party"), max_length=100)
    party_is_natural_person = models.BooleanField(_("the party is a natural person"), default=False)
    officers = models.ManyToManyField(Officer, verbose_name=_("officers"), related_name="cases")
    stage = models.CharField(_("stage"), max_length=16, choices=Stage.choices, default=Stage.FILED)
    filed_on = models.DateField(_("case filed on"))
    investigated_on = models.DateField(_("evidence gathered on"), null=True, blank=True)
    reviewed_on = models.DateField(_("examined on"), null=True, blank=True)
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    served_on = models.DateField(_("served on"), null=True, blank=True)
    executed_on = models.DateField(_("executed on"), null=True, blank=True)
    closed_on = models.DateField(_("case closed on"), null=True, blank=True)
    is_on_the_spot = models.BooleanField(_("summary procedure on the spot"), default=False)
    hearing_notified_on = models.DateField(_("hearing rights notified on"), null=True, blank=True)
    hearing_requested_on = models.DateField(_("hearing requested on"), null=True, blank=True)
    is_major = models.BooleanField(_("major decision"), default=False)
    coercive_measure = models.CharField(
        _("coercive measure"), max_length=20, choices=CoerciveMeasure.choices, blank=True, default=""
    )
    discretion_standard = models.CharField(_("discretion standard applied"), max_length=200, blank=True)
    exemption = models.CharField(
        _("exemption"), max_length=16, choices=Exemption.choices, blank=True, default=""
    )
    fine_amount = models.DecimalField(_("fine (yuan)"), max_digits=14, decimal_places=2, default=0)
    confiscation_amount = models.DecimalField(
        _("confiscation (yuan)"), max_digits=14, decimal_places=2, default=0
    )
    decision_summary = models.TextField(_("decision text"), blank=True)
    is_filed_for_record = models.BooleanField(_("filed for the record"), default=False)

    history = HistoricalRecords(m2m_fields=[])
    scope_paths = ("body__organisation",)

    class Meta:
        ordering = ["-filed_on", "-id"]
        verbose_name = _("enforcement case")
        verbose_name_plural = _("enforcement cases")
        constraints = [
            models.UniqueConstraint(fields=["body", "number"], name="enforcement_unique_case_number")
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("enforcement:case", args=[self.pk])

    def stage_date(self, stage: str):
        return getattr(self, STAGE_DATE_FIELDS[stage])


class ReviewSituation(models.TextChoices):
    """The four situations of the Administrative Penalty Law's Art. 58."""

    PUBLIC_INTEREST = "public_interest", _("major public interest")
    HEARD = "heard", _("major rights affected, after a hearing")
    COMPLEX = "complex", _("complex, several legal relations")
    BY_LAW = "by_law", _("other cases the law names")


class LegalReview(TimeStampedModel):
    """Legal review of a major enforcement decision (重大执法决定法制审核)."""

    case = models.ForeignKey(
        Case, verbose_name=_("enforcement case"), on_delete=models.CASCADE, related_name="legal_reviews"
    )
    situation = models.CharField(_("situation"), max_length=20, choices=ReviewSituation.choices)
    reviewer = models.ForeignKey(
        Officer, verbose_name=_("reviewer"), on_delete=models.PROTECT, related_name="legal_reviews"
    )
    reviewed_on = models.DateField(_("reviewed on"))
    passed = models.BooleanField(_("passed"))
    opinion = models.TextField(_("opinion"))

    history = HistoricalRecords()
    scope_paths = ("case__body__organisation",)

    class Meta:
        ordering = ["-reviewed_on", "-id"]
        verbose_name = _("legal review")
        verbose_name_plural = _("legal reviews")

    def __str__(self) -> str:
        return f"{self.case} · {self.reviewed_on}"


class Publicity(Versioned, TimeStampedModel):
    """The publication of a decision (行政执法公示, 事后公开) and its withdrawal."""

    case = models.OneToOneField(
        Case, verbose_name=_("enforcement case"), on_delete=models.CASCADE, related_name="publicity"
    )
    due_on = models.DateField(_("publish by"))
    published_on = models.DateField(_("published on"), null=True, blank=True)
    display_until = models.DateField(_("shown until"), null=True, blank=True)
    # After this day the portal shows a natural person's name masked.
    name_shown_until = models.DateField(_("name shown until"), null=True, blank=True)
    withdrawal_due_on = models.DateField(_("withdraw by"), null=True, blank=True)
    withdrawn_on = models.DateField(_("withdrawn on"), null=True, blank=True)
    withdrawal_reason = models.CharField(_("reason for withdrawal"), max_length=200, blank=True)
    summary = models.TextField(_("published text"), blank=True)

    history = HistoricalRecords()
    scope_paths = ("case__body__organisation",)

    class Meta:
        ordering = ["-due_on", "-id"]
        verbose_name = _("decision publicity")
        verbose_name_plural = _("decision publicity")

    def __str__(self) -> str:
        return str(self.case)


class EnforcementEvent(Event):
    # Empty only for the office's own records outside any body (a review standard).
    body = models.ForeignKey(
        EnforcementBody,
        verbose_name=_("enforcement body"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
    )
    standard = models.ForeignKey(
        "enforcement.ReviewStandard",
        verbose_name=_("review standard"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
    )
    case = models.ForeignKey(
        Case,
        verbose_name=_("enforcement case"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
    )

    class Meta(Event.Meta):
        verbose_name = _("enforcement event")
        verbose_name_plural = _("enforcement events")

    VERBS = {
        "create": _("created"),
        "update": _("changed"),
        "advance": _("stage recorded"),
        "review": _("legal review recorded"),
        "publish": _("published"),
        "withdraw": _("withdrawn"),
        "record": _("process record added"),
        "certify": _("certificate issued"),
        "annual_review": _("annual review recorded"),
        "suspend": _("certificate suspended"),
        "revoke": _("certificate revoked"),
        "cancel": _("certificate cancelled"),
        "train": _("training recorded"),
        "transfer": _("transfer recorded"),
        "letter": _("supervision letter issued"),
        "reply": _("reply recorded"),
        "complaint": _("complaint recorded"),
        "file_review": _("case file scored"),
        "answer": _("answer recorded"),
        "verify": _("chain verified"),
        "standard": _("review standard changed"),
        "typical": _("marked as a typical case"),
        "untypical": _("no longer a typical case"),
    }


class EnforcementReminder(SentReminder):
    """A reminder sent for one deadline of a certificate, a training year or a transfer (``reminders.py``)."""

    subject = models.CharField(max_length=40)  # "certificate:12", "training:5:2026", "transfer:3"

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["subject", "kind", "due"], name="enforcement_unique_reminder")
        ]
