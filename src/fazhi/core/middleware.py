from __future__ import annotations

import re

from django.db import DataError
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

# Everything is served from our own origin (no CDN), so the policy can be
# tight. Inline style attributes are allowed because Django's admin uses them;
# inline scripts are not.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


class SecurityHeadersMiddleware:
    """Headers Django 5.2's SecurityMiddleware does not set."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


def out_of_range_message() -> str:
    return _("A value in the request is out of range.")


def is_out_of_range(exception: BaseException) -> bool:
    """A value the database cannot hold: an id of 10^20 in a URL or a query, text past a column's width.

    The client's error, not the server's: SQLite raises OverflowError while
    binding it, PostgreSQL a DataError.
    """
    return isinstance(exception, OverflowError | DataError)


# Integer columns are 64-bit at most; Django answers an exact lookup past that with no rows on
# PostgreSQL but SQLite fails to bind it, so a number that long is refused before either sees it.
_LONG_INTEGER = re.compile(r"[+-]?\d{19,}")
_DATABASE_INTEGER_MAX = 2**63 - 1


def carries_out_of_range_integer(request) -> bool:
    """A path segment or query value that is an integer no database column holds."""
    values = [*request.path.split("/"), *(value for _key, value in request.GET.lists() for value in value)]
    return any(
        _LONG_INTEGER.fullmatch(value.strip()) and abs(int(value)) > _DATABASE_INTEGER_MAX for value in values
    )


class OutOfRangeMiddleware:
    """Answer 400, not 500, when a request carries a value the database cannot hold."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if carries_out_of_range_integer(request):
            if request.path.startswith("/api/"):
                # What the API answers for any input its schema refuses.
                return JsonResponse({"detail": out_of_range_message()}, status=422)
            return HttpResponseBadRequest(out_of_range_message(), content_type="text/plain; charset=utf-8")
        return self.get_response(request)

    def process_exception(self, request, exception):
        if is_out_of_range(exception):
            return HttpResponseBadRequest(out_of_range_message(), content_type="text/plain; charset=utf-8")
        return None


class MethodNotAllowedPageMiddleware:
    """A page in the user's language for a GET on a step URL (POST only), not Django's blank 405.

    Views keep ``require_POST`` / ``require_http_methods``; this turns their empty answer into
    the 405 page once, for every app. The API answers in JSON itself and is left alone.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 405 or response.content or request.path.startswith("/api/"):
            return response
        back = request.headers.get("referer", "")
        if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
            back = ""
        page = render(request, "405.html", {"back": back}, status=405)
        if "Allow" in response.headers:
            page.headers["Allow"] = response.headers["Allow"]
        return page
