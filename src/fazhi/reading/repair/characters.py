"""Repair, characters: noisy page text -> clean characters, counting each repair.

- ``control``: control and zero-width characters removed;
- ``pinyin``: pinyin annotations after characters removed (``建設(shè)``);
- ``traditional``: characters converted from traditional script (OpenCC ``t2s``,
  phrase level), and which script the source used;
- ``width``: full-width digits and letters made half-width, ASCII punctuation
  inside Chinese text made full-width, thousands separators dropped;
- ``punctuation``: doubled or misplaced punctuation collapsed (``，，`` ``，、`` ``，。``).

Line breaks are kept as they are: the page-chrome filter (``chrome``) works on lines.
"""

from __future__ import annotations

import operator
import re
from array import array
from functools import cache, lru_cache

# Share of Han characters changed by t2s above which the source is traditional
# script. Simplified text changes well under 1% (a few variant characters);
# traditional text changes 15-30%.
TRADITIONAL_SHARE = 0.04

_CONTROL_CHARS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2060\ufeff\ufffe"
_CONTROL = re.compile(f"[{_CONTROL_CHARS}]")

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# A pinyin syllable in brackets right after a Han character: 設(shè), 報（bào）.
_SYLLABLE = rf"\s?[a-zü{_TONED}]{{1,7}}\s?[)）]"
_PINYIN = re.compile(rf"[(（]{_SYLLABLE}")
# _PINYIN as one pattern for each bracket, to count the annotations a text holds: the regex engine skips
# along a text to a plain first character faster than it tests a class at every character (a seed report
# 30 -> 19 us). No annotation holds an opening bracket, so the two find together what _PINYIN finds.
_PINYIN_BY_BRACKET = (re.compile(rf"\({_SYLLABLE}"), re.compile(f"（{_SYLLABLE}"))
_HAS_TONE = re.compile(f"[{_TONED}ü]")
# The same, right after a Han character (the bracket first: the regex engine skips ahead to brackets).
_PINYIN_AFTER_HAN = re.compile(rf"[(（](?<=[\u4e00-\u9fff][(（])\s?[a-zü{_TONED}]{{1,7}}\s?[)）]")

# Full-width characters and their half-width forms. Replaced with a regex, not
# str.translate: translate with a table is slow on Chinese text (about 0.4 ms for 8 KB).
_WIDTH_MAP = {
    **{chr(0xFF10 + i): str(i) for i in range(10)},
    **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
    **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
    "％": "%",
    "．": ".",
    "＋": "+",
    "－": "-",
    "／": "/",
    "＝": "=",
    "＊": "*",
    "＃": "#",
}
# The comma comes first so that the regex engine skips ahead to commas; the lookbehind then checks the digit.
_THOUSANDS = re.compile(r"[,，](?<=\d[,，])(?=\d{3}(?!\d))")
# The same for a text that holds one of the two commas only (most do: the bench's texts print ，, the real
# reports , before it is made full-width): the engine skips along to one plain character far faster than
# it tests a class of two at every character (42 -> 9 us a bench text).
_THOUSANDS_BY_COMMA = {comma: re.compile(rf"{comma}(?<=\d{comma})(?=\d{{3}}(?!\d))") for comma in ",，"}
# Thousands set apart by a space, as yearbooks and PDF text print them (调解纠纷29 757件): the group
# after the space is three digits with a counter or a multiplier right after it, and the group before
# it one to three digits, so that neither numbers in a row nor a page counter is joined. The pattern
# opens with the space, which the regex engine skips along to; the group before is checked in Python.
_SPACE_IN_THOUSANDS = re.compile(r" (?=\d{3}(?: \d{3})*[多余万件个人次项场户元起宗份条家所名%])")
_DIGITS = frozenset("0123456789")
# ASCII marks inside Chinese text: ``:?!`` are decided one by one (a time of day, an English
# sentence keep theirs); brackets, by far the most frequent, by two plain substitutions: a
# bracket stays ASCII only between two ASCII letters.
_ASCII_MARK = re.compile(r"[:?!]")
_OPEN_BRACKET = re.compile(r"\((?:(?<![A-Za-z]\()|(?![A-Za-z]))")
_CLOSE_BRACKET = re.compile(r"\)(?:(?<![A-Za-z]\))|(?![A-Za-z]))")
_WIDTH_CLASS = "".join(re.escape(ch) for ch in _WIDTH_MAP)
_WIDTH_CHARS = re.compile(f"[{_WIDTH_CLASS}]")
# Whether a text holds a character of either: most texts hold none, and are scanned once for both, not once
# for each (a class test at every character).
_CONTROL_OR_WIDTH = re.compile(f"[{_CONTROL_CHARS}{_WIDTH_CLASS}]")
_ODD_SPACES = "\u3000\xa0\t\u2002\u2003\u2009"
_ODD_SPACE = re.compile(f"[{_ODD_SPACES}]")
_HAN = re.compile("[\u4e00-\u9fff]")
_HAN_RUN = re.compile("[\u4e00-\u9fff]+")  # counted by runs: fewer strings than one per character
# A full stop typed half-width after Chinese (共举办7期.): a sentence's end; never a decimal point, a
# domain's dot or an ellipsis, which have a digit, a letter or another dot beside them.
_ASCII_STOP = re.compile(r"\.(?<=[\u4e00-\u9fff%）”]\.)(?![0-9A-Za-z.])")
_FULL = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！"}

