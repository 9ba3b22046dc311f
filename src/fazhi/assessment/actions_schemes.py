"""Schemes (考核方案): made, copied, edited and published by the office of their region.

Schemes are region-wide records: changing one needs REVIEW over its region
(the office), and only a draft scheme is edited. Publishing a scheme opens
one assessment sheet for each assessed unit (``open_assessments``); scoring
those sheets is ``fazhi.assessment.actions``.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.assessment import guardrails
from fazhi.assessment.models import (
    GROUP_OF_KIND,
    Assessment,
    AssessmentEvent,
    AssessmentScheme,
    ItemScore,
    SchemeArea,
    SchemeStatus,
    ScoredItem,
)
from fazhi.assessment.schemes import Problem, parse, scheme_to_dict
from fazhi.catalog import regions
from fazhi.core.actions import ActionRefused, attribute_to, record_event
from fazhi.core.scoping import Actor, Purpose, scope_of
from fazhi.org.models import Organisation

MAX_REASON = 300


def require_region(actor: Actor, purpose: Purpose, region_code: str) -> None:
    if not scope_of(actor).allows_region(purpose, region_code):
        raise PermissionDenied(_("You may not do this for this region."))


class SchemeInvalid(ActionRefused):
    """A scheme file or edit with problems; ``problems`` lists each with its place."""

    def __init__(self, problems: list[Problem]):
        super().__init__(_("The scheme has %(n)d problems; nothing was saved.") % {"n": len(problems)})
        self.problems = problems


# --- schemes ------------------------------------------------------------------


def _create_from_data(
    actor: Actor, region_code: str, data: dict, *, verb: str, based_on=None, note: str = ""
):
    clean, problems = parse(data)
    if (
        not problems
        and AssessmentScheme.objects.filter(
            region_code=region_code, year=clean["year"], name=clean["name"]
        ).exists()
    ):
        problems.append(
            Problem(
                "",
                _("A scheme called %(name)s already exists for %(year)s.")
                % {"name": clean["name"], "year": clean["year"]},
            )
        )
    if problems:
        raise SchemeInvalid(problems)
    with transaction.atomic():
        scheme = AssessmentScheme(
            region_code=region_code,
            year=clean["year"],
            name=clean["name"],
            description=clean["description"],
            based_on=based_on,
        )
        attribute_to(actor, scheme)
        scheme.save()
        for area_order, area_data in enumerate(clean["areas"], start=1):
            items = area_data.pop("items")
            area = SchemeArea(scheme=scheme, order=area_order, **area_data)
            attribute_to(actor, area)
            area.save()
            for item_order, item_data in enumerate(items, start=1):
                item = ScoredItem(area=area, order=item_order, **item_data)
                attribute_to(actor, item)
                item.save()
        record_event(AssessmentEvent, actor=actor, verb=verb, scheme=scheme, note=note)
    return scheme


def create_scheme(
    actor: Actor, region_code: str, data: dict, *, verb: str = "create_scheme"
) -> AssessmentScheme:
    """A draft scheme from plain data (the default scheme, a YAML or Excel file)."""
    if regions.get(region_code) is None:
        raise ActionRefused(_("Unknown region code %(code)s.") % {"code": region_code})
    require_region(actor, Purpose.REVIEW, region_code)
    return _create_from_data(actor, region_code, data, verb=verb)


def copy_scheme(actor: Actor, scheme: AssessmentScheme, *, year: int, name: str) -> AssessmentScheme:
    """A new draft for ``year`` with every area and item of ``scheme``: next year's version."""
    require_region(actor, Purpose.REVIEW, scheme.region_code)
    data = scheme_to_dict(scheme) | {"year": year, "name": name}
    return _create_from_data(
        actor, scheme.region_code, data, verb="copy_scheme", based_on=scheme, note=str(scheme)
    )


def _editable(actor: Actor, scheme: AssessmentScheme) -> None:
    require_region(actor, Purpose.REVIEW, scheme.region_code)
    if not scheme.is_editable:
        raise ActionRefused(_("A scheme in use is frozen; copy it to make a new version."))


