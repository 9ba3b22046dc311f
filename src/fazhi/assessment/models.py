"""The assessment framework as data, and the scores given under it.

A scheme (考核方案) belongs to a region and a year: areas → scored items,
each item linked to an indicator code or judged by a reviewer. Schemes are
versioned by year (copy last year's, edit, publish); a published scheme is
frozen, so every score can be traced to the rule that produced it.

An assessment is one unit's score sheet under one scheme: self-assessment
with evidence → the office's review with reasons → final → ranking within the
unit's group (departments; townships and streets).
"""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from fazhi.assessment import rules
from fazhi.core.duties import Side
from fazhi.core.models import Event, TimeStampedModel, Versioned
from fazhi.core.scoping import Purpose
from fazhi.core.workflow import Transition, Workflow


class SchemeStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    PUBLISHED = "published", _("in use")
    CLOSED = "closed", _("results published")


class UnitGroup(models.TextChoices):
    ALL = "all", _("all units")
    DEPARTMENTS = "departments", _("departments")
    TOWNSHIPS = "townships", _("townships and streets")


# Organisation kinds assessed, and the group each is ranked in.
GROUP_OF_KIND = {
    "department": UnitGroup.DEPARTMENTS,
    "township": UnitGroup.TOWNSHIPS,
    "street": UnitGroup.TOWNSHIPS,
}


class RuleKind(models.TextChoices):
    THRESHOLD = "threshold", _("threshold")
    LINEAR = "linear", _("linear")
    STEPPED = "stepped", _("points lost per step below target")
    DEDUCTION = "deduction", _("points lost per occurrence")
    JUDGED = "judged", _("judged by a reviewer (yes/no)")


INDICATOR_KINDS = frozenset({RuleKind.THRESHOLD, RuleKind.LINEAR, RuleKind.STEPPED, RuleKind.DEDUCTION})


def _decimal(**kwargs):
    return models.DecimalField(max_digits=9, decimal_places=2, **kwargs)


