"""``fazhi serve`` starts gunicorn for real: /healthz and the login page answer, then it stops."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from fazhi.ops.management.commands.serve import gunicorn_argv

STARTUP_SECONDS = 60  # the shared test machine is slow to import Django in two processes


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 -- our own loopback server
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_gunicorn_gets_the_wsgi_application_our_config_and_the_workers():
    argv = gunicorn_argv(3, "127.0.0.1:9000")
    assert argv[1:4] == ["-m", "gunicorn", "fazhi.config.wsgi:application"]
    assert argv[argv.index("--workers") + 1] == "3" and argv[argv.index("--bind") + 1] == "127.0.0.1:9000"
    assert "python:fazhi.ops.gunicorn_conf" in argv


def test_serve_answers_healthz_and_the_login_page_then_stops(tmp_path):
    if "DATABASE_URL" in os.environ:
        pytest.skip("serves a fresh SQLite var directory; the PostgreSQL pass has nothing more to show here")
    port = free_port()
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("FAZHI_", "DJANGO_", "PROMETHEUS_"))
    }
    environment["FAZHI_VAR_DIR"] = str(tmp_path / "var")
    fazhi = Path(sys.executable).parent / "fazhi"
    server = subprocess.Popen(  # noqa: S603
        [fazhi, "serve", "--workers", "1", "--bind", f"127.0.0.1:{port}"],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            try:
                status, body = get(f"http://127.0.0.1:{port}/healthz")
                break
            except (urllib.error.URLError, ConnectionError):
                assert server.poll() is None, server.stdout.read()
                assert time.monotonic() < deadline, "fazhi serve did not answer in time"
                time.sleep(0.5)
        assert (status, body) == (200, "ok\n")
        status, body = get(f"http://127.0.0.1:{port}/accounts/login/")
        assert status == 200 and 'name="password"' in body
    finally:
        server.send_signal(signal.SIGTERM)
        output, _ = server.communicate(timeout=30)
    assert server.returncode == 0
    # JSON lines on stdout: gunicorn's own and one per request.
    assert '"logger": "gunicorn.error"' in output
    assert '"path": "/healthz", "status": 200' in output
