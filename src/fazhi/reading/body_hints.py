"""Classify, reporting body: hints that settle a region the subject leaves open, or withhold one.

``issuer`` asks these when the title and the opening do not settle the region by themselves: a
publisher line of the page header (发布机构：屏边县新华乡人民政府) tells apart places of one name; a
place the region table does not know (吴江市, a district since 2012) withholds the prefecture the
text names; a development zone's committee has no level of its own.
"""

from __future__ import annotations

import re

from fazhi.catalog import regions

from .region_text import region_in, region_mentions, region_names
from .township import after_regions, township_of

# A place's name opening a body's name: 吴江市人民政府, 某县司法局.
_PLACE_AT_START = re.compile(
    r"(?![我全本各该])([\u4e00-\u9fff]{2,4}?[市县旗])(?=人民政府|政府|[\u4e00-\u9fff]{0,10}(?:局|委员会|办公室)|$)"
)


def unknown_place(subject: str | None) -> str | None:
    """The place a government's or department's name opens with when the region table does not know
    it (吴江市, a district since 2012; a county renamed before the table's changes begin): the
    prefecture or province the text names is not that body, so none is read from the text."""
    found = _PLACE_AT_START.match((subject or "").replace(" ", ""))
    if found is None:
        return None  # an unknown 区 is most often a zone (经开区, 示范区), not a renamed district
    name = found.group(1)
    if region_mentions(name) or regions.lookup(name) or region_names().get(name):
        return None
    return name


# A zone's committee (某高新区管委会), or the zone named alone as the body (某市高新区, 某群岛新区).
_ZONE_COMMITTEE = re.compile(
    r"(新区|开发区|高新区|经开区|园区|试验区|实验区|合作区|保税区|名胜区|风景区|度假区)(?:管委会|管理委员会|$)"
)


def zone_committee(subject: str | None, region: regions.Region | None) -> bool:
    """The subject is a development zone or its committee that the region table does not hold as a
    place of its own (浦东新区 is a district; 襄阳高新区管委会 and 襄阳高新区 are not 襄阳市)."""
    zone = _ZONE_COMMITTEE.search(subject or "")
    return zone is not None and (region is None or not region.name.endswith(zone.group(1)))


def zone_of_city(subject: str | None, region: regions.Region | None) -> regions.Region | None:
    """The one zone of the city ``region`` that a zone's name in ``subject`` short-names (唐山高新区管委会:
    唐山高新技术产业开发区, which the region table holds with its short name 高新区); none when the city has
    no such zone, or more than one."""
    zone = _ZONE_COMMITTEE.search(subject or "")
    if zone is None or region is None or region.level != "city":
        return None
    named = [child for child in regions.children(region.code) if child.alias == zone.group(1)]
    return named[0] if len(named) == 1 else None


def township_published_by(
    candidates: list[str], publishers: list[tuple[str, str]], scan: str
) -> tuple[regions.Township | None, tuple[str, list[str]] | None]:
    """Of the townships a name could be (新华乡), the one the page's publisher line names with its
    county (发布机构：屏边县新华乡人民政府); none when no publisher line names one of them."""
    for publisher, line in publishers:
        township, _ = township_of(publisher, scan, "") if after_regions(publisher) else (None, [])
        if township is not None and candidates[0].endswith(township.name):
            return township, ("publisher_line", [line])
    return None, None


# A chrome line that names the site's owner: the footer's 主办单位, 版权所有, or the site's name; or the
# breadcrumb that walks down from it (首页 > 桓台县 > 乡镇街道 > 新城镇).
_SITE_OWNER = re.compile(r"主办|承办|版权所有|门户网|政府网|人民政府网站|当前位置|您的位置|[>＞»]")


def township_on_site(
    candidates: list[str], chrome_lines: list[str], scan: str
) -> tuple[regions.Township | None, tuple[str, list[str]] | None]:
    """Of the townships a name could be (新华乡), the one whose county owns the site the page is on
    (主办单位：屏边县人民政府办公室, or its breadcrumb 首页 > 屏边县 > …): a township's page lives on its
    county's portal. None when the site names no county of the candidates, or more than one."""
    for line in filter(_SITE_OWNER.search, chrome_lines):
        counties = {
            r.full_name for _, _, places in region_mentions(line) for r in places if r.level == "county"
        }
        chosen = [name for name in candidates if any(name.startswith(county) for county in counties)]
        if len(chosen) == 1:
            township, _ = township_of(chosen[0], scan, "")
            if township is not None:
                return township, ("site_owner", [line])
    return None, None


