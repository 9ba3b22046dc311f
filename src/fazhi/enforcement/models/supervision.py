"""Transfers to criminal justice (行刑衔接), supervision letters and complaints (执法监督)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from fazhi.core.models import TimeStampedModel, Versioned
from fazhi.enforcement.models.bodies import EnforcementBody
from fazhi.enforcement.models.cases import Case
from fazhi.org.models import Organisation


class PoliceAnswer(models.TextChoices):
    PENDING = "", _("awaiting answer")
    FILED = "filed", _("case filed by the police")
    NOT_FILED = "not_filed", _("not filed by the police")


class CrimeTransfer(Versioned, TimeStampedModel):
    """A suspected-crime case transferred to the police (移送涉嫌犯罪案件)."""

    case = models.ForeignKey(
        Case, verbose_name=_("enforcement case"), on_delete=models.PROTECT, related_name="crime_transfers"
    )
    reported_on = models.DateField(_("reported to the head on"))
    decided_on = models.DateField(_("transfer decided on"), null=True, blank=True)
    transferred_at = models.DateTimeField(_("transferred at"), null=True, blank=True)
    police_answer = models.CharField(
        _("police answer"), max_length=10, choices=PoliceAnswer.choices, blank=True, default=""
    )
    police_answered_on = models.DateField(_("police answered on"), null=True, blank=True)
    reconsideration_requested_on = models.DateField(_("reconsideration requested on"), null=True, blank=True)
    materials_handed_on = models.DateField(_("materials handed over on"), null=True, blank=True)
    procuratorate_suggestion = models.TextField(_("procuratorate's suggestion"), blank=True)

    history = HistoricalRecords()
    scope_paths = ("case__body__organisation",)

    class Meta:
        ordering = ["-reported_on", "-id"]
        verbose_name = _("crime transfer")
        verbose_name_plural = _("crime transfers")

    def __str__(self) -> str:
        return str(self.case)


class LetterKind(models.TextChoices):
    OPINION = "opinion", _("supervision opinion")
    SUGGESTION = "suggestion", _("supervision suggestion")


class SupervisionLetter(Versioned, TimeStampedModel):
    office = models.ForeignKey(
        Organisation, verbose_name=_("office"), on_delete=models.PROTECT, related_name="+"
    )
    body = models.ForeignKey(
        EnforcementBody, verbose_name=_("enforcement body"), on_delete=models.PROTECT, related_name="letters"
    )
    kind = models.CharField(_("kind"), max_length=12, choices=LetterKind.choices)
    subject = models.CharField(_("subject"), max_length=200)
    text = models.TextField(_("text"))
    issued_on = models.DateField(_("issued on"))
    reply_due_on = models.DateField(_("reply by"))
    replied_on = models.DateField(_("replied on"), null=True, blank=True)
    reply = models.TextField(_("reply"), blank=True)
    is_typical = models.BooleanField(_("typical case"), default=False)

    history = HistoricalRecords()
    scope_paths = ("body__organisation",)

    class Meta:
        ordering = ["-issued_on", "-id"]
        verbose_name = _("supervision letter")
        verbose_name_plural = _("supervision letters")

    def __str__(self) -> str:
        return self.subject


class ComplaintSource(models.TextChoices):
    HOTLINE = "12345", _("12345 hotline")
    LETTER = "letter", _("letter or visit")
    ONLINE = "online", _("online")
    OTHER = "other", _("other")


class Complaint(Versioned, TimeStampedModel):
    body = models.ForeignKey(
        EnforcementBody,
        verbose_name=_("enforcement body"),
        on_delete=models.PROTECT,
        related_name="complaints",
    )
    source = models.CharField(_("source"), max_length=8, choices=ComplaintSource.choices)
    received_on = models.DateField(_("received on"))
    subject = models.CharField(_("subject"), max_length=200)
    handled_on = models.DateField(_("handled on"), null=True, blank=True)
    outcome = models.TextField(_("outcome of handling"), blank=True)
    is_substantiated = models.BooleanField(_("substantiated"), default=False)

    history = HistoricalRecords()
    scope_paths = ("body__organisation",)

    class Meta:
        ordering = ["-received_on", "-id"]
        verbose_name = _("enforcement complaint")
        verbose_name_plural = _("enforcement complaints")

    def __str__(self) -> str:
        return self.subject


class TypicalCase(Versioned, TimeStampedModel):
    """A case the office holds up as typical (典型案例), with its short summary.

    The portal shows it only while the case's decision is published and not withdrawn, with
    the summary the office wrote and no party or officer names.
    """

    case = models.OneToOneField(
        Case, verbose_name=_("enforcement case"), on_delete=models.PROTECT, related_name="typical"
    )
    office = models.ForeignKey(
        Organisation, verbose_name=_("office"), on_delete=models.PROTECT, related_name="+"
    )
    region_code = models.CharField(_("region code"), max_length=6, db_index=True)
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), max_length=1000)
    marked_on = models.DateField(_("marked on"))

    history = HistoricalRecords()

    class Meta:
        ordering = ["-marked_on", "-id"]
        verbose_name = _("typical case")
        verbose_name_plural = _("typical cases")

    def __str__(self) -> str:
        return self.title
