"""A figure of the objects an act reaches, said before the act: 全年共对670家企业开展双随机抽查.

Placing reads an alias on the right of a figure as the noun the figure counts, and a generic word of
inspection (抽查, 检查) three to ten characters right of a count of firms is too weak for it. With 对 before
the figure and a random inspection carried out on what it counts, the figure counts the inspection's objects.

The places any inspection reached, counted right after 检查 and them (检查单位3388家, 共检查学校、幼儿园277家次):
each place inspected is an inspection. 检查 alone is too common a word to be an alias; right before its
objects and their count it is the act counted.

Appointees counted before the oath they take (4名新任命国家工作人员面对国徽，进行宪法宣誓): news of the ceremony
puts its posture between the people and the oath, in a clause of its own; the people are the oath's takers.
"""

from __future__ import annotations

import re

from .quantity import Quantity

RANDOM_INSPECTION_OBJECTS = "enforcement.random_inspection_objects"
_OBJECT_UNITS = frozenset({"家", "户", "户次", "家次", "所"})
# 对 right before the figure, after a period or summing word at most (全年共对670家).
_TO = re.compile(r"对(?:全市|全县|全区|辖区|[市县区]?本级)?(?:随机抽取的|抽取的)?(?:共计|累计|共)?$")
# What the figure counts, then the act: carried out on it, a random one (双随机, 随机).
_RANDOM_ACT = re.compile(
    r"[\u4e00-\u9fff、]{0,10}?(?:开展|进行|实施|组织)了?[^，。；\d]{0,8}?随机[^，。；\d]{0,10}?(?:抽查|检查|监督|监管)"
)


# ...or counted after 抽查 (抽取, 抽检) and what it reached (抽查纳税人215户, 其中双随机抽查216家, 完成…随机监督抽查
# 任务247户, 随机抽取用人单位265户, 抽查道路运输企业、维修企业和驾校38户), in a stretch that names the random inspection.
# (not firms the inspection found at fault: 对抽查中发现的6家企业…免予处罚)
_SAMPLED = re.compile(
    r"(?:其中)?(?:双随机|随机)?(?:监督)?(?:抽查|抽取|抽检)(?:了)?(?:(?:(?!发现)[^，。；\d]){1,24}|任务)$"
)
_SAMPLED_UNITS = frozenset({"家", "户", "家次", "户次"})
# Objects counted in 个, the counter of anything, are sampled objects only when the stretch ends in a place or a
# body (随机抽查取水户、涉河建设项目96个); 个 also counts a list's items (抽查事项…96个), which are not objects reached.
_GENERIC_COUNTER = "个"
_RANDOM_BACK = 80  # how far before the figure the random inspection (随机) may be named


def sampled_objects(text: str, clause_start: int, quantity: Quantity) -> tuple[str, int] | None:
    """(code, anchor) for a count of firms named right after 抽查 where a random inspection is named, or None."""
    if quantity.unit not in _SAMPLED_UNITS and quantity.unit != _GENERIC_COUNTER:
        return None
    sampled = _SAMPLED.search(text, clause_start, quantity.start)
    if sampled is None or text.find("随机", max(0, quantity.start - _RANDOM_BACK), quantity.start) == -1:
        return None
    if quantity.unit == _GENERIC_COUNTER and not _INSPECTED_PLACE.search(sampled.group(0)):
        return None
    return (RANDOM_INSPECTION_OBJECTS, sampled.start())


# ...or an exemption from a penalty, the clause's act (对22件首次违法、危害后果轻微…的违法行为依法不予处罚; 全年对1287户
# 首次发生轻微违法行为的纳税人不予行政处罚): the cases exempted.
MINOR_EXEMPTIONS = "enforcement.minor_exemptions"
_EXEMPTED = re.compile(r"[^，。；\d]{0,40}?(?:依法)?(?:不予|免予|免于)(?:行政)?处罚")
_EXEMPTED_UNITS = frozenset({"件", "户", "家", "起", "宗", "个", "次"})


def object_of_the_act_after(text: str, clause_start: int, quantity: Quantity) -> tuple[str, int] | None:
    """(code, anchor) for a count after 对 of firms a random inspection the clause names after it reached, or
    of cases it exempted from a penalty, or None."""
    start = max(clause_start, quantity.start - 12)
    if quantity.unit in _OBJECT_UNITS and _TO.search(text, start, quantity.start):
        act = _RANDOM_ACT.match(text, quantity.end)
        if act:
            return RANDOM_INSPECTION_OBJECTS, act.end()
    # (对 may stand further before the exempted: 对抽查中发现的6家企业轻微违法行为依法免予处罚)
    if quantity.unit not in _EXEMPTED_UNITS or "对" not in text[start : quantity.start]:
        return None
    exempted = _EXEMPTED.match(text, quantity.end)
    return (MINOR_EXEMPTIONS, exempted.end()) if exempted else None


