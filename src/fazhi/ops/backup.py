"""``fazhi backup`` and ``fazhi restore``: the database, the uploads and the secret key in one archive.

The archive (``.tar.gz``, mode 600: it holds password hashes and the key) has
the layout of a var directory, so a restored directory is used as it is with
``FAZHI_VAR_DIR``::

    manifest.json     format, time, database engine, rows per table, SHA-256 of every file
    fazhi.sqlite3     SQLite: a consistent copy through SQLite's online backup API
    database.pgdump   PostgreSQL: ``pg_dump -Fc`` of one snapshot (restored with pg_restore)
    media/...         the uploads (MEDIA_ROOT)
    secret_key        the key in use (sessions, signed links)

The row counts are taken from the same snapshot as the copy (the backup file
itself on SQLite; on PostgreSQL a transaction whose snapshot pg_dump shares),
so restore can check that every row came back, and every file's hash.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import connection

ARCHIVE_FORMAT = 1
MANIFEST = "manifest.json"
SQLITE_FILE = "fazhi.sqlite3"
PG_DUMP_FILE = "database.pgdump"
KEY_FILE = "secret_key"
MEDIA_DIR = "media"


class RestoreRefused(Exception):
    """The target is not empty, or the archive is not a fazhi backup."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sqlite_table_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as database:
        names = [
            row[0]
            for row in database.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {name: database.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0] for name in names}  # noqa: S608 -- names from sqlite_master


def _pg_environment(database: dict) -> dict[str, str]:
    # Through the environment, so the password never shows in a process list.
    values = {
        "PGHOST": database.get("HOST"),
        "PGPORT": database.get("PORT"),
        "PGUSER": database.get("USER"),
        "PGPASSWORD": database.get("PASSWORD"),
        "PGDATABASE": database.get("NAME"),
    }
    return {**os.environ, **{key: str(value) for key, value in values.items() if value}}


def _pg_table_counts(cursor) -> dict[str, int]:
    from psycopg import sql

    cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
    names = [row[0] for row in cursor.fetchall()]
    counts = {}
    for name in names:
        cursor.execute(sql.SQL("SELECT COUNT(*) FROM {}").format(sql.Identifier(name)))
        counts[name] = cursor.fetchone()[0]
    return counts


def _pg_connect(database: dict, *, autocommit: bool = False):
    import psycopg

    environment = _pg_environment(database)
    return psycopg.connect(
        autocommit=autocommit,
        **{
            key: environment[variable]
            for key, variable in (
                ("host", "PGHOST"),
                ("port", "PGPORT"),
                ("user", "PGUSER"),
                ("password", "PGPASSWORD"),
                ("dbname", "PGDATABASE"),
            )
            if variable in environment
        },
    )


def _dump_postgresql(database: dict, target: Path) -> dict[str, int]:
    """pg_dump of one exported snapshot, and the row counts of that same snapshot."""
    # Autocommit, so that this BEGIN is the transaction's first statement and sets its isolation.
    with _pg_connect(database, autocommit=True) as pg:
        pg.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        snapshot = pg.execute("SELECT pg_export_snapshot()").fetchone()[0]
        with pg.cursor() as cursor:
            counts = _pg_table_counts(cursor)
        subprocess.run(  # noqa: S603 -- fixed program, our own arguments
            ["pg_dump", "--format=custom", f"--snapshot={snapshot}", f"--file={target}"],  # noqa: S607
            check=True,
            env=_pg_environment(database),
        )
        pg.execute("ROLLBACK")
    return counts


def _backup_sqlite(target: Path) -> dict[str, int]:
    connection.ensure_connection()
    copy = sqlite3.connect(target)
    try:
        # One step (pages=-1): a read snapshot of the whole file; writers go on meanwhile (WAL).
        connection.connection.backup(copy)
        # One self-contained file in the archive: no -wal beside it (the platform turns WAL on again).
        copy.execute("PRAGMA journal_mode=DELETE")
    finally:
        copy.close()
    return sqlite_table_counts(target)


def archive_name(now: dt.datetime | None = None) -> str:
    return f"fazhi-backup-{(now or dt.datetime.now()):%Y%m%d-%H%M%S}.tar.gz"


