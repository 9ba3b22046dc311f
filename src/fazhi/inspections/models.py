"""Random inspections (双随机、一公开): one list of matters, two pools (entities and inspectors),
plans, publicly verifiable draws, the tasks they make and each task's result.
Rules: docs/inspections.md."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from fazhi.core.models import Event, SentReminder, TimeStampedModel, Versioned
from fazhi.org.models import Organisation


class MatterKind(models.TextChoices):
    GENERAL = "general", _("general inspection matter")
    KEY = "key", _("key inspection matter")


class Matter(TimeStampedModel):
    """One version of a matter on a department's list (抽查事项清单).

    A change makes a new row with the same ``series`` and the next ``version``;
    the old row stays, no longer current, so a plan keeps the wording it used.
    """

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("department"),
        on_delete=models.PROTECT,
        related_name="inspection_matters",
    )
    series = models.PositiveIntegerField(_("matter number"), db_index=True)
    version = models.PositiveIntegerField(_("version"), default=1)
    is_current = models.BooleanField(_("current version"), default=True)
    name = models.CharField(_("matter"), max_length=200)
    legal_basis = models.CharField(_("legal basis"), max_length=500)
    object_type = models.CharField(_("object type"), max_length=100)
    kind = models.CharField(_("kind"), max_length=10, choices=MatterKind.choices, default=MatterKind.GENERAL)
    method = models.CharField(_("inspection method"), max_length=200)
    change_reason = models.CharField(_("reason for the change"), max_length=300, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["organisation__sort_order", "series", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "series", "version"], name="matter_version_once")
        ]
        verbose_name = _("inspection matter")
        verbose_name_plural = _("inspection matters")

    def __str__(self) -> str:
        return f"{self.name}（v{self.version}）"

    def get_absolute_url(self) -> str:
        return reverse("inspections:matter", args=[self.pk])


class RiskGrade(models.TextChoices):
    LOW = "low", _("low risk")
    MEDIUM = "medium", _("medium risk")
    HIGH = "high", _("high risk")


class Entity(TimeStampedModel):
    """An entity in a department's pool (检查对象名录库)."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("department"),
        on_delete=models.PROTECT,
        related_name="inspection_entities",
    )
    name = models.CharField(_("name"), max_length=200)
    credit_code = models.CharField(_("unified social credit code"), max_length=18)
    legal_representative = models.CharField(_("legal representative"), max_length=50, blank=True)
    address = models.CharField(_("address"), max_length=200, blank=True)
    category = models.CharField(_("category"), max_length=50, blank=True)
    risk_grade = models.CharField(
        _("risk grade"), max_length=10, choices=RiskGrade.choices, default=RiskGrade.MEDIUM
    )
    has_complaints = models.BooleanField(_("complaints received"), default=False)
    is_abnormal = models.BooleanField(_("listed for abnormal operation"), default=False)
    is_active = models.BooleanField(_("in the pool"), default=True)
    # The event row of the batch that added it: who entered it, and the reason when the office
    # entered it for the department (代为录入).
    batch = models.ForeignKey(
        "inspections.InspectionEvent",
        verbose_name=_("entered in batch"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="entities",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["organisation__sort_order", "credit_code"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "credit_code"], name="entity_code_once_per_pool")
        ]
        verbose_name = _("inspected entity")
        verbose_name_plural = _("inspected entities")

    def __str__(self) -> str:
        return f"{self.name}（{self.credit_code}）"

    @property
    def is_raised(self) -> bool:
        """Drawn at the raised ratio: high risk, complaints, or abnormal operation."""
        return self.risk_grade == RiskGrade.HIGH or self.has_complaints or self.is_abnormal


class InspectorSource(models.TextChoices):
    OWN = "own", _("own roster")
    ROSTER = "roster", _("enforcement officers")


class Inspector(TimeStampedModel):
    """An inspector in a department's pool (执法检查人员名录库)."""

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("department"), on_delete=models.PROTECT, related_name="inspectors"
    )
    name = models.CharField(_("name"), max_length=50)
    certificate_number = models.CharField(_("enforcement certificate number"), max_length=40)
    field = models.CharField(_("field"), max_length=100, blank=True)
    expires_on = models.DateField(_("certificate valid until"), null=True, blank=True)
    source = models.CharField(
        _("source"), max_length=10, choices=InspectorSource.choices, default=InspectorSource.OWN
    )
    is_active = models.BooleanField(_("in the pool"), default=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["organisation__sort_order", "certificate_number"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "certificate_number"], name="inspector_certificate_once_per_pool"
            )
        ]
        verbose_name = _("inspector")
        verbose_name_plural = _("inspectors")

    def __str__(self) -> str:
        return f"{self.name}（{self.certificate_number}）"


