"""Legal counsel (法律顾问) and public lawyers (公职律师) of each unit: who, for which
term, and what they did (meetings attended, contracts reviewed, opinions issued).
Rules: docs/duties.md."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from fazhi.core.duties import Side
from fazhi.core.models import Event, SentReminder, TimeStampedModel, Versioned
from fazhi.core.scoping import Purpose
from fazhi.core.workflow import Transition, Workflow
from fazhi.org.models import Organisation


class CounselKind(models.TextChoices):
    COUNSEL = "counsel", _("legal counsel")
    PUBLIC_LAWYER = "public_lawyer", _("public lawyer")


class ProviderType(models.TextChoices):
    FIRM = "firm", _("law firm")
    PERSON = "person", _("individual")


class EngagementStatus(models.TextChoices):
    ACTIVE = "active", _("engaged")
    ENDED = "ended", _("ended early")


ENGAGEMENT_WORKFLOW = Workflow(
    EngagementStatus,
    [
        Transition(
            "end",
            _("end the engagement early"),
            {EngagementStatus.ACTIVE},
            EngagementStatus.ENDED,
            Purpose.EDIT,
            side=Side.UNIT,
        ),
    ],
)

# The bodies that should have counsel: party and government organs (2016 opinion [P65]).
COVERED_KINDS = ("government", "department", "township", "street")


class Engagement(Versioned, TimeStampedModel):
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("unit served"),
        on_delete=models.PROTECT,
        related_name="counsel_engagements",
    )
    kind = models.CharField(
        _("kind"), max_length=16, choices=CounselKind.choices, default=CounselKind.COUNSEL
    )
    provider_type = models.CharField(_("provided by"), max_length=10, choices=ProviderType.choices)
    provider_name = models.CharField(_("firm or person"), max_length=100)
    lawyer_names = models.CharField(_("lawyers"), max_length=200, blank=True)
    starts_on = models.DateField(_("term from"))
    ends_on = models.DateField(_("term until"))
    status = models.CharField(
        _("status"), max_length=10, choices=EngagementStatus.choices, default=EngagementStatus.ACTIVE
    )
    ended_on = models.DateField(_("ended on"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["organisation__sort_order", "-starts_on", "id"]
        # The work list's "ending soon" (rules.expiring) reads the last day of the unit's active
        # engagements of a kind once per expiring one: a province has 20,000 of them (issue 18 §3).
        indexes = [
            models.Index(
                fields=["organisation", "kind", "status", "ends_on"], name="counsel_engagement_last"
            ),
            models.Index(fields=["status", "ends_on"], name="counsel_engagement_ending"),
        ]
        verbose_name = _("counsel engagement")
        verbose_name_plural = _("counsel engagements")

    def __str__(self) -> str:
        return f"{self.organisation} · {self.provider_name}"

    def get_absolute_url(self) -> str:
        return reverse("counsel:detail", args=[self.pk])

    @property
    def last_day(self):
        return self.ended_on or self.ends_on


class ParticipationKind(models.TextChoices):
    MEETING = "meeting", _("meeting attended")
    CONTRACT = "contract", _("contract reviewed")
    OPINION = "opinion", _("legal opinion issued")


class Participation(TimeStampedModel):
    engagement = models.ForeignKey(
        Engagement, verbose_name=_("engagement"), on_delete=models.CASCADE, related_name="participations"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=ParticipationKind.choices)
    occurred_on = models.DateField(_("date"))
    subject = models.CharField(_("subject"), max_length=200)
    quantity = models.PositiveIntegerField(_("quantity"), default=1)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-occurred_on", "-id"]
        verbose_name = _("participation record")
        verbose_name_plural = _("participation records")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} · {self.subject}"


class EngagementEvent(Event):
    engagement = models.ForeignKey(
        Engagement, verbose_name=_("engagement"), on_delete=models.PROTECT, related_name="events"
    )

    class Meta(Event.Meta):
        verbose_name = _("engagement event")
        verbose_name_plural = _("engagement events")

    VERBS = {
        "create": _("engaged"),
        "participate": _("participation recorded"),
        "end": _("ended early"),
    }


class EngagementReminderSent(SentReminder):
    """One reminder per engagement, kind and end date."""

    engagement = models.ForeignKey(Engagement, on_delete=models.CASCADE, related_name="reminders")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["engagement", "kind", "due"], name="counsel_one_reminder")
        ]
