"""``fazhi restore ARCHIVE --into DIR [--force]``: unpack a backup and check it against its manifest."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from fazhi.ops.backup import RestoreRefused, restore


class Command(BaseCommand):
    help = (
        "Restore a backup into a directory (then FAZHI_VAR_DIR=DIR) and check every row count and file hash."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="a .tar.gz written by fazhi backup")
        parser.add_argument("--into", required=True, help="the var directory to restore into (new or empty)")
        parser.add_argument(
            "--force", action="store_true", help="restore over a non-empty directory / database"
        )

    def handle(self, *args, archive, into, force, **options):
        try:
            report = restore(Path(archive), Path(into), force=force)
        except RestoreRefused as refusal:
            raise CommandError(str(refusal)) from None
        rows = sum(report.tables.values())
        self.stdout.write(
            f"restored into {report.directory}: {len(report.tables)} tables, {rows} rows, "
            f"{len(report.manifest['files'])} files"
        )
        if not report.ok:
            raise CommandError("the restored copy differs from the backup:\n" + "\n".join(report.problems))
        self.stdout.write("checked: every table's row count and every file's SHA-256 match the backup")
