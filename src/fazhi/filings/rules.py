"""What may happen to seasons and filings. Pure checks; the actions call them."""

from __future__ import annotations

import re

from django.conf import settings
from django.utils.translation import gettext as _

from fazhi.core import dates
from fazhi.core.actions import ActionRefused, NeedsConfirmation

# The kinds a unit may upload; checked by content (core.uploads), not only by name.
REPORT_KINDS = ("docx", "pdf", "html", "txt")

# No annual report comes near this; the reading engine's own ceiling is higher
# (50 MB) and protects the engine, this one protects the request.
DEFAULT_MAX_REPORT_BYTES = 20 * 1024 * 1024

# Pasted text shorter than this is not a report (a title or a stray line).
MIN_REPORT_CHARS = 200

REPORT_KINDS_READ = frozenset({"annual_report", "multi_year_report"})


def max_report_bytes() -> int:
    return int(getattr(settings, "FAZHI_FILING_MAX_BYTES", DEFAULT_MAX_REPORT_BYTES))


DEFAULT_CORRECTION_WORKING_DAYS = 5


def correction_working_days() -> int:
    """Working days a unit has to correct a returned report (``FAZHI_FILING_CORRECTION_WORKING_DAYS``)."""
    return int(getattr(settings, "FAZHI_FILING_CORRECTION_WORKING_DAYS", DEFAULT_CORRECTION_WORKING_DAYS))


def check_season_year(year: int) -> None:
    if not dates.EARLIEST.year <= year <= dates.latest().year:
        raise ActionRefused(
            _("The report year must lie between %(first)d and %(last)d.")
            % {"first": dates.EARLIEST.year, "last": dates.latest().year},
            field="year",
        )


def check_season_dates(year: int, filing_due, publication_due) -> None:
    dates.check_date(filing_due, field="filing_due", label=_("The filing deadline"))
    dates.check_date(publication_due, field="publication_due", label=_("The publication deadline"))
    if filing_due.year != year + 1 and filing_due.year != year:
        raise ActionRefused(
            _("The filing deadline must fall in the report year or the year after it."), field="filing_due"
        )
    if publication_due < filing_due:
        raise ActionRefused(
            _("The publication deadline cannot come before the filing deadline."), field="publication_due"
        )


def check_publication_date(filing, published_on) -> None:
    """A report is published once it was filed, not before (issue 11: "按时公开" for a date before filing)."""
    dates.check_date(published_on, field="published_on", label=_("The publication date"))
    dates.check_order(
        filing.submitted_on,
        published_on,
        field="published_on",
        message=_("The publication date cannot come before the report was filed (%(filed)s).")
        % {"filed": filing.submitted_on.isoformat() if filing.submitted_on else ""},
    )


def check_required_organisations(season, organisations) -> None:
    for organisation in organisations:
        if organisation.region_code != season.region_code:
            raise ActionRefused(
                _("%(name)s does not belong to this season's region.") % {"name": organisation.name},
                field="required_organisations",
            )


def check_reportable(season, organisation) -> None:
    if not season.required_organisations.filter(pk=organisation.pk).exists():
        raise ActionRefused(
            _("%(name)s is not among the organisations that report in this season.")
            % {"name": organisation.name}
        )


# A file whose statutory parts have sections of their own is a report even when
# the engine's title rule says otherwise: that rule takes 规划 in a unit's name
# (自然资源和规划局) for a plan. Reported to the engine; remove when fixed there.
MIN_PART_SECTIONS = 2


def reads_as_report(reading: dict) -> bool:
    if reading.get("kind") in REPORT_KINDS_READ:
        return True
    sections = sum(
        (element or {}).get("status") == "section" for element in (reading.get("elements") or {}).values()
    )
    return sections >= MIN_PART_SECTIONS and "报告" in (reading.get("title") or "")


def check_reading(reading: dict) -> None:
    """Refuse what is not an annual report at all; everything else goes to review."""
    text = (reading.get("text") or "").strip()
    if len(text) < MIN_REPORT_CHARS:
        raise ActionRefused(
            _(
                "Too little text could be read from this file (%(n)d characters); "
                "it does not look like an annual report."
            )
            % {"n": len(text)},
            field="file",
        )
    # An ``uncertain`` reading (a report's body without its title, as pasted text often is) goes to
    # review, where the reasons show; only what reads as no report at all is refused.
    if not reads_as_report(reading) and reading.get("kind") != "uncertain":
        raise ActionRefused(
            _(
                "This does not read as an annual report on building a rule-of-law government "
                "(no report title or statutory parts were found). Check that you chose the right "
                "file."
            ),
            field="file",
        )


def check_submittable(filing) -> None:
    if filing.current_version_id is None:
        raise ActionRefused(_("Upload the report before signing it off."))


def check_sign_off_confirmed(problems: list[str], confirmed: bool) -> None:
    """A report with failed checks or missing parts is signed off only on explicit confirmation:
    sign-off cannot be undone, so the leader must have seen what the review found."""
    if problems and not confirmed:
        raise NeedsConfirmation(
            _(
                "The automatic review found %(n)d problems in this report. Signing off cannot be undone: "
                "confirm that you sign it off as it is, or replace the file first."
            )
            % {"n": len(problems)},
            problems,
        )


def check_return_reasons(reasons: str) -> None:
    if not reasons.strip():
        raise ActionRefused(_("Say why the report is returned."), field="reasons")


SHORTCOMINGS_STATES = frozenset({"accepted", "published"})


def check_shortcomings_open(filing) -> None:
    """Problem entries come from an accepted report: its text no longer changes."""
    if filing.status not in SHORTCOMINGS_STATES or filing.current_version is None:
        raise ActionRefused(_("Problem entries can be made from a report once it is accepted."))


def check_points_chosen(numbers, available) -> None:
    if not numbers:
        raise ActionRefused(_("Choose at least one sentence."), field="points")
    if any(n not in available for n in numbers):
        raise ActionRefused(_("The report has no such sentence in its shortcomings part."), field="points")


_YEAR_END = re.compile(r"截[至止](?:(?P<year>(?:19|20)\d{2})年)?12月(?:底|末|31日)?")


def period_is_report_year(period: str, year: int) -> bool:
    """A figure "截至12月底" (or 截至<year>年12月底) is the report year's: its state at the year's end."""
    match = _YEAR_END.fullmatch((period or "").strip())
    return bool(match) and (match.group("year") is None or int(match.group("year")) == year)