# Runs of clause punctuation; the strongest mark of the run survives.
# Only a space or tab may sit between doubled marks: a line break between them is a layout
# boundary the later line logic needs, not a typing slip. The second mark is spelt out before the
# repeat: at each of a text's many single marks the engine then fails without setting a repeat up.
_PUNCT_RUN = re.compile(r"[，、；：。！？][ \t]?[，、；：。！？](?:[ \t]?[，、；：。！？])*")
# Whether a text holds a run at all, one pattern for each first mark: most texts hold none, and the engine
# skips along a text to one plain character faster than it tests the run's class at every character.
_PUNCT_RUN_FROM = tuple(re.compile(rf"{mark}[ \t]?[，、；：。！？]") for mark in "，、；：。！？")
_STRENGTH = {"。": 5, "！": 5, "？": 5, "；": 4, "：": 3, "、": 2, "，": 1}


@cache
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    return _converter().convert(text)


def normalise(raw: str) -> tuple[str, str, dict[str, int]]:
    """(text, script of the source, counts of the character repairs) of ``raw``."""
    repairs = dict.fromkeys(("control", "pinyin", "traditional", "width", "punctuation"), 0)

    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    # Without a control or width character now, the text holds a width character below only if t2s made one:
    # the repairs in between only take characters out or put spaces in.
    odd = _CONTROL_OR_WIDTH.search(text) is not None
    if odd:
        text, n = _CONTROL.subn("", text)
        repairs["control"] += n
    # Six substring tests scan the text faster than one character-class search.
    if any(space in text for space in _ODD_SPACES):
        text = _ODD_SPACE.sub(" ", text)

    def _pinyin(match: re.Match[str]) -> str:
        after_han = match.start() > 0 and _HAN.match(match.string, match.start() - 1) is not None
        if after_han and (pinyin_heavy or _HAS_TONE.search(match.group(0))):
            counted[0] += 1
            return ""
        return match.group(0)

    tone_marked = (
        sum(len(pattern.findall(text, 0, 20000)) for pattern in _PINYIN_BY_BRACKET)
        if "(" in text or "（" in text
        else 0
    )
    pinyin_heavy = tone_marked >= 5
    counted = [0]
    if pinyin_heavy:
        # Every annotation after a Han character goes: one substitution, no call per match
        # (annotations cannot overlap, so the lookbehind finds the same ones).
        text, counted[0] = _PINYIN_AFTER_HAN.subn("", text)
    elif tone_marked:
        text = _PINYIN.sub(_pinyin, text)
    repairs["pinyin"] = counted[0]

    converted = to_simplified(text)
    script = "simplified"
    if converted != text:
        changed = _count_changed(text, converted)
        repairs["traditional"] = changed
        # Traditional when changed / Han characters >= TRADITIONAL_SHARE: count Han characters
        # only until they are too many for that (a simplified text: within its first lines).
        if changed and not _more_han_than(text, changed / TRADITIONAL_SHARE):
            script = "traditional"
        text = converted
        odd = True

    text, n_width = _WIDTH_CHARS.subn(_half_width, text) if odd else (text, 0)
    text, n_thousands = _drop_thousands_commas(text)
    if " " in text:
        text, n_spaced = _join_spaced_thousands(text)
        n_thousands += n_spaced
    n_width += n_thousands
    for ascii_mark, full_mark in ((",", "，"), (";", "；")):
        n_width += text.count(ascii_mark)
        text = text.replace(ascii_mark, full_mark)
    if "." in text:
        text, n_stops = _ASCII_STOP.subn("。", text)
        n_width += n_stops
    text, n = ascii_marks_full_width(text)
    repairs["width"] = n_width + n

    if any(run.search(text) for run in _PUNCT_RUN_FROM):
        text, repairs["punctuation"] = _PUNCT_RUN.subn(_strongest, text)
    return text, script, repairs


def _drop_thousands_commas(text: str) -> tuple[str, int]:
    """``text`` without the commas that set thousands apart (1,234 -> 1234), and how many there were."""
    held = [comma for comma in ",，" if comma in text]
    if not held:
        return text, 0
    pattern = _THOUSANDS_BY_COMMA[held[0]] if len(held) == 1 else _THOUSANDS
    return pattern.subn("", text)


