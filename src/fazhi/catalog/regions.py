"""China's administrative regions (province, city, county) with 6-digit codes.

The table is built from jionlp's gazetteer by ``scripts/build_regions.py`` and
shipped as ``data/regions.tsv``; townships (no codes of their own) are in
``data/townships.tsv.gz`` keyed by their county's code. Lookups never guess:
an ambiguous name returns every candidate.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

LEVELS = ("province", "city", "county", "township")

# Suffixes stripped to form a short name (江阳区 -> 江阳) when the data has none.
_SUFFIXES = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "新区",
    "林区",
    "省",
    "市",
    "区",
    "县",
    "旗",
    "盟",
)


# Gazetteer rows that group county-level cities a province governs directly (潜江, 济源, 五指山,
# 石河子): a code level, not a place anyone names.
_PLACEHOLDERS = frozenset({"省直辖行政区划"})


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    level: str
    parent_code: str
    alias: str
    # Other short names in use (克孜勒苏 beside 克州, 博州 for 博尔塔拉): the gazetteer's second
    # alias and ``data/region_aliases.tsv``.
    other_aliases: tuple[str, ...] = ()

    @property
    def parent(self) -> Region | None:
        return get(self.parent_code) if self.parent_code else None

    @property
    def chain(self) -> list[Region]:
        """Province first, this region last."""
        out: list[Region] = []
        node: Region | None = self
        while node is not None:
            out.append(node)
            node = node.parent
        return out[::-1]

    @property
    def full_name(self) -> str:
        """The name from the province down (湖北省潜江市, 湖南省怀化市洪江管理区); the gazetteer's placeholder
        for the units a province governs directly (省直辖行政区划) is no place and no part of the name."""
        parts: list[str] = []
        for region in self.chain:
            if region.name in _PLACEHOLDERS:
                continue
            name = region.name
            if parts and name.startswith(parts[-1]) and name != parts[-1]:
                name = name[len(parts[-1]) :]  # 怀化市洪江管理区 under 怀化市: the city is not said twice
            parts.append(name)
        return "".join(parts)


@dataclass(frozen=True)
class Township:
    name: str
    county: Region

    @property
    def full_name(self) -> str:
        return self.county.full_name + self.name


def _data(name: str):
    return resources.files("fazhi.catalog").joinpath("data", name)


@cache
def _table() -> dict[str, Region]:
    text = _data("regions.tsv").read_text(encoding="utf-8")
    extra: dict[str, list[str]] = {}
    for line in _data("region_aliases.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        code, names = line.split("\t", 1)
        extra.setdefault(code, []).extend(names.split())
    table: dict[str, Region] = {}
    for line in text.splitlines()[1:]:
        code, name, level, parent, alias = line.split("\t")
        # The gazetteer gives two short names of some prefectures in one field (克州/克孜勒苏).
        first, *others = alias.split("/") if alias else [_short(name)]
        others = tuple(dict.fromkeys(n for n in (*others, *extra.get(code, ())) if n and n != first))
        table[code] = Region(code, name, level, parent, first, others)
    return table


def without_suffix(name: str) -> str:
    """The name without its administrative suffix (准格尔旗 -> 准格尔); the name when none is left."""
    return _short(name)


def _short(name: str) -> str:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


@cache
def _by_name() -> dict[str, list[Region]]:
    index: dict[str, list[Region]] = {}
    for region in _table().values():
        keys = {region.name, region.alias, *region.other_aliases}
        for key in keys:
            if key:
                index.setdefault(key, []).append(region)
    return index


@cache
def _townships() -> dict[str, list[str]]:
    raw = gzip.decompress(_data("townships.tsv.gz").read_bytes()).decode("utf-8")
    index: dict[str, list[str]] = {}
    for line in raw.splitlines()[1:]:
        county, name = line.split("\t")
        index.setdefault(name, []).append(county)
    return index


@cache
def _changes() -> dict[str, str]:
    text = _data("region_changes.tsv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines()[1:]:
        _date, old, new = line.split("\t")
        out[old] = new
    return out


@cache
def former_names() -> dict[str, list[Region]]:
    """Regions by a name they had before a one-to-one rename (宁乡县 -> 宁乡市, 章丘市 -> 章丘区): the
    last part of a ``region_changes.tsv`` chain when the new name keeps its stem, and
    ``region_former_names.tsv`` (kept by hand). A merged place has none (下城区 is not 拱墅区), and a
    name some region has today is not a former name: the current one wins."""
    current = {region.name for region in _table().values()}
    out: dict[str, dict[str, Region]] = {}
    for old, new in _changes().items():
        name = _last_name(old)
        successors = _parse_chain(new)
        # Only a rename that keeps the stem (平泉县 -> 平泉市): 下城区 merged into 拱墅区 is not 拱墅区.
        if len(name) >= 3 and name not in current and len(successors) == 1:
            if _short(name) == _short(successors[0].name):
                out.setdefault(name, {})[successors[0].code] = successors[0]
    text = _data("region_former_names.tsv").read_text(encoding="utf-8")
    for line in text.splitlines()[1:]:
        code, names = line.split("\t", 1)
        region = _table().get(code)
        for name in names.split():
            if region is not None and name not in current:
                out.setdefault(name, {})[code] = region
    return {name: list(found.values()) for name, found in out.items()}


def _last_name(chain: str) -> str:
    """The last place of a chain (河北省承德市平泉县 -> 平泉县): what follows its last suffix."""
    for start in range(len(chain) - 2, 0, -1):
        if chain[start - 1] in "省市区县州旗盟":
            return chain[start:]
    return chain


def all_regions() -> list[Region]:
    return list(_table().values())


def get(code: str) -> Region | None:
    return _table().get(code)


def children(code: str) -> list[Region]:
    return [r for r in _table().values() if r.parent_code == code]


def _under(region: Region, ancestor: Region) -> bool:
    return any(r.code == ancestor.code for r in region.chain[:-1])


def lookup(text: str) -> list[Region]:
    """Regions a name may mean, most specific first.

    Accepts a bare name (``静安区``, ``泸州``) or a chain (``四川省泸州市``,
    ``株洲市石峰区``). A chain narrows the candidates; a bare name that several
    regions share returns them all.
    """
    text = re.sub(r"\s+", "", text or "")
    if not text:
        return []
    candidates = _parse_chain(text)
    if candidates:
        return candidates
    renamed = _changes().get(text)
    if renamed:
        return _parse_chain(renamed)
    return []


def _parse_chain(text: str) -> list[Region]:
    """Split ``text`` into known names left to right; keep consistent chains."""
    index = _by_name()
    results: list[list[Region]] = []

    def walk(pos: int, path: list[Region]) -> None:
        if pos == len(text):
            results.append(path)
            return
        for end in range(len(text), pos, -1):
            piece = text[pos:end]
            for region in index.get(piece, ()):
                if path and not _under(region, path[-1]):
                    continue
                walk(end, path + [region])

    walk(0, [])
    leaves: dict[str, Region] = {}
    for path in results:
        leaf = path[-1]
        leaves.setdefault(leaf.code, leaf)
    ordered = sorted(leaves.values(), key=lambda r: (-LEVELS.index(r.level), r.code))
    # Prefer exact names over short aliases when both match (泸州 vs 泸县 never collide,
    # but 吉林 the province and 吉林市 the city do).
    exact = [r for r in ordered if r.name == text]
    return exact or ordered


def lookup_township(name: str, within: Region | None = None) -> list[Township]:
    """Townships and streets called ``name``, optionally under a region."""
    out = []
    for code in _townships().get(name, ()):
        county = get(code)
        if county is None:
            continue
        if within is not None and county.code != within.code and not _under(county, within):
            continue
        out.append(Township(name, county))
    return out
