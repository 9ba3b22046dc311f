"""The supervision letter (执法监督意见书/建议书) as a Word document in the official layout."""

from __future__ import annotations

from fazhi.core.documents import OfficialDocument, chinese_date, official_docx
from fazhi.enforcement.models import LetterKind, SupervisionLetter
from fazhi.org.naming import document_number, office_display_name

TITLES = {LetterKind.OPINION: "行政执法监督意见书", LetterKind.SUGGESTION: "行政执法监督建议书"}


def letter_docx(letter: SupervisionLetter) -> bytes:
    office = letter.office
    paragraphs = [part.strip() for part in letter.text.splitlines() if part.strip()]
    body: list = [f"关于{letter.subject}：", *paragraphs]
    body.append(f"请于{chinese_date(letter.reply_due_on)}前将办理情况书面回复本机关。")
    return official_docx(
        OfficialDocument(
            issuer=office_display_name(office),
            number=document_number(office, letter.issued_on.year, f"enforcement.letter:{letter.pk}"),
            title=TITLES[LetterKind(letter.kind)],
            addressees=letter.body.name,
            body=body,
            signed_on=letter.issued_on,
        )
    )


def letter_filename(letter: SupervisionLetter) -> str:
    return f"{TITLES[LetterKind(letter.kind)]}-{letter.body.name}.docx"
