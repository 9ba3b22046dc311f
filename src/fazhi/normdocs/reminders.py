"""The daily run of normative documents: lapse what has expired, remind issuers of what will.

Run by ``fazhi manage reminders`` (``fazhi.core.reminders``). The issuer's filers and leaders
are reminded once per document and valid-until date, ``NORMDOCS_EXPIRY_WARNING_DAYS`` before
it, to evaluate the document and decide whether to amend, abolish or continue it; a document
whose validity is extended gets a reminder for its new date.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import F
from django.utils.translation import gettext as _

from fazhi.core.reminders import ReminderKind, remind_once
from fazhi.normdocs import actions_cleanup, rules
from fazhi.normdocs.models import (
    DocumentStatus,
    ExpiryReminderSent,
    NormativeDocument,
    NormativeDocumentEvent,
)
from fazhi.org.models import unit_people


def documents_due_for_reminder(today: dt.date):
    """Documents in force whose validity ends within the warning window, not yet reminded of that date."""
    horizon = today + dt.timedelta(days=rules.setting("NORMDOCS_EXPIRY_WARNING_DAYS"))
    return NormativeDocument.objects.filter(
        status=DocumentStatus.IN_FORCE, valid_until__gte=today, valid_until__lte=horizon
    ).exclude(expiry_reminders__due=F("valid_until"))


def send_reminders(today: dt.date) -> int:
    # The daily run is also when documents past their validity lapse (失效): nothing else runs daily.
    actions_cleanup.lapse_expired(today=today)
    sent = 0
    for document in documents_due_for_reminder(today).select_related("organisation"):
        text = _(
            "%(title)s expires on %(date)s: evaluate it and decide whether to amend, abolish or continue it."
        ) % {"title": document.title, "date": document.valid_until.isoformat()}
        sent += remind_once(
            ExpiryReminderSent(document=document, kind=ReminderKind.DUE_SOON, due=document.valid_until),
            NormativeDocumentEvent,
            {"document": document},
            recipients=unit_people(document.organisation),
            text=text,
            url=document.get_absolute_url(),
            verb="remind_expiry",
            data={"valid_until": document.valid_until.isoformat()},
        )
    return sent
