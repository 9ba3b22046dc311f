"""The facts a filed report's reading gives, and which of them become indicator values.

A reading's facts are stored as ``ReportFact`` rows when a version is
uploaded (``store_facts``); when the office accepts the filing, one fact per
indicator code becomes that code's indicator value for the report year
(``record_indicator_values``), and each fact left out says why.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.core.actions import ActionRefused
from fazhi.core.providers import Period
from fazhi.core.scoping import Actor
from fazhi.filings import rules
from fazhi.filings.models import AnnualReportFiling, ReportFact
from fazhi.indicators.actions import record_value


def _decimal(value) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value)).quantize(Decimal("0.0001"))
    except (InvalidOperation, ValueError):
        return None


def store_facts(filing: AnnualReportFiling) -> int:
    version = filing.current_version
    filing.facts.all().delete()
    rows = []
    for fact in version.reading.get("facts") or []:
        value = _decimal(fact.get("value"))
        evidence = fact.get("evidence") or {}
        if value is None or abs(value) >= Decimal("1e15"):
            continue  # not a number the table can hold; the reading keeps it
        rows.append(
            ReportFact(
                filing=filing,
                version=version,
                organisation=filing.organisation,
                year=filing.season.year,
                indicator=fact.get("indicator") or "",
                name=(fact.get("name") or "")[:120],
                value=value,
                unit=(fact.get("unit") or "")[:10],
                qualifier=(fact.get("qualifier") or "")[:20],
                previous=_decimal(fact.get("previous")),
                scope=(fact.get("scope") or "")[:120],
                period=(fact.get("period") or "")[:40],
                evidence=evidence.get("text", ""),
                evidence_start=evidence.get("start", 0),
                evidence_end=evidence.get("end", 0),
            )
        )
    ReportFact.objects.bulk_create(rows)
    return len(rows)


def _is_whole_region(scope: str) -> bool:
    """全县, 全区, 全市, 全镇…: the figure is about the whole region, not a part of it."""
    return scope.startswith("全")


def choose_facts(facts) -> tuple[list, list]:
    """The one fact per indicator code that becomes the indicator value, and the others.

    Several facts may share a code (全县 and 本局, or a figure stated twice).
    The chosen one is the first, in the order of the text, of: a fact with no
    scope (the report's unit speaking of itself); else one whose scope names
    the whole region (全县, 全区, 全市…); else the first. Facts without a code
    are not indicator values and are in neither list.
    """
    by_code: dict[str, list] = {}
    for fact in facts:
        if fact.indicator:
            by_code.setdefault(fact.indicator, []).append(fact)
    chosen, others = [], []
    for group in by_code.values():
        best = (
            next((f for f in group if not f.scope), None)
            or next((f for f in group if _is_whole_region(f.scope)), None)
            or group[0]
        )
        chosen.append(best)
        others += [f for f in group if f is not best]
    return chosen, others


def _fact_row(fact, reason: str = "", value_id: int | None = None) -> dict:
    row = {
        "code": fact.indicator,
        "value": f"{fact.value.normalize():f}",
        "unit": fact.unit,
        "scope": fact.scope,
        "sentence": fact.evidence[:200],
    }
    if reason:
        row["reason"] = reason
    if value_id is not None:
        row["indicator_value"] = value_id
    return row


def record_indicator_values(actor: Actor, filing: AnnualReportFiling) -> dict:
    """Each stored fact with an indicator code becomes an indicator value (source: report).

    Called inside the acceptance's transaction. A fact the indicators rules
    refuse (unit not the catalog's, a count with decimals, a rate over 100…),
    a fact about another period than the report year, and a fact that lost to
    another of the same code (``choose_facts``) are skipped; the reason goes
    into the acceptance event. Each write runs in a savepoint, so a refusal
    never leaves half a value behind and never blocks the acceptance.

    The actor is the reviewer who accepts: ``record_value`` asks for EDIT on
    the unit, which the office holds over its region (docs/filings.md).
    """
    facts = list(filing.facts.order_by("evidence_start", "id"))
    chosen, others = choose_facts(facts)
    period = Period.year(filing.season.year)
    link = f"{filing.get_absolute_url()}#review"
    recorded, skipped = [], []
    for fact in others:
        skipped.append(_fact_row(fact, _("another figure for the same indicator was taken")))
    for fact in sorted(chosen, key=lambda f: (f.evidence_start, f.pk)):
        if fact.period and not rules.period_is_report_year(fact.period, filing.season.year):
            skipped.append(
                _fact_row(fact, _("about %(period)s, not the report year") % {"period": fact.period})
            )
            continue
        try:
            with transaction.atomic():
                value = record_value(
                    actor,
                    filing.organisation,
                    fact.indicator,
                    period,
                    fact.value,
                    "report",
                    qualifier=fact.qualifier or "exact",
                    unit=fact.unit or None,
                    evidence_text=fact.evidence,
                    evidence_url=link,
                )
        except (ActionRefused, PermissionDenied) as refusal:
            skipped.append(_fact_row(fact, str(getattr(refusal, "message", refusal))))
        else:
            recorded.append(_fact_row(fact, value_id=value.pk))
    return {"recorded": recorded, "skipped": skipped}
