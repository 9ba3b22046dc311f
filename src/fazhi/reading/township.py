"""Classify, reporting body: which township or street office a subject names.

A township's report carries its county's code (``regions.Township``). Townships of one name are
told apart by the region before the name (仙居县白塔镇), else by how often the text names each one's
county; one newer than the gazetteer is read under the county the title or the opening names.
"""

from __future__ import annotations

import re

from fazhi.catalog import regions

from .region_inferred import leading_county, sole_county
from .region_text import alias_count, region_in, region_mentions

# (a street named after a 乡 or a 镇 keeps its 街道: 西乡街道, not 西乡)
TOWNSHIP = re.compile(
    r"([\u4e00-\u9fff]{1,8}?(?:镇(?!街道)|乡(?!街道)|街道|苏木))(?:人民政府|政府|党委|办事处|党工委)?"
)

# A township name hundreds of places share (城关镇) lists this many of them as candidates.
CANDIDATES_SHOWN = 20


def names_a_body(subject: str) -> bool:
    """我镇政府, 全镇 are pronouns: they say the level but not which township."""
    return not re.match(r"[我全本该]", subject.replace(" ", ""))


# A township's own name: no pronoun, particle or verb in it (更是我镇 is words run together, not a name).
_PLAIN_NAME = re.compile(r"[^我本全该是的了在和与及为对把被将也都更其此各]{1,6}(?:镇|乡|街道)")


def after_regions(name: str) -> int:
    """Where the words after the leading region names of ``name`` start (杭州市上城区|湖滨街道)."""
    mentions = region_mentions(name)
    end = 0
    for start, found, _ in mentions:
        if start != end:
            break
        end = start + len(found)
    return end


# The government that leads a township, by its level's word: 在县委、县政府领导下, 县全面依法治县委员会.
_LEADER = re.compile(r"([县区市旗])(?:委|政府|人民政府|全面依法治[县区市旗])")


def _led_by(candidates: list[regions.Township], scan: str) -> regions.Township | None:
    """Of the townships of one name, the one whose county is of the kind the text says leads it: only
    市委 and 市政府 (never 县委, 区委) lead a township of a county-level city, 县委 one of a county.
    None unless that leaves exactly one."""
    words = set(_LEADER.findall(scan))
    if "市" in words and len(words) > 1:
        words.discard("市")  # 市委、县委: the prefecture above the county
    if len(words) != 1:
        return None
    suffix = words.pop()
    fitting = {t.county.code: t for t in candidates if t.county.name.endswith(suffix)}
    return next(iter(fitting.values())) if len(fitting) == 1 else None


def township_of(subject: str, scan: str, opening: str) -> tuple[regions.Township | None, list[str]]:
    """The township the subject names, else none with the places the name could be (城关镇)."""
    # 中共某镇委员会 某镇人民政府: a joint title's last body is the government; 中共 is not a name.
    plain = re.sub(r"^中共", "", (subject.split() or [""])[-1])
    after = after_regions(plain)
    # 荣昌区人民政府广顺街道办事处: the street office of the district's government
    government = re.match(r"(?:人民)?政府", plain[after:]) if after else None
    match = TOWNSHIP.search(plain, after + (government.end() if government else 0))
    if not match:
        return None, []
    name = match.group(1)
    if not names_a_body(name):
        return None, []  # 我镇, 本街道: the level, not a name
    prefix = plain[:after] if government else plain[: match.start()]
    candidates = regions.lookup_township(name)
    within = region_in(prefix, scan) if prefix else None
    if within is not None:
        candidates = regions.lookup_township(name, within=within)
    if not candidates and name.endswith("街道"):
        # 民众街道, the 民众镇 of the gazetteer: a town made a street since, when one town had the name.
        towns = regions.lookup_township(name.removesuffix("街道") + "镇", within=within)
        if len(towns) == 1:
            return regions.Township(name, towns[0].county), []
        # (towns of that name in several counties: the one whose county the text names, as below)
        candidates = [regions.Township(name, town.county) for town in towns]
    if not candidates and prefix:
        # 仙居县新城街道 newer than the gazetteer: the title names its county.
        return (regions.Township(name, within) if within and within.level == "county" else None), []
    if not candidates and not prefix:
        # A township newer than the table (银杏大街街道) under the one county its opening names as
        # the one that leads it (在文峰区委、区政府的领导下).
        county = leading_county(opening) or (sole_county(opening) if _PLAIN_NAME.fullmatch(name) else None)
        return (regions.Township(name, county) if county is not None else None), []
    if len(candidates) == 1:
        return candidates[0], []
    if len(candidates) > 1:
        counties = {t.county.code: t for t in candidates}
        # The township's own name is no mention of a county that shares its first characters:
        # 兴隆镇 names none of 兴隆县 and the 32 other counties with a 兴隆镇.
        elsewhere = scan.replace(name, "、")  # a mark, so that the words around it do not join
        scored = []
        for township in counties.values():
            # 法治云和: the county's short name counts as well as its full name.
            score = sum(elsewhere.count(r.name) + alias_count(elsewhere, r) for r in township.county.chain)
            scored.append((score, township))
        scored.sort(key=lambda item: -item[0])
        if scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            return scored[0][1], []
        led = _led_by(candidates, scan)
        if led is not None:
            return led, []
    return None, sorted(t.full_name for t in candidates)[:CANDIDATES_SHOWN]


def street_office_name(subject: str | None) -> str | None:
    """A street office by the short name it goes by (鹤龙街坚持…, as Guangzhou's do) is the
    gazetteer's 鹤龙街道; another subject, or a 街 no street office is named after, is kept."""
    found = _STREET_SHORT.fullmatch(subject) if subject and "街" in subject else None
    if found and regions.lookup_township(found.group(1) + "道"):
        return found.group(1) + "道"  # 黄石街党工委、办事处: 黄石街道 speaks through its organs
    return subject


# A street office by its short name, alone or with its organs (鹤龙街, 黄石街党工委、办事处).
_STREET_SHORT = re.compile(r"([\u4e00-\u9fff]{2,4}街)(?:党工委|办事处|、)*")


def own_township_named(scan: str, kind_word: str) -> regions.Township | None:
    """The one township of the kind a text speaks as (我乡: a 乡) that it names among the townships of
    the one county it names (中共渠县委员会、渠县人民政府: …拱市乡法治副校长上普法课): a township that
    never names itself as the subject still names itself somewhere. None for no such township or two."""
    named = [r for _, _, places in region_mentions(scan) for r in places]
    counties = {r.code: r for r in named if r.level == "county"}
    if len(counties) > 1:
        # a county's name two prefectures share (白云区) is the one of the prefecture named (广州市白云区)
        above = {r.code for r in named if r.level != "county"}
        counties = {code: r for code, r in counties.items() if r.parent_code in above}
    if len(counties) != 1:
        return None
    county = next(iter(counties.values()))
    found = {}
    for match in re.finditer(r"[\u4e00-\u9fff]{2,4}?" + kind_word, scan):
        for start in range(match.start(), match.end() - len(kind_word) - 1):
            name = scan[start : match.end()]
            if kind_word == "街":
                name += "道"  # 黄石街 is the street office 黄石街道
            for township in regions.lookup_township(name, within=county):
                found[township.name] = township
    return next(iter(found.values())) if len(found) == 1 else None
