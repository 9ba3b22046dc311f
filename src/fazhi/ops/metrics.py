"""Request counts and latencies for ``/metrics``, in Prometheus' text format.

Under gunicorn with several workers each process counts its own requests;
``fazhi serve`` then sets ``PROMETHEUS_MULTIPROC_DIR`` so that prometheus_client
keeps the numbers in files there and ``/metrics`` adds up every worker's.
Requests are labelled by URL name, never by path: a path holds record ids and
would make one time series per record.
"""

from __future__ import annotations

import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)

REQUESTS = Counter(
    "fazhi_http_requests",
    "HTTP requests answered, by URL name, method and status.",
    ["view", "method", "status"],
)
LATENCY = Histogram(
    "fazhi_http_request_duration_seconds",
    "Time from the first middleware to the response, by URL name.",
    ["view"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
UNRESOLVED = "<unresolved>"
# Answered by ProbeMiddleware before URL resolution.
PROBES = {"/healthz": "healthz", "/metrics": "metrics"}


def view_label(request) -> str:
    if request.path in PROBES:
        return PROBES[request.path]
    match = getattr(request, "resolver_match", None)
    if match is None:
        # Static files (WhiteNoise answers before URL resolution) and 404s.
        return "static" if request.path.startswith("/static/") else UNRESOLVED
    return match.view_name or UNRESOLVED


def observe(request, status: int, seconds: float) -> None:
    view = view_label(request)
    REQUESTS.labels(view=view, method=request.method, status=str(status)).inc()
    LATENCY.labels(view=view).observe(seconds)


def exposition() -> tuple[bytes, str]:
    """The current numbers and their content type; every worker's when several run."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry), CONTENT_TYPE_LATEST
    from prometheus_client import REGISTRY

    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST
