"""Chinese and mixed numerals -> exact values (Decimal arithmetic, no float drift).

``"34万"`` -> 340000, ``"415.65万"`` -> 4156500, ``"1009.3亿"`` -> 100930000000,
``"二十三"`` -> 23, ``"4百"`` -> 400, ``"千"`` -> 1000, ``"两"`` -> 2.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import lru_cache

_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = (("亿", Decimal(100000000)), ("万", Decimal(10000)))


# A report repeats its numerals (件, 100%, 年份): parsing each once saves a Decimal chain per figure.
@lru_cache(maxsize=4096)
def parse(token: str) -> Decimal | None:
    """The value of ``token``, or None when it is not a numeral."""
    token = token.strip()
    if not token:
        return None
    try:
        return _parse_big(token, 0)
    except (InvalidOperation, ValueError, KeyError):
        return None


def _parse_big(token: str, depth: int) -> Decimal:
    for char, unit in _BIG[depth:]:
        if char in token:
            head, _, tail = token.partition(char)
            head_value = _parse_big(head, _BIG.index((char, unit)) + 1) if head else Decimal(1)
            tail_value = _parse_big(tail, 0) if tail else Decimal(0)
            return head_value * unit + tail_value
    return _parse_small(token)


def _parse_small(token: str) -> Decimal:
    if not token:
        return Decimal(0)
    try:
        return Decimal(token)
    except InvalidOperation:
        pass
    total = Decimal(0)
    number: Decimal | None = None
    index = 0
    while index < len(token):
        char = token[index]
        if char.isdigit() or char == ".":
            end = index
            while end < len(token) and (token[end].isdigit() or token[end] == "."):
                end += 1
            number = Decimal(token[index:end])
            index = end
            continue
        if char in _DIGITS:
            number = Decimal(_DIGITS[char])
        elif char in _SMALL:
            total += (number if number is not None else Decimal(1)) * _SMALL[char]
            number = None
        else:
            raise ValueError(char)
        index += 1
    if number is not None:
        total += number
    return total


# Equal values give equal answers, and a report's figures repeat (1, 100, 2023).
@lru_cache(maxsize=4096)
def plain(value: Decimal) -> int | float:
    """An int when whole, else a float rounded to what a report can print."""
    if value == value.to_integral_value():
        return int(value)
    return float(round(value, 6))
