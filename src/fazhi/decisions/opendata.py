"""Open data of major decisions: the published catalogues' items and their calls for comment (see core.opendata)."""

from __future__ import annotations

from collections.abc import Iterator

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from fazhi.core.deadlines import local_today
from fazhi.core.opendata import (
    BOOLEAN,
    DATE,
    INTEGER,
    TEXT,
    Dataset,
    Field,
    codes_of,
    date_text,
)
from fazhi.decisions.models import IN_CATALOGUE, Decision, DecisionStatus, Procedure, ProcedureKind


def _catalogue_items(region: str, year: int):
    return Decision.objects.filter(
        catalogue__published_on__isnull=False,
        catalogue__year=year,
        catalogue__organisation__region_code=region,
    )


def decision_rows(region: str, year: int) -> Iterator[dict]:
    items = (
        _catalogue_items(region, year)
        .select_related("organisation", "catalogue")
        .order_by("catalogue__pk", "sort_order", "pk")
    )
    for item in items.iterator(chunk_size=500):
        yield {
            "catalogue_of": item.catalogue.organisation.name,
            "number": item.sort_order,
            "title": item.title,
            "organisation": item.organisation.name,
            "basis": item.basis,
            "planned_for": item.planned_for,
            "status": item.status,
            "added_by_adjustment": item.is_added_later,
            "taken_on": date_text(item.taken_on),
            "page": reverse("decisions_portal:catalogue", args=[item.catalogue_id]),
        }


def comment_call_rows(region: str, year: int) -> Iterator[dict]:
    today = local_today()
    calls = (
        Procedure.objects.filter(
            kind=ProcedureKind.PUBLIC_PARTICIPATION,
            decision__in=_catalogue_items(region, year).filter(status__in=IN_CATALOGUE),
            started_on__lte=today,
        )
        .exclude(how_to_comment="")
        .select_related("decision", "decision__organisation")
        .order_by("started_on", "pk")
    )
    for call in calls.iterator(chunk_size=500):
        yield {
            "decision": call.decision.title,
            "organisation": call.decision.organisation.name,
            "started_on": date_text(call.started_on),
            "ended_on": date_text(call.ended_on),
            "is_open": call.is_open_on(today),
            "page": reverse("decisions_portal:call", args=[call.pk]),
        }


PAGE = Field("page", TEXT, _("page on the portal"))

DATASETS = (
    Dataset(
        "decision-catalogue",
        _("Catalogue of major administrative decisions"),
        _("Items of the published major-decision catalogues of the year, with adjustments."),
        (
            Field("catalogue_of", TEXT, _("catalogue of")),
            Field("number", INTEGER, _("number")),
            Field("title", TEXT, _("decision item")),
            Field("organisation", TEXT, _("organisation")),
            Field("basis", TEXT, _("legal and policy basis")),
            Field("planned_for", TEXT, _("planned completion")),
            Field("status", TEXT, _("status"), codes=codes_of(DecisionStatus)),
            Field("added_by_adjustment", BOOLEAN, _("added by adjustment")),
            Field("taken_on", DATE, _("date of decision"), nullable=True),
            PAGE,
        ),
        decision_rows,
    ),
    Dataset(
        "comment-calls",
        _("Calls for public comment"),
        _("Calls for public comment on the decisions of the year's published catalogues."),
        (
            Field("decision", TEXT, _("decision item")),
            Field("organisation", TEXT, _("organisation")),
            Field("started_on", DATE, _("started on")),
            Field("ended_on", DATE, _("ended on")),
            Field("is_open", BOOLEAN, _("open for comment")),
            PAGE,
        ),
        comment_call_rows,
    ),
)
