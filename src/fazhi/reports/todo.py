"""What waits for the office on its own report: last year's report of the office's region
until it is filed into the filing season — not drafted, drafted but not read back clean, or
clean but not filed. Due by the season's filing deadline (before 1 March: the government
reports to the party committee and the people's congress then, domain.md §2.2), else by the
default of ``filings`` when the region has no season yet."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse
from django.utils.translation import gettext as _

from fazhi.core.deadlines import local_today
from fazhi.core.scoping import Person, Purpose, scope_of
from fazhi.core.worklist import WorkItem
from fazhi.filings.models import FilingSeason, default_filing_due
from fazhi.org.offices import office_for
from fazhi.reports import rules
from fazhi.reports.models import DraftState, ReportDraft


def waiting(region_code: str, year: int) -> tuple[str, ReportDraft | None]:
    """Where the region's report of ``year`` stands: missing / unclean / unfiled / filed."""
    drafts = ReportDraft.objects.filter(region_code=region_code, year=year).only("pk", "state", "reading")
    latest = drafts.order_by("-version").first()
    if latest is None:
        return "missing", None
    if drafts.filter(state=DraftState.FILED).exists():
        return "filed", latest
    if not (latest.reading or {}).get("clean"):
        return "unclean", latest
    return "unfiled", latest


def work_for(user: Person, today: dt.date | None = None) -> list[WorkItem]:
    # Only an office reviews: the home pages of everyone else skip the office look-up (their budget).
    if scope_of(user).is_empty(Purpose.REVIEW):
        return []
    today = today or local_today()
    office = office_for(user)
    if office is None or not rules.may_draft(user, office.region_code):
        return []
    year = today.year - 1
    state, draft = waiting(office.region_code, year)
    season_due = (
        FilingSeason.objects.filter(region_code=office.region_code, year=year)
        .values_list("filing_due", flat=True)
        .first()
    )
    due = season_due or default_filing_due(year)
    overdue = int(today > due)
    url = draft.get_absolute_url() if draft else reverse("reports:index") + f"?year={year}"
    labels = {
        "missing": _("Own annual report of %(year)d not drafted yet"),
        "unclean": _("Own annual report of %(year)d: the read-back is not clean"),
        "unfiled": _("Own annual report of %(year)d read back clean, not filed yet"),
    }
    if state not in labels:
        return []
    return [WorkItem(labels[state] % {"year": year}, 1, url, overdue=overdue, due_on=due)]
