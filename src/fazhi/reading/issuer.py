"""Stage 4b, classify: who reports — issuer, level and region.

The reporting body is read from the title first ("德阳市人民政府2019年度…",
"合肥市司法局关于…"), then from the subject of the opening sentence
("2021年，湘潭市岳塘区持续深化…"), then from first-person words (我县, 全市,
我局). Regions come from ``fazhi.catalog.regions``; a township's report carries
its county's code; a department carries the code of the government it belongs
to; a national ministry has none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from fazhi.catalog import regions

from . import body_model
from .body_evidence import first_line_with, issuer_evidence, level_evidence, names_of, region_evidence
from .body_hints import (
    branch_district,
    county_named_short,
    region_of_site_owner,
    region_on_site,
    region_published_by,
    township_on_site,
    township_published_by,
    unknown_place,
    zone_committee,
    zone_of_city,
)
from .body_kind import CORPS, GOVERNMENT, body_kind, expected_level, own_level, pronoun_level, self_word
from .department_place import led_place, self_named_place
from .issuer_name import OPENING_ISSUER_CHARS, government_of, issuer_name
from .model import FieldEvidence
from .published import publisher_lines
from .region_inferred import region_of_places
from .region_text import (
    aliases,
    ambiguous_names,
    county_aliases,
    leading_city,
    region_from_text,
    region_in,
    region_mentions,
    region_names,
    shared_level,
)
from .repair.chrome import Chrome
from .subject import (
    BODY_NAME,
    opening_paragraphs,
    place_bureau,
    signature_of,
    subject_of,
    township_subject,
)
from .township import (
    after_regions,
    names_a_body,
    own_township_named,
    street_office_name,
    township_of,
)

# Where region names are counted when the reporting body names none.
REGION_SCAN_CHARS = 3000


_NOT_IN_NAME = re.compile(r"[在的《》|｜“”\s，。、]")


@dataclass
class Body:
    region: dict[str, str] | None
    level: str | None
    issuer: str | None
    evidence: dict[str, FieldEvidence] = field(default_factory=dict)


def identify(
    title: str | None, lines: list[str], title_line: int | None, text: str, chrome: list[Chrome] | None = None
) -> Body:
    """The reporting body of a text; ``chrome`` (the page lines the repair stage dropped) may hold a
    publisher line (发布机构：屏边县新华乡人民政府) that tells apart places the text leaves open."""
    subject, named_by, subject_line = subject_of(title, lines, title_line)
    from_title = named_by == "title"
    if not from_title and (subject is None or not names_a_body(subject)):
        # 全镇坚持… signed 某县某镇人民政府: the signature names the body the opening speaks as
        signed = signature_of(lines, title_line)
        if signed is not None:
            subject, named_by, subject_line = signed, "signature", signed
    subject = street_office_name(subject)
    scan = text[:REGION_SCAN_CHARS]
    kind = body_kind(subject, scan)
    if not from_title and (subject is None or kind == "township" and not names_a_body(subject)):
        # 在县委指导下，凤凰山街道紧密围绕…; 我镇政府…（一）东里镇深入贯彻…: a township names
        # itself as a clause's subject somewhere in its opening paragraphs.
        named = township_subject(opening_paragraphs(lines, title_line), scan)
        if named is not None:
            subject, subject_line = street_office_name(named[0]), named[1]
            named_by, kind = "opening", "township"
    model_reason = bureau_line = None
    # 某县2023年法治政府建设年度报告 names a place, not its government: its bureau may be reporting.
    # (Asking only where the text says 我局 or 局党组 somewhere lost a held-out bureau's page.)
    bare_place_title = from_title and subject is not None and not GOVERNMENT.search(subject)
    if kind == "government" and (
        bare_place_title or not from_title and (subject is None or not names_a_body(subject))
    ):
        # No body named and a government read from 全市, 我县: a bureau speaks of its place so too.
        model_reason = body_model.department_reason(text)
        kind = "department" if model_reason else kind
        paragraphs = opening_paragraphs(lines, title_line) if model_reason and subject else []
        bureau = place_bureau(subject, paragraphs) if paragraphs else None
        if bureau is not None:
            # 德清县…报告 over 县市场监督管理局坚持…: 德清县市场监督管理局, named by the opening
            subject, bureau_line = bureau, paragraphs[0].strip()[:120]
    place = _place(subject, kind, scan, publisher_lines(chrome or []), [piece.text for piece in chrome or []])
    region_obj, township, unknown = place.region, place.township, place.unknown
    level = kind if kind in ("township", "department") else None
    if level is None and region_obj is None and place.shared_level is not None:
        level = place.shared_level  # 鼓楼区人民政府: a district, whichever of the five it is
    if level is None:
        level = (
            region_obj.level
            if region_obj is not None
            else place.expected or pronoun_level(scan) or own_level(scan)
        )
    level, unsure_level = _unsure_level(level, kind, subject, place, scan)
    region_obj = _not_a_zones_province(kind, subject, region_obj)
    region = None
    if township is not None:
        region = {"name": township.full_name, "code": township.county.code}
    elif region_obj is not None:
        region = {"name": region_obj.full_name, "code": region_obj.code}
    issuer, issuer_source = issuer_name(
        subject,
        named_by,
        kind=kind,
        region=region_obj,
        lines=lines,
        title_line=title_line,
        publisher=place.publisher,
    )
    issuer = _plausible(issuer)
    if issuer and region_obj is not None and issuer == government_of(region_obj.name):
        # 某市高新区: a zone is not the government of the city it names
        issuer = None if zone_committee(subject, region_obj) and issuer not in (subject or "") else issuer
    evidence = {
        "region": region_evidence(
            region,
            from_subject=place.from_subject,
            from_title=from_title,
            subject_line=subject_line,
            scan=scan,
            candidates=place.candidates,
            expected=place.expected,
            names=names_of(region_obj),
            inferred=place.inferred,
            unknown=unknown,
        ),
        "level": level_evidence(
            level,
            kind=kind,
            region=region,
            from_subject=place.from_subject,
            from_title=from_title,
            subject_line=subject_line,
            scan=scan,
            self_word=self_word(level, scan),
            by_name=region_obj is None and level is not None and level == place.shared_level,
            names=names_of(region_obj) or ([township.county.name] if township else []),
            reason=unsure_level,
            model_reason=model_reason,
        ),
        # 现将省政府2022年度…报告如下 names the issuer when no subject does: that line is the evidence
        "issuer": issuer_evidence(
            issuer,
            "opening" if bureau_line else issuer_source,
            from_title and not bureau_line,
            place.inferred[1][0]
            if issuer_source == "publisher_line" and place.inferred
            else bureau_line or subject_line or first_line_with(scan, ["现将"]),
        ),
    }
    return Body(region, level, issuer, evidence)


def _not_a_zones_province(
    kind: str, subject: str | None, region: regions.Region | None
) -> regions.Region | None:
    """``region``, unless it is the province a zone is named after (广西-东盟经济技术开发区): the zone
    lies in a city its name leaves out, so its place is not known."""
    if kind == "government" and region is not None and region.level == "province":
        return None if zone_committee(subject, region) else region
    return region


def _unsure_level(
    level: str | None, kind: str, subject: str | None, place: _Place, scan: str
) -> tuple[str | None, str | None]:
    """The level read, or none with why the body's kind or name does not give one."""
    unknown, region = place.unknown, place.region
    if kind == "other":
        if CORPS.search((subject or "").replace(" ", "")):
            return None, "生产建设兵团及其师、团不是地方政府，没有地方政府的级别"
        return None, "法院、检察院、村（社区）、群团组织、学校和企业不是政府或政府部门，没有政府的级别"
    if kind == "government" and zone_committee(subject, region):
        # 两江新区管理委员会: a zone's committee is not the government of the place named before it, but
        # it governs as a county does: the region table codes the zones it holds as county-level
        # (唐山高新技术产业开发区 130273), and the labels read the others so too.
        return "county", None
    if unknown is not None and level != "department":
        # 吴江市 (a district since 2012): a 市 may be a prefecture or a county-level city
        return (
            "county" if unknown[-1] in "县旗" else None
        ), f"地名“{unknown}”不在地名表中，无法判断是地级市还是县级市"
    if level == "city" and region is None and kind == "government" and leading_city(scan) is not None:
        # 在丽水市委、市政府的坚强领导下，我市…: a county-level city led by its prefecture says 我市 too
        return None, "正文以“我市”自称，又写明受另一个市领导，可能是县级市，无法判断级别"
    return level, None


