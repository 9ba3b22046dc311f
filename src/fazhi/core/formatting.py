"""How fazhi writes things into the documents it produces (通报, 反馈函, notices)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from urllib.parse import urlsplit

# The content type of the Word (.docx) documents fazhi generates.
DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def chinese_date(day: dt.date) -> str:
    """``day`` as official documents write it: 2026年12月2日 (no leading zeros)."""
    return f"{day.year}年{day.month}月{day.day}日"


def plain_number(value) -> str:
    """A number as people write it: 158, 1.5, 180 (never 158.0000 nor 1.8E+2); '' for None."""
    if value is None or value == "":
        return ""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    if not number.is_finite():
        return str(value)
    text = f"{number.normalize():f}"
    return "0" if text in ("-0", "0") else text


# Sums of money are written in 万元 or 亿元 from ten thousand yuan up, as reports and
# statistics tables write them (罚没金额386万元), not as 3860000元.
_YUAN_STEPS = ((Decimal(100_000_000), "亿元"), (Decimal(10_000), "万元"))


def figure(value, unit: str | None) -> str:
    """A value with its unit as a reader expects it: 43件, 95.5%, 386万元; '' for None."""
    unit = unit or ""
    text = plain_number(value)
    if not text:
        return ""
    if unit != "元":
        return f"{text}{unit}"
    try:
        number = Decimal(text)
    except InvalidOperation:
        return f"{text}{unit}"
    for step, name in _YUAN_STEPS:
        if number.is_finite() and abs(number) >= step:
            return f"{plain_number(number / step)}{name}"
    return f"{text}{unit}"


def safe_url(url: str) -> bool:
    """Whether ``url`` may be a link: http or https with a host (no javascript:, data:, file:)."""
    parts = urlsplit(url or "")
    return parts.scheme in ("http", "https") and bool(parts.netloc)
