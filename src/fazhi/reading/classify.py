"""Stage 4a, classify: what the document is, its title, the year it reports on, when it was published.

Kinds: ``annual_report`` (one year's work), ``multi_year_report`` (a span such
as 2016—2020 or "五年来"), ``not_report`` (notices, plans, work points,
opinions, policy interpretations, assessment bulletins, news, articles and
model-essay templates with ``*`` placeholders).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import kind_model
from .dates import DATE_RE, iso
from .model import FieldEvidence
from .published import publication_lines
from .repair import Chrome
from .report_evidence import is_report_title, look_alike, positive_evidence
from .wordlists import alternation

# The title is looked for in the first lines only: below them is the body.
TITLE_SCAN_LINES = 10

# A title is a short line; longer lines are paragraphs that mention a report.
TITLE_MAX_CHARS = 80
# A shorter line is a menu word (通知公告, 政策解读), not a title.
TITLE_MIN_CHARS = 8

# Years outside this window are not report years (a code, a count, a typo).
FIRST_YEAR, LAST_YEAR = 2000, 2100

# Where the year and the kind are looked for when the title does not say.
OPENING_CHARS = 1500

# An untitled document names its own kind (制定本方案) in its first sentences.
SELF_NAMED_CHARS = 300

# Placeholders (``*区``, ``**县``, ``*次``) at or above this count make a template.
TEMPLATE_MIN_PLACEHOLDERS = 2

_TITLE_END = re.compile("(?:" + alternation("title_end_words") + r")(?:[（(][^（）()]{0,20}[）)])?$")
_REPORT_TITLE = re.compile(r"(?:报告|总结|情况)(?:[（(][^（）()]{0,20}[）)])?$")
_NOT_REPORT_TITLE = re.compile(alternation("not_report_title_words"))
# A title that is itself a report: it ends in 报告 or 总结 (a parenthesis may follow). Words of
# other document types before it (规划, 计划, 要点) are then what is reported on, not the kind;
# only these kinds of report are not the annual report.
_REPORT_HEAD = re.compile(r"(?:报告|总结)(?:[（(][^（）()]{0,20}[）)])?$")
# A summary of the year followed by the next year's plan in one title is a report.
_SUMMARY_AND_PLAN = re.compile(
    r"(?:总结|报告|情况)(?:和|及|暨|与)(?:19|20)\d{2}\s*年度?(?:的)?(?:工作)?(?:计划|打算|安排|思路|要点)$"
)
# Reports of other kinds (a disclosure report, a budget-performance self-assessment, an audit, the
# government work report to the people's congress, a leader's personal 述法 report) and
# news of a meeting that examined the report (…常务会议审议…报告) are not the annual report either.
# The head of a first line that reports on a subject (…工作报告, …工作总结, …工作相关情况): without a
# rule-of-law word it is another subject's report or statistics.
_OTHER_SUBJECT_HEAD = re.compile(r"(?:报告|总结|情况|汇报)(?:[（(][^（）()]{0,20}[）)])?$")
_NOT_REPORT_OF_REPORT = re.compile(alternation("not_report_of_report_words"))
# A short line at the very top that names the document (its title, whether or not it names a
# rule-of-law topic): when it names another kind of document, the page is not a report.
HEAD_TITLE_LINES = 3
_TRAILING_NOTE = re.compile(r"[（(][^（）()]{0,20}[）)]$")
# Bodies whose names hold a document-type word: 自然资源和规划局, 规划和自然资源局, 规划分局,
# 城乡规划委员会, 规划设计研究院, 卫生和计划生育委员会, 新闻出版局, 审计局, 统计局. Masked before the title's
# kind words are looked at, so a planning bureau's report is not taken for a plan.
_BODY_WITH_KIND_WORD = re.compile(
    r"(?:规划|计划|新闻|审计|统计|预算|绩效)[^\s\d，。、：:；;（）()《》〈〉“”\"'的之年]{0,8}?"
    r"(?:分局|(?<![布格全大结当])局|委员会|委|研究院|设计院|院|办公室|处)"
)
_SITE_PREFIX = re.compile(
    r"^[^—\s]{2,8}—(?=[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|区|县|州|旗)[\u4e00-\u9fff]*?(?:人民政府|政府|局|厅|委员会|办公室|关于|\d))"
)
_TOPIC = re.compile(r"法治|依法行政|法制")
_WEAK_TOPIC = re.compile(r"法治|依法|法制|法律")
_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.]|（[一二三四五六七八九十]{1,3}）|\d{1,2}[.、](?!\d))"
)
# The first line of a title broken over two lines names the body, the year or the topic.
_TITLE_OPENING = re.compile(r"关于|(?:19|20)\d{2}\s*年|人民政府|政府|[省市区县州]|局$")
# A line of page chrome above a title (a breadcrumb, a site's links, a metadata row, a column
# name) is not the title's first half, even when it names a place.
_CHROME_BEFORE_TITLE = re.compile(r"[|｜>＞]|首页|位置[：:]|返回|新闻$|网$")
# A line that is a whole title by itself, headed by a place (福建省2023年度…情况): the line above
# it (a city the site sits in) is not joined to it.
_PLACE_HEADED = re.compile(r"^[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|区|县|州|旗|盟)")
# A breadcrumb (首页 >> 政务公开 >> …, 当前位置：…) is chrome, never the title.
_BREADCRUMB = re.compile(r"[>＞»]{1,2}\s*[\u4e00-\u9fff]|当前位置|您的位置|^首页\s*[>＞»/|｜]")
# Lines below the top counted as possible title lines stop at this many of title length.
TITLE_SCAN_MAX_LINES = 30
_YEAR_IN_TITLE = re.compile(r"(?:19|20)\d{2}\s*年|[〇零一二][〇零一二三四五六七八九]{3}\s*年|年度")
# A Party committee on its own line above a government's title issues the report with it.
_PARTY_ISSUER = re.compile(r"^中共[\u4e00-\u9fff（）()]{2,30}(?:委员会|党委|党工委|工委)$")
_GOVERNMENT_HEAD = re.compile(r"^[\u4e00-\u9fff（）()]{2,40}?(?:人民政府|政府|办事处|管委会|管理委员会)")
# A bullet or a column label in 【】 before a title that starts with a place or a body.
_TITLE_LEAD = re.compile(
    r"^(?:[•·●▪◆■]\s*|【[^【】]{1,8}】(?=[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|区|县|州|旗|盟|部|厅|局)))"
)

_NOTICE = re.compile(
    r"现予公布|现将[^。]{0,20}予以公示|现将[^。]{0,20}公示|公示(?:时间|期|期间)[：:]|自(?:19|20)\d{2}年\d{1,2}月\d{1,2}日起施行|印发给你们|现印发给你|现将.{0,40}印发|请认真贯彻执行|请结合实际.{0,10}(?:贯彻|执行|落实)|通报如下|予以通报"
)
_NUMBER_BEFORE_TITLE = re.compile(r"^[\u4e00-\u9fff]{1,10}[〔\[［]\d{4}[〕\]］]\d{1,4}号\s*(?=《)")
_DOCUMENT_NUMBER = re.compile(r"^[^。，]{0,20}〔\d{4}〕\d+号$", re.M)
_ARTICLE = re.compile(
    r"结合材料|谈谈|同志们[：:，,！!]|下面，我讲|学报|(?m:^[^，。\n]{0,12}(?:19|20)\d{2}年第?\d{1,2}期$)|大学\s*法(?:律|学)院|关键词|关键字|摘\s*要|参考文献|作者简介|基金项目|本报讯|记者|通讯员|日电|新华社|答记者问|政策解读|解读如下"
)
# News and essays about the work, not the report: the article names itself (本文), opens with
# 引言 or a byline (文/某某), dates an event by the part of the day, a dignitary arrives (莅临),
# a photo is credited (某某摄) or the story opens on 近日/日前. (Bare 专家, 解读 are report words:
# 请法学专家作解读 is a report's sentence.) Each branch starts with a literal, so the scan is fast.
_NEWS = re.compile(
    r"本文(?!件)|引言$|文/|莅临|摄(?<=[\u4e00-\u9fff]{3})[。.]?$|^(?:近日|日前)[，,]|月\d{1,2}日(?:上午|下午|晚上|晚间)",
    re.M,
)
# A news story ends on its writer's name in brackets: …按时报送。（某某某）
_BYLINE_END = re.compile(r"[。！]\s*[（(][\u4e00-\u9fff]{2,4}[）)]\s*$")
# A letter to the public (致全县居民的一封信 / 亲爱的居民朋友们：) and a yearbook's entries, each
# under a bracketed heading (【推进依法行政】 …), are not reports.
_LETTER = re.compile(r"^(?:致[^。，]{2,16}(?:公开信|一封信|倡议书)|亲爱的[^。，]{1,12}[：:])$", re.M)
_YEARBOOK_ENTRY = re.compile(r"^【[^】]{2,20}】\s*(?![^\n。，]{4,70}(?:报告|总结|情况)[ 　]*$)\S", re.M)
# A name in book-title marks is what a text speaks of (审议《…年度报告》), not a cue that it reports.
_BOOK_TITLE = re.compile(r"《[^《》]{0,60}》")
_SUBORDINATES = re.compile(
    r"^各(?:市|县|区|乡|镇|州|盟|有关|省|部门|单位|街道|开发区)[^。]{0,80}[：:]$", re.M
)
# An untitled document that names its own kind in its opening sentence: a plan, an opinion, a
# guide (…结合实际，制定本方案), or a disclosure report drawn up under the disclosure regulations.
_SELF_NAMED_OTHER = re.compile(
    r"制定本(?:实施|工作|行动)?(?:方案|意见|办法|规定|指引|细则|要点|计划|规划|纲要|措施|指标体系|标准)|"
    r"本报告(?:是)?(?:依据|根据|按照)[^。]{0,20}《[^》]{0,20}政府信息公开条例》|"
    # a disclosure report that opens on the regulations it is drawn up under
    r"(?:依据|根据|按照)《[^》]{0,20}政府信息公开条例》(?:(?!法治|依法行政)[^。]){0,120}?(?:报告|编制)|"
    # the annual enforcement report (行政执法工作年报), unless it is joined to the rule-of-law one
    r"现将(?:(?!法治|依法行政)[^。，]){0,16}?行政执法工作(?:情况)?报告如下"
)
# A court's or procuratorate's report (on its administrative trials, to the people's congress) is
# not a government's rule-of-law report: its name heads the page or its title.
_COURT_LINE = re.compile(r"^[\u4e00-\u9fff]{2,20}(?:人民法院|人民检察院|法院|检察院)(?:$|关于)")
_REPORT_CUE = re.compile(
    r"报告如下|特此报告|以上报告|现将.{0,40}报告|情况报告|工作报告|年度报告|报告(?:20\d\d|19\d\d)年|向.{0,10}报告.{0,30}情况|请予审议"
)
# A title whose body is a placeholder (某县2025年度…报告, XX市…) is a template's, not a body's report.
_PLACEHOLDER_ISSUER = re.compile(r"^(?:某|[XＸxｘ]{1,3}|[*＊×]{1,3})\s*(?:省|市|县|区|镇|乡|街道|州|旗|盟|局|委|厅)")
# A model-essay site's title: …报告范文, …总结（精选5篇）, …报告模板, …报告汇编/大全/合集.
_TEMPLATE_TITLE = re.compile(
    r"(?:报告|总结|情况)\s*(?:[（(【\[]\s*)?(?:范文|范本|模板|大全|合集|汇编|精选|通用|优选|\d{1,2}篇|[二三四五六七八九十]篇)"
)
# The leading lookahead lets the regex engine skip to the placeholder characters.
_PLACEHOLDER = re.compile(
    r"(?=[*＊×XＸxｘ])(?:[*＊×]{1,3}|[XＸ]{2,3}|[xｘ]{2,3})(?=[省市区县镇乡街村州局委办次件个项人家场名条份户%])"
)

_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*[—–\-－~～至到]+\s*((?:19|20)\d{2})\s*年")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(度)?")
_MULTI_YEAR = re.compile(
    r"[两三四五六七八九十]年来|过去[两三四五]年|(?:19|20)\d{2}年以来|[“\"]?十[二三四五]五[”\"]?(?:期间|以来|时期)|[两三四五]年(?:工作)?(?:情况|总结)"
)
# A year written in Chinese numerals (二〇二三年, 二零二三年度, 二〇一六—二〇二〇年): read as its digits.
_CHINESE_YEAR = re.compile(
    r"[一二三四五六七八九〇零]{4}(?=\s*(?:年|[—–\-－~～至到]\s*[一二三四五六七八九〇零]{4}\s*年))"
)
_CHINESE_DIGIT = str.maketrans("〇零一二三四五六七八九", "00123456789")
# When nothing dates the report, the latest Party congress or plenary session it refers to gives
# the earliest year it can report on (a 2017 report speaks of 党的十九大, held in October 2017).
_EVENTS = (
    (re.compile(r"十八大"), 2012),
    (re.compile(r"十八届三中全会"), 2013),
    (re.compile(r"十八届四中全会"), 2014),
    (re.compile(r"十八届五中全会"), 2015),
    (re.compile(r"十八届六中全会"), 2016),
    (re.compile(r"十九大"), 2017),
    (re.compile(r"十九届[二三]中全会"), 2018),
    (re.compile(r"十九届四中全会"), 2019),
    (re.compile(r"十九届五中全会"), 2020),
    (re.compile(r"十九届六中全会"), 2021),
    (re.compile(r"二十大"), 2022),
    (re.compile(r"二十届二中全会"), 2023),
    (re.compile(r"二十届三中全会"), 2024),
    (re.compile(r"二十届四中全会"), 2025),
)
_OPENING_YEAR = re.compile(r"^((?:19|20)\d{2})\s*年(?:度)?[，,：]")
_REPORTING_YEAR = re.compile(r"(?:现将|现就|报告)[^。]{0,20}?((?:19|20)\d{2})\s*年(?:度)?")


@dataclass
class Metadata:
    title: str | None
    title_line: int | None  # index of the last title line; the body starts after it
    kind: str
    year: int | None
    period: dict[str, int] | None
    published: str | None
    evidence: dict[str, FieldEvidence] = field(default_factory=dict)


def find_title(lines: list[str], hint: str | None = None) -> tuple[str | None, int | None]:
    """The document's title and the index of its last line."""
    scanned = 0
    for index, raw in enumerate(lines[:TITLE_SCAN_MAX_LINES]):
        if _HEADING.match(raw):
            break
        # Menu words and a metadata table's short cells (发布机构：, 主动公开) are not counted:
        # the title may sit below a dozen of them.
        scanned += len(raw) >= TITLE_MIN_CHARS
        if scanned > TITLE_SCAN_LINES:
            break
        if _BREADCRUMB.search(raw):
            continue  # 首页 >> 政务公开 >> 法治政府工作报告 names the column, not the page
        # A title printed in book-title marks is read without them, and without the document number
        # an aggregator puts before it (某卫〔2024〕3号《…报告》).
        bare = _NUMBER_BEFORE_TITLE.sub("", strip_title_suffix(raw))
        line = bare[1:-1] if bare.startswith("《") and bare.endswith("》") and bare.count("《") == 1 else bare
        if len(line) > TITLE_MAX_CHARS or not _TOPIC.search(
            line + (lines[index + 1] if index + 1 < len(lines) else "")
        ):
            continue
        if _TITLE_END.search(line) and not line.endswith("。") and len(line) >= TITLE_MIN_CHARS:
            if not _YEAR_IN_TITLE.search(line) and _dated_title_below(lines, index):
                continue  # a column's name (法治政府建设工作报告) above the dated title
            return _with_joint_issuer(_clean_title(line), lines, index), index
        if index + 1 < len(lines):
            joined = line + lines[index + 1]
            if (
                len(joined) <= TITLE_MAX_CHARS
                and _TITLE_END.search(lines[index + 1])
                and not line.endswith(("。", "：", "，"))
                and _TITLE_OPENING.search(line)
                and not DATE_RE.search(line)  # a date line above the title is not part of it
                and not _CHROME_BEFORE_TITLE.search(line)
                and not (
                    _PLACE_HEADED.match(lines[index + 1])
                    and len(lines[index + 1]) >= TITLE_MIN_CHARS
                    and not line.endswith(("关于", "人民政府", "政府"))
                )
            ):
                return _with_joint_issuer(_clean_title(joined), lines, index), index + 1
    if hint:
        title = re.split(r"\s*[_|｜]\s*|\s+-\s+", hint.strip())[0]
        if _TOPIC.search(title) and len(title) <= TITLE_MAX_CHARS:
            return _clean_title(title), None
    return None, None


