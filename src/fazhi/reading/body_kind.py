"""What kind of body reports (a government, a department, a township or another body) and the level
it speaks as (全县, 我市, 省政府…), read from its name and the words the text speaks as itself.

``issuer.identify`` asks this module first, before it looks for where the body is.
"""

from __future__ import annotations

import re

from .department_place import LEVEL_OF_WORD, led_level
from .issuer_name import DEPARTMENT_NAME, OPENING_ISSUER_CHARS, OWN_GOVERNMENT
from .region_text import region_mentions
from .subject import PRONOUNS
from .township import TOWNSHIP

# (a zone's 管理委员会 governs it, 某开发区管理委员会, 某园区管理委员会; a city's 城市管理委员会, 住房和城乡建设管理委员会
# or 国有资产监督管理委员会 is one of its departments)
GOVERNMENT = re.compile(
    r"人民政府|政府|行政公署|行署|省委|市委|区委|县委|州委|党委|管委会|(?<=[区园岛港])管理委员会"
)
# A body that is neither a government nor one of its departments (a court, a procuratorate, a village or
# a residents' committee, a company, a school, a hospital): it is in a place but has no government's level.
_NOT_A_GOVERNMENT = re.compile(
    r"(?:法院|检察院|(?<!人民)银行|信用(?:合作)?联?社|村|村民委员会|村委会|社区|居民委员会|居委会|公司|集团|学校|[大中小]学|学院|医院|"
    # the people's organisations (群团): trade unions, women's federations, the Red Cross…
    r"工会|妇女联合会|妇联|红十字会|团委|科学技术协会|科协|残疾人联合会|残联|工商业联合会|工商联|文学艺术界联合会|文联|律师事务所)$"
)
# The production and construction corps (新疆生产建设兵团) and its divisions (第八师) are no government of the
# autonomous region the name holds; a division that is one with its city (第八师石河子市) is the city's.
CORPS = re.compile(
    r"兵团(?:第[一二三四五六七八九十]{1,3}师)?(?:党委)?$|^(?:兵团)?第[一二三四五六七八九十]{1,3}师$"
)
# A government that acts on its department (县政府指导县司法局…) is the subject, not the department.
_GOVERNMENT_ACTS = re.compile(r"指导|督促|组织(?!部)|带领|要求|协调|支持|推动|牵头|领导")
_AUTONOMOUS_REGION = re.compile(r"自治区(?:人民政府|政府|党委|主席)")
_DISTRICT_BODY = re.compile(r"(?<!自治)区(?:委|政府|人民政府|长)")
# The sentence that says what it reports names a department as the body that reports (现将我局…报告如下).
_REPORTS_AS_DEPARTMENT = re.compile(
    r"现(?:将|就)(?:我|本)(?:局|委|厅|办)[^。\n]{0,40}?(?:报告|汇报)如下"
    # (…，我局认真总结2021年度推进法治政府建设的主要举措和成效…，现将工作情况报告如下: the bureau's own sentence)
    r"|(?:我|本)(?:局|委|厅|办)(?!公)[^。\n]{0,160}?现(?:将|就)[^。\n]{0,30}?(?:报告|汇报)如下"
)


def self_word(level: str | None, scan: str) -> str | None:
    """The first word the text speaks as at ``level`` (全县, 我市, 我局)."""
    pattern = PRONOUNS.get(level or "")
    found = pattern.search(scan) if pattern else None
    return found.group(0) if found else None


# A sub-district's office named by its place alone (某区鹅埠办事处), not a liaison office in another city
# (驻京办事处, 驻深圳办事处) nor a government's general office.
_SUB_DISTRICT_OFFICE = re.compile(
    r"^(?!.*驻)[\u4e00-\u9fff]*[区县市][\u4e00-\u9fff]{2,4}(?<!政府)(?<!人民)办事处$"
)


