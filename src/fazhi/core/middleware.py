from __future__ import annotations

from django.db import DataError
from django.http import HttpResponseBadRequest
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


class OutOfRangeMiddleware:
    """Answer 400, not 500, when a request carries a value the database cannot hold."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if is_out_of_range(exception):
            return HttpResponseBadRequest(out_of_range_message(), content_type="text/plain; charset=utf-8")
        return None
