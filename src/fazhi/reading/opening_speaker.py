"""Classify, kind: whose year an untitled page's dated opening speaks of when it is not a government's
rule-of-law year: a sector's (2023年，全市司法行政系统…), another institution's (县人民法院, 村民委员会,
综治中心), or the Party committee's report on the area's rule of law (法治建设, 依法治县). ``report_evidence``
asks it before it takes a dated opening for a report's.

The lengths of text the kind's evidence is read from, and the numbered headings that name an area of
the report's work, live here too: both modules read them.
"""

from __future__ import annotations

import re

from .title import HEADING
from .wordlists import alternation

# Where the opening is read: the first characters of the body below the title.
OPENING_CHARS = 600
# Numbered headings that name an area of the report's work (行政执法, 行政复议, 政务公开…).
# A numbered heading's start (一、 （一） 1.) and up to 40 characters of its words before the one looked for.
NUMBERED_HEADING = HEADING.pattern + r"[^。\n]{0,40}?(?:"
WORK_AREA_HEADING = re.compile(NUMBERED_HEADING + alternation("work_area_words") + ")", re.M)
WORK_AREA_HEADINGS_MIN = 2
# ...and those that name a government's or a bureau's other business (经济发展, 人民调解, 社区矫正…).
GENERAL_WORK_HEADING = re.compile(NUMBERED_HEADING + alternation("general_work_words") + ")", re.M)
# How much of a text its body's shape (and a look-alike's structure) is read from.
BODY_CHARS = 8000


