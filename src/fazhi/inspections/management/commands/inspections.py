"""``fazhi inspections verify DRAW_ID`` re-runs a published draw; ``fazhi inspections benchmark``
times a draw over 50,000 entities and an Excel import of 30,000 (docs/inspections.md)."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from fazhi.inspections import published
from fazhi.inspections.models import Draw, DrawStatus


class Command(BaseCommand):
    help = "Random inspections: verify a draw from its published files; benchmark draws and imports."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        verify = sub.add_parser("verify", help="re-run a draw from its published snapshot, seed and result")
        verify.add_argument("draw_id", type=int)
        verify.add_argument(
            "--snapshot", type=Path, help="a downloaded snapshot.jsonl instead of the stored one"
        )
        verify.add_argument("--seed", type=Path, help="a downloaded seed.txt")
        verify.add_argument("--result", type=Path, help="a downloaded result.jsonl")
        bench = sub.add_parser("benchmark", help="time a draw and an Excel import (rolled back afterwards)")
        bench.add_argument("--entities", type=int, default=50_000)
        bench.add_argument("--inspectors", type=int, default=200)
        bench.add_argument("--import-rows", type=int, default=30_000)

    def handle(self, *args, **options):
        if options["action"] == "verify":
            return self.verify(options)
        from fazhi.inspections.benchmark import run

        for line in run(options["entities"], options["inspectors"], options["import_rows"]):
            self.stdout.write(line)

    def verify(self, options):
        draw = Draw.objects.filter(pk=options["draw_id"]).first()
        if draw is None or draw.status == DrawStatus.COMMITTED:
            raise CommandError(f"No drawn draw #{options['draw_id']}.")
        snapshot = options["snapshot"].read_bytes() if options["snapshot"] else draw.snapshot.encode("utf-8")
        seed = options["seed"].read_text("utf-8") if options["seed"] else draw.seed
        result = options["result"].read_bytes() if options["result"] else draw.result.encode("utf-8")
        verification = published.verify_draw(draw, snapshot, seed, result)
        self.stdout.write(
            f"snapshot sha256 {verification.snapshot_sha256} (published {draw.snapshot_sha256})"
        )
        self.stdout.write(
            f"seed sha256     {verification.seed_commitment} (committed {draw.seed_commitment})"
        )
        if draw.status == DrawStatus.VOIDED:
            self.stdout.write(f"voided: {draw.void_reason}")
        if not verification.matches:
            for message in published.problem_messages(verification):
                self.stderr.write(message)
            raise CommandError("The draw does NOT match its published files.")
        self.stdout.write(self.style.SUCCESS("The draw matches its published files."))
