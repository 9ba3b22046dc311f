"""What waits in the annual reports: review and publication for the office; filing, correction
and sign-off for the unit. Late is the season's own rule (``FilingSeason.filing_deadline`` /
``publication_deadline`` and ``Deadline.status``), applied per season."""

from __future__ import annotations

from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse
from django.utils.translation import gettext as _

from fazhi.core.deadlines import DeadlineStatus, local_today
from fazhi.core.scoping import Person, Purpose, visible, visible_by_region
from fazhi.core.worklist import WorkItem, own_units
from fazhi.filings.models import AnnualReportFiling, FilingSeason, FilingStatus
from fazhi.org.models import Organisation


def _per_season(queryset, season_field: str = "season_id") -> dict[int, int]:
    """{season id: rows} in one grouped query."""
    return dict(
        queryset.order_by().values_list(season_field).annotate(n=Count("pk")).values_list(season_field, "n")
    )


def _item(
    label,
    per_season: dict[int, int],
    url: str,
    *,
    seasons: dict | None = None,
    deadline: str = "",
    dated: dict[int, int] | None = None,
    today=None,
) -> WorkItem:
    """``dated`` (default: all of ``per_season``) are late once the season's ``deadline`` has passed."""
    if not deadline:
        return WorkItem(label, sum(per_season.values()), url)
    dated = per_season if dated is None else dated
    deadlines = {pk: getattr(seasons[pk], deadline) for pk in dated}
    return WorkItem(
        label,
        sum(per_season.values()),
        url,
        overdue=sum(
            n for pk, n in dated.items() if deadlines[pk].status(today=today) == DeadlineStatus.OVERDUE
        ),
        due_on=min((d.due for d in deadlines.values()), default=None),
    )


def _url(per_season: dict[int, int]) -> str:
    """The season's board when everything is of one season, else the annual reports page."""
    if len(per_season) == 1:
        return reverse("filings:season", args=[next(iter(per_season))])
    return reverse("filings:index")


def work_for(user: Person) -> list[WorkItem]:
    today = local_today()
    office = visible(AnnualReportFiling.objects.all(), user, Purpose.REVIEW)
    # Review and publication in one grouped query: the home page's query budget is shared by every app.
    # The season's dates come along, so its deadlines need no further read.
    awaiting, to_publish, seasons = 0, {}, {}
    for season, status, year, filing_due, publication_due, n in (
        office.filter(
            Q(status=FilingStatus.SUBMITTED)
            | Q(status=FilingStatus.ACCEPTED, season__requires_publication=True)
        )
        .order_by()
        .values_list("season_id", "status", "season__year", "season__filing_due", "season__publication_due")
        .annotate(n=Count("pk"))
    ):
        if status == FilingStatus.SUBMITTED:
            awaiting += n
        else:
            to_publish[season] = n
            seasons[season] = FilingSeason(
                pk=season, year=year, filing_due=filing_due, publication_due=publication_due
            )

    signing = own_units(user, Purpose.SIGN_OFF)
    units = own_units(user, Purpose.EDIT)
    to_file, returned, drafts_to_sign, returned_to_sign, unsigned = {}, {}, {}, {}, {}
    if units:
        # Required of a unit of the user's, and nothing read for it yet (the board's "not filed").
        filed = AnnualReportFiling.objects.filter(
            season_id=OuterRef("filingseason_id"),
            organisation_id=OuterRef("organisation_id"),
            current_version__isnull=False,
        )
        required = FilingSeason.required_organisations.through.objects.filter(
            filingseason__in=visible_by_region(FilingSeason.objects.all(), user),
            organisation__in=visible(Organisation.objects.filter(pk__in=units), user, Purpose.EDIT),
        ).exclude(Exists(filed))
        to_file = _per_season(required, "filingseason_id")
        ours = visible(AnnualReportFiling.objects.all(), user, Purpose.EDIT).filter(organisation_id__in=units)
        # A returned report is corrected by uploading again; where the user signs off, it is
        # counted once, among the reports awaiting sign-off.
        if units - signing:
            # Returned, and uploaded but not signed off (the filer chases the leader, and sees
            # when it is late), in one grouped query.
            for season, status, n in (
                ours.filter(
                    Q(status=FilingStatus.RETURNED)
                    | Q(status=FilingStatus.DRAFT, current_version__isnull=False)
                )
                .exclude(organisation_id__in=signing)
                .order_by()
                .values_list("season_id", "status")
                .annotate(n=Count("pk"))
            ):
                by_status = returned if status == FilingStatus.RETURNED else unsigned
                by_status[season] = n
        if signing:
            # FILING_WORKFLOW's "submit": from draft or returned, once a version has been read;
            # both counted in one grouped query (the home page's query budget is shared).
            sign = visible(AnnualReportFiling.objects.all(), user, Purpose.SIGN_OFF).filter(
                organisation_id__in=signing,
                current_version__isnull=False,
                status__in=(FilingStatus.DRAFT, FilingStatus.RETURNED),
            )
            for season, status, n in (
                sign.order_by().values_list("season_id", "status").annotate(n=Count("pk"))
            ):
                by_status = drafts_to_sign if status == FilingStatus.DRAFT else returned_to_sign
                by_status[season] = n
    to_sign = {
        pk: drafts_to_sign.get(pk, 0) + returned_to_sign.get(pk, 0)
        for pk in set(drafts_to_sign) | set(returned_to_sign)
    }
    wanted = (set(to_publish) | set(to_file) | set(drafts_to_sign) | set(unsigned)) - set(seasons)
    if wanted:
        seasons |= FilingSeason.objects.in_bulk(wanted)

    return [
        WorkItem(_("Annual reports awaiting review"), awaiting, f"{reverse('filings:index')}#awaiting"),
        _item(
            _("Accepted annual reports to publish"),
            to_publish,
            _url(to_publish),
            seasons=seasons,
            deadline="publication_deadline",
            today=today,
        ),
        _item(
            _("Annual reports still to file"),
            to_file,
            _url(to_file),
            seasons=seasons,
            deadline="filing_deadline",
            today=today,
        ),
        _item(
            _("Uploaded annual reports not yet signed off"),
            unsigned,
            _url(unsigned),
            seasons=seasons,
            deadline="filing_deadline",
            today=today,
        ),
        # Late counts the first sign-off only, so a returned report is never late again.
        _item(_("Annual reports returned for correction"), returned, _url(returned)),
        _item(
            _("Annual reports awaiting your sign-off"),
            to_sign,
            _url(to_sign),
            seasons=seasons,
            deadline="filing_deadline",
            dated=drafts_to_sign,
            today=today,
        ),
    ]
