"""The API contract fuzzer: schemathesis sends what /api/openapi.json allows, and worse (issue 18).

Every operation of the OpenAPI description is called with generated path and
query parameters and bodies, as the office reviewer on the demo county (the
widest scope a person has), through the WSGI handler in this process, inside
the test's rolled-back transaction. No answer may be a server error. ``make
test`` replays a fixed, short budget (derandomised); ``make fuzz`` runs it at
length (``FAZHI_API_FUZZ_EXAMPLES``).
"""

from __future__ import annotations

import os

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections, transaction
from django.middleware.csrf import get_token
from django.test import RequestFactory
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

EXAMPLES = int(os.environ.get("FAZHI_API_FUZZ_EXAMPLES", "8"))


@pytest.fixture
def wsgi_app():
    """The real WSGI handler, minus what Django's own test client also leaves out: closing the
    connection at the end of each request, which on PostgreSQL would end the test's transaction."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield get_wsgi_application()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture
def reviewer_headers(demo_county, client):
    from fazhi.org.models import User

    client.force_login(User.objects.get(username="reviewer"))
    token = get_token(RequestFactory().get("/"))
    client.cookies["csrftoken"] = token
    cookies = {name: morsel.value for name, morsel in client.cookies.items()}
    return {"X-CSRFToken": token, "Referer": "http://testserver/"}, cookies


def test_no_operation_answers_with_a_server_error(reviewer_headers, wsgi_app):
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", wsgi_app)
    failures = []
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) > 30  # the whole description was read

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            derandomize=os.environ.get("FAZHI_HYPOTHESIS_PROFILE") != "fuzz",
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
        )
        def answers_without_a_server_error(case):
            headers, cookies = reviewer_headers
            # Each request is its own transaction in production; here each call is a savepoint
            # rolled back, so that a statement PostgreSQL refused cannot poison the next call.
            savepoint = transaction.savepoint()
            try:
                response = case.call(headers=headers, cookies=cookies)
            finally:
                transaction.savepoint_rollback(savepoint)
            case.validate_response(response, checks=[not_a_server_error])

        try:
            answers_without_a_server_error()
        except (Exception, BaseExceptionGroup) as error:  # noqa: BLE001 -- every operation's failure, then report
            failures.append(f"{operation.label}: {str(error)[:800]}")
    assert not failures, "\n\n".join(failures)
