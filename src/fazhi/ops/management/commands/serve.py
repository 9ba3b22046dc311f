"""``fazhi serve [--workers N] [--bind HOST:PORT]``: the platform under gunicorn.

The process becomes gunicorn (exec), so a service manager's stop signal reaches
it directly. Static files are served by WhiteNoise inside the application.
"""

from __future__ import annotations

import os
import shutil
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


def gunicorn_argv(workers: int, bind: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "gunicorn",
        "fazhi.config.wsgi:application",
        "--config",
        "python:fazhi.ops.gunicorn_conf",
        "--workers",
        str(workers),
        "--bind",
        bind,
    ]


def prepare_metrics_dir() -> str:
    """An empty directory where each gunicorn worker keeps its request counters (prometheus_client)."""
    path = settings.VAR_DIR / "metrics"
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return str(path)


class Command(BaseCommand):
    help = "Run the platform under gunicorn (workers from FAZHI_WEB_WORKERS, address from FAZHI_BIND)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--workers", type=int, default=None, help="worker processes (default: 2 per CPU + 1)"
        )
        parser.add_argument("--bind", default=None, help="HOST:PORT or unix:PATH (default 127.0.0.1:8000)")

    def handle(self, *args, workers, bind, **options):
        workers = workers or settings.WEB_WORKERS
        if workers < 1:
            raise CommandError("--workers must be at least 1")
        environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE", "fazhi.config.settings"),
            "PROMETHEUS_MULTIPROC_DIR": prepare_metrics_dir(),
        }
        argv = gunicorn_argv(workers, bind or settings.WEB_BIND)
        sys.stdout.flush()
        os.execve(sys.executable, argv, environment)  # noqa: S606 -- our own interpreter, fixed arguments
