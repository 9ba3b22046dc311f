"""Administrative litigation (行政应诉): lawsuits against a body of the region, its court hearings
with the head's appearance (出庭应诉), outcomes, and judicial and procuratorial suggestions.

A lawsuit belongs to the defendant body: its own people and the region's office
see it (plaintiffs are persons, so pages need EDIT like reconsideration cases).
"""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from fazhi.core.models import Event, SentReminder, TimeStampedModel
from fazhi.org.models import Organisation


class Instance(models.TextChoices):
    FIRST = "first", _("first instance")
    APPEAL = "appeal", _("second instance")
    RETRIAL = "retrial", _("retrial")


class LawsuitOutcome(models.TextChoices):
    REJECT_CLAIM = "reject_claim", _("claim rejected (驳回诉讼请求)")
    DISMISSED = "dismissed", _("suit dismissed (驳回起诉)")
    UPHELD_ON_APPEAL = "upheld", _("first judgment upheld in the body's favour")
    REVOKE = "revoke", _("act revoked (撤销)")
    CONFIRM_ILLEGAL = "confirm_illegal", _("act confirmed illegal (确认违法)")
    CONFIRM_VOID = "confirm_void", _("act confirmed void (确认无效)")
    ORDER_PERFORMANCE = "order_performance", _("ordered to perform (责令履行)")
    CHANGE = "change", _("act changed (变更)")
    COMPENSATION = "compensation", _("ordered to compensate (赔偿)")
    WITHDRAWN = "withdrawn", _("suit withdrawn (撤诉)")
    # Administrative Litigation Law Art. 58: a plaintiff who stays away without proper reason.
    DEEMED_WITHDRAWN = "deemed_withdrawn", _("treated as withdrawn (按撤诉处理)")
    MEDIATED = "mediated", _("mediated (调解)")


# 败诉 (lost) and 胜诉 (won): a lawsuit decided by judgment or ruling is one or the other;
# withdrawn (also deemed withdrawn) and mediated suits are neither (docs/disputes.md).
LOSSES = frozenset(
    {
        LawsuitOutcome.REVOKE,
        LawsuitOutcome.CONFIRM_ILLEGAL,
        LawsuitOutcome.CONFIRM_VOID,
        LawsuitOutcome.ORDER_PERFORMANCE,
        LawsuitOutcome.CHANGE,
        LawsuitOutcome.COMPENSATION,
    }
)
WINS = frozenset({LawsuitOutcome.REJECT_CLAIM, LawsuitOutcome.DISMISSED, LawsuitOutcome.UPHELD_ON_APPEAL})


class Lawsuit(TimeStampedModel):
    scope_paths = ("defendant",)

    defendant = models.ForeignKey(
        Organisation, verbose_name=_("defendant"), on_delete=models.PROTECT, related_name="lawsuits"
    )
    court_case_number = models.CharField(_("court case number"), max_length=60)
    court = models.CharField(_("court"), max_length=100)
    court_instance = models.CharField(
        _("instance"), max_length=10, choices=Instance.choices, default=Instance.FIRST
    )
    plaintiff = models.CharField(_("plaintiff"), max_length=100)
    subject = models.CharField(_("act sued"), max_length=300)
    served_on = models.DateField(_("complaint served on"))
    outcome = models.CharField(_("outcome"), max_length=20, choices=LawsuitOutcome.choices, blank=True)
    closed_on = models.DateField(_("closed on"), null=True, blank=True)
    resolved_substantively = models.BooleanField(_("dispute substantively resolved"), default=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-served_on", "-id"]
        verbose_name = _("lawsuit")
        verbose_name_plural = _("lawsuits")

    def __str__(self) -> str:
        return self.court_case_number

    def get_absolute_url(self) -> str:
        return reverse("disputes:lawsuit", args=[self.pk])

    @property
    def is_lost(self) -> bool:
        return self.outcome in LOSSES


class AbsenceReason(models.TextChoices):
    FORCE_MAJEURE = "force_majeure", _("force majeure")
    ACCIDENT = "accident", _("accident")
    DUTY = "duty", _("a duty that cannot be delegated")
    OTHER = "other", _("other proper reason")


class CourtHearing(TimeStampedModel):
    scope_paths = ("lawsuit__defendant",)

    lawsuit = models.ForeignKey(
        Lawsuit, verbose_name=_("lawsuit"), on_delete=models.CASCADE, related_name="hearings"
    )
    notice_received_on = models.DateField(_("court notice received on"))
    held_on = models.DateField(_("hearing date"))
    head_appeared = models.BooleanField(_("the head appeared in court"), default=False)
    appeared_name = models.CharField(_("who appeared"), max_length=60, blank=True)
    appeared_title = models.CharField(_("position"), max_length=60, blank=True)
    absence_reason = models.CharField(
        _("why the head did not appear"), max_length=16, choices=AbsenceReason.choices, blank=True
    )
    absence_note = models.CharField(_("explanation"), max_length=300, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["held_on", "id"]
        verbose_name = _("court hearing")
        verbose_name_plural = _("court hearings")


class SuggestionKind(models.TextChoices):
    JUDICIAL = "judicial", _("judicial suggestion (司法建议)")
    PROCURATORIAL = "procuratorial", _("procuratorial suggestion (检察建议)")


class CourtSuggestion(TimeStampedModel):
    scope_paths = ("addressee",)

    kind = models.CharField(_("kind"), max_length=16, choices=SuggestionKind.choices)
    addressee = models.ForeignKey(
        Organisation, verbose_name=_("addressee"), on_delete=models.PROTECT, related_name="court_suggestions"
    )
    lawsuit = models.ForeignKey(
        Lawsuit,
        verbose_name=_("lawsuit"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="suggestions",
    )
    issuer = models.CharField(_("issued by"), max_length=100)
    received_on = models.DateField(_("received on"))
    content = models.TextField(_("content of the suggestion"))
    reply_due_on = models.DateField(_("reply due"))
    replied_on = models.DateField(_("replied on"), null=True, blank=True)
    reply = models.TextField(_("reply"), blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-received_on", "-id"]
        verbose_name = _("court suggestion")
        verbose_name_plural = _("court suggestions")


class LawsuitEvent(Event):
    lawsuit = models.ForeignKey(
        Lawsuit, verbose_name=_("lawsuit"), on_delete=models.PROTECT, related_name="events"
    )

    class Meta(Event.Meta):
        verbose_name = _("lawsuit event")
        verbose_name_plural = _("lawsuit events")

    VERBS = {
        "register": _("lawsuit registered"),
        "hearing": _("court hearing recorded"),
        "close": _("closed"),
        "suggestion": _("suggestion received"),
        "reply": _("suggestion answered"),
    }


class CourtSuggestionEvent(Event):
    court_suggestion = models.ForeignKey(
        CourtSuggestion, verbose_name=_("court suggestion"), on_delete=models.PROTECT, related_name="events"
    )

    class Meta(Event.Meta):
        verbose_name = _("court suggestion event")
        verbose_name_plural = _("court suggestion events")

    VERBS = {
        "receive": _("suggestion received"),
        "reply": _("suggestion answered"),
    }


class SuggestionReminderSent(SentReminder):
    court_suggestion = models.ForeignKey(
        CourtSuggestion, on_delete=models.CASCADE, related_name="reminders_sent"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["court_suggestion", "kind", "due"], name="disputes_suggestion_reminder_once"
            )
        ]
