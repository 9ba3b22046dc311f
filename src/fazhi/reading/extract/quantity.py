"""Quantities in running text: a number (Arabic, Chinese or mixed, with 万/亿) and its counter.

``quantities(text)`` finds every figure a fact can be made of: a number followed by a
counter (件, 人次, 批次…), ``%`` or a sum of money, with its qualifier (约, 余, 以上…);
``百分之九十五`` and shares in tenths (``逾三成``, ``近九成``) are percentages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from . import numbers

# Chinese-numeral counts below this are usually set phrases (三项制度, 一件事),
# not statistics, unless marked as estimates (十余场, 两次以上).
CHINESE_NUMERAL_MIN = 10


def trie_pattern(words: list[str]) -> str:
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = []
        ends = "" in node
        for ch in sorted(k for k in node if k):
            branches.append(re.escape(ch) + build(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            body = "(?:" + body + ")?"
        return body

    return build(trie)


_UNITS = (
    "个百分点",
    "万元",
    "亿元",
    "千元",
    "元",
    "%",
    "‰",
    "件次",
    "人次",
    "户次",
    "场次",
    "批次",
    "个批次",
    "家次",
    "项次",
    "余次",
    "小项",
    "次",
    "件",
    "项",
    "条",
    "人",
    "名",
    "场",
    "期",
    "个",
    "家",
    "户",
    "份",
    "部",
    "批",
    "起",
    "例",
    "宗",
    "张",
    "篇",
    "卷",
    "册",
    "本",
    "所",
    "支",
    "处",
    "台",
    "套",
    "座",
    "类",
    "轮",
    "堂",
    "位",
    "组",
)
# A number: Arabic (1,236, 415.65, 12万) or Chinese (一百二十), not inside another number (2.5 of 12.5).
# Its first character is matched first, then the rest of an Arabic number (after a digit) or of a
# Chinese one, so that the regex engine skips along the text to the characters a figure starts with: a
# pattern that opened with a lookahead or a lookbehind was tried at every position (a million
# instructions a report). The lookbehind after the first character looks at the one before it.
_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿"
# The characters ``\d`` matches, and more, as a class the regex engine tests by a table: ``\d`` is a Unicode
# category, looked up for every character a scan tests, which made a class holding it about twice as dear to
# scan a text with (a seed report's _QUANTITY scan 132 -> 114 us without it). The table holds the BMP's
# decimal digits (``str.isdecimal``, the test ``\d`` makes) and every astral character; a pattern that opens
# with it looks back after that character with its own class, which turns the astral non-digits away.
DIGIT_TABLE = (
    "".join(re.escape(chr(code)) for code in range(0x10000) if chr(code).isdecimal())
    + "\U00010000-\U0010ffff"
)
# (1万8000件, 3万2千人: a count of ten thousands and the thousands under it, in digits)
_ARABIC_REST = r"(?<=\d)(?:\d{0,2}(?:,\d{3})+|\d{0,14})(?:\.\d{1,6})?(?:万(?:\d{4}|\d千)|[十百千万亿]{1,2})?"
_CHINESE_REST = rf"(?<!\d)[{_NUMERAL_CHARS}]{{0,7}}"
_NUMBER = (
    rf"[{DIGIT_TABLE}{_NUMERAL_CHARS}](?<=[\d{_NUMERAL_CHARS}])(?<![\d.].)(?:{_ARABIC_REST}|{_CHINESE_REST})"
)
# A space may stand after the number (12000 余份, 1.2 万件: text taken from a PDF or a spaced table).
_QUANTITY = re.compile(
    rf"(?P<num>{_NUMBER})"
    r"(?:\s?(?P<more>余|多))?(?:\s?(?P<big>[万亿](?=余|多)?))?(?P<more2>余|多)?\s?"
    r"(?P<unit>" + trie_pattern(list(_UNITS)) + r")"
    r"(?P<tail>左右|上下|以上|以内|以下)?"
)
_PERCENT_WORDS = re.compile(r"百分之(?P<num>[零〇一二两三四五六七八九十百点\d.]{1,8})")
# A share in tenths (逾三成, 近九成, 八成以上), after a qualifier or a verb, not a word made with 成
# (三成员, 五成熟). Found from each 成 (a str.find loop is cheaper than a regex scan here).
_TENTHS_VALUE = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_TENTHS_BEFORE = frozenset("逾超近约达占到至为有过了的，、 \n")
_TENTHS_NOT_AFTER = frozenset("员为立果效功绩熟本就交都型份品年不")
_TENTHS_TAIL = re.compile(r"(半)?(以上|左右)?")
_PRE_QUALIFIER = re.compile(
    r"(不少于|不低于|不高于|不多于|不大于|至少|不超过|不足|超过|低于|高于|将近|大约为?|约[为达有]?|近|逾|超|上)$"
)
# The last characters of the qualifiers above, and a line break (``$`` also matches before one):
# only after one of these is the qualifier pattern tried.
_PRE_QUALIFIER_LAST = frozenset("于少过足近约为达有逾超上\n")
_VAGUE_BEFORE = frozenset("第数几每各某周逐")
_QUOTE_OPEN = frozenset('“「『‘"')
_SINGLE_DIGITS = frozenset("零〇一二两三四五六七八九")
_BARE_MAGNITUDE = frozenset("百千万亿")
_BIG = {"万": 10000, "亿": 100000000}

_MONEY = {"元": Decimal(1), "千元": Decimal(1000), "万元": Decimal(10000), "亿元": Decimal(100000000)}


@dataclass(slots=True)
class Quantity:
    start: int  # qualifier included
    num_start: int
    end: int
    value: Decimal
    unit: str
    qualifier: str
    chinese: bool


# Times counted in words (学法四次, 先后三次召开): a digit from 3 to 9 (两 too) before 次, not a
# set phrase (一次办, 二次审核) nor a plenum (三次全会).
_TIMES_DIGITS = frozenset("两三四五六七八九")
_NOT_TIMES_AFTER = ("全会", "代表大会", "党代会", "会议精神")
# A small count in words that ends its clause is a statistic (出台政府规章两部。); one with a noun after
# it is a set phrase (三项制度, 两个清单). The empty string: the end of the text.
_CLAUSE_ENDS = frozenset(("", "，", "。", "；", "、", ",", ";", "\n"))


def _small_count_of_times(text: str, raw: str, unit: str, end: int) -> bool:
    return unit == "次" and raw in _TIMES_DIGITS and not text.startswith(_NOT_TIMES_AFTER, end)


def _small_count_at_clause_end(text: str, begin: int, end: int) -> bool:
    """地方性法规三部。: a count that ends its clause (not a frequency, 每月一次)."""
    return text[end : end + 1] in _CLAUSE_ENDS and "每" not in text[max(0, begin - 3) : begin]


def _not_a_count_after(before: str, chinese: bool) -> bool:
    """Whether a number after the character ``before`` is no count: 数十人, 第3次, 每5年, A4, 1.5
    (but 案件数86件 and 人数4800人 are counts: 数 before digits ends a noun)."""
    if before in _VAGUE_BEFORE:
        return chinese or before != "数"
    return before.isascii() and (before.isalnum() or before == ".")


def quantities(text: str) -> list[Quantity]:
    found: list[Quantity] = []
    for match in _QUANTITY.finditer(text):
        raw, more, big, more2, unit, tail = match.group("num", "more", "big", "more2", "unit", "tail")
        chinese = not raw[0].isdigit()
        begin = match.start()
        before = text[begin - 1] if begin else ""
        if _not_a_count_after(before, chinese):
            continue
        more = more or more2
        if chinese and before in _QUOTE_OPEN:
            continue  # “十一个坚持”, “十大工程”: the name of a slogan, not a count
        if (
            chinese
            and len(raw) == 1
            and raw in _SINGLE_DIGITS
            and not big
            and not more
            and tail != "以上"
            and not _small_count_of_times(text, raw, unit, match.end())
            and not _small_count_at_clause_end(text, begin, match.end())
        ):
            continue  # 一次, 两项: set phrases, cheaper to drop before parsing
        value = numbers.parse(raw.replace(",", "") if "," in raw else raw)  # 1,236人: a thousands comma
        if value is None:
            continue
        value *= _BIG.get(big, 1)  # 十余万份
        if unit == "余次":
            unit = "次"
            more = "余"
        elif unit == "小项":
            unit = "项"  # 7大项、24小项工作任务: the sub-items are the items counted
        if chinese and value < CHINESE_NUMERAL_MIN and not more and tail != "以上" and len(raw) != 1:
            continue
        if unit in _MONEY:
            value = value * _MONEY[unit]
            unit = "元"
        # PDF text may set a space between the qualifier and the figure (发放宣传单超 800份).
        gap = 1 if before == " " and begin >= 2 and text[begin - 2] in _PRE_QUALIFIER_LAST else 0
        pre = (
            _PRE_QUALIFIER.search(text, max(0, begin - 3 - gap), begin - gap)
            if gap or before in _PRE_QUALIFIER_LAST
            else None
        )
        if chinese and _round_word(raw, more or pre, tail):
            continue
        qualifier = _qualifier(pre.group(1) if pre else None, more, tail, unit)
        start = begin - gap - len(pre.group(1)) if pre else begin
        found.append(Quantity(start, begin, match.end(), value, unit, qualifier, chinese))
    for match in _PERCENT_WORDS.finditer(text):
        value = _percent_words(match.group("num"))
        if value is not None:
            found.append(Quantity(match.start(), match.start(), match.end(), value, "%", "exact", True))
    found.extend(_tenths(text))
    found.sort(key=lambda q: q.start)
    return found


def _round_word(raw: str, qualified, tail: str | None) -> bool:
    """宪法进万家, 千家万户, 百场讲座: a slogan's round word, not a count (近百次, 万余人次 are counts)."""
    return not qualified and tail != "以上" and _BARE_MAGNITUDE.issuperset(raw)


