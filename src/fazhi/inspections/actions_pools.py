"""The list of matters and the two pools (一单两库): every change to them goes through here.
Plans, draws and results are in ``actions``, which re-exports these functions."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from fazhi.core.actions import ActionRefused, attribute_to, lock, record_event
from fazhi.core.deadlines import local_today
from fazhi.core.duties import office_step, require_note, unit_step
from fazhi.core.scoping import Actor
from fazhi.inspections import rules
from fazhi.inspections.models import Conflict, Entity, InspectionEvent, Inspector, InspectorSource, Matter
from fazhi.org.models import Organisation


def _history_user(actor: Actor):
    return actor if getattr(actor, "pk", None) else None


MATTER_FIELDS = ("name", "legal_basis", "object_type", "kind", "method")


def add_matter(actor: Actor, organisation: Organisation, *, proxy_reason: str = "", **fields) -> Matter:
    proxy = unit_step(
        actor, organisation, step=_("keep the list of inspection matters"), proxy_reason=proxy_reason
    )
    rules.check_matter(fields.get("name", ""), fields.get("legal_basis", ""))
    with transaction.atomic():
        last = Matter.objects.filter(organisation=organisation).aggregate(last=Max("series"))["last"] or 0
        matter = Matter(organisation=organisation, series=last + 1, version=1, **fields)
        matter.full_clean()
        attribute_to(actor, matter)
        matter.save()
        record_event(
            InspectionEvent,
            actor=actor,
            verb="matter",
            organisation=organisation,
            note=matter.name,
            data=proxy,
        )
    return matter


def revise_matter(
    actor: Actor, matter: Matter, *, change_reason: str, proxy_reason: str = "", **fields
) -> Matter:
    """A new version of ``matter``; the old one stays readable and keeps the plans that used it."""
    proxy = unit_step(
        actor, matter.organisation, step=_("keep the list of inspection matters"), proxy_reason=proxy_reason
    )
    rules.check_revision(change_reason, matter)
    values = {name: fields.get(name, getattr(matter, name)) for name in MATTER_FIELDS}
    rules.check_matter(values["name"], values["legal_basis"])
    with transaction.atomic():
        old = Matter.objects.select_for_update().get(pk=matter.pk)
        if not old.is_current:
            raise ActionRefused(_("Only the current version of a matter can be revised."))
        old.is_current = False
        attribute_to(actor, old)
        old.save()
        revised = Matter(
            organisation=old.organisation,
            series=old.series,
            version=old.version + 1,
            change_reason=change_reason.strip(),
            **values,
        )
        revised.full_clean()
        attribute_to(actor, revised)
        revised.save()
        record_event(
            InspectionEvent,
            actor=actor,
            verb="revise",
            organisation=old.organisation,
            note=change_reason.strip(),
            data={"series": old.series, "version": revised.version, **proxy},
        )
    return revised


ENTITY_FIELDS = (
    "name",
    "credit_code",
    "legal_representative",
    "address",
    "category",
    "risk_grade",
    "has_complaints",
    "is_abnormal",
)


def add_entities(
    actor: Actor, organisation: Organisation, rows: list[dict], *, proxy_reason: str = ""
) -> int:
    """Add entities to a department's pool in one go (an Excel import of tens of thousands).

    All or nothing: an invalid or duplicate credit code refuses the whole batch.
    """
    proxy = unit_step(
        actor, organisation, step=_("keep the pool of inspected entities"), proxy_reason=proxy_reason
    )
    codes = [rules.clean_credit_code(row.get("credit_code", "")) for row in rows]
    for code in codes:
        rules.check_credit_code(code)
    if len(set(codes)) != len(codes):
        raise ActionRefused(_("A credit code appears twice."), field="credit_code")
    existing = set(
        Entity.objects.filter(organisation=organisation, credit_code__in=codes).values_list(
            "credit_code", flat=True
        )
    )
    if existing:
        raise ActionRefused(
            _("Already in the pool: %(codes)s.") % {"codes": "、".join(sorted(existing)[:5])},
            field="credit_code",
        )
    entities = []
    for row, code in zip(rows, codes, strict=True):
        entity = Entity(
            organisation=organisation,
            **{name: row.get(name) for name in ENTITY_FIELDS if row.get(name) is not None},
        )
        entity.credit_code = code
        entity.name = (entity.name or "").strip()
        if not entity.name:
            raise ActionRefused(_("Name the entity."), field="name")
        entities.append(entity)
    with transaction.atomic():
        batch = record_event(
            InspectionEvent,
            actor=actor,
            verb="entities",
            organisation=organisation,
            note=entities[0].name if len(entities) == 1 else "",
            data={"count": len(entities), **proxy},
        )
        for entity in entities:
            entity.batch = batch
        bulk_create_with_history(entities, Entity, batch_size=2000, default_user=_history_user(actor))
    return len(entities)


def add_inspector(
    actor: Actor,
    organisation: Organisation,
    *,
    name: str,
    certificate_number: str,
    field: str = "",
    expires_on: dt.date | None = None,
    source: str = InspectorSource.OWN,
    proxy_reason: str = "",
) -> Inspector:
    proxy = unit_step(actor, organisation, step=_("keep the pool of inspectors"), proxy_reason=proxy_reason)
    if not name.strip() or not certificate_number.strip():
        raise ActionRefused(
            _("An inspector needs a name and an enforcement certificate number."), field="name"
        )
    if Inspector.objects.filter(
        organisation=organisation, certificate_number=certificate_number.strip()
    ).exists():
        raise ActionRefused(_("This certificate number is in the pool already."), field="certificate_number")
    inspector = Inspector(
        organisation=organisation,
        name=name.strip(),
        certificate_number=certificate_number.strip(),
        field=field.strip(),
        expires_on=expires_on,
        source=source,
    )
    with transaction.atomic():
        attribute_to(actor, inspector)
        inspector.save()
        record_event(
            InspectionEvent,
            actor=actor,
            verb="inspector",
            organisation=organisation,
            note=inspector.name,
            data=proxy,
        )
    return inspector


def roster_providers() -> list:
    """The installed apps' ``rosters`` modules (the enforcement app's certified officers)."""
    from fazhi.core.modules import app_modules

    return [module for _config, module in app_modules("rosters") if hasattr(module, "certified_officers")]


def take_roster(
    actor: Actor, organisation: Organisation, *, on: dt.date | None = None, proxy_reason: str = ""
) -> int:
    """Add the department's certified, in-date officers from the enforcement roster to its pool.

    Officers already in the pool (same certificate number) are left as they are.
    """
    proxy = unit_step(actor, organisation, step=_("keep the pool of inspectors"), proxy_reason=proxy_reason)
    on = on or local_today()
    providers = roster_providers()
    if not providers:
        raise ActionRefused(_("No enforcement roster is installed; keep the pool by hand."))
    known = set(
        Inspector.objects.filter(organisation=organisation).values_list("certificate_number", flat=True)
    )
    new = []
    for provider in providers:
        for officer in provider.certified_officers(organisation.region_code, on):
            certificate = str(officer.get("certificate_number") or "").strip()
            expires_on = officer.get("expires_on")
            if officer.get("organisation_id") != organisation.pk or not certificate or certificate in known:
                continue
            if expires_on is not None and expires_on < on:
                continue  # only officers whose certificate is in date
            known.add(certificate)
            new.append(
                Inspector(
                    organisation=organisation,
                    name=str(officer.get("name") or "").strip()[:50],
                    certificate_number=certificate[:40],
                    field=str(officer.get("field") or "")[:100],
                    expires_on=expires_on,
                    source=InspectorSource.ROSTER,
                )
            )
    with transaction.atomic():
        bulk_create_with_history(new, Inspector, default_user=_history_user(actor))
        record_event(
            InspectionEvent,
            actor=actor,
            verb="roster",
            organisation=organisation,
            data={"count": len(new), **proxy},
        )
    return len(new)


def declare_conflict(
    actor: Actor, inspector: Inspector, entity: Entity, *, reason: str, proxy_reason: str = ""
) -> Conflict:
    proxy = unit_step(actor, inspector.organisation, step=_("declare a recusal"), proxy_reason=proxy_reason)
    if not reason.strip():
        raise ActionRefused(_("Give the reason for the recusal."), field="reason")
    if Conflict.objects.filter(inspector=inspector, entity=entity).exists():
        raise ActionRefused(_("This recusal is declared already."))
    conflict = Conflict(inspector=inspector, entity=entity, reason=reason.strip())
    with transaction.atomic():
        attribute_to(actor, conflict)
        conflict.save()
        record_event(
            InspectionEvent,
            actor=actor,
            verb="conflict",
            organisation=inspector.organisation,
            note=f"{inspector.name} · {entity.name}",
            data=proxy,
        )
    return conflict


def confirm_proxy_batch(actor: Actor, batch: InspectionEvent, *, note: str) -> InspectionEvent:
    """The office checks a batch of entities it entered for a department (代为录入) against the
    department's own list: another person than the one who entered it, with a note."""
    if batch.verb != "entities" or not batch.proxy_reason:
        raise ActionRefused(_("Only a batch entered by proxy is checked by the office."))
    step = _("check entities entered by proxy")
    office_step(
        actor,
        batch.organisation,
        step=step,
        events=InspectionEvent.objects.filter(pk=batch.pk),
        unit_verbs=("entities",),
    )
    note = require_note(note, step)
    with transaction.atomic():
        lock(batch.organisation)
        if InspectionEvent.objects.filter(verb="confirm_entities", data__batch=batch.pk).exists():
            raise ActionRefused(_("This batch was checked already."))
        return record_event(
            InspectionEvent,
            actor=actor,
            verb="confirm_entities",
            organisation=batch.organisation,
            note=note,
            data={"batch": batch.pk, "count": batch.data.get("count")},
        )
