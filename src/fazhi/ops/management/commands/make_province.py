"""``fazhi manage make_province --units 2000 --records 2000000``: a synthetic province (fazhi.ops.province)."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError

from fazhi.ops.province import PASSWORD, make_province


class Command(BaseCommand):
    help = "Generate a synthetic province for the scale study, on an empty database (never on real data)."

    def add_arguments(self, parser):
        parser.add_argument("--units", type=int, default=2000, help="organisations, about (default 2000)")
        parser.add_argument(
            "--records", type=int, default=200000, help="duty records, about (default 200000)"
        )
        parser.add_argument("--province", default="330000", help="the province's region code (default 浙江)")
        parser.add_argument("--seed", type=int, default=18)

    def handle(self, *args, units, records, province, seed, **options):
        started = time.monotonic()
        try:
            counts = make_province(
                units=units, records=records, province=province, seed=seed, say=self.stdout.write
            )
        except ValueError as problem:
            raise CommandError(str(problem)) from problem
        for label, n in sorted(counts.items()):
            self.stdout.write(f"{label}: {n}")
        self.stdout.write(
            f"{sum(counts.values())} rows in {time.monotonic() - started:.0f} s; "
            f"people log in as r<county code> (reviewer), f<unit id> / l<unit id>, password {PASSWORD}"
        )