def _dated_title_below(lines: list[str], index: int) -> bool:
    """The next line is a whole title of the topic that names a year."""
    if index + 1 >= len(lines):
        return False
    below = strip_title_suffix(lines[index + 1])
    return (
        TITLE_MIN_CHARS <= len(below) <= TITLE_MAX_CHARS
        and bool(_TITLE_END.search(below) and _TOPIC.search(below) and _YEAR_IN_TITLE.search(below))
        and not below.endswith("。")
    )


def _with_joint_issuer(title: str, lines: list[str], index: int) -> str:
    """``title`` with the Party committee named on the line above it when the two issue it jointly
    (中共某某街道工作委员会 / 某某街道办事处关于…的报告)."""
    above = lines[index - 1].strip() if index >= 1 else ""
    if _PARTY_ISSUER.match(above) and _GOVERNMENT_HEAD.match(title):
        return f"{above} {title}"
    return title


# A date a site prints after the title (…报告 2024-03-12, …报告（2024年3月12日）), with or without
# its label, and a site's field label run after it (…报告 来源：…, …报告 发布时间：) are not part of it.
# A year alone in brackets (…的报告（2022年）) is part of some titles and stays.
_TITLE_DATE_SUFFIX = re.compile(
    r"\s*[（(\[【]?\s*(?:(?:发布|发表|更新|公开)?(?:时间|日期)\s*[：:]?\s*)?"
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[）)\]】]?$"
)
_TITLE_FIELD_LABEL = re.compile(
    r"\s+(?:来源|发布机构|发布时间|发布日期|发表时间|作者|浏览次数|点击数|阅读次数|字号|信息来源)\s*[：:].*$"
)


