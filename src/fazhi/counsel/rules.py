"""What may be recorded about counsel. Pure checks; actions call them."""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from fazhi.core import dates
from fazhi.core.actions import ActionRefused


def check_term(starts_on: dt.date, ends_on: dt.date) -> None:
    dates.check_date(starts_on, field="starts_on", label=_("The start of the term"))
    dates.check_date(ends_on, field="ends_on", label=_("The end of the term"))
    if ends_on < starts_on:
        raise ActionRefused(_("The term ends before it starts."), field="ends_on")


def check_participation(
    engagement, occurred_on: dt.date, quantity: int, subject: str, today: dt.date | None = None
) -> None:
    if not subject.strip():
        raise ActionRefused(_("Say what the meeting, contract or opinion was."), field="subject")
    if quantity < 1:
        raise ActionRefused(_("The quantity is at least 1."), field="quantity")
    if not engagement.starts_on <= occurred_on <= engagement.last_day:
        raise ActionRefused(
            _("The date lies outside the engagement's term (%(start)s to %(end)s).")
            % {"start": engagement.starts_on.isoformat(), "end": engagement.last_day.isoformat()},
            field="occurred_on",
        )
    # Counsel is recorded once given: a term may run on into the future, a participation not.
    dates.check_not_future(
        occurred_on, field="occurred_on", label=_("The date of the participation"), today=today
    )


def check_end(engagement, ended_on: dt.date, reason: str) -> None:
    if not reason.strip():
        raise ActionRefused(_("Give the reason for ending the engagement early."), field="reason")
    if not engagement.starts_on <= ended_on <= engagement.ends_on:
        raise ActionRefused(_("The engagement ends within its term."), field="ended_on")
