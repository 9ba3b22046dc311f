"""Classify, reporting body: the regions a text names, and which one it speaks for.

Full names (江阳区, 恩施土家族苗族自治州) and the short names autonomous regions go by (恩施州)
are found by ``region_mentions``; short names of provinces and cities (泸州) and of counties
(荣昌) are safe to count only where a region that holds them is named too. ``issuer`` asks
these functions when the title and the opening do not name the reporting body.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ahocorasick_rs import AhoCorasick, MatchKind

from fazhi.catalog import regions

# A name inside book-title marks is part of a document's name (《浙江省…纲要》).
BOOK_TITLE = re.compile(r"《[^《》]{1,60}》")
# A research or teaching institution or a company named after its place (天津市社会科学院, 某省行政学院,
# 某市某某实业有限公司): it is not the place.
_INSTITUTION_AFTER = re.compile(
    r"(?:社会科学院|社科院|[\u4e00-\u9fff]{0,4}?(?:大学|研究院|研究所)|[\u4e00-\u9fff]{0,8}?(?:有限责任公司|有限公司|集团))"
)

# Longest region name in the table (克孜勒苏柯尔克孜自治州 has 11 characters).
REGION_NAME_MAX = 12

_SUFFIX_CHARS = frozenset("省市区县州旗盟")
# The same as a class: _mentions reads a text's suffixes by a regex scan, which skips along to them where
# a Python loop over every character cost twice its rest.
_SUFFIX = re.compile("[" + "".join(sorted(_SUFFIX_CHARS)) + "]")
_AUTONOMOUS_SHORT = (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗"))


@cache
def region_names() -> dict[str, list[regions.Region]]:
    index: dict[str, list[regions.Region]] = {}
    for region in regions.all_regions():
        index.setdefault(region.name, []).append(region)
    # Autonomous prefectures, counties and banners go by short names in running text and titles:
    # 恩施州 for 恩施土家族苗族自治州, 长阳县 for 长阳土家族自治县.
    short: dict[str, list[regions.Region]] = {}
    for region in regions.all_regions():
        for long_suffix, short_suffix in _AUTONOMOUS_SHORT:
            if not region.name.endswith(long_suffix):
                continue
            for alias in (region.alias, *region.other_aliases):
                if len(alias) < 2:
                    continue
                if alias.endswith(short_suffix):
                    # 海南州: the table's alias already has the suffix, so bare 海南 (the province)
                    # is not taken for it. Only for a prefecture: 河南县, 塔县 are tails of words.
                    if long_suffix == "自治州":
                        short.setdefault(alias, []).append(region)
                    continue
                short.setdefault(alias + short_suffix, []).append(region)
    # Former names last: a report of 2016 names its county as it was called then (章丘市, 宁乡县).
    for name, found in (*short.items(), *_banner_short_names().items(), *regions.former_names().items()):
        index.setdefault(name, found)
    return index


def _banner_short_names() -> dict[str, list[regions.Region]]:
    """Banners by the short name that keeps the suffix (东乌旗 for 东乌珠穆沁旗, 科左中旗), of three
    characters or more, so that 准旗, 阿旗 inside common words are not taken for them."""
    short: dict[str, list[regions.Region]] = {}
    for region in regions.all_regions():
        if region.level == "county" and region.name.endswith("旗"):
            for alias in (region.alias, *region.other_aliases):
                if len(alias) >= 3 and alias.endswith("旗") and alias != region.name:
                    short.setdefault(alias, []).append(region)
    return short


@cache
def aliases() -> dict[str, list[regions.Region]]:
    """Short names of provinces and cities (泸州, 黑龙江): safe to count in running text."""
    index: dict[str, list[regions.Region]] = {}
    for region in regions.all_regions():
        if region.level not in ("province", "city"):
            continue
        for alias in (region.alias, *region.other_aliases):
            if len(alias) >= 2 and alias != region.name:
                index.setdefault(alias, []).append(region)
    return index


@cache
def _aliases_by_first() -> dict[str, list[tuple[str, list[regions.Region]]]]:
    """``aliases`` by their first character, each list in the table's order: a subject is tried only
    for the short names it can start with, where the 374 ``startswith`` tests cost about 10 µs a call."""
    by_first: dict[str, list[tuple[str, list[regions.Region]]]] = {}
    for alias, found in aliases().items():
        by_first.setdefault(alias[0], []).append((alias, found))
    return by_first


@cache
def _single_aliases() -> tuple[AhoCorasick, list[tuple[str, regions.Region]]]:
    """The short names only one region goes by, in the order of ``aliases``, and an automaton of them
    that finds which a text holds in one pass (overlapping: 黑龙江 and 龙江 both), where a substring
    test of each of the 373 names cost about 0.2 ms a text."""
    single = [(alias, found[0]) for alias, found in aliases().items() if len(found) == 1]
    return AhoCorasick([alias for alias, _ in single], matchkind=MatchKind.Standard), single


# Words that stand before a place's name (在成县, 赴叶县, 与和县): a one-character name after one of
# them is a place; after another Han character it is more often a word's tail (完成县政府 is not 成县,
# 提高县级 not 高县, 湖南县市区 not 南县).
_BEFORE_A_NAME = frozenset("在至赴到与及对向从经和同驻")


def _inside_a_word(text: str, start: int, names: dict) -> bool:
    """Whether the two-character name at ``start`` (成县, 南县, 城区) follows a Han character that is
    neither a word that stands before names nor the end of a region's name (陇南市成县)."""
    if start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff" or text[start - 1] in _BEFORE_A_NAME:
        return False
    return not any(text[start - k : start] in names for k in range(2, min(REGION_NAME_MAX, start) + 1))


