"""fazhi backup / fazhi restore: a round trip into a fresh directory loses no row and no byte."""

from __future__ import annotations

import io
import json
import tarfile
import uuid

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from fazhi.ops.backup import RestoreRefused, backup, restore, sha256_of
from fazhi.org.models import Organisation, User

# Committed rows: the backup reads the database through its own snapshot.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def var_dir(tmp_path, settings, government, filer_a, unit_b):
    """A var directory with uploads and a known key, on top of a few persona rows."""
    settings.MEDIA_ROOT = tmp_path / "var" / "media"
    settings.SECRET_KEY = "k" * 60
    (settings.MEDIA_ROOT / "330521" / "2025").mkdir(parents=True)
    (settings.MEDIA_ROOT / "330521" / "2025" / "report.pdf").write_bytes(
        b"%PDF-1.7 " + bytes(range(256)) * 40
    )
    (settings.MEDIA_ROOT / "notice.docx").write_bytes(b"PK\x03\x04 a word file")
    return settings.MEDIA_ROOT.parent


def media_hashes(root) -> dict[str, str]:
    return {path.relative_to(root).as_posix(): sha256_of(path) for path in root.rglob("*") if path.is_file()}


def test_sqlite_round_trip_restores_every_row_file_and_the_key(var_dir, settings, tmp_path):
    if connection.vendor != "sqlite":
        pytest.skip("the SQLite path; the PostgreSQL one is test_postgresql_round_trip")
    archive = backup(tmp_path / "backups")
    assert archive.name.startswith("fazhi-backup-") and archive.stat().st_mode & 0o077 == 0

    target = tmp_path / "restored"
    report = restore(archive, target)
    assert report.ok, report.problems

    tables = report.manifest["database"]["tables"]
    assert tables["org_organisation"] == Organisation.objects.count() >= 3
    assert tables["org_user"] == User.objects.count() >= 1
    assert report.tables == tables
    assert media_hashes(target / "media") == media_hashes(settings.MEDIA_ROOT)
    assert len(media_hashes(target / "media")) == 2
    assert (target / "secret_key").read_text().strip() == "k" * 60
    assert (target / "secret_key").stat().st_mode & 0o077 == 0
    assert not (target / "fazhi.sqlite3-wal").exists()


def test_restore_reports_a_file_changed_after_the_backup(var_dir, tmp_path):
    if connection.vendor != "sqlite":
        pytest.skip("built on the SQLite archive")
    archive = backup(tmp_path / "one.tar.gz")
    tampered = tmp_path / "tampered.tar.gz"
    with tarfile.open(archive) as source, tarfile.open(tampered, "w:gz") as copy:
        for member in source.getmembers():
            data = source.extractfile(member).read() if member.isfile() else None
            if member.name == "media/notice.docx":
                data = b"PK\x03\x04 another word file"
                member.size = len(data)
            if member.name == "manifest.json":
                manifest = json.loads(data)
                manifest["database"]["tables"]["org_user"] += 1
                data = json.dumps(manifest).encode()
                member.size = len(data)
            copy.addfile(member, io.BytesIO(data) if data is not None else None)
    report = restore(tampered, tmp_path / "restored")
    assert not report.ok
    assert "file differs from the backup: media/notice.docx" in report.problems
    assert any(problem.startswith("table org_user:") for problem in report.problems)


def test_restore_refuses_a_non_empty_directory_without_force(var_dir, tmp_path):
    archive = backup(tmp_path / "one.tar.gz")
    target = tmp_path / "in-use"
    target.mkdir()
    (target / "fazhi.sqlite3").write_bytes(b"someone's database")
    with pytest.raises(RestoreRefused):
        restore(archive, target)
    assert (target / "fazhi.sqlite3").read_bytes() == b"someone's database"
    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", str(archive), "--into", str(target))


def test_restore_refuses_what_is_not_a_backup(tmp_path):
    stray = tmp_path / "stray.tar.gz"
    with tarfile.open(stray, "w:gz") as archive:
        archive.add(__file__, arcname="test.py")
    with pytest.raises(RestoreRefused, match="manifest"):
        restore(stray, tmp_path / "restored")


def test_backup_and_restore_commands_say_what_they_did(var_dir, tmp_path, capsys):
    if connection.vendor != "sqlite":
        pytest.skip("the SQLite path")
    call_command("backup", str(tmp_path / "cmd.tar.gz"))
    call_command("restore", str(tmp_path / "cmd.tar.gz"), "--into", str(tmp_path / "restored"))
    out = capsys.readouterr().out
    assert "backup written" in out and "checked: every table's row count" in out


def test_postgresql_round_trip(var_dir, tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip(
            "needs PostgreSQL: the suite's PostgreSQL pass (scripts/with-postgres.sh) sets DATABASE_URL"
        )
    import psycopg

    archive = backup(tmp_path / "pg.tar.gz")
    name = f"fazhi_restore_{uuid.uuid4().hex[:8]}"
    settings_dict = connection.settings_dict
    admin = {
        k: v
        for k, v in {
            "host": settings_dict["HOST"],
            "port": settings_dict["PORT"],
            "user": settings_dict["USER"],
            "password": settings_dict["PASSWORD"],
            "dbname": settings_dict["NAME"],
        }.items()
        if v
    }
    with psycopg.connect(**admin, autocommit=True) as pg:
        pg.execute(f'CREATE DATABASE "{name}"')
    try:
        report = restore(archive, tmp_path / "restored", database={**settings_dict, "NAME": name})
        assert report.ok, report.problems
        assert report.tables["org_organisation"] == Organisation.objects.count() >= 3
        assert media_hashes(tmp_path / "restored" / "media") == media_hashes(var_dir / "media")
    finally:
        with psycopg.connect(**admin, autocommit=True) as pg:
            pg.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