def strip_title_suffix(line: str) -> str:
    """``line`` without a date or a site's field label printed after a title."""
    if (
        not line
        or not line[-1:].isdigit()
        and "：" not in line
        and ":" not in line
        and not line.endswith(("）", ")", "】", "]"))
    ):
        return line
    cut = _TITLE_FIELD_LABEL.sub("", line)
    return _TITLE_DATE_SUFFIX.sub("", cut) or line


def _clean_title(title: str) -> str:
    # A metadata row's label (标题：…, 标      题 …, 名称：…) is not part of the title.
    title = re.sub(
        r"^[【\[]?(?:文章|信息|文件|公文)?(?:标\s*题|题\s*目|名\s*称|题\s*名)[】\]]?(?:\s*[：:|｜]\s*|\s+)",
        "",
        strip_title_suffix(title.strip()),
    )
    # A site's name run before the title (某某之家—江西省人民政府关于…) is not part of it.
    return _TITLE_LEAD.sub("", _SITE_PREFIX.sub("", title))


def classify(
    text: str,
    lines: list[str],
    signals: dict[str, list[str]],
    hints: dict[str, str],
    part_headings: int,
    *,
    chrome: list[Chrome],
) -> Metadata:
    """Kind, title, year and period, publication date, each with its evidence. ``signals`` and
    ``chrome`` are the repair stage's notes and the page chrome it dropped; ``hints`` the decode
    stage's."""
    title, title_line = find_title(lines, hints.get("title"))
    opening = text[:OPENING_CHARS]
    evidence: dict[str, FieldEvidence] = {"title": _title_evidence(title, title_line, lines, hints)}
    # The genres that quote a report are told first: their own marks say most of what they are.
    found = look_alike(
        [title or "", *lines[:HEAD_TITLE_LINES]],
        text,
        "\n".join(piece.text for piece in chrome),
        report_title=title_line is not None
        and is_report_title(title)
        and not _title_says_not_report(title)
        and bool(_YEAR_IN_TITLE.search(title)),
    )
    kind, reason = (
        ("not_report", "") if found else _kind(title, opening, text, signals, part_headings, lines=lines)
    )
    if found:
        evidence["kind"] = FieldEvidence("high", found[0], None, found[1])
    elif kind == "not_report":
        evidence["kind"] = FieldEvidence("high", "look_alike", None, reason)
    else:
        body = lines[(title_line if title_line is not None else -1) + 1 :]
        positive = positive_evidence(
            title,
            title_from_line=title_line is not None,
            body_lines=body,
            opening=opening,
            part_headings=part_headings,
            text=text,
        )
        kind = positive.kind
        evidence["kind"] = FieldEvidence(
            positive.confidence,
            positive.source,
            positive.evidence,
            "；".join(positive.reasons) if kind != "annual_report" else None,
        )
        if kind == "uncertain" and kind_model.ENABLED:
            kind, evidence["kind"] = _heard_model(evidence["kind"], title, text, positive.reasons)
    # Years in Chinese numerals are read as digits (the title returned stays as printed).
    dated_title, dated_lines, dated_opening = title, lines, opening
    if "〇" in opening or "零" in opening:
        dated_title, dated_lines, dated_opening = _arabic_years(title, lines[: TITLE_SCAN_MAX_LINES + 8], opening)
    year, period, year_evidence = _year(dated_title, dated_lines, dated_opening, title_line)
    unsure = year_evidence if year_evidence is not None and year_evidence.confidence == "low" else None
    if unsure is not None:
        year, period = None, None  # a guess is not given: a wrong year costs more than none
    published, published_evidence = _published(publication_lines(chrome), hints)
    if kind == "annual_report" and (
        dated_title
        and _YEAR_RANGE.search(dated_title)
        or _multi_year(dated_title, dated_lines, title_line, year)
    ):
        kind = "multi_year_report"
    if year is None and published:
        year = int(published[:4]) - 1
        period = {"start": year, "end": year}
        year_evidence = FieldEvidence("medium", "published_minus_one", published_evidence.evidence)
    if year is None:
        year, event = _latest_event(opening)
        period = {"start": year, "end": year} if year else None
        year_evidence = (
            FieldEvidence("medium", "party_event", event)
            if year
            else unsure or FieldEvidence("none", "none", None, "标题、开头和发布日期都没有说明所报告的年份")
        )
    if kind == "multi_year_report" and period and period["start"] == period["end"]:
        start = _span_start(dated_opening, period["end"])
        if start:
            period = {"start": start, "end": period["end"]}
    evidence["year"] = year_evidence
    evidence["published"] = published_evidence
    return Metadata(title, title_line, kind, year, period, published, evidence)


