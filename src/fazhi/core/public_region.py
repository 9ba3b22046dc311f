"""The portal's region filter: ``?region=330500`` keeps the records of a region and of every
region under it (the catalog's region tree), for every public list (docs/portal.md).

One helper for every app's ``portal.py``: ``region_filter(request)`` reads the query string,
``.apply(queryset, field)`` narrows by region code in one ``__in`` (no query per region);
the pager's links keep ``?region=`` as they keep every filter (``core/_list_pages.html``). The template
``portal/_region_filter.html`` draws the choice and names the region chosen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from fazhi.catalog import regions
from fazhi.core.opendata import public_regions


@lru_cache(maxsize=512)
def subordinate_codes(code: str) -> frozenset[str]:
    """``code`` and the codes of every region under it."""
    return frozenset(
        [
            code,
            *(
                region.code
                for region in regions.all_regions()
                if any(r.code == code for r in region.chain[:-1])
            ),
        ]
    )


@dataclass(frozen=True)
class RegionFilter:
    code: str = ""  # the region chosen; "" for all
    name: str = ""
    unknown: str = ""  # a code typed that names no region: shown, and nothing filtered
    choices: list[tuple[str, str]] = field(default_factory=list)  # (code, full name)

    @property
    def codes(self) -> frozenset[str] | None:
        return subordinate_codes(self.code) if self.code else None

    def apply(self, queryset, field: str = "organisation__region_code"):
        codes = self.codes
        return queryset if codes is None else queryset.filter(**{f"{field}__in": codes})


def _choices() -> list[tuple[str, str]]:
    """The regions served and every region above them, from the top down."""
    found: dict[str, str] = {}
    for served in public_regions():
        region = regions.get(served.code)
        for place in region.chain if region else ():
            found.setdefault(place.code, place.full_name)
    return sorted(found.items())


def region_filter(request) -> RegionFilter:
    code = request.GET.get("region", "").strip()[:12]
    choices = _choices()
    if not code:
        return RegionFilter(choices=choices)
    region = regions.get(code) if code.isdigit() and len(code) == 6 else None
    if region is None:
        return RegionFilter(unknown=code, choices=choices)
    return RegionFilter(code=code, name=region.full_name, choices=choices)
