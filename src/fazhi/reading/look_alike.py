"""Classify, kind: the genres that only look like a year's rule-of-law report.

Pages that quote or summarise a report are ``not_report`` whatever words they hold: a news story
with a reporter's byline or an editor's line (or whose reporter learned the news, which quotes an
official, or whose subtitle names it a 综述), an essay that names itself 本文, a chapter of a book, a
template on a document-sharing site (or its text printed as pieces cut mid-sentence), a content
farm's machine-reworded copy, a yearbook entry, a page mostly in English, a spam page, a model-essay
site's collection, a leader's personal report, a general work summary that names no rule-of-law
topic, a column's list of reports, the documents written for another purpose that open as a report
does (``look_alike_material``: an experience paper, a deeds write-up, an application…), and the genres
that republish a report's words (``republished``). ``look_alike`` asks them in turn, cheapest marks first; ``report_evidence``
holds the positive evidence a report needs.
"""

from __future__ import annotations

import re

from .look_alike_material import written_for_another_purpose
from .look_alike_news import EDGE_CHARS, news
from .region_text import region_mentions
from .report_evidence import BODY_CHARS, SAYS_IT_REPORTS, is_report_title
from .republished import republished
from .title import HEADING
from .wordlists import alternation, automaton, by_piece, heads, holds_any