# The characters that make a two-character name's suffix the head of a word of its own (乡镇和县直
# 各单位 is not 和县, nor 和县级部门): a place so named writes its body's words in full (和县县直).
_WORD_AFTER_SUFFIX = frozenset("直级域")

# A short county name that is the tail of a common word (示范县 ends in 范县, Henan's county):
# the name and the characters that, just before it, make it that word.
_WORD_TAILS = {"范县": "示"}


def region_mentions(text: str) -> list[tuple[int, str, list[regions.Region]]]:
    """Full region names in ``text`` with their positions, longest match at each end."""
    return list(_mentions(text))


@cache
def _name_tails() -> frozenset[str]:
    """The last two characters of every region name and word tail: where a text's two characters up to a
    suffix are none of these, no name ends there, and _mentions does not try the dozen lengths."""
    return frozenset(name[-2:] for name in (*region_names(), *_WORD_TAILS))


@lru_cache(maxsize=8)
def _mentions(text: str) -> tuple[tuple[int, str, list[regions.Region]], ...]:
    # The same opening is asked for its regions by several rules of one reading.
    names = region_names()
    tails = _name_tails()
    out: list[tuple[int, str, list[regions.Region]]] = []
    last_start = -1
    for suffix in _SUFFIX.finditer(text):
        end = suffix.end()
        if text[end - 2 : end] not in tails:
            continue  # no name, nor word tail, ends in these two characters (全市, 我县, 本市…)
        for length in range(min(REGION_NAME_MAX, end), 1, -1):
            piece = text[end - length : end]
            found = names.get(piece)
            before = _WORD_TAILS.get(piece)
            if before and text[max(0, end - length - len(before)) : end - length] == before:
                continue
            if found and length == 2 and _inside_a_word(text, end - length, names):
                continue
            if found and length == 2 and text[end : end + 1] in _WORD_AFTER_SUFFIX:
                continue  # 和县直各单位, 和县级部门: the suffix starts the next word (县直, 县级)
            if found and end - length > last_start:
                if end < len(text) and text[end] in _SUFFIX_CHARS and text[end - length : end + 1] in names:
                    break  # 巴州区 is Bazhong's district, not 巴州 (巴音郭楞) and a stray 区
                out.append((end - length, piece, found))
                last_start = end - 1
                break
    return tuple(out)


@cache
def county_aliases() -> dict[str, list[regions.Region]]:
    """Counties and districts by their short names (静安 for 静安区), which many share (鼓楼, 朝阳)."""
    index: dict[str, list[regions.Region]] = {}
    for region in regions.all_regions():
        if region.level != "county":
            continue
        # The table's short name (准旗) and the name without its suffix (准格尔) are both in use.
        for short in {region.alias, regions.without_suffix(region.name)}:
            if len(short) >= 2 and short != region.name:
                index.setdefault(short, []).append(region)
    return index


# Words that name one place without its name (首都 is Beijing; 城市副中心 is its 通州区): among places of
# one name (通州区 of Beijing and of 南通市, 朝阳区 of Beijing and of 长春市) they tell which.
# A province's slogan of its own (强富美高新江苏, 八八战略, 省委“1310”具体部署, “三高四新”) tells which province's
# place of one name speaks (通州区 of 南通市 writes 强富美高新通州).
_EPITHETS = (
    ("首都", "110000"),
    ("副中心", "110112"),
    ("强富美高", "320000"),
    ("八八战略", "330000"),
    ("“1310”", "440000"),
    ("三高四新", "430000"),
)


