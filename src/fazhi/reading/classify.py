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
from .look_alike import WEAK_TOPIC, look_alike, yearbook_entries
from .model import FieldEvidence
from .published import dates_by_title, publication_lines
from .repair import Chrome
from .report_evidence import (
    BODY_CHARS,
    SAYS_IT_REPORTS,
    TOPIC_WORDS,
    is_report_title,
    positive_evidence,
)
from .report_year import FIRST_YEAR, LAST_YEAR, report_year
from .site_marks import report_column, topic_filtered_out, with_topic_restored
from .template import REPORT_CUE
from .template import template as template_reason
from .title import (
    HEADING,
    TITLE_END,
    TITLE_MAX_CHARS,
    TITLE_MIN_CHARS,
    YEAR_IN_TITLE,
    find_title,
    strip_title_suffix,
    title_evidence,
    title_in_chrome,
)
from .title_kind import issues_report_in_full, publishes_report, reposts_report, title_says_not_report

# The chrome a title line may have been dropped with: the top lines and a publication line.
TITLE_CHROME_PLACES = ("header", "publication_line")

# A disclosure page's record row the repair stage drops from the top (索引号：…, • 发布机构：…).
_RECORD_ROW = re.compile(
    r"^\s*(?:[•·●▪◆■\-–]\s*)?(?:索\s*引\s*号|发布机构|发文机关|主题分类|信息名称|名\s*称|文\s*号)\s*[：:]"
)
# Headings naming this many statutory parts make a body of report shape, whatever stands above it.
REPORT_BODY_PARTS = 3
# Where the year and the kind are looked for when the title does not say.
OPENING_CHARS = 1500

# An untitled document names its own kind (制定本方案) in its first sentences.
SELF_NAMED_CHARS = 300