# Equal texts are compared this many characters at a time; only differing blocks are counted. (Han
# characters are counted eight blocks at a time, until there are enough.)
_COMPARE_BLOCK = 256
# An array type code of four bytes (the C unsigned int, four bytes wherever CPython runs): one UTF-32 code
# point an item.
_CODE_POINT = next(code for code in "IL" if array(code).itemsize == 4)


def _count_changed(a: str, b: str) -> int:
    if len(a) == len(b):
        a_blocks, b_blocks = [], []
        for start in range(0, len(a), _COMPARE_BLOCK):
            x, y = a[start : start + _COMPARE_BLOCK], b[start : start + _COMPARE_BLOCK]
            if x != y:
                a_blocks.append(x)
                b_blocks.append(y)
        return _differing_code_points("".join(a_blocks), "".join(b_blocks)) if a_blocks else 0
    return abs(len(a) - len(b)) + sum(map(operator.ne, a, b)) // 2


def _differing_code_points(a: str, b: str) -> int:
    """How many characters of ``a`` differ from ``b``'s at the same place (the two of one length): the
    nonzero code points of their XOR, as UTF-32 numbers. A traditional text differs in every block, where
    a comparison a character cost three times as much (330 us for an 8,600-character seed report).
    ``surrogatepass``: a lone surrogate is a code point like any other here."""
    xor = int.from_bytes(a.encode("utf-32-le", "surrogatepass"), "little") ^ int.from_bytes(
        b.encode("utf-32-le", "surrogatepass"), "little"
    )
    code_points = array(_CODE_POINT, xor.to_bytes(4 * len(a), "little"))
    return len(code_points) - code_points.count(0)


def _more_han_than(text: str, limit: float) -> bool:
    """Whether ``text`` has more than ``limit`` Han characters."""
    count = 0
    for start in range(0, len(text), _COMPARE_BLOCK * 8):
        count += sum(map(len, _HAN_RUN.findall(text, start, start + _COMPARE_BLOCK * 8)))
        if count > limit:
            return True
    return False


def ascii_marks_full_width(text: str) -> tuple[str, int]:
    """``text`` with the ASCII marks of Chinese text made full-width, and how many marks were read."""
    # The marks first: whether ``?`` or ``!`` sits next to Chinese is read before ``(`` becomes ``（``.
    brackets = text.count("(") + text.count(")")
    marks = 0
    # Three substring tests scan a text faster than one character-class search, and a report
    # often has none of these marks.
    if any(mark in text for mark in ":?!"):
        text, marks = _ASCII_MARK.subn(_full_width, text)
    if brackets:
        text = _CLOSE_BRACKET.sub("）", _OPEN_BRACKET.sub("（", text))
    return text, marks + brackets


def _half_width(match: re.Match[str]) -> str:
    return _WIDTH_MAP[match.group(0)]


def _full_width(match: re.Match[str]) -> str:
    mark = match.group(0)
    text = match.string
    pos = match.start()
    left = text[pos - 1] if pos else ""
    right = text[pos + 1] if pos + 1 < len(text) else ""
    if mark == ":" and left.isdigit() and right.isdigit():
        return mark  # a time of day
    if mark in "?!" and not (_is_cjk(left) or _is_cjk(right)):
        return mark
    return _FULL[mark]


def _is_cjk(ch: str) -> bool:
    return bool(ch) and ("\u4e00" <= ch <= "\u9fff" or ch in "，。、；：“”《》（）")


def _strongest(match: re.Match[str]) -> str:
    return _strongest_of(match.group(0))


# A report's runs are a few of the same ones (about 44 a seed report, five different): each run's mark is
# worked out once, not a list and a keyed max a run.
@lru_cache(maxsize=1024)
def _strongest_of(run: str) -> str:
    marks = [ch for ch in run if ch in _STRENGTH]
    return max(marks, key=lambda ch: _STRENGTH[ch])


def _join_spaced_thousands(text: str) -> tuple[str, int]:
    """``text`` with the spaces inside thousands (29 757件) taken out, and how many."""
    spaces = []
    for found in _SPACE_IN_THOUSANDS.finditer(text):
        space = start = found.start()
        while start > 0 and text[start - 1] in _DIGITS:
            start -= 1
        if 1 <= space - start <= 3 and (
            start == 0 or text[start - 1] not in _DIGITS and text[start - 1] != "."
        ):
            spaces.append(space)
    if not spaces:
        return text, 0
    pieces, last = [], 0
    for space in spaces:
        pieces.append(text[last:space])
        last = space + 1
    pieces.append(text[last:])
    return "".join(pieces), len(spaces)
