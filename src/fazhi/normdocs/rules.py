"""What may happen to a normative document. Pure checks; actions call them.

Numbers the law leaves to each province are settings (``docs/duties.md``):

=====================================  =======  ==============================================
setting                                default  meaning
=====================================  =======  ==============================================
NORMDOCS_FILING_DAYS                   30       days after issue to file with the level above
NORMDOCS_FILING_IN_WORKING_DAYS        False    count those days as working days (some cities: 3)
NORMDOCS_REVIEW_WORKING_DAYS           15       working days for the legality review
NORMDOCS_FILING_REVIEW_DAYS            30       days for the filing review (extendable by 20)
NORMDOCS_VALIDITY_YEARS                5        longest validity of a document
NORMDOCS_PROVISIONAL_VALIDITY_YEARS    2        longest validity of a provisional (暂行/试行) one
NORMDOCS_EXPIRY_WARNING_DAYS           180      remind this many days before expiry (6 months)
NORMDOCS_COMMENT_WORKING_DAYS          7        shortest public comment period, working days
NORMDOCS_MARKET_COMMENT_DAYS           30       ... for documents closely related to market entities
=====================================  =======  ==============================================
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils.translation import gettext as _

from fazhi.catalog import calendar
from fazhi.core import dates
from fazhi.core.actions import ActionRefused
from fazhi.core.deadlines import Basis, Deadline, deadline

DEFAULTS = {
    "NORMDOCS_FILING_DAYS": 30,
    "NORMDOCS_FILING_IN_WORKING_DAYS": False,
    "NORMDOCS_REVIEW_WORKING_DAYS": 15,
    "NORMDOCS_FILING_REVIEW_DAYS": 30,
    "NORMDOCS_VALIDITY_YEARS": 5,
    "NORMDOCS_PROVISIONAL_VALIDITY_YEARS": 2,
    "NORMDOCS_EXPIRY_WARNING_DAYS": 180,
    "NORMDOCS_COMMENT_WORKING_DAYS": 7,
    "NORMDOCS_MARKET_COMMENT_DAYS": 30,
}


# The official text (正式文本) as the issuer holds it: the signed PDF, the Word original, or plain text;
# checked by content (core.uploads.check_upload), not only by name.
OFFICIAL_TEXT_KINDS = ("pdf", "docx", "doc", "txt")
OFFICIAL_TEXT_MAX_BYTES = 20 * 1024 * 1024


def setting(name: str):
    return getattr(settings, name, DEFAULTS[name])


def check_text_attachable(document) -> None:
    """The office reviews the text it was sent: no new text while the review is under way."""
    from fazhi.normdocs.models import DocumentStatus

    if document.status == DocumentStatus.IN_REVIEW:
        raise ActionRefused(
            _("The text cannot be changed while the draft is in legality review."), field="official_text"
        )


def filing_deadline(issued_on: dt.date) -> Deadline:
    """When an issued document must be filed (备案) with the level above."""
    basis = Basis.WORKING_DAYS if setting("NORMDOCS_FILING_IN_WORKING_DAYS") else Basis.CALENDAR_DAYS
    return deadline(issued_on, setting("NORMDOCS_FILING_DAYS"), basis)


def review_deadline(submitted_on: dt.date) -> Deadline:
    return deadline(submitted_on, setting("NORMDOCS_REVIEW_WORKING_DAYS"), Basis.WORKING_DAYS)


def filing_review_deadline(filed_on: dt.date) -> Deadline:
    return deadline(filed_on, setting("NORMDOCS_FILING_REVIEW_DAYS"), Basis.CALENDAR_DAYS)


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def longest_validity(effective_on: dt.date, is_provisional: bool) -> dt.date:
    years = setting("NORMDOCS_PROVISIONAL_VALIDITY_YEARS" if is_provisional else "NORMDOCS_VALIDITY_YEARS")
    return _add_years(effective_on, years) - dt.timedelta(days=1)


def default_effective_on(issued_on: dt.date) -> dt.date:
    """Usually in force 30 days after publication."""
    return issued_on + dt.timedelta(days=30)


def check_issuer(organisation) -> None:
    """Only a body on the region's positive list (正面清单) may issue normative documents."""
    from fazhi.normdocs.models import IssuerListing

    # Read afresh: the list may have changed since the organisation was loaded.
    listing = IssuerListing.objects.filter(organisation_id=organisation.pk).first()
    if listing is not None and listing.listing == "negative":
        raise ActionRefused(
            _("%(name)s is on the negative list of issuers and may not issue normative documents.")
            % {"name": organisation.name},
            field="organisation",
        )
    if listing is None or listing.listing != "positive":
        raise ActionRefused(
            _("%(name)s is not on the positive list of issuers and may not issue normative documents.")
            % {"name": organisation.name},
            field="organisation",
        )


def check_comment_period(document) -> None:
    """Public comment of at least 7 working days (30 days when market entities are closely concerned)."""
    start, end = document.comment_from, document.comment_until
    if start is None or end is None:
        raise ActionRefused(
            _("Record the public comment period before submitting for review."), field="comment_until"
        )
    if end < start:
        raise ActionRefused(_("The comment period ends before it starts."), field="comment_until")
    if document.is_market_related:
        needed = setting("NORMDOCS_MARKET_COMMENT_DAYS")
        if (end - start).days + 1 < needed:
            raise ActionRefused(
                _("Documents closely related to market entities need at least %(n)d days of public comment.")
                % {"n": needed},
                field="comment_until",
            )
    else:
        needed = setting("NORMDOCS_COMMENT_WORKING_DAYS")
        if calendar.working_days_between(start - dt.timedelta(days=1), end) < needed:
            raise ActionRefused(
                _("Public comment must last at least %(n)d working days.") % {"n": needed},
                field="comment_until",
            )