def _qualifier(pre: str | None, more: str | None, tail: str | None, unit: str) -> str:
    if pre is None and tail is None and not more:
        return "exact"  # most figures: no word around them to compare with each of the ones below
    if pre in ("近", "将近", "上") or (pre or "").startswith(("约", "大约")) or tail in ("左右", "上下"):
        return "approx"
    if pre in ("不少于", "至少", "不低于"):
        return "at_least"
    # 不高于20%: at most, not the 高于 it ends in; 低于5% is below, so at most too.
    if pre in ("不超过", "不足", "不高于", "不多于", "不大于", "低于") or tail in ("以内", "以下"):
        return "at_most"
    if tail == "以上":
        return "at_least" if unit == "%" else "more_than"
    if pre in ("超过", "逾", "超", "高于") or more:
        return "more_than"
    return "exact"


def _tenths(text: str) -> list[Quantity]:
    out = []
    position = text.find("成", 1)
    while position != -1:
        digit = text[position - 1]
        if (
            digit in _TENTHS_VALUE
            and (text[position - 2] if position >= 2 else "\n") in _TENTHS_BEFORE
            and text[position + 1 : position + 2] not in _TENTHS_NOT_AFTER
        ):
            tail = _TENTHS_TAIL.match(text, position + 1)
            begin = position - 1
            value = Decimal(_TENTHS_VALUE[digit] * 10 + (5 if tail.group(1) else 0))
            pre = _PRE_QUALIFIER.search(text, max(0, begin - 3), begin)
            qualifier = _qualifier(pre.group(1) if pre else None, None, tail.group(2), "%")
            out.append(
                Quantity(
                    begin - (len(pre.group(1)) if pre else 0), begin, tail.end(), value, "%", qualifier, True
                )
            )
        position = text.find("成", position + 1)
    return out


