"""Classify, kind: a news story about a report is not the report. A story has a reporter's byline, a
writer's or an editor's credit, a source printed at its end, a lead dated by the day or by 近日, a
reporter who learned the news, a feature's subtitle, an official quoted and named, a third person
for the body it tells of; an essay names itself 本文. ``look_alike`` asks ``news`` first.
"""

from __future__ import annotations

import re

from .headline import FEATURE_GENRES
from .report_evidence import BODY_CHARS, SAYS_IT_REPORTS
from .wordlists import by_piece, holds_any

# The look-alike genres.
# Each pattern starts with a literal or a small class, so the regex engine skips ahead to it.
# A name as a byline prints it: two to four characters, a two-character name often spaced (王  一).
_NAME = r"(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ 　]{1,2}[\u4e00-\u9fff](?![\u4e00-\u9fff]))"

# A byline's 记者 opens its line or follows a bracket, a space, a lead (讯) or a title (见习记者); in a
# report's sentence (邀请媒体记者采访报道) it follows another word and is no byline. A photo's credit
# (这是大会现场。记者 某某 摄) is a reporter's too.
_REPORTER = re.compile(
    r"(?:^|(?<=[（(【■●\s　讯。！])|(?<=见习|首席|特约|本报|本台|本网|实习|驻站|特派))"
    rf"(?:记者|通讯员|記者|通訊員)[ 　]*[：:丨｜|]?[ 　]*{_NAME}(?:[ 　、]+{_NAME}){{0,3}}[ 　]*(?:[）)】]|报道|報道|通讯员|摄|攝|$)",
    re.M,
)

_REPORTER_MARKS = by_piece(("记者", "通讯员", "記者", "通訊員"), ("者", "讯", "訊"))

# A writer's or a reviewer's credit in brackets (（撰稿：某某）, （撰稿人 某某）), as news and yearbooks print it.
# A bureau's contribution to a news column or a yearbook is credited after it: （某市司法局供稿）.
_CREDIT = re.compile(
    r"[（(][ 　]*(?:(?:撰稿人?|撰文|审稿人?|执笔人?|供稿)[ 　]*[：:]?[ 　]*[\u4e00-\u9fff]{2,4}|"
    r"[\u4e00-\u9fff]{2,20}[ 　]*供稿[ 　]*[）)])"
)

_CREDIT_MARKS = by_piece(("撰", "审稿", "执笔", "供稿"), ("撰", "稿", "笔"))

# A story closes on the body that sent it in brackets after its last sentence (…明显下降。（某县司法局））.
_SOURCE_AT_END = re.compile(
    r"[。！]\s*[（(][\u4e00-\u9fff]{2,16}(?:局|办|委|中心|政府|办公室|法院|检察院|所|队)[）)]\s*$"
)

SOURCE_AT_END_CHARS = 40

# A writer's byline on its own line: 文丨某某, 文/图 某某, 撰文｜某某.
_WRITER = re.compile(
    r"^(?:文|图|文图|图文|文/图|撰文)[ 　]*[丨｜|/][ 　]*[\u4e00-\u9fff]{2,4}(?:[ 　、]+[\u4e00-\u9fff]{2,4}){0,3}$",
    re.M,
)

_WRITER_MARKS = by_piece(("文丨", "文｜", "文|", "文/", "图/", "撰文"), ("丨", "｜", "|", "/", "撰"))

# A story that speaks of the report in the third person (报告显示, 据悉, 据了解) and never reports
# itself, or announces the agenda that will hear it (会议将听取和审议…报告). (该县 was tried: a
# report also speaks so of a body under it.)
# A story's reporter learns the news from a body (记者今天（2月9日）从省司法厅获悉, 从会上获悉).
# Every alternative starts with a plain character (记者… and 笔者… spelt out), so the regex engine skips
# along the text to them.
_LEARNED = r"(?:今天|今日|昨天|昨日|近日|日前)?(?:[（(][^（）()\n]{1,10}[）)])?(?:从|了解到|获悉)"
_NEWS_VOICE = re.compile(
    rf"报告(?:显示|指出|称)|记者{_LEARNED}|笔者{_LEARNED}|"
    r"据(?:悉|了解|介绍)|会议将(?:听取|审议)|将听取和审议|从[^。，；\n]{2,24}获悉"
    # ...or quotes an official's account (据县司法局负责人介绍)
    r"|据[^。，；\n]{2,20}?(?:负责人|负责同志|局长|主任|工作人员)介绍"
)