# Where a dated opening's subject starts: after the date (one framing sentence may come first) and
# after a clause on who led or guided the work (在…领导下，).
_DATED_SUBJECT_LEAD = (
    r"^(?:[^。\n]{0,80}。)?(?:(?:19|20)\d{2}\s*年度?(?:以来)?|一年来|今年以来|过去一年"
    # (a framing clause as the date: 2023年是全面贯彻党的二十大精神的开局之年，全市公安机关…)
    r"|(?:19|20)\d{2}\s*年度?是[^。\n，,]{2,40}[年期])[，,]\s*"
    r"(?:在[^。\n]{0,40}?下[，,]\s*)?"
)
# A sector of bodies as the dated opening's subject (2023年，全市司法行政系统…, 2025年，全省各级行政复议
# 机关…, 2023年，龙华区司法行政系统…): a justice bureau's or a reconsideration office's summary of its
# whole line's year, of which the rule-of-law government is a purpose or one item. A department's own
# report says so too, but its headings then name the rule-of-law government's work (一、2022年推进法治
# 政府建设的主要举措和成效) or its areas (行政执法, 行政决策, 政务公开…).
_SECTOR_SUBJECT = re.compile(
    _DATED_SUBJECT_LEAD
    + r"((?:全|[\u4e00-\u9fff]{1,7}?)[省市县区州旗盟](?:各级)?([\u4e00-\u9fff]{2,8}?)(?:系统|机关|机构|战线))"
)
# ...or another institution than the government as the subject (2023年，市人大常委会…, 县政协…, 县人民
# 法院…, 市人民检察院…): its own year's report, in which the rule-of-law government is a purpose.
_OTHER_INSTITUTION_SUBJECT = re.compile(
    _DATED_SUBJECT_LEAD + r"([\u4e00-\u9fff]{0,10}?(?:人大常委会|人民代表大会常务委员会|政协|人民法院|"
    # a congress's committee (县人大法工委), a section of the Party committee's rule-of-law office (市委依法治市办
    # 秘书科: the office itself may speak for a justice bureau's report)
    r"人大(?:常委会)?(?:法工委|法制委|法制工作委员会|监察和司法委员会|监司委)|[省市县区州旗盟]委(?:全面)?依法治[省市县区州旗盟]办(?:公室)?[\u4e00-\u9fff]{1,3}?科|"
    # a bureau's legal section summing up its own year (一年来，法制大队工作在县局党委领导下…, 政策法规科…)
    r"(?:法制|法规|政策法规)(?:大队|支队|中队|科|股|室)|"
    # a company's or a school's own rule of law (依法治企, 依法治校) is no government's either
    r"人民检察院|法院|检察院|公司|集团|学校|大学|学院|中学|小学|医院|"
    # a village's or a neighbourhood's committee, a law firm: self-governing or private, no government
    r"村民委员会|村委会|居民委员会|居委会|村党(?:总)?支部|律师事务所|律师协会|"
    # a township's comprehensive-governance centre sums up its peace-building and mediation year
    r"综治中心|综合治理中心|综治办)(?![的和、与及])"
    # (a village by its name only, speaking on: 2023年，白沙村在镇党委的领导下…; not 乡村振兴局)
    r"|[\u4e00-\u9fff]{1,8}?村(?=[，,]|在|坚持|认真|深入|紧紧|始终|以)"
    # the Party committee's rule-of-law commission itself (今年以来，县委全面依法治县委员会各协调小组和成员
    # 单位…), not led by it (在县委依法治县委员会的指导下): the Party's year of the area's whole rule of law
    r"|(?:[省市县区州旗盟]委)?(?:全面)?依法治[省市县区州旗盟]委员会(?=各|成员|[，,]|坚持|认真|深入|紧紧|始终|以))"
)
# The government itself or all its bodies (全省政府系统, 全县各级行政机关, 全市行政执法机关) is no sector.
_WHOLE_GOVERNMENT = re.compile(r"政府|^(?:各级)?行政(?:执法)?$|^(?:国家|党政|[省市县区]直)")
# (a department names its own as 部门法治建设: （一）部门法治建设推进情况)
_RULE_OF_LAW_GOVERNMENT_HEADING = re.compile(
    HEADING.pattern + r"[^\n。]{0,60}?(?:法治政府|依法行政|部门法治)", re.M
)
# The Party committee's report on the area's rule of law (法治建设, to the Party committee above): its
# opening names 法治建设 (not only a good 法治环境) and never the government's, and its first
# headings name the area's rule of law (完善依法治县工作机制, 深入推进法治某县建设). A heading naming
# 法治建设 itself (坚持党的领导，统筹推进法治建设工作) counts where the opening or the headings name the
# Party's lead (在县委的坚强领导下, 坚持党的领导): a government's report may head a part 统筹推进法治建设
# too, and 加强党对法治建设的领导 opens many a government's first part. A township's 法治建设 report is
# its government's report (the labels' reading), so one that speaks as a township is left alone.
_AREA_RULE_OF_LAW = re.compile(r"法治建设")
_GOVERNMENT_NAMED = re.compile(r"法治政府|依法行政|政府")
# (法治思想建设, 法治文化建设, 法治队伍建设: a body's own work, not a place's rule of law)
_AREA_HEADING = re.compile(
    HEADING.pattern
    + r"[^\n。]{0,40}?(?:依法治[省市县区州旗盟]|法治(?!政府|思想|文化|队伍|宣传|教育|意识|素养|能力|机关"
    r"|工作|保障|服务|监督|环境|氛围|阵地|理念|思维|人才)[\u4e00-\u9fff]{2,4}建设)",
    re.M,
)
_CONSTRUCTION_HEADING = re.compile(HEADING.pattern + r"[^\n。]{0,40}?(?<!对)法治建设", re.M)
_PARTY_LEADS = re.compile(r"[省市县区州旗盟]委(?:的|坚强|正确|统一)[^。\n]{0,6}领导|党的领导")
_TOWNSHIP_SPEAKS = re.compile(
    r"我(?:镇|乡|街道)|本(?:镇|乡|街道)|(?:镇|乡|街道)(?:党委|政府|人民政府|办事处)"
)
_BOOK_NAME = re.compile(r"《[^《》\n]{0,60}》")
# A point of the body on the courts' side of the rule of law (三是始终坚持把公正司法作为最后一道防线, （二）推进
# 公正司法): the area's whole rule of law, legislation to the courts, which only the Party committee's
# report (or an article on it) sums up; no government's report heads a part so (none of the tuning part's).
_JUDICIARY_POINT = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.是]|（[一二三四五六七八九十]{1,3}）)[^。\n]{0,20}?"
    r"(?:公正司法|司法公正|司法公信|(?:审判|检察)(?:工作|职能|机关))",
    re.M,
)
AREA_HEADINGS_READ = 3
# An opening on law popularization alone (普法 named this often, the government's rule of law never) opens a
# 普法 summary or a 谁执法谁普法 duty report.
POPULARIZATION_MIN = 2
_RULE_OF_LAW_GOVERNMENT = re.compile(r"法治政府|依法行政")