def _heard_model(
    rules: FieldEvidence, title: str | None, text: str, reasons: list[str]
) -> tuple[str, FieldEvidence]:
    """The kind once the learned model settled a page the rules left unsure (``kind_model``)."""
    kind, why = kind_model.decide("uncertain", kind_model.probability(title, text))
    if kind == "annual_report":
        return kind, FieldEvidence("medium", "model", rules.evidence, None)
    confidence = "medium" if kind == "not_report" else "low"
    return kind, FieldEvidence(confidence, "model", rules.evidence, "；".join([*reasons, why]))


def _title_evidence(
    title: str | None, title_line: int | None, lines: list[str], hints: dict[str, str]
) -> FieldEvidence:
    if title is None:
        return FieldEvidence(
            "none", "none", None, "前几行没有谈到法治、以报告或总结等结尾的标题行，网页标题也没有"
        )
    if title_line is None:
        return FieldEvidence("medium", "page_title", hints.get("title"))
    return FieldEvidence("high", "title_line", lines[title_line].strip())


def _head_says_not_report(lines: list[str]) -> bool:
    """The first title-shaped line names another kind of document (公告, 绩效自评报告, 一图读懂《…》)."""
    for raw in lines[:HEAD_TITLE_LINES]:
        line = strip_title_suffix(raw)
        if not TITLE_MIN_CHARS <= len(line) <= TITLE_MAX_CHARS or line.endswith("。") or _HEADING.match(line):
            continue  # a menu word (通知公告, 政策解读) is not a title
        if _TITLE_END.search(line) or line.endswith("》"):
            # A report on another subject (…安全生产执法工作情况的报告, “八五”普法工作汇报)
            # names no rule-of-law word: it is not the rule-of-law report.
            return _title_says_not_report(line) or bool(
                _OTHER_SUBJECT_HEAD.search(line) and not _WEAK_TOPIC.search(line)
            )
    return False


