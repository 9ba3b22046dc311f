"""Puts the request where ``fazhi.org.naming`` finds it, so that text names the user's own office."""

from __future__ import annotations

from fazhi.org.naming import _REQUEST


def current_office(get_response):
    def middleware(request):
        token = _REQUEST.set(request)
        try:
            return get_response(request)
        finally:
            _REQUEST.reset(token)

    return middleware