def check_review_answers(items, answers: dict, outcome: str, opinions: str) -> None:
    """Every checklist line answered; a pass needs every line satisfied; a return needs opinions."""
    missing = [item.text for item in items if str(item.pk) not in answers]
    if missing:
        raise ActionRefused(
            _("Answer every line of the checklist: %(items)s") % {"items": "；".join(missing)}
        )
    failing = [item.text for item in items if not answers[str(item.pk)]]
    if outcome == "passed" and failing:
        raise ActionRefused(
            _("The draft cannot pass while these checklist lines fail: %(items)s")
            % {"items": "；".join(failing)},
            field="outcome",
        )
    if outcome == "returned" and not opinions.strip():
        raise ActionRefused(_("Write the review opinions when returning a draft."), field="opinions")


def check_issue(
    document,
    *,
    document_number: str,
    issued_on: dt.date,
    effective_on: dt.date,
    valid_until: dt.date,
    today: dt.date,
    has_text: bool,
    early_effect_reason: str = "",
) -> None:
    if not document_number.strip():
        raise ActionRefused(_("The document number is required."), field="document_number")
    dates.check_date(issued_on, field="issued_on", label=_("The issue date"))
    dates.check_date(effective_on, field="effective_on", label=_("The date of coming into force"))
    dates.check_date(valid_until, field="valid_until", label=_("The end of validity"))
    if issued_on > today:
        raise ActionRefused(_("The issue date cannot be in the future."), field="issued_on")
    if effective_on < issued_on:
        raise ActionRefused(_("A document cannot be in force before it is issued."), field="effective_on")
    if valid_until <= effective_on:
        raise ActionRefused(
            _("The validity must end after the document comes into force."), field="valid_until"
        )
    longest = longest_validity(effective_on, document.is_provisional)
    if valid_until > longest:
        raise ActionRefused(
            _("The validity may last until %(date)s at the latest.") % {"date": longest.isoformat()},
            field="valid_until",
        )
    passed = document.reviews.filter(outcome="passed").order_by("-reviewed_on").first()
    if passed is None:
        raise ActionRefused(_("A draft that has not passed the legality review may not be issued."))
    dates.check_order(
        passed.reviewed_on,
        issued_on,
        field="issued_on",
        message=_("A document is issued after its legality review passed (%(reviewed)s).")
        % {"reviewed": passed.reviewed_on.isoformat() if passed.reviewed_on else ""},
    )
    if effective_on < default_effective_on(issued_on) and not early_effect_reason.strip():
        # 规范性文件自公布之日起30日后施行; earlier only for a stated reason (public interest, urgency).
        raise ActionRefused(
            _("A document comes into force 30 days after issue; give the reason for an earlier date."),
            field="early_effect_reason",
        )
    check_issuable_text(document, has_text=has_text)


# What marks a text as still a draft; an issued document's title never carries it.
DRAFT_MARK = "草案"


def check_issuable_text(document, *, has_text: bool) -> None:
    """An issued document has its final title and its text."""
    if DRAFT_MARK in document.title:
        raise ActionRefused(
            _("The title still says %(mark)s: give the document its final title before issuing it.")
            % {"mark": DRAFT_MARK},
            field="title",
        )
    if not has_text:
        raise ActionRefused(_("Attach the document's text before issuing it."), field="official_text")


def check_filing(document, filed_on: dt.date, today: dt.date) -> None:
    if hasattr(document, "filing"):
        raise ActionRefused(_("This document has already been filed."))
    if document.issued_on is None or filed_on < document.issued_on:
        raise ActionRefused(_("A document is filed after it is issued."), field="filed_on")
    if filed_on > today:
        raise ActionRefused(_("The filing date cannot be in the future."), field="filed_on")


def check_filing_enclosures(has_report: bool, has_text: bool, has_drafting_notes: bool) -> None:
    """A filing encloses at least one of its three materials; an empty one is no filing."""
    if not (has_report or has_text or has_drafting_notes):
        raise ActionRefused(
            _(
                "A filing encloses the filing report, the official text and the drafting notes; none is ticked."
            ),
            field="has_report",
        )


def check_filing_decision(accept: bool, reasons: str, filing=None) -> None:
    if not accept and not reasons.strip():
        raise ActionRefused(_("Give the reasons for refusing the filing."), field="reasons")
    if (
        accept
        and filing is not None
        and not (filing.has_report and filing.has_text and filing.has_drafting_notes)
    ):
        # 备案 needs all three (规章制定程序条例 / 备案审查规定): the office refuses it, with reasons.
        raise ActionRefused(
            _("An incomplete filing cannot be accepted: refuse it and ask for the missing materials.")
        )


def check_cleanup(campaign, document, decided_on: dt.date | None = None) -> None:
    if not campaign.is_open:
        raise ActionRefused(_("This clean-up campaign is closed."))
    dates.check_date(decided_on, field="decided_on", label=_("The date of the decision"))
    dates.check_order(
        campaign.started_on,
        decided_on,
        field="decided_on",
        message=_("A clean-up decision cannot be dated before the campaign began (%(started)s).")
        % {"started": campaign.started_on.isoformat()},
    )
    if campaign.decisions.filter(document=document).exists():
        raise ActionRefused(_("This document already has an outcome in this clean-up."), field="document")
