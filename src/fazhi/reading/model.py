"""The reading of one report: small typed records and their JSON form.

The JSON layout is a contract (docs/reading.md, ``SCHEMA_VERSION``); change it
only with a version bump and a note in the docs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# 1.1: ``kind`` may be ``uncertain``; ``metadata_evidence`` says, for each metadata field, how sure
# the engine is and which line the value came from (or why it is null). Every 1.0 key is kept.
SCHEMA_VERSION = "1.1"

# The metadata fields that carry evidence, in the order they are shown.
METADATA_FIELDS = ("title", "kind", "region", "level", "issuer", "year", "published")


class ReadingError(Exception):
    """A source that cannot be read. ``message`` is Chinese, fit to show users."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class InputTooLarge(ReadingError):
    """The source is over the size limit and was not read."""


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Heading:
    level: int
    style: str  # which numbering: "一、", "（一）", "1.", "（1）", "一是", "plain"
    number: str  # the numbering as printed ("三、"), empty for plain headings
    text: str  # the heading without its numbering
    start: int  # span of the heading line (numbering included) in the repaired text
    end: int
    section_end: int  # where the part this heading opens ends
    children: list[Heading] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "style": self.style,
            "number": self.number,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "section_end": self.section_end,
            "children": [child.as_dict() for child in self.children],
        }


@dataclass
class Element:
    status: str  # section | mentioned | absent
    heading: str | None = None
    evidence: Span | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "heading": self.heading,
            "evidence": self.evidence.as_dict() if self.evidence else None,
        }


@dataclass
class Fact:
    indicator: str | None
    name: str | None
    value: float | int
    unit: str
    qualifier: str
    previous: float | int | None
    scope: str | None
    period: str | None
    evidence: Span

    def as_dict(self) -> dict[str, Any]:
        return {
            "indicator": self.indicator,
            "name": self.name,
            "value": self.value,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "previous": self.previous,
            "scope": self.scope,
            "period": self.period,
            "evidence": self.evidence.as_dict(),
        }


@dataclass
class Defect:
    type: str
    text: str
    start: int
    end: int

    def as_dict(self) -> dict[str, Any]:
        return {"type": self.type, "text": self.text, "start": self.start, "end": self.end}


@dataclass
class FieldEvidence:
    """How sure the engine is of one metadata field, and why.

    ``confidence``: ``high`` (the document states it where such things are stated: its title, a
    labelled publication line, a signature), ``medium`` (read from the opening or the body's
    words), ``low`` (a guess the engine does not give: the field is then ``null``), or ``none``
    (nothing found). ``source`` names the rule, ``evidence`` the line it came from, ``reason``
    why the value is null or the kind uncertain, ``candidates`` the values it could not choose
    between.
    """

    confidence: str
    source: str
    evidence: str | None = None
    reason: str | None = None
    candidates: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "confidence": self.confidence,
            "source": self.source,
            "evidence": self.evidence,
        }
        if self.reason is not None:
            out["reason"] = self.reason
        if self.candidates:
            out["candidates"] = list(self.candidates)
        return out


@dataclass
class Reading:
    source: str
    format: str
    title: str | None
    kind: str
    region: dict[str, str] | None
    level: str | None
    issuer: str | None
    year: int | None
    period: dict[str, int] | None
    published: str | None
    script: str
    repairs: dict[str, int]
    text: str
    outline: list[Heading]
    elements: dict[str, Element]
    compliance: dict[str, Any]
    facts: list[Fact]
    defects: list[Defect]
    metadata_evidence: dict[str, FieldEvidence] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "source": self.source,
            "format": self.format,
            "title": self.title,
            "kind": self.kind,
            "region": self.region,
            "level": self.level,
            "issuer": self.issuer,
            "year": self.year,
            "period": self.period,
            "published": self.published,
            "metadata_evidence": {name: found.as_dict() for name, found in self.metadata_evidence.items()},
            "script": self.script,
            "repairs": dict(self.repairs),
            "text": self.text,
            "outline": [heading.as_dict() for heading in self.outline],
            "elements": {code: element.as_dict() for code, element in self.elements.items()},
            "compliance": self.compliance,
            "facts": [fact.as_dict() for fact in self.facts],
            "defects": [defect.as_dict() for defect in self.defects],
        }
