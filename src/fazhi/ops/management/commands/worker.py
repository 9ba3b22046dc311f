"""``fazhi worker [--once] [--interval SECONDS]``: run the scheduled and queued jobs."""

from django.core.management.base import BaseCommand

from fazhi.ops.worker import DEFAULT_INTERVAL_SECONDS, WorkerLoop


class Command(BaseCommand):
    help = "Run the job runner: daily reminders and indicator refresh, and jobs users started."

    def add_arguments(self, parser):
        parser.add_argument(
            "--once", action="store_true", help="one round (queue what is due, run it), then exit"
        )
        parser.add_argument(
            "--interval",
            type=float,
            default=DEFAULT_INTERVAL_SECONDS,
            help="seconds between rounds (default 5)",
        )

    def handle(self, *args, once, interval, **options):
        WorkerLoop(interval=max(0.1, interval)).run(once=once)
