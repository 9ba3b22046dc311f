"""In-app notices, and mail when configured.

Actions schedule them after commit: ``after_commit(notices.send, users, text, url)``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.conf import settings
from django.core.mail import send_mail
from django.utils import timezone

from fazhi.core.models import Notice

log = logging.getLogger(__name__)


def send(recipients: Iterable, text: str, url: str = "", *, email: bool = False) -> int:
    """Store one notice per recipient; with ``email=True`` also mail those with an address.

    Mail failures are logged, never raised: the change they report is committed.
    """
    recipients = list(recipients)
    Notice.objects.bulk_create([Notice(recipient=user, text=text[:500], url=url) for user in recipients])
    if email and settings.FAZHI_EMAIL_ENABLED:
        addresses = [user.email for user in recipients if user.email]
        if addresses:
            try:
                send_mail(settings.EMAIL_SUBJECT_PREFIX + text[:60], f"{text}\n{url}", None, addresses)
            except OSError:
                log.exception("notice mail to %d recipients failed", len(addresses))
    return len(recipients)


def settle(recipients: Iterable, url: str) -> int:
    """Mark the recipients' unread notices about ``url`` read: a newer notice replaces them."""
    return Notice.objects.filter(recipient__in=list(recipients), url=url, read_at__isnull=True).update(
        read_at=timezone.now()
    )


def unread_count(user) -> int:
    if not user.is_authenticated:
        return 0
    return Notice.objects.filter(recipient=user, read_at__isnull=True).count()