# A story that a body has published its report (近日，某部发布2021年法治政府建设年度报告), its lead a
# day or 近日 (opening its line or after …讯); asked only of a page that says 发布 or 公布 near its top.
_PUBLISHED_NEWS = re.compile(
    r"(?:近日|日前|(?:^|[讯訊电電])[ 　]*(?:\d{1,2}月)?\d{1,2}日)[，,][^。\n]{0,20}(?:发布|公布|發布)(?:了)?"
    r"[^。\n]{0,30}(?:报告|報告)",
    re.M,
)

_PUBLISHED_MARKS = ("发布", "公布", "發布")

# A feature story's subtitle names its genre (——某县法治政府建设工作综述, ——…纪实), and a story quotes
# an official and says who spoke (“…。”县司法局负责人表示): a report speaks for itself.
_FEATURE_SUBTITLE = re.compile(rf"^——\s*[^。\n]{{2,40}}(?:{FEATURE_GENRES})$", re.M)

_QUOTED_SPEAKER = re.compile(
    r"”[^。\n“”]{0,20}(?:负责人|局长|主任|书记|县长|市长|区长|镇长|厅长|处长|科长)[^。\n“”]{0,6}"
    r"(?:表示|说|介绍|指出|告诉记者)"
)

# An article, a white paper or a content farm's machine-written piece numbers its sections 1.1, 1.2,
# 2.1 at the start of a line; a report numbers its parts 一、（一）1.
_DECIMAL_SECTION = re.compile(
    r"^[ 　]*\d\.\d{1,2}(?=[ 　]*[\u4e00-\u9fff])(?![ 　]*[亿万千百元个项件人次余])", re.M
)

DECIMAL_SECTIONS_MIN = 2

# A story names the body it tells of in the third person (该县, 该局) and never speaks as it (我县,
# 本局): twice, with no first person and no sentence that reports, make the page a story. (Once
# alone was tried as news voice and cost a report: a report also says so of a body under it.)
_THIRD_PERSON = re.compile(r"该(?:县|区|市|镇|乡|局|旗|州|盟|街道|委)")

_FIRST_PERSON = re.compile(
    r"我(?:省|市|州|盟|区|县|旗|镇|乡|街道|局|委|厅|办|们)|本(?:局|委|厅|镇|乡|街道|县|区|市)"
)

THIRD_PERSON_MIN = 2

# An essay or an explainer names itself 本文 and says what it will do (本文将探讨, 本文对…进行解析);
# a report names itself 本报告 and says it reports.
_ESSAY_SELF = re.compile(r"本文(?:将|对|从|旨在|通过|拟|主要|试图|围绕|就)")

ESSAY_SELF_CHARS = 600

NEWS_VOICE_CHARS = 800

# A story's lead: 本报讯, 本网讯, 某某网讯（…）or 某某新闻网讯 5月26日下午，…, 讯（记者…）, 某县融媒体中心讯; a
# column's dated lead at a line's start (法治视点7月27日讯：).
_NEWS_LEAD = re.compile(
    r"(?:本报|本网|本台|本站|本報|本網|本臺)[讯訊]|(?:网|台|报|網|臺|報)[讯訊][ 　]*(?:[（(【]|\d{1,2}[ 　]*月[ 　]*\d{1,2}[ 　]*日)"
    r"|^[\u4e00-\u9fff]{0,12}\d{1,2}[ 　]*月[ 　]*\d{1,2}[ 　]*日[ 　]*[讯訊][ 　]*[：:（(]",
    re.M,
)

_MEDIA_LEAD = re.compile(r"^[\u4e00-\u9fff]{0,12}(?:融媒体中心|新闻中心|日报|晚报|电视台)讯", re.M)

_MEDIA_LEAD_MARKS = ("中心讯", "日报讯", "晚报讯", "电视台讯")

