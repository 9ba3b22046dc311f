"""Annual report endpoints; mounted by fazhi.api under /api/filings.

Reads go through the scoping helper; the upload calls the same action as the
page, so an unreadable or non-report file answers 400 with the Chinese message.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import Http404
from django.utils.translation import gettext as _
from ninja import File, Form, Router, Schema
from ninja.files import UploadedFile
from ninja.pagination import paginate

from fazhi.core.actions import ActionRefused
from fazhi.core.api_input import LimitOffsetPagination
from fazhi.core.scoping import (
    Purpose,
    get_visible_by_region_or_404,
    get_visible_or_404,
    visible,
    visible_by_region,
)
from fazhi.core.uploads import check_upload
from fazhi.filings import actions, rules
from fazhi.filings.models import AnnualReportFiling, FilingSeason
from fazhi.filings.review import review
from fazhi.org.models import Organisation

router = Router(tags=["annual reports"])


class SeasonOut(Schema):
    id: int
    region_code: str
    year: int
    filing_due: dt.date
    publication_due: dt.date
    requires_publication: bool
    required_organisation_ids: list[int]

    @staticmethod
    def resolve_required_organisation_ids(season) -> list[int]:
        # .all(): the list prefetches them (one query for the page, not one per season).
        return sorted(unit.pk for unit in season.required_organisations.all())


class FilingOut(Schema):
    id: int
    season_id: int
    year: int
    organisation_id: int
    organisation_name: str
    status: str
    version: int | None
    submitted_on: dt.date | None
    accepted_on: dt.date | None
    published_on: dt.date | None
    return_reasons: str

    @staticmethod
    def resolve_year(filing) -> int:
        return filing.season.year

    @staticmethod
    def resolve_organisation_name(filing) -> str:
        return filing.organisation.name

    @staticmethod
    def resolve_version(filing) -> int | None:
        return filing.current_version.number if filing.current_version_id else None


class CheckOut(Schema):
    label: str
    ok: bool
    detail: str


class PartOut(Schema):
    code: str
    name: str
    status: str
    required: bool
    heading: str | None
    evidence: dict | None


class ReviewOut(Schema):
    filing_id: int
    version: int
    complete: bool
    checks: list[CheckOut]
    parts: list[PartOut]
    defects: list[dict]
    facts: list[dict]
    reading: dict


def _season(request, season_id: int) -> FilingSeason:
    return get_visible_by_region_or_404(FilingSeason.objects, request.user, pk=season_id)


@router.get(
    "/seasons",
    response=list[SeasonOut],
    url_name="annual_report_seasons",
    summary="可查看的年度报告报送工作",
)
@paginate(LimitOffsetPagination)
def list_seasons(request):
    units = Prefetch("required_organisations", queryset=Organisation.objects.only("id"))
    return visible_by_region(FilingSeason.objects.prefetch_related(units), request.user)


@router.get(
    "/seasons/{int:season_id}",
    response=SeasonOut,
    url_name="annual_report_season",
    summary="一次年度报告报送工作",
)
def get_season(request, season_id: int):
    return _season(request, season_id)


@router.get(
    "/filings",
    response=list[FilingOut],
    url_name="annual_report_filings",
    summary="可查看的年度报告报送记录",
)
@paginate(LimitOffsetPagination)
def list_filings(request, season_id: int | None = None, status: str | None = None):
    filings = visible(
        AnnualReportFiling.objects.select_related("season", "organisation", "current_version").order_by(
            "-season__year", "organisation__sort_order", "id"
        ),
        request.user,
    )
    if season_id:
        filings = filings.filter(season_id=season_id)
    if status:
        filings = filings.filter(status=status)
    return filings


def _filing(request, filing_id: int) -> AnnualReportFiling:
    return get_visible_or_404(
        AnnualReportFiling.objects.select_related("season", "organisation", "current_version"),
        request.user,
        pk=filing_id,
    )


@router.get(
    "/filings/{int:filing_id}",
    response=FilingOut,
    url_name="annual_report_filing",
    summary="一份年度报告报送记录（无权查看时返回 404）",
)
def get_filing(request, filing_id: int):
    return _filing(request, filing_id)


@router.get(
    "/filings/{int:filing_id}/review",
    response=ReviewOut,
    url_name="annual_report_review",
    summary="当前版本年度报告的自动审查结果",
)
def get_review(request, filing_id: int):
    filing = _filing(request, filing_id)
    version = filing.current_version
    if version is None:
        raise Http404(_("Nothing has been uploaded yet."))
    result = review(version.reading, filing)
    reading = dict(version.reading)
    return {
        "filing_id": filing.pk,
        "version": version.number,
        "complete": result.is_complete,
        "checks": [c.__dict__ for c in result.checks],
        "parts": [{k: v for k, v in p.__dict__.items() if k != "status_label"} for p in result.parts],
        "defects": result.defects,
        "facts": result.facts,
        "reading": reading,
    }


@router.post(
    "/seasons/{int:season_id}/units/{int:organisation_id}/upload",
    response=FilingOut,
    url_name="annual_report_upload",
    summary="上传单位年度报告（即时识别；不予接收时返回 400 并说明原因）",
)
def upload_report(
    request, season_id: int, organisation_id: int, file: File[UploadedFile] = None, text: Form[str] = ""
):
    season = _season(request, season_id)
    organisation = get_visible_or_404(
        season.required_organisations.all(), request.user, Purpose.EDIT, pk=organisation_id
    )
    if file is not None:
        try:
            kind = check_upload(file, rules.REPORT_KINDS, max_bytes=rules.max_report_bytes())
        except ValidationError as invalid:
            raise ActionRefused(invalid.messages[0], field="file") from None
        file.seek(0)
        data, name = file.read(), file.name
    elif text.strip():
        kind, data, name = "pasted", text.strip().encode("utf-8"), "pasted.txt"
    else:
        raise ActionRefused(_("Choose a file or paste the report's text."), field="file")
    return actions.upload_report(request.user, season, organisation, data=data, name=name, kind=kind)