@dataclass
class _Place:
    """Where the reporting body is, as read from its subject and the text, and how it was read."""

    region: regions.Region | None = None
    township: regions.Township | None = None
    from_subject: bool = False
    candidates: list[str] = field(default_factory=list)
    expected: str | None = None
    inferred: tuple[str, list[str]] | None = None
    unknown: str | None = None
    shared_level: str | None = None  # the level of every place an ambiguous name could be
    publisher: str | None = None  # the body of the page header's publisher line, when it is the reporter


def _place(
    subject: str | None, kind: str, scan: str, publishers: list[tuple[str, str]], site: list[str]
) -> _Place:
    """The township, or the region, the subject names; else the one the text tells, or none with why.
    ``site`` holds the chrome lines, among them the site's owner's (主办单位：某县人民政府)."""
    place = _Place()
    if kind == "township":
        return _township_place(place, subject, scan, publishers, site)
    place.region = _part_named(kind, subject, region_in(subject or "", scan))
    if place.region is None:
        place.region, place.candidates = _county_by_short_name(subject or "", scan)
    place.from_subject = place.region is not None
    if place.region is None and not place.candidates:
        place.candidates = ambiguous_names(subject or "")
        place.shared_level = shared_level(place.candidates)
    if place.region is None and place.candidates:
        place.region, place.inferred = region_published_by(place.candidates, publishers, scan)
        if place.region is None:
            place.region, place.inferred = region_on_site(place.candidates, site)
        place.candidates = [] if place.region is not None else place.candidates
    if place.region is None and not place.candidates:
        place.expected = expected_level(subject, scan, kind)
        department = kind == "department"
        place.region = (
            (led_place(scan) or self_named_place(subject, scan, place.expected)) if department else None
        ) or region_from_text(scan, place.expected, department=department)
        if place.region is None:
            place.region, place.inferred = region_of_places(scan, place.expected)
        if place.region is not None and place.region.level != "county":
            # 吴江市人民政府 (a district since 2012) and 苏州市 in the text: not the prefecture
            place.unknown = unknown_place(subject)
            if place.unknown is not None:
                place.region, place.inferred = None, None
        elif place.region is None and kind == "government":
            # 萧山市人民政府 (a district since 2001) speaking as 我市: a county-level city says 我市 as a
            # prefecture does, so the words it speaks as do not give its level
            place.unknown = unknown_place(subject)
    if place.region is None and not place.candidates and place.unknown is None:
        _published_body(place, kind, subject, publishers, scan)
    if place.region is None and not place.candidates and place.unknown is None and place.expected:
        place.region, place.inferred = region_of_site_owner(site, place.expected)
    return place


