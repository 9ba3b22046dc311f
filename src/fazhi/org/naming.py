"""How the rule-of-law office is named on documents, and how units are found by the names people write.

The office (全面依法治X委员会办公室) is named after its region's level: 依法治县办 in a county,
依法治区办 in a district, 依法治市办 in a city (a county-level city too), 依法治旗办 in a banner,
依法治省办 in a province. An office that signs differently sets ``Organisation.office_name``;
its document numbers (文号) take ``document_number_prefix`` or, by default, the first character
of the region's short name and 依法治办 (德清县 → 德依法治办).
"""

from __future__ import annotations

from contextvars import ContextVar

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.functional import lazy

from fazhi.catalog import regions
from fazhi.core.documents import format_document_number
from fazhi.core.models import DocumentNumberSequence, IssuedDocumentNumber
from fazhi.org.models import Organisation

# The last character of a region's name decides the office's name; a province's names end in
# 省/自治区/市 (municipalities), so the level is asked first.
OFFICE_BY_SUFFIX = {"县": "依法治县办", "区": "依法治区办", "市": "依法治市办", "旗": "依法治旗办"}
PROVINCE_OFFICE = "依法治省办"
# Where no region is in play (a model's field label, a platform serving several regions to the public).
GENERIC_OFFICE = "依法治县（市、区）办"


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


# --- the office's name in the UI: 依法治县办 / 依法治区办 / 依法治市办 or its configured name ----------
#
# Text naming the office takes the name through ``with_office`` (a msgid with ``%(office)s``), templates
# through ``{{ office_name }}`` (``fazhi.org.context_processors.office``). Within a request the name is
# that of the user's own office (``office_name_for``: the middleware ``fazhi.org.middleware.current_office``
# puts the request in ``_REQUEST``); outside one (commands, the demo loader) the platform's only office.

_REQUEST: ContextVar = ContextVar("fazhi_office_request", default=None)


def office_name(region_code: str) -> str:
    """The name users give region ``region_code``'s office: its configured name, else by the region's level."""
    from fazhi.org.offices import office_of_region

    office = office_of_region(region_code) if region_code else None
    if office is not None and office.office_name:
        return office.office_name
    return office_short_name(region_code) if regions.get(region_code) else GENERIC_OFFICE


def role_label(role: str, organisation: Organisation) -> str:
    """A role as people say it: an office reviewer is 依法治县办审核人员 in a county, and so on."""
    from django.utils.translation import gettext as _

    from fazhi.core.scoping import Role

    if role == Role.OFFICE_REVIEWER:
        return _("%(office)s reviewer") % {"office": office_name(organisation.region_code)}
    return str(Role(role).label)


def default_office_name() -> str:
    """The name of the platform's one active office; the generic name when there are none or several."""
    offices = list(Organisation.objects.filter(is_rule_of_law_office=True, is_active=True)[:2])
    if len(offices) != 1:
        return GENERIC_OFFICE
    return offices[0].office_name or office_short_name(offices[0].region_code)


def office_name_for(user) -> str:
    """The name of ``user``'s rule-of-law office: the one he reviews for, else his unit's region's.

    Computed once per user object (a request's user lives for the request).
    """
    if user is None or not getattr(user, "is_authenticated", False):
        return default_office_name()
    cached = getattr(user, "_fazhi_office_name", None)
    if cached is not None:
        return cached
    from fazhi.org.offices import office_for

    office = office_for(user)
    if office is not None:
        name = office.office_name or office_short_name(office.region_code)
    else:
        membership = (
            user.memberships.filter(is_active=True, organisation__is_active=True)
            .select_related("organisation")
            .order_by("organisation__region_code", "pk")
            .first()
        )
        name = office_name(membership.organisation.region_code) if membership else default_office_name()
    user._fazhi_office_name = name
    return name


def current_office_name() -> str:
    """The office's name for whoever is being served now (see the section comment)."""
    request = _REQUEST.get()
    return office_name_for(getattr(request, "user", None)) if request is not None else default_office_name()


def with_office(message, **params) -> str:
    """``message`` (already translated, with ``%(office)s`` and ``params``) naming the current office."""
    return str(message) % {"office": current_office_name(), **params}


with_office_lazy = lazy(with_office, str)


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