INSPECTIONS = "enforcement.inspections"
_PLACE_UNITS = frozenset({"家", "家次", "户", "户次", "个", "个次", "处", "所", "次"})
# 检查, then what it reached (a noun phrase, a list of them), then the figure: nothing else between. Not a
# check of papers or of a body's own (检查案卷, 自查), nor a finding (检查发现).
_INSPECTED_BEFORE = re.compile(
    r"(?<![自抽互])检查了?(?:各类|各种|重点|辖区)?(?P<object>(?:(?!发现|整改|问题|隐患|案卷|文书)[^，。；：、\d\s]){1,12}"
    r"(?:、[^，。；：、\d\s]{1,10}){0,4})(?:共计|累计|合计|共)?\s*$"
)
# What the objects must end in: a place or a body that can be inspected.
_INSPECTED_PLACE = re.compile(
    r"(?:单位|企业|场所|门店|门市|店铺|商户|经营户|个体户|学校|幼儿园|医院|医疗机构|市场|网吧|工地|项目|景区|"
    r"酒店|宾馆|餐馆|饭店|站点|点位|现场|仓库|校园|车辆|船舶|厂|矿|店|户|家)$"
)
_CLAUSE_OPENS = ("，", ",", "；", "并")
# Words of a plan right before 检查 (计划检查…96家); 要求 is what the inspection followed, not a plan.
_PLANNED = re.compile(r"计划|拟|将|预计|要(?!求)")


def inspected_places(text: str, starts: tuple[int, int], quantity: Quantity) -> tuple[str, int] | None:
    """(code, anchor) for a count of places an inspection reached, said right after 检查 and them, or None;
    ``starts`` are the figure's sentence's start and its clause's."""
    sentence_start, clause_start = starts
    if quantity.unit not in _PLACE_UNITS:
        return None
    inspected = _INSPECTED_BEFORE.search(text, max(clause_start, quantity.start - 40), quantity.start)
    if not inspected or not _INSPECTED_PLACE.search(inspected.group("object")):
        return None
    if _PLANNED.search(text, max(clause_start, inspected.start() - 4), inspected.start()):
        return None  # 计划检查使用单位96家: a plan's target, not inspections made
    before = text[sentence_start : inspected.start()]
    if "其中" in before:
        return None  # 双随机抽查企业1563家。其中，…联合检查医疗机构20家: a part of the total before
    if "随机" in before and "结合" not in before and before.endswith(_CLAUSE_OPENS):
        # 开展双随机抽查9批次，检查取水户和生产建设项目67个: the places the random inspection reached, 检查 going on
        # with it. Not an inspection of its own kind after it (联合检查医疗机构20家), nor one where the random way is
        # one of several (按照双随机和重点检查相结合的方式，检查在建工程项目1130个次).
        return RANDOM_INSPECTION_OBJECTS, inspected.start()
    return INSPECTIONS, inspected.start()


OATH_TAKERS = "leadership.oath_takers"
_PEOPLE_UNITS = frozenset({"名", "人", "位", "人次"})
# Appointees: named so in the figure's clause, before it (区政府任命的…等32位) or after it (4名新任命…).
_APPOINTED = re.compile(r"任命|任职|提任|获任|新任|当选|入(?:[（(]任[）)])?职|就职")
# The oath, later in the figure's sentence, with no other figure or exam before it.
_OATH_AFTER = re.compile(r"[^。；！？\n\d]{0,40}?宣誓")
_EXAM = re.compile(r"考试|考法|测试")


def oath_takers(text: str, clause: tuple[int, int], quantity: Quantity) -> tuple[str, int] | None:
    """(code, anchor) for a count of appointees whose oath the sentence names after their clause, or None."""
    clause_start, clause_end = clause
    if quantity.unit not in _PEOPLE_UNITS or not _APPOINTED.search(text, clause_start, clause_end):
        return None
    oath = _OATH_AFTER.match(text, quantity.end)
    if not oath or _EXAM.search(text, quantity.end, oath.end()):
        return None
    return OATH_TAKERS, oath.end() - 2