_THIS_CHAPTER = re.compile(r"本章(?:以|小结|要点|思考|所述|讨论|介绍|考察)|上一章|下一章|加入书架|章节目录")
# A chapter heading at a line start (searched in the text after a newline put before it).
_CHAPTER = re.compile(r"\n第[一二三四五六七八九十百\d]{1,4}[章编节](?:[ 　]|$|[\u4e00-\u9fff])", re.M)
_BOOK_MARKS = by_piece(
    ("本章", "上一章", "下一章", "书架", "章节目录", "ISBN", "书号", "出版社出版", "出版时间"),
    ("章", "架", "B", "书", "版"),
)
# A book's record (ISBN 978-…, 书号：, 某某出版社出版). An ISBN is one by itself; the other fields
# also label a site's disclosure table (书号：, 出版时间：), so two different ones are asked for.
_ISBN = re.compile(r"ISBN[ 　:：]*97[89]")
_BOOK_RECORD = re.compile(r"书号[：:]|出版社出版|出版时间[：:]")
BOOK_RECORD_MIN = 2
_DOCUMENT_SITE = re.compile(alternation("document_site_words"))
# The words its entries start with: a page holding none of them (most pages) is not searched with the
# alternation, which was tried wherever one of its first characters stands (文, 下, 本, 可…).
_DOCUMENT_SITE_HEADS = heads("document_site_words")
DOCUMENT_SITE_MIN = 2
# A sharing site's notice under an uploaded document, at the page's edges (counted with the above).
# A content farm's disclaimer says the same (本站部分内容来源于网络, 网友投稿).
_UPLOAD_NOTICE = re.compile(r"用户上传|如有侵权|侵权请联系|仅供学习|来源于网络|来自网络|网友投稿|网友上传")
# Every alternative of _UPLOAD_NOTICE holds one of these: a page's edges without them are not scanned.
_UPLOAD_NOTICE_WORDS = by_piece(
    ("上传", "侵权", "仅供学习", "来源于网络", "来自网络", "投稿"), ("上传", "侵", "仅", "络", "稿")
)
# A sharing site's page counter printed into the text (第1页共7页) counts with them too. It is a pattern of
# its own, asked only of edges that say 共 and 页 (a page's 首页 and a report's 网络 let the notices' scan,
# which skips along to seven common first characters, run on most pages); no notice word holds a character
# of a counter, so the two find together what one alternation found.
_PAGE_COUNTER = re.compile(r"第\d+页\s*共\d+页")
_SPAM = automaton("spam_words")
_ADULT_SPAM = automaton("adult_spam_words")
# A sharing site prints a document as numbered pieces of a fixed length (1、… 2、… 3、…), each cut
# wherever the length ran out, mid-sentence or mid-word; a report's numbered items end a sentence.
_PIECE = re.compile(r"^(\d{1,2})、", re.M)
PIECE_MIN_CHARS = 150
PIECE_CUTS_MIN = 2
_SENTENCE_END = tuple("。！？；：”」）)…")
# A content farm's machine-reworded copy (伪原创): words a synonym tool swapped in, read in the
# page's first characters.
_SPUN = automaton("spun_words")
SPUN_CHARS = 5000
SPUN_MIN = 2
TAIL_CHARS = 300
ESSAY_COLLECTION_CHARS = 1500
SPAM_MIN = 2
# A yearbook's entry heads its paragraph with a 【…】 label; a site's column label before a title
# (【法治建设报告】某省司法厅2023年…报告) and a page's field label (【来源】, 【字号】) are not one.
_YEARBOOK = re.compile(
    r"年鉴|^【(?!来源|作者|发布|时间|日期|字号|字体|编辑|责任编辑|浏览|点击|索引|文号|打印|关闭)[^】]{2,20}】(?![^\n。，]{4,70}(?:报告|总结|情况)[ 　]*(?:[（(\[【][^）)\]】\n]{0,24}[）)\]】])?[ 　]*$)",
    re.M,
)
YEARBOOK_CHARS = 200
# A local chronicle (方志馆, 续修县志, 市志): its sections sum up a stretch of years in the third person.
_CHRONICLE = re.compile(r"方志馆|地方志|续志|(?:续修)?[县市省区州旗]志(?![愿向气])")
# A title that names itself a report (…情况报告, …的报告（公开版）): its page is no yearbook entry.
_NAMED_REPORT = re.compile(r"报告(?:[（(][^（）()]{0,20}[）)])?$")
# A yearbook's entries, each under a bracketed heading (【推进依法行政】 …), in a page's opening.
# The bracket looks back for the line's start (not ^【) so that the engine skips along the opening to it.
_YEARBOOK_ENTRY = re.compile(
    r"【(?<=^【)[^】]{2,20}】\s*(?![^\n。，]{4,70}(?:报告|总结|情况)[ 　]*$)\S", re.M
)
# A catalogue's summary made by a machine says so.
_MACHINE_SUMMARY = re.compile(
    r"(?i)machine[- ]generated|machine[- ]translat|automatically (?:generated|translated)"
)
# A page mostly in Latin letters is a summary or translation, not the report.
LATIN_SHARE = 0.5
_LATIN = re.compile(r"[A-Za-z]+")
# Six English words in a row: only then is the share of Latin letters counted. The first word's first
# letter stands alone so that the regex engine skips along the text to a letter (a repeat first is tried
# at every position).
_ENGLISH_RUN = re.compile(r"[A-Za-z][A-Za-z]+(?: [A-Za-z]{2,}){5}")
_ENGLISH_SPACES = 5  # the spaces of _ENGLISH_RUN
_HAN = re.compile(r"[\u4e00-\u9fff]")
# An English gloss in brackets after a term (依法行政（law-based administration）); a report brackets at most an
# abbreviation or two (国内生产总值(GDP)). One pattern for each opening bracket: a scan opened by a plain
# character is skipped along the text many times faster than one opened by a class of the two, which tests
# every character (a gloss holds no bracket, so the two patterns' matches are those of one for both).
_GLOSS_BY_BRACKET = tuple(
    re.compile(bracket + r"[A-Za-z][A-Za-z \-'\",.]{2,40}[）)]") for bracket in ("（", r"\(")
)
GLOSSES_MIN = 5
_CODE = re.compile(r"[<>{}=；;]|\bvar\b|function")
# A general work summary with the next year's ideas, its head naming no rule-of-law topic.
_GENERAL_SUMMARY = re.compile(
    r"(?:工作)?总结(?:(?:和|及|暨|与|以及)[^。]{0,16}(?:思路|打算|计划|安排|谋划|要点))?$|"
    r"(?:思路|打算|谋划)$|(?:总结|思路|打算|计划|安排|谋划)的(?:报告|汇报)$|工作(?:情况)?汇报$"
)
# Any word of law at all (法律 too): a head or a page without one cannot be about the rule of law.
# Owned here; ``classify`` reads the same list.
WEAK_TOPIC = re.compile(r"法治|依法|法制|法律")
# Below the first lines a general summary's title names its year (a column's name does not).
GENERAL_SUMMARY_LINES = 8
_YEAR_NAMED = re.compile(r"(?:19|20)\d{2}\s*年")
# A leader's own report (述法, 述职): the leader speaks as 本人, or reports on 我 (现将我履行…), or 我
# is the subject of the year's work (我始终坚持…, 我带头…), where a body says 我县, 我局 or 我们.
_PERSONAL = re.compile(r"本人|现将(?:我个人|我|个人)(?:履行|述法|述职|一年来|任职)|我(?:作为|担任)")
_PERSONAL_SUBJECT = re.compile(r"我(?:始终|坚持|认真|带头|切实|严格|自觉)")
_PERSONAL_GENRE = re.compile(r"述法|述职|第一责任人|个人履(?:行|职)")
# ...or its first part is the leader's duties done (一、履职情况), where a body's report opens with its
# measures and results (一、主要举措和成效).
_DUTIES_DONE_FIRST = re.compile(r"^\s*[一1][、.．]\s*(?:个人)?履职(?:尽责)?情况\s*$", re.M)
PERSONAL_CHARS = 600
# A column's list page: several different report titles among its first lines, each perhaps dated.
LISTING_LINES = 25
LISTING_MIN = 3
LISTING_LINE_MAX = 80
_OTHER_PAGE = re.compile(r"上一篇|下一篇|相关")
# A numbered search result: its title, then the snippet after an ellipsis.
_NUMBERED_RESULT = re.compile(r"\d{1,2}[.、．]\s*([^.…]{6,60}?)\s*(?:\.{3}|…)")
_LISTED_DATE = re.compile(r"\s*[\[（(【]?(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[\]）)】]?$")
# What a listed date ends its line with besides a digit: a line ending otherwise (most) holds none, and
# is not searched (the pattern opens with a repeat of spaces, so it is tried at every position).
_LISTED_DATE_ENDS = frozenset("日]）)】")
# A page that collects several model essays, each under 篇一：, 范文二：…
_ESSAY_COLLECTION = re.compile(
    r"^(?:篇|范文|文章)[一二三四五六七八九十\d]{1,2}\s*[：:]"
    # a compilation's own head (…工作总结及…工作计划汇编, （22篇）, …工作计划-22篇)
    r"|^[^\n，。、；]{0,40}(?:总结|计划|报告|范文|材料|讲话)[^\n，。、；]{0,12}(?:汇编|合集|选编|大全)[ \t]*$"
    r"|^[^\n，。；]{0,40}[（(\-—]\s*\d{1,3}\s*篇\s*[）)]?[ \t]*$",
    re.M,
)
# A model-essay site's line that presents the text (以下是…的一篇范文，供参考 / 希望对你有帮助) at
# the top or the bottom of the page (为决策提供参考 is a report's phrase, not this).
_ESSAY_INTRO = re.compile(
    r"(?:以下|下面)(?:是|为)[^。\n]{0,30}(?:范文|模板|样本|参考)|(?<!提)供(?:大家|您|你)?参考(?:[。！!，,]|$)|"
    r"希望(?:能)?对(?:你|您|大家)有所?帮助",
    re.M,
)
ESSAY_INTRO_CHARS = 300
# A model-essay site's links to its other essays below the text (…工作总结范文, …报告精选).
_ESSAY_LINK = re.compile(r"(?:报告|总结|情况)[^\n。]{0,6}(?:范文|模板|大全|精选|合集)")
ESSAY_LINKS_MIN = 2
# A model-essay site masks the names it will not print: a leader's name as a letter (A新时代中国特色
# 社会主义思想, A法治思想, A总书记) or the Party's name as stars (**建工作, **员干部).
MASKED_NAME_CHARS = 3000
_MASKED_BEFORE = ("新时代", "法治思想", "总书记")
_MASKED_STARS = re.compile(r"(?<![*＊])[*＊]{2}(?=建|员|风|史|课|组织|中央|的领导|委)")
# Another model-essay site leaves a note where it took a name out: (三字名称替换), （单字替换）.
_REPLACED_NOTE = re.compile(r"[（(][一二三四五六七八九十\d]?字?[^（）()\n]{0,6}替换[）)]")
_NUMBERED = re.compile(
    r"[一二三四五六七八九十]{1,3}[、.]|（[一二三四五六七八九十]{1,3}）|\d{1,2}[.、](?!\d)|第[一二三四五六七八九十]"
)


