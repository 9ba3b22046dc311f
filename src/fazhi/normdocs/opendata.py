"""Open data of normative documents: those issued in the year, published statuses only (see core.opendata)."""

from __future__ import annotations

from collections.abc import Iterator

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from fazhi.core.opendata import (
    DATE,
    TEXT,
    Dataset,
    Field,
    codes_of,
    date_text,
)
from fazhi.normdocs.models import PUBLISHED_STATUSES, DocumentStatus, NormativeDocument


def normative_document_rows(region: str, year: int) -> Iterator[dict]:
    documents = (
        NormativeDocument.objects.filter(
            status__in=PUBLISHED_STATUSES, organisation__region_code=region, issued_on__year=year
        )
        .select_related("organisation")
        .order_by("issued_on", "pk")
    )
    for document in documents.iterator(chunk_size=500):
        yield {
            "document_number": document.document_number,
            "title": document.title,
            "issuing_body": document.organisation.name,
            "issued_on": date_text(document.issued_on),
            "effective_on": date_text(document.effective_on),
            "valid_until": date_text(document.valid_until),
            "status": document.status,
            "ended_on": date_text(document.ended_on),
            "page": reverse("normdocs_portal:detail", args=[document.pk]),
            "official_text": (
                reverse("normdocs_portal:official_text", args=[document.pk])
                if document.official_text
                else None
            ),
        }


PAGE = Field("page", TEXT, _("page on the portal"))

DATASETS = (
    Dataset(
        "normative-documents",
        _("Normative documents"),
        _("Normative documents issued in the year, with their status and official text."),
        (
            Field("document_number", TEXT, _("document number")),
            Field("title", TEXT, _("document title")),
            Field("issuing_body", TEXT, _("issuing body")),
            Field("issued_on", DATE, _("issued on")),
            Field("effective_on", DATE, _("in force from"), nullable=True),
            Field("valid_until", DATE, _("valid until"), nullable=True),
            Field("status", TEXT, _("status"), codes=codes_of(DocumentStatus, PUBLISHED_STATUSES)),
            Field("ended_on", DATE, _("force ended on"), nullable=True),
            PAGE,
            Field("official_text", TEXT, _("official text"), nullable=True),
        ),
        normative_document_rows,
    ),
)