def disambiguate(candidates: list[regions.Region], scan: str) -> regions.Region | None:
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    scored = []
    epithets = [
        (word, code) for word, code in _EPITHETS if any(r.code == code for c in candidates for r in c.chain)
    ]
    hinted = {code for word, code in epithets if word in scan}
    for region in candidates:
        score = sum(
            scan.count(r.name) + (scan.count(r.alias) if len(r.alias) >= 2 else 0) for r in region.chain[:-1]
        )
        score += sum(1 for r in region.chain if r.code in hinted)
        scored.append((score, region))
    scored.sort(key=lambda item: -item[0])
    if scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return scored[0][1]
    return None


def _named_regions(scan: str):
    """(position, region) of each full name in ``scan``; a name several places share (鼓楼区) when
    the text names a region above exactly one of them (南京市), never a two-character one (城区)."""
    settled: dict[str, regions.Region | None] = {}
    for start, name, found in region_mentions(scan):
        if len(found) == 1:
            yield start, found[0]
        elif len(name) >= 3:
            if name not in settled:
                settled[name] = disambiguate(found, scan)
            if settled[name] is not None:
                yield start, settled[name]


# A place whose Party committee (and government) lead the body (在丽水市委、市政府的坚强领导下, 在某州委的
# 正确领导下): the level above the body that speaks, not the body (a county-level city says 我市 too).
_LEADS_AFTER = re.compile(
    r"委(?:[、和及]?(?:[\u4e00-\u9fff]{0,6}?(?:政府|行署|人大|政协)))*[^。；，\n]{0,8}?(?:领导|指导)下"
)


def _leads(scan: str, region: regions.Region, after: int, level: str | None) -> bool:
    """Whether the place named before ``after`` leads the body rather than is it. Its government
    leading says so; its Party committee alone only for a body of another level: a government is
    led by its own committee (在省委、省政府和常州市委的领导下，我市 is 常州市 speaking)."""
    led = _LEADS_AFTER.match(scan, after)
    if led is None:
        return False
    if "政府" in led.group(0) or "行署" in led.group(0):
        return True
    return level is not None and region.level != level


# Places the body went to learn from (赴缙云县、龙泉市学习考察) or whose experience it took up (缙云县综合执法
# 经验在全县推广): other places than the one that speaks.
_VISITED = re.compile(r"(?:赴|前往|远赴)[^，,。；;\n]{2,30}?(?:学习|考察|调研|交流|参观|取经)")
# A place the body works with (协同安徽省阜阳市探索跨省通办, 对口支援某县, 携手某市): another place too.
PARTNER_WINDOW = 14
_PARTNER_BEFORE = re.compile(
    r"(?:协同|携手|联合|对口(?:支援|帮扶|协作)?|结对(?:帮扶)?)(?:[\u4e00-\u9fff]{2,7}?[省区])?$"
)
# Places named after 与 in a clause that ends in working together (先后与北京朝阳区、上海宝山区签订“跨省
# 通办”协议, 与朝阳区合作办理): the body's partners.
_PARTNERS_CLAUSE = re.compile(r"与[^，。；：\n与]{2,40}?(?:签订|签署|合作|共建|协作|联动|结对|互认)")
_EXPERIENCE_AFTER = re.compile(r"[^，,。；;\n]{0,8}?(?:的)?(?:经验|做法)(?:在|被|向)")


def leading_city(scan: str) -> regions.Region | None:
    """The prefecture-level city named as the body's leader (在丽水市委、市政府的坚强领导下), if any."""
    for start, region in _named_regions(scan):
        if region.level == "city" and _leads(scan, region, start + len(region.name), "city"):
            return region
    return None


