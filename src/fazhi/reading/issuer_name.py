"""Stage 4b, classify: the reporting body's name once its kind and region are read.

The title's subject names it first (合肥市司法局关于…), then a signature, then the opening's
subject (浏阳市扎实推进…, 现将县人民政府2023年…报告如下), then the page header's publisher line. A
government is named as its place's 人民政府 (a prefecture-level 地区's 行政公署), a township by its
own name, a department with its region.
"""

from __future__ import annotations

import re

from fazhi.catalog import regions

from .body_hints import branch_district
from .region_text import region_mentions
from .subject import ORG_LINE, closing_lines
from .township import TOWNSHIP, after_regions

# A department's name: 司法处 is a prefecture's justice bureau in Tibet (a street's 办事处 is a township);
# a customs house (杭州海关) or a prison is a body of the state's vertical administration, named by its city.
# So are the units a government keeps beside its bureaus and their branches (档案馆, 供销合作社联合社,
# 某农技推广站, 某司法所, 某派出所).
DEPARTMENT_NAME = re.compile(
    r"(?:局|厅|部|委员会|办公室|中心|署|林场|农场|牧场|渔场|支队|大队|中队|执法队|稽查队|监察队|调查总队|调查队|人民银行[\u4e00-\u9fff]{0,12}?(?:分行|支行)|管理处|司法处|研究室|监察委|委|办|海关|监狱|馆|合作社|联合社|站|所)"
    r"(?:党组|党委)?$"
)
# The opening says its own government reports: 现将县人民政府2023年…报告如下, 现将省政府…
OWN_GOVERNMENT = re.compile(r"现将(?:我|本)?([省市区县州旗盟])(?:人民)?政府[^。]{0,12}?(?:19|20)\d{2}\s*年")
# Where the opening sentence is read for the reporting body.
OPENING_ISSUER_CHARS = 300

# What names the body as a title's subject does: the title, a letterhead above it, a signature below.
_NAMING_LINES = frozenset({"title", "letterhead", "signature"})


def issuer_name(
    subject: str | None,
    named_by: str | None,
    *,
    kind: str,
    region: regions.Region | None,
    lines: list[str],
    title_line: int | None,
    publisher: str | None = None,
) -> tuple[str | None, str]:
    """The issuer's name and where it came from (title, letterhead, signature, opening, the page
    header's publisher line when it names the body a text speaking as 我局 is)."""
    if subject and named_by in _NAMING_LINES:
        return issuer_from_title(subject, kind=kind, region=region), named_by
    body = lines[(title_line if title_line is not None else -1) + 1 :]
    for line in body[:3] + closing_lines(lines):
        if ORG_LINE.match(line) and len(line) <= 24:
            return _from_last_region(line), "signature"
    opened = _issuer_from_opening(
        subject, kind=kind, region=region, opening="".join(body[:4])[:OPENING_ISSUER_CHARS]
    )
    if opened is None and publisher is not None:
        return issuer_from_title(publisher, kind=kind, region=region), "publisher_line"
    return opened, "opening"


def issuer_from_title(subject: str, *, kind: str, region: regions.Region | None) -> str | None:
    """The issuer the title's subject names."""
    # 中共某县委 某县人民政府: of a joint title's bodies the government reports on its own work
    issuer = subject.rsplit(maxsplit=1)[-1] if subject.split() else subject
    if kind == "township":
        issuer = issuer[after_regions(issuer) :] or issuer
        issuer = re.sub(r"^(?:人民)?政府(?=.)", "", issuer)  # 某区人民政府|某街道办事处
        issuer = re.sub(r"(?:镇|乡)政府$", lambda m: m.group(0)[0] + "人民政府", issuer)
        if re.search(r"(?:镇|乡)$", issuer):
            issuer += "人民政府"
        elif issuer.endswith("街道"):
            issuer += "办事处"
        return issuer
    if kind == "government" and region is not None:
        short = _from_last_region(issuer)
        if short in regions.former_names():
            return short + "人民政府"  # 富阳市 reported as 富阳市 before it became 富阳区
        if re.fullmatch(r"[\u4e00-\u9fff]{2,8}地区", short):
            return government_of(short)  # 毕节地区 (a city since 2011) reporting as itself
        if short in (region.name, region.alias) or not re.search(r"政府|委|行政公署|行署", short):
            return government_of(region.name)
        return re.sub(r"(?<!人民)政府$", "人民政府", short)
    if kind == "government" and re.fullmatch(r"[\u4e00-\u9fff]{1,10}[省市区县州旗盟]", issuer):
        return issuer + "人民政府"
    return re.sub(r"(?<!人民)(?<=[省市区县州旗盟镇乡])政府$", "人民政府", _from_last_region(issuer))


def _issuer_from_opening(
    subject: str | None, *, kind: str, region: regions.Region | None, opening: str
) -> str | None:
    """The body named by the opening when neither the title nor a signature names it.

    A government report whose opening sentence has its region (浏阳市扎实推进…) or its own
    government (现将县人民政府2023年…报告如下) as subject is that government's; a department
    named without its region (市司法局深入学习…) takes the region read from the text; a township
    or street office is named as it names itself.
    """
    plain = (subject or "").replace(" ", "")
    if kind == "township" and TOWNSHIP.fullmatch(plain) and not plain.startswith(("我", "全", "本")):
        return issuer_from_title(plain, kind=kind, region=region)
    if region is None:
        # A national ministry has no region: 原农业部扎实推进… is issued by 农业部.
        # So is an administration directly under the State Council (海关总署, 国家税务总局).
        national = (
            re.fullmatch(r"(?:原)?([\u4e00-\u9fff]{2,14}(?:部|总署|总局)|国家[\u4e00-\u9fff]{2,12}局)", plain)
            if kind == "department"
            else None
        )
        return national.group(1) if national and not region_mentions(plain) else None
    suffix = region.name[-1]
    if kind == "government":
        # 浏阳市坚持…, 鹤岗市人民政府坚持…, 区人民政府坚持…: the region or its government is the subject
        bare = re.sub(r"(?:人民)?政府$", "", plain) if plain != region.name else plain
        if bare and (bare in (region.name, region.alias) or bare == suffix and bare != plain):
            return government_of(region.name)
        own = OWN_GOVERNMENT.search(opening)
        if own and own.group(1) == suffix:
            return government_of(region.name)
    if kind == "department" and DEPARTMENT_NAME.search(plain) and len(plain) <= 16:
        if plain[:1] == suffix:
            return region.name + plain[1:]
        if plain.startswith((region.name, region.alias or region.name)):
            return plain  # 鹿城区教育局: named with its region
        parent = regions.get(region.parent_code)
        if parent is not None and plain.startswith(parent.name) and branch_district(plain, parent) == region:
            return plain  # 宁波市生态环境局鄞州分局: a city bureau's branch in one of its districts
    return None


def government_of(name: str) -> str:
    """The government of a place: a prefecture-level 地区 (阿里地区) is governed by its 行政公署."""
    return name + ("行政公署" if name.endswith("地区") else "人民政府")


def _from_last_region(name: str) -> str:
    mentions = region_mentions(name)
    if len(mentions) >= 2:
        start = mentions[-1][0]
        rest = name[start + len(mentions[-1][1]) :]
        if rest:
            return name[start:]
    return name