def look_alike(
    head_lines: list[str],
    text: str,
    chrome_text: str,
    *,
    report_title: bool = False,
    report_body: bool = False,
) -> tuple[str, str] | None:
    """(source, reason) when the page is of a genre that quotes a report; None otherwise.

    ``report_title``: the page is headed by a year's rule-of-law report title. A newspaper that
    prints such a report whole (来源：某某日报) or an editor's line does not make it a story about
    the report; a reporter's byline does. ``report_body``: the page's headings name the report's
    statutory parts; an editor's line or a media source alone does not make such a page without the
    title a story either (a story's headline over it still does: ``republished``).
    """
    page = text + "\n" + chrome_text
    # A page's own marks (a byline, a book's links, a site's keywords) sit at its top, its end or
    # in its chrome: the newer, rarer marks are looked for there only, which keeps the scan short.
    edges = (
        page
        if len(text) <= EDGE_CHARS + TAIL_CHARS
        else f"{text[:EDGE_CHARS]}\n{text[-TAIL_CHARS:]}\n{chrome_text}"
    )
    return (
        news(text, page, edges, report_title or report_body)
        or _book(text, edges)
        or (None if report_title else written_for_another_purpose(text, page))
        or _shared_or_spam(page, edges)
        or (None if report_title and _NAMED_REPORT.search(head_lines[0]) else _yearbook(text, chrome_text))
        or _english(text, edges)
        or _model_essay(text, edges, chrome_text)
        or _personal_or_general(head_lines, text, report_title)
        or _listing(text)
        or _definition(head_lines, text)
        or (None if report_title else republished(head_lines[0] or None, text))
    )


