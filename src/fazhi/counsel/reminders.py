"""Reminders that a counsel engagement is about to lapse with no successor (issue 11 §6).

Run daily by ``fazhi manage reminders``; once per engagement and end date
(``EngagementReminderSent``), ``rules.EXPIRY_WARNING_DAYS`` ahead, to the
unit's filers and leaders.
"""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from fazhi.core.models import ReminderKind
from fazhi.core.reminders import remind_once
from fazhi.counsel import rules
from fazhi.counsel.models import Engagement, EngagementEvent, EngagementReminderSent
from fazhi.org.models import unit_people


def send_reminders(today: dt.date) -> int:
    sent = 0
    for engagement in rules.expiring(Engagement.objects.select_related("organisation"), today):
        recipients = list(unit_people(engagement.organisation))
        if not recipients:
            continue
        sent += remind_once(
            EngagementReminderSent(engagement=engagement, kind=ReminderKind.DUE_SOON, due=engagement.ends_on),
            EngagementEvent,
            {"engagement": engagement},
            recipients=recipients,
            text=_(
                "The %(kind)s engagement of %(unit)s with %(provider)s ends on %(due)s: renew it or engage "
                "another."
            )
            % {
                "kind": engagement.get_kind_display(),
                "unit": engagement.organisation.name,
                "provider": engagement.provider_name,
                "due": engagement.ends_on.isoformat(),
            },
            url=engagement.get_absolute_url(),
        )
    return sent