def save_item(actor: Actor, area: SchemeArea, values: dict, item: ScoredItem | None = None) -> ScoredItem:
    """Add an item to ``area`` or change ``item``; the same checks as an imported file."""
    scheme = area.scheme
    _editable(actor, scheme)
    if item is not None and item.area.scheme_id != scheme.pk:
        raise ActionRefused(_("The item and the area belong to different schemes."))
    raw = {name: values.get(name) for name in ScoredItem.EDITABLE_FIELDS}
    _clean, problems = parse(
        {
            "name": scheme.name,
            "year": scheme.year,
            "areas": [{"code": area.code, "name": area.name, "items": [raw]}],
        }
    )
    if problems:
        raise SchemeInvalid(problems)
    cleaned = _clean["areas"][0]["items"][0]
    with transaction.atomic():
        if item is None:
            item = ScoredItem(area=area, order=area.items.count() + 1)
            verb_data = {"added": cleaned["number"]}
        else:
            verb_data = {"changed": cleaned["number"]}
        for name, value in cleaned.items():
            setattr(item, name, value)
        item.area = area
        attribute_to(actor, item)
        item.save()
        record_event(
            AssessmentEvent,
            actor=actor,
            verb="edit_scheme",
            scheme=scheme,
            data={k: str(v) for k, v in verb_data.items()},
        )
    return item


def save_area(
    actor: Actor, scheme: AssessmentScheme, values: dict, area: SchemeArea | None = None
) -> SchemeArea:
    """Add an area to a draft scheme or change one (code, name, cap, basis)."""
    _editable(actor, scheme)
    if area is not None and area.scheme_id != scheme.pk:
        raise ActionRefused(_("The item and the area belong to different schemes."))
    raw = {name: values.get(name) for name in SchemeArea.EDITABLE_FIELDS}
    others = [
        {"code": other.code, "name": other.name, "items": [{"title": "-", "max_points": 1, "kind": "judged"}]}
        for other in scheme.areas.exclude(pk=getattr(area, "pk", None))
    ]
    clean, problems = parse(
        {
            "name": scheme.name,
            "year": scheme.year,
            "areas": [
                *others,
                raw
                | {
                    "items": [{"title": "-", "max_points": 1, "kind": "judged"}],
                    "_place": raw.get("name") or "",
                },
            ],
        }
    )
    if problems:
        raise SchemeInvalid(problems)
    cleaned = {k: v for k, v in clean["areas"][-1].items() if k in SchemeArea.EDITABLE_FIELDS}
    with transaction.atomic():
        if area is None:
            area = SchemeArea(scheme=scheme, order=scheme.areas.count() + 1)
        for name, value in cleaned.items():
            setattr(area, name, value)
        attribute_to(actor, area)
        area.save()
        record_event(
            AssessmentEvent, actor=actor, verb="edit_scheme", scheme=scheme, data={"area": area.code}
        )
    return area


def delete_item(actor: Actor, item: ScoredItem) -> None:
    scheme = item.area.scheme
    _editable(actor, scheme)
    with transaction.atomic():
        number = item.number
        item.delete()
        record_event(
            AssessmentEvent, actor=actor, verb="edit_scheme", scheme=scheme, data={"deleted": number}
        )


def publish_scheme(actor: Actor, scheme: AssessmentScheme) -> AssessmentScheme:
    _editable(actor, scheme)
    _clean, problems = parse(scheme_to_dict(scheme))
    if problems:
        raise SchemeInvalid(problems)
    guardrails.check_full_marks(scheme.max_total)
    with transaction.atomic():
        scheme.status = SchemeStatus.PUBLISHED
        attribute_to(actor, scheme)
        scheme.save(update_fields=["status", "updated_at"])
        record_event(AssessmentEvent, actor=actor, verb="publish_scheme", scheme=scheme)
    return scheme


def open_assessments(actor: Actor, scheme: AssessmentScheme) -> list[Assessment]:
    """One score sheet per active department, township and street of the scheme's region."""
    require_region(actor, Purpose.REVIEW, scheme.region_code)
    if scheme.status != SchemeStatus.PUBLISHED:
        raise ActionRefused(_("Publish the scheme before opening assessments under it."))
    items = list(ScoredItem.objects.filter(area__scheme=scheme))
    units = Organisation.objects.filter(
        region_code=scheme.region_code, is_active=True, kind__in=list(GROUP_OF_KIND)
    ).order_by("sort_order", "id")
    opened = []
    with transaction.atomic():
        existing = set(scheme.assessments.values_list("organisation_id", flat=True))
        for unit in units:
            if unit.pk in existing:
                continue
            assessment = Assessment(scheme=scheme, organisation=unit, group=GROUP_OF_KIND[unit.kind])
            attribute_to(actor, assessment)
            assessment.save()
            ItemScore.objects.bulk_create(
                [
                    ItemScore(assessment=assessment, item=item)
                    for item in items
                    if item.applies_to_kind(unit.kind)
                ]
            )
            record_event(AssessmentEvent, actor=actor, verb="open", scheme=scheme, assessment=assessment)
            opened.append(assessment)
    return opened