# A research report credits its team at its top or its end (课题组成员：…, 课题负责人：…); a journal's
# article its author's affiliation, the author or the grant (作者单位：…, 作者简介：… or 作者简介 张某，…,
# 基金项目：…) and its references (参考文献).
_RESEARCH_TEAM = re.compile(
    r"课题(?:组)?(?:成员|负责人|组长|主持人)\s*[：:]|作者(?:单位|简介)\s*[：:\s]|基金项目\s*[：:]|参考文献\s*[：:\n]"
)
_RESEARCH_MARKS = by_piece(("课题", "作者", "基金", "参考"), ("课", "者", "基金", "参"))


def _book(text: str, edges: str) -> tuple[str, str] | None:
    team = _RESEARCH_TEAM.search(edges) if holds_any(edges, _RESEARCH_MARKS) else None
    if team:
        return "article", f"研究报告或期刊文章：「{team.group(0)}」"
    chapter = _CHAPTER.search("\n" + text) if "章" in text or "编" in text or "节" in text else None
    if chapter is None and "本章" in text:
        chapter = _THIS_CHAPTER.search(text)
    if chapter is None and holds_any(edges, _BOOK_MARKS):
        chapter = _THIS_CHAPTER.search(edges) or _ISBN.search(edges)
        record = list(_BOOK_RECORD.finditer(edges))
        if chapter is None and len({found.group(0)[:2] for found in record}) >= BOOK_RECORD_MIN:
            chapter = record[0]
    return ("book", f"书的章节：「{chapter.group(0).strip()}」") if chapter else None


def _shared_or_spam(page: str, edges: str) -> tuple[str, str] | None:
    notices = _UPLOAD_NOTICE.finditer(edges) if holds_any(edges, _UPLOAD_NOTICE_WORDS) else ()
    site = {m.group(0) for m in notices}
    if "共" in edges and "页" in edges:
        site |= {m.group(0) for m in _PAGE_COUNTER.finditer(edges)}
    if _DOCUMENT_SITE_HEADS.find_matches_as_indexes(page):
        site |= {m.group(0) for m in _DOCUMENT_SITE.finditer(page)}
    if len(site) >= DOCUMENT_SITE_MIN:
        return "document_site", "文档分享网站上的文档：" + "、".join(sorted(site)[:4])
    spam = set(_SPAM.find_matches_as_strings(page)) | set(_ADULT_SPAM.find_matches_as_strings(edges))
    if len(spam) >= SPAM_MIN:
        return "spam", "垃圾页面：" + "、".join(sorted(spam)[:4])
    cuts = _pieces_cut_mid_sentence(page) if "1、" in page else 0
    if cuts >= PIECE_CUTS_MIN:
        return "document_site", f"文档分享网站的分页文本：{cuts} 段在句中截断"
    spun = set(_SPUN.find_matches_as_strings(page[:SPUN_CHARS]))
    if len(spun) >= SPUN_MIN:
        return "spun_copy", "机器改写（伪原创）的转载：" + "、".join(sorted(spun)[:4])
    return None


