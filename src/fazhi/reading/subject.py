"""Classify, issuer: the body a text names as the one reporting — the subject of its title, a
letterhead above the title, the subject of its opening sentence (a department of a named place
whatever its verb), a township as a clause's subject in its opening paragraphs, or the body that
signs it at its end (``issuer`` then places it and names its level).
"""

from __future__ import annotations

import re

from .region_text import region_mentions

_SUBJECT_VERB = re.compile(
    r"(?:坚持|认真|深入|全面|始终|紧紧|严格|切实|不断|持续|以|紧扣|围绕|高度|扎实|积极|按照|聚焦|忠诚|牢固|进一步|在|立足|贯彻|着力|大力|紧密|"
    r"主动|加快|准确|锚定|秉持|奋力|笃行|统筹|全力|把|坚定|依法)"
)
# The other name a body goes by, in brackets after its name (县发改局（县粮食局）, 某局（以下简称“本局”）).
# (a zone's name may join two names by a hyphen: 广西-东盟经济技术开发区（以下简称“广西-东盟经开区”）)
_OTHER_NAME = r"(?:[（(][\u4e00-\u9fff、“”\-－]{2,15}[）)])?"
_DATE = r"(?:(?:19|20)\d{2}\s*年度?(?:以来|至今)?[，,]?|(?:一年来|今年以来|过去一年)[，,])"
# 2024年是全面贯彻…之年: a year said to be something names no body; the body follows in a later clause.
_OPENING = re.compile(
    # (a sentence on what the year is may come first: 今年是中国共产党成立100周年，…。2021年，闵行区…; 2019年是…
    # 开局之年。嘉定区在市委、市政府的坚强领导下，坚持…)
    r"^(?:(?:今年|(?:19|20)\d{2}\s*年)是[^。\n]{0,90}。"
    + _DATE
    + "?|"
    + _DATE
    + r")(?:在[^，。]{2,60}?(?:领导|指导|支持|监督)下[，,]?){0,3}(?!是|也是|既是)([\u4e00-\u9fff、 ]{2,24}?(?:[-－][\u4e00-\u9fff、 ]{2,12}?)?)"
    + _OTHER_NAME
    # (the body may be named before its leaders: 2021年，闵行区在市委、市政府和区委、区政府的领导下，紧紧围绕…)
    + r"(?=(?:在[^，。]{2,60}?(?:领导|指导|支持|监督)下[，,])?"
    + _SUBJECT_VERB.pattern
    + ")"
)
# An opening without a date whose subject is a body named by its level's word (省交通运输厅认真落实…,
# 县人民政府始终坚持…): a place's proper name before it is the part of the name a site may leave out.
# (a clause on what it follows may lead: 根据《…规定》要求，区财政局认真梳理总结…; a public service centre
# reports as a department does, under its short name: 区投资促进服务中心（以下简称“中心”）紧紧围绕…)
_UNDATED_OPENING = re.compile(
    r"^(?:(?:根据|按照|依据)[^。\n]{2,80}?(?:要求|部署|规定|精神|安排)[，,])?"
    r"((?:[\u4e00-\u9fff]{2,8}?[省市州盟县区旗]|[省市州盟县区旗])[\u4e00-\u9fff]{0,10}?"
    r"(?:厅|局|委员会|办公室|人民政府|政府|中心))" + _OTHER_NAME + "(?=" + _SUBJECT_VERB.pattern + ")"
)
# A department named as the opening's subject before any verb (2024年，某区市场监督管理局根据…): a
# bureau's, a commission's or an office's name ends the subject even when its verb is not one above;
# a branch named after it is part of the name (某市生态环境局某某分局).
_DEPARTMENT_OPENING = re.compile(
    r"^(?:19|20)\d{2}\s*年度?(?:以来|至今)?[，,]"
    r"((?![我全本各该])[\u4e00-\u9fff]{2,20}?(?:局|厅|委员会|办公室|(?<!办事)处)(?:[\u4e00-\u9fff]{2,5}?(?:分局|管理局|监管局))?)"
    + _OTHER_NAME
    + r"(?=[\u4e00-\u9fff])(?!党组|党委|机关|办公室|办|局)"
)
# A bureau's opening naming it by its level's word (县市场监督管理局坚持…, after the year or a sentence
# framing it, 在…领导下 or not): under a title that names only its place, that place's bureau (not a
# Party committee's, 县委全面依法治县委员会办公室).
_LEVEL_NAMED_ORGAN = re.compile(
    r"^(?:[^。\n]{0,80}。)?(?:(?:19|20)\d{2}\s*年度?[，,])?\s*(?:在[^。\n]{0,40}?下[，,])?\s*"
    r"([省市区县旗])((?![我全本各该委])[\u4e00-\u9fff]{2,15}?(?:局|委员会|办公室))"
    r"(?:[（(][^）)\n]{1,12}[）)])?(?=[\u4e00-\u9fff])(?!党组|党委|机关)"
)


