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
from decimal import Decimal, InvalidOperation

from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from fazhi.core import notices
from fazhi.core.actions import ActionRefused, after_commit, attribute_to, record_event
from fazhi.core.deadlines import local_today
from fazhi.core.scoping import Purpose, scope_of
from fazhi.core.uploads import upload_name
from fazhi.filings import rules
from fazhi.filings.models import (
    FILING_WORKFLOW,
    AnnualReportFiling,
    FilingEvent,
    FilingSeason,
    FilingStatus,
    ReportFact,
    ReportVersion,
    default_filing_due,
    default_publication_due,
)
from fazhi.org.models import Membership, Organisation, OrganisationKind, Role
from fazhi.reading import ReadingError, read

REPORTING_KINDS = (OrganisationKind.GOVERNMENT, OrganisationKind.DEPARTMENT, OrganisationKind.TOWNSHIP,
                   OrganisationKind.STREET)


def default_required_organisations(region_code: str):
    """The government, its departments, townships and streets (domain.md §2.2), active ones."""
    return Organisation.objects.filter(region_code=region_code, is_active=True, kind__in=REPORTING_KINDS)


def _require_region(actor, region_code: str) -> None:
    if not scope_of(actor).allows_region(Purpose.REVIEW, region_code):
        raise PermissionDenied(_("Only the rule-of-law office of this region may manage its filing season."))


def open_season(actor, *, region_code: str, year: int, filing_due: dt.date | None = None,
                publication_due: dt.date | None = None, requires_publication: bool = True,
                required_organisations=None) -> FilingSeason:
    _require_region(actor, region_code)
    if FilingSeason.objects.filter(region_code=region_code, year=year).exists():
        raise ActionRefused(_("A season for %(year)d already exists in this region.") % {"year": year},
                            field="year")
    season = FilingSeason(region_code=region_code, year=year,
                          filing_due=filing_due or default_filing_due(year),
                          publication_due=publication_due or default_publication_due(year),
                          requires_publication=requires_publication)
    rules.check_season_dates(year, season.filing_due, season.publication_due)
    season.full_clean(exclude=["required_organisations"])
    organisations = list(required_organisations if required_organisations is not None
                         else default_required_organisations(region_code))
    rules.check_required_organisations(season, organisations)
    with transaction.atomic():
        attribute_to(actor, season)
        season.save()
        season.required_organisations.set(organisations)
        record_event(FilingEvent, actor=actor, verb="open_season", season=season,
                     data={"required": len(organisations)})
    return season


def update_season(actor, season: FilingSeason, *, filing_due: dt.date, publication_due: dt.date,
                  requires_publication: bool, required_organisations) -> FilingSeason:
    _require_region(actor, season.region_code)
    rules.check_season_dates(season.year, filing_due, publication_due)
    organisations = list(required_organisations)
    rules.check_required_organisations(season, organisations)
    before = {"filing_due": str(season.filing_due), "publication_due": str(season.publication_due),
              "requires_publication": season.requires_publication,
              "required": sorted(season.required_organisations.values_list("pk", flat=True))}
    with transaction.atomic():
        season.filing_due, season.publication_due = filing_due, publication_due
        season.requires_publication = requires_publication
        attribute_to(actor, season)
        season.save()
        season.required_organisations.set(organisations)
        after = {"filing_due": str(filing_due), "publication_due": str(publication_due),
                 "requires_publication": requires_publication,
                 "required": sorted(o.pk for o in organisations)}
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