def _kind(
    title: str | None,
    opening: str,
    text: str,
    signals: dict[str, list[str]],
    part_headings: int,
    *,
    lines: list[str] = (),
) -> tuple[str, str]:
    """The kind the look-alike rules give (``not_report`` with its reason) or ``annual_report``
    when none sets the page aside; positive evidence is then asked for (``report_evidence``)."""
    head = text[:20000]
    placeholders = len(_PLACEHOLDER.findall(head)) if any(mark in head for mark in "*＊×XＸxｘ") else 0
    if signals.get("essay_site") and (
        placeholders or not _REPORT_CUE.search(opening) or len(signals["essay_site"]) >= 2
    ):
        return "not_report", "范文网站的文章：" + "、".join(signals["essay_site"][:2])
    if placeholders >= TEMPLATE_MIN_PLACEHOLDERS:
        return "not_report", f"模板：{placeholders} 处占位符（*区、XX市）"
    if title and _PLACEHOLDER_ISSUER.match(title):
        return "not_report", f"模板：标题的机关名称是占位（「{title}」）"
    collection = next(
        (line for line in [title or "", *lines[:HEAD_TITLE_LINES]] if _TEMPLATE_TITLE.search(line)), None
    )
    if collection:
        return "not_report", f"范文或模板的标题：「{collection[:60]}」"
    if title and _title_says_not_report(title):
        return "not_report", f"标题是另一类文件：「{title}」"
    if title is None and _head_says_not_report(lines):
        return "not_report", "首行是另一类文件的标题"
    self_named = _SELF_NAMED_OTHER.search(opening[:SELF_NAMED_CHARS]) if title is None else None
    if self_named:
        return "not_report", f"开头自称另一类文件：「{self_named.group(0)}」"
    if (
        any(_COURT_LINE.match(line) for line in lines[:HEAD_TITLE_LINES])
        or title
        and _COURT_LINE.match(title)
    ):
        return "not_report", "法院或检察院的报告"
    if _LETTER.search(opening):
        return "not_report", "公开信"
    if len(_YEARBOOK_ENTRY.findall(opening)) >= 2:
        return "not_report", "年鉴条目（【…】标题）"
    notice = (
        len(_NOTICE.findall(opening))
        + len(_SUBORDINATES.findall(opening))
        + len(_DOCUMENT_NUMBER.findall(opening[:300]))
    )
    article = (
        len(_ARTICLE.findall(opening)) + len(_NEWS.findall(opening)) + bool(_BYLINE_END.search(text[-40:]))
    )
    report = len(_REPORT_CUE.findall(_BOOK_TITLE.sub("《》", opening))) + part_headings
    if title and _REPORT_TITLE.search(title):
        report += 2
    if notice >= 2 and report < 3:
        return "not_report", "通知或公示的用语"
    if article >= 2 and report < 3:
        return "not_report", "新闻或文章的用语"
    if report == 0 and not _WEAK_TOPIC.search(text[:5000]):
        return "not_report", "没有报告用语，也不谈法治"
    return "annual_report", ""