def _mention_counts(scan: str, level: str | None, *, department: bool) -> list[tuple[int, regions.Region]]:
    """(how often, region) of the places ``scan`` names as places that may speak, most named first: a
    name in book-title marks counts half; an institution's, a leader's, a place visited or learnt from
    counts none, and the place that leads the body is not it."""
    counts: dict[str, tuple[int, regions.Region]] = {}
    # A name inside book-title marks is part of a document's name (《浙江省…纲要》): it counts half.
    cited = [m.span() for m in BOOK_TITLE.finditer(scan)] if "《" in scan else []
    leaders: set[str] = set()
    visited = [m.span() for m in _VISITED.finditer(scan)] if "赴" in scan or "前往" in scan else []
    if "与" in scan:
        visited += [m.span() for m in _PARTNERS_CLAUSE.finditer(scan)]
    # Every full name the text writes, settled or not (鼓楼区, 朝阳区: several places have it).
    named: dict[str, set[str]] = {}
    for _, name, found in region_mentions(scan):
        named.setdefault(name, set()).update(region.code for region in found)
    for start, region in _named_regions(scan):
        after = start + len(region.name)
        if any(a <= start < b for a, b in visited) or _EXPERIENCE_AFTER.match(scan, after):
            continue  # 赴缙云县学习, 缙云县…经验在全县推广: a place the body learns from is another place
        if _PARTNER_BEFORE.search(scan, max(0, start - PARTNER_WINDOW), start):
            continue  # 协同安徽省阜阳市, 对口支援某县: a place the body works with is another place
        if _INSTITUTION_AFTER.match(scan, after):
            continue  # 天津市社会科学院, 某省某大学: an institution named after a place is not the place
        if not department and _leads(scan, region, after, level):
            # 在丽水市委、市政府的坚强领导下，我市…: 丽水市 leads the body (its own place leads a department)
            leaders.add(region.code)
            continue
        n, _ = counts.get(region.code, (0, region))
        counts[region.code] = (n + (1 if any(a <= start < b for a, b in cited) else 2), region)
    automaton, single = _single_aliases()
    # The names the text holds, in the table's order: the order counts' ties are ranked in.
    for index in sorted({index for index, _, _ in automaton.find_matches_as_indexes(scan, overlapping=True)}):
        alias, region = single[index]
        n, _ = counts.get(region.code, (0, region))
        # 楚雄 in 楚雄市 names the county-level city, not the prefecture whose short name it is;
        # nor does 朝阳 in 朝阳区 (Beijing's or Changchun's, which the text may not settle) name 朝阳市.
        inside_names = sum(
            scan.count(name)
            for name, codes in named.items()
            if name.startswith(alias) and region.code not in codes
        )
        # nor does 黄石 in 黄石街, 黄石镇 or 黄石路 name 黄石市: a street, a town or a road named after it
        streets = sum(scan.count(alias + word) for word in _PLACE_INSIDE)
        # nor does 长治 in 长治久安 name 长治市: a phrase every report may write holds it
        phrases = sum(scan.count(phrase) for phrase in _PHRASES_HOLDING.get(alias, ()))
        counts[region.code] = (
            n + scan.count(alias) - scan.count(region.name) - inside_names - streets - phrases,
            region,
        )
    return sorted(
        (item for item in counts.values() if item[0] > 0 and item[1].code not in leaders),
        key=lambda item: -item[0],
    )


# What a short name starts when it names a place inside a region rather than the region (no word
# here starts as another does, so each mention is counted once).
_PLACE_INSIDE = ("街", "镇", "乡", "路", "大道", "村", "社区")
# Common phrases that hold a city's short name (社会稳定和长治久安, 幸福安康, 孙中山): not the city.
_PHRASES_HOLDING = {
    "长治": ("长治久安",),
    "安康": ("幸福安康", "平安安康", "健康安康"),
    "中山": ("孙中山", "中山装", "中山路", "中山公园"),
    "大同": ("世界大同",),
}
# A place's weight when it is named in full twice (each full mention counts 2, a cited one 1).
ONCE_MORE = 4
SINGLE_CITATION = 1


def region_from_text(scan: str, level: str | None, *, department: bool = False) -> regions.Region | None:
    ranked = _mention_counts(scan, level, department=department)
    counts = {region.code: (n, region) for n, region in ranked}
    if not ranked:
        return None
    if level is not None:
        # A region of the level the report speaks as (全县, 我市) wins unless it is
        # mentioned far less than the top one; one inside the top region (a county of the
        # prefecture the text names most) wins too: a county's report names its prefecture often.
        fitting = [item for item in ranked if _speaks_as(item[1], level)]
        inside = [item for item in fitting if ranked[0][1].code in {r.code for r in item[1].chain}]
        if fitting and (fitting[0][0] * 2 >= ranked[0][0] or inside):
            count, chosen = fitting[0] if fitting[0][0] * 2 >= ranked[0][0] else inside[0]
            if chosen.level != level and counts.get(chosen.parent_code, (0,))[0] * 2 >= count:
                # 全市 with a county-level city and its prefecture named about as often: either
                # may speak; none is given.
                return None
            if chosen.level != level and any(
                item[1].parent_code == chosen.parent_code and item[1].code != chosen.code for item in ranked
            ):
                # 全市 (全地区) naming a county-level city beside another county of its prefecture
                # is as likely the prefecture telling what its counties did: none is given.
                return None
            if chosen.level != level and count < ONCE_MORE:
                # 我市 naming a county-level city once (平度市25个…) is as likely a prefecture telling
                # what one of its cities did as that city naming itself: none is given.
                return None
            return None if _rival(chosen, count, fitting) else chosen
        if not _speaks_as(ranked[0][1], level):
            # A province's government or department is not one of its cities, a county not its
            # prefecture: without a region of the level it speaks as, none is given.
            return None
    if len(ranked) == 1 and ranked[0][0] == SINGLE_CITATION and ranked[0][1].level != "province":
        # The only place the text names, once, in the title of a document (制发《日土县2023年法治政府
        # 建设工作要点》) or by its short name, and nothing says the level: a body cites its own
        # documents most, its city's next. A province's is cited by every body below it: none is given.
        return ranked[0][1]
    if ranked[0][0] < 2 or _rival(ranked[0][1], ranked[0][0], ranked):
        return None
    return ranked[0][1]


