"""Full-process records (全过程记录) in a tamper-evident hash chain, one chain per body.

Each entry holds the hash of the entry before it and the hash of its content (the
file's SHA-256, or of the record's text); its own hash covers both and every field
below. Entries are never updated or deleted: a correction is a new entry that names
the one it corrects. ``fazhi enforcement verify`` recomputes every chain
(``enforcement.chain.verify``); a row changed behind the application's back breaks
its entry's hash, a row removed breaks the sequence.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from fazhi.enforcement.models.bodies import EnforcementBody
from fazhi.enforcement.models.cases import Case

# The previous hash of a chain's first entry.
GENESIS = "0" * 64


class RecordKind(models.TextChoices):
    DOCUMENT = "document", _("written document")
    AUDIO = "audio", _("audio record")
    VIDEO = "video", _("video record")
    TEXT = "text", _("written record")
    CORRECTION = "correction", _("correction")


class AppendOnly(Exception):
    """An attempt to change or delete a chain entry."""


class ProcessRecord(models.Model):
    body = models.ForeignKey(
        EnforcementBody,
        verbose_name=_("enforcement body"),
        on_delete=models.PROTECT,
        related_name="process_records",
    )
    sequence = models.PositiveIntegerField(_("entry number"))
    case = models.ForeignKey(
        Case,
        verbose_name=_("enforcement case"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="process_records",
    )
    stage = models.CharField(_("stage"), max_length=16, blank=True)
    kind = models.CharField(_("kind"), max_length=12, choices=RecordKind.choices)
    title = models.CharField(_("title"), max_length=200)
    file_name = models.CharField(_("file name"), max_length=200, blank=True)
    # Empty when the media stay in the body's own store (``held_by_body``): the hash stands for them.
    file = models.FileField(_("file"), upload_to="enforcement/records/%Y/", blank=True)
    content_hash = models.CharField(_("content hash (SHA-256)"), max_length=64)
    # The media stay in the body's own store; only their hash is here.
    held_by_body = models.BooleanField(_("held in the body's own store"), default=False)
    corrects = models.ForeignKey(
        "self", verbose_name=_("corrects"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    previous_hash = models.CharField(_("previous hash"), max_length=64)
    entry_hash = models.CharField(_("entry hash"), max_length=64)

    scope_paths = ("body__organisation",)

    class Meta:
        ordering = ["body", "sequence"]
        verbose_name = _("process record")
        verbose_name_plural = _("process records")
        constraints = [
            models.UniqueConstraint(fields=["body", "sequence"], name="enforcement_unique_chain_sequence")
        ]

    def __str__(self) -> str:
        return f"{self.body_id}#{self.sequence} {self.title}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnly("a process record is never changed; append a correction")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnly("a process record is never deleted; append a correction")


class ChainCheck(models.Model):
    """One run of the verification over a body's chain."""

    body = models.ForeignKey(
        EnforcementBody,
        verbose_name=_("enforcement body"),
        on_delete=models.CASCADE,
        related_name="chain_checks",
    )
    checked_at = models.DateTimeField(_("verified at"), default=timezone.now)
    entries = models.PositiveIntegerField(_("entries"))
    head_hash = models.CharField(_("chain head"), max_length=64)
    is_intact = models.BooleanField(_("intact"))
    broken_sequence = models.PositiveIntegerField(_("first broken entry"), null=True, blank=True)
    message = models.CharField(_("finding"), max_length=300, blank=True)

    scope_paths = ("body__organisation",)

    class Meta:
        ordering = ["-checked_at", "-id"]
        get_latest_by = "checked_at"
        verbose_name = _("chain verification")
        verbose_name_plural = _("chain verifications")

    def __str__(self) -> str:
        return f"{self.body_id} · {self.checked_at:%Y-%m-%d}"
