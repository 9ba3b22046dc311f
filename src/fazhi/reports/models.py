"""The government's own annual report, drafted from the platform's numbers.

A ``ReportTemplate`` is the office's wording of one piece of the report (a part's
opening, an area of the results): sentences with ``{code}`` slots for indicator
values (docs/reports.md). A ``ReportDraft`` is one drafting of a region's report for
a year; its ``DraftPart`` rows hold the text of the five statutory parts, every
edit of a part is a ``DraftEdit``, and each number the platform wrote is a
``DraftFigure`` that keeps its indicator code, the values it was made of and
their source.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from fazhi.core.models import Event, TimeStampedModel


class Part(models.TextChoices):
    """The five statutory parts, in the order the rules list them (catalog.elements)."""

    RESULTS = "results", _("Measures and results")
    SHORTCOMINGS = "shortcomings", _("Shortcomings and their causes")
    FIRST_RESPONSIBLE = "first_responsible", _("First responsible person")
    NEXT_PLAN = "next_plan", _("Next year's plan")
    OTHER = "other", _("Other matters")


class ReportTemplate(TimeStampedModel):
    """The office's wording of one piece of its report; ``version`` counts the edits."""

    region_code = models.CharField(_("region code"), max_length=6, db_index=True)
    key = models.CharField(_("template"), max_length=60)
    text = models.TextField(_("template text"), max_length=4000)
    version = models.PositiveIntegerField(_("version"), default=1)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("report template")
        verbose_name_plural = _("report templates")
        constraints = [
            models.UniqueConstraint(fields=["region_code", "key"], name="reports_template_once_per_region")
        ]

    def __str__(self) -> str:
        return f"{self.region_code} {self.key} v{self.version}"


class DraftState(models.TextChoices):
    DRAFT = "draft", _("draft")
    FILED = "filed", _("filed into the filing season")


class ReportDraft(TimeStampedModel):
    """One drafting of a region's own annual report for a year (``version`` 1, 2, … per year)."""

    region_code = models.CharField(_("region code"), max_length=6, db_index=True)
    year = models.PositiveIntegerField(_("year"))
    version = models.PositiveIntegerField(_("version"))
    state = models.CharField(_("state"), max_length=10, choices=DraftState.choices, default=DraftState.DRAFT)
    title = models.CharField(_("title"), max_length=200)
    issuer = models.CharField(_("issuer"), max_length=200)
    opening = models.TextField(_("opening"), max_length=2000)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("drafted by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    reading = models.JSONField(_("read-back"), default=dict, blank=True)
    # [{"part", "code"}]: sentences left out because the indicator has no value that year.
    omitted = models.JSONField(_("figures left out"), default=list, blank=True)
    filing_id = models.PositiveIntegerField(_("filing"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("report draft")
        verbose_name_plural = _("report drafts")
        ordering = ["-year", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["region_code", "year", "version"], name="reports_draft_version_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} v{self.version}"

    def get_absolute_url(self) -> str:
        return reverse("reports:draft", args=[self.pk])


class DraftPart(TimeStampedModel):
    draft = models.ForeignKey(ReportDraft, on_delete=models.CASCADE, related_name="parts")
    part = models.CharField(_("part"), max_length=20, choices=Part.choices)
    order = models.PositiveSmallIntegerField(_("order"))
    heading = models.CharField(_("heading"), max_length=200)
    text = models.TextField(_("text"), max_length=20000, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["draft", "order"]
        constraints = [models.UniqueConstraint(fields=["draft", "part"], name="reports_part_once_per_draft")]

    def __str__(self) -> str:
        return self.heading


class DraftFigure(models.Model):
    """A number the platform wrote into a part: the indicator it is and where it came from."""

    draft = models.ForeignKey(ReportDraft, on_delete=models.CASCADE, related_name="figures")
    part = models.CharField(_("part"), max_length=20, choices=Part.choices)
    code = models.CharField(_("indicator code"), max_length=80)
    value = models.DecimalField(_("value"), max_digits=20, decimal_places=4)
    unit = models.CharField(_("unit of measure"), max_length=10)
    previous = models.DecimalField(_("last year"), max_digits=20, decimal_places=4, null=True, blank=True)
    written = models.CharField(_("as written"), max_length=100)
    source = models.CharField(_("source"), max_length=300)
    value_ids = models.JSONField(_("indicator values"), default=list)

    class Meta:
        ordering = ["draft", "pk"]

    def __str__(self) -> str:
        return f"{self.code} {self.written}"


class DraftEdit(models.Model):
    """One edit of a part's text by the office: the text before and after, who and when."""

    part = models.ForeignKey(DraftPart, on_delete=models.CASCADE, related_name="edits")
    edited_at = models.DateTimeField(_("time"), auto_now_add=True)
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), on_delete=models.PROTECT, related_name="+"
    )
    before = models.TextField(_("before"))
    after = models.TextField(_("after"))

    class Meta:
        ordering = ["part", "edited_at", "pk"]

    def __str__(self) -> str:
        return f"{self.part} {self.edited_at:%Y-%m-%d %H:%M}"


class ReportEvent(Event):
    VERBS = {
        "draft": _("drafted"),
        "edit": _("edited"),
        "edit_template": _("edited the template"),
        "export": _("exported"),
        "file": _("filed as the government's own report"),
    }
    draft = models.ForeignKey(
        ReportDraft, null=True, blank=True, on_delete=models.PROTECT, related_name="events"
    )
    template = models.ForeignKey(
        ReportTemplate, null=True, blank=True, on_delete=models.PROTECT, related_name="events"
    )

    class Meta(Event.Meta):
        verbose_name = _("report event")
        verbose_name_plural = _("report events")