def _title_says_not_report(title: str) -> bool:
    """The title names a document that is not a report: a plan, notice, opinion, study…

    规划 and its like make a plan only when the document is one (…规划（2021—2025年）,
    印发…规划的通知), not when they are part of a body's name or what a report reports on.
    """
    words = _BODY_WITH_KIND_WORD.sub("", title)
    if _SUMMARY_AND_PLAN.search(title):
        return False  # …工作总结和2023年工作计划: the year's report with the next year's plan
    if _REPORT_HEAD.search(title):
        # A note after the report's name (…报告（提请审议）) does not change what it is.
        return bool(_NOT_REPORT_OF_REPORT.search(_TRAILING_NOTE.sub("", words)))
    return bool(_NOT_REPORT_TITLE.search(words))


def _multi_year(title: str | None, lines: list[str], title_line: int | None, year: int | None) -> bool:
    def spans_years(found: re.Match[str] | None) -> bool:
        # "2025年以来" in a 2025 report means since January, not a span of years.
        since = re.match(r"((?:19|20)\d{2})年以来", found.group(0)) if found else None
        return bool(found) and not (since and year is not None and int(since.group(1)) >= year)

    if title:
        return bool(_YEAR_RANGE.search(title)) or spans_years(_MULTI_YEAR.search(title))
    body = "\n".join(lines[(title_line if title_line is not None else -1) + 1 :][:3])[:400]
    return spans_years(_MULTI_YEAR.search(body)) and not _OPENING_YEAR.match(body)


