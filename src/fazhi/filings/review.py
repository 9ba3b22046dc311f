"""The automatic review a filer and the reviewer see: built from the stored reading JSON.

Nothing here reads files; it interprets ``ReportVersion.reading`` (the
engine's documented JSON) against the filing (season year, unit).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from fazhi.catalog.elements import ELEMENTS, REQUIRED
from fazhi.filings.rules import reads_as_report

ELEMENT_STATUS = {
    "section": gettext_lazy("own section"),
    "mentioned": gettext_lazy("mentioned only"),
    "absent": gettext_lazy("not found"),
}

DEFECT_TYPES = {
    "placeholder": gettext_lazy("placeholder left in"),
    "blank_number": gettext_lazy("blank number"),
    "mangled_date": gettext_lazy("mangled date"),
    "lost_range": gettext_lazy("range lost its dash"),
    "garbled_text": gettext_lazy("garbled characters"),
    "truncated_sentence": gettext_lazy("sentence cut off"),
}


INCOMPLETE = gettext_lazy("Content incomplete")
MISMATCHED = gettext_lazy("Information does not match")


@dataclass
class Check:
    label: str
    ok: bool
    detail: str


@dataclass
class PartRow:
    code: str
    name: str
    status: str
    status_label: str
    required: bool
    heading: str | None
    evidence: dict | None


@dataclass
class Review:
    checks: list[Check] = field(default_factory=list)
    parts: list[PartRow] = field(default_factory=list)
    defects: list[dict] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)

    @property
    def missing_parts(self) -> list[PartRow]:
        return [p for p in self.parts if p.required and p.status != "section"]

    @property
    def is_complete(self) -> bool:
        return not self.missing_parts

    @property
    def failed_checks(self) -> list[Check]:
        return [c for c in self.checks if not c.ok]

    @property
    def has_problems(self) -> bool:
        return bool(self.failed_checks or self.missing_parts)

    @property
    def verdicts(self) -> list[str]:
        """The headline a reader sees first: 内容不全 (parts missing), 信息不符 (year, unit or region wrong)."""
        found = []
        if self.missing_parts:
            found.append(str(INCOMPLETE))
        if self.failed_checks:
            found.append(str(MISMATCHED))
        return found

    def problem_lines(self) -> list[str]:
        """Every failed check and missing part in words: the sign-off confirmation lists them."""
        lines = [
            _("%(check)s: %(detail)s.") % {"check": check.label, "detail": check.detail}
            for check in self.failed_checks
        ]
        lines += [
            _("The statutory part “%(part)s” has no section of its own (%(status)s).")
            % {"part": part.name, "status": part.status_label}
            for part in self.missing_parts
        ]
        return lines


def _names_match(issuer: str | None, organisation) -> bool:
    if not issuer:
        return False
    names = {organisation.name, organisation.short_name} - {""}
    return any(issuer == n or issuer in n or n in issuer for n in names)


def _why_not_read(reading: dict, field: str, shown) -> str:
    """``shown`` (the field's "unknown" wording) with the engine's reason, when it gives one (schema 1.1)."""
    reason = ((reading.get("metadata_evidence") or {}).get(field) or {}).get("reason")
    if not reason:
        return str(shown)
    return reason if reason.startswith(str(shown)) else f"{shown}（{reason}）"


def review(reading: dict, filing) -> Review:
    result = Review()
    title = reading.get("title")
    not_titled = _why_not_read(reading, "kind", _("no report title found"))
    if not title and reads_as_report(reading):
        # The engine may take a headless body for a report (its opening, its parts' headings or the
        # learned model say so); a filed report needs its title.
        not_titled = _("%(why)s; the body reads like a report, but a filed report needs its title") % {
            "why": not_titled
        }
    result.checks.append(
        Check(_("A report at all"), reads_as_report(reading) and bool(title), title or not_titled)
    )
    year = reading.get("year")
    result.checks.append(
        Check(
            _("Right year"),
            year == filing.season.year,
            _("the report covers %(found)s; the season is %(year)d")
            % {
                "found": year or _why_not_read(reading, "year", _("an unknown year")),
                "year": filing.season.year,
            },
        )
    )
    issuer = reading.get("issuer")
    result.checks.append(
        Check(
            _("Right unit"),
            _names_match(issuer, filing.organisation),
            _("the report names %(found)s; the filing is for %(unit)s")
            % {
                "found": issuer or _why_not_read(reading, "issuer", _("no issuing body")),
                "unit": filing.organisation.name,
            },
        )
    )
    region = reading.get("region") or {}
    if region.get("code"):
        result.checks.append(
            Check(
                _("Right region"),
                region["code"] == filing.organisation.region_code,
                region.get("name") or region["code"],
            )
        )
    elements = reading.get("elements") or {}
    for code, name in ELEMENTS.items():
        element = elements.get(code) or {"status": "absent"}
        status = element.get("status", "absent")
        result.parts.append(
            PartRow(
                code,
                name,
                status,
                str(ELEMENT_STATUS.get(status, status)),
                code in REQUIRED,
                element.get("heading"),
                element.get("evidence"),
            )
        )
    for defect in reading.get("defects") or []:
        result.defects.append(
            {**defect, "label": str(DEFECT_TYPES.get(defect.get("type"), defect.get("type")))}
        )
    result.facts = list(reading.get("facts") or [])
    return result


def suggested_reasons(result: Review) -> str:
    """Reasons for a return, pre-filled for the reviewer to edit."""
    lines = result.problem_lines()
    for defect in result.defects[:10]:
        lines.append(_("%(label)s: “%(text)s”.") % {"label": defect["label"], "text": defect.get("text", "")})
    return "\n".join(f"{n}. {line}" for n, line in enumerate(lines, 1))
