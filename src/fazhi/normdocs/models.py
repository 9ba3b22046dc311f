"""Administrative normative documents (行政规范性文件): who may issue them, the
draft's legality review (合法性审核), issue, filing (备案) with the level above
and its review, validity, clean-up (清理) and post-implementation evaluation (后评估).

Rules and sources: docs/duties.md. Every change goes through ``actions.py``.
"""

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


class Listing(models.TextChoices):
    POSITIVE = "positive", _("positive list (may issue)")
    NEGATIVE = "negative", _("negative list (may not issue)")


class IssuerListing(TimeStampedModel):
    """An organisation on the region's positive or negative list of issuers (制定主体清单)."""

    organisation = models.OneToOneField(
        Organisation, verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="issuer_listing"
    )
    listing = models.CharField(_("list"), max_length=10, choices=Listing.choices)
    basis = models.CharField(_("basis"), max_length=200, blank=True)
    listed_on = models.DateField(_("listed on"))

    history = HistoricalRecords()

    class Meta:
        ordering = ["listing", "organisation__sort_order", "id"]
        verbose_name = _("issuer listing")
        verbose_name_plural = _("issuer listings")

    def __str__(self) -> str:
        return f"{self.organisation} · {self.get_listing_display()}"


class ChecklistKind(models.TextChoices):
    PROCEDURE = "procedure", _("procedural requirement")
    PROHIBITED = "prohibited", _("prohibited content")


class ChecklistItem(TimeStampedModel):
    """One line of the legality-review checklist of a region; the office edits the list."""

    region_code = models.CharField(_("region code"), max_length=6, db_index=True)
    kind = models.CharField(_("kind"), max_length=12, choices=ChecklistKind.choices)
    text = models.CharField(_("text"), max_length=200)
    sort_order = models.PositiveIntegerField(_("order"), default=0)
    is_active = models.BooleanField(_("in use"), default=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["kind", "sort_order", "id"]
        verbose_name = _("checklist item")
        verbose_name_plural = _("checklist items")

    def __str__(self) -> str:
        return self.text


class DocumentStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    IN_REVIEW = "in_review", _("in legality review")
    RETURNED = "returned", _("returned with opinions")
    APPROVED = "approved", _("passed legality review")
    IN_FORCE = "in_force", _("in force")
    AMENDED = "amended", _("amended")
    ABOLISHED = "abolished", _("abolished")
    EXPIRED = "expired", _("expired")


PUBLISHED_STATUSES = (
    DocumentStatus.IN_FORCE,
    DocumentStatus.AMENDED,
    DocumentStatus.ABOLISHED,
    DocumentStatus.EXPIRED,
)

# The issuer's own steps on a document besides its unit transitions (submit, issue).
DOCUMENT_UNIT_STEPS = frozenset({"create", "update", "attach_text", "file", "evaluate"})

S = DocumentStatus
DOCUMENT_WORKFLOW = Workflow(
    S,
    [
        Transition(
            "submit",
            _("submit for legality review"),
            {S.DRAFT, S.RETURNED},
            S.IN_REVIEW,
            Purpose.EDIT,
            side=Side.UNIT,
        ),
        Transition(
            "pass_review",
            _("pass the legality review"),
            {S.IN_REVIEW},
            S.APPROVED,
            Purpose.REVIEW,
            side=Side.OFFICE,
        ),
        Transition(
            "return_review",
            _("return with opinions"),
            {S.IN_REVIEW},
            S.RETURNED,
            Purpose.REVIEW,
            side=Side.OFFICE,
        ),
        Transition("issue", _("issue"), {S.APPROVED}, S.IN_FORCE, Purpose.EDIT, side=Side.UNIT),
        Transition("retain", _("retain"), {S.IN_FORCE}, S.IN_FORCE, Purpose.REVIEW, side=Side.OFFICE),
        Transition("amend", _("mark as amended"), {S.IN_FORCE}, S.AMENDED, Purpose.REVIEW, side=Side.OFFICE),
        Transition(
            "abolish", _("abolish"), {S.IN_FORCE, S.AMENDED}, S.ABOLISHED, Purpose.REVIEW, side=Side.OFFICE
        ),
        Transition(
            "expire",
            _("declare expired"),
            {S.IN_FORCE, S.AMENDED},
            S.EXPIRED,
            Purpose.REVIEW,
            side=Side.OFFICE,
        ),
    ],
    # The unit's steps outside the workflow, as the document's event rows name them.
    unit_steps=DOCUMENT_UNIT_STEPS,
)


class NormativeDocument(Versioned, TimeStampedModel):
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("issuing body"),
        on_delete=models.PROTECT,
        related_name="normative_documents",
    )
    title = models.CharField(_("document title"), max_length=200)
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=DocumentStatus.choices,
        default=DocumentStatus.DRAFT,
        db_index=True,
    )
    drafting_notes = models.TextField(
        _("drafting notes"), blank=True, help_text=_("Basis, necessity and main content (起草说明).")
    )
    is_market_related = models.BooleanField(_("closely related to market entities"), default=False)
    is_provisional = models.BooleanField(_("provisional (暂行/试行)"), default=False)
    comment_from = models.DateField(_("public comment from"), null=True, blank=True)
    comment_until = models.DateField(_("public comment until"), null=True, blank=True)
    document_number = models.CharField(_("document number"), max_length=60, blank=True)
    issued_on = models.DateField(_("issued on"), null=True, blank=True, db_index=True)
    effective_on = models.DateField(_("in force from"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True, db_index=True)
    # Filled when a clean-up or evaluation ended the document's force.
    ended_on = models.DateField(_("force ended on"), null=True, blank=True)
    # The text itself (the draft's, then the official text), optional; stored as <org>/<year>/<uuid>.<ext>.
    # Never served by URL: the scoped page streams it, and the portal only for a published document.
    official_text = models.FileField(_("official text"), upload_to="normdocs/", blank=True, max_length=300)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-issued_on", "-id"]
        verbose_name = _("normative document")
        verbose_name_plural = _("normative documents")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "document_number"],
                name="normdocs_unique_number",
                condition=~models.Q(document_number=""),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("normdocs:detail", args=[self.pk])

    @property
    def is_published(self) -> bool:
        return self.status in PUBLISHED_STATUSES

    @property
    def official_text_name(self) -> str:
        """Download name: the document number (or title) and the stored extension, never the uploader's name."""
        extension = self.official_text.name.rsplit(".", 1)[-1] if "." in self.official_text.name else "txt"
        name = (self.document_number or self.title).replace("/", "／").replace("\\", "＼")
        return f"{name}.{extension}"