def place_bureau(place: str, paragraphs: list[str]) -> str | None:
    """The bureau of ``place`` (德清县) the first paragraph names by its level's word alone
    (县市场监督管理局…): 德清县市场监督管理局; None when it names none, or one of another level."""
    found = _LEVEL_NAMED_ORGAN.match(paragraphs[0]) if paragraphs else None
    if found is None or not place.endswith(found.group(1)) or place[:1] in "我全本":
        return None  # (我县…报告 names no place to put before the bureau's name)
    return place + found.group(2)


# The name of a reporting body ends in an organ word; a clause (在…, 《…, |) is not a name.
BODY_NAME = re.compile(
    r"(?:政府|局|厅|部|委员会|委|办公室|办|办事处|中心|署|院|所|队|处|室|会|党组|党委|党工委|镇|乡|街道|苏木|政府|海关|监狱|馆|合作社|联合社|站)$"
)
_SUBJECT_TOPIC = re.compile(r"(?:的)?(?:法治政府建设|法治建设|依法行政)(?:工作)?$")
_RANKING = r"(?!第|首|率先|排名|排位|前列|唯一|领先|最)"
# 被评为全省法治宣传先进单位, 获评全市示范: an honour of the level above, not the level the report speaks as.
# Read after the pronoun's first character (我, 全), so that the regex engine skips along a text to
# those characters by itself: lookbehinds opening a pattern are tried at every position (11 times
# slower over a whole text).
# An honour's or a campaign's name in quotes (命名为“全区法治政府建设示范地区”) and the level named after
# the nation's (创建全国、全区法治政府建设示范市) are the levels above too.
_HONOUR = (
    r"(?<!评为.)(?<!获评.)(?<!荣获.)(?<!授予.)(?<!命名为.)(?<!确定为.)(?<!入选.)(?<!列入.)(?<!获得.)"
    r"(?<![“\"「].)(?<!全国、.)"
)
PRONOUNS = {
    # 全省第二, 全市率先, 全国首个: a ranking against the level above, not the level the report speaks as
    "province": re.compile(r"[我全]" + _HONOUR + r"省" + _RANKING),
    "city": re.compile(r"[我全]" + _HONOUR + r"(?:市|州|盟|地区)" + _RANKING),
    "county": re.compile(r"[我全]" + _HONOUR + r"[区县旗]" + _RANKING),
    # 全街, 我街: how a street office speaks of itself for short (not 全街区, 街巷, 街面, 街景)
    "township": re.compile(r"[我全本][镇乡]|[我全本]街(?:道|(?![区头巷面坊市景]))|街道党工委"),
    "department": re.compile(
        r"我局|本局|局党组|局党委|我委|我厅|厅党组|厅党委|委党组(?<!党委党组)|局机关|厅机关|我办|本部门|本单位"
        r"|局长办公会|厅长办公会|局务会|局属|全系统|系统干部|局班子|全局干部|与业务工作|法治政府部门建设"
    ),
}
# The opening is looked for in this many lines after the title, among lines this long.
OPENING_LINES = 14
PARAGRAPH_CHARS = 24
# Organ words a body's name ends in that no common word of two characters continues (组成部门).
_ORGAN_END = re.compile(r"(?:局|厅|政府|办事处|委员会|办公室)$")
_COLUMN_PATH = re.compile(r"[>»›|｜/\\]")
ORG_LINE = re.compile(r"^[\u4e00-\u9fff]{2,24}(?:人民政府|司法局|局|委员会|办公室|办事处|厅)$")


# A zone and the district it shares one government with (高新区（新市区）人民政府, 经开区（某区）): the
# district in brackets is the place, the zone is no level of government.
_ZONE_AND_DISTRICT = re.compile(
    r"^[\u4e00-\u9fff]{0,10}?(?:高新区|开发区|经开区|新区|园区)[（(]([\u4e00-\u9fff]{2,8}?[区县市旗])[）)]"
)