def body_kind(subject: str | None, scan: str) -> str:
    if subject:
        # A department's own party committee, leaders or offices (市司法局党委, 局党组, 局领导班子, 局机关)
        # do not make it a government.
        plain = re.sub(r"(?<=[局厅委办部])(?:党组|党委|领导班子|机关)$", "", subject.replace(" ", ""))
        if (
            TOWNSHIP.fullmatch(plain)
            or re.search(r"(?:镇|乡|街道)(?:人民政府|政府|党委|办事处)?$", plain)
            or _SUB_DISTRICT_OFFICE.search(plain)  # 深汕特别合作区鹅埠办事处, named without 街道
        ):
            return "township"
        if _NOT_A_GOVERNMENT.search(plain) or CORPS.search(plain):
            return "other"  # 某县人民法院: not the government of the county it names
        department = DEPARTMENT_NAME.search(plain)
        if department and not GOVERNMENT.search(plain):
            return "department"
        governments = list(GOVERNMENT.finditer(plain))
        if len(governments) > 1 and governments[-1].group(0) in ("管理委员会", "管委会"):
            governments.pop()  # 某市人民政府国有资产监督管理委员会: a commission of the government
        government_end = max((m.end() for m in governments), default=0)
        if (
            department
            and government_end <= department.start()
            and not _GOVERNMENT_ACTS.search(plain[government_end : department.end()])
        ):
            return "department"  # 县人民政府办公室, 县委全面依法治县委员会办公室: an office of the government
        if GOVERNMENT.search(plain) or region_mentions(plain):
            # 某县2023年法治政府建设年度报告 over a body that speaks only as 我局, 局党组: a place named
            # without its government is where the bureau is, and the bureau reports.
            bare_place = not GOVERNMENT.search(plain)
            return "department" if bare_place and _speaks_only_as_department(scan) else "government"
        if re.fullmatch(r"[我全本][镇乡]", plain):
            return "township"
    if "现" in scan and _REPORTS_AS_DEPARTMENT.search(scan, 0, OPENING_ISSUER_CHARS * 2):
        # 2020年，我县司法行政工作坚持… 现将我局2020年度…汇报如下: the bureau reports, whatever it
        # says of its county's work
        return "department"
    counts = {level: len(pattern.findall(scan)) for level, pattern in PRONOUNS.items()}
    others = counts["province"] + counts["city"] + counts["county"]
    if (counts["department"] >= 2 and counts["department"] >= counts["city"] / 4) or (
        counts["department"] and not others
    ):
        return "department"
    if counts["township"] >= 2 and counts["township"] >= max(counts["city"], counts["county"]):
        return "township"
    if counts["township"] and not others:
        return "township"  # 现将本镇…报告如下 once, and never 全县 or 全市: a township speaks
    return "government"


def _speaks_only_as_department(scan: str) -> bool:
    """The text speaks as a department (我局, 局党组) at least twice and never as a government or a
    township (我县, 全市, 本镇)."""
    if len(PRONOUNS["department"].findall(scan)) < 2:
        return False
    return not any(PRONOUNS[level].search(scan) for level in ("province", "city", "county", "township"))


def expected_level(subject: str | None, scan: str, kind: str) -> str | None:
    if subject:
        head = subject.replace(" ", "")[:1]
        if kind == "department":
            named = {"省": "province", "市": "city", "区": "county", "县": "county", "州": "city"}.get(head)
            if named is None and re.search(r"厅(?:党组|党委)?$", subject):
                named = "province"  # 交通运输厅: only a province's departments are 厅
            # 我局, 司法局: the region's level is in who leads it (在市委、市政府领导下) or in how the
            # text speaks of it (全市, 我县)
            return named or led_level(scan) or pronoun_level(scan)
        # 省政府坚持…, 省司法厅…: a body named by its level's word alone is of that level.
        named = re.match(
            r"([省市州盟区县旗])(?:人民)?(?:政府|委|[\u4e00-\u9fff]{1,8}(?:厅|局|委员会|办公室))", subject
        )
        if kind == "government" and re.match(r"(?:地区)?(?:行署|行政公署)", subject):
            return "city"  # 行署坚持…: a prefecture-level 地区's government
        if kind == "government" and re.match(r"自治区(?:人民)?政府", subject):
            return "province"  # 自治区人民政府坚持…, though it speaks of itself as 全区
        if named and kind == "government":
            return LEVEL_OF_WORD[named.group(1)]
        pronoun = re.match(r"[我全]([省市州盟区县旗])", subject)
        if pronoun:
            if pronoun.group(1) == "区" and _autonomous_region(scan):
                return "province"
            return LEVEL_OF_WORD[pronoun.group(1)]
    if kind == "department":
        return led_level(scan) or pronoun_level(scan)
    if kind == "government":
        return pronoun_level(scan)
    return None


def own_level(scan: str) -> str | None:
    """现将省政府2022年度…报告如下: the level of the government the opening says reports."""
    own = OWN_GOVERNMENT.search(scan[:OPENING_ISSUER_CHARS]) if "现将" in scan else None
    if own is None:
        return None
    return LEVEL_OF_WORD[own.group(1)]


def pronoun_level(scan: str) -> str | None:
    counts = {level: len(PRONOUNS[level].findall(scan)) for level in ("province", "city", "county")}
    if _autonomous_region(scan):
        counts["province"] += counts["county"]
        counts["county"] = 0
    best = max(counts, key=lambda level: counts[level])
    if sum(1 for n in counts.values() if n == counts[best]) > 1:
        return None  # 参加全省培训…全区法治建设: as often one level as another, the text does not say which
    return best if counts[best] else None


def _autonomous_region(scan: str) -> bool:
    """An autonomous region (自治区人民政府…) speaks of itself as 全区, 我区: the province level."""
    if "自治区" not in scan:
        return False
    named = len(_AUTONOMOUS_REGION.findall(scan))
    return named >= 2 and named > len(_DISTRICT_BODY.findall(scan))