# A story's source that is a newspaper, a broadcaster or a news app, not a government body.
_MEDIA_SOURCE = re.compile(
    r"来源[ 　]*[：:][ 　]*[^\n：:]{0,16}?(?:日报|晚报|都市报|时报|新闻网|新闻中心|电视台|广播电视台|融媒体中心|"
    r"客户端|新华社|人民网|新华网|央视|公众号)"
)

# A newspaper's dateline under a story's headline (某某日报·2025-12-05 08:34). The paper's name opens
# with a run of any length, so the regex engine tries it at every position of a page (millions of
# instructions): a page that names no paper is not searched.
_MEDIA_NAMES = ("日报", "晚报", "都市报", "时报", "新闻网", "客户端")
_MEDIA_DATELINE = re.compile(
    r"[\u4e00-\u9fff]{0,8}(?:"
    + "|".join(_MEDIA_NAMES)
    + r")[ 　]*[·•|｜][ 　]*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}"
)

# An editor's credit ends its line or is followed by the page's next label (编辑: 某某 审核人:某某).
_EDITOR = re.compile(
    r"(?:责任编辑|编辑|审核|校对)[ 　]*[：:|｜][ 　]*[\u4e00-\u9fff]{2,4}[ 　]*(?:$|(?=[ 　]+[\u4e00-\u9fff]{1,6}[：:]))",
    re.M,
)

# A page's own marks (a byline, a lead) are looked for in its first this many characters, its tail
# and its chrome (``look_alike`` builds those edges).
EDGE_CHARS = 600

CREDIT_CHARS = 2000


def news(text: str, page: str, edges: str, report_title: bool) -> tuple[str, str] | None:
    byline = _REPORTER.search(page) if holds_any(page, _REPORTER_MARKS) else None
    if byline is None and holds_any(text[:CREDIT_CHARS], _CREDIT_MARKS):
        byline = _CREDIT.search(text, 0, CREDIT_CHARS)
    if byline is None and holds_any(edges, _CREDIT_MARKS):
        byline = _CREDIT.search(edges)
    if byline is None and ("讯" in page or "訊" in page):
        byline = _NEWS_LEAD.search(page)
        if byline is None and any(mark in edges for mark in _MEDIA_LEAD_MARKS):
            byline = _MEDIA_LEAD.search(edges)
    if byline is None and not report_title:
        if "编辑" in page or "审核" in page or "校对" in page:
            byline = _EDITOR.search(page)
        if byline is None and "来源" in page:
            byline = _MEDIA_SOURCE.search(page)
        if (
            byline is None
            and ("·" in page or "•" in page or "|" in page or "｜" in page)
            and any(name in page for name in _MEDIA_NAMES)
        ):
            byline = _MEDIA_DATELINE.search(page)
    if byline is None and text.rstrip().endswith(("）", ")")):
        byline = _SOURCE_AT_END.search(text[-SOURCE_AT_END_CHARS:])
    if byline is None and holds_any(edges, _WRITER_MARKS):
        byline = _WRITER.search(edges)
    if byline:
        return "news", f"新闻稿：署名行「{byline.group(0).strip()}」"
    return _story_voice(text, edges) or (None if report_title else _day_lead(text))


# A story's lead dates its event by the day (12月4日，某县召开…; 2023年11月1日上午，…): a year's report
# opens on its year (2023年，…) or its period, and dates a day only further down, inside its body.
_DAY_LEAD = re.compile(r"(?:(?:19|20)\d{2}\s*年)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:上午|下午|晚上|晚间|晚)?[，,]")

# A story's lead that a body published its report or white paper that month (2023年5月，某省政府新闻
# 发布会发布…白皮书; 3月下旬，市司法局公布了…报告): a report says so, if at all, inside its body.
_MONTH_LEAD_PUBLISHED = re.compile(
    r"(?:(?:19|20)\d{2}\s*年)?\d{1,2}\s*月(?:份)?(?:上旬|中旬|下旬|底|初)?[，,][^。\n]{0,20}"
    r"(?:发布|公布|發布)(?:了)?[^。\n]{0,30}(?:报告|報告|白皮书|白皮書)"
)

