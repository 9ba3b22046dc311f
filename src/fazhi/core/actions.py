"""What every action function (``<app>/actions.py``) is made of.

The pattern, as in ``fazhi.org.actions``::

    def update_organisation(actor, organisation, **changes) -> Organisation:
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


class ActionRefused(Exception):
    """A rule forbids the change. ``message`` is translated, for the user."""

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


class NeedsConfirmation(ActionRefused):
    """A step with consequences the user has not confirmed; ``problems`` lists them in words.

    Actions raise it when called without ``confirmed=True`` on a record a
    guardrail flags (a report with failed checks, a sheet with blank items);
    the page shows the problems and posts back with ``confirm=1``.
    """

    def __init__(self, message: str, problems: list[str] | None = None):
        super().__init__(message, field="confirm")
        self.problems = list(problems or [])


def record_event(event_model, *, actor, verb: str, note: str = "", data: dict | None = None, **subject):
    """Write one event row; call inside the action's transaction."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("record_event must run inside the action's transaction")
    return event_model.objects.create(actor=actor, verb=verb, note=note, data=data or {}, **subject)


def attribute_to(actor, *instances) -> None:
    """Name ``actor`` in the history rows the next save of ``instances`` writes.

    django-simple-history takes the user from the request; commands, imports
    and the demo loader have none, so actions say who acted explicitly.
    """
    for instance in instances:
        instance._history_user = actor if getattr(actor, "pk", None) else None


def after_commit(function: Callable, *args, **kwargs) -> None:
    """Run ``function`` once the surrounding transaction has committed (notices, mail)."""
    transaction.on_commit(partial(function, *args, **kwargs))
