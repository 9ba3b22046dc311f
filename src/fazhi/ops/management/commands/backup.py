"""``fazhi backup DEST``: the database, var/media and the secret key in one archive (docs/operations.md)."""

from pathlib import Path

from django.core.management.base import BaseCommand

from fazhi.ops.backup import backup


class Command(BaseCommand):
    help = "Write a backup archive (.tar.gz) of the database, the uploads and the secret key."

    def add_arguments(self, parser):
        parser.add_argument(
            "destination", help="an archive name ending .tar.gz, or a directory to write a dated archive in"
        )

    def handle(self, *args, destination, **options):
        archive = backup(Path(destination))
        self.stdout.write(f"backup written: {archive}")
