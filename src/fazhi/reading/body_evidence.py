"""Classify, reporting body: the evidence of the issuer, level and region ``issuer`` reads.

Each field's ``FieldEvidence`` (docs/reading.md, schema 1.1): ``high`` when the title names the
body, ``medium`` when the opening or the text's words do, ``none`` with the reason when nothing
does, and the places a name could be (``candidates``) when the text does not say which.
"""

from __future__ import annotations

from fazhi.catalog import regions

from .model import FieldEvidence


def names_of(region: regions.Region | None) -> list[str]:
    if region is None:
        return []
    return [region.name] + ([region.alias] if len(region.alias) >= 2 else [])


def first_line_with(scan: str, words: list[str]) -> str | None:
    for line in scan.split("\n"):
        if any(word and word in line for word in words):
            return line.strip()[:120]
    return None


def region_evidence(
    region: dict[str, str] | None,
    *,
    from_subject: bool,
    from_title: bool,
    subject_line: str | None,
    scan: str,
    candidates: list[str],
    expected: str | None,
    names: list[str],
    inferred: tuple[str, list[str]] | None = None,
    unknown: str | None = None,
) -> FieldEvidence:
    if region is not None and from_subject:
        return FieldEvidence(
            "high" if from_title else "medium", "title" if from_title else "opening", subject_line
        )
    if region is not None and inferred is not None:
        # places_inside: the places of one province a provincial body names; short_name: a county
        # named by its short name inside a region named in full. The line is where the place is.
        # publisher_line: the page's 发布机构 line told apart the places a name could be.
        source, words = inferred
        return FieldEvidence("medium", source, first_line_with(scan, words) or words[0])
    if region is not None:
        return FieldEvidence("medium", "text_mentions", first_line_with(scan, names))
    if unknown:
        return FieldEvidence(
            "none",
            "unknown_place",
            subject_line,
            f"地名“{unknown}”不在地名表中（可能已撤销或更名），不从正文推断",
        )
    if candidates:
        return FieldEvidence(
            "none", "ambiguous_name", subject_line, "地名在全国不唯一，正文也没有说明是哪一个", candidates
        )
    if expected:
        return FieldEvidence(
            "none", "none", subject_line, f"正文以{LEVEL_WORDS[expected]}自称，但没有提到这一级的地名"
        )
    return FieldEvidence("none", "none", subject_line, "标题和开头没有说明报告机关所在的地区")


LEVEL_WORDS = {
    "province": "省级",
    "city": "市级",
    "county": "县级",
    "township": "乡镇级",
    "department": "部门",
}


def level_evidence(
    level: str | None,
    *,
    kind: str,
    region: dict[str, str] | None,
    from_subject: bool,
    from_title: bool,
    subject_line: str | None,
    scan: str,
    self_word: str | None,
    names: list[str] | None = None,
    reason: str | None = None,
    by_name: bool = False,
    model_reason: str | None = None,
) -> FieldEvidence:
    """How the level was read: the title's or opening's body (``by_name``: a name all of whose places
    have that level), else the words it speaks as (全县), else the line naming the region whose
    level it is; ``reason`` says why none was given, ``model_reason`` why the body model made an
    unnamed body a department."""
    if model_reason is not None and level == "department":
        return FieldEvidence("medium", "model", None, model_reason)
    if level is None:
        return FieldEvidence(
            "none", "none", subject_line, reason or "标题、开头和正文都没有说明报告机关的级别"
        )
    if (kind in ("township", "department") or by_name) and subject_line:
        return FieldEvidence(
            "high" if from_title else "medium", "title" if from_title else "opening", subject_line
        )
    if region is not None and from_subject:
        return FieldEvidence(
            "high" if from_title else "medium", "title" if from_title else "opening", subject_line
        )
    line = first_line_with(scan, [self_word]) if self_word else None
    if line is None and region is not None and names:
        line = first_line_with(scan, names)
    return FieldEvidence("medium", "self_reference" if region is None else "text_mentions", line)


def issuer_evidence(
    issuer: str | None, source: str, from_title: bool, subject_line: str | None
) -> FieldEvidence:
    if issuer is None:
        return FieldEvidence("none", "none", None, "标题、署名和开头都没有写出报告机关的名称")
    if source == "publisher_line":
        return FieldEvidence("medium", source, subject_line)  # the page header's 发布机构 line
    if source in ("signature", "letterhead"):
        return FieldEvidence("high", source, issuer)
    return FieldEvidence(
        "high" if from_title else "medium", "title" if from_title else "opening", subject_line
    )
