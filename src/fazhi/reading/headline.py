"""Classify, kind: a news story's or an experience's headline over a paragraph (``republished``'s last genre).

A page without a report's title whose first line is short, names the rule-of-law topic and is no
document's head (…报告, …总结) may be a story's headline: a place and a colon (某县：…), a slogan in
quotation marks (“三个坚持”推进…), a feature's genre at its end (…综述, …纪实) or start (数说…), a news
slogan of what the work achieved (…见实效, 交出…答卷) or an honour (获评…示范县).
"""

from __future__ import annotations

import re

from .region_text import region_mentions
from .title import TITLE_END, TOPIC

HEADLINE_SCAN_LINES = 5
_DATE_ONLY = re.compile(r"^[\d\s:：./\-年月日]+(?:星期[一二三四五六日天])?$")
# A headline's forms: a place and a colon before the story's point (某县：…), or a slogan in
# quotation marks (“三个坚持”推进…); a report's title ends in its head word instead.
HEADLINE_MAX_CHARS = 40
_PLACE_COLON = re.compile(r"^([\u4e00-\u9fff]{2,12})[：:]\s*\S")
_SLOGAN = re.compile(r"[“\"][^”\"]{2,12}[”\"]")


def headline(text: str) -> tuple[str, str] | None:
    """A story's or an experience's headline on the first line, over a paragraph."""
    lines = [line.strip() for line in text.lstrip().split("\n", HEADLINE_SCAN_LINES)[:HEADLINE_SCAN_LINES]]
    # A site's clock above the headline and the story's date under it (09.10.2016 01:32) are passed over.
    lines = [line for line in lines if line and not _DATE_ONLY.match(line)]
    if len(lines) < 2:
        return None
    first, rest = lines[0], "\n".join(lines[1:])
    if (
        len(first) > HEADLINE_MAX_CHARS
        or not TOPIC.search(first)
        or re.search(r"[。，；]", first)
        or TITLE_END.search(first)
        or len(rest.lstrip().partition("\n")[0]) < HEADLINE_MAX_CHARS
    ):
        return None
    place = _PLACE_COLON.match(first)
    if (place and region_mentions(place.group(1))) or _SLOGAN.search(first):
        return "headline", f"新闻或经验材料的标题：「{first}」"
    if _FEATURE_END.search(first) or _FEATURE_START.match(first):
        return "headline", f"新闻特写或综述的标题：「{first}」"
    if _NEWS_SLOGAN.search(first):
        return "headline", f"新闻的标题，用口号说工作的成效：「{first}」"
    if _HONOUR.search(first):
        return "headline", f"新闻的标题，说获得的荣誉或推广：「{first}」"
    return None


# A feature's headline names its genre at its end (…法治政府建设工作综述, …纪实, …巡礼); its
# subtitle does too (``look_alike``), where 特写 is not read.
FEATURE_GENRES = "综述|纪实|巡礼|侧记|掠影|回眸"
# A story's headline names its angle at its end too (…工作亮点, …工作回顾, …年终盘点, …典型案例) or says
# a report came out (…年度报告出炉): no report's title ends so.
_FEATURE_END = re.compile(rf"(?:{FEATURE_GENRES}|特写|亮点|回顾|盘点|典型案例|出炉)$")
# …or at its start (数说某县2023年法治政府建设, 直击…); not 聚焦 or 走进, which name a site's columns too.
_FEATURE_START = re.compile(r"^(?:数说|图说|直击|探访)")
# …or says in a news slogan what the work achieved (某县多措并举推进法治政府建设见实效, 交出…亮眼答卷, 法治
# 护航…): no report's title speaks so (thirteenth session; the known gap of the tenth pass's table).
_NEWS_SLOGAN = re.compile(
    r"见实效|显成效|出实招|谱新篇|开新局|结硕果|答卷|护航|赋能|助力|多措并举|走深走实|提质增效|再上新台阶|跑出|按下|打出|织密|筑牢"
    r"|在行动"
)
# …or tells of an honour or of the work held up to others (获评…示范县, 入选…示范地区, 获…通报表扬, 经验在全省推广).
_HONOUR = re.compile(
    r"获评|入选|荣获|被评为|被命名|通报表扬|表彰|获[^\s]{0,6}肯定|在全[省市国区]推广|经验做法"
)
