"""A database that is locked or cannot be reached answers 503 with a page saying so.

Without this a held SQLite write lock, or PostgreSQL going away, shows as a
generic 500 after the 20 s lock timeout; the user should know to try again
and the operator should see 503s, not bugs, in the request log.
"""

from __future__ import annotations

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string

logger = logging.getLogger("fazhi.ops")

RETRY_AFTER_SECONDS = 30
# Schema errors are OperationalErrors on SQLite too, but they are a missing
# migration, not an unavailable database: they stay 500s.
SCHEMA_ERRORS = ("no such table", "no such column", "has no column")


def is_database_unavailable(exc: BaseException | None) -> bool:
    if not isinstance(exc, OperationalError | InterfaceError):
        return False
    text = str(exc).lower()
    return not any(marker in text for marker in SCHEMA_ERRORS)


def database_unavailable_response(exc: BaseException) -> HttpResponse:
    logger.error("database unavailable: %s", exc, extra={"error": type(exc).__name__})
    # Rendered without a request: the page frame's context processors read the database.
    response = HttpResponse(render_to_string("ops/database_unavailable.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
