"""Reminders of annual report deadlines (催报): filing, and correction of a returned report.

Run daily by ``fazhi manage reminders`` (``fazhi.core.reminders``). A required
unit that has not signed off its report is reminded a few working days before
the season's filing deadline and once it has passed; a unit whose report was
returned, before and after its correction deadline. Each kind goes out once
per unit and deadline (``FilingReminderSent``) to the unit's filers and leaders.
Seasons whose filing deadline passed more than ``LOOKBACK_DAYS`` ago are left
alone: the office chases those by hand (the board's 催报).
"""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from fazhi.core.reminders import ReminderKind, remind_once, reminder_kind
from fazhi.filings.models import (
    AnnualReportFiling,
    FilingEvent,
    FilingReminderSent,
    FilingSeason,
    FilingStatus,
)
from fazhi.org.models import unit_people

LOOKBACK_DAYS = 60
SIGNED_OFF = (FilingStatus.SUBMITTED, FilingStatus.ACCEPTED, FilingStatus.PUBLISHED)


def _filing_text(kind: ReminderKind) -> str:
    if kind == ReminderKind.DUE_SOON:
        return _(
            "The %(year)d annual report of %(unit)s is due on %(due)s: upload it and have it signed off."
        )
    return _("The %(year)d annual report of %(unit)s was due on %(due)s and is overdue.")


def _correction_text(kind: ReminderKind) -> str:
    if kind == ReminderKind.DUE_SOON:
        return _("The returned %(year)d annual report of %(unit)s is to be corrected by %(due)s.")
    return _("The returned %(year)d annual report of %(unit)s was to be corrected by %(due)s and is overdue.")


def _remind(season, organisation, kind, due, *, text, url, filing=None) -> bool:
    recipients = list(unit_people(organisation))
    if not recipients:
        return False  # nobody on the platform yet: the office chases by telephone
    return remind_once(
        FilingReminderSent(season=season, organisation=organisation, kind=kind, due=due),
        FilingEvent,
        {"season": season, "filing": filing},
        recipients=recipients,
        text=text % {"year": season.year, "unit": organisation.name, "due": due.isoformat()},
        url=url,
        data={"organisation": organisation.pk, "name": organisation.name, "due": str(due)},
    )


def send_reminders(today: dt.date) -> int:
    sent = 0
    seasons = FilingSeason.objects.filter(filing_due__gte=today - dt.timedelta(days=LOOKBACK_DAYS))
    for season in seasons:
        kind = reminder_kind(season.filing_deadline.status(today=today))
        if kind is None:
            continue
        done = set(
            season.filings.filter(status__in=SIGNED_OFF + (FilingStatus.RETURNED,)).values_list(
                "organisation_id", flat=True
            )
        )
        filings = {f.organisation_id: f for f in season.filings.all()}
        for organisation in season.required_organisations.exclude(pk__in=done).order_by("sort_order", "id"):
            filing = filings.get(organisation.pk)
            url = filing.get_absolute_url() if filing else season.get_absolute_url()
            sent += _remind(
                season, organisation, kind, season.filing_due, text=_filing_text(kind), url=url, filing=filing
            )
    returned = AnnualReportFiling.objects.filter(
        status=FilingStatus.RETURNED,
        correction_due__isnull=False,
        correction_due__gte=today - dt.timedelta(days=LOOKBACK_DAYS),
    ).select_related("season", "organisation")
    for filing in returned:
        kind = reminder_kind(filing.correction_deadline().status(today=today))
        if kind is not None:
            sent += _remind(
                filing.season,
                filing.organisation,
                kind,
                filing.correction_due,
                text=_correction_text(kind),
                url=filing.get_absolute_url(),
                filing=filing,
            )
    return sent
