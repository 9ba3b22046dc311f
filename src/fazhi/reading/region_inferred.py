"""Stage 4b, classify: the region of a body that does not name its own, inferred from the places
a text names — the county that leads it (在文峰区委、区政府的领导下), the province its cities lie in,
the city its counties lie in, a county's slogan (法治某某), a visit to the province, the county its
townships lie in. Each gives a region only when the places agree; otherwise none.
"""

from __future__ import annotations

import re
from functools import cache

from fazhi.catalog import regions

from .region_text import (
    MUNICIPALITIES,
    aliases,
    county_aliases,
    is_municipality,
    leading_city,
    region_mentions,
    region_names,
)

# 在文峰区委、区政府的领导下; an address line to the county, 中共将乐县委员会，将乐县人民政府：
_LEADING = re.compile(
    r"在([\u4e00-\u9fff]{2,8}?[区县市旗])(?:委|党委|人民政府|政府)"
    r"|(?:^|\n)(?:中共)?([\u4e00-\u9fff]{2,8}?[区县市旗])(?:委员会|委)[，,、]"
)


def leading_county(opening: str) -> regions.Region | None:
    """The county-level region the opening names as leading the township (在文峰区委…领导下)."""
    found = {
        region.code: region
        for match in _LEADING.finditer(opening)
        for region in region_names().get(match.group(1) or match.group(2), [])
        if region.level == "county"
    }
    return next(iter(found.values())) if len(found) == 1 else None


def sole_county(opening: str) -> regions.Region | None:
    """The one county-level region an opening names, by a name no other place has (…及重庆市实施方案、
    涪陵区细化落实措施): the county a township newer than the gazetteer belongs to; None if it names
    none, or more than one."""
    found = {
        places[0].code: places[0]
        for _start, _name, places in region_mentions(opening)
        if len(places) == 1 and places[0].level == "county"
    }
    return next(iter(found.values())) if len(found) == 1 else None


def province_of_places(scan: str) -> tuple[regions.Region, regions.Region] | None:
    """(the province, a place in it): a province's report that never names itself but names only
    places of one province (驻马店市获评示范市) is that province's; places of two provinces, none."""
    inside: dict[str, regions.Region] = {}
    for _start, _name, found in region_mentions(scan):
        if len(found) == 1 and found[0].level != "province":
            inside.setdefault(found[0].chain[0].code, found[0])
        elif len(found) == 1:
            inside.setdefault(found[0].code, found[0])
    if len(inside) != 1:
        return None
    place = next(iter(inside.values()))
    return place.chain[0], place


def city_of_counties(scan: str) -> tuple[regions.Region, regions.Region] | None:
    """(the prefecture, a county in it): a prefecture's body that speaks as 全市 and never names its
    city but names two or more of its counties (指导临安区、桐庐县…) is that prefecture's; counties
    of two prefectures, or a county-level city that may be the speaker itself, give none."""
    counties: dict[str, regions.Region] = {}
    provinces: set[str] = set()
    for _start, _name, found in region_mentions(scan):
        if len(found) != 1:
            continue
        place = found[0]
        if place.level == "province":
            provinces.add(place.code)
            continue
        if place.level != "county" or place.name.endswith("市"):
            return None
        counties.setdefault(place.code, place)
    prefectures = {county.parent_code for county in counties.values()}
    if len(counties) < 2 or len(prefectures) != 1:
        return None
    county = next(iter(counties.values()))
    if provinces - {county.chain[0].code}:
        return None
    prefecture = county.parent
    if prefecture is not None and prefecture.level == "province" and prefecture.name.endswith("市"):
        # 上海 and the other municipalities hold their districts directly and speak as 全市 too, though
        # of province level: 全市 naming two of 上海市's districts is 上海市 speaking.
        return prefecture, county
    if prefecture is None or prefecture.level != "city":
        return None
    return prefecture, county


def county_by_short_name_in(scan: str) -> regions.Region | None:
    """A county named only by its short name (荣昌试点) inside a province or city the text names in
    full (重庆市): the one such county, else none. Short names inside full names do not count."""
    mentions = region_mentions(scan)
    named = {r.code for _start, _name, found in mentions if len(found) == 1 for r in found}
    if not named:
        return None
    blanked = list(scan)
    for start, name, _found in mentions:
        blanked[start : start + len(name)] = " " * len(name)
    rest = "".join(blanked)
    hits = {
        county.code: county
        for code in named
        for short, county in _county_short_names_under().get(code, ())
        if short in rest
    }
    return next(iter(hits.values())) if len(hits) == 1 else None


