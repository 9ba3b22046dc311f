"""Classify, kind: pages written for another purpose that open the way a year's report opens.

An untitled page may date a year's rule-of-law work, head its parts 一、二、 and count what was done,
and still be another document: an experience paper read at a meeting (经验交流材料), a write-up of a
person's or a unit's deeds for an honour (先进事迹), an application for a demonstration project
(申报材料), a congress committee's opinions on the government's report (审议意见), a question-and-answer
site's answer or a forum's post that quotes a report, a study's or an evaluation's report, or a journal
article's abstract. Each says so in words a report
never uses, and ``look_alike`` asks for them only where no report title heads the page.
"""

from __future__ import annotations

import re

# An experience paper speaks to its peers at a meeting: its practice is modest (粗浅做法), it sums up
# what it learned (我们的体会是), it compares itself with the other counties (兄弟县区) and asks to be
# corrected (不妥之处). Two of these, not one: a report to the government above may ask to be corrected too.
# A write-up of one practice names it so, too (其主要做法是：…, 通过上述做法, 该做法入选…).
_EXCHANGE = re.compile(
    r"粗浅(?:的)?(?:做法|体会|认识|探索)|我们的(?:主要|几点|一点)?体会|不妥之处|兄弟(?:县|市|区|单位|乡镇|省|部门)|"
    r"主要做法(?:是|如下)|上述做法|该做法"
)
_EXCHANGE_PIECES = ("粗浅", "体会", "不妥", "兄弟", "做法")
EXCHANGE_MIN = 2
# A deeds write-up closes on who put it forward (（县委依法治县办推荐）, （此件为…推荐…评选事迹材料）).
_PUT_FORWARD = re.compile(r"^[（(][^（）()\n]{0,40}(?:推荐|事迹)[^（）()\n]{0,24}[）)]\s*$", re.M)
TAIL_CHARS = 300
# An application heads its parts by what an assessor asks (一、项目背景 … 四、可复制推广价值).
_APPLICATION_HEADING = re.compile(
    r"^\s*[一二三四五六七八九十]{1,3}、\s*(?:项目(?:背景|概况|简介|基本情况)|申报(?:理由|单位|项目|情况)|"
    r"创新(?:点|亮点|之处)|可复制(?:可)?推广|推广(?:价值|意义|前景|应用))",
    re.M,
)
APPLICATION_HEADINGS_MIN = 2
_APPLICATION_PIECES = ("项目背景", "项目概况", "项目简介", "申报", "可复制", "推广价值", "推广意义", "创新点")
# A congress committee's opinions after it heard the government's report.
_DELIBERATION = re.compile(r"以上审议意见|常委会组成人员(?:一致)?(?:认为|建议|指出)")
# A question-and-answer site: the question's asker, the answers and how often an answerer is taken up; or a
# forum's post (发表于…只看该作者, 回复 | 引用).
_ANSWERS = re.compile(
    r"最佳答案|提问者|回答者|采纳率|其他回答|相关问题[：:]|只看该作者|只看楼主|倒序浏览|楼主|发表于|回复\s*[|｜]\s*引用"
)
ANSWERS_MIN = 2
_ANSWERS_PIECES = ("答", "提问", "楼", "发表于", "只看")
# A study's or an evaluation's report: its team speaks (评估组认为, 调研组在…), it names itself (本调研), refers to its
# tables and chapters (见表3-4, 下文第四章) and its notes ([1], 注释：). Two of these.
_STUDY = re.compile(
    r"(?:评估组|调研组|课题组|研究组)(?:认为|发现|依据|建议|在|对)|本调研|本研究|本课题|[见如]表\s*\d|下文第[一二三四五六七八九十\d]+章|"
    r"^\s*注释\s*[：:]|\[\d{1,2}\]",
    re.M,
)
_STUDY_PIECES = ("组", "本调研", "本研究", "本课题", "表", "章", "注释", "[")
STUDY_MIN = 2
# A journal article's abstract and key words, each a line of its own.
_ABSTRACT = re.compile(r"^\s*[【\[]?摘\s*要[】\]]?\s*[：:]", re.M)
_KEY_WORDS = re.compile(r"^\s*[【\[]?关键(?:词|字)[】\]]?\s*[：:]", re.M)


def written_for_another_purpose(text: str, page: str) -> tuple[str, str] | None:
    """(source, reason) when an untitled page is a document of another purpose; None otherwise. ``page`` is the
    text with the chrome the repair dropped (a forum's 只看该作者 line)."""
    return (
        _exchange_paper(text)
        or _deeds(text)
        or _application(text)
        or _deliberation(text)
        or _answers(page)
        or _study(text)
        or _article(text)
    )


def _exchange_paper(text: str) -> tuple[str, str] | None:
    if not any(piece in text for piece in _EXCHANGE_PIECES):
        return None
    marks = {found.group(0)[:2] for found in _EXCHANGE.finditer(text)}
    return (
        ("exchange_paper", "经验交流材料：" + "、".join(sorted(marks)))
        if len(marks) >= EXCHANGE_MIN
        else None
    )


def _deeds(text: str) -> tuple[str, str] | None:
    tail = text[-TAIL_CHARS:]
    put_forward = _PUT_FORWARD.search(tail) if "推荐" in tail or "事迹" in tail else None
    return ("deeds", f"先进事迹材料：「{put_forward.group(0).strip()}」") if put_forward else None


def _application(text: str) -> tuple[str, str] | None:
    if not any(piece in text for piece in _APPLICATION_PIECES):
        return None
    headings = _APPLICATION_HEADING.findall(text)
    if len(headings) < APPLICATION_HEADINGS_MIN:
        return None
    return "application", "申报材料：" + "、".join(heading.strip() for heading in headings[:3])


def _deliberation(text: str) -> tuple[str, str] | None:
    found = _DELIBERATION.search(text) if "审议意见" in text or "组成人员" in text else None
    return ("deliberation", f"人大常委会的审议意见：「{found.group(0)}」") if found else None


def _answers(page: str) -> tuple[str, str] | None:
    if not any(piece in page for piece in _ANSWERS_PIECES):
        return None
    answers = {found.group(0) for found in _ANSWERS.finditer(page)}
    return (
        ("answers", "问答网站或论坛的帖子：" + "、".join(sorted(answers)))
        if len(answers) >= ANSWERS_MIN
        else None
    )


def _study(text: str) -> tuple[str, str] | None:
    if not any(piece in text for piece in _STUDY_PIECES):
        return None
    marks = {found.group(0)[:2] for found in _STUDY.finditer(text)}
    return ("study", "研究或评估报告：" + "、".join(sorted(marks))) if len(marks) >= STUDY_MIN else None


def _article(text: str) -> tuple[str, str] | None:
    if "摘" in text and "关键" in text and _ABSTRACT.search(text) and _KEY_WORDS.search(text):
        return "article", "期刊文章：有「摘要」和「关键词」"
    return None
