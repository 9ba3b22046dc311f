"""Normative-document endpoints; mounted by fazhi.api under /api/normdocs."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from ninja import Router, Schema
from ninja.pagination import paginate

from fazhi.core.actions import ActionRefused
from fazhi.core.api_input import LimitOffsetPagination, ProxyReason
from fazhi.core.dates import ApiDate
from fazhi.core.scoping import Purpose, get_visible_or_404, scope_of, visible
from fazhi.normdocs import actions
from fazhi.normdocs.models import Filing, NormativeDocument

router = Router(tags=["normative documents"])


class DocumentOut(Schema):
    id: int
    organisation_id: int
    title: str
    status: str
    document_number: str
    is_market_related: bool
    is_provisional: bool
    comment_from: dt.date | None
    comment_until: dt.date | None
    issued_on: dt.date | None
    effective_on: dt.date | None
    valid_until: dt.date | None
    has_official_text: bool  # the file itself only through the pages (/normdocs/<id>/text/file/)

    @staticmethod
    def resolve_has_official_text(document) -> bool:
        return bool(document.official_text)


class DocumentIn(Schema):
    organisation_id: int
    title: str
    drafting_notes: str = ""
    is_market_related: bool = False
    is_provisional: bool = False
    comment_from: ApiDate | None = None
    comment_until: ApiDate | None = None
    proxy_reason: ProxyReason = ""


class ReviewIn(Schema):
    outcome: str
    answers: dict[str, bool]
    opinions: str = ""


class IssueIn(Schema):
    document_number: str
    issued_on: ApiDate
    effective_on: ApiDate | None = None
    valid_until: ApiDate | None = None
    early_effect_reason: str = ""
    proxy_reason: ProxyReason = ""


class FileIn(Schema):
    filed_on: ApiDate
    has_report: bool = True
    has_text: bool = True
    has_drafting_notes: bool = True
    proxy_reason: ProxyReason = ""


class FilingOut(Schema):
    id: int
    document_id: int
    receiver_id: int
    status: str
    due_on: dt.date
    filed_on: dt.date
    review_due_on: dt.date
    decided_on: dt.date | None
    reasons: str


class FilingDecisionIn(Schema):
    accept: bool
    reasons: str = ""


def _document(request, document_id: int) -> NormativeDocument:
    return get_visible_or_404(
        NormativeDocument.objects.select_related("organisation"), request.user, pk=document_id
    )


@router.get("", response=list[DocumentOut], summary="可查看的行政规范性文件")
@paginate(LimitOffsetPagination)
def list_normative_documents(request, status: str | None = None):
    documents = visible(NormativeDocument.objects.order_by("-id"), request.user)
    return documents.filter(status=status) if status else documents


@router.post("", response=DocumentOut, summary="起草文件")
def create_normative_document(request, payload: DocumentIn):
    data = payload.dict()
    organisation = (
        scope_of(request.user).organisations(Purpose.EDIT).filter(pk=data.pop("organisation_id")).first()
    )
    if organisation is None:
        raise PermissionDenied(_("You may not do this for this organisation."))
    return actions.create_document(request.user, organisation, **data)


@router.get("/filings", response=list[FilingOut], summary="待本人审查的备案")
@paginate(LimitOffsetPagination)
def list_normdoc_filings(request):
    return visible(Filing.objects.order_by("-id"), request.user, Purpose.REVIEW)


@router.get("/{int:document_id}", response=DocumentOut, summary="一件行政规范性文件（无权查看时返回 404）")
def get_normative_document(request, document_id: int):
    return _document(request, document_id)


@router.post("/{int:document_id}/submit", response=DocumentOut, summary="报送合法性审核")
def submit_normative_document(request, document_id: int):
    document = _document(request, document_id)
    actions.submit_for_review(request.user, document)
    return document


@router.post("/{int:document_id}/review", response=DocumentOut, summary="记录合法性审核意见")
def review_normative_document(request, document_id: int, payload: ReviewIn):
    document = _document(request, document_id)
    actions.record_review(request.user, document, **payload.dict())
    return document


@router.post("/{int:document_id}/issue", response=DocumentOut, summary="印发（文号和日期）")
def issue_normative_document(request, document_id: int, payload: IssueIn):
    document = _document(request, document_id)
    return actions.issue_document(request.user, document, **payload.dict())


@router.post("/{int:document_id}/file", response=FilingOut, summary="报送上级备案")
def file_normative_document(request, document_id: int, payload: FileIn):
    document = _document(request, document_id)
    return actions.file_document(request.user, document, **payload.dict())


@router.post("/{int:document_id}/filing/decide", response=FilingOut, summary="备案审查：予以备案或不予备案")
def decide_normdoc_filing(request, document_id: int, payload: FilingDecisionIn):
    document = _document(request, document_id)
    filing = Filing.objects.filter(document=document).first()
    if filing is None:
        raise ActionRefused(_("This document has not been filed."))
    return actions.decide_filing(request.user, filing, **payload.dict())
