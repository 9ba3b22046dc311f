"""Every change to seasons and filings goes through these functions.

Each checks who may act (the workflow or ``require``) and what may change
(``rules``), writes the change and a ``FilingEvent`` in one transaction, and
sends notices after commit. Views, the API and the demo loader call them.

Reading happens inside the upload action, in the request: the engine reads
thousands of reports a second, so no background queue is needed at a county's
or a province's scale (see docs/filings.md).
"""

from __future__ import annotations

import datetime as dt
import hashlib

from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from fazhi.core import notices
from fazhi.core.actions import ActionRefused, after_commit, attribute_to, record_event
from fazhi.core.deadlines import Basis, deadline, local_today
from fazhi.core.scoping import Actor, Purpose, require, scope_of
from fazhi.core.uploads import upload_name
from fazhi.filings import facts, rules, shortcomings
from fazhi.filings.models import (
    FILING_WORKFLOW,
    AnnualReportFiling,
    FilingEvent,
    FilingSeason,
    FilingStatus,
    ReportVersion,
    default_filing_due,
    default_publication_due,
)
from fazhi.filings.review import review
from fazhi.org.models import (
    Organisation,
    OrganisationKind,
    Role,
    members,
    office_reviewers,
    unit_people,
)
from fazhi.org.naming import with_office
from fazhi.oversight import actions as oversight_actions
from fazhi.oversight.models import ProblemSource, Severity
from fazhi.reading import ReadingError, read

REPORTING_KINDS = (
    OrganisationKind.GOVERNMENT,
    OrganisationKind.DEPARTMENT,
    OrganisationKind.TOWNSHIP,
    OrganisationKind.STREET,
)


def default_required_organisations(region_code: str):
    """The government, its departments, townships and streets (domain.md §2.2), active ones."""
    return Organisation.objects.filter(region_code=region_code, is_active=True, kind__in=REPORTING_KINDS)


def _require_region(actor: Actor, region_code: str) -> None:
    if not scope_of(actor).allows_region(Purpose.REVIEW, region_code):
        raise PermissionDenied(with_office(_("Only %(office)s of this region may manage its filing season.")))


def open_season(
    actor: Actor,
    *,
    region_code: str,
    year: int,
    filing_due: dt.date | None = None,
    publication_due: dt.date | None = None,
    requires_publication: bool = True,
    required_organisations=None,
) -> FilingSeason:
    _require_region(actor, region_code)
    rules.check_season_year(year)
    if FilingSeason.objects.filter(region_code=region_code, year=year).exists():
        raise ActionRefused(
            _("A season for %(year)d already exists in this region.") % {"year": year}, field="year"
        )
    season = FilingSeason(
        region_code=region_code,
        year=year,
        filing_due=filing_due or default_filing_due(year),
        publication_due=publication_due or default_publication_due(year),
        requires_publication=requires_publication,
    )
    rules.check_season_dates(year, season.filing_due, season.publication_due)
    season.full_clean(exclude=["required_organisations"])
    organisations = list(
        required_organisations
        if required_organisations is not None
        else default_required_organisations(region_code)
    )
    rules.check_required_organisations(season, organisations)
    with transaction.atomic():
        attribute_to(actor, season)
        season.save()
        season.required_organisations.set(organisations)
        record_event(
            FilingEvent, actor=actor, verb="open_season", season=season, data={"required": len(organisations)}
        )
        after_commit(
            notices.send,
            _people_of(organisations),
            _("The %(year)d annual report season is open: file your report by %(due)s.")
            % {"year": year, "due": season.filing_due.isoformat()},
            season.get_absolute_url(),
            email=True,
        )
    return season


def _people_of(organisations) -> list:
    """The filers and leaders of every unit in ``organisations``, each person once."""
    people = {}
    for organisation in organisations:
        for user in unit_people(organisation):
            people.setdefault(user.pk, user)
    return list(people.values())


