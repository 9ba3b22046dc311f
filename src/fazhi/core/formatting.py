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


def safe_url(url: str) -> bool:
    """Whether ``url`` may be a link: http or https with a host (no javascript:, data:, file:)."""
    parts = urlsplit(url or "")
    return parts.scheme in ("http", "https") and bool(parts.netloc)