def subject_of(
    title: str | None, lines: list[str], title_line: int | None
) -> tuple[str | None, str | None, str | None]:
    """(the body, what named it: ``title``, ``letterhead`` or ``opening``, the line it was read from)."""
    if title:
        # A notice that issues the report (关于印发《2022年度某镇…报告》的通知) names the body in the report's name.
        head = _ZONE_AND_DISTRICT.sub(
            r"\1", re.sub(r"^关于(?:(?:印发|转发|公布)[《〈])?", "", title.strip()), count=1
        )
        # A year ends the body's name with or without 年 (沅江路街道2024法治政府建设年度报告); a
        # release's headline names it before its verb (应急管理部发布2023年…报告).
        cut = re.search(
            r"关于|(?:发布|公布)了?(?=(?:19|20)\d{2})|(?:19|20)\d{2}\s*(?:[年—\-–]|(?=[\u4e00-\u9fff]))|"
            r"(?<!依)法治|依法行政|推进|[（(]",
            head,
        )
        subject = head[: cut.start()] if cut else ""
        if not subject.strip() and cut and re.match(r"(?:19|20)\d{2}", head[cut.start() :]):
            after = re.sub(
                r"^(?:19|20)\d{2}\s*(?:[—\-–]\s*(?:19|20)\d{2})?\s*(?:年度?)?", "", head[cut.start() :]
            )
            stop = re.search(r"法治|依法行政|关于|推进", after)
            subject = after[: stop.start()] if stop else ""
        subject = _last_body(subject.strip(' 　的《》“”"'))
        # A site's column path taken for a title (>> 政务公开 >> …) names no body.
        if len(subject) >= 2 and not _COLUMN_PATH.search(subject):
            return subject, "title", title
    letterhead = _letterhead(title, lines, title_line)
    if letterhead is not None:
        return letterhead, "letterhead", letterhead
    paragraphs = opening_paragraphs(lines, title_line)
    department = _department_opening(paragraphs[:1])
    if department is not None:
        return department
    for line in paragraphs:
        match = _OPENING.match(line) or _UNDATED_OPENING.match(line)
        if match:
            # 高观镇法治政府建设工作在…领导下: the body is 高观镇, not its work
            subject = _SUBJECT_TOPIC.sub("", match.group(1).strip("、 ")) or match.group(1).strip("、 ")
            # 白塔镇党委、政府高度重视…: the township's organs together are the township
            subject = re.sub(r"(?<=[镇乡道])(?:党委|党工委)、?(?:人民政府|政府|办事处)$", "", subject)
            return _cut_at_body_name(subject), "opening", line.strip()[:120]
    return None, None, None


# A document's closing record below its signature (抄送：…, 某办公室 2024年1月10日印发) and the notes under it.
_CLOSING_RECORD = re.compile(r"^(?:抄送|抄报|主送)[：:]|印发\s*$|^[（(]此件")


# A township's government or street office signing under its own name alone (温溪镇人民政府): the township
# table tells which county it is in, or that several share the name.
_TOWNSHIP_SIGNER = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:镇|乡|街道)(?:人民政府|办事处)$")


def closing_lines(lines: list[str]) -> list[str]:
    """The last three lines of a text above its closing record (抄送, 印发), where a signature stands."""
    end = len(lines)
    while end > 0 and end > len(lines) - 4 and _CLOSING_RECORD.search(lines[end - 1].strip()):
        end -= 1
    return lines[max(end - 3, 0) : end]


def signature_of(lines: list[str], title_line: int | None) -> str | None:
    """The body that signs the text on a line of its own at its end (淳安县汾口镇人民政府 above the
    date), when that name places it: a report whose opening speaks as 全镇 or 我局 says who it is there."""
    body = lines[(title_line if title_line is not None else -1) + 1 :]
    if len(body) < 4:
        return None
    for line in reversed(closing_lines(body)):
        name = line.strip()
        joint = name.split()
        if len(joint) == 2 and joint[0].startswith("中共"):
            name = joint[1]  # 中共某县委员会  某县人民政府: of the two signers, the government reports
        if (
            len(name) <= 24
            and ORG_LINE.match(name)
            and (region_mentions(name) or _TOWNSHIP_SIGNER.match(name))
        ):
            return name
    return None


def _department_opening(paragraphs: list[str]) -> tuple[str, str, str] | None:
    """(a department of a named place, ``opening``, its line) when the first paragraph opens with it as
    the subject (2024年，某区市场监督管理局根据…): its verb may be any, and a government or a verb
    before it (县政府指导县司法局) makes it an object, not the subject."""
    for line in paragraphs:
        found = _DEPARTMENT_OPENING.match(line)
        name = found.group(1) if found else ""
        if (
            found
            and not _NOT_A_DEPARTMENT.search(name)
            and not _SUBJECT_VERB.search(name)
            and region_mentions(name)
        ):
            return name, "opening", line.strip()[:120]
    return None


_NOT_A_DEPARTMENT = re.compile(r"政府|党委|党工委|[省市区县州旗]委(?!员)|行署|领导|指导|的")


