"""Case-file review (案卷评查): a campaign draws files at random with a recorded seed,
reviewers score each on an editable standard, the body answers."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from fazhi.core.models import TimeStampedModel, Versioned
from fazhi.enforcement.models.cases import Case
from fazhi.org.models import Organisation


class ReviewStandard(Versioned, TimeStampedModel):
    """A region's case-file review standard (案卷评查标准) for a year, in editions.

    A campaign keeps the edition it started with: once a campaign uses an edition, an edit of
    the office makes the next edition (``actions_standards``) and the old one stays as it was.
    """

    region_code = models.CharField(_("region code"), max_length=6, db_index=True)
    name = models.CharField(_("name"), max_length=100)
    year = models.PositiveIntegerField(_("year"), null=True, blank=True)
    edition = models.PositiveIntegerField(_("edition"), default=1)
    is_current = models.BooleanField(_("current edition"), default=True)
    layout_points = models.PositiveIntegerField(_("points for the file's form"), default=20)
    content_points = models.PositiveIntegerField(_("points for the content"), default=80)

    history = HistoricalRecords()

    class Meta:
        ordering = ["region_code", "-year", "name", "-edition", "id"]
        verbose_name = _("review standard")
        verbose_name_plural = _("review standards")

    def __str__(self) -> str:
        return f"{self.name}（{self.edition}）" if self.edition > 1 else self.name

    def get_absolute_url(self) -> str:
        return reverse("enforcement:standard", args=[self.pk])


class ItemPart(models.TextChoices):
    VETO = "veto", _("basic standard (veto)")
    LAYOUT = "layout", _("form of the file")
    CONTENT = "content", _("content")


# The order the parts are read in: veto items first, then the file's form, then its content.
PART_ORDER = [ItemPart.VETO, ItemPart.LAYOUT, ItemPart.CONTENT]


def in_part_order(items) -> list:
    return sorted(items, key=lambda item: (PART_ORDER.index(item.part), item.sort_order, item.pk))


class StandardItem(Versioned, models.Model):
    standard = models.ForeignKey(
        ReviewStandard, verbose_name=_("review standard"), on_delete=models.CASCADE, related_name="items"
    )
    part = models.CharField(_("part"), max_length=8, choices=ItemPart.choices)
    text = models.CharField(_("item"), max_length=200)
    # The most one defect of this item takes off (0 for a veto item).
    max_deduction = models.DecimalField(_("deduction up to"), max_digits=5, decimal_places=1, default=0)
    sort_order = models.PositiveIntegerField(_("order"), default=0)
    # A retired item is no longer scored; files scored on it keep their deductions.
    is_active = models.BooleanField(_("in use"), default=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["standard", "part", "sort_order", "id"]
        verbose_name = _("standard item")
        verbose_name_plural = _("standard items")

    def __str__(self) -> str:
        return self.text


class ReviewCampaign(TimeStampedModel):
    office = models.ForeignKey(
        Organisation, verbose_name=_("office"), on_delete=models.PROTECT, related_name="+"
    )
    region_code = models.CharField(_("region code"), max_length=6, db_index=True)
    title = models.CharField(_("title"), max_length=200)
    year = models.PositiveIntegerField(_("year"))
    standard = models.ForeignKey(
        ReviewStandard, verbose_name=_("review standard"), on_delete=models.PROTECT, related_name="campaigns"
    )
    sample_size = models.PositiveIntegerField(_("files to draw"))
    seed = models.BigIntegerField(_("random seed"), null=True, blank=True)
    drawn_at = models.DateTimeField(_("files drawn at"), null=True, blank=True)
    # The case ids the draw considered, in order: re-running the draw on them with the seed gives the same files.
    pool = models.JSONField(_("files drawn from"), default=list, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-year", "-id"]
        verbose_name = _("case-file review campaign")
        verbose_name_plural = _("case-file review campaigns")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("enforcement:campaign", args=[self.pk])


class Grade(models.TextChoices):
    EXCELLENT = "excellent", _("excellent (grade)")
    GOOD = "good", _("good (grade)")
    PASS = "pass", _("passing grade")
    FAIL = "fail", _("fail")


class FileReview(Versioned, TimeStampedModel):
    campaign = models.ForeignKey(
        ReviewCampaign, verbose_name=_("campaign"), on_delete=models.CASCADE, related_name="file_reviews"
    )
    case = models.ForeignKey(
        Case, verbose_name=_("enforcement case"), on_delete=models.PROTECT, related_name="file_reviews"
    )
    vetoed_items = models.JSONField(_("veto items failed"), default=list, blank=True)
    # {item id: points taken off}
    deductions = models.JSONField(_("deductions"), default=dict, blank=True)
    score = models.DecimalField(_("score"), max_digits=5, decimal_places=1, null=True, blank=True)
    grade = models.CharField(_("grade"), max_length=10, choices=Grade.choices, blank=True)
    scored_on = models.DateField(_("scored on"), null=True, blank=True)
    comments = models.TextField(_("review findings"), blank=True)
    answer = models.TextField(_("the body's answer"), blank=True)
    answered_on = models.DateField(_("answered on"), null=True, blank=True)

    history = HistoricalRecords()
    scope_paths = ("case__body__organisation",)

    class Meta:
        ordering = ["campaign", "id"]
        verbose_name = _("case-file review result")
        verbose_name_plural = _("case-file reviews")
        constraints = [
            models.UniqueConstraint(fields=["campaign", "case"], name="enforcement_unique_file_review")
        ]

    def __str__(self) -> str:
        return f"{self.campaign} · {self.case}"