def _span_start(opening: str, end: int) -> int | None:
    since = re.search(r"((?:19|20)\d{2})年以来", opening)
    if since and int(since.group(1)) < end:
        return int(since.group(1))
    count = re.search(r"([两三四五六七八九十])年来|过去([两三四五])年", opening)
    if count:
        n = "一两三四五六七八九十".index(count.group(1) or count.group(2)) + 1
        if count.group(1) == "两" or count.group(2) == "两":
            n = 2
        return end - n + 1
    return None


def _arabic_years(title: str | None, lines: list[str], opening: str) -> tuple[str | None, list[str], str]:
    """``title``, ``lines`` and ``opening`` with years in Chinese numerals written in digits."""

    def convert(text: str) -> str:
        return _CHINESE_YEAR.sub(lambda m: m.group(0).translate(_CHINESE_DIGIT), text)

    return (convert(title) if title else title), [convert(line) for line in lines], convert(opening)


def _latest_event(opening: str) -> tuple[int | None, str | None]:
    """The latest Party congress or session ``opening`` refers to: (its year, its words)."""
    found = [
        (year, match.group(0)) for pattern, year in _EVENTS for match in [pattern.search(opening)] if match
    ]
    return max(found) if found else (None, None)


def _year(
    title: str | None, lines: list[str], opening: str, title_line: int | None
) -> tuple[int | None, dict | None, FieldEvidence | None]:
    if title:
        span = _YEAR_RANGE.search(title)
        if span:
            start, end = int(span.group(1)), int(span.group(2))
            if FIRST_YEAR <= start <= end <= LAST_YEAR:
                return end, {"start": start, "end": end}, FieldEvidence("high", "title", title)
        years = [int(m.group(1)) for m in _YEAR.finditer(title) if FIRST_YEAR <= int(m.group(1)) <= LAST_YEAR]
        if years:
            return years[0], {"start": years[0], "end": years[0]}, FieldEvidence("high", "title", title)
    body_lines = lines[(title_line if title_line is not None else -1) + 1 :]
    for line in body_lines[:6]:
        if len(line) < 20:
            continue
        match = _OPENING_YEAR.match(line)
        if match and FIRST_YEAR <= int(match.group(1)) <= LAST_YEAR:
            year = int(match.group(1))
            return year, {"start": year, "end": year}, FieldEvidence("medium", "opening", line.strip()[:120])
        break
    match = _REPORTING_YEAR.search(opening)
    if match:
        year = int(match.group(1))
        if FIRST_YEAR <= year <= LAST_YEAR:
            return (
                year,
                {"start": year, "end": year},
                FieldEvidence("medium", "reporting_year", match.group(0)),
            )
    counts: dict[int, int] = {}
    # Years inside document names, dates and goals (到2035年, 2035年基本建成) are not the year reported on.
    cleaned = re.sub(
        r"《[^》]{0,60}》|（[^）]{0,20}）|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|"
        r"(?:到|至)(?:19|20)\d{2}\s*年|(?:19|20)\d{2}\s*年(?:前|远景|基本建成|全面建成|基本实现|建成)",
        "",
        opening,
    )
    for match in _YEAR.finditer(cleaned):
        year = int(match.group(1))
        if FIRST_YEAR <= year <= LAST_YEAR:
            counts[year] = counts.get(year, 0) + (2 if match.group(2) else 1)
    if counts:
        year = max(counts, key=lambda y: (counts[y], y))
        return year, {"start": year, "end": year}, _most_frequent_evidence(year, counts, cleaned)
    return None, None, None


