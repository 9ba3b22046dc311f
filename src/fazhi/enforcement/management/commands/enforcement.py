"""``fazhi enforcement verify [--body ID]``: recompute the process-record chains.

``fazhi enforcement benchmark [--records N]`` builds N chained records for a
throwaway body inside a transaction it rolls back, and times the verification.
The top-level ``fazhi enforcement ...`` forwards here (``fazhi manage enforcement ...``).
"""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.enforcement import chain
from fazhi.enforcement.benchmark import build_chain


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Enforcement records: `verify [--body ID]` recomputes the hash chains; `benchmark [--records N]`."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="subcommand", required=True)
        verify = sub.add_parser("verify", help="recompute each body's chain and name the first broken entry")
        verify.add_argument("--body", type=int, action="append", help="only this body (repeatable)")
        benchmark = sub.add_parser("benchmark", help="time the verification of N chained records")
        benchmark.add_argument("--records", type=int, default=100_000)

    def handle(self, *args, **options):
        if options["subcommand"] == "benchmark":
            return self._benchmark(options["records"])
        bodies = options["body"]
        states = chain.verify(bodies)
        if bodies and len(states) < len(set(bodies)):
            raise CommandError(_("No enforcement body with that number."))
        broken = [state for state in states if not state.is_intact]
        for state in states:
            if state.is_intact:
                self.stdout.write(
                    _("Body %(body)s: %(entries)s entries, intact, head %(head)s")
                    % {"body": state.body_id, "entries": state.entries, "head": state.head[:16]}
                )
            else:
                self.stdout.write(
                    _("Body %(body)s: BROKEN at entry %(number)s: %(message)s")
                    % {"body": state.body_id, "number": state.broken_sequence, "message": state.message}
                )
        if broken:
            raise CommandError(_("%(count)s chain(s) broken.") % {"count": len(broken)})

    def _benchmark(self, records: int) -> None:
        if records < 1:
            raise CommandError("--records must be at least 1")
        try:
            with transaction.atomic():
                started = time.perf_counter()
                body = build_chain(records)
                built = time.perf_counter() - started
                started = time.perf_counter()
                (state,) = chain.verify([body.pk], save=False)
                verified = time.perf_counter() - started
                raise Rollback
        except Rollback:
            pass
        if not state.is_intact or state.entries != records:
            raise CommandError(f"benchmark chain did not verify: {state.message}")
        self.stdout.write(
            f"built {records} chained records in {built:.2f} s; verified them in {verified:.2f} s "
            f"({records / verified:,.0f} records/s)"
        )