_REPORT_TITLE = re.compile(r"(?:报告|总结|情况)(?:[（(][^（）()]{0,20}[）)])?$")
# The head of a first line that reports on a subject (…工作报告, …工作总结, …工作相关情况): without a
# rule-of-law word it is another subject's report or statistics.
_OTHER_SUBJECT_HEAD = re.compile(r"(?:报告|总结|情况|汇报)(?:[（(][^（）()]{0,20}[）)])?$")
# A short line at the very top that names the document (its title, whether or not it names a
# rule-of-law topic): when it names another kind of document, the page is not a report.
HEAD_TITLE_LINES = 3
# Every alternative of these opening scans starts with a plain character (印发给你们|转发给你们, not
# (?:印发|转发)给你们), so the regex engine skips along the opening to their first characters; a group
# or an anchor first makes it try the whole pattern at every position.
_NOTICE = re.compile(
    r"现予公布|现将[^。]{0,20}予以公示|现将[^。]{0,20}公示|公示(?:时间|期|期间)[：:]|自(?:19|20)\d{2}年\d{1,2}月\d{1,2}日起施行|印发给你们|转发给你们|现(?:印发|转发)给你|现将.{0,40}印发|请认真贯彻执行|请结合实际.{0,10}(?:贯彻|执行|落实)|通报如下|予以通报"
)
_DOCUMENT_NUMBER = re.compile(r"^[^。，]{0,20}〔\d{4}〕\d+号$", re.M)
# A journal's issue line (…学报2023年第3期) is the one alternative anchored at a line's start, and an
# anchor makes the regex engine try the pattern at every position: an opening no line of which ends on
# an issue number (``_ISSUE_END``) cannot match it, and is read without it.
_ARTICLE_HEAD = r"结合材料|谈谈|同志们[：:，,！!]|下面，我讲|学报"
_ISSUE_LINE = r"(?m:^[^，。\n]{0,12}(?:19|20)\d{2}年第?\d{1,2}期$)"
_ARTICLE_TAIL = r"大学\s*法(?:律|学)院|关键词|关键字|摘\s*要|参考文献|作者简介|基金项目|本报讯|记者|通讯员|日电|新华社|答记者问|政策解读|解读如下"
_ARTICLE = re.compile(f"{_ARTICLE_HEAD}|{_ISSUE_LINE}|{_ARTICLE_TAIL}")
_ARTICLE_WITHOUT_ISSUE = re.compile(f"{_ARTICLE_HEAD}|{_ARTICLE_TAIL}")
_ISSUE_END = re.compile(r"年第?\d{1,2}期$", re.M)
# News and essays about the work, not the report: the article names itself (本文), opens with
# 引言 or a byline (文/某某), dates an event by the part of the day, a dignitary arrives (莅临),
# a photo is credited (某某摄), the credits are slashed (记者/某某, 编辑/某某) or the story opens on 近日/日前. (Bare 专家, 解读 are report words:
# 请法学专家作解读 is a report's sentence.) Each branch starts with a literal, so the scan is fast: the
# credits are spelt out, and 近日 and 日前 look back for the line's start.
_NEWS = re.compile(
    r"本文(?!件)|引言$|文/|记者\s*[/／]|编辑\s*[/／]|责编\s*[/／]|监制\s*[/／]|摄影\s*[/／]|莅临|摄(?<=[\u4e00-\u9fff]{3})[。.]?$|"
    r"近日(?<=^近日)[，,]|日前(?<=^日前)[，,]|月\d{1,2}日(?:上午|下午|晚上|晚间)",
    re.M,
)
# A news story ends on its writer's name in brackets: …按时报送。（某某某）
_BYLINE_END = re.compile(r"[。！]\s*[（(][\u4e00-\u9fff]{2,4}[）)]\s*$")
# A letter to the public (致全县居民的一封信 / 亲爱的居民朋友们：) is not a report (nor a yearbook's
# entries: look_alike.yearbook_entries). Its words look back for the line's start, as 近日 does.
_LETTER = re.compile(
    r"致(?<=^致)[^。，]{2,16}(?:公开信|一封信|倡议书)$|亲爱的(?<=^亲爱的)[^。，]{1,12}[：:]$", re.M
)
# Every letter holds one of these: an opening without them (a report's) is not scanned from each 致 of
# 导致, 一致, 致力 on.
_LETTER_WORDS = ("公开信", "一封信", "倡议书", "亲爱的")
# A name in book-title marks is what a text speaks of (审议《…年度报告》), not a cue that it reports.
_BOOK_TITLE = re.compile(r"《[^《》]{0,60}》")
_SUBORDINATES = re.compile(
    r"各(?<=^各)(?:市|县|区|乡|镇|州|盟|有关|省|部门|单位|街道|开发区)[^。]{0,80}[：:]$", re.M
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


@dataclass
class Metadata:
    title: str | None
    title_line: int | None  # index of the last title line; the body starts after it
    kind: str
    year: int | None
    period: dict[str, int] | None
    published: str | None
    evidence: dict[str, FieldEvidence] = field(default_factory=dict)


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
    title, title_line, title_found = _title(lines, chrome, hints)
    opening = text[:OPENING_CHARS]
    evidence: dict[str, FieldEvidence] = {"title": title_found}
    kind, evidence["kind"] = _kind_of_page(
        title,
        title_line,
        opening=opening,
        text=text,
        lines=lines,
        signals=signals,
        part_headings=part_headings,
        chrome=chrome,
    )
    published, published_evidence = _published(
        publication_lines(chrome) + dates_by_title(lines, title_line), hints
    )
    reported = report_year(
        title,
        lines,
        opening,
        title_line,
        kind=kind,
        published=published,
        published_evidence=published_evidence,
        crumbs=[piece.text for piece in chrome if piece.place in ("header", "page_header")],
    )
    kind, year, period = reported.kind, reported.year, reported.period
    evidence["year"] = reported.evidence
    evidence["published"] = published_evidence
    return Metadata(title, title_line, kind, year, period, published, evidence)


def _kind_of_page(
    title: str | None,
    title_line: int | None,
    *,
    opening: str,
    text: str,
    lines: list[str],
    signals: dict[str, list[str]],
    part_headings: int,
    chrome: list[Chrome],
) -> tuple[str, FieldEvidence]:
    """The page's kind and its evidence: the look-alike genres first, then positive evidence and,
    for a page left unsure, the learned model."""
    evidence: dict[str, FieldEvidence] = {}
    if topic_filtered_out(opening):
        # A site's filter cut 法治 out of the page: its 政府建设 is read as the rule-of-law one's.
        title = with_topic_restored(title) if title else title
        opening, text = with_topic_restored(opening), with_topic_restored(text)
        lines = [with_topic_restored(line) for line in lines]
    # The genres that quote a report are told first: their own marks say most of what they are.
    found = look_alike(
        [title or "", *lines[:HEAD_TITLE_LINES]],
        text,
        # The model-essay site's lines the repair stage dropped are read with the chrome.
        "\n".join([*(piece.text for piece in chrome), *signals.get("essay_site", ())]),
        report_title=title_line is not None
        and is_report_title(title)
        and not title_says_not_report(title)
        and bool(YEAR_IN_TITLE.search(title)),
        report_body=part_headings >= REPORT_BODY_PARTS,
    )
    reposted = bool(title) and (
        reposts_report(title, lines[(title_line if title_line is not None else -1) + 1 :])
        or issues_report_in_full(title, text)
    )
    kind, reason = (
        ("not_report", "")
        if found
        else _kind(title, opening, text, signals, part_headings, lines=lines, reposted=reposted)
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
        column = _filed_as_report(title, opening, lines, positive, chrome)
        if column:
            kind, evidence["kind"] = "annual_report", FieldEvidence("medium", "report_column", column)
        author = _written_about(text, chrome) if kind == "annual_report" else None
        if author:
            kind = "uncertain"
            evidence["kind"] = FieldEvidence(
                "low",
                "author_credit",
                positive.evidence,
                f"署名作者「{author}」，正文从不以机关自称、也不说明向谁报告：可能是评论或研究文章，不作认定",
            )
        if kind == "uncertain" and kind_model.ENABLED and not author:
            kind, evidence["kind"] = _heard_model(
                evidence["kind"], title, text, positive.reasons, may_report=positive.model_may_report
            )
    return kind, evidence["kind"]


# A person credited as the author at the top (作者：某某某, as a scholar's evaluation under a report's exact
# title prints it) over a text that never speaks as the body (我市, 本局) nor says it reports (现将…报告如下):
# the writer is looking at the body's year from outside. A web editor credited over a real report
# (作者：某某 under a bureau's report) leaves the report speaking for itself, so it stays a report; so does
# a body credited as the author (作者：古木乡).
_PERSON_CREDIT = re.compile(
    r"作\s*者\s*[:：]\s*([\u4e00-\u9fff]{2,3})(?=\s|$|[|｜•·]|阅读|点击|来源|时间|发布|浏览|日期)", re.M
)
# (an empty credit run onto the next label, 作者: 文章来源:, credits 文章 or 信息: the label's first half)
_NOT_A_PERSON = re.compile(
    r"佚名|本站|编辑|管理|来源|发布|通讯|网站|记者|[局办委室院网站报社部厅处科股队所乡镇县区市]$|^(?:文章|信息)$"
)
_BODY_SPEAKS = re.compile(
    r"我(?:省|市|州|盟|区|县|旗|镇|乡|街道|局|委|厅|办|部|院|署)|本(?:市|局|委|厅|省|区|县|部)"
)
CREDIT_CHARS = 600


def _written_about(text: str, chrome: list[Chrome]) -> str | None:
    """The person credited as the author of a page that never speaks as the body nor says it reports."""
    if "作" not in text[:CREDIT_CHARS] and not any("作" in piece.text for piece in chrome):
        return None
    top = "\n".join([text[:CREDIT_CHARS], *(piece.text for piece in chrome if piece.place == "header")])
    credit = _PERSON_CREDIT.search(top)
    if credit is None or _NOT_A_PERSON.search(credit.group(1)):
        return None
    body = text[:BODY_CHARS]
    if SAYS_IT_REPORTS.search(body) or _BODY_SPEAKS.search(body):
        return None
    return credit.group(1)


# A report filed in the column without its title still heads its parts (一、总体情况, （一）…).
COLUMN_HEADING_LINES = 20
COLUMN_HEADINGS_MIN = 2
# …and opens on its year's work, not on a day's event (3月5日，县政府召开…, 近日，…) or a meeting as the
# subject (一、会议听取了…): the column holds the meeting's news too.
_STORY_OPENING = re.compile(
    r"^(?:(?:19|20)\d{2}\s*年)?\d{1,2}\s*月\d{1,2}\s*日|^(?:近日|日前)|"
    r"(?:^|[。，,\n])(?:[一二三四五六七八九十]、)?会议(?:听取|审议|研究|强调|指出|要求|认为)",
    re.M,
)


def _filed_as_report(
    title: str | None, opening: str, lines: list[str], positive, chrome: list[Chrome]
) -> str | None:
    """The report column an untitled page on the topic is filed in, when nothing in its text told
    what it is (no opening's verdict, no look-alike's mark) and its body is headed as a report's
    parts are (一、总体情况 二、…: a story filed there is not); else None."""
    if title or positive.kind == "annual_report" or not TOPIC_WORDS.search(opening):
        return None
    top = lines[:COLUMN_HEADING_LINES]
    if sum(1 for line in top if HEADING.match(line)) < COLUMN_HEADINGS_MIN:
        return None
    if _STORY_OPENING.search("\n".join(top)):
        return None
    if positive.source != "no_evidence" and not (positive.kind == "uncertain" and positive.model_may_report):
        return None
    return report_column([piece.text for piece in chrome if piece.place == "header"])


def _title(
    lines: list[str], chrome: list[Chrome], hints: dict[str, str]
) -> tuple[str | None, int | None, FieldEvidence]:
    """The title, its last line's index and its evidence: from the text's lines, else from a line
    dropped as chrome with a label after the title, else from the page's ``<title>``."""
    record_rows = sum(1 for piece in chrome if piece.place == "header" and _RECORD_ROW.match(piece.text))
    title, title_line = find_title(lines, record_rows=record_rows)
    if title is None:
        found = title_in_chrome([piece.text for piece in chrome if piece.place in TITLE_CHROME_PLACES])
        if found:
            return found[0], None, FieldEvidence("medium", "chrome_line", found[1])
        title, title_line = find_title([], hints.get("title"))
    return title, title_line, title_evidence(title, title_line, lines, hints)


def _heard_model(
    rules: FieldEvidence, title: str | None, text: str, reasons: list[str], *, may_report: bool
) -> tuple[str, FieldEvidence]:
    """The kind once the learned model settled a page the rules left unsure (``kind_model``); a
    page without a report's headings, or under another document's name, it may only set aside."""
    kind, why = kind_model.decide("uncertain", kind_model.probability(title, text))
    if kind == "annual_report" and not may_report:
        kind, why = (
            "uncertain",
            f"{why}，但页面没有报告标题，正文没有报告的标题结构或说明是另一份文件，不作认定",
        )
    if kind == "annual_report":
        return kind, FieldEvidence("medium", "model", rules.evidence, None)
    confidence = "medium" if kind == "not_report" else "low"
    return kind, FieldEvidence(confidence, "model", rules.evidence, "；".join([*reasons, why]))


# A first line on the rule of law that names its genre by a head word no report's title ends in
# (…工作简报（第5期）, 关于…情况报告的说明, …会议纪要, …快讯, …年度报告的点评, …报告分析, 对…建议的答复,
# …新闻发布会) or asks a question (…年度报告怎么写？): a bulletin, a note on the report, a how-to page,
# whatever report text follows it; or it tells of a meeting held (我市举行…示范项目评审会, 某区召开…推进会):
# the news of the day.
_OTHER_GENRE_HEAD = re.compile(
    r"(?:简报|说明|纪要|快讯|点评|报告分析|答复|发布会)(?:[（(][^（）()]{0,12}[）)])?$|[？?]$"
    r"|(?:举行|召开|举办)[^。，；]{2,30}会议?$"
)

# A digest of the day's news names itself, whatever its items (某县新闻汇总（3月15日）, 今日要闻速览).
_DIGEST_HEAD = re.compile(
    r"(?:新闻|要闻|资讯|信息|动态)(?:汇总|集锦|速览|早报|晚报|快报|摘编)(?:[（(][^（）()]{0,12}[）)])?$"
)
# A reply to a deputy's proposal names it, whatever its topic (对县人大十八届三次会议第15号建议的答复).
_REPLY_HEAD = re.compile(r"^(?:对|关于)[^。]{2,60}(?:建议|提案|议案|来信)[^。]{0,6}的?答复")


def _head_says_not_report(lines: list[str]) -> bool:
    """The first title-shaped line names another kind of document (公告, 绩效自评报告, 一图读懂《…》)."""
    for raw in lines[:HEAD_TITLE_LINES]:
        line = strip_title_suffix(raw)
        if not TITLE_MIN_CHARS <= len(line) <= TITLE_MAX_CHARS or line.endswith("。") or HEADING.match(line):
            continue  # a menu word (通知公告, 政策解读) is not a title
        if (
            _OTHER_GENRE_HEAD.search(line)
            and WEAK_TOPIC.search(line)
            or _REPLY_HEAD.match(line)
            or _DIGEST_HEAD.search(line)
        ):
            return True
        if TITLE_END.search(line) or line.endswith("》"):
            # A report on another subject (…安全生产执法工作情况的报告, “八五”普法工作汇报)
            # names no rule-of-law word: it is not the rule-of-law report.
            return title_says_not_report(line) or bool(
                _OTHER_SUBJECT_HEAD.search(line) and not WEAK_TOPIC.search(line)
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
    reposted: bool = False,
) -> tuple[str, str]:
    """The kind the look-alike rules give (``not_report`` with its reason) or ``annual_report``
    when none sets the page aside; positive evidence is then asked for (``report_evidence``)."""
    template = template_reason(
        title,
        opening,
        text,
        signals,
        head_lines=lines[:HEAD_TITLE_LINES],
        first_sentences=opening[:SELF_NAMED_CHARS],
    )
    if template:
        return "not_report", template
    if title and title_says_not_report(title) and not publishes_report(title, part_headings) and not reposted:
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
    if any(word in opening for word in _LETTER_WORDS) and _LETTER.search(opening):
        return "not_report", "公开信"
    if yearbook_entries(opening) >= 2 and not (title and title.endswith("报告")):
        return "not_report", "年鉴条目（【…】标题）"
    report = len(REPORT_CUE.findall(_BOOK_TITLE.sub("《》", opening))) + part_headings
    if title and _REPORT_TITLE.search(title):
        report += 2
    # Three report cues or more outweigh any notice's or article's words: those are counted only below.
    # (A page that reposts or issues the whole report has the wrapper's words: they are not the report's.)
    if report < 3 and not reposted:
        # A notice says what it does (印发给你们, 予以公示, 通报如下); a document number and an address
        # to the bodies below are only a document's form, which a report sent down carries too.
        notice_verbs = len(_NOTICE.findall(opening))
        notice = (
            notice_verbs + len(_SUBORDINATES.findall(opening)) + len(_DOCUMENT_NUMBER.findall(opening[:300]))
        )
        if notice >= 2 and notice_verbs:
            return "not_report", "通知或公示的用语"
        article = (
            len((_ARTICLE if _ISSUE_END.search(opening) else _ARTICLE_WITHOUT_ISSUE).findall(opening))
            + len(_NEWS.findall(opening))
            + bool(_BYLINE_END.search(text[-40:]))
        )
        if article >= 2:
            return "not_report", "新闻或文章的用语"
    if report == 0 and not WEAK_TOPIC.search(text[:5000]):
        return "not_report", "没有报告用语，也不谈法治"
    return "annual_report", ""


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
