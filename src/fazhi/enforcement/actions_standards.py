"""The office's case-file review standard (案卷评查标准): a region's standard per year, its items
added, changed and retired by the office only.

A campaign keeps the edition it started with. An edition no campaign uses yet is edited in
place; once a campaign uses it, the first edit copies it into the next edition (its items in
use, same year) and makes that one current, so running and finished reviews read the
standard they were scored on.
"""

from __future__ import annotations

from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from fazhi.core.actions import ActionRefused, attribute_to, lock, record_event
from fazhi.core.scoping import Actor, Purpose, require
from fazhi.enforcement import rules
from fazhi.enforcement.actions_supervision import DEFAULT_ITEMS
from fazhi.enforcement.models import EnforcementEvent, ReviewStandard, StandardItem
from fazhi.org.models import Organisation


def _require_office(actor: Actor, office: Organisation, standard: ReviewStandard | None = None) -> None:
    require(actor, Purpose.REVIEW, office)
    if standard is not None and standard.region_code != office.region_code:
        raise ActionRefused(_("The standard belongs to another region."))


def _event(actor: Actor, standard: ReviewStandard, note: str, **data) -> None:
    record_event(EnforcementEvent, actor=actor, verb="standard", standard=standard, note=note, data=data)


def current_standard(region_code: str, year: int | None = None) -> ReviewStandard | None:
    standards = ReviewStandard.objects.filter(region_code=region_code, is_current=True)
    if year is not None:
        standards = standards.filter(year=year)
    return standards.order_by("-year", "-edition", "-pk").first()


def start_year(actor: Actor, office: Organisation, *, year: int) -> ReviewStandard:
    """The standard of ``year``: a copy of the region's latest standard in use, or the typical items."""
    _require_office(actor, office)
    if current_standard(office.region_code, year) is not None:
        raise ActionRefused(_("The region has a standard for that year already."), field="year")
    latest = current_standard(office.region_code)
    standard = ReviewStandard(
        region_code=office.region_code,
        name=_("%(year)d case-file review standard") % {"year": year},
        year=year,
        layout_points=latest.layout_points if latest else 20,
        content_points=latest.content_points if latest else 80,
    )
    items = (
        [(item.part, item.text, item.max_deduction) for item in latest.items.filter(is_active=True)]
        if latest
        else DEFAULT_ITEMS
    )
    with transaction.atomic():
        attribute_to(actor, standard)
        standard.save()
        _copy_items(standard, items)
        _event(actor, standard, standard.name, year=year, copied_from=latest.pk if latest else None)
    return standard


def _copy_items(standard: ReviewStandard, items) -> None:
    StandardItem.objects.bulk_create(
        StandardItem(
            standard=standard, part=part, text=text, max_deduction=Decimal(points), sort_order=number
        )
        for number, (part, text, points) in enumerate(items, start=1)
    )


def _edition_to_edit(
    actor: Actor, standard: ReviewStandard
) -> tuple[ReviewStandard, dict[int, StandardItem]]:
    """``standard`` itself while no campaign uses it; else its next edition, made current now.

    Returns the edition and, for a new edition, each old item's copy by the old item's id.
    Call inside the action's transaction.
    """
    lock(standard)
    if not standard.is_current:
        raise ActionRefused(_("A later edition of this standard exists; edit that one."))
    if not standard.campaigns.exists():
        return standard, {}
    old_items = list(standard.items.filter(is_active=True))
    following = ReviewStandard(
        region_code=standard.region_code,
        name=standard.name,
        year=standard.year,
        edition=standard.edition + 1,
        layout_points=standard.layout_points,
        content_points=standard.content_points,
    )
    attribute_to(actor, standard, following)
    standard.is_current = False
    standard.save(update_fields=["is_current", "updated_at"])
    following.save()
    copies = StandardItem.objects.bulk_create(
        StandardItem(
            standard=following,
            part=item.part,
            text=item.text,
            max_deduction=item.max_deduction,
            sort_order=item.sort_order,
        )
        for item in old_items
    )
    _event(actor, following, _("new edition: the earlier one is kept for its reviews"), replaces=standard.pk)
    return following, {item.pk: copy for item, copy in zip(old_items, copies, strict=True)}


def save_item(
    actor: Actor,
    office: Organisation,
    standard: ReviewStandard,
    *,
    item: StandardItem | None = None,
    part: str,
    text: str,
    max_deduction: Decimal,
    sort_order: int = 0,
) -> StandardItem:
    """Add an item (``item`` None) or change one; returns the item as the current edition holds it."""
    _require_office(actor, office, standard)
    text = text.strip()
    if not text:
        raise ActionRefused(_("Write the item."), field="text")
    max_deduction = Decimal(0) if part == "veto" and not max_deduction else Decimal(max_deduction)
    rules.check_standard_item(part, max_deduction, standard.layout_points, standard.content_points)
    with transaction.atomic():
        if item is not None:
            lock(item)  # the version the form showed, checked before a new edition copies the item
        edition, copies = _edition_to_edit(actor, standard)
        if item is not None:
            item = copies.get(item.pk, item)
            before = {"part": item.part, "text": item.text, "max_deduction": str(item.max_deduction)}
        else:
            item = StandardItem(standard=edition)
            before = None
        item.part, item.text, item.max_deduction, item.sort_order = part, text, max_deduction, sort_order
        attribute_to(actor, item)
        item.save()
        _event(actor, edition, text, item=item.pk, before=before, max_deduction=str(max_deduction))
    return item


def retire_item(actor: Actor, office: Organisation, item: StandardItem) -> StandardItem:
    """Take an item out of use: new files are no longer scored on it."""
    standard = item.standard
    _require_office(actor, office, standard)
    if not item.is_active:
        raise ActionRefused(_("The item is retired already."))
    with transaction.atomic():
        lock(item)  # refuses a stale page before anything is copied
        edition, copies = _edition_to_edit(actor, standard)
        item = copies.get(item.pk, item)
        item.is_active = False
        attribute_to(actor, item)
        item.save()
        _event(actor, edition, item.text, item=item.pk, retired=True)
    return item


def replace_items(
    actor: Actor, office: Organisation, standard: ReviewStandard, rows: list[dict]
) -> ReviewStandard:
    """The standard as an Excel file holds it: the items in use become exactly ``rows``.

    Rows matching an item in use (part and text) keep it with the new points and order, the
    others are added; items in use missing from the file are retired.
    """
    _require_office(actor, office, standard)
    if not rows:
        raise ActionRefused(_("The file has no data rows."))
    for row in rows:
        rules.check_standard_item(
            row["part"], row["max_deduction"], standard.layout_points, standard.content_points
        )
    with transaction.atomic():
        edition, _copies = _edition_to_edit(actor, standard)
        in_use = {(item.part, item.text): item for item in edition.items.filter(is_active=True)}
        for number, row in enumerate(rows, start=1):
            item = in_use.pop((row["part"], row["text"]), None) or StandardItem(standard=edition)
            item.part, item.text = row["part"], row["text"]
            item.max_deduction, item.sort_order = (
                Decimal(row["max_deduction"]),
                row.get("sort_order") or number,
            )
            attribute_to(actor, item)
            item.save()
        for item in in_use.values():
            item.is_active = False
            attribute_to(actor, item)
            item.save()
        _event(actor, edition, _("imported from Excel"), rows=len(rows), retired=len(in_use))
    return edition
