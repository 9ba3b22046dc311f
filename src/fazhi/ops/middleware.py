"""Request log and metrics, probes, session expiry without a write per read, 503 for a lost database."""

from __future__ import annotations

import logging
import time

from django.conf import settings
from django.contrib.auth import SESSION_KEY

from fazhi.ops import metrics
from fazhi.ops.unavailable import database_unavailable_response, is_database_unavailable

request_logger = logging.getLogger("fazhi.request")

# The session key holding when the session's expiry was last pushed forward.
RENEWED_AT = "_fazhi_renewed_at"


class RequestLogMiddleware:
    """One JSON log line and one metrics observation per request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        seconds = time.perf_counter() - started
        metrics.observe(request, response.status_code, seconds)
        request_logger.info(
            "%s %s %s",
            request.method,
            request.path,
            response.status_code,
            extra={
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": round(seconds * 1000, 1),
                "view": metrics.view_label(request),
            },
        )
        return response


class ProbeMiddleware:
    """/healthz and /metrics answer before host checking and the HTTPS redirect.

    A load balancer or container engine probes the app's own address over
    plain HTTP (``Host: 127.0.0.1:8000``); with production's ALLOWED_HOSTS and
    FAZHI_HTTPS that would be a 400 or a redirect, never the answer. /metrics
    keeps its network allow-list.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from fazhi.ops import health

        if request.path == "/healthz":
            return health.healthz(request)
        if request.path == "/metrics":
            return health.metrics_view(request)
        return self.get_response(request)


def renew_interval() -> int:
    """How often a logged-in session's expiry moves forward: a 24th of its age, at least a minute.

    An idle login thus ends between FAZHI_SESSION_MINUTES and that plus the
    interval after its last request, while a page read writes the session at
    most once per interval instead of every time.
    """
    return max(60, settings.SESSION_COOKIE_AGE // 24)


class SessionIdleMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        session = getattr(request, "session", None)
        if session is not None and response.status_code < 500 and session.get(SESSION_KEY) is not None:
            now = int(time.time())
            # A session being saved anyway (a login) records the time at no cost.
            if session.modified or now - session.get(RENEWED_AT, 0) >= renew_interval():
                session[RENEWED_AT] = now  # modified: SessionMiddleware saves it with a new expiry
        return response


class DatabaseUnavailableMiddleware:
    """A view that fails on a locked or unreachable database answers 503 (handler500 covers the rest)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if is_database_unavailable(exception):
            return database_unavailable_response(exception)
        return None