_FRACTION_DIGITS = str.maketrans("零〇一二三四五六七八九", "00123456789")


def _percent_words(raw: str) -> Decimal | None:
    """百分之九十五点五 -> 95.5: the whole part as a numeral, the digits after 点 one by one."""
    whole, _, fraction = raw.partition("点")
    value = numbers.parse(whole)
    if value is None or not fraction:
        return value
    digits = fraction.translate(_FRACTION_DIGITS)
    return value + Decimal("0." + digits) if digits.isdigit() else value


# The BMP's characters ``str.isdigit`` accepts (more than ``\d``: ² and ① too) and every astral character:
# the last of them before a position is found by one match from the clause's start (the greedy ``.*``
# backs off in C), where a loop back over the characters made a string of each. An astral character
# found is asked ``isdigit`` itself.
_DIGIT_OR_ASTRAL = (
    "".join(re.escape(chr(code)) for code in range(0x10000) if chr(code).isdigit()) + "\U00010000-\U0010ffff"
)
_TO_LAST_DIGIT = re.compile(rf"(?s:.*)[{_DIGIT_OR_ASTRAL}]")


def since_last_figure(text: str, start: int, end: int) -> int:
    """Where the words of the figure ending at ``end`` begin: after the last digit between ``start`` (its
    clause's or sentence's start) and ``end``, or ``start`` when there is none."""
    last = _TO_LAST_DIGIT.match(text, start, end)
    while last is not None:
        if text[last.end() - 1].isdigit():
            return last.end()
        last = _TO_LAST_DIGIT.match(text, start, last.end() - 1)  # an astral character, not a digit
    return start


# A list's item counted before a figure (办理行政应诉案件12件、…; 评查行政执法案卷12卷、…): its words are its own.
_COUNTED_ITEM = re.compile(
    r"\d+(?:\.\d+)?[件项份卷宗起个次场期名人家条部批篇册张块户所][^，。；、\d]{0,12}、"
)


def after_counted_items(text: str, start: int, end: int) -> int:
    """Where a figure's own words may begin, between ``start`` and the figure at ``end``: after the list
    items counted before it, or ``start`` when there are none."""
    # Asked for every figure, several times: most stretches hold no 、 (an item's end) and so no item, and a
    # one-character find answers for them at a fraction of the scan's cost.
    if text.find("、", start, end) == -1:
        return start
    for item in _COUNTED_ITEM.finditer(text, start, end):
        start = item.end()
    return start


_ITEM_MARK = re.compile(r"[、，,。；;：:\n]")


def item_end(text: str, start: int, limit: int) -> int:
    """Where the list item that goes on at ``start`` ends: at its mark (、，。；： or a line's end), or ``limit``."""
    mark = _ITEM_MARK.search(text, start, limit)
    return mark.start() if mark else limit


def own_item(text: str, clause: tuple[int, int], quantity: Quantity) -> tuple[int, int]:
    """The stretch of the figure's own list item in its clause (``clause``: its start and end): from after the
    items counted before it to the mark that ends it, so that a figure before its noun (配合7次人大执法检查,
    开展12期党员教育培训、…) is read with the words after it and without another item's."""
    c0, c1 = clause
    return after_counted_items(text, c0, quantity.start), item_end(text, quantity.end, c1)


def inside_book_title(text: str, start: int, position: int) -> bool:
    """Whether ``position`` stands inside book-title marks (《…》) opened after ``start``, at most 80
    characters back: a word there is part of a document's name."""
    start = max(start, position - 80)
    return text.rfind("《", start, position) > text.rfind("》", start, position)  # no slice made
