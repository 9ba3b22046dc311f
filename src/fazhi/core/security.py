"""The client address for login lockout.

Behind one reverse proxy (FAZHI_BEHIND_PROXY=true) every request comes from
the proxy, so locking out by REMOTE_ADDR would lock a user name for everyone.
The proxy appends the real client to X-Forwarded-For; only that last entry is
trusted, because anything before it was written by the client itself.
"""

from __future__ import annotations

from django.conf import settings


def client_ip(request) -> str | None:
    if settings.FAZHI_BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return hops[-1]
    return request.META.get("REMOTE_ADDR")