def _rival(chosen: regions.Region, count: int, ranked: list[tuple[int, regions.Region]]) -> bool:
    """Another region, neither inside nor above ``chosen``, named as often: two places compete
    and the text does not say which one speaks (the reading gives none rather than a guess). A
    two-character name (和县 in 市政府和县委) is too often a word to compete."""
    chain = {region.code for region in chosen.chain}
    return any(
        other.code not in chain and chosen.code not in {region.code for region in other.chain}
        for n, other in ranked
        if n == count and other.code != chosen.code and len(other.name) >= 3
    )


# The four municipalities are provinces by rank whose bodies speak as 市 (全市, 市人社局).
_MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})


def is_municipality(region: regions.Region) -> bool:
    return region.level == "province" and region.name in _MUNICIPALITIES


# The four municipalities, provinces by level, whose government speaks as 全市, 市政府 as a prefecture's does.
MUNICIPALITIES = frozenset({"110000", "120000", "310000", "500000"})


def _speaks_as(region: regions.Region, level: str) -> bool:
    """A region's body speaks as ``level``: a county-level city (浏阳市) as 全市, 我市, like a prefecture,
    and so does a municipality (上海市)."""
    return (
        region.level == level
        or level == "city"
        and (region.level == "county" and region.name.endswith("市") or region.code in MUNICIPALITIES)
    )


def alias_count(scan: str, region: regions.Region) -> int:
    """How often ``region`` is named by its short name alone (云和 in 法治云和, not in 云和县)."""
    if len(region.alias) < 2 or region.alias == region.name:
        return 0
    return scan.count(region.alias) - scan.count(region.name)


# A body of the state's vertical administration whose local offices are named after it (国家统计局某调查队).
_NATIONAL_BODY = re.compile(r"^(?:国家统计局|国家税务总局|国家外汇管理局|国家金融监督管理总局|中国人民银行)")


def region_in(subject: str, scan: str) -> regions.Region | None:
    """The region ``subject`` names (a chain, a full name, a city's short name), told apart by ``scan``."""
    mentions = region_mentions(subject)
    if not mentions:
        # 国家统计局丽水调查队: a national body's local office named by its place's short name
        local = _NATIONAL_BODY.sub("", subject, count=1)
        for alias, found in _aliases_by_first().get(local[:1], ()):
            if local.startswith(alias):
                mentions = [(0, alias, found)]
                break
    if not mentions:
        return None
    chain = "".join(name for _, name, _ in mentions)
    candidates = regions.lookup(chain) or regions.lookup(mentions[-1][1]) or mentions[-1][2]
    if len(mentions) > 1:
        # A short name (恩施州) after its province: keep the candidates inside what precedes it.
        outer = {r.code for _, _, found in mentions[:-1] for r in found}
        inside = [r for r in candidates if any(c.code in outer for c in r.chain[:-1])]
        candidates = inside or candidates
    return disambiguate(candidates, scan)


def ambiguous_names(subject: str) -> list[str]:
    """The regions a name in ``subject`` could be when the text does not tell which (鼓楼区)."""
    mentions = region_mentions(subject)
    if mentions and len(mentions) == 1 and len(mentions[0][2]) > 1:
        return sorted(r.full_name for r in mentions[0][2])
    return []


def shared_level(full_names: list[str]) -> str | None:
    """The level all of these places have (和平区 of Tianjin and of Shenyang: county), else None."""
    levels = {region.level for name in full_names for region in regions.lookup(name)}
    return levels.pop() if len(levels) == 1 else None
