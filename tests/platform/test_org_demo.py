"""The demo region loads, is complete, and loading it again keeps existing data.

The tests name ``demo_county`` (tests/conftest.py): the whole demo, loaded once per session.
"""

from __future__ import annotations

import io
import os

import pytest
from django.apps import apps
from django.core.management import call_command
from django.urls import reverse

from fazhi.org.demo import DEMO_PASSWORD, LOGINS
from fazhi.org.models import Membership, Organisation, OrganisationEvent, User


def load() -> str:
    """The org app's part of the demo again, on top of ``demo_county``."""
    from fazhi.org import demo

    out = io.StringIO()
    demo.load(out)
    return out.getvalue()


def row_counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def test_demo_region_has_what_the_issue_asks(demo_county):
    assert "新增单位 35 个" in demo_county
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


def test_load_demo_again_adds_no_row(demo_county):
    """Every app's demo, run a second time (the session's load was the first), adds nothing."""
    before = row_counts()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert "新增单位 0 个（共 35 个），新增账号 0 个" in out.getvalue()
    after = row_counts()
    grown = {label: (count, after[label]) for label, count in before.items() if after[label] != count}
    assert not grown, f"load_demo is not idempotent; rows before/after the second run: {grown}"


def test_org_demo_again_keeps_changes(demo_county):
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


def test_printed_logins_work(client, demo_county):
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
    """What `make demo` runs before the server, on an empty var/ (SQLite): every app's
    demo must load on a fresh database, outside the test database, in a process of its own.
    Its own load, not ``demo_county``: the point is a fresh var/ directory. A second run
    adding nothing is test_load_demo_again_adds_no_row, on the shared demo."""
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

    manage("migrate", "--noinput", "-v", "0")
    assert "新增单位 35 个" in manage("load_demo")
    logins = manage("demo_logins")
    assert "scj_filer" in logins and "Fazhi-Demo-2026" in logins
    assert (tmp_path / "var" / "fazhi.sqlite3").exists() and (tmp_path / "var" / "secret_key").exists()
