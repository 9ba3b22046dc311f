"""The coverage board of a season (报送和公开情况): every required unit and where its report stands.

Also the two documents made from it: the Excel export and the notice (通报)
naming late and incomplete units, in a plain official layout.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import BooleanField, Case, Value, When
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from fazhi.core.deadlines import DeadlineStatus, local_today
from fazhi.core.scoping import visible
from fazhi.filings.models import AnnualReportFiling, FilingSeason, FilingStatus

NOT_FILED = "not_filed"
BOARD_STATUSES = {
    NOT_FILED: gettext_lazy("not filed"),
    **{value: label for value, label in FilingStatus.choices},
}
# Flags on top of the status; the board filters by them too.
LATE = "late"
INCOMPLETE = "incomplete"
FLAGS = {LATE: gettext_lazy("filed late"), INCOMPLETE: gettext_lazy("parts missing")}


@dataclass
class BoardRow:
    organisation: object
    filing: AnnualReportFiling | None
    status: str
    is_late: bool  # signed off after the deadline, or still not signed off past it
    is_incomplete: bool  # the current version lacks a statutory part's own section
    filing_status: DeadlineStatus
    publication_status: DeadlineStatus | None

    @property
    def status_label(self) -> str:
        return str(BOARD_STATUSES[self.status])

    @property
    def flags(self) -> list[str]:
        return [str(FLAGS[f]) for f, on in ((LATE, self.is_late), (INCOMPLETE, self.is_incomplete)) if on]


def _row(season: FilingSeason, organisation, filing: AnnualReportFiling | None, today: dt.date) -> BoardRow:
    filed = filing is not None and filing.current_version_id is not None
    status = filing.status if filed else NOT_FILED
    filing_status = season.filing_deadline.status(
        done_on=filing.submitted_on if filing else None, today=today
    )
    publication_status = None
    if season.requires_publication:
        publication_status = season.publication_deadline.status(
            done_on=filing.published_on if filing else None, today=today
        )
    compliant = filed and _is_compliant(filing)
    return BoardRow(
        organisation=organisation,
        filing=filing if filed else None,
        status=status,
        is_late=filing_status in (DeadlineStatus.LATE, DeadlineStatus.OVERDUE),
        is_incomplete=filed and not compliant,
        filing_status=filing_status,
        publication_status=publication_status,
    )


def _is_compliant(filing: AnnualReportFiling) -> bool:
    if hasattr(filing, "compliant"):  # annotated by ``board``
        return bool(filing.compliant)
    return bool((filing.current_version.reading.get("compliance") or {}).get("compliant", False))


def board(season: FilingSeason, user, today: dt.date | None = None) -> list[BoardRow]:
    """Rows for the required units ``user`` may read (a unit sees its own row only)."""
    today = today or local_today()
    organisations = visible(season.required_organisations.all(), user).order_by("sort_order", "id")
    # The board reads one boolean of each reading: the database picks it out, the readings
    # themselves (10-35 KB each) stay unread (issue 18 §3).
    compliant = Case(
        When(current_version__reading__compliance__compliant=True, then=Value(True)),
        default=Value(False),
        output_field=BooleanField(),
    )
    rows = (
        season.filings.select_related("current_version")
        .defer("current_version__reading")
        .annotate(compliant=compliant)
    )
    filings = {f.organisation_id: f for f in rows}
    return [_row(season, organisation, filings.get(organisation.pk), today) for organisation in organisations]


def filter_rows(rows: list[BoardRow], status: str = "", flag: str = "", kind: str = "") -> list[BoardRow]:
    if status:
        rows = [r for r in rows if r.status == status]
    if flag == LATE:
        rows = [r for r in rows if r.is_late]
    elif flag == INCOMPLETE:
        rows = [r for r in rows if r.is_incomplete]
    if kind:
        rows = [r for r in rows if r.organisation.kind == kind]
    return rows


def counts(rows: list[BoardRow]) -> list[tuple[str, int, float]]:
    """(label, count, percentage of all rows) per status and flag."""
    total = len(rows) or 1
    out = [(str(label), sum(r.status == code for r in rows)) for code, label in BOARD_STATUSES.items()]
    out.append((str(FLAGS[LATE]), sum(r.is_late for r in rows)))
    out.append((str(FLAGS[INCOMPLETE]), sum(r.is_incomplete for r in rows)))
    return [(label, n, round(100 * n / total, 1)) for label, n in out]


def export_header() -> list[str]:
    return [
        _("Organisation"),
        _("Kind"),
        _("Status"),
        _("Signed off on"),
        _("Filing deadline"),
        _("Late"),
        _("Incomplete"),
        _("Published on"),
        _("Publication"),
    ]


def export_rows(season: FilingSeason, rows: list[BoardRow]):
    yes, no = _("yes"), _("no")
    for row in rows:
        filing = row.filing
        yield [
            row.organisation.name,
            row.organisation.get_kind_display(),
            row.status_label,
            filing.submitted_on.isoformat() if filing and filing.submitted_on else "",
            season.filing_due.isoformat(),
            yes if row.is_late else no,
            yes if row.is_incomplete else no,
            filing.published_on.isoformat() if filing and filing.published_on else "",
            str(_label(row.publication_status)) if row.publication_status else "",
        ]


def _label(status: DeadlineStatus) -> str:
    from fazhi.core.deadlines import STATUS_LABELS

    return str(STATUS_LABELS[status])


def notice_rows(rows: list[BoardRow]) -> list[BoardRow]:
    return [r for r in rows if r.is_late or r.is_incomplete]


FILED = (FilingStatus.SUBMITTED, FilingStatus.ACCEPTED, FilingStatus.PUBLISHED)


def unpublished_rows(rows: list[BoardRow]) -> list[BoardRow]:
    """Units that filed but had not published when the publication deadline passed."""
    return [
        r
        for r in rows
        if r.status in FILED and r.publication_status in (DeadlineStatus.OVERDUE, DeadlineStatus.LATE)
    ]


def notice_docx(season: FilingSeason, rows: list[BoardRow], today: dt.date | None = None) -> bytes:
    """The notice (通报) of the region's office on late, incomplete and unpublished reports."""
    from fazhi.core.documents import (
        Heading,
        OfficialDocument,
        Table,
        chinese_date,
        official_docx,
    )
    from fazhi.org.naming import document_number, office_display_name, region_addressees
    from fazhi.org.offices import office_of_region

    today = today or local_today()
    office = office_of_region(season.region_code)
    issuer = office_display_name(office, region_code=season.region_code)
    named, unpublished = notice_rows(rows), unpublished_rows(rows)
    publication = chinese_date(season.publication_due)
    body: list = [
        _(
            "Under the rules on inspecting the building of a rule-of-law government and the fulfilment "
            "of responsibilities, every unit files its annual report by %(due)s and publishes it by "
            "%(publication)s. Of %(total)d units required to report, %(done)d have filed and %(published)d "
            "have published. The state of filing is notified as follows."
        )
        % {
            "due": chinese_date(season.filing_due),
            "publication": publication,
            "total": len(rows),
            "done": sum(r.status in FILED for r in rows),
            "published": sum(r.status == FilingStatus.PUBLISHED for r in rows),
        },
        Heading(1, _("1. Units that filed late, have not filed, or filed an incomplete report")),
    ]
    header = [_("No."), _("Organisation"), _("Status"), _("Problem")]
    if named:
        body.append(
            Table(
                header,
                [
                    [str(number), row.organisation.name, row.status_label, "、".join(row.flags)]
                    for number, row in enumerate(named, 1)
                ],
            )
        )
    else:
        body.append(_("No unit is late or incomplete."))
    if season.requires_publication:
        body.append(
            Heading(
                1,
                _("2. Units that filed but had not published by %(publication)s")
                % {"publication": publication},
            )
        )
        if unpublished:
            body.append(
                Table(
                    [_("No."), _("Organisation"), _("Status"), _("Published on")],
                    [
                        [
                            str(number),
                            row.organisation.name,
                            row.status_label,
                            chinese_date(row.filing.published_on)
                            if row.filing and row.filing.published_on
                            else _("not yet published"),
                        ]
                        for number, row in enumerate(unpublished, 1)
                    ],
                )
            )
        else:
            body.append(_("Every unit that filed published its report in time."))
    if named or unpublished:
        body.append(
            _("The units named above are asked to correct this at once and report back to %(office)s.")
            % {"office": issuer}
        )
    document = OfficialDocument(
        issuer=issuer,
        number=document_number(office, today.year, f"filings.notice:{season.pk}") if office else "",
        title=_("Notice on the filing of the %(year)d annual reports on building a rule-of-law government")
        % {"year": season.year},
        addressees=region_addressees(season.region_code),
        body=body,
        signed_on=today,
    )
    return official_docx(document)
