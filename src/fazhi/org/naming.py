"""How the rule-of-law office is named on documents, and how units are found by the names people write.

The office (全面依法治X委员会办公室) is named after its region's level: 依法治县办 in a county,
依法治区办 in a district, 依法治市办 in a city (a county-level city too), 依法治旗办 in a banner,
依法治省办 in a province. An office that signs differently sets ``Organisation.office_name``;
its document numbers (文号) take ``document_number_prefix`` or, by default, the first character
of the region's short name and 依法治办 (德清县 → 德依法治办).
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.db.models import Q

from fazhi.catalog import regions
from fazhi.core.documents import format_document_number
from fazhi.core.models import DocumentNumberSequence, IssuedDocumentNumber
from fazhi.org.models import Organisation

# The last character of a region's name decides the office's name; a province's names end in
# 省/自治区/市 (municipalities), so the level is asked first.
OFFICE_BY_SUFFIX = {"县": "依法治县办", "区": "依法治区办", "市": "依法治市办", "旗": "依法治旗办"}
PROVINCE_OFFICE = "依法治省办"


def office_short_name(region_code: str) -> str:
    """依法治县办, 依法治区办, 依法治市办... by the region's level and name."""
    region = regions.get(region_code)
    if region is None:
        return "依法治办"
    if region.level == "province" and region.name.endswith(("省", "自治区")):
        return PROVINCE_OFFICE
    for suffix, name in OFFICE_BY_SUFFIX.items():
        if region.name.endswith(suffix):
            return name
    return "依法治办"


def office_display_name(organisation: Organisation | None = None, *, region_code: str = "") -> str:
    """The issuing office's name on a document: its configured name, else 德清县依法治县办 and the like."""
    if organisation is not None and organisation.office_name:
        return organisation.office_name
    code = region_code or (organisation.region_code if organisation is not None else "")
    region = regions.get(code)
    return (region.name if region else "") + office_short_name(code)


def document_number_prefix(organisation: Organisation | None, *, region_code: str = "") -> str:
    """The part of a document number before 〔year〕: configured, else 德依法治办 from the region."""
    if organisation is not None and organisation.document_number_prefix:
        return organisation.document_number_prefix
    code = region_code or (organisation.region_code if organisation is not None else "")
    region = regions.get(code)
    return (region.alias[:1] if region else "") + "依法治办"


def region_addressees(region_code: str) -> str:
    """The usual 主送机关 of a notice to every unit of the region, without the colon."""
    region = regions.get(region_code)
    if region is None:
        return ""
    suffix = region.name[-1:]
    if region.level == "county":
        return f"各乡镇人民政府、街道办事处，{suffix}政府各部门、各直属单位"
    if region.level == "city":
        return "各区、县（市）人民政府，市政府各部门、各直属单位"
    return "各市人民政府，省政府各部门、各直属单位"


def named(queryset, name: str):
    """``queryset`` narrowed to organisations called ``name`` in full or by their short name."""
    name = (name or "").strip()
    return queryset.filter(Q(name=name) | Q(short_name=name)) if name else queryset.none()


def document_number(office, year: int, key: str) -> str:
    """The office's number for the document ``key`` in ``year``, taken from its sequence once.

    The same key always gets the same number back, so a notice downloaded twice carries one
    文号; a new key takes the next number of the office's yearly sequence, whose row is locked
    (``select_for_update``) so that two documents made at once never share a number.
    """
    prefix = document_number_prefix(office)
    issued = IssuedDocumentNumber.objects.filter(organisation=office, key=key).first()
    if issued is None:
        with transaction.atomic():
            try:
                with transaction.atomic():
                    DocumentNumberSequence.objects.get_or_create(organisation=office, year=year)
            except IntegrityError:
                pass  # created meanwhile by another request; the lock below waits for it
            sequence = DocumentNumberSequence.objects.select_for_update().get(organisation=office, year=year)
            issued = IssuedDocumentNumber.objects.filter(organisation=office, key=key).first()
            if issued is None:
                sequence.last_number += 1
                sequence.save(update_fields=["last_number"])
                issued = IssuedDocumentNumber.objects.create(
                    organisation=office, year=year, number=sequence.last_number, key=key
                )
    return format_document_number(prefix, issued.year, issued.number)