class Conflict(TimeStampedModel):
    """A declared conflict of interest (回避): the inspector is never paired with the entity."""

    inspector = models.ForeignKey(
        Inspector, verbose_name=_("inspector"), on_delete=models.CASCADE, related_name="conflicts"
    )
    entity = models.ForeignKey(
        Entity, verbose_name=_("inspected entity"), on_delete=models.CASCADE, related_name="conflicts"
    )
    reason = models.CharField(_("reason"), max_length=300)

    scope_paths = ("inspector__organisation",)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-id"]
        constraints = [models.UniqueConstraint(fields=["inspector", "entity"], name="conflict_once")]
        verbose_name = _("recusal declaration")
        verbose_name_plural = _("recusal declarations")

    def __str__(self) -> str:
        return f"{self.inspector} · {self.entity}"


class PlanStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    COMMITTED = "committed", _("snapshot published")
    DRAWN = "drawn", _("drawn")


class Plan(Versioned, TimeStampedModel):
    """A random-inspection plan (抽查计划) of one department, or joint (部门联合) with partners."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("lead department"),
        on_delete=models.PROTECT,
        related_name="inspection_plans",
    )
    title = models.CharField(_("title"), max_length=200)
    partners = models.ManyToManyField(
        Organisation, verbose_name=_("joint departments"), blank=True, related_name="joint_inspection_plans"
    )
    matters = models.ManyToManyField(Matter, verbose_name=_("inspection matters"), related_name="plans")
    category = models.CharField(_("entity category"), max_length=50, blank=True)
    risk_grades = models.CharField(_("risk grades"), max_length=30, blank=True)
    sampling_percent = models.DecimalField(_("sampling ratio (%)"), max_digits=5, decimal_places=2)
    raised_percent = models.DecimalField(
        _("sampling ratio for high-risk or flagged entities (%)"), max_digits=5, decimal_places=2
    )
    inspectors_per_object = models.PositiveSmallIntegerField(_("inspectors per entity"), default=2)
    starts_on = models.DateField(_("period from"))
    ends_on = models.DateField(_("period until"))
    status = models.CharField(
        _("status"), max_length=10, choices=PlanStatus.choices, default=PlanStatus.DRAFT
    )

    # The joint departments read the plan too; only the lead department acts on it.
    scope_paths = ("organisation", "partners")
    history = HistoricalRecords()

    class Meta:
        ordering = ["-starts_on", "-id"]
        verbose_name = _("inspection plan")
        verbose_name_plural = _("inspection plans")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("inspections:plan", args=[self.pk])

    @property
    def is_joint(self) -> bool:
        return self.partners.exists()


class DrawStatus(models.TextChoices):
    COMMITTED = "committed", _("committed")
    DRAWN = "drawn", _("drawn")
    VOIDED = "voided", _("voided")


class Draw(Versioned, TimeStampedModel):
    """One draw of a plan: the frozen snapshot and the seed's commitment, then the revealed seed
    and the result. Everything here but the seed before the draw is public."""

    plan = models.ForeignKey(Plan, verbose_name=_("plan"), on_delete=models.PROTECT, related_name="draws")
    is_joint = models.BooleanField(_("joint inspection"), default=False)
    status = models.CharField(
        _("status"), max_length=10, choices=DrawStatus.choices, default=DrawStatus.COMMITTED
    )
    snapshot = models.TextField(_("snapshot"))
    snapshot_sha256 = models.CharField(_("SHA-256 of the snapshot"), max_length=64)
    seed_commitment = models.CharField(_("SHA-256 of the seed"), max_length=64)
    # Secret until the draw: only the commitment is shown before.
    seed = models.CharField(_("seed"), max_length=64)
    committed_at = models.DateTimeField(_("committed at"))
    drawn_at = models.DateTimeField(_("drawn at"), null=True, blank=True)
    drawn_on = models.DateField(_("drawn on"), null=True, blank=True)
    result = models.TextField(_("result"), blank=True)
    result_sha256 = models.CharField(_("SHA-256 of the result"), max_length=64, blank=True)
    entity_count = models.PositiveIntegerField(_("eligible entities"), default=0)
    void_reason = models.CharField(_("reason for voiding"), max_length=500, blank=True)
    voided_at = models.DateTimeField(_("voided at"), null=True, blank=True)

    scope_paths = ("plan__organisation", "plan__partners")
    history = HistoricalRecords(excluded_fields=["snapshot", "result", "seed"])

    class Meta:
        ordering = ["-committed_at", "-id"]
        verbose_name = _("draw")
        verbose_name_plural = _("draws")

    def __str__(self) -> str:
        return f"{self.plan} · #{self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("inspections:draw", args=[self.pk])

    @property
    def revealed_seed(self) -> str:
        return self.seed if self.status != DrawStatus.COMMITTED else ""


class Outcome(models.TextChoices):
    NO_PROBLEM = "no_problem", _("no problem found")
    RECTIFY = "rectify", _("problem found, rectification ordered")
    CASE = "case", _("case opened")
    NOT_FOUND = "not_found", _("not operating at the address or unreachable")
    OTHER = "other", _("other")


class Task(Versioned, TimeStampedModel):
    """One drawn entity with its drawn inspectors, and the result of the inspection."""

    draw = models.ForeignKey(Draw, verbose_name=_("draw"), on_delete=models.CASCADE, related_name="tasks")
    position = models.PositiveIntegerField(_("order drawn"))
    entity = models.ForeignKey(Entity, verbose_name=_("inspected entity"), on_delete=models.PROTECT)
    inspectors = models.ManyToManyField(Inspector, verbose_name=_("inspectors"), related_name="tasks")
    outcome = models.CharField(_("result"), max_length=12, choices=Outcome.choices, blank=True)
    inspected_on = models.DateField(_("inspected on"), null=True, blank=True)
    findings = models.CharField(_("findings"), max_length=500, blank=True)
    follow_up = models.CharField(_("follow-up"), max_length=500, blank=True)
    published_on = models.DateField(_("published on"), null=True, blank=True)

    scope_paths = ("draw__plan__organisation", "draw__plan__partners")
    history = HistoricalRecords()

    class Meta:
        ordering = ["draw", "position"]
        constraints = [models.UniqueConstraint(fields=["draw", "position"], name="task_position_once")]
        verbose_name = _("inspection task")
        verbose_name_plural = _("inspection tasks")

    def __str__(self) -> str:
        return f"{self.draw.plan} · {self.entity.name}"

    def get_absolute_url(self) -> str:
        return reverse("inspections:task", args=[self.pk])


class EventKind(models.TextChoices):
    PLAN = "plan", _("plan and draw")
    LIST = "list", _("list and pools")


class InspectionEvent(Event):
    """Every act of the app, one table: on a plan and its draws (``plan`` set), or on a department's
    list and pools (matters, entities, inspectors, recusals). ``organisation`` is the department
    whose list or plan it is, so both kinds are scoped the same way."""

    kind = models.CharField(_("kind"), max_length=8, choices=EventKind.choices, db_index=True)
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("department"), on_delete=models.PROTECT, related_name="inspection_events"
    )
    plan = models.ForeignKey(
        Plan, verbose_name=_("plan"), null=True, blank=True, on_delete=models.PROTECT, related_name="events"
    )

    class Meta(Event.Meta):
        verbose_name = _("inspection event")
        verbose_name_plural = _("inspection events")

    VERBS = {
        "create": _("created"),
        "commit": _("snapshot and seed commitment published"),
        "draw": _("drawn"),
        "void": _("draw voided"),
        "result": _("result recorded"),
        "publish": _("results published"),
        "matter": _("matter added"),
        "revise": _("matter revised"),
        "entities": _("entities added"),
        "inspector": _("inspector added"),
        "roster": _("inspectors taken from the enforcement roster"),
        "conflict": _("recusal declared"),
        "confirm_entities": _("proxy-entered entities checked"),
    }

    def save(self, *args, **kwargs):
        # The kind follows from the subject: an act on a plan is the lead department's plan event.
        if self.plan_id is not None:
            self.kind = EventKind.PLAN
            if self.organisation_id is None:
                self.organisation_id = self.plan.organisation_id
        elif not self.kind:
            self.kind = EventKind.LIST
        super().save(*args, **kwargs)


class DrawReminder(SentReminder):
    """Results of a draw to publish by ``due``: one reminder per draw and due date, not per task."""

    draw = models.ForeignKey(Draw, on_delete=models.CASCADE, related_name="reminders")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["draw", "kind", "due"], name="inspection_draw_reminder_once")
        ]
