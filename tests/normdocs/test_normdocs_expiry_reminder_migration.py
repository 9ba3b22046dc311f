"""Migration 0003 moves the expiry reminder's mark to a sent-record row, keeping existing marks."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from .conftest import issued_of

BEFORE = ("normdocs", "0002_normative_document_official_text")
AFTER = ("normdocs", "0003_expiry_reminder_sent_records")


def _migrate(target):
    executor = MigrationExecutor(connection)
    executor.migrate([target])
    return executor.loader.project_state([target]).apps


def _migrate_to_latest():
    """Back to the newest normdocs migration, whatever came after 0003, for the next tests."""
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes("normdocs"))


@pytest.mark.django_db(transaction=True)
def test_a_reminded_document_stays_reminded_forwards_and_backwards(listed, filer_a, reviewer, unit_a):
    document = issued_of(filer_a, reviewer, unit_a, issued_on=dt.date(2025, 4, 1))  # valid until 2030-04-30
    try:
        old = _migrate(BEFORE)
        old.get_model("normdocs", "NormativeDocument").objects.filter(pk=document.pk).update(
            expiry_reminded_on=dt.date(2029, 11, 1)
        )
        new = _migrate(AFTER)
        rows = new.get_model("normdocs", "ExpiryReminderSent").objects.filter(document_id=document.pk)
        assert [(row.kind, row.due) for row in rows] == [("due_soon", dt.date(2030, 4, 30))]
        assert rows.get().sent_at.date() in {dt.date(2029, 10, 31), dt.date(2029, 11, 1)}  # Shanghai midnight

        old = _migrate(BEFORE)
        back = old.get_model("normdocs", "NormativeDocument").objects.get(pk=document.pk)
        assert back.expiry_reminded_on == dt.date(2029, 11, 1)
    finally:
        _migrate_to_latest()

    from fazhi.normdocs import reminders

    assert reminders.send_reminders(dt.date(2029, 12, 1)) == 0  # the moved mark still counts
