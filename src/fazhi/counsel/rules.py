"""What may be recorded about counsel. Pure checks; actions call them."""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from fazhi.core.actions import ActionRefused


def check_term(starts_on: dt.date, ends_on: dt.date) -> None:
    if ends_on < starts_on:
        raise ActionRefused(_("The term ends before it starts."), field="ends_on")


def check_participation(engagement, occurred_on: dt.date, quantity: int, subject: str) -> None:
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


def check_end(engagement, ended_on: dt.date, reason: str) -> None:
    if not reason.strip():
        raise ActionRefused(_("Give the reason for ending the engagement early."), field="reason")
    if not engagement.starts_on <= ended_on <= engagement.ends_on:
        raise ActionRefused(_("The engagement ends within its term."), field="ended_on")