def _part_named(kind: str, subject: str | None, region: regions.Region | None) -> regions.Region | None:
    """``region``, or the part of it the subject names: a city bureau's district branch (某市公安局荔湾分局),
    a city's zone by its short name (唐山高新区管委会)."""
    if kind == "department":
        return branch_district(subject, region) or county_named_short(subject, region) or region
    if kind == "government":
        return zone_of_city(subject, region) or region
    return region


# A subject that names the body by its level's word only (我局, 全县, 厅党组): no place of its own.
_SELF_WORD = re.compile(r"[我本全]?[省市州盟区县旗局厅委办](?:党组|党委)?")
# The labels a metadata row run onto one line puts after the publisher (发布机构：某局生成日期：…).
_NEXT_LABEL = re.compile(
    r"(?:生成|发文|发布|成文|公开|印发|更新)日期|索引号|文号|主题分类|组配分类|有效性|时效"
)


def _published_body(
    place: _Place, kind: str, subject: str | None, publishers: list[tuple[str, str]], scan: str
) -> None:
    """The body of the page header's publisher line (发布机构：某市市场监督管理局) as the reporter when the
    text names no place of its own (我局坚持…): taken only when it is a body of the kind the text speaks
    as, a government of the level it speaks as (我县 under 某县人民政府), or a department whose place is
    of that level when the text speaks as one; a site's footer (主办单位) or name is not its publisher."""
    own = subject.replace(" ", "") if subject else ""
    # (a department named by its organ alone, 退役军人事务局, is the publisher that ends in that name)
    by_level_word = bool(_SELF_WORD.fullmatch(own))
    bare_organ = kind == "department" and bool(own) and not by_level_word and not region_mentions(own)
    if kind not in ("government", "department") or own and not (by_level_word or bare_organ):
        return
    for publisher, line in publishers:
        name = _publisher_name(publisher)
        if not BODY_NAME.search(name) or body_kind(name, "") != kind:
            continue  # 来源：某县人民政府网: a website, not a body
        if bare_organ and not name.endswith(own):
            continue
        if kind == "government" and not GOVERNMENT.search(name):
            continue
        if kind == "department" and not _same_organ(name, scan):
            continue  # 我局坚持… under 发布机构：某县人民政府办公室: the office publishes for the bureau
        region = region_in(name, scan)
        if region is None or region_mentions(name)[0][0] != 0:
            continue
        if (
            place.expected is not None
            and region.level != place.expected
            or kind == "government"
            and place.expected is None
        ):
            continue
        region = branch_district(name, region) or region if kind == "department" else region
        place.region, place.inferred, place.publisher = region, ("publisher_line", [line]), name
        return