def _letterhead(title: str | None, lines: list[str], title_line: int | None) -> str | None:
    """A body's name on a line of its own right above the title printed again below a site's
    metadata rows (眉山市某区某镇人民政府 / 2021年法治政府建设工作情况报告): the document's head."""
    body = lines[(title_line if title_line is not None else -1) + 1 :][:OPENING_LINES]
    for line, below in zip(body, body[1:], strict=False):
        if len(line) >= PARAGRAPH_CHARS and ("，" in line or "。" in line):
            break  # the first paragraph: a name below it is a signature
        if below.strip() == (title or "").strip() and ORG_LINE.match(line) and region_mentions(line):
            return line
    return None


# A site's name run into the title (湖北省人民政府门户网站关于2023年…): it names the host, not the body.
_SITE_NAME = re.compile(r"^.{2,30}?(?:门户网站|政务网站|政府网站|门户网|政务网|网站)")
_ORGAN = re.compile(r"人民政府|政府|局|厅|委员会|办公室")


def _last_body(subject: str) -> str:
    """The reporting body of a title's subject that a site's name or another body's name ran into:
    赣州市司法局省司法厅 (a city bureau's site hosting the province's) is 省司法厅, 宁德市人民政府屏南县
    is 屏南县. A body after a government's name that is not a place (县人民政府办公室), or after a
    body that names no place (国家税务总局杭州市税务局), stays whole."""
    site = _SITE_NAME.match(subject)
    if site:
        subject = subject[site.end() :]
    for organ in _ORGAN.finditer(subject):
        rest = subject[organ.end() :]
        # 国家税务总局杭州市税务局: a national administration's local bureau is one body
        if len(rest) < 2 or rest.startswith(("市场", "区域")) or not region_mentions(subject[: organ.end()]):
            continue
        mentions = region_mentions(rest)
        if rest[0] in "省市县区州" and BODY_NAME.search(rest) or mentions and mentions[0][0] == 0:
            return rest
    return subject


def opening_paragraphs(lines: list[str], title_line: int | None) -> list[str]:
    """The first paragraphs after the title; short lines between (a document number, a metadata
    row, a salutation 中共某县委员会：) are passed over, not counted."""
    body = lines[(title_line if title_line is not None else -1) + 1 :]
    paragraphs = [line for line in body[:OPENING_LINES] if len(line) >= PARAGRAPH_CHARS]
    return paragraphs[:4]


# A township's organs after its name: 白塔镇党委、政府, 某街道党工委办事处.
_TOWNSHIP_ORGANS = r"(?:(?:党委|党工委)、?)?(?:人民政府|政府|办事处|党委|党工委)"
# A township or street office as a clause's subject: after a clause break, before a verb.
_TOWNSHIP_SUBJECT = re.compile(
    r"(?:^|[，,。；：:])(?:(?:19|20)\d{2}\s*年(?:以来|度)?[，,]?)?"
    r"((?![我全本各该每])[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道|街(?=党工委|办事处)))" + _TOWNSHIP_ORGANS + r"?"
    r"(?=" + _SUBJECT_VERB.pattern + "|高举)"
    # 现将白塔镇2023年…报告如下, 现将某街道办事处2023年度…: the township says it reports
    r"|现将((?![我全本各该每])[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道))" + _TOWNSHIP_ORGANS + r"?"
    r"(?=(?:19|20)\d{2}|全年|本年|今年|法治|依法|有关)"
)


_MENU_LINE = re.compile(r"[\u4e00-\u9fff]{2,8}(?:[ \u3000|｜]+[\u4e00-\u9fff]{2,8}){2,}")


def township_subject(paragraphs: list[str], scan: str) -> tuple[str, str] | None:
    """The first township the opening paragraphs have as a clause's subject, with its line. Past
    the first paragraph only in a text that speaks as a township (我镇) at least as often as a
    county or city: a county's report tells what its townships did."""
    counts = {level: len(PRONOUNS[level].findall(scan)) for level in ("township", "county", "city")}
    speaks_as_township = counts["township"] and counts["township"] >= max(counts["county"], counts["city"])
    # (A site's menu left above the opening, 首页 新闻中心 政府信息公开…, is no paragraph.)
    prose = [line for line in paragraphs if not _MENU_LINE.fullmatch(line.strip())]
    for index, line in enumerate(prose):
        if index and not speaks_as_township:
            break
        match = _TOWNSHIP_SUBJECT.search(line)
        name = match and (match.group(1) or match.group(2))
        if name and not name.endswith("乡镇"):
            return name, line.strip()[:120]
    return None


def _cut_at_body_name(subject: str) -> str:
    """广安市司法局坚定: a verb the table lacks ran into the subject; the body ends at its organ word."""
    if BODY_NAME.search(subject):
        return subject
    for end in range(len(subject) - 1, max(1, len(subject) - 3), -1):
        if _ORGAN_END.search(subject[:end]):
            return subject[:end]
    return subject
