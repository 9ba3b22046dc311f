"""Every write to indicator values goes through these functions.

``record_value`` is the door other apps use (filings writes a report's
figures with ``source="report"``; the importer, the manual form, the API and
the demo call it too)::

    from fazhi.core.providers import Period
    from fazhi.indicators.actions import record_value

    record_value(actor, organisation, "disputes.head_appearance_rate", Period.year(2025),
                 "91.11", "report", qualifier="exact",
                 evidence_text="出庭率从29.4%升至91.11%", evidence_url="https://...")

One value per (code, organisation, period, source): recording again replaces
the value and writes a "change" event with the old and new numbers.
``refresh`` materialises every provider (``fazhi.core.providers``) with
``source="computed"``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.core.actions import ActionRefused, NeedsConfirmation, attribute_to, record_event
from fazhi.core.duties import PROXY_REASON, office_step, proxy_data, require_note, unit_step
from fazhi.core.providers import Measurement, Period, providers
from fazhi.core.scoping import Actor, Purpose, require
from fazhi.indicators import rules
from fazhi.indicators.models import IndicatorEvent, IndicatorValue, Qualifier, Source, SourceSystem
from fazhi.org.models import Organisation


def _today_year() -> int:
    from fazhi.core.deadlines import local_today

    return local_today().year


def _decimal_or_none(value) -> Decimal | None:
    return None if value is None or value == "" else Decimal(str(value))


def _shown(value) -> str:
    """A field as the event row keeps it: 75.0000 and 75.00 are the same number."""
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    return "" if value is None else str(value)


# The fields a "change" event keeps old → new: the number, its parts and its evidence.
TRACKED_FIELDS = ("value", "numerator", "denominator", "definition", "evidence_url", "evidence_text")


def _describe_existing(row: IndicatorValue) -> str:
    evidence = " ".join(part for part in (row.evidence_text, row.evidence_url) if part)
    return _(
        "Now %(value)s %(unit)s, entered by %(who)s on %(when)s; evidence: %(evidence)s. Replacing it "
        "drops this evidence from the value (the old value and its evidence stay in the history)."
    ) % {
        "value": _shown(row.value),
        "unit": row.unit,
        "who": row.entered_by.display_name if row.entered_by else _("the platform"),
        "when": row.updated_at.date().isoformat(),
        "evidence": evidence or _("none"),
    }


def record_value(  # noqa: PLR0917 -- the documented door other apps call positionally
    actor: Actor,
    organisation: Organisation,
    code: str,
    period: Period,
    value,
    source: str,
    *,
    qualifier: str = Qualifier.EXACT,
    numerator=None,
    denominator=None,
    definition: str = "",
    evidence_url: str = "",
    evidence_text: str = "",
    unit: str | None = None,
    source_system: str = "",
    replace: bool = True,
    proxy_reason: str = "",
    unit_entry: bool = False,
) -> IndicatorValue:
    """Store one value (create or replace) with its event row; returns the stored row.

    With ``replace=False`` (the manual form before the user confirms) an
    existing value of the same source is not overwritten: ``NeedsConfirmation``
    names it with its evidence. A replaced value stays in the history, and the
    "change" event keeps old → new, evidence included.

    People need EDIT on the organisation: a unit for itself, the office for
    its region. Evaluators have no EDIT and enter nothing. Only the provider
    refresh (``actor=None``) may write ``computed`` values.

    With ``unit_entry=True`` (a figure typed or imported by hand) a unit's
    value is its own people's step: the office records it only as proxy entry
    (代为录入) with ``proxy_reason``, which the event row keeps (``unit_entry_proxy``).
    """
    source = Source(source)
    if source is Source.COMPUTED and actor is not None:
        raise ActionRefused(_("Computed values come only from the platform's own records."), field="source")
    if actor is None and source is not Source.COMPUTED:
        raise ActionRefused(_("Say who entered this value."), field="source")
    if actor is not None:
        require(actor, Purpose.EDIT, organisation)
    proxy_reason = unit_entry_proxy(actor, organisation, proxy_reason) if unit_entry else proxy_reason
    if source_system and (source is not Source.IMPORT or source_system not in SourceSystem.values):
        raise ActionRefused(
            _("Only an imported value names another system, one of the known systems."), field="source"
        )
    if qualifier not in Qualifier.values:
        raise ActionRefused(_("Unknown qualifier %(value)s.") % {"value": qualifier}, field="qualifier")
    numerator, denominator = _decimal_or_none(numerator), _decimal_or_none(denominator)
    indicator = rules.known_indicator(code)
    rules.check_period(period, _today_year())
    clean = rules.check_value(
        code,
        value,
        unit=unit,
        numerator=numerator,
        denominator=denominator,
        definition=definition,
        parts_required=source in (Source.MANUAL, Source.IMPORT),
    )
    if len(definition) > 300 or len(evidence_url) > 500:
        raise ActionRefused(_("The definition or the evidence link is too long."), field="definition")
    fields = {
        "value": clean,
        "unit": indicator.unit,
        "qualifier": qualifier,
        "numerator": numerator,
        "denominator": denominator,
        "definition": definition.strip(),
        "evidence_url": evidence_url.strip(),
        "evidence_text": evidence_text.strip(),
        "entered_by": actor,
        "source_system": source_system,
    }
    with transaction.atomic():
        existing = (
            IndicatorValue.objects.select_for_update()
            .filter(
                code=code,
                organisation=organisation,
                period_start=period.start,
                period_end=period.end,
                source=source,
            )
            .first()
        )
        if existing is None:
            row = IndicatorValue(
                code=code,
                organisation=organisation,
                period_start=period.start,
                period_end=period.end,
                source=source,
                **fields,
            )
            verb, data = "record", {"value": _shown(clean)}
        else:
            row = existing
            if not replace:
                raise NeedsConfirmation(
                    _("A %(source)s value already exists for this unit, indicator and year.")
                    % {"source": row.get_source_display()},
                    [_describe_existing(row)],
                )
            old = {name: _shown(getattr(row, name)) for name in TRACKED_FIELDS}
            for name, new in fields.items():
                setattr(row, name, new)
            new = {name: _shown(getattr(row, name)) for name in old}
            if old == new and source is Source.COMPUTED:
                return row  # a refresh that found the same number: nothing happened
            verb = "refresh" if source is Source.COMPUTED else "change"
            data = {"old": old, "new": new}
        attribute_to(actor, row)
        row.save()
        if proxy_reason:
            data |= proxy_data(organisation, proxy_reason)
        record_event(IndicatorEvent, actor=actor, verb=verb, value=row, data=data)
    return row


# Organisations whose figures are their own people's to enter (the assessed units); the
# government's statistics are the office's own work and need no proxy reason.
UNIT_KINDS = frozenset({"department", "township", "street"})
ENTRY_VERBS = frozenset({"record", "change"})


def unit_entry_proxy(actor: Actor, organisation: Organisation, proxy_reason: str = "") -> str:
    """The proxy reason a hand-entered value of ``organisation`` records ("" when none is needed).

    A unit's figure is its own people's step; anyone else (the office) needs
    a reason (ActionRefused without). The government's statistics and the
    office's own organisation are the office's own work and need none.
    """
    if organisation.kind not in UNIT_KINDS:
        return ""
    proxy = unit_step(actor, organisation, step=_("enter an indicator value"), proxy_reason=proxy_reason)
    return proxy.get(PROXY_REASON, "")


def enter_value(
    actor: Actor, organisation: Organisation, code: str, period: Period, value, **fields
) -> IndicatorValue:
    """A value entered by hand (the manual form): a unit's own figure is its own people's step.

    The office enters it for a unit only as proxy entry (代为录入) with a
    ``proxy_reason``, which the event row and the value's page keep; whoever
    entered it, by proxy or not, cannot then confirm it (``confirm_value``).
    """
    return record_value(actor, organisation, code, period, value, Source.MANUAL, unit_entry=True, **fields)


def confirm_value(actor: Actor, value: IndicatorValue, *, note: str) -> IndicatorValue:
    """The office confirms (核实) a value entered by hand, saying what it checked.

    Refused to whoever entered or changed the value, by proxy included: another
    person must confirm it. A computed value is the platform's own count.
    """
    step = _("confirm an indicator value")
    if value.source == Source.COMPUTED:
        raise ActionRefused(
            _("A computed value comes from the platform's own records; it needs no confirmation.")
        )
    office_step(
        actor,
        value.organisation,
        step=step,
        events=value.events.all(),
        unit_verbs=ENTRY_VERBS,
        purpose=Purpose.REVIEW,
    )
    note = require_note(note, step)
    with transaction.atomic():
        record_event(IndicatorEvent, actor=actor, verb="confirm", value=value, note=note)
    return value


def confirmation_of(value: IndicatorValue):
    """The confirm event that still holds (none after a later change), and the entry it confirms."""
    latest = value.events.filter(verb__in=[*ENTRY_VERBS, "confirm"]).select_related("actor").first()
    entry = value.events.filter(verb__in=ENTRY_VERBS).select_related("actor").first()
    return (latest if latest is not None and latest.verb == "confirm" else None), entry


def _store_measurement(organisation, code: str, period: Period, measurement: Measurement) -> IndicatorValue:
    return record_value(
        None,
        organisation,
        code,
        period,
        measurement.value,
        Source.COMPUTED,
        numerator=measurement.numerator,
        denominator=measurement.denominator,
        definition=measurement.definition,
    )


def refresh(
    year: int,
    *,
    organisations: Iterable[Organisation] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> dict[str, int]:
    """Materialise every registered provider for ``year`` and each active organisation.

    A provider answering ``None`` (nothing due, no denominator) stores
    nothing: an undefined rate is not a zero. A provider that raises stops the
    refresh with its code named, since a silently missing number would skew
    every score built on it. Returns counts of stored and skipped values.
    """
    period = Period.year(year)
    found = providers()
    targets = list(
        organisations
        if organisations is not None
        else Organisation.objects.filter(is_active=True).order_by("region_code", "sort_order", "id")
    )
    total = len(found) * len(targets)
    counts = {"stored": 0, "undefined": 0, "providers": len(found), "organisations": len(targets)}
    done = 0
    for code, (_label, function) in sorted(found.items()):
        for organisation in targets:
            measurement = function(organisation, period)
            if measurement is None:
                counts["undefined"] += 1
            else:
                _store_measurement(organisation, code, period, measurement)
                counts["stored"] += 1
            done += 1
            if progress:
                progress(done, total, code)
    return counts
