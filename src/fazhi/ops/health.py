"""``/healthz`` for load balancers and ``/metrics`` for the office's monitoring."""

from __future__ import annotations

import ipaddress
import sys

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseNotFound
from django.views.decorators.cache import never_cache
from django.views.defaults import server_error as django_server_error

from fazhi.core.security import client_ip
from fazhi.ops import metrics
from fazhi.ops.unavailable import database_unavailable_response, is_database_unavailable


@never_cache
def healthz(request):
    """200 "ok" when the database answers a query, else 503: no login, no session, no page frame."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


def client_allowed(request) -> bool:
    address = client_ip(request)
    try:
        ip = ipaddress.ip_address(address or "")
    except ValueError:
        return False
    return any(ip in network for network in settings.METRICS_NETWORKS)


@never_cache
def metrics_view(request):
    # 404, not 403: outside the monitoring networks the endpoint does not exist.
    if not client_allowed(request):
        return HttpResponseNotFound("not found\n", content_type="text/plain")
    body, content_type = metrics.exposition()
    return HttpResponse(body, content_type=content_type)


def server_error(request):
    """handler500: a database that failed outside a view (a session save) is still a 503."""
    exc = sys.exc_info()[1]
    if is_database_unavailable(exc):
        return database_unavailable_response(exc)
    return django_server_error(request)