class ReviewOutcome(models.TextChoices):
    PASSED = "passed", _("passed")
    RETURNED = "returned", _("returned with opinions")


class LegalityReview(TimeStampedModel):
    """One round of legality review (合法性审核) of a draft, with its checklist answers.

    ``answers`` maps a checklist item's id (as text) to ``{"text", "kind", "ok"}``:
    ``ok`` means the procedure was followed, or the prohibited content is absent.
    The item's text is copied so that a later edit of the checklist does not
    rewrite a finished review.
    """

    scope_paths = ("document__organisation",)

    document = models.ForeignKey(
        NormativeDocument,
        verbose_name=_("normative document"),
        on_delete=models.CASCADE,
        related_name="reviews",
    )
    round = models.PositiveIntegerField(_("round"), default=1)
    submitted_on = models.DateField(_("submitted on"))
    due_on = models.DateField(_("review due on"))
    reviewed_on = models.DateField(_("reviewed on"), null=True, blank=True)
    outcome = models.CharField(_("outcome"), max_length=10, choices=ReviewOutcome.choices, blank=True)
    opinions = models.TextField(_("review opinions"), blank=True)
    answers = models.JSONField(_("checklist answers"), default=dict, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["document", "round"]
        verbose_name = _("legality review")
        verbose_name_plural = _("legality reviews")

    def __str__(self) -> str:
        return f"{self.document} · {self.round}"


class DocumentFilingStatus(models.TextChoices):
    FILED = "filed", _("filed, awaiting review")
    ACCEPTED = "accepted", _("accepted for the record")
    REFUSED = "refused", _("refused")


DOCUMENT_FILING_WORKFLOW = Workflow(
    DocumentFilingStatus,
    [
        Transition(
            "accept_filing",
            _("accept for the record"),
            {DocumentFilingStatus.FILED},
            DocumentFilingStatus.ACCEPTED,
            Purpose.REVIEW,
            side=Side.OFFICE,
        ),
        Transition(
            "refuse_filing",
            _("refuse"),
            {DocumentFilingStatus.FILED},
            DocumentFilingStatus.REFUSED,
            Purpose.REVIEW,
            side=Side.OFFICE,
        ),
    ],
    # A filing is reviewed from the document's event rows: the issuer's steps are all of them.
    unit_steps=DOCUMENT_UNIT_STEPS | {"submit", "issue"},
)


class Filing(Versioned, TimeStampedModel):
    """The filing (备案) of an issued document with the body above, and that body's review."""

    scope_paths = ("document__organisation",)

    document = models.OneToOneField(
        NormativeDocument,
        verbose_name=_("normative document"),
        on_delete=models.CASCADE,
        related_name="filing",
    )
    receiver = models.ForeignKey(
        Organisation,
        verbose_name=_("filed with"),
        on_delete=models.PROTECT,
        related_name="received_normdoc_filings",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=DocumentFilingStatus.choices, default=DocumentFilingStatus.FILED
    )
    due_on = models.DateField(_("filing due on"))
    filed_on = models.DateField(_("filed on"))
    has_report = models.BooleanField(_("filing report enclosed"), default=True)
    has_text = models.BooleanField(_("official text enclosed"), default=True)
    has_drafting_notes = models.BooleanField(_("drafting notes enclosed"), default=True)
    review_due_on = models.DateField(_("filing review due on"))
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    reasons = models.TextField(_("reasons"), blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-filed_on", "-id"]
        # The filings list sorts by filing date (issue 18 §3).
        indexes = [models.Index(fields=["-filed_on", "-id"], name="normdocs_filing_filed_on")]
        verbose_name = _("filing")
        verbose_name_plural = _("filings")

    def __str__(self) -> str:
        return f"{self.document} · {self.get_status_display()}"

    @property
    def is_on_time(self) -> bool:
        return self.filed_on <= self.due_on


class CleanupOutcome(models.TextChoices):
    RETAIN = "retain", _("retain")
    AMEND = "amend", _("amend")
    ABOLISH = "abolish", _("abolish")
    EXPIRE = "expire", _("declare expired")


class CleanupCampaign(TimeStampedModel):
    """A clean-up (清理) organised by a body (usually the government or its office)."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organised by"),
        on_delete=models.PROTECT,
        related_name="normdoc_cleanups",
    )
    title = models.CharField(_("clean-up title"), max_length=200)
    started_on = models.DateField(_("started on"))
    is_open = models.BooleanField(_("open"), default=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-started_on", "-id"]
        verbose_name = _("clean-up campaign")
        verbose_name_plural = _("clean-up campaigns")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("normdocs:cleanup_detail", args=[self.pk])


class CleanupDecision(TimeStampedModel):
    scope_paths = ("document__organisation",)

    campaign = models.ForeignKey(
        CleanupCampaign,
        verbose_name=_("clean-up campaign"),
        on_delete=models.CASCADE,
        related_name="decisions",
    )
    document = models.ForeignKey(
        NormativeDocument,
        verbose_name=_("normative document"),
        on_delete=models.PROTECT,
        related_name="cleanup_decisions",
    )
    outcome = models.CharField(_("outcome"), max_length=10, choices=CleanupOutcome.choices)
    reason = models.CharField(_("reason"), max_length=500, blank=True)
    decided_on = models.DateField(_("decided on"))

    history = HistoricalRecords()

    class Meta:
        ordering = ["campaign", "id"]
        verbose_name = _("clean-up decision")
        verbose_name_plural = _("clean-up decisions")
        constraints = [models.UniqueConstraint(fields=["campaign", "document"], name="normdocs_one_decision")]

    def __str__(self) -> str:
        return f"{self.document} · {self.get_outcome_display()}"


class EvaluationConclusion(models.TextChoices):
    CONTINUE = "continue", _("continue in force")
    AMEND = "amend", _("amend")
    ABOLISH = "abolish", _("abolish")


class Evaluation(TimeStampedModel):
    """Post-implementation evaluation (后评估), usually six months before expiry."""

    document = models.ForeignKey(
        NormativeDocument,
        verbose_name=_("normative document"),
        on_delete=models.CASCADE,
        related_name="evaluations",
    )
    evaluated_on = models.DateField(_("evaluated on"))
    conclusion = models.CharField(_("conclusion"), max_length=10, choices=EvaluationConclusion.choices)
    summary = models.TextField(_("evaluation summary"))

    history = HistoricalRecords()

    class Meta:
        ordering = ["-evaluated_on", "-id"]
        verbose_name = _("post-implementation evaluation")
        verbose_name_plural = _("post-implementation evaluations")

    def __str__(self) -> str:
        return f"{self.document} · {self.evaluated_on}"


class ExpiryReminderSent(SentReminder):
    """That the issuer was reminded of a document's expiry (normdocs.reminders), once per valid-until date."""

    document = models.ForeignKey(NormativeDocument, on_delete=models.CASCADE, related_name="expiry_reminders")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["document", "kind", "due"], name="normdocs_one_expiry_reminder")
        ]


class NormativeDocumentEvent(Event):
    document = models.ForeignKey(
        NormativeDocument,
        verbose_name=_("normative document"),
        on_delete=models.PROTECT,
        related_name="events",
    )

    class Meta(Event.Meta):
        verbose_name = _("normative document event")
        verbose_name_plural = _("normative document events")

    VERBS = {
        "create": _("drafted"),
        "update": _("changed"),
        "submit": _("submitted for legality review"),
        "pass_review": _("passed the legality review"),
        "return_review": _("returned with opinions"),
        "issue": _("issued"),
        "file": _("filed"),
        "accept_filing": _("filing accepted"),
        "refuse_filing": _("filing refused"),
        "retain": _("retained in a clean-up"),
        "amend": _("marked as amended"),
        "abolish": _("abolished"),
        "expire": _("declared expired"),
        "evaluate": _("evaluated"),
        "remind_expiry": _("expiry reminder sent"),
        "register": _("entered from the existing register"),
        "attach_text": _("text attached"),
    }


def awaiting_filing(documents):
    """The issued documents whose filing (备案) is still to be recorded.

    A document entered from the existing register was issued before fazhi was in use: its filing
    happened, or did not, outside the platform, so it is not chased as overdue (a unit may still
    record that filing). Chasing hundreds of old documents on the first day would bury the real ones.
    """
    return documents.filter(
        status=DocumentStatus.IN_FORCE, filing__isnull=True, issued_on__isnull=False
    ).exclude(events__verb="register")
