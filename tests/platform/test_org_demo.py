"""The demo region loads, is complete, and loading it again keeps existing data."""

from __future__ import annotations

import io
import os

import pytest
from django.core.management import call_command
from django.urls import reverse

from fazhi.org.demo import DEMO_PASSWORD, LOGINS
from fazhi.org.models import Membership, Organisation, OrganisationEvent, User


def load() -> str:
    """The org app's part of the demo only; the whole command (every app's
    demo, twice) is run once, in test_make_demo_steps_from_a_fresh_var_directory."""
    from fazhi.org import demo

    out = io.StringIO()
    demo.load(out)
    return out.getvalue()


def test_demo_region_has_what_the_issue_asks(db):
    load()
    government = Organisation.objects.get(kind="government")
    assert government.region.full_name == "浙江省湖州市德清县" and government.region.level == "county"
    assert Organisation.objects.filter(kind="department", parent=government).count() >= 12
    assert Organisation.objects.filter(kind__in=["township", "street"], parent=government).count() >= 6
    assert Organisation.objects.filter(kind="commissioned_body").count() == 1
    assert Organisation.objects.filter(is_rule_of_law_office=True).get().name == "德清县司法局"
    assert {m.role for m in Membership.objects.all()} == {
        "system_admin",
        "office_reviewer",
        "unit_filer",
        "unit_leader",
        "evaluator",
    }


def test_load_demo_is_idempotent_and_keeps_changes(db):
    load()
    counts = (
        Organisation.objects.count(),
        User.objects.count(),
        Membership.objects.count(),
        OrganisationEvent.objects.count(),
    )
    unit = Organisation.objects.get(name="德清县市场监督管理局")
    unit.contact_person = "已改动"
    unit.save()
    user = User.objects.get(username="scj_filer")
    user.set_password("Another-Pass-4711")
    user.save()
    output = load()
    assert "新增单位 0 个" in output
    assert (
        Organisation.objects.count(),
        User.objects.count(),
        Membership.objects.count(),
        OrganisationEvent.objects.count(),
    ) == counts
    assert Organisation.objects.get(pk=unit.pk).contact_person == "已改动"
    assert User.objects.get(username="scj_filer").check_password("Another-Pass-4711")


def test_printed_logins_work(client, db):
    load()
    out = io.StringIO()
    call_command("demo_logins", stdout=out)
    for username, *_rest in LOGINS:
        assert username in out.getvalue()
        client.post(reverse("logout"))
        response = client.post(reverse("login"), {"username": username, "password": DEMO_PASSWORD})
        assert response.status_code == 302, username
        assert client.get("/").status_code == 200
    assert DEMO_PASSWORD in out.getvalue()


@pytest.mark.skipif(
    "DATABASE_URL" in os.environ,
    reason="make demo uses SQLite in its own var/; the SQLite pass already ran this",
)
def test_make_demo_steps_from_a_fresh_var_directory(tmp_path):
    """What `make demo` runs before the server, on an empty var/ (SQLite), twice:
    every app's demo must load on a fresh database and add nothing the second time."""
    import subprocess
    import sys
    from pathlib import Path

    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("FAZHI_", "DJANGO_")) and k != "DATABASE_URL"
    }
    environment["FAZHI_VAR_DIR"] = str(tmp_path / "var")
    root = Path(__file__).resolve().parents[2]

    def manage(*args):
        result = subprocess.run(
            [sys.executable, "-m", "fazhi.cli", "manage", *args],
            env=environment,
            cwd=root,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    def row_counts() -> dict[str, int]:
        import sqlite3

        with sqlite3.connect(tmp_path / "var" / "fazhi.sqlite3") as database:
            tables = [
                name for (name,) in database.execute("SELECT name FROM sqlite_master WHERE type='table'")
            ]
            return {
                table: database.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
                for table in tables
                if not table.startswith(("sqlite_", "django_session", "axes_"))
            }

    manage("migrate", "--noinput", "-v", "0")
    assert "新增单位 35 个" in manage("load_demo")
    first = row_counts()
    manage("migrate", "--noinput", "-v", "0")
    assert "新增单位 0 个（共 35 个），新增账号 0 个" in manage("load_demo")
    second = row_counts()
    grown = {table: (first[table], second[table]) for table in first if second[table] != first[table]}
    assert not grown, f"load_demo is not idempotent; rows before/after the second run: {grown}"
    logins = manage("demo_logins")
    assert "scj_filer" in logins and "Fazhi-Demo-2026" in logins
    assert (tmp_path / "var" / "fazhi.sqlite3").exists() and (tmp_path / "var" / "secret_key").exists()
