"""How fazhi writes things into the documents it produces (通报, 反馈函, notices)."""

from __future__ import annotations

import datetime as dt

# The content type of the Word (.docx) documents fazhi generates.
DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def chinese_date(day: dt.date) -> str:
    """``day`` as official documents write it: 2026年12月2日 (no leading zeros)."""
    return f"{day.year}年{day.month}月{day.day}日"