def _most_frequent_evidence(year: int, counts: dict[int, int], opening: str) -> FieldEvidence:
    """The opening's most frequent year is read, not stated: ``medium`` when it is clearly the
    most frequent, ``low`` (not given) when another year is as frequent or nearly."""
    line = next((line for line in opening.split("\n") if f"{year}年" in line), "")[:120]
    others = sorted((n for y, n in counts.items() if y != year), reverse=True)
    if others and others[0] * 2 > counts[year]:
        tied = [str(y) for y, n in sorted(counts.items()) if n * 2 > counts[year]]
        return FieldEvidence("low", "most_frequent_year", line, "开头提到的几个年份次数相近", tied)
    return FieldEvidence("medium", "most_frequent_year", line)


def _published(candidates: list[tuple[str, str]], hints: dict[str, str]) -> tuple[str | None, FieldEvidence]:
    hinted = hints.get("published")
    found = [(date, line, "high", "chrome_line") for date, line in candidates]
    if hinted:
        match = DATE_RE.search(hinted)
        if match:
            found.insert(0, (iso(match), hinted, "high", "page_meta"))
    for candidate, line, confidence, source in found:
        year, month, day = (int(part) for part in candidate.split("-"))
        if FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12 and 1 <= day <= 31:
            return candidate, FieldEvidence(confidence, source, line.strip()[:120])
    return None, FieldEvidence("none", "none", None, "网页没有标明发布日期的行（正文中的日期不算）")
