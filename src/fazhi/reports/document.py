"""The draft as a Word file in the official-document layout (GB/T 9704, ``core.documents``)."""

from __future__ import annotations

import re

from fazhi.core.deadlines import local_today
from fazhi.core.documents import Heading, OfficialDocument, official_docx

SUBHEADING = re.compile(r"^（[一二三四五六七八九十]+）\S{1,30}$")


def blocks(draft) -> list:
    body: list = [draft.opening] if draft.opening else []
    for part in draft.parts.all():
        body.append(Heading(1, part.heading))
        for text in part.text.splitlines():
            line = text.strip()
            if line:
                body.append(Heading(2, line) if SUBHEADING.match(line) else line)
    return body


def draft_docx(draft, *, signed_on=None) -> bytes:
    """A report is published, not sent under a 文号: no red mark, the government signs at the end."""
    document = OfficialDocument(
        issuer="",
        signature=draft.issuer,
        title=draft.title,
        body=blocks(draft),
        signed_on=signed_on or local_today(),
    )
    return official_docx(document)


def file_name(draft) -> str:
    return f"{draft.title}（第{draft.version}稿）.docx"
