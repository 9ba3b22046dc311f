"""In-app notices. Actions schedule them with ``after_commit(notices.send, ...)``."""

from __future__ import annotations

from collections.abc import Iterable

from fazhi.core.models import Notice


def send(recipients: Iterable, text: str, url: str = "") -> int:
    rows = [Notice(recipient=user, text=text[:500], url=url) for user in recipients]
    Notice.objects.bulk_create(rows)
    return len(rows)


def unread_count(user) -> int:
    if not user.is_authenticated:
        return 0
    return Notice.objects.filter(recipient=user, read_at__isnull=True).count()