# 法治闵行建设, “法治荣昌”: a county's campaign is named with its short name.
_SLOGAN = re.compile(r"法治([\u4e00-\u9fff]{2,4}?)(?=建设|[，。、；”\"]|$)")
# Short names that are words too (平安 is 平安区, 东方 is 东方市).
_SLOGAN_WORDS = frozenset({"平安", "东方", "和平", "新区", "城区", "中国", "社会", "政府"})
# A line of work's campaign (法治公安, 法治税务, 法治交通) names no county, though 公安 is 公安县's short name.
_SLOGAN_SECTORS = frozenset(
    {
        "公安",
        "税务",
        "交通",
        "财政",
        "统计",
        "海关",
        "气象",
        "民政",
        "人社",
        "卫健",
        "教育",
        "司法",
        "城管",
        "应急",
        "水利",
    }
)
# A province's service app has a branch for each county, named with its short name (“赣服通”南康分厅,
# “皖事通”某某分厅, “浙里办”某某专区): the county that reports runs its own branch.
_PLATFORM_BRANCH = re.compile(r"[”\"]([\u4e00-\u9fff]{2,4}?)(?:分厅|专区|分站)")


def county_of_slogan(scan: str) -> regions.Region | None:
    """The one county, in the whole country, whose short name the text's 法治… campaign (法治闵行建设)
    or its branch of a province's app (“赣服通”南康分厅) names; none when the name is shared (法治鼓楼)
    or is a word too (法治平安), or when two counties are named."""
    return _the_one_named(_campaign_names(scan, branches=True), county_aliases())


def city_of_slogan(scan: str) -> regions.Region | None:
    """The one prefecture-level city whose short name the text's 法治… campaign names (法治湛江建设),
    when no other city's is named: a city government names its own campaign so."""
    return _the_one_named(_campaign_names(scan), aliases(), level="city")


def _campaign_names(scan: str, *, branches: bool = False) -> list[str]:
    """The short names the text's 法治… campaigns name (and, with ``branches``, its branches of a province's
    app), but words (平安) and lines of work (公安)."""
    found = list(_SLOGAN.finditer(scan)) if "法治" in scan else []
    if branches and ("分厅" in scan or "专区" in scan or "分站" in scan):
        found += _PLATFORM_BRANCH.finditer(scan)
    return [
        match.group(1)
        for match in found
        if match.group(1) not in _SLOGAN_WORDS and match.group(1) not in _SLOGAN_SECTORS
    ]