# The organ a department speaks as (我局, 我委, 我厅, 我办) and the endings of its name that are that organ.
_ORGAN_WORDS = {
    "局": (re.compile(r"[我本]局|局党[组委]"), ("局",)),
    "厅": (re.compile(r"[我本]厅|厅党[组委]"), ("厅",)),
    "委": (re.compile(r"[我本]委(?!员)|委党[组委]"), ("委", "委员会")),
    "办": (re.compile(r"[我本]办"), ("办", "办公室")),
}


def _same_organ(name: str, scan: str) -> bool:
    """A department's name ends in the organ the text speaks as (我局 and 某局; 我办 and 某办公室)."""
    spoken = [endings for pattern, endings in _ORGAN_WORDS.values() if pattern.search(scan)]
    return not spoken or any(name.endswith(endings) for endings in spoken)


def _township_place(
    place: _Place, subject: str | None, scan: str, publishers: list[tuple[str, str]], site: list[str]
) -> _Place:
    """The township the subject names; of the townships a name could be, the one the publisher line
    names, else the one whose county owns the site (``site``, the chrome lines); for a township speaking
    only as 我镇, the township of the header's publisher line (发布机构：某县某镇人民政府), else the one
    township of its kind it names in its county."""
    place.township, place.candidates = township_of(subject or "", scan, scan[:OPENING_ISSUER_CHARS])
    place.from_subject = place.township is not None
    if place.township is None and place.candidates:
        place.township, place.inferred = township_published_by(place.candidates, publishers, scan)
        if place.township is None:
            place.township, place.inferred = township_on_site(place.candidates, site, scan)
    elif place.township is None and not names_a_body(subject or "我镇"):
        for publisher, line in publishers:
            name = _publisher_name(publisher)
            township, _ = township_of(name, scan, "") if after_regions(name) else (None, [])
            if township is not None:
                place.township, place.inferred, place.publisher = township, ("publisher_line", [line]), name
                break
        spoken = _TOWNSHIP_PRONOUN.search(subject or "") or _TOWNSHIP_PRONOUN.search(scan)
        if place.township is None and spoken is not None:
            place.township = own_township_named(scan, spoken.group(1))
            if place.township is not None:
                place.inferred = ("own_name", [place.township.name])
    return place


# How a township speaks of itself (我乡, 全镇, 本街道): the kind of township it is.
# (Guangzhou's street offices speak as 我街, named 黄石街 for 黄石街道)
_TOWNSHIP_PRONOUN = re.compile(r"[我全本](乡|镇|街道|街)")


def _publisher_name(publisher: str) -> str:
    """The publisher's name without the label a metadata row run onto one line puts after it."""
    label = _NEXT_LABEL.search(publisher)
    return publisher[: label.start()] if label else publisher


def _county_by_short_name(subject: str, scan: str) -> tuple[regions.Region | None, list[str]]:
    """A district or county the subject names by its short name only (2023年，静安坚持…): the one
    place of that name, or the one inside the regions the text names; else none, with the places."""
    if re.fullmatch(r"[我全本][省市区县州旗盟]", subject.strip()):
        return None, []  # 全州 speaks as a prefecture; it is not Guangxi's 全州县
    found = county_aliases().get(subject.replace(" ", "")) if 2 <= len(subject) <= 4 else None
    if not found or region_names().get(subject):
        return None, []
    if len(found) > 1:
        named = {code for _, _, places in region_mentions(scan) for code in (r.code for r in places)}
        named |= {r.code for alias, places in aliases().items() if alias in scan for r in places}
        inside = [r for r in found if any(c.code in named for c in r.chain[:-1])]
        if len(inside) != 1:
            return None, sorted(r.full_name for r in found)
        found = inside
    # A short name alone is read as the county only when the text speaks as one (全区, 我县), or as a
    # county-level city speaks, as 市 (2023年，邹城坚持…，市委全面依法治市委员会…).
    speaks_as = pronoun_level(scan)
    county_city = found[0].name.endswith("市") and speaks_as == "city"
    return (found[0], []) if speaks_as == "county" or county_city else (None, [found[0].full_name])


def _plausible(issuer: str | None) -> str | None:
    """The issuer when it is the name of a body; not a phrase cut from a title (区五年, 报告精读 |)."""
    if issuer is None:
        return None
    if "—" in issuer and region_mentions(issuer.rsplit("—", 1)[1]):
        issuer = issuer.rsplit("—", 1)[1]  # 某某之家—江西省人民政府: a site's name before the body's
    if not BODY_NAME.search(issuer) or _NOT_IN_NAME.search(issuer):
        return None
    return issuer
