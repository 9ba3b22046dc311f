"""``fazhi indicators refresh [--year N]``: materialise every provider's values.

The top-level ``fazhi indicators ...`` forwards here (``fazhi manage indicators ...``).
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from fazhi.core.actions import ActionRefused
from fazhi.core.deadlines import local_today
from fazhi.indicators import actions

BAR_WIDTH = 30


class Command(BaseCommand):
    help = "Indicator values: `refresh [--year N]` recomputes every provider's values (default: last year)."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="subcommand", required=True)
        refresh = sub.add_parser("refresh", help="recompute the values every provider computes")
        refresh.add_argument("--year", type=int, default=None, help="the year (default: last year)")
        refresh.add_argument("--quiet-bar", action="store_true", help="no progress bar (for logs)")

    def handle(self, *args, **options):
        year = options["year"] or local_today().year - 1
        if not 2000 <= year <= local_today().year + 1:
            raise CommandError(_("The year %(year)s is out of range.") % {"year": year})
        show_bar = not options["quiet_bar"]

        def progress(done: int, total: int, code: str) -> None:
            if not show_bar:
                return
            filled = BAR_WIDTH * done // total if total else BAR_WIDTH
            self.stdout.write(
                f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total} {code:<45}", ending=""
            )
            if done == total:
                self.stdout.write("")

        try:
            counts = actions.refresh(year, progress=progress)
        except ActionRefused as refusal:
            raise CommandError(refusal.message) from None
        self.stdout.write(
            _(
                "Indicator values for %(year)s refreshed: %(providers)d providers × %(organisations)d organisations, "
                "%(stored)d values stored, %(undefined)d undefined (such as a zero denominator) not stored."
            )
            % {"year": year, **counts}
        )