def upload_report(actor, season: FilingSeason, organisation: Organisation, *, data: bytes, name: str,
                  kind: str) -> AnnualReportFiling:
    """Read ``data`` and keep it as the filing's next version (creating the filing on the first upload).

    ``kind`` was established by ``core.uploads.check_upload`` (or is ``"pasted"``).
    A refused upload (unreadable, empty, not a report) leaves the filing as it was.
    """
    filing = AnnualReportFiling.objects.filter(season=season, organisation=organisation).first()
    state = filing.status if filing else FilingStatus.DRAFT
    FILING_WORKFLOW.check(actor, "upload", state=state, organisation=organisation)
    rules.check_reportable(season, organisation)
    if not data:
        raise ActionRefused(_("The file is empty."), field="file")
    if len(data) > rules.max_report_bytes():
        raise ActionRefused(_("The file is larger than %(limit)d MB.")
                            % {"limit": rules.max_report_bytes() // (1024 * 1024)}, field="file")
    reading = _read(data, name)
    with transaction.atomic():
        if filing is None:
            filing = AnnualReportFiling(season=season, organisation=organisation)
            attribute_to(actor, filing)
            filing.save()
        else:
            filing = AnnualReportFiling.objects.select_for_update().get(pk=filing.pk)
        number = (filing.versions.aggregate(n=Max("number"))["n"] or 0) + 1
        version = ReportVersion(filing=filing, number=number, original_name=name[:200], kind=kind,
                                size=len(data), sha256=hashlib.sha256(data).hexdigest(), reading=reading,
                                uploaded_by=actor if getattr(actor, "pk", None) else None)
        if kind != "pasted":
            version.file.save(upload_name(organisation, name), ContentFile(data), save=False)
        attribute_to(actor, version)
        version.save()
        filing.current_version = version
        attribute_to(actor, filing)
        filing.save(update_fields=["current_version", "updated_at"])
        record_event(FilingEvent, actor=actor, verb="upload", season=season, filing=filing,
                     data={"version": number, "kind": kind, "name": name[:200],
                           "compliant": bool((reading.get("compliance") or {}).get("compliant"))})
        leaders = [user for user in _people(organisation, Role.UNIT_LEADER) if user != actor]
        after_commit(notices.send, leaders,
                     _("The %(year)d annual report of %(unit)s (version %(n)d) awaits your sign-off.")
                     % {"year": season.year, "unit": organisation.name, "n": number}, filing.get_absolute_url())
    return filing


def _people(organisation: Organisation, *roles: Role):
    return [m.user for m in Membership.objects.filter(organisation=organisation, role__in=roles, is_active=True)
            .select_related("user")]


def _office_reviewers(region_code: str):
    return [m.user for m in Membership.objects.filter(
        role=Role.OFFICE_REVIEWER, is_active=True, organisation__is_rule_of_law_office=True,
        organisation__region_code=region_code).select_related("user")]


def submit_filing(actor, filing: AnnualReportFiling, *, at: dt.datetime | None = None) -> AnnualReportFiling:
    """The unit leader signs off. ``at`` is for filings entered after the fact (the demo)."""
    transition = FILING_WORKFLOW.check(actor, "submit", state=filing.status, organisation=filing.organisation)
    rules.check_submittable(filing)
    at = at or timezone.now()
    with transaction.atomic():
        filing.status = transition.target
        filing.submitted_on = filing.submitted_on or timezone.localdate(at)
        attribute_to(actor, filing)
        filing.save()
        record_event(FilingEvent, actor=actor, verb=transition.name, season=filing.season, filing=filing,
                     created_at=at, data={"version": filing.current_version.number})
        after_commit(notices.send, _office_reviewers(filing.season.region_code),
                     _("%(unit)s submitted its %(year)d annual report.")
                     % {"unit": filing.organisation.name, "year": filing.season.year}, filing.get_absolute_url())
    return filing


def return_filing(actor, filing: AnnualReportFiling, *, reasons: str) -> AnnualReportFiling:
    transition = FILING_WORKFLOW.check(actor, "return", state=filing.status, organisation=filing.organisation)
    rules.check_return_reasons(reasons)
    with transaction.atomic():
        filing.status = transition.target
        filing.return_reasons = reasons.strip()
        attribute_to(actor, filing)
        filing.save()
        record_event(FilingEvent, actor=actor, verb=transition.name, season=filing.season, filing=filing,
                     note=reasons.strip(), data={"version": filing.current_version.number})
        after_commit(notices.send, _people(filing.organisation, Role.UNIT_FILER, Role.UNIT_LEADER),
                     _("Your %(year)d annual report was returned for correction.") % {"year": filing.season.year},
                     filing.get_absolute_url(), email=True)
    return filing


def _decimal(value) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value)).quantize(Decimal("0.0001"))
    except (InvalidOperation, ValueError):
        return None


def _store_facts(filing: AnnualReportFiling) -> int:
    version = filing.current_version
    filing.facts.all().delete()
    rows = []
    for fact in version.reading.get("facts") or []:
        value = _decimal(fact.get("value"))
        evidence = fact.get("evidence") or {}
        if value is None or abs(value) >= Decimal("1e15"):
            continue  # not a number the table can hold; the reading keeps it
        rows.append(ReportFact(
            filing=filing, version=version, organisation=filing.organisation, year=filing.season.year,
            indicator=fact.get("indicator") or "", name=(fact.get("name") or "")[:120], value=value,
            unit=(fact.get("unit") or "")[:10], qualifier=(fact.get("qualifier") or "")[:20],
            previous=_decimal(fact.get("previous")), scope=(fact.get("scope") or "")[:120],
            period=(fact.get("period") or "")[:40], evidence=evidence.get("text", ""),
            evidence_start=evidence.get("start", 0), evidence_end=evidence.get("end", 0)))
    ReportFact.objects.bulk_create(rows)
    return len(rows)


def accept_filing(actor, filing: AnnualReportFiling, *, publish_on: dt.date | None = None) -> AnnualReportFiling:
    """Accept the report and keep its numbers; with ``publish_on`` also publish it."""
    transition = FILING_WORKFLOW.check(actor, "accept", state=filing.status, organisation=filing.organisation)
    with transaction.atomic():
        filing.status = transition.target
        filing.accepted_on = local_today()
        filing.return_reasons = ""
        attribute_to(actor, filing)
        filing.save()
        stored = _store_facts(filing)
        record_event(FilingEvent, actor=actor, verb=transition.name, season=filing.season, filing=filing,
                     data={"version": filing.current_version.number, "facts": stored})
        after_commit(notices.send, _people(filing.organisation, Role.UNIT_FILER, Role.UNIT_LEADER),
                     _("Your %(year)d annual report was accepted.") % {"year": filing.season.year},
                     filing.get_absolute_url())
        if publish_on is not None:
            publish_filing(actor, filing, published_on=publish_on)
    return filing


def publish_filing(actor, filing: AnnualReportFiling, *, published_on: dt.date | None = None) -> AnnualReportFiling:
    transition = FILING_WORKFLOW.check(actor, "publish", state=filing.status, organisation=filing.organisation)
    published_on = published_on or local_today()
    if published_on > local_today():
        raise ActionRefused(_("The publication date cannot lie in the future."), field="published_on")
    with transaction.atomic():
        filing.status = transition.target
        filing.published_on = published_on
        attribute_to(actor, filing)
        filing.save()
        record_event(FilingEvent, actor=actor, verb=transition.name, season=filing.season, filing=filing,
                     data={"published_on": str(published_on)})
    return filing