def update_season(
    actor: Actor,
    season: FilingSeason,
    *,
    filing_due: dt.date,
    publication_due: dt.date,
    requires_publication: bool,
    required_organisations,
) -> FilingSeason:
    _require_region(actor, season.region_code)
    rules.check_season_dates(season.year, filing_due, publication_due)
    organisations = list(required_organisations)
    rules.check_required_organisations(season, organisations)
    before = {
        "filing_due": str(season.filing_due),
        "publication_due": str(season.publication_due),
        "requires_publication": season.requires_publication,
        "required": sorted(season.required_organisations.values_list("pk", flat=True)),
    }
    with transaction.atomic():
        season.filing_due, season.publication_due = filing_due, publication_due
        season.requires_publication = requires_publication
        attribute_to(actor, season)
        season.save()
        season.required_organisations.set(organisations)
        after = {
            "filing_due": str(filing_due),
            "publication_due": str(publication_due),
            "requires_publication": requires_publication,
            "required": sorted(o.pk for o in organisations),
        }
        changed = {k: [before[k], after[k]] for k in before if before[k] != after[k]}
        record_event(FilingEvent, actor=actor, verb="update_season", season=season, data={"changed": changed})
    return season


def _read(data: bytes, name: str) -> dict:
    try:
        reading = read(data, name=name).as_dict()
    except ReadingError as failure:
        raise ActionRefused(failure.message, field="file") from None
    rules.check_reading(reading)
    return reading