def not_the_governments(first: list[str], text: str) -> str | None:
    """Why an untitled page's opening speaks for a sector or for the Party committee, not for a
    government reporting its rule-of-law work; else None."""
    institution = next((found for found in map(_OTHER_INSTITUTION_SUBJECT.match, first) if found), None)
    if institution:
        return f"开头的主语是政府以外的机关或单位（「{institution.group(1)}」）：是它的年度工作报告"
    sector = next((found for found in map(_SECTOR_SUBJECT.match, first) if found), None)
    if sector and not _WHOLE_GOVERNMENT.search(sector.group(2)):
        # A department's report may head its body by the areas of its rule-of-law work alone
        # (一、深化“放管服”改革, 二、严格规范公正文明执法): a sector's summary heads it by its business.
        if not _RULE_OF_LAW_GOVERNMENT_HEADING.search(text, 0, BODY_CHARS) and (
            len(WORK_AREA_HEADING.findall(text, 0, BODY_CHARS)) < WORK_AREA_HEADINGS_MIN
        ):
            return (
                f"开头的主语是一个系统（「{sector.group(1)}」），标题不谈法治政府建设：是该系统的年度工作总结"
            )
    if "法治" not in text[:OPENING_CHARS]:
        return None
    judiciary = _JUDICIARY_POINT.search(text, 0, BODY_CHARS)
    if judiciary:
        return f"正文有一条谈司法（「{judiciary.group(0)}」）：是全地区法治建设的总结，不是政府的报告"
    headings = [line for line in text[:BODY_CHARS].split("\n") if HEADING.match(line)][:AREA_HEADINGS_READ]
    opening = _BOOK_NAME.sub("《》", text[: text.find(headings[0])] if headings else "")[:OPENING_CHARS]
    said = opening or text[:OPENING_CHARS]
    if said.count("普法") >= POPULARIZATION_MIN and not _RULE_OF_LAW_GOVERNMENT.search(said):
        # 严格落实“谁执法谁普法”普法责任制，扎实推进普法各项工作…现将履职情况报告如下: the year's law popularization
        return "开头只谈普法、不谈法治政府或依法行政：是普法工作总结或普法责任制履职报告"
    if (
        _AREA_RULE_OF_LAW.search(opening)
        and not _GOVERNMENT_NAMED.search(opening)
        and not _TOWNSHIP_SPEAKS.search(opening)
        and _area_headings(opening, headings)
        and not any(_GOVERNMENT_NAMED.search(line.split("。")[0]) for line in headings)
    ):
        return "开头只谈法治建设、不谈法治政府，标题是依法治县（市、区）：是党委的法治建设报告"
    return None


def _area_headings(opening: str, headings: list[str]) -> bool:
    """The first headings name the area's rule of law, as the Party committee's report heads them."""
    if any(_AREA_HEADING.match(line) for line in headings):
        return True
    return any(_CONSTRUCTION_HEADING.match(line) for line in headings) and bool(
        _PARTY_LEADS.search("\n".join([opening, *(line.split("。")[0] for line in headings)]))
    )
