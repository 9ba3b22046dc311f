"""Abstract bases every app builds on, and the in-app notice."""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        abstract = True


class Versioned(models.Model):
    """A record whose every save checks that nobody saved it since it was read.

    ``version`` goes up by one on each save; the UPDATE matches only the
    version this instance was read at (or that an edit form carried, see
    ``core.forms.add_version_field``). Two people taking the same step at once
    (two sign-offs, two acceptances) or saving the same draft from two pages:
    the second save changes nothing and the action is refused (``StaleRefusal``), inside its
    transaction, so no event row is written either. It is the state check
    done under the row's lock: PostgreSQL re-reads the locked row before
    matching the version, SQLite writes one at a time.
    """

    version = models.PositiveIntegerField(_("version"), default=0, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self._state.adding or self.pk is None:
            return super().save(*args, **kwargs)
        expected = self.version
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "version"}
        self.version = expected + 1
        self._expected_version = expected
        try:
            return super().save(*args, **kwargs)
        except BaseException:
            self.version = expected
            raise
        finally:
            self._expected_version = None

    def _do_update(self, base_qs, using, pk_val, values, update_fields, forced_update):  # noqa: PLR0917 - Django's signature
        expected = getattr(self, "_expected_version", None)
        if expected is None:
            return super()._do_update(base_qs, using, pk_val, values, update_fields, forced_update)
        if super()._do_update(
            base_qs.filter(version=expected), using, pk_val, values, update_fields, forced_update
        ):
            return True
        if base_qs.filter(pk=pk_val).exists():
            from fazhi.core.actions import stale_refusal  # kept out of model loading

            raise stale_refusal(self)
        return False


class Event(models.Model):
    """One row per action taken on a record: who did what, when, and why.

    Each app declares a concrete subclass with a foreign key to its record
    (``OrganisationEvent.organisation``) and writes it from its action
    functions, inside the same transaction as the change. ``verb`` is a code
    from the subclass's ``VERBS`` (``"update"``, ``"submit"``, ``"return"``...)
    or from ``COMMON_VERBS``; ``data`` holds what the verb needs (changed
    fields, reasons). ``VERBS`` maps each code to the label the record's page
    shows (``verb_label``); the column has no choices, so adding a verb needs
    no migration.
    """

    # Verbs written by core for any app (core.reminders).
    COMMON_VERBS: ClassVar[dict[str, str]] = {"remind": _("sent a reminder")}
    VERBS: ClassVar[dict[str, str]] = {}

    created_at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    verb = models.CharField(_("action"), max_length=40)
    note = models.TextField(_("note"), blank=True)
    data = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        abstract = True
        ordering = ["-created_at", "-id"]

    @property
    def verb_label(self) -> str:
        return str(self.VERBS.get(self.verb) or self.COMMON_VERBS.get(self.verb, self.verb))

    @property
    def proxy_reason(self) -> str:
        """Why the office entered this unit's step for the unit (代为录入), or "" (core.duties)."""
        data = self.data if isinstance(self.data, dict) else {}
        return str(data.get("proxy_reason", ""))


class ReminderKind(models.TextChoices):
    DUE_SOON = "due_soon", _("due soon")
    OVERDUE = "overdue", _("overdue")


class SentReminder(models.Model):
    """That a reminder of one kind went out for one deadline of a record (core.reminders).

    Each app declares a concrete subclass with a foreign key to its record and
    a unique constraint on (record, kind, due): a second run, the same day or
    later, sends nothing twice, while a new deadline gets its own reminders.
    """

    kind = models.CharField(max_length=20, choices=ReminderKind.choices)
    due = models.DateField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self.kind} · {self.due}"


class Notice(models.Model):
    """An in-app message to one person (reminders, returned records...)."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.CASCADE,
        related_name="notices",
    )
    text = models.CharField(_("text"), max_length=500)
    url = models.CharField(_("link"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, db_index=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("notice")
        verbose_name_plural = _("notices")

    def __str__(self) -> str:
        return self.text


class UsedFormToken(models.Model):
    """A create form already sent (``core.pages.submit_once``): its second sending creates nothing."""

    token = models.CharField(max_length=64, unique=True)
    used_at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self) -> str:
        return self.token


class DocumentNumberSequence(models.Model):
    """The last document number (文号) an issuing office used in a year; locked while the next is taken."""

    organisation = models.ForeignKey(
        "org.Organisation", verbose_name=_("issuing office"), on_delete=models.CASCADE, related_name="+"
    )
    year = models.PositiveIntegerField(_("year"))
    last_number = models.PositiveIntegerField(_("last number"), default=0)

    class Meta:
        verbose_name = _("document number sequence")
        verbose_name_plural = _("document number sequences")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "year"], name="core_unique_sequence_year"),
        ]

    def __str__(self) -> str:
        return f"{self.organisation} {self.year}: {self.last_number}"


class IssuedDocumentNumber(models.Model):
    """A number given to one document (``key``), so that downloading it again shows the same 文号."""

    organisation = models.ForeignKey(
        "org.Organisation", verbose_name=_("issuing office"), on_delete=models.CASCADE, related_name="+"
    )
    year = models.PositiveIntegerField(_("year"))
    number = models.PositiveIntegerField(_("number"))
    key = models.CharField(_("document"), max_length=100)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("issued document number")
        verbose_name_plural = _("issued document numbers")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "year", "number"], name="core_unique_number"),
            models.UniqueConstraint(fields=["organisation", "key"], name="core_unique_document_key"),
        ]

    def __str__(self) -> str:
        return f"{self.organisation} {self.year} {self.number}: {self.key}"