def backup(destination: Path) -> Path:
    """Write the archive to ``destination``: a ``.tar.gz`` file name, or a directory for a dated one."""
    destination = Path(destination)
    if not destination.name.endswith((".tar.gz", ".tgz")):
        destination = destination / archive_name()
    destination.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fazhi-backup-") as staging_name:
        staging = Path(staging_name)
        if connection.vendor == "postgresql":
            database_file = staging / PG_DUMP_FILE
            tables = _dump_postgresql(connection.settings_dict, database_file)
        elif connection.vendor == "sqlite":
            database_file = staging / SQLITE_FILE
            tables = _backup_sqlite(database_file)
        else:
            raise RestoreRefused(f"backups of {connection.vendor} databases are not supported")
        key_file = staging / KEY_FILE
        key_file.write_text(settings.SECRET_KEY + "\n", encoding="ascii")

        media_root = Path(settings.MEDIA_ROOT)
        media = (
            sorted(path for path in media_root.rglob("*") if path.is_file()) if media_root.is_dir() else []
        )
        files = {database_file.name: sha256_of(database_file), KEY_FILE: sha256_of(key_file)}
        for path in media:
            files[f"{MEDIA_DIR}/{path.relative_to(media_root).as_posix()}"] = sha256_of(path)
        manifest = {
            "format": ARCHIVE_FORMAT,
            "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "database": {"engine": connection.vendor, "file": database_file.name, "tables": tables},
            "files": files,
        }
        (staging / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")

        partial = destination.with_name(destination.name + ".partial")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz") as archive:
            archive.add(staging / MANIFEST, arcname=MANIFEST)
            archive.add(database_file, arcname=database_file.name)
            archive.add(key_file, arcname=KEY_FILE)
            for path in media:
                archive.add(path, arcname=f"{MEDIA_DIR}/{path.relative_to(media_root).as_posix()}")
        partial.replace(destination)  # a crash mid-write never leaves a complete-looking archive
    return destination


@dataclass
class RestoreReport:
    directory: Path
    manifest: dict
    tables: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _read_manifest(archive: tarfile.TarFile) -> dict:
    try:
        member = archive.extractfile(MANIFEST)
    except KeyError:
        member = None
    if member is None:
        raise RestoreRefused("not a fazhi backup: no manifest.json")
    manifest = json.load(member)
    if manifest.get("format") != ARCHIVE_FORMAT:
        raise RestoreRefused(f"backup format {manifest.get('format')!r}; this fazhi reads {ARCHIVE_FORMAT}")
    return manifest


def _restore_postgresql(dump: Path, database: dict, *, force: bool) -> dict[str, int]:
    with _pg_connect(database) as pg, pg.cursor() as cursor:
        existing = _pg_table_counts(cursor)
    if existing and not force:
        raise RestoreRefused(
            f"database {database.get('NAME')} already has {len(existing)} tables; use --force to replace them"
        )
    command = [
        "pg_restore",
        "--no-owner",
        "--no-privileges",
        "--exit-on-error",
        f"--dbname={database['NAME']}",
    ]
    if force:
        command += ["--clean", "--if-exists"]
    subprocess.run([*command, str(dump)], check=True, env=_pg_environment(database))  # noqa: S603
    with _pg_connect(database) as pg, pg.cursor() as cursor:
        return _pg_table_counts(cursor)


def restore(
    archive_path: Path, into: Path, *, force: bool = False, database: dict | None = None
) -> RestoreReport:
    """Unpack into ``into`` (and, for a PostgreSQL backup, into DATABASE_URL's database), then check.

    ``database`` (Django's connection settings) names another PostgreSQL database to restore into.
    """
    into = Path(into)
    if into.exists() and any(into.iterdir()) and not force:
        raise RestoreRefused(f"{into} is not empty; use --force to restore over it")
    into.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, mode="r:gz") as archive:
        manifest = _read_manifest(archive)
        # The "data" filter refuses absolute paths, links out of the target and device files.
        archive.extractall(into, filter="data")
    report = RestoreReport(directory=into, manifest=manifest)
    key = into / KEY_FILE
    if key.exists():
        key.chmod(0o600)

    for name, expected in manifest["files"].items():
        path = into / name
        if not path.is_file():
            report.problems.append(f"missing file: {name}")
        elif sha256_of(path) != expected:
            report.problems.append(f"file differs from the backup: {name}")

    recorded = manifest["database"]
    if recorded["engine"] == "sqlite":
        report.tables = sqlite_table_counts(into / SQLITE_FILE)
    elif recorded["engine"] == "postgresql":
        if database is None and connection.vendor != "postgresql":
            raise RestoreRefused("a PostgreSQL backup restores into PostgreSQL: set DATABASE_URL")
        target = database or connection.settings_dict
        report.tables = _restore_postgresql(into / PG_DUMP_FILE, target, force=force)
    for table, count in sorted(recorded["tables"].items()):
        restored = report.tables.get(table)
        if restored != count:
            report.problems.append(f"table {table}: {count} rows in the backup, {restored} restored")
    return report
