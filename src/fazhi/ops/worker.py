"""``fazhi worker``: the scheduler and django-tasks' database worker in one process.

Each round queues the daily jobs that are due (``schedule.enqueue_due``), then
runs every task waiting in the database (django-tasks-db's ``Worker`` in batch
mode), then sleeps. ``--once`` does one round and exits: for tests, and for an
operator who prefers a timer to a resident process.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import time

from django.db import DatabaseError
from django_tasks_db.management.commands.db_worker import Worker

from fazhi.ops.schedule import enqueue_due

logger = logging.getLogger("fazhi.ops")

DEFAULT_INTERVAL_SECONDS = 5.0


class WorkerLoop:
    def __init__(self, *, interval: float = DEFAULT_INTERVAL_SECONDS, worker_id: str | None = None):
        self.interval = interval
        self.worker_id = (worker_id or f"{socket.gethostname()}-{os.getpid()}")[:64]
        self.stopping = False
        self.current: Worker | None = None

    def stop(self, signum=None, frame=None) -> None:
        # A task under way is finished; the loop ends after it.
        self.stopping = True
        if self.current is not None:
            self.current.running = False

    def round(self) -> list[str]:
        """Queue what is due and run everything waiting; the names of the daily jobs queued."""
        queued = enqueue_due()
        if queued:
            logger.info("daily jobs queued", extra={"jobs": queued})
        self.current = Worker(
            queue_names=["*"],
            interval=0,
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id=self.worker_id,
            excluded_queue_names=[],
        )
        try:
            self.current.run()
        finally:
            self.current = None
        return queued

    def run(self, *, once: bool = False) -> None:
        previous = {number: signal.signal(number, self.stop) for number in (signal.SIGTERM, signal.SIGINT)}
        logger.info("worker started", extra={"worker_id": self.worker_id, "once": once})
        try:
            while not self.stopping:
                try:
                    self.round()
                except DatabaseError:
                    # A database locked past its timeout, or PostgreSQL restarting: try again next round.
                    logger.exception("worker round failed", extra={"worker_id": self.worker_id})
                    if once:
                        raise
                if once:
                    break
                deadline = time.monotonic() + self.interval
                while not self.stopping and time.monotonic() < deadline:
                    time.sleep(min(0.5, self.interval))
        finally:
            for number, handler in previous.items():
                signal.signal(number, handler)
        logger.info("worker stopped", extra={"worker_id": self.worker_id})
