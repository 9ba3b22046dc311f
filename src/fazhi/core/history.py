"""Rows for the history panel shown on every record's page.

Models declare ``history = HistoricalRecords()`` (django-simple-history);
the detail view passes ``history_rows(request, record)`` (a page of them) to
``core/_history.html``.
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


def history_rows(request, instance):
    """One page of ``instance``'s changes, newest first; ``core/_history.html`` pages it (``?changes=N``).

    A record a province edits for years has more changes than one page shows; they are
    paged, never cut. Each row is diffed against the change before it, so the page's
    oldest row needs the newest row of the next page: one more row is read for it.
    """
    from fazhi.core.pages import paged

    records = instance.history.select_related("history_user").order_by("-history_date", "-history_id")
    page = paged(request, records, param="changes")
    shown = list(page.object_list)
    before = list(records[page.end_index() : page.end_index() + 1]) if page.has_next() else []
    page.object_list = _rows(instance, shown + before, len(shown))
    return page


def _rows(instance, records: list, limit: int) -> list[HistoryRow]:
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