def _pieces_cut_mid_sentence(page: str) -> int:
    """How many of a page's numbered pieces (1、 2、 3、…, counted from 1) are long and end
    mid-sentence, the next piece going on with the same sentence."""
    lines = page.split("\n")
    cuts, expected = 0, 1
    for index, line in enumerate(lines[:-1]):
        found = _PIECE.match(line)
        if found is None or int(found.group(1)) != expected:
            continue
        expected += 1
        below = _PIECE.match(lines[index + 1])
        if (
            len(line) >= PIECE_MIN_CHARS
            and not line.rstrip().endswith(_SENTENCE_END)
            and below is not None
            and int(below.group(1)) == expected
        ):
            cuts += 1
    return cuts


def _yearbook(text: str, chrome_text: str) -> tuple[str, str] | None:
    """A yearbook's entry: 年鉴 or a 【…】 label heading a paragraph at the top, or a local chronicle's section
    (a 方志馆's or a 县志's name in the chrome or the first lines). A page headed by a year's report title is not
    one, nor a 【…】 subheading below an opening that says it reports."""
    if "志" in chrome_text or "志" in text[:YEARBOOK_CHARS]:
        chronicle = _CHRONICLE.search(chrome_text) or _CHRONICLE.search(text, 0, YEARBOOK_CHARS)
        if chronicle:
            return "yearbook", f"地方志的章节：「{chronicle.group(0)}」"
    yearbook = _YEARBOOK.search(text[:YEARBOOK_CHARS])
    if yearbook and yearbook.group(0) != "年鉴" and SAYS_IT_REPORTS.search(text, 0, yearbook.start()):
        yearbook = None
    yearbook = yearbook or ("年鉴" in chrome_text and _YEARBOOK.search(chrome_text))
    return ("yearbook", f"年鉴条目：「{yearbook.group(0)}」") if yearbook else None


def _english(text: str, edges: str) -> tuple[str, str] | None:
    machine = _MACHINE_SUMMARY.search(edges) if "achine" in edges or "utomatically" in edges else None
    if machine:
        return "english", f"机器生成的英文摘要：「{machine.group(0)}」"
    glosses = sum(len(gloss.findall(text, 0, 5000)) for gloss in _GLOSS_BY_BRACKET)
    if glosses >= GLOSSES_MIN:
        # 县政府（county government）全面推进依法行政（law-based administration）: a language course's reading or
        # a translation, glossed term by term
        return "english", f"正文逐词附英文注释（{glosses} 处）：是语言学习或翻译材料"
    # Six words in a row are five spaces at least: a text with fewer (most reports) is not scanned.
    if text.count(" ", 0, 5000) >= _ENGLISH_SPACES and _ENGLISH_RUN.search(text, 0, 5000):
        # Lines of code a page let through (script, markup) are not prose in English.
        prose = "\n".join(line for line in text[:5000].split("\n") if not _CODE.search(line))
        latin = sum(len(m) for m in _LATIN.findall(prose))
        han = len(_HAN.findall(prose))
        if latin and latin > LATIN_SHARE * (latin + han):
            return "english", f"正文主要是英文（拉丁字母 {latin}，汉字 {han}）"
    return None


