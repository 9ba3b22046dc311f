"""The draft read back by the reading engine, as any published report would be.

Clean means: the engine takes it for an annual report of the draft's year, compliant
(each required part a section of its own), without defects, and every figure in it is
one the platform wrote, found under its indicator code with its value. A figure the
office deleted while editing is no longer asked for; a coded number the office typed in is
shown apart: it is coded, but nothing says where it came from (每个数字带来源).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _

from fazhi.reading import ReadingError, read
from fazhi.reports.document import draft_docx


@dataclass
class FigureCheck:
    figure: object  # DraftFigure
    kept: bool  # its words are still in the part's text
    found: bool  # the engine read it with its code and value


@dataclass
class ReadBack:
    reading: dict
    problems: list[str] = field(default_factory=list)
    figures: list[FigureCheck] = field(default_factory=list)
    # Coded numbers the platform did not write (a target in the plan, a figure the office
    # typed): shown, not blocking, since nothing says they are wrong.
    unsourced: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.problems

    @property
    def compliant(self) -> bool:
        return bool((self.reading.get("compliance") or {}).get("compliant"))


def _same(fact_value, value: Decimal) -> bool:
    return fact_value is not None and Decimal(str(fact_value)) == value


def check(draft, reading: dict) -> ReadBack:
    result = ReadBack(reading=reading)
    problems = result.problems
    if reading.get("kind") != "annual_report":
        problems.append(_("The reading engine does not take the draft for an annual report."))
    if reading.get("year") != draft.year:
        problems.append(_("The reading engine reads the year as %(year)s.") % {"year": reading.get("year")})
    compliance = reading.get("compliance") or {}
    if not compliance.get("compliant"):
        parts = [*compliance.get("missing", []), *compliance.get("weak", [])]
        problems.append(
            _("Not compliant: these parts have no section of their own: %(parts)s")
            % {"parts": "、".join(parts)}
        )
    for defect in reading.get("defects", []):
        problems.append(_("Defect %(type)s: %(text)s") % {"type": defect["type"], "text": defect["text"]})
    texts = {part.part: part.text for part in draft.parts.all()}
    facts = list(reading.get("facts", []))
    used: set[int] = set()
    for figure in draft.figures.all():
        kept = figure.written in texts.get(figure.part, "")
        # The engine reads a figure repeated word for word in another part once.
        matches = [
            i
            for i, fact in enumerate(facts)
            if fact.get("indicator") == figure.code and _same(fact.get("value"), figure.value)
        ]
        used.update(matches)
        index = matches[0] if matches else None
        result.figures.append(FigureCheck(figure, kept, index is not None))
        if kept and index is None:
            problems.append(
                _("The figure %(written)s (%(code)s) is not read back with its code.")
                % {"written": figure.written, "code": figure.code}
            )
    for i, fact in enumerate(facts):
        if i in used:
            continue
        sentence = (fact.get("evidence") or {}).get("text", "")
        if not fact.get("indicator"):
            problems.append(_("A number without an indicator code: %(sentence)s") % {"sentence": sentence})
        else:
            result.unsourced.append(sentence)
    return result


def read_back(draft) -> ReadBack:
    try:
        reading = read(draft_docx(draft), name="draft.docx").as_dict()
    except ReadingError as failure:
        return ReadBack(reading={}, problems=[failure.message])
    return check(draft, reading)