def upload_report(
    actor: Actor,
    season: FilingSeason,
    organisation: Organisation,
    *,
    data: bytes,
    name: str,
    kind: str,
    proxy_reason: str = "",
) -> AnnualReportFiling:
    """Read ``data`` and keep it as the filing's next version (creating the filing on the first upload).

    ``kind`` was established by ``core.uploads.check_upload`` (or is ``"pasted"``).
    A refused upload (unreadable, empty, not a report) leaves the filing as it was.
    """
    filing = AnnualReportFiling.objects.filter(season=season, organisation=organisation).first()
    state = filing.status if filing else FilingStatus.DRAFT
    step = FILING_WORKFLOW.check(
        actor, "upload", state=state, organisation=organisation, proxy_reason=proxy_reason
    )
    rules.check_reportable(season, organisation)
    if not data:
        raise ActionRefused(_("The file is empty."), field="file")
    if len(data) > rules.max_report_bytes():
        raise ActionRefused(
            _("The file is larger than %(limit)d MB.") % {"limit": rules.max_report_bytes() // (1024 * 1024)},
            field="file",
        )
    reading = _read(data, name)
    with transaction.atomic():
        if filing is None:
            filing = AnnualReportFiling(season=season, organisation=organisation)
            attribute_to(actor, filing)
            filing.save()
        else:
            filing = AnnualReportFiling.objects.select_for_update().get(pk=filing.pk)
        number = (filing.versions.aggregate(n=Max("number"))["n"] or 0) + 1
        version = ReportVersion(
            filing=filing,
            number=number,
            original_name=name[:200],
            kind=kind,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            reading=reading,
            uploaded_by=actor if getattr(actor, "pk", None) else None,
        )
        if kind != "pasted":
            version.file.save(upload_name(organisation, name), ContentFile(data), save=False)
        attribute_to(actor, version)
        version.save()
        filing.current_version = version
        attribute_to(actor, filing)
        filing.save(update_fields=["current_version", "updated_at"])
        record_event(
            FilingEvent,
            actor=actor,
            verb="upload",
            season=season,
            filing=filing,
            data={
                "version": number,
                "kind": kind,
                "name": name[:200],
                "compliant": bool((reading.get("compliance") or {}).get("compliant")),
                **step.data,
            },
        )
        leaders = [user for user in members(organisation, Role.UNIT_LEADER) if user != actor]
        # Only the current version awaits sign-off: earlier versions' notices are settled.
        after_commit(notices.settle, leaders, filing.get_absolute_url())
        after_commit(
            notices.send,
            leaders,
            _("The %(year)d annual report of %(unit)s (version %(n)d) awaits your sign-off.")
            % {"year": season.year, "unit": organisation.name, "n": number},
            filing.get_absolute_url(),
        )
    return filing


def sign_off_problems(filing: AnnualReportFiling) -> list[str]:
    """What the automatic review found wrong with the current version, in words (empty when clean)."""
    if filing.current_version is None:
        return []
    return review(filing.current_version.reading, filing).problem_lines()


def submit_filing(
    actor: Actor,
    filing: AnnualReportFiling,
    *,
    at: dt.datetime | None = None,
    confirmed: bool = False,
    proxy_reason: str = "",
) -> AnnualReportFiling:
    """The unit leader signs off. ``at`` is for filings entered after the fact (the demo).

    A report the review finds fault with (a check failed, a statutory part
    missing) is signed off only with ``confirmed=True``: the page shows the
    leader the list first, since sign-off cannot be undone.
    """
    transition = FILING_WORKFLOW.check(
        actor, "submit", state=filing.status, organisation=filing.organisation, proxy_reason=proxy_reason
    )
    rules.check_submittable(filing)
    problems = sign_off_problems(filing)
    rules.check_sign_off_confirmed(problems, confirmed)
    at = at or timezone.now()
    with transaction.atomic():
        filing.status = transition.target
        filing.submitted_on = filing.submitted_on or timezone.localdate(at)
        attribute_to(actor, filing)
        filing.save()
        record_event(
            FilingEvent,
            actor=actor,
            verb=transition.name,
            season=filing.season,
            filing=filing,
            created_at=at,
            data={
                "version": filing.current_version.number,
                "confirmed_problems": problems,
                **transition.data,
            },
        )
        after_commit(
            notices.send,
            office_reviewers(filing.season.region_code),
            _("%(unit)s submitted its %(year)d annual report.")
            % {"unit": filing.organisation.name, "year": filing.season.year},
            filing.get_absolute_url(),
        )
    return filing


def return_filing(actor: Actor, filing: AnnualReportFiling, *, reasons: str) -> AnnualReportFiling:
    transition = FILING_WORKFLOW.check(
        actor, "return", state=filing.status, organisation=filing.organisation, events=filing.events.all()
    )
    rules.check_return_reasons(reasons)
    correction = deadline(local_today(), rules.correction_working_days(), Basis.WORKING_DAYS)
    with transaction.atomic():
        filing.status = transition.target
        filing.return_reasons = reasons.strip()
        filing.correction_due = correction.due
        attribute_to(actor, filing)
        filing.save()
        record_event(
            FilingEvent,
            actor=actor,
            verb=transition.name,
            season=filing.season,
            filing=filing,
            note=reasons.strip(),
            data={"version": filing.current_version.number, "correction_due": str(correction.due)},
        )
        after_commit(
            notices.send,
            unit_people(filing.organisation),
            _("Your %(year)d annual report was returned for correction; correct it by %(due)s.")
            % {"year": filing.season.year, "due": correction.due.isoformat()},
            filing.get_absolute_url(),
            email=True,
        )
    return filing


def accept_filing(
    actor: Actor, filing: AnnualReportFiling, *, publish_on: dt.date | None = None
) -> AnnualReportFiling:
    """Accept the report and keep its numbers; with ``publish_on`` also publish it."""
    transition = FILING_WORKFLOW.check(
        actor, "accept", state=filing.status, organisation=filing.organisation, events=filing.events.all()
    )
    if publish_on is not None:
        rules.check_publication_date(filing, publish_on)
    with transaction.atomic():
        filing.status = transition.target
        filing.accepted_on = local_today()
        filing.return_reasons = ""
        attribute_to(actor, filing)
        filing.save()
        stored = facts.store_facts(filing)
        values = facts.record_indicator_values(actor, filing)
        record_event(
            FilingEvent,
            actor=actor,
            verb=transition.name,
            season=filing.season,
            filing=filing,
            data={"version": filing.current_version.number, "facts": stored, "indicator_values": values},
        )
        after_commit(
            notices.send,
            unit_people(filing.organisation),
            _("Your %(year)d annual report was accepted.") % {"year": filing.season.year},
            filing.get_absolute_url(),
        )
        if publish_on is not None:
            publish_filing(actor, filing, published_on=publish_on)
    return filing


def publish_filing(
    actor: Actor, filing: AnnualReportFiling, *, published_on: dt.date | None = None
) -> AnnualReportFiling:
    transition = FILING_WORKFLOW.check(
        actor, "publish", state=filing.status, organisation=filing.organisation, events=filing.events.all()
    )
    published_on = published_on or local_today()
    if published_on > local_today():
        raise ActionRefused(_("The publication date cannot lie in the future."), field="published_on")
    rules.check_publication_date(filing, published_on)
    with transaction.atomic():
        filing.status = transition.target
        filing.published_on = published_on
        attribute_to(actor, filing)
        filing.save()
        record_event(
            FilingEvent,
            actor=actor,
            verb=transition.name,
            season=filing.season,
            filing=filing,
            data={"published_on": str(published_on)},
        )
    return filing


def problems_from_shortcomings(actor: Actor, filing: AnnualReportFiling, numbers) -> list:
    """Put the chosen points of the report's 存在的不足 part on the problem list (oversight).

    Only the office (REVIEW on the unit), and only once the report is accepted
    (its text is final, so point numbers are stable). Each point becomes one
    entry through ``oversight.actions.record_problem``: source annual report,
    ``source_reference`` ``filings:<id>#shortcomings-<n>``, the filing's unit
    responsible, default severity, found today, oversight's default deadline.
    A point already on the list is not made twice; the filing row is locked
    while checking, so two reviewers clicking at once make one entry.
    Returns the entries made (empty when every chosen point was already made).
    """
    require(actor, Purpose.REVIEW, filing.organisation)
    rules.check_shortcomings_open(filing)
    available = {point.number: point for point in shortcomings.points(filing.current_version.reading)}
    numbers = sorted({int(n) for n in numbers})
    rules.check_points_chosen(numbers, available)
    made = []
    with transaction.atomic():
        AnnualReportFiling.objects.select_for_update().get(pk=filing.pk)
        already = shortcomings.entries_made(filing)
        today = local_today()
        for number in numbers:
            if number in already:
                continue
            made.append(
                oversight_actions.record_problem(
                    actor,
                    filing.organisation,
                    source=ProblemSource.ANNUAL_REPORT,
                    description=shortcomings.description(available[number]),
                    severity=Severity.GENERAL,
                    found_on=today,
                    source_reference=shortcomings.reference(filing, number),
                )
            )
        if made:
            record_event(
                FilingEvent,
                actor=actor,
                verb="problems_from_shortcomings",
                season=filing.season,
                filing=filing,
                data={
                    "version": filing.current_version.number,
                    "points": [shortcomings.number_of(filing, p.source_reference) for p in made],
                    "problems": [p.pk for p in made],
                },
            )
    return made


SIGNED_OFF = (FilingStatus.SUBMITTED, FilingStatus.ACCEPTED, FilingStatus.PUBLISHED)


def remind_unit(actor: Actor, season: FilingSeason, organisation: Organisation, *, filing=None) -> int:
    """A 催报 notice to the people of a unit that has not signed off its report yet.

    The office sends it from the coverage board; a unit that has signed off
    gets none. ``filing`` saves a query when the caller has it. Returns how
    many people were told.
    """
    _require_region(actor, season.region_code)
    rules.check_reportable(season, organisation)
    if filing is not None and filing.status in SIGNED_OFF:
        raise ActionRefused(_("%(name)s has already signed off its report.") % {"name": organisation.name})
    recipients = list(unit_people(organisation))
    if not recipients:
        raise ActionRefused(_("%(name)s has nobody to tell on the platform.") % {"name": organisation.name})
    with transaction.atomic():
        record_event(
            FilingEvent,
            actor=actor,
            verb="remind",
            season=season,
            filing=filing,
            data={"organisation": organisation.pk, "name": organisation.name, "recipients": len(recipients)},
        )
        after_commit(
            notices.send,
            recipients,
            _(
                "Reminder: the %(year)d annual report of %(unit)s is due on %(due)s and has not been "
                "signed off yet. Upload it and have it signed off."
            )
            % {"year": season.year, "unit": organisation.name, "due": season.filing_due.isoformat()},
            season.get_absolute_url(),
        )
    return len(recipients)
