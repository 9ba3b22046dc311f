"""``fazhi manage bench_pages``: query count, median and p95 server time of each main page, per role."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from fazhi.ops.bench import bench, table


class Command(BaseCommand):
    help = "Time every main page and API list of each role in process; print a Markdown table."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=10, help="requests per page (default 10)")
        parser.add_argument(
            "--only",
            default="",
            help="one role: office_reviewer, unit_filer, unit_leader, public or province_reviewer",
        )

    def handle(self, *args, runs, only, **options):
        self.stdout.write(table(bench(runs=runs, only=only)))