def _model_essay(text: str, edges: str, chrome_text: str) -> tuple[str, str] | None:
    head = text[:ESSAY_COLLECTION_CHARS]
    essays = _ESSAY_COLLECTION.search(head) if "篇" in head or "范文" in head or "文章" in head else None
    if essays:
        return "essay_collection", f"范文合集：「{essays.group(0)}」"
    links = _ESSAY_LINK.findall(edges) if "范文" in edges or "精选" in edges or "模板" in edges else []
    if len(links) >= ESSAY_LINKS_MIN:
        return "essay_collection", f"范文网站的链接：「{links[0]}」…"
    if "参考" not in edges and "帮助" not in edges:
        return None
    intro = (
        _ESSAY_INTRO.search(text[:ESSAY_INTRO_CHARS])
        or _ESSAY_INTRO.search(text[-ESSAY_INTRO_CHARS:])
        or _ESSAY_INTRO.search(chrome_text)
    )
    if intro is None or _reposted_report(intro, text):
        return None
    return "essay_collection", f"范文网站的按语：「{intro.group(0)}」"


# A model-essay site also reposts a real body's report whole: its line names the body whose report it
# is by its place's real name (整理的【司法报告】茂名市司法局关于…情况报告，供大家参考), the text masks no name (no *区, XX局, A法治思想)
# and the body speaks for itself (现将我局2016年度法治政府建设情况报告如下). Such a page is that body's
# report; a template it writes masks the place (2023年*区…) and its line names no body.
_ESSAY_NAMES_BODY = re.compile(
    r"[\u4e00-\u9fff]{1,8}?[省市县区州旗盟](?:人民政府|政府|[\u4e00-\u9fff]{1,8}?(?:局|委员会|厅|办公室))"
    r"[^。\n]{0,20}?(?:报告|总结)"
)
_PLACEHOLDER = re.compile(r"[*＊]|(?<![A-Za-z])(?:[XxＸｘ×]{1,3}|某)(?=[省市县区州旗盟镇乡街局年])")
PLACEHOLDER_CHARS = 3000


def _reposted_report(intro: re.Match[str], text: str) -> bool:
    """Whether the model-essay site's line presents a named body's own report, reposted unmasked."""
    line_start = intro.string.rfind("\n", 0, intro.start()) + 1
    line = intro.string[line_start : intro.end()]
    named = _ESSAY_NAMES_BODY.search(line)
    return bool(
        named
        and region_mentions(named.group(0))
        and SAYS_IT_REPORTS.search(text, 0, BODY_CHARS)
        and not _PLACEHOLDER.search(text, 0, PLACEHOLDER_CHARS)
        and masked_name(text) is None
    )


def _personal_or_general(head_lines: list[str], text: str, report_title: bool) -> tuple[str, str] | None:
    opening = text[:PERSONAL_CHARS]
    personal = (
        (_PERSONAL.search(opening) or _PERSONAL_SUBJECT.search(opening))
        if "我" in opening or "本人" in opening or "个人" in opening
        else None
    ) or (_DUTIES_DONE_FIRST.search(opening) if "履职" in opening else None)
    if personal and _PERSONAL_GENRE.search("\n".join(head_lines) + opening):
        return "personal_report", f"领导干部个人的述法或述职报告：「{personal.group(0)}」"
    if report_title:
        return None  # a subtitle (——在…会议上的工作汇报) under a report's title is no general summary
    # A general summary's title: one of the first lines, or below chrome, one that names its year.
    below = text.split("\n", GENERAL_SUMMARY_LINES + 1)[:GENERAL_SUMMARY_LINES]
    for index, head in enumerate([*head_lines, *below]):
        line = head.strip()
        if _NUMBERED.match(line):
            if index >= len(head_lines):
                break  # the body has begun
            continue  # 一、2023年工作总结 is a report's heading, not a document's title
        if (
            6 <= len(line) <= 60
            and _GENERAL_SUMMARY.search(line)
            and not WEAK_TOPIC.search(line)
            and (index < len(head_lines) or _YEAR_NAMED.search(line))
        ):
            return "general_summary", f"一般工作总结（未提法治）：「{line}」"
    return None


# A search engine's results page says how many it found (找到约1,230条结果, 为您找到相关结果约…个).
# (also a results line that names the search, not the results: 搜索结果：法治政府建设 共找到128条)
_SEARCH_RESULTS = re.compile(
    r"找到(?:相关结果)?约?[\d,，]+\s*(?:条|个|篇)(?:相关)?结果|为您找到相关结果"
    r"|搜索[^\n]{0,30}?找到约?[\d,，]+\s*(?:条|个|篇)"
)


