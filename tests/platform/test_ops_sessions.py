"""A page read does not write the session; a locked or lost database answers a Chinese 503.

The lock test copies the test database into a SQLite file, points Django's
connection at it with a half-second lock timeout, and holds a write lock on
the file from a second connection, as a long import or a backup would.
"""

from __future__ import annotations

import sqlite3
import time

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import OperationalError, connection
from django.test import Client
from django.urls import reverse

from fazhi.ops.middleware import RENEWED_AT, renew_interval
from fazhi.ops.unavailable import is_database_unavailable

PASSWORD = "Correct-Horse-Battery-9"


def logged_in(filer) -> Client:
    client = Client()
    response = client.post(reverse("login"), {"username": filer.username, "password": PASSWORD})
    assert response.status_code == 302
    return client


def expiry(client) -> object:
    return Session.objects.get(session_key=client.session.session_key).expire_date


def test_session_is_not_saved_on_every_request():
    assert settings.SESSION_SAVE_EVERY_REQUEST is False


def test_a_page_read_leaves_the_session_row_alone(filer_a, django_assert_max_num_queries):
    client = logged_in(filer_a)
    before = expiry(client)
    time.sleep(0.01)
    assert client.get(reverse("home")).status_code == 200
    assert client.get(reverse("notices")).status_code == 200
    assert expiry(client) == before


def test_an_idle_login_is_renewed_once_an_interval_has_passed(filer_a):
    client = logged_in(filer_a)
    session = client.session
    session[RENEWED_AT] = int(time.time()) - renew_interval() - 1
    session.save()
    before = expiry(client)
    time.sleep(1.1)  # expire_date has one-second resolution on some databases
    assert client.get(reverse("home")).status_code == 200
    assert expiry(client) > before
    assert client.session[RENEWED_AT] >= int(time.time()) - 5


def test_unavailable_means_locked_or_unreachable_not_a_missing_table():
    assert is_database_unavailable(OperationalError("database is locked"))
    assert is_database_unavailable(
        OperationalError("connection to server at 10.0.0.5 failed: Connection refused")
    )
    assert not is_database_unavailable(OperationalError("no such table: org_user"))
    assert not is_database_unavailable(ValueError("database is locked"))


@pytest.fixture
def file_database(tmp_path, transactional_db):
    """Django's connection on a SQLite file holding the test database's rows, with a 0.5 s lock timeout."""
    if connection.vendor != "sqlite":
        pytest.skip("the write lock of a SQLite file; PostgreSQL locks rows, not the database")
    path = tmp_path / "locked.sqlite3"
    connection.ensure_connection()
    target = sqlite3.connect(path)
    connection.connection.backup(target)
    target.execute("PRAGMA journal_mode=WAL")
    target.close()
    memory_connection, original = connection.connection, connection.settings_dict
    connection.connection = None  # keep the in-memory test database alive beside the file
    connection.settings_dict = {
        **original,
        "NAME": str(path),
        "OPTIONS": {**original["OPTIONS"], "timeout": 0.5},
    }
    try:
        yield path
    finally:
        connection.close()
        connection.settings_dict = original
        connection.connection = memory_connection


def test_a_held_write_lock_lets_pages_read_and_refuses_writes_with_503(filer_a, file_database):
    # Logged in before the lock, as the user was when the long write began.
    client = logged_in(filer_a)
    holder = sqlite3.connect(file_database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # the write lock
    try:
        started = time.monotonic()
        assert client.get(reverse("home")).status_code == 200
        assert client.get(reverse("notices")).status_code == 200
        assert time.monotonic() - started < 5, "a read waited for the write lock"

        response = client.post(reverse("logout"))  # deleting the session is a write
        assert response.status_code == 503
        assert response["Retry-After"] == "30"
        page = response.content.decode()
        assert "系统繁忙" in page and "数据库" in page
    finally:
        holder.rollback()
        holder.close()
    assert client.post(reverse("logout")).status_code == 302
