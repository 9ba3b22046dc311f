"""Major administrative decisions (重大行政决策) under 国务院令第713号:
the yearly catalogue (决策事项目录) and its adjustments, the five statutory
procedures of each decision, the decision itself, its archive (一事一档) and
the post-decision evaluation (决策后评估). Rules: docs/duties.md.
"""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from fazhi.core.duties import Side
from fazhi.core.models import Event, TimeStampedModel, Versioned
from fazhi.core.scoping import Purpose
from fazhi.core.workflow import Transition, Workflow
from fazhi.org.models import Organisation


class Catalogue(TimeStampedModel):
    """The decision organ's catalogue for one year, published after the party committee agrees."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("decision organ"),
        on_delete=models.PROTECT,
        related_name="decision_catalogues",
    )
    year = models.PositiveIntegerField(_("year"))
    published_on = models.DateField(_("published on"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-year", "organisation__sort_order"]
        verbose_name = _("decision catalogue")
        verbose_name_plural = _("decision catalogues")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "year"], name="decisions_one_catalogue")
        ]

    def __str__(self) -> str:
        return f"{self.organisation} {self.year}"

    def get_absolute_url(self) -> str:
        return reverse("decisions:catalogue", args=[self.pk])

    @property
    def is_published(self) -> bool:
        return self.published_on is not None


class ProcedureKind(models.TextChoices):
    PUBLIC_PARTICIPATION = "public_participation", _("public participation")
    EXPERT_ARGUMENTATION = "expert_argumentation", _("expert argumentation")
    RISK_ASSESSMENT = "risk_assessment", _("risk assessment")
    LEGALITY_REVIEW = "legality_review", _("legality examination")
    COLLECTIVE_DISCUSSION = "collective_discussion", _("collective discussion")


# The statutory order (Arts.14–30).
PROCEDURE_ORDER = list(ProcedureKind.values)


class DecisionStatus(models.TextChoices):
    PLANNED = "planned", _("in preparation")
    TAKEN = "taken", _("decided")
    MERGED = "merged", _("merged into another item")
    REMOVED = "removed", _("removed from the catalogue")


IN_CATALOGUE = (DecisionStatus.PLANNED, DecisionStatus.TAKEN)

DECISION_WORKFLOW = Workflow(
    DecisionStatus,
    [
        Transition(
            "take",
            _("record the decision"),
            {DecisionStatus.PLANNED},
            DecisionStatus.TAKEN,
            Purpose.EDIT,
            side=Side.UNIT,
        ),
        Transition(
            "merge",
            _("merge into another item"),
            {DecisionStatus.PLANNED},
            DecisionStatus.MERGED,
            Purpose.REVIEW,
            side=Side.OFFICE,
        ),
        Transition(
            "remove",
            _("remove from the catalogue"),
            {DecisionStatus.PLANNED},
            DecisionStatus.REMOVED,
            Purpose.REVIEW,
            side=Side.OFFICE,
        ),
    ],
    # The deciding unit's steps outside the workflow, as the decision's event rows name them.
    unit_steps={"procedure", "document", "evaluate", "call_open", "call_outcome", "hearing"},
)


class Decision(Versioned, TimeStampedModel):
    """One item of the catalogue: a major decision, its undertaking unit and required procedures."""

    catalogue = models.ForeignKey(
        Catalogue, verbose_name=_("catalogue"), on_delete=models.PROTECT, related_name="decisions"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("undertaking unit"),
        on_delete=models.PROTECT,
        related_name="major_decisions",
    )
    title = models.CharField(_("decision item"), max_length=200)
    basis = models.CharField(_("legal and policy basis"), max_length=500, blank=True)
    requires_public_participation = models.BooleanField(_("public participation required"), default=True)
    requires_expert_argumentation = models.BooleanField(_("expert argumentation required"), default=True)
    requires_risk_assessment = models.BooleanField(_("risk assessment required"), default=True)
    requires_hearing = models.BooleanField(_("hearing required"), default=False)
    planned_for = models.CharField(_("planned completion"), max_length=30, blank=True)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=DecisionStatus.choices,
        default=DecisionStatus.PLANNED,
        db_index=True,
    )
    # True when the item came in through an adjustment after the catalogue was published.
    is_added_later = models.BooleanField(_("added by adjustment"), default=False)
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="merged_items",
    )
    adjustment_reason = models.CharField(_("reason for the adjustment"), max_length=500, blank=True)
    adjusted_on = models.DateField(_("adjusted on"), null=True, blank=True)
    taken_on = models.DateField(_("date of decision"), null=True, blank=True, db_index=True)
    decision_document = models.CharField(_("decision document"), max_length=200, blank=True)
    sort_order = models.PositiveIntegerField(_("number"), default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["catalogue", "sort_order", "id"]
        verbose_name = _("major administrative decision")
        verbose_name_plural = _("major administrative decisions")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("decisions:detail", args=[self.pk])

    def required_procedures(self) -> list[str]:
        flags = {
            ProcedureKind.PUBLIC_PARTICIPATION: self.requires_public_participation,
            ProcedureKind.EXPERT_ARGUMENTATION: self.requires_expert_argumentation,
            ProcedureKind.RISK_ASSESSMENT: self.requires_risk_assessment,
            ProcedureKind.LEGALITY_REVIEW: True,
            ProcedureKind.COLLECTIVE_DISCUSSION: True,
        }
        return [kind for kind in PROCEDURE_ORDER if flags[kind]]

    @property
    def required_procedure_labels(self) -> str:
        labels = dict(ProcedureKind.choices)
        return "、".join(str(labels[kind]) for kind in self.required_procedures())

    def missing_procedures(self) -> list[str]:
        # .all(): a list (the API's) prefetches the procedures, a single record reads them once.
        done = {procedure.kind for procedure in self.procedures.all()}
        return [kind for kind in self.required_procedures() if kind not in done]

    def pending_procedures(self) -> list[str]:
        """Procedures held whose outcome is not on record yet (a call for comment still open or just closed)."""
        pending = {procedure.kind for procedure in self.procedures.all() if procedure.outcome == ""}
        return [kind for kind in PROCEDURE_ORDER if kind in pending]

    def comment_call(self) -> Procedure | None:
        calls = (p for p in self.procedures.all() if p.kind == ProcedureKind.PUBLIC_PARTICIPATION)
        return next(calls, None)


class Procedure(TimeStampedModel):
    """One statutory procedure held for a decision, with its dates, documents and outcome.

    Public participation starts as an open call for comment (征求意见): the draft and its
    explanation are published with ``how_to_comment`` and ``outcome`` stays empty until the
    period has closed and the unit records how the comments were taken up (意见采纳情况).
    Every other procedure is recorded with its outcome at once.
    """

    scope_paths = ("decision__organisation",)

    decision = models.ForeignKey(
        Decision, verbose_name=_("decision"), on_delete=models.CASCADE, related_name="procedures"
    )
    kind = models.CharField(_("procedure"), max_length=24, choices=ProcedureKind.choices)
    started_on = models.DateField(_("started on"))
    ended_on = models.DateField(_("ended on"))
    documents = models.TextField(_("documents"), help_text=_("One document per line: name and number."))
    # Empty only while a call for comment waits for its outcome (see the class docstring).
    outcome = models.TextField(_("outcome"), blank=True)
    # Public participation: a comment period shorter than 30 days needs a stated reason (Art.15).
    short_period_reason = models.CharField(
        _("reason for a shorter comment period"), max_length=300, blank=True
    )
    how_to_comment = models.TextField(
        _("how to comment"),
        blank=True,
        help_text=_("Where and how the public sends comments: postal address, e-mail, web form link."),
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["decision", "started_on", "id"]
        verbose_name = _("statutory procedure")
        verbose_name_plural = _("statutory procedures")

    def __str__(self) -> str:
        return f"{self.decision} · {self.get_kind_display()}"

    @property
    def is_call(self) -> bool:
        return self.kind == ProcedureKind.PUBLIC_PARTICIPATION

    @property
    def is_outcome_pending(self) -> bool:
        return not self.outcome

    def is_open_on(self, day: dt.date) -> bool:
        """A call for comment takes comments from its first to its last day, both included."""
        return self.is_call and self.started_on <= day <= self.ended_on

    def is_closed_on(self, day: dt.date) -> bool:
        return day > self.ended_on


class CallState(models.TextChoices):
    """Where a call for public comment without an outcome stands on a given day."""

    OPEN = "open", _("call for comment open")
    TO_RECORD = "to_record", _("comment period closed, outcome to record")


def calls_in_state(state: str, today: dt.date) -> models.QuerySet[Procedure]:
    """Calls for comment of decisions still in preparation, without an outcome, open or closed on ``today``.

    Unscoped: callers narrow it (``core.scoping.visible``, or the
    portal's published catalogues).
    """
    calls = Procedure.objects.filter(
        kind=ProcedureKind.PUBLIC_PARTICIPATION, outcome="", decision__status=DecisionStatus.PLANNED
    )
    if state == CallState.OPEN:
        return calls.filter(started_on__lte=today, ended_on__gte=today)
    return calls.filter(ended_on__lt=today)


class Hearing(TimeStampedModel):
    """The hearing (听证会) of an item the catalogue marks for one (Art.21), with its record (听证笔录).

    A decision marked ``requires_hearing`` is refused its legality examination, its collective
    discussion and the decision itself until its hearing is on record (``rules.check_hearing_held``).
    """

    scope_paths = ("decision__organisation",)

    decision = models.OneToOneField(
        Decision, verbose_name=_("decision"), on_delete=models.CASCADE, related_name="hearing"
    )
    held_on = models.DateField(_("hearing date"))
    place = models.CharField(_("place"), max_length=200)
    presiding_officer = models.CharField(_("presiding officer"), max_length=100)
    participants = models.PositiveIntegerField(_("participants and representatives"))
    # The hearing record (听证笔录), stored like the archive's files and streamed only by
    # decisions:hearing_record after the scoped look-up of the decision.
    record = models.FileField(_("hearing record"), upload_to="decisions/", max_length=300)
    opinions_adopted = models.TextField(_("opinions adopted"))

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("hearing")
        verbose_name_plural = _("hearings")

    def __str__(self) -> str:
        return f"{self.decision} · {self.held_on}"

    @property
    def download_name(self) -> str:
        extension = self.record.name.rsplit(".", 1)[-1] if "." in self.record.name else ""
        name = f"{self.decision.title}听证笔录".replace("/", "／").replace("\\", "＼")
        return f"{name}.{extension}" if extension else name


class ArchiveDocument(TimeStampedModel):
    """One document of the decision's full-process archive (全过程记录, 一事一档)."""

    decision = models.ForeignKey(
        Decision, verbose_name=_("decision"), on_delete=models.CASCADE, related_name="archive"
    )
    dated_on = models.DateField(_("dated"))
    title = models.CharField(_("document name"), max_length=200)
    reference = models.CharField(_("reference number"), max_length=60, blank=True)
    # The document itself, optional; stored as <org>/<year>/<uuid>.<ext> (core.uploads.upload_name) and
    # never served by URL: decisions:archive_file streams it after the scoped look-up of the decision.
    file = models.FileField(_("file"), upload_to="decisions/", blank=True, max_length=300)

    history = HistoricalRecords()

    class Meta:
        ordering = ["decision", "dated_on", "id"]
        verbose_name = _("archive document")
        verbose_name_plural = _("archive documents")

    def __str__(self) -> str:
        return self.title

    @property
    def download_name(self) -> str:
        """The document's own name with the stored file's extension; never the uploader's file name."""
        extension = self.file.name.rsplit(".", 1)[-1] if "." in self.file.name else ""
        name = self.title.replace("/", "／").replace("\\", "＼")
        return f"{name}.{extension}" if extension else name


class DecisionEvaluation(TimeStampedModel):
    """Post-decision evaluation (决策后评估, Art.36)."""

    decision = models.ForeignKey(
        Decision, verbose_name=_("decision"), on_delete=models.CASCADE, related_name="evaluations"
    )
    evaluated_on = models.DateField(_("evaluated on"))
    evaluator = models.CharField(_("evaluated by"), max_length=100)
    conclusion = models.TextField(_("findings"))

    history = HistoricalRecords()

    class Meta:
        ordering = ["-evaluated_on", "-id"]
        verbose_name = _("post-decision evaluation")
        verbose_name_plural = _("post-decision evaluations")

    def __str__(self) -> str:
        return f"{self.decision} · {self.evaluated_on}"


class DecisionEvent(Event):
    decision = models.ForeignKey(
        Decision, verbose_name=_("decision"), on_delete=models.PROTECT, related_name="events"
    )

    class Meta(Event.Meta):
        verbose_name = _("decision event")
        verbose_name_plural = _("decision events")

    VERBS = {
        "create": _("put in the catalogue"),
        "add": _("added by adjustment"),
        "edit": _("item corrected before publication"),
        "merge": _("merged"),
        "remove": _("removed"),
        "procedure": _("procedure recorded"),
        "document": _("document archived"),
        "take": _("decision recorded"),
        "evaluate": _("evaluated"),
        "publish": _("catalogue published"),
        "call_open": _("call for comment opened"),
        "call_outcome": _("outcome of the call for comment recorded"),
        "hearing": _("hearing recorded"),
    }