def region_of_site_owner(
    chrome_lines: list[str], level: str
) -> tuple[regions.Region | None, tuple[str, list[str]] | None]:
    """The one place of ``level`` the site's owner names (主办单位：某县人民政府办公室, 首页 > 某县 > …), for a
    text that speaks as that level's body (我局, 全县) and names no place of it: a page lives on its own
    government's portal. None when the owner's lines name none, or several."""
    named: dict[str, tuple[regions.Region, str]] = {}
    for line in filter(_SITE_OWNER.search, chrome_lines):
        if "来源" in line:
            continue  # 来源：某县人民政府网 credits where a text came from, not the site it is on
        for _, _, places in region_mentions(line):
            for region in places:
                if region.level == level:
                    named.setdefault(region.code, (region, line))
    if len(named) != 1:
        return None, None
    region, line = next(iter(named.values()))
    return region, ("site_owner", [line])


def region_published_by(
    candidates: list[str], publishers: list[tuple[str, str]], scan: str
) -> tuple[regions.Region | None, tuple[str, list[str]] | None]:
    """Of the places a name could be (鼓楼区), the one the page's publisher line names in full."""
    for publisher, line in publishers:
        region = region_in(publisher, scan)
        if region is not None and region.full_name in candidates:
            return region, ("publisher_line", [line])
    return None, None


def region_on_site(
    candidates: list[str], site: list[str]
) -> tuple[regions.Region | None, tuple[str, list[str]] | None]:
    """Of the places a name could be (朝阳区), the one the page's chrome names with its parent (a
    breadcrumb's 北京市朝阳区法治政府建设年度情况报告, a site's 长春市朝阳区人民政府): only where one
    candidate is named so."""
    found: list[tuple[regions.Region, str]] = []
    for full_name in candidates:
        region = region_in(full_name, "")
        parent = regions.get(region.parent_code) if region is not None and region.parent_code else None
        if region is None or parent is None or region.full_name != full_name:
            continue
        named = parent.name + region.name
        line = next((line for line in site if named in line.replace(" ", "")), None)
        if line is not None:
            found.append((region, line))
    if len(found) != 1:
        return None, None
    return found[0][0], ("site_line", [found[0][1]])


# A city bureau's branch named after a district of that city (宁波市生态环境局鄞州分局, 某市公安局荔湾分局;
# Shenzhen names them 管理局 and 监管局: 深圳市生态环境局龙华管理局, 深圳市市场监督管理局龙华监管局) is the
# district's: its report is the district's department, as a district bureau's is.
_BRANCH = re.compile(r"(?:局|厅)([\u4e00-\u9fff]{2,4}?)(?:区|县|市)?(?:分局|管理局|监管局)")


def branch_district(subject: str | None, region: regions.Region | None) -> regions.Region | None:
    """The county-level place of ``region`` a bureau's branch in ``subject`` is named after, or None."""
    found = _BRANCH.search(subject) if subject else None
    if found is None or region is None or region.level != "city":
        return None
    named = [
        child
        for child in regions.children(region.code)
        if regions.without_suffix(child.name) == found.group(1)
    ]
    return named[0] if len(named) == 1 else None


def county_named_short(subject: str | None, region: regions.Region | None) -> regions.Region | None:
    """The county of ``region`` (a city) a department's name gives by its short name right after the
    city's (泉州市永春生态环境局 is 永春县's bureau), or None: one county of that city only."""
    if not subject or region is None or region.level != "city":
        return None
    plain = subject.replace(" ", "")
    at = plain.find(region.name)
    rest = plain[at + len(region.name) :] if at >= 0 else ""
    if len(rest) < 4:
        return None
    named = [
        child
        for child in regions.children(region.code)
        if len(short := regions.without_suffix(child.name)) >= 2 and rest.startswith(short)
    ]
    return named[0] if len(named) == 1 else None
