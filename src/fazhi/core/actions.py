"""What every action function (``<app>/actions.py``) is made of.

The pattern, as in ``fazhi.org.actions``::

    def update_organisation(actor: Actor, organisation, **changes) -> Organisation:
        require(actor, Purpose.MANAGE, organisation)          # who may: PermissionDenied
        rules.check_organisation_change(organisation, ...)    # what may: ActionRefused
        with transaction.atomic():
            attribute_to(actor, organisation)                   # history names the actor
            ...save the change...
            record_event(OrganisationEvent, actor=actor, verb="update",
                         organisation=organisation, data={...})
            after_commit(notices.send, recipients, text, url)  # never inside the transaction
        return organisation

Views and API endpoints do nothing but parse input, call one action, and
turn ``ActionRefused`` into a form error or an HTTP 400 and
``PermissionDenied`` into 403/404. No Django signals carry domain logic.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from django.db import transaction

from fazhi.core.scoping import Actor


class ActionRefused(Exception):
    """A rule forbids the change. ``message`` is translated, for the user."""

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


class StaleRefusal(ActionRefused):
    """Someone saved the record after this action read it (``core.models.Versioned``)."""


def stale_refusal(record) -> StaleRefusal:
    """The refusal of a save that found the record changed: who changed it, and when (its history)."""
    from django.utils import timezone
    from django.utils.translation import gettext as _

    latest = None
    history = getattr(type(record), "history", None)
    if history is not None:
        latest = history.filter(id=record.pk).select_related("history_user").order_by("-history_date").first()
    if latest is None:
        return StaleRefusal(_("Someone else changed this record meanwhile; reload the page and try again."))
    who = latest.history_user
    name = str(who) if who else _("the system")
    return StaleRefusal(
        _(
            "%(who)s changed this record at %(when)s, after you opened it; "
            "reload the page to see the change, then try again."
        )
        % {"who": name, "when": timezone.localtime(latest.history_date).strftime("%Y-%m-%d %H:%M:%S")}
    )


class NeedsConfirmation(ActionRefused):
    """A step with consequences the user has not confirmed; ``problems`` lists them in words.

    Actions raise it when called without ``confirmed=True`` on a record a
    guardrail flags (a report with failed checks, a sheet with blank items);
    the page shows the problems and posts back with ``confirm=1``.
    """

    def __init__(self, message: str, problems: list[str] | None = None):
        super().__init__(message, field="confirm")
        self.problems = list(problems or [])


def lock(record) -> None:
    """Inside the action's transaction: hold ``record``'s row until commit, refused if it changed since read.

    For a step that adds rows under a record without saving the record itself
    (filing a document): two at once wait for each other here, and the
    second, re-checking its rule after the lock, finds the first one's rows.
    A ``core.models.Versioned`` record read before another save is refused, and
    so is a record deleted meanwhile: the step would act on a row that is gone.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("lock must run inside the action's transaction")
    rows = type(record)._base_manager.select_for_update().filter(pk=record.pk)
    if hasattr(record, "version"):
        current = rows.values_list("version", flat=True).first()
        if current is None or current != record.version:
            raise stale_refusal(record)
    elif not rows.exists():
        raise stale_refusal(record)


def record_event(event_model, *, actor, verb: str, note: str = "", data: dict | None = None, **subject):
    """Write one event row; call inside the action's transaction."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("record_event must run inside the action's transaction")
    return event_model.objects.create(actor=actor, verb=verb, note=note, data=data or {}, **subject)


def attribute_to(actor: Actor, *instances) -> None:
    """Name ``actor`` in the history rows the next save of ``instances`` writes.

    django-simple-history takes the user from the request; commands, imports
    and the demo loader have none, so actions say who acted explicitly.
    """
    for instance in instances:
        instance._history_user = actor if getattr(actor, "pk", None) else None


def after_commit(function: Callable, *args, **kwargs) -> None:
    """Run ``function`` once the surrounding transaction has committed (notices, mail)."""
    transaction.on_commit(partial(function, *args, **kwargs))
