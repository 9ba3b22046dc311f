"""Classify, issuer: a department's place and level from the bodies its opening says lead it
(在启东市委、市政府的正确领导下，我局…): a department is led by its own place's Party committee and
government.
"""

from __future__ import annotations

import re

from fazhi.catalog import regions

from .region_text import is_municipality, region_mentions

# 在市委、市政府的坚强领导下，我局…: a department is led by its own place's Party committee and
# government, and named beside those above it (在省委省政府和市委市政府领导下) it is the lowest of them.
_LED_BY = re.compile(r"在([^，。；]{2,60}?)的?(?:坚强|正确|有力)?(?:领导|指导)下")
_LEADING_BODY = re.compile(r"(?<!自治)([省市州盟区县旗])(?:委|人民政府|政府)")
# The level a place's level word names (省, 市, 州, 盟, 区, 县, 旗); ``issuer`` reads it too.
LEVEL_OF_WORD = {
    "省": "province",
    "市": "city",
    "州": "city",
    "盟": "city",
    "区": "county",
    "县": "county",
    "旗": "county",
}
_LEVEL_ORDER = ("province", "city", "county")


def led_place(scan: str) -> regions.Region | None:
    """The place a department's opening names as leading it (我局在启东市委、市政府的正确领导下):
    a department is led by its own place's Party committee and government, the lowest of those named.
    None when no place is named there, or two of the lowest level are."""
    led = _LED_BY.search(scan, 0, 400)
    if led is None:
        return None
    named = [found[0] for _, _, found in region_mentions(led.group(1)) if len(found) == 1]
    if not named:
        return None
    ranked = [place for place in named if place.level in _LEVEL_ORDER]
    if not ranked:
        return None
    lowest = max(_LEVEL_ORDER.index(place.level) for place in ranked)
    said = [_LEVEL_ORDER.index(LEVEL_OF_WORD[word]) for word in _LEADING_BODY.findall(led.group(1))]
    if said and max(said) > lowest:
        # 在县委县政府和台州市公安局党委的坚强领导下: its own county leads it unnamed; the city named is above it
        return None
    places = {place.code: place for place in ranked if _LEVEL_ORDER.index(place.level) == lowest}
    return next(iter(places.values())) if len(places) == 1 else None


def led_level(scan: str) -> str | None:
    """The level of the bodies that lead a department in its opening, the lowest of them; none when
    the opening names no leading body by its level's word."""
    led = _LED_BY.search(scan, 0, 400)
    if led is None:
        return None
    levels = {LEVEL_OF_WORD[word] for word in _LEADING_BODY.findall(led.group(1))}
    return max(levels, key=_LEVEL_ORDER.index) if levels else None


# A department speaking by its level's word and organ (县林业局, 区民政局): the organ is what follows the
# level word.
_LEVEL_AND_ORGAN = re.compile(r"^[市区县旗州]([\u4e00-\u9fff]{2,12}?(?:局|委员会|办公室|委|办))$")


def self_named_place(subject: str | None, scan: str, level: str | None) -> regions.Region | None:
    """The place a department named by its level's word alone (县林业局) gives itself in full elsewhere in
    the text (《邻水县林业局2024年度会前学法工作方案》): the one place of ``level`` named right before its
    organ. None when the text names it so nowhere, or with two places."""
    organ = _LEVEL_AND_ORGAN.match((subject or "").replace(" ", ""))
    if organ is None or level is None:
        return None
    places = {}
    # (its full name may keep a 和 the short one drops: 人力资源和社会保障局, 市人力资源社会保障局)
    name_in_full = "和?".join(map(re.escape, organ.group(1)))
    for at in (m.start() for m in re.finditer(name_in_full, scan)):
        for start, name, found in region_mentions(scan[max(0, at - 12) : at]):
            if start + len(name) == min(at, 12) and len(found) == 1 and _of_level(found[0], level):
                places[found[0].code] = found[0]
    return next(iter(places.values())) if len(places) == 1 else None


def _of_level(place: regions.Region, level: str) -> bool:
    """(a municipality's bureau speaks as 市: 上海市人力资源和社会保障局，以下称市人社局)"""
    return place.level == level or (level == "city" and is_municipality(place))