# ...or a lead that tells of a meeting held of late (日前，某县召开法治政府建设推进会。): a report tells its
# year, not the news of a day.
_RECENT_MEETING_LEAD = re.compile(
    r"(?:近日|日前|近期|昨天|昨日|今天|今日)[，,][^。\n]{0,30}(?:召开|举行|举办)[^。\n]{0,30}会"
)

# The first paragraph is the first line of this length among the page's first lines.
PARAGRAPH_CHARS = 24

LEAD_LINES = 8


def _day_lead(text: str) -> tuple[str, str] | None:
    """A story by its lead: the first paragraph opens on a day's date, and no sentence reports."""
    for raw in text[:EDGE_CHARS].split("\n", LEAD_LINES)[:LEAD_LINES]:
        line = raw.strip()
        if len(line) < PARAGRAPH_CHARS:
            continue  # a headline, a date line, a site's label
        lead = _DAY_LEAD.match(line) if "日" in line[:14] else None
        if lead and not SAYS_IT_REPORTS.search(text[:BODY_CHARS]):
            return "news", f"新闻稿：导语以某日开头「{lead.group(0)}」"
        published = _MONTH_LEAD_PUBLISHED.match(line) if "月" in line[:12] else None
        if published and not SAYS_IT_REPORTS.search(text[:BODY_CHARS]):
            return "news", f"新闻稿：导语说某月发布了报告「{published.group(0)}」"
        meeting = _RECENT_MEETING_LEAD.match(line) if "会" in line else None
        if meeting and not SAYS_IT_REPORTS.search(text[:BODY_CHARS]):
            return "news", f"新闻稿：导语说近日召开了会议「{meeting.group(0)}」"
        return None
    return None


def _story_voice(text: str, edges: str) -> tuple[str, str] | None:
    """A story or an essay by its voice: it speaks of the report (报告显示), its reporter learned the
    news (记者从…获悉), it quotes an official or names its genre (——…综述), it names itself 本文."""
    voice = _NEWS_VOICE.search(text, 0, NEWS_VOICE_CHARS)
    if voice is None and any(mark in text[:NEWS_VOICE_CHARS] for mark in _PUBLISHED_MARKS):
        voice = _PUBLISHED_NEWS.search(text, 0, NEWS_VOICE_CHARS)
    if voice and not SAYS_IT_REPORTS.search(text[:BODY_CHARS]):
        return "news", f"新闻稿：以第三人称谈报告「{voice.group(0)}」"
    feature = _FEATURE_SUBTITLE.search(edges) if "——" in edges else None
    if feature is None and "”" in text:
        feature = _QUOTED_SPEAKER.search(text, 0, BODY_CHARS)
    if feature and not SAYS_IT_REPORTS.search(text[:BODY_CHARS]):
        return "news", f"新闻稿：特写或引述「{feature.group(0).strip()}」"
    third = _THIRD_PERSON.findall(text, 0, NEWS_VOICE_CHARS) if "该" in text[:NEWS_VOICE_CHARS] else []
    if (
        len(third) >= THIRD_PERSON_MIN
        and not _FIRST_PERSON.search(text, 0, BODY_CHARS)
        and not SAYS_IT_REPORTS.search(text[:BODY_CHARS])
    ):
        return "news", f"新闻稿：以第三人称称呼报告机关（「{third[0]}」{len(third)} 次），从不自称"
    sections = (
        {found.group(0).strip() for found in _DECIMAL_SECTION.finditer(text, 0, BODY_CHARS)}
        if "1.1" in text[:BODY_CHARS]
        else set()
    )
    if len(sections) >= DECIMAL_SECTIONS_MIN and any(section.endswith(".1") for section in sections):
        return "article", f"文章：小数编号的章节（{'、'.join(sorted(sections)[:3])}）"
    essay = _ESSAY_SELF.search(text, 0, ESSAY_SELF_CHARS) if "本文" in text[:ESSAY_SELF_CHARS] else None
    if essay and not SAYS_IT_REPORTS.search(text[:BODY_CHARS]):
        return "article", f"文章：自称「{essay.group(0)}」"
    return None