def _the_one_named(
    names: list[str], index: dict[str, list[regions.Region]], level: str | None = None
) -> regions.Region | None:
    """The one place (of ``level``) that ``names`` name, each name being one place's alone in ``index``."""
    found = {
        place.code: place
        for name in names
        for place in index.get(name, ())
        if len(index[name]) == 1 and (level is None or place.level == level)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _city_of_its_campaign(scan: str) -> regions.Region | None:
    """A city that speaks as 市 and names its own 法治… campaign: a county-level city (a bureau of 慈溪市:
    法治慈溪建设) or a prefecture (法治湛江建设)."""
    county_city = county_of_slogan(scan)
    if county_city is not None and county_city.name.endswith("市"):
        return county_city
    return city_of_slogan(scan)


@cache
def _county_short_names_under() -> dict[str, list[tuple[str, regions.Region]]]:
    """(short name, county) of the counties under each province and city, by its code."""
    index: dict[str, list[tuple[str, regions.Region]]] = {}
    for short, found in county_aliases().items():
        for county in found:
            for holder in county.chain[:-1]:
                index.setdefault(holder.code, []).append((short, county))
    return index


# A province's one-character name in a visit to it (总书记历次来陕考察): 来 says the place is the
# speaker's own. 赴京, 到沪, 在沪 (going to, or being in, another place) never name the body, and one-
# character names that are also cities' (宁: Nanjing or Ningxia) or common words are not read.
_PROVINCE_SHORT = {
    "京": "北京市", "津": "天津市", "沪": "上海市", "渝": "重庆市", "冀": "河北省", "晋": "山西省",
    "辽": "辽宁省", "吉": "吉林省", "苏": "江苏省", "浙": "浙江省", "皖": "安徽省", "闽": "福建省",
    "赣": "江西省", "鲁": "山东省", "豫": "河南省", "鄂": "湖北省", "湘": "湖南省", "粤": "广东省",
    "琼": "海南省", "川": "四川省", "蜀": "四川省", "黔": "贵州省", "滇": "云南省", "陕": "陕西省",
    "秦": "陕西省", "陇": "甘肃省", "桂": "广西壮族自治区", "藏": "西藏自治区", "蒙": "内蒙古自治区",
}  # fmt: skip
_VISIT_HERE = re.compile(r"(?:来|莅)([" + "".join(_PROVINCE_SHORT) + r"])(?:考察|视察|调研|指导|检查)")


def province_of_visit(scan: str) -> tuple[regions.Region, str] | None:
    """(the province, the words): a provincial body that never names its province but tells of a
    visit to it by its one-character name (来陕考察); visits to two provinces, none."""
    found = {_PROVINCE_SHORT[match.group(1)]: match.group(0) for match in _VISIT_HERE.finditer(scan)}
    if len(found) != 1:
        return None
    name, words = next(iter(found.items()))
    places = [region for region in region_names().get(name, []) if region.level == "province"]
    return (places[0], words) if len(places) == 1 else None


# A document number's first character is its issuing province's (豫交党〔2024〕22号, 皖司发〔2023〕5号):
# a provincial body that never names its province still numbers its own papers so, and cites others'
# numbers (转发苏交法〔2023〕12号) as they are printed: numbers of two provinces name neither. The visit table's
# exclusions of common words stand; 黑, 甘, 青 and 新 join it, as in a number they are provinces.
_NUMBER_SHORT = {
    **_PROVINCE_SHORT,
    "黑": "黑龙江省",
    "甘": "甘肃省",
    "青": "青海省",
    "新": "新疆维吾尔自治区",
}
_DOCUMENT_NUMBER = re.compile(
    r"([" + "".join(_NUMBER_SHORT) + r"])[\u4e00-\u9fff]{0,4}[〔［\[（(【]\d{4}[〕］\]）)】]第?\d{1,4}号"
)


# The leader's words on the body's own place (习近平总书记视察重庆重要讲话, 总书记对四川工作的重要指示,
# 总书记关于广西工作论述的重要要求): a provincial or city body's opening names its place so. A county's
# report names its province or city the same way, so the place must be of the level the body speaks as
# (a municipality speaks as 全市 and is of the province level).
_LEADER_ON_PLACE = re.compile(
    r"总书记(?:视察|考察)([\u4e00-\u9fff]{2,8}?)(?:时|期间)?的?(?:重要讲话|重要指示)"
    r"|总书记(?:对|关于)([\u4e00-\u9fff]{2,8}?)工作"
)


def place_of_leaders_words(scan: str, expected: str) -> tuple[regions.Region, str] | None:
    """(the place, the words): the one place of the ``expected`` level the leader's words name."""
    found: dict[str, tuple[regions.Region, str]] = {}
    for match in _LEADER_ON_PLACE.finditer(scan):
        name = match.group(1) or match.group(2)
        for region in region_names().get(name, []) or aliases().get(name, []):
            if region.level == expected or (expected == "city" and is_municipality(region)):
                found[region.code] = (region, match.group(0))
    return next(iter(found.values())) if len(found) == 1 else None


def province_of_document_number(scan: str) -> tuple[regions.Region, str] | None:
    """(the province, the number): a provincial body's document numbers, all of one province."""
    found = {_NUMBER_SHORT[match.group(1)]: match.group(0) for match in _DOCUMENT_NUMBER.finditer(scan)}
    if len(found) != 1:
        return None
    name, words = next(iter(found.items()))
    places = [region for region in region_names().get(name, []) if region.level == "province"]
    return (places[0], words) if len(places) == 1 else None


def county_city_under_its_leader(scan: str) -> regions.Region | None:
    """A county-level city that speaks as 我市 under its prefecture's lead (在十堰市委、市政府的坚强领导
    下，我市…) and names itself once in full, in its own documents (《丹江口市法治政府建设实施方案》):
    the one county-level city of that prefecture the text names; else None."""
    leader = leading_city(scan)
    if leader is None:
        return None
    named = {
        region.code: region
        for start, name, found in region_mentions(scan)
        for region in found
        if region.level == "county"
        and region.parent_code == leader.code
        and region.name.endswith("市")
        and _OWN_THING_AFTER.match(scan, start + len(name))
    }
    return next(iter(named.values())) if len(named) == 1 else None


def county_city_of_its_documents(scan: str) -> regions.Region | None:
    """A county-level city that speaks as 我市 and names itself only at the head of its own documents'
    titles (《孝义市委全面依法治市委员会2023年工作要点》, 《博乐市创建法治政府建设示范市实施方案》), naming no
    other county nor its prefecture's leaders: that city; else None. (A prefecture's report names the
    county-level cities it leads beside each other, and in their works rather than in its documents.)"""
    heading: dict[str, regions.Region] = {}
    for cited in _BOOK_TITLE.finditer(scan):
        for start, _name, found in region_mentions(cited.group(1)):
            if start == 0:
                heading.update((r.code, r) for r in found if r.level == "county" and r.name.endswith("市"))
    if len(heading) != 1 or leading_city(scan) is not None:
        return None
    (city,) = heading.values()
    counties = {
        r.code for _start, _name, found in region_mentions(scan) for r in found if r.level == "county"
    }
    return city if counties == {city.code} else None


def municipality_of_the_text(scan: str) -> regions.Region | None:
    """A body that speaks as 市 and names no city: the one municipality whose full name the text prints in a
    document's title (《北京市法治政府建设实施方案》, 《关于举办2024年上海市教育系统…的通知》), when it
    names no other province nor any prefecture-level city; else None."""
    named = {region.code: region for _start, _name, found in region_mentions(scan) for region in found}
    municipalities = [region for region in named.values() if region.code in MUNICIPALITIES]
    if len(municipalities) != 1:
        return None
    (municipality,) = municipalities
    others = [r for r in named.values() if r.level in ("province", "city") and r.code != municipality.code]
    # (named in a document's title, not in passing: 学习借鉴上海市的经验 names another's city)
    cited = any(municipality.name in title.group(1) for title in _BOOK_TITLE.finditer(scan))
    return municipality if cited and not others else None


_BOOK_TITLE = re.compile(r"《([^《》\n]{4,60})》")


# A place's name that heads its own document or organ (《丹江口市法治政府建设实施方案》, 丹江口市人民政府), not
# one it learnt from or visited (学习借鉴龙泉市的经验).
_OWN_THING_AFTER = re.compile(
    r"(?:人民政府|政府|市委|(?:19|20)\d{2}年)?[^，。；、\n》]{0,16}?(?:方案|规划|要点|办法|规定|意见|清单|计划)》|人民政府|市委|政府"
)


def region_of_places(
    scan: str, expected: str | None
) -> tuple[regions.Region | None, tuple[str, list[str]] | None]:
    """The region a body of the ``expected`` level speaks for when the text never names it in full:
    a province from the places it names, a county by its short name, a province or a city by the
    leader's words on it; with the rule and its words."""
    if expected == "province":
        found = province_of_places(scan)
        if found is not None:
            return found[0], ("places_inside", _names_of(found[1]))
        visited = province_of_visit(scan)
        if visited is not None:
            return visited[0], ("visit_here", [visited[1]])
        numbered = province_of_document_number(scan)
        if numbered is not None:
            return numbered[0], ("document_number", [numbered[1]])
    elif expected == "city":
        led = (
            county_city_under_its_leader(scan)
            or county_city_of_its_documents(scan)
            or municipality_of_the_text(scan)
        )
        if led is not None:
            return led, ("places_inside", [led.name])
        found = city_of_counties(scan)
        if found is not None:
            return found[0], ("places_inside", _names_of(found[1]))
        city = _city_of_its_campaign(scan)
        if city is not None:
            return city, ("short_name", [city.alias])
    elif expected == "county":
        county = county_by_short_name_in(scan) or county_of_slogan(scan)
        if county is not None:
            return county, ("short_name", [county.alias])
        found_in = county_of_townships(scan)
        if found_in is not None:
            return found_in[0], ("townships_inside", found_in[1])
    # Last, for a province or a city: the leader's words on its own place.
    named = place_of_leaders_words(scan, expected) if expected in ("province", "city") else None
    if named is not None:
        return named[0], ("leaders_words", [named[1]])
    return None, None


# Where a township's or a street's name ends (千岛湖镇, 湖滨街道); the name is the longest run of two to
# six characters before it that the gazetteer knows (so 全镇, 乡镇, 城镇 are no names).
_TOWNSHIP_END = re.compile(r"(?:镇|乡|街道)")
TOWNSHIPS_MAX = 12


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _townships_named(scan: str) -> list[tuple[str, list[regions.Township]]]:
    """(name, the gazetteer's townships of that name) for each township or street ``scan`` names."""
    named = []
    for end in _TOWNSHIP_END.finditer(scan):
        for length in range(6, 1, -1):
            start = end.start() - length
            name = scan[max(start, 0) : end.end()]
            places = regions.lookup_township(name) if start >= 0 and _HAN_RUN.fullmatch(name) else []
            if places:
                named.append((name, places))
                break
    return named


def county_of_townships(scan: str) -> tuple[regions.Region, list[str]] | None:
    """The one county every township a county-level body names lies in (县司法局…千岛湖镇获评…): each
    name known to the gazetteer, and one county common to all of them; else None."""
    common: set[str] | None = None
    named: list[str] = []
    for name, places in _townships_named(scan):
        if name in named:
            continue
        named.append(name)
        counties = {place.county.code for place in places}
        common = counties if common is None else common & counties
        if not common or len(named) > TOWNSHIPS_MAX:
            return None
    if common is None or len(common) != 1:
        return None
    county = regions.get(next(iter(common)))
    return (county, named) if county is not None else None


def _names_of(region: regions.Region) -> list[str]:
    return [region.name] + ([region.alias] if len(region.alias) >= 2 else [])