class AssessmentScheme(TimeStampedModel):
    region_code = models.CharField(_("region code"), max_length=6, db_index=True)
    year = models.PositiveIntegerField(_("year"))
    name = models.CharField(_("name"), max_length=100)
    status = models.CharField(
        _("status"), max_length=12, choices=SchemeStatus.choices, default=SchemeStatus.DRAFT
    )
    based_on = models.ForeignKey(
        "self",
        verbose_name=_("copied from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="copies",
    )
    description = models.TextField(_("description"), blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-year", "name", "id"]
        verbose_name = _("assessment scheme")
        verbose_name_plural = _("assessment schemes")
        constraints = [
            models.UniqueConstraint(
                fields=["region_code", "year", "name"], name="assessment_unique_scheme_name"
            )
        ]

    def __str__(self) -> str:
        return f"{self.year} {self.name}"

    def get_absolute_url(self) -> str:
        return reverse("assessment:scheme", args=[self.pk])

    @property
    def is_editable(self) -> bool:
        return self.status == SchemeStatus.DRAFT

    @property
    def max_total(self) -> Decimal:
        return sum((area.max_total for area in self.areas.all()), Decimal(0))


class SchemeArea(TimeStampedModel):
    scheme = models.ForeignKey(
        AssessmentScheme, verbose_name=_("assessment scheme"), on_delete=models.CASCADE, related_name="areas"
    )
    code = models.CharField(_("area code"), max_length=40)
    name = models.CharField(_("name"), max_length=100)
    order = models.PositiveIntegerField(_("order"), default=0)
    cap = _decimal(verbose_name=_("area cap"), null=True, blank=True)
    basis = models.CharField(_("basis"), max_length=300, blank=True)

    history = HistoricalRecords()

    # What the office edits on a draft scheme: the area form and the save action share it.
    EDITABLE_FIELDS = ("code", "name", "cap", "basis")

    class Meta:
        ordering = ["order", "id"]
        verbose_name = _("assessment area")
        verbose_name_plural = _("assessment areas")
        constraints = [models.UniqueConstraint(fields=["scheme", "code"], name="assessment_unique_area_code")]

    def __str__(self) -> str:
        return self.name

    @property
    def max_total(self) -> Decimal:
        total = sum((item.max_points for item in self.items.all()), Decimal(0))
        return total if self.cap is None else min(total, self.cap)


class ScoredItem(TimeStampedModel):
    area = models.ForeignKey(
        SchemeArea, verbose_name=_("assessment area"), on_delete=models.CASCADE, related_name="items"
    )
    number = models.CharField(_("number"), max_length=10)
    title = models.CharField(_("what is assessed"), max_length=300)
    max_points = _decimal(verbose_name=_("maximum points"))
    kind = models.CharField(_("scoring method"), max_length=12, choices=RuleKind.choices)
    indicator_code = models.CharField(_("indicator code"), max_length=80, blank=True)
    target = _decimal(verbose_name=_("target (full points)"), null=True, blank=True)
    zero_at = _decimal(verbose_name=_("zero-point value"), null=True, blank=True)
    step = _decimal(verbose_name=_("step"), null=True, blank=True)
    points_per_step = _decimal(verbose_name=_("points per step or occurrence"), null=True, blank=True)
    cap = _decimal(verbose_name=_("deduction cap"), null=True, blank=True)
    higher_is_better = models.BooleanField(_("higher is better"), default=True)
    applies_to = models.CharField(
        _("applies to"), max_length=12, choices=UnitGroup.choices, default=UnitGroup.ALL
    )
    basis = models.CharField(_("basis"), max_length=300, blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)

    # What the office edits on a draft scheme's item: the item form and the save action share it.
    EDITABLE_FIELDS = (
        "number",
        "title",
        "max_points",
        "kind",
        "indicator_code",
        "target",
        "zero_at",
        "step",
        "points_per_step",
        "cap",
        "higher_is_better",
        "applies_to",
        "basis",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["area__order", "order", "id"]
        verbose_name = _("scored item")
        verbose_name_plural = _("scored items")

    def __str__(self) -> str:
        return f"{self.number} {self.title}"

    @property
    def rule(self) -> rules.ItemRule:
        return rules.ItemRule(
            kind=self.kind,
            max_points=self.max_points,
            target=self.target,
            zero_at=self.zero_at,
            step=self.step,
            points_per_step=self.points_per_step,
            cap=self.cap,
            higher_is_better=self.higher_is_better,
        )

    @property
    def uses_indicator(self) -> bool:
        return self.kind in INDICATOR_KINDS

    def applies_to_kind(self, organisation_kind: str) -> bool:
        return self.applies_to == UnitGroup.ALL or GROUP_OF_KIND.get(organisation_kind) == self.applies_to


class AssessmentStatus(models.TextChoices):
    SELF_ASSESSMENT = "self_assessment", _("self-assessment")
    SUBMITTED = "submitted", _("submitted for review")
    FINAL = "final", _("final")


ASSESSMENT_WORKFLOW = Workflow(
    AssessmentStatus,
    [
        Transition(
            "submit",
            _("submit the self-assessment"),
            {AssessmentStatus.SELF_ASSESSMENT},
            AssessmentStatus.SUBMITTED,
            Purpose.SIGN_OFF,
            side=Side.UNIT,
        ),
        Transition(
            "return",
            _("return for more evidence"),
            {AssessmentStatus.SUBMITTED},
            AssessmentStatus.SELF_ASSESSMENT,
            Purpose.REVIEW,
            side=Side.OFFICE,
        ),
        Transition(
            "finalise",
            _("finalise the scores"),
            {AssessmentStatus.SELF_ASSESSMENT, AssessmentStatus.SUBMITTED},
            AssessmentStatus.FINAL,
            Purpose.REVIEW,
            side=Side.OFFICE,
        ),
    ],
    unit_steps={"self_assess"},
)


class Assessment(Versioned, TimeStampedModel):
    scheme = models.ForeignKey(
        AssessmentScheme,
        verbose_name=_("assessment scheme"),
        on_delete=models.PROTECT,
        related_name="assessments",
    )
    organisation = models.ForeignKey(
        "org.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="assessments",
    )
    group = models.CharField(_("ranked among"), max_length=12, choices=UnitGroup.choices)
    status = models.CharField(
        _("status"), max_length=16, choices=AssessmentStatus.choices, default=AssessmentStatus.SELF_ASSESSMENT
    )
    total = _decimal(verbose_name=_("final score"), null=True, blank=True)
    rank = models.PositiveIntegerField(_("rank"), null=True, blank=True)
    group_size = models.PositiveIntegerField(_("units ranked"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["scheme", "group", "rank", "organisation__sort_order", "id"]
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        constraints = [
            models.UniqueConstraint(fields=["scheme", "organisation"], name="assessment_one_per_unit")
        ]

    def __str__(self) -> str:
        return f"{self.scheme} · {self.organisation}"

    def get_absolute_url(self) -> str:
        return reverse("assessment:detail", args=[self.pk])


class ItemScore(TimeStampedModel):
    scope_paths = ("assessment__organisation",)

    assessment = models.ForeignKey(
        Assessment, verbose_name=_("assessment"), on_delete=models.CASCADE, related_name="scores"
    )
    item = models.ForeignKey(
        ScoredItem, verbose_name=_("scored item"), on_delete=models.PROTECT, related_name="scores"
    )
    self_points = _decimal(verbose_name=_("self-assessed points"), null=True, blank=True)
    self_note = models.TextField(_("self-assessment note"), blank=True)
    evidence_url = models.CharField(_("evidence link"), max_length=500, blank=True)
    evidence_text = models.TextField(_("evidence"), blank=True)
    judged_passed = models.BooleanField(_("judged met"), null=True, blank=True)
    judgement_reason = models.TextField(_("reason for the judgement"), blank=True)
    computed_points = _decimal(verbose_name=_("points by the rule"), null=True, blank=True)
    computation = models.TextField(_("how it was computed"), blank=True)
    indicator_value = models.ForeignKey(
        "indicators.IndicatorValue",
        verbose_name=_("indicator value"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    adjusted_points = _decimal(verbose_name=_("points set by the office"), null=True, blank=True)
    adjustment_reason = models.TextField(_("reason for the points set"), blank=True)
    final_points = _decimal(verbose_name=_("final points"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["item__area__order", "item__order", "item_id"]
        verbose_name = _("item score")
        verbose_name_plural = _("item scores")
        constraints = [
            models.UniqueConstraint(fields=["assessment", "item"], name="assessment_one_score_per_item")
        ]

    def __str__(self) -> str:
        return f"{self.assessment} · {self.item.number}"


class Deduction(TimeStampedModel):
    score = models.ForeignKey(
        ItemScore, verbose_name=_("item score"), on_delete=models.CASCADE, related_name="deductions"
    )
    points = _decimal(verbose_name=_("points deducted"))
    reason = models.CharField(_("reason"), max_length=300)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("entered by"), on_delete=models.PROTECT, related_name="+"
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["id"]
        verbose_name = _("deduction")
        verbose_name_plural = _("deductions")


class AssessmentEvent(Event):
    """Events of schemes (assessment empty) and of one unit's assessment."""

    scheme = models.ForeignKey(
        AssessmentScheme, verbose_name=_("assessment scheme"), on_delete=models.PROTECT, related_name="events"
    )
    assessment = models.ForeignKey(
        Assessment,
        verbose_name=_("assessment"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
    )

    class Meta(Event.Meta):
        verbose_name = _("assessment event")
        verbose_name_plural = _("assessment events")

    VERBS = {
        "create_scheme": _("scheme created"),
        "copy_scheme": _("scheme copied"),
        "import_scheme": _("scheme imported"),
        "edit_scheme": _("scheme edited"),
        "publish_scheme": _("scheme published"),
        "open": _("assessment opened"),
        "self_assess": _("self-assessed"),
        "submit": _("self-assessment submitted"),
        "return": _("returned for more evidence"),
        "review": _("reviewed"),
        "judge": _("judged"),
        "deduct": _("points deducted"),
        "compute": _("computed from indicators"),
        "finalise": _("scores finalised"),
        "rank": _("ranking published"),
    }
