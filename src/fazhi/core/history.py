"""Rows for the history panel shown on every record's page.

Models declare ``history = HistoricalRecords()`` (django-simple-history);
the detail view passes ``history_rows(record)`` to ``core/_history.html``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import FileField
from django.utils.translation import gettext_lazy as _

HISTORY_TYPES = {"+": _("created"), "~": _("changed"), "-": _("deleted")}
HIDDEN_FIELDS = frozenset({"updated_at", "created_at", "password", "last_login"})


@dataclass(frozen=True)
class Change:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class HistoryRow:
    when: dt.datetime
    who: str
    kind: str
    changes: list[Change]
    reason: str


def _display(record, field_name: str) -> str:
    field = record._meta.get_field(field_name)
    value = getattr(record, field.attname, None)
    if value is None or value == "":
        return "—"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return str(_("yes") if value else _("no"))
    model = getattr(record, "instance_type", None)  # the tracked model: its FileField is text here
    if model is not None and isinstance(model._meta.get_field(field_name), FileField):
        # The stored name is a storage path (region/unit/uuid...): say only that a file is there.
        return str(_("file uploaded"))
    if field.is_relation:
        try:
            return str(getattr(record, field.name))
        except Exception:  # the related row may have been deleted since
            return str(value)
    return str(value)


def history_rows(instance, limit: int = 50) -> list[HistoryRow]:
    records = list(
        instance.history.select_related("history_user").order_by("-history_date", "-history_id")[: limit + 1]
    )
    rows = []
    for index, record in enumerate(records[:limit]):
        previous = records[index + 1] if index + 1 < len(records) else None
        changes: list[Change] = []
        if previous is not None and record.history_type == "~":
            delta = record.diff_against(previous)
            for change in delta.changes:
                if change.field in HIDDEN_FIELDS:
                    continue
                label = str(instance._meta.get_field(change.field).verbose_name)
                changes.append(
                    Change(label, _display(previous, change.field), _display(record, change.field))
                )
            if not changes:
                continue  # a save that changed nothing a person cares about
        user = record.history_user
        who = (getattr(user, "display_name", "") or str(user)) if user else str(_("system"))
        rows.append(
            HistoryRow(
                record.history_date,
                who,
                str(HISTORY_TYPES.get(record.history_type, "")),
                changes,
                record.history_change_reason or "",
            )
        )
    return rows
