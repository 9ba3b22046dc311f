"""Which regions the portal speaks for, and who speaks: the region's rule-of-law office."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import Http404

from fazhi.catalog import regions
from fazhi.org.models import Organisation


@dataclass(frozen=True)
class PortalRegion:
    code: str
    name: str  # the full name, province first: 浙江省湖州市德清县
    short_name: str  # 德清县
    office: str  # the body hosting the rule-of-law office, "" if none is recorded


def portal_regions() -> list[PortalRegion]:
    """Every region with a rule-of-law office, by code: the regions the portal publishes for."""
    offices = (
        Organisation.objects.filter(is_rule_of_law_office=True, is_active=True)
        .order_by("region_code", "sort_order", "pk")
        .values_list("region_code", "name")
    )
    found: dict[str, PortalRegion] = {}
    for code, office in offices:
        region = regions.get(code)
        if region is not None and code not in found:
            found[code] = PortalRegion(code, region.full_name, region.name, office)
    return list(found.values())


def portal_region_or_404(code: str) -> PortalRegion:
    for region in portal_regions():
        if region.code == code:
            return region
    raise Http404


def default_region() -> PortalRegion | None:
    """The region the portal's shared pages name in their header: the first by code."""
    found = portal_regions()
    return found[0] if found else None