# An encyclopedia's entry defines its headword in its first line (法治政府建设年度报告是指…): a page
# about the kind of document, headed by its name as a report is.
_DEFINES = re.compile(r"[，,]?\s*(?:是指|指的是|是[^。\n]{1,40}?的(?:简称|统称|总称))")
DEFINITION_LINES = 3


def _definition(head_lines: list[str], text: str) -> tuple[str, str] | None:
    term = head_lines[0].strip() if head_lines and head_lines[0] else ""
    if not term:
        return None
    for raw in text.lstrip().split("\n", DEFINITION_LINES)[:DEFINITION_LINES]:
        line = raw.strip()
        if line.startswith(term) and _DEFINES.match(line, len(term)):
            return "encyclopedia", f"词条，开头给「{term}」下定义"
    return None


# (also a bulleted row of a catalogue block, and its summary row that repeats the title: • 内容概述：…)
# (and the attachment's line of a cover letter, 附件：…报告, names the report below it)
_FIELD_LABEL = re.compile(
    r"^(?:[•·●▪◆■]\s*)?(?:信息名称|名\s*称|标\s*题|内容概述|内容摘要|附件\s*\d{0,2})\s*[：:]\s*"
)


def _listing(text: str) -> tuple[str, str] | None:
    """A column's list of reports (each title a line, often with its date), not one report; a search
    engine's results page."""
    results = _SEARCH_RESULTS.search(text, 0, EDGE_CHARS) if "找到" in text[:EDGE_CHARS] else None
    if results:
        return "listing", f"搜索结果页：「{results.group(0)}」"
    titles = set()
    for line in text.split("\n", LISTING_LINES)[:LISTING_LINES]:
        if len(line) > LISTING_LINE_MAX:
            break  # a paragraph: the page has a body, and what follows it are links to other pages
        title = line.strip()
        if title[-1:] in _LISTED_DATE_ENDS or title[-1:].isdigit():
            title = _LISTED_DATE.sub("", title)
        numbered = _NUMBERED_RESULT.match(title)
        if numbered:
            title = numbered.group(1)  # 2. 某县…报告 ... 现将有关情况报告如下...: a result and its snippet
        elif HEADING.match(title):
            continue  # 一、2018年法治政府建设工作情况: the report's own first part, not another report
        # 名称：某县…报告 over the same title: the disclosure block names the page's one report
        title = _FIELD_LABEL.sub("", title)
        if _YEAR_NAMED.search(title) and is_report_title(title) and not _OTHER_PAGE.search(title):
            titles.add(title)
    if len(titles) >= LISTING_MIN:
        return "listing", f"栏目列表页：{len(titles)} 个报告标题（「{sorted(titles)[0]}」…）"
    return None


def masked_name(text: str) -> str | None:
    """The words around a name a model-essay site masked (镇以A法治思想为指导, **建工作), or None."""
    head = text[:MASKED_NAME_CHARS]
    found = None
    for word in _MASKED_BEFORE:  # str.find is much faster here than a regex led by a letter
        at = head.find(word)
        while at > 0 and found is None:
            letter = head[at - 1]
            if "A" <= letter <= "Z" and not (at >= 2 and head[at - 2].isascii() and head[at - 2].isalpha()):
                found = at - 1
            at = head.find(word, at + 1)
        if found is not None:
            break
    if found is None and ("**" in head or "＊＊" in head):
        stars = _MASKED_STARS.search(head)
        found = stars.start() if stars else None
    if found is None and "替换" in head:
        note = _REPLACED_NOTE.search(head)
        found = note.start() if note else None
    if found is None:
        return None
    start = head.rfind("\n", 0, found) + 1
    return head[start : found + 16]


def yearbook_entries(opening: str) -> int:
    """How many yearbook entries the opening holds; none when it first says it reports (现将…报告如下:
    its 【…】 lines are a report's subheadings)."""
    first = _YEARBOOK_ENTRY.search(opening)
    if first is None or SAYS_IT_REPORTS.search(opening, 0, first.start()):
        return 0
    return len(_YEARBOOK_ENTRY.findall(opening))
